//! Importing one submitted interview from another browser, and the checks an imported
//! interview must pass.
//!
//! The merge rule, by interview id:
//! - unknown id: the interview is added;
//! - a newer version (or the same version number when the local copy is an unsubmitted
//!   draft): it replaces the local copy, and every local submitted version below it
//!   joins its history;
//! - the same submitted version: nothing changes, except that submitted versions in its
//!   history missing locally are filed; if the two differ in ratings or decision, the
//!   import is refused as a conflict (a submitted version never changes);
//! - an older version: the local copy stays; the older version (and its history) is
//!   filed in the local history when missing.
//!
//! So importing the same file twice changes nothing the second time, and the order of
//! imports does not decide which version wins. Where two histories both hold a version
//! number, the copy already kept wins. Only submitted interviews are imported.

use crate::content::scorecard::stage;

use super::interview::{Interview, Status, SubmittedVersion};
use super::rating::Ratings;

/// What is wrong with an interview.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InterviewProblem {
    MissingId,
    MissingCandidate,
    MissingInterviewer,
    UnknownStage,
    /// Versions start at 1.
    ZeroVersion,
    /// History versions must increase and stay below the current version.
    HistoryOutOfOrder,
    /// A submitted version has a competency without a score.
    UnratedSubmission,
    /// Submitted without a decision.
    DecisionMissing,
    /// A draft has a decision although a competency has no score.
    DecisionBeforeRatings,
}

/// Why an import was refused; nothing changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MergeError {
    Invalid(InterviewProblem),
    NotSubmitted,
    /// Same id, but another candidate, interviewer or stage.
    DifferentInterview,
    /// Same submitted version number, different content.
    ConflictingVersion(u32),
}

/// What an import did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MergeOutcome {
    Added,
    Replaced {
        previous_version: u32,
    },
    /// The local version stays; older versions were filed in its history.
    HistoryExtended,
    Unchanged,
}

/// Checks what the model's methods guarantee, for interviews read from outside.
pub fn validate_interview(interview: &Interview) -> Result<(), InterviewProblem> {
    check_header(interview)?;
    check_history(interview)?;
    let complete = is_complete(&interview.ratings);
    match (interview.status, interview.decision) {
        (Status::Submitted, None) => Err(InterviewProblem::DecisionMissing),
        (Status::Submitted, Some(_)) if !complete => Err(InterviewProblem::UnratedSubmission),
        (Status::Draft, Some(_)) if !complete => Err(InterviewProblem::DecisionBeforeRatings),
        _ => Ok(()),
    }
}

fn check_header(interview: &Interview) -> Result<(), InterviewProblem> {
    let blank = |text: &str| text.trim().is_empty();
    if blank(&interview.id) {
        Err(InterviewProblem::MissingId)
    } else if blank(&interview.candidate_id) {
        Err(InterviewProblem::MissingCandidate)
    } else if blank(&interview.interviewer) {
        Err(InterviewProblem::MissingInterviewer)
    } else if stage(&interview.stage).is_none() {
        Err(InterviewProblem::UnknownStage)
    } else if interview.version == 0 {
        Err(InterviewProblem::ZeroVersion)
    } else {
        Ok(())
    }
}

fn check_history(interview: &Interview) -> Result<(), InterviewProblem> {
    let versions = interview.history.iter().map(|filed| filed.version);
    let mut previous = 0;
    for version in versions.chain([interview.version]) {
        if version <= previous {
            return Err(InterviewProblem::HistoryOutOfOrder);
        }
        previous = version;
    }
    if interview
        .history
        .iter()
        .all(|filed| is_complete(&filed.ratings))
    {
        Ok(())
    } else {
        Err(InterviewProblem::UnratedSubmission)
    }
}

fn is_complete(ratings: &Ratings) -> bool {
    ratings.iter().all(|rating| rating.score.is_recorded())
}

/// Merges one imported interview into `interviews` by the rule above.
pub fn merge_interview(
    interviews: &mut Vec<Interview>,
    incoming: Interview,
) -> Result<MergeOutcome, MergeError> {
    validate_interview(&incoming).map_err(MergeError::Invalid)?;
    if incoming.status != Status::Submitted {
        return Err(MergeError::NotSubmitted);
    }
    let Some(local) = interviews.iter_mut().find(|local| local.id == incoming.id) else {
        interviews.push(incoming);
        return Ok(MergeOutcome::Added);
    };
    if !same_interview(local, &incoming) {
        return Err(MergeError::DifferentInterview);
    }
    if supersedes(&incoming, local) {
        return Ok(replace(local, incoming));
    }
    check_same_version(local, &incoming)?;
    Ok(file_older_versions(local, &incoming))
}

fn same_interview(local: &Interview, incoming: &Interview) -> bool {
    local.candidate_id == incoming.candidate_id
        && local.interviewer == incoming.interviewer
        && local.stage == incoming.stage
}

fn supersedes(incoming: &Interview, local: &Interview) -> bool {
    incoming.version > local.version
        || (incoming.version == local.version && local.status == Status::Draft)
}

fn replace(local: &mut Interview, mut incoming: Interview) -> MergeOutcome {
    let previous_version = local.version;
    let older = submitted_versions(local);
    let own = std::mem::take(&mut incoming.history);
    incoming.history = union_below(own, older, incoming.version);
    *local = incoming;
    MergeOutcome::Replaced { previous_version }
}

fn check_same_version(local: &Interview, incoming: &Interview) -> Result<(), MergeError> {
    let differs = local.ratings != incoming.ratings || local.decision != incoming.decision;
    if incoming.version == local.version && differs {
        return Err(MergeError::ConflictingVersion(local.version));
    }
    Ok(())
}

fn file_older_versions(local: &mut Interview, incoming: &Interview) -> MergeOutcome {
    let before = local.history.len();
    let kept = std::mem::take(&mut local.history);
    local.history = union_below(kept, submitted_versions(incoming), local.version);
    if local.history.len() == before {
        MergeOutcome::Unchanged
    } else {
        MergeOutcome::HistoryExtended
    }
}

/// Every submitted version an interview holds: its history, then the current version
/// when submitted.
fn submitted_versions(interview: &Interview) -> Vec<SubmittedVersion> {
    let mut versions = interview.history.clone();
    versions.extend(interview.current_submission());
    versions
}

/// `kept` plus the versions of `extra` it lacks, all below `below`, oldest first.
fn union_below(
    mut kept: Vec<SubmittedVersion>,
    extra: Vec<SubmittedVersion>,
    below: u32,
) -> Vec<SubmittedVersion> {
    for version in extra {
        if !kept.iter().any(|filed| filed.version == version.version) {
            kept.push(version);
        }
    }
    kept.retain(|filed| filed.version < below);
    kept.sort_unstable_by_key(|filed| filed.version); // versions are unique here
    kept
}
