//! Content: every text the widget shows, kept as data.
//!
//! Components render what these modules hold; they never carry their own copy. Each
//! module here owns the types, the ids and the lookups, and re-exports the texts of the
//! build's locale, chosen at compile time (feature `de`, else English), so a build
//! carries one language only. Every locale has every item, with the same ids and shape
//! (`tests/locales.rs`); both always compile, and the linker drops the unused one.

pub mod interview_text;
pub mod intro;
pub mod judgement;
pub mod messages;
pub mod quiz;
pub mod scorecard;
pub mod summary_text;

/// German texts (Sie-form).
pub mod de;
/// English texts: the default, and the fallback for any other language.
pub mod en;

#[cfg(feature = "de")]
pub use self::de as active;
#[cfg(not(feature = "de"))]
pub use self::en as active;

/// `template` with every `{name}` placeholder replaced by its value in `values`; a
/// placeholder without a value stays as it is. The text tables (`build.rs`) check that
/// every locale has the same placeholders.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut text = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        text.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        let value = after.find('}').and_then(|end| {
            let name = &after[..end];
            let (_, value) = values.iter().find(|(key, _)| *key == name)?;
            Some((value, end))
        });
        match value {
            Some((value, end)) => {
                text.push_str(value);
                rest = &after[end + 1..];
            }
            None => {
                text.push('{');
                rest = after;
            }
        }
    }
    text.push_str(rest);
    text
}
