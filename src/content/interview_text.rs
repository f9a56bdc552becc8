//! Labels and sentences of the scorecard's interview form and candidate page.
//!
//! The texts live per locale (`super::en::interview_text`, `super::de::interview_text`,
//! …); this module re-exports the build's locale.

pub use super::active::interview_text::*;
