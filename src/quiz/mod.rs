//! The readiness quiz engine, pure: answers in, visible questions, score, band, area
//! sub-scores, recommendation and share links out. The texts live in
//! `crate::content::quiz`; this module only selects, scores and orders them.
//!
//! Scoring, in short: an area's sub-score is the points earned in it divided by the
//! points available in it, both counted over the questions that are visible and
//! answered, as a rounded percentage; the overall score pools all areas' points the
//! same way. See [`score`] for the exact rules.

pub mod advice;
pub mod answers;
pub mod flow;
pub mod merge;
pub mod score;
pub mod session;
pub mod share;

pub use advice::{Point, Recommendation};
pub use answers::Answers;
pub use flow::{is_complete, normalise, visible_questions};
pub use merge::{adopt, merge_answers, Merged};
pub use score::{evaluate, AreaScore, QuizResult};
pub use session::{Action, Screen, Session, Transition};
pub use share::{decode_answers, encode_answers, ShareError};
