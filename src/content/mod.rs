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
//! A text with placeholders is a whole sentence (a [`Template`]): `fill!` puts the values
//! in, [`around`] splits it where markup wraps a value, and [`plural`] picks the form for
//! a count.

use core::fmt::Write as _;

pub mod brief;
pub mod interview_text;
pub mod intro;
pub mod judgement;
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

/// A text with placeholders, as `build.rs` generates it from a table's `{name}`s:
/// `text` holds `{0}`, `{1}`, … in place of `names[0]`, `names[1]`, …
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Template {
    pub text: &'static str,
    /// The placeholder names, in the order the English text first uses them.
    pub names: &'static [&'static str],
    /// The text before `{0}`, and after it (for a value that markup wraps).
    pub before: &'static str,
    pub after: &'static str,
}

/// `names` and `given` are the same names in the same order (for `fill!`, at compile time).
pub const fn same_names(names: &[&str], given: &[&str]) -> bool {
    if names.len() != given.len() {
        return false;
    }
    let mut index = 0;
    while index < names.len() {
        let (a, b) = (names[index].as_bytes(), given[index].as_bytes());
        if a.len() != b.len() {
            return false;
        }
        let mut at = 0;
        while at < a.len() {
            if a[at] != b[at] {
                return false;
            }
            at += 1;
        }
        index += 1;
    }
    true
}

/// `template` with its placeholders filled, each value given by name in the order of the
/// template's `names` (checked at compile time): `fill!(text::SHOWING, shown = 10, total
/// = 42)`. With `out =>` first, appends to the `String` `out` instead of returning one;
/// with `plural(count, one, other)` in place of the template, fills the form for `count`.
macro_rules! fill {
    (plural($count:expr, $one:expr, $other:expr), $($name:ident = $value:expr),+ $(,)?) => {{
        const _: () = assert!(
            $crate::content::same_names($one.names, &[$(stringify!($name)),+])
                && $crate::content::same_names($other.names, &[$(stringify!($name)),+]),
            "the names differ from the templates', or their order does"
        );
        let text = $crate::content::plural($count, $one.text, $other.text);
        let mut out = String::new();
        $crate::content::push_values(&mut out, text, &[$(&$value),+]);
        out
    }};
    ($out:expr => $template:expr, $($name:ident = $value:expr),+ $(,)?) => {{
        const _: () = assert!(
            $crate::content::same_names($template.names, &[$(stringify!($name)),+]),
            "the names differ from the template's, or their order does"
        );
        $crate::content::push_values($out, $template.text, &[$(&$value),+])
    }};
    ($template:expr, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut out = String::new();
        $crate::content::fill!(&mut out => $template, $($name = $value),+);
        out
    }};
}
pub(crate) use fill;

/// A value a placeholder can take: a text or a whole number. Written straight into the
/// sentence (no `core::fmt`, which costs bytes at every value).
pub trait Fill {
    fn push_to(&self, out: &mut String);
}

impl Fill for str {
    fn push_to(&self, out: &mut String) {
        out.push_str(self);
    }
}

impl Fill for String {
    fn push_to(&self, out: &mut String) {
        out.push_str(self);
    }
}

impl<T: Fill + ?Sized> Fill for &T {
    fn push_to(&self, out: &mut String) {
        (**self).push_to(out);
    }
}

macro_rules! fill_integers {
    ($($integer:ty),*) => {$(
        impl Fill for $integer {
            fn push_to(&self, out: &mut String) {
                push_number(out, *self as u32);
            }
        }
    )*};
}
fill_integers!(u8, u16, u32, usize);

/// One copy of the number writer for every integer type: the `u32` formatting the
/// widget already carries.
#[inline(never)]
fn push_number(out: &mut String, number: u32) {
    let _ = write!(out, "{number}");
}

/// Appends `text` (a [`Template`]'s) with each `{i}` replaced by `values[i]`.
pub fn push_values(out: &mut String, text: &str, values: &[&dyn Fill]) {
    let mut pieces = text.split('{');
    out.push_str(pieces.next().unwrap_or_default());
    for piece in pieces {
        // A placeholder is `{` digit `}`; any other `{` stays as written.
        let value = match piece.as_bytes() {
            [digit @ b'0'..=b'9', b'}', ..] => values.get(usize::from(digit - b'0')),
            _ => None,
        };
        match (value, piece.get(2..)) {
            (Some(value), Some(rest)) => {
                value.push_to(out);
                out.push_str(rest);
            }
            _ => {
                out.push('{');
                out.push_str(piece);
            }
        }
    }
}

/// The parts of a one-placeholder `template` before and after its placeholder, for a
/// value that markup wraps.
pub const fn around(template: Template) -> (&'static str, &'static str) {
    (template.before, template.after)
}

/// The form of a word or sentence for `count`: `one` for exactly one, else `other`. The
/// rule of English and German; a language with other plural forms adds its rule here.
pub fn plural<T>(count: usize, one: T, other: T) -> T {
    if count == 1 {
        one
    } else {
        other
    }
}

/// `template` filled by placeholder name at run time: for sentences whose values a
/// screen picks from data (the judgement and sharing screens), where `fill!` cannot name
/// them in the source. A name the template lacks is ignored; a missing value is empty.
pub fn fill_named(template: Template, values: &[(&str, &str)]) -> String {
    let ordered: Vec<&str> = template
        .names
        .iter()
        .map(|name| {
            values
                .iter()
                .find(|(key, _)| key == name)
                .map_or("", |(_, v)| *v)
        })
        .collect();
    let as_fill: Vec<&dyn Fill> = ordered.iter().map(|value| value as &dyn Fill).collect();
    let mut out = String::new();
    push_values(&mut out, template.text, &as_fill);
    out
}
