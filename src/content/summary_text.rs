//! Labels and sentences of the scorecard's summary, radar chart, comparison and
//! calibration screens.
//!
//! The texts live per locale in `src/content/<locale>/summary_text.txt`, turned into
//! constants by `build.rs`; this module re-exports the build's locale.

use super::active::summary_text as t;
pub use super::active::summary_text::*;
use super::scorecard::COMPETENCY_COUNT;

/// Short competency labels for the radar chart's spokes, in `COMPETENCIES` order.
pub const RADAR_LABELS: [&str; COMPETENCY_COUNT] = [
    t::RADAR_SYSTEM_DESIGN,
    t::RADAR_DATABASE,
    t::RADAR_API_INTEGRATION,
    t::RADAR_INFRASTRUCTURE,
    t::RADAR_SECURITY,
    t::RADAR_COMMUNICATION,
    t::RADAR_EXPERIENCE,
];
