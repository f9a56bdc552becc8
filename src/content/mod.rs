//! Content: every text the widget shows, kept as data.
//!
//! Components render what these modules hold; they never carry their own copy. Each
//! module here owns the types, the ids and the lookups, and re-exports the texts of the
//! build's locale, chosen at compile time (feature `de`, else English), so a build
//! carries one language only. Every locale has every item, with the same ids and shape
//! (`tests/locales.rs`); both always compile, and the linker drops the unused one.

pub mod interview_text;
pub mod intro;
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
