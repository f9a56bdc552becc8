//! The candidate scorecard model, pure: candidates, interviews with ratings and a
//! decision, the submit/lock/revise lifecycle, the scorecard document and its edits
//! (`doc`, `edit`, `doc_edit`), the blind rule (`blind::may_see`, `blind::may_open`), aggregation
//! with a visible weighted formula, flags, calibration, comparison, the import merge
//! rule, who sent an interview (`signing`), and a team's own questions for a role's stages (`questions`).
//! The texts live in `crate::content::scorecard`; this module only records, selects and
//! computes. It knows nothing of the browser or of storage formats.
//!
//! Numbers: ratings are 1–4; every mean and the overall score are hundredths on that
//! scale (`u16`, 100..=400), rounded half up, so they never need floating point.
//! See [`aggregate`] for the formula and [`merge`] for the import rule.

pub mod aggregate;
pub mod blind;
pub mod calibration;
pub mod candidate;
pub mod coverage;
pub mod doc;
pub mod doc_edit;
pub mod edit;
pub mod flags;
pub mod guards;
pub mod interview;
pub mod merge;
pub mod number;
pub mod plan;
pub mod questions;
pub mod rating;
pub mod role_draft;
pub mod role_link;
pub mod signing;
pub mod summary;
pub mod weights;

pub use aggregate::{CompetencyStats, Formula, Term};
pub use blind::{
    has_interview_for, may_open, may_see, may_see_all, visible_interviews_for, BlindInterview, Seen,
};
pub use calibration::{
    calibrate, Calibration, Distribution, InterviewerCalibration, Tendency, LEAN_THRESHOLD,
};
pub use candidate::{Candidate, Role, RoleLevel};
pub use coverage::{Coverage, COMPLETE_COVERAGE_PERCENT};
pub use doc::{ReferenceError, ReferenceProblem, ScorecardDoc};
pub use edit::{ChangeKind, ImportReport, InterviewChange, Refusal, Removed};
pub use flags::{Flag, Mistake};
pub use guards::{Guard, GuardRule, GUARD_RULES, WEAK_BELOW};
pub use interview::{EditError, Interview, Status, Submission, SubmittedVersion};
pub use merge::{
    check_arrival, held_version, merge_interview, validate_interview, InterviewProblem, MergeError,
    MergeOutcome, MAX_VERSION,
};
pub use number::{
    hundredths_text, hundredths_text_with, signed_hundredths_text, wide_hundredths_text,
};
pub use plan::{PlannedStage, Progress, StageSet};
pub use questions::{
    BankRefusal, QuestionProblem, TeamQuestion, MAX_QUESTIONS, MAX_QUESTION_CHARS,
};
pub use rating::{Decision, Rating, RatingLevel, Ratings, Score};
pub use summary::{compare, summarise, CompareError, ComparisonRow, Summary};
pub use weights::{Weights, WeightsError, MAX_WEIGHT};
