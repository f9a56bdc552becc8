//! The blind rule, defined once ([`may_see`]) and asked by every screen that shows
//! ratings: an interviewer does not see other interviewers' ratings of a candidate while
//! an interview of their own of that candidate has never been submitted, so their
//! judgement is formed independently. A later revision of a submitted interview does not
//! blind them again (they have already seen the others).
//!
//! Opening someone else's interview read-only (its evidence notes and earlier versions)
//! follows the same rule ([`may_open`]), so no screen has a rule of its own.
//!
//! Interviewers are matched by exact name; the UI should pick names from a list. Someone
//! with no interview of the candidate (a hiring manager who does not interview) is not
//! blinded by the rule; whether the UI asks them to choose to look first is its
//! decision ([`visible_interviews_for`] shows them the others blind until it opens them).

use std::borrow::Borrow;

use super::doc::records;
use super::interview::{Interview, Status};

/// An interview as one interviewer may see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Seen<'a> {
    /// Their own interview, or anyone's when the blind rule lets them see it.
    Open(&'a Interview),
    /// Someone else's interview while the blind rule hides it: who, which stage and
    /// whether it is submitted, but no ratings, notes or decision.
    Blind(BlindInterview<'a>),
}

/// What remains visible of a hidden interview.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BlindInterview<'a> {
    pub id: &'a str,
    pub interviewer: &'a str,
    pub stage: &'a str,
    pub submitted: bool,
}

/// The blind rule: whether `viewer` may see other interviewers' ratings, notes,
/// decisions and the aggregates built from them for the candidate `candidate_id`.
///
/// - No while `viewer` has an interview of this candidate that has never been submitted
///   (a draft with no submitted version), even if another of their interviews of the
///   candidate (at another stage) is submitted: each judgement is formed blind.
/// - Yes once every interview `viewer` has of the candidate has been submitted at least
///   once; reopening one to revise it does not blind them again.
/// - Yes for a viewer with no interview of the candidate: the rule protects an
///   interviewer's own judgement, and they have none to protect.
///
/// Interviews of other candidates play no part. Every screen that shows ratings asks
/// this function (or [`may_see_all`], which asks it for every candidate at once).
pub fn may_see(viewer: &str, candidate_id: &str, interviews: &[impl Borrow<Interview>]) -> bool {
    !records(interviews)
        .any(|interview| interview.candidate_id == candidate_id && blinds(viewer, interview))
}

/// Whether `viewer` may open `interview` read-only (its ratings, evidence notes,
/// decision and earlier versions): every screen that opens one asks this.
///
/// - Their own: always (a draft of theirs opens as the form).
/// - Someone else's: once it has a submitted version (a first draft is its
///   interviewer's alone), and only while [`may_see`] lets `viewer` see the others of
///   its candidate: never while `viewer` has an interview of that candidate that was
///   never submitted. A hiring manager with no interview of the candidate may open any
///   submitted one.
pub fn may_open(
    viewer: &str,
    interview: &Interview,
    interviews: &[impl Borrow<Interview>],
) -> bool {
    interview.interviewer == viewer
        || (interview.latest_submitted().is_some()
            && may_see(viewer, &interview.candidate_id, interviews))
}

/// [`may_see`] for every candidate at once: for a screen that shows ratings across all
/// candidates (calibration).
pub fn may_see_all(viewer: &str, interviews: &[impl Borrow<Interview>]) -> bool {
    !records(interviews).any(|interview| blinds(viewer, interview))
}

/// Whether `interview` keeps `viewer` from seeing the others' ratings of its candidate:
/// it is theirs and has never been submitted.
fn blinds(viewer: &str, interview: &Interview) -> bool {
    interview.interviewer == viewer && interview.latest_submitted().is_none()
}

/// Whether `interviewer` has any interview (draft or submitted) of `candidate_id`.
pub fn has_interview_for(
    interviewer: &str,
    candidate_id: &str,
    interviews: &[impl Borrow<Interview>],
) -> bool {
    records(interviews).any(|interview| {
        interview.candidate_id == candidate_id && interview.interviewer == interviewer
    })
}

/// The interviews of `candidate_id`, in the given order, as `interviewer` may see them:
/// their own always open; the others open when [`may_see`] allows it and `interviewer`
/// has an interview of the candidate. Someone with none sees the others blind here: the
/// UI opens them once that person has chosen to look.
pub fn visible_interviews_for<'a>(
    interviewer: &str,
    candidate_id: &str,
    interviews: &'a [impl Borrow<Interview>],
) -> Vec<Seen<'a>> {
    let unblinded = has_interview_for(interviewer, candidate_id, interviews)
        && may_see(interviewer, candidate_id, interviews);
    records(interviews)
        .filter(|interview| interview.candidate_id == candidate_id)
        .map(|interview| {
            if unblinded || interview.interviewer == interviewer {
                Seen::Open(interview)
            } else {
                Seen::Blind(blind(interview))
            }
        })
        .collect()
}

fn blind(interview: &Interview) -> BlindInterview<'_> {
    BlindInterview {
        id: &interview.id,
        interviewer: &interview.interviewer,
        stage: &interview.stage,
        submitted: interview.status == Status::Submitted,
    }
}
