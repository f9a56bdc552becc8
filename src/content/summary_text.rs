//! Labels and sentences of the scorecard's summary, radar chart, comparison and
//! calibration screens.
//!
//! The texts live per locale (`super::en::summary_text`, `super::de::summary_text`,
//! …); this module re-exports the build's locale.

pub use super::active::summary_text::*;
