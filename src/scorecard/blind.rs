//! The blind rule: an interviewer sees other interviewers' ratings of a candidate only
//! after submitting an interview of their own for that candidate, so their judgement is
//! formed independently. A later revision of their own interview does not blind them
//! again (they have already seen the others).
//!
//! Interviewers are matched by exact name; the UI should pick names from a list. Who
//! may bypass the rule (a hiring manager who does not interview) is the UI's decision:
//! it simply shows all interviews.

use super::interview::{Interview, Status};

/// An interview as one interviewer may see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Seen<'a> {
    /// Their own interview, or anyone's once they have submitted.
    Open(&'a Interview),
    /// Someone else's interview, before this interviewer has submitted: who, which
    /// stage and whether it is submitted, but no ratings, notes or decision.
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

/// Whether `interviewer` has submitted (at least once) an interview of `candidate_id`.
pub fn has_submitted_for(interviewer: &str, candidate_id: &str, interviews: &[Interview]) -> bool {
    interviews.iter().any(|interview| {
        interview.candidate_id == candidate_id
            && interview.interviewer == interviewer
            && interview.latest_submitted().is_some()
    })
}

/// Whether `interviewer` has any interview (draft or submitted) of `candidate_id`.
pub fn has_interview_for(interviewer: &str, candidate_id: &str, interviews: &[Interview]) -> bool {
    interviews.iter().any(|interview| {
        interview.candidate_id == candidate_id && interview.interviewer == interviewer
    })
}

/// The interviews of `candidate_id`, in the given order, as `interviewer` may see them.
pub fn visible_interviews_for<'a>(
    interviewer: &str,
    candidate_id: &str,
    interviews: &'a [Interview],
) -> Vec<Seen<'a>> {
    let unblinded = has_submitted_for(interviewer, candidate_id, interviews);
    interviews
        .iter()
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
