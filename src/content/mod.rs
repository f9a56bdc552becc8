//! Content: every text the widget shows about backend hiring, kept as data.
//!
//! Components render what these modules hold; they never carry their own copy.

pub mod interview_text;
pub mod intro;
pub mod messages;
pub mod quiz;
pub mod scorecard;
pub mod summary_text;
