//! The readiness quiz engine, pure: answers in, visible questions, score, band, area
//! sub-scores, recommendation, share links and the hiring brief out. The texts live in
//! `crate::content::quiz`; this module only selects, scores and orders them.
//!
//! The verdict, in short: the answers raise signals of four severities, and the band
//! follows the strongest of them ([`verdict`]). The pressure score and the area
//! sub-scores are secondary figures: points earned over points available, counted over
//! the questions that are visible and answered ([`score`]).

pub mod advice;
pub mod answers;
pub mod brief;
pub mod flow;
pub mod merge;
pub mod score;
pub mod session;
pub mod share;
pub mod verdict;

pub use advice::{Point, Recommendation};
pub use answers::Answers;
pub use flow::{is_complete, normalise, visible_questions};
pub use merge::{adopt, merge_answers, merge_since, Merged};
pub use score::{evaluate, AreaScore, QuizResult, SHOWN_SIGNALS};
pub use session::{Action, Screen, Session, Transition};
pub use share::{decode_answers, encode_answers, ShareError};
pub use verdict::{band_for, raised_signals};
