//! English texts, one module per content module of `crate::content`.

pub mod interview_text;
pub mod intro;
pub mod messages;
pub mod quiz;
pub mod scorecard;
pub mod summary_text;
