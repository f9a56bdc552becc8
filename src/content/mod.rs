//! Content: every text the widget shows, kept as data.
//!
//! Components render what these modules hold; they never carry their own copy. Each
//! module here owns the types, the ids, the structure (points, weights, conditions,
//! storage ids) and the lookups, written once; the texts of each locale are `key = text`
//! tables in `src/content/<locale>/*.txt`, turned into constants by `build.rs`, which
//! refuses to build when the locales differ in keys, order or `{placeholders}`. The
//! build's locale is chosen at compile time (feature `de`, else English), so a build
//! carries one language only; both always compile, and the linker drops the unused one.
//!
//! A text with placeholders is a whole sentence: [`fill`] puts the values in, [`around`]
//! splits it where markup wraps a value, and [`plural`] picks the form for a count.

pub mod interview_text;
pub mod intro;
pub mod messages;
pub mod quiz;
pub mod scorecard;
pub mod summary_text;

/// German texts (Sie-form), one module per table of `src/content/de/`.
pub mod de {
    include!(concat!(env!("OUT_DIR"), "/de/mod.rs"));
}
/// English texts, one module per table of `src/content/en/`: the default, and the
/// fallback for any other language.
pub mod en {
    include!(concat!(env!("OUT_DIR"), "/en/mod.rs"));
}

#[cfg(feature = "de")]
pub use self::de as active;
#[cfg(not(feature = "de"))]
pub use self::en as active;

/// `template` with each `{name}` replaced by its value from `values`; a placeholder
/// without a value stays as written.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start..];
        let end = after.find('}').map_or(after.len(), |end| end + 1);
        let name = after[..end].trim_start_matches('{').trim_end_matches('}');
        match values.iter().find(|(key, _)| *key == name) {
            Some((_, value)) => out.push_str(value),
            None => out.push_str(&after[..end]),
        }
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

/// The parts of `template` before and after its placeholder `{name}`, for a value that
/// markup wraps; `(template, "")` when there is no such placeholder.
pub fn around<'a>(template: &'a str, name: &str) -> (&'a str, &'a str) {
    let mut from = 0;
    while let Some(start) = template[from..].find('{') {
        let start = from + start;
        let rest = &template[start + 1..];
        if rest.starts_with(name) && rest[name.len()..].starts_with('}') {
            return (&template[..start], &rest[name.len() + 1..]);
        }
        from = start + 1;
    }
    (template, "")
}

/// The form of a word or sentence for `count`: `one` for exactly one, else `other`. The
/// rule of English and German; a language with other plural forms adds its rule here.
pub fn plural<'a>(count: usize, one: &'a str, other: &'a str) -> &'a str {
    if count == 1 {
        one
    } else {
        other
    }
}
