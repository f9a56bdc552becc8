//! Messages about the widget itself (not about hiring): option errors, buttons, notices,
//! the language tag and the decimal separator.
//!
//! The texts live per locale in `src/content/<locale>/messages.txt`, one section per
//! submodule (`options`, `quiz`, `notices`, `share_link`, `scorecard`, `import`), turned
//! into constants by `build.rs`; this module re-exports the build's locale. Texts with
//! `{name}` placeholders are whole sentences ([`super::Template`]) filled in with `fill!`
//! or split around markup with [`super::around`].

pub use super::active::messages::*;

/// Between the whole number and its decimals, as in "2.50": the first character of the
/// locale's `decimal-separator` text.
pub const DECIMAL_SEPARATOR: char =
    super::active::messages::DECIMAL_SEPARATOR.as_bytes()[0] as char;
