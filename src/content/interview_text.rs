//! Labels and sentences of the scorecard's interview form and candidate page.
//!
//! The texts live per locale in `src/content/<locale>/interview_text.txt`, turned into
//! constants by `build.rs`; this module re-exports the build's locale.

pub use super::active::interview_text::*;
