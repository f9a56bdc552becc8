//! Importing one submitted interview from another browser, and the checks an imported
//! interview must pass.
//!
//! Nothing held can be erased by what arrives. Every incoming interview must be
//! submitted, pass [`validate_interview`], and carry its whole history: versions 1 to
//! `version - 1`, each once, in order (what [`Interview::revise`] builds; so a version
//! such as 4294967295 cannot arrive, see [`MAX_VERSION`]). Then, by interview id:
//! - unknown id: the interview is added, unless the same interviewer already has an
//!   interview of the same candidate at the same stage: then it is a conflict
//!   ([`MergeError::DuplicateInterviewer`]);
//! - the next version (the version held + 1, the version held being the newest one
//!   submitted here): it replaces the local copy, and the local history is kept whole:
//!   where both histories hold a version number, the copy held here wins, and the
//!   version held joins the history. A local draft of that version is never written
//!   over: a conflict ([`MergeError::DraftHeld`]);
//! - a version further ahead is refused ([`MergeError::VersionGap`]): a revision must
//!   follow the version held, so nobody can lock out the next genuine revision;
//!   and a revision of an interview whose versions held here were signed must be
//!   signed by the same key (`super::signing::check_revision`), or it is a conflict
//!   ([`MergeError::Unverified`]: kept beside, flagged unverified);
//! - a version held (the current one or one in the history): nothing changes; if the
//!   two differ in ratings or decision it is a conflict
//!   ([`MergeError::ConflictingVersion`]; a submitted version never changes).
//!
//! So importing the same file twice changes nothing the second time, and incoming
//! history never replaces history held here. The conflicts
//! ([`MergeError::is_conflict`]) are for the caller to keep beside the interview held
//! and flag, never over it.

use std::borrow::Borrow;

use super::doc::records;
use crate::content::scorecard::stage;

use super::doc::MAX_HISTORY;
use super::interview::{Interview, Status, SubmittedVersion};
use super::rating::Ratings;
use super::signing::{check_revision, KeyProblem};

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
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MergeError {
    Invalid(InterviewProblem),
    NotSubmitted,
    /// Same id, but another candidate, interviewer or stage.
    DifferentInterview,
    /// Same submitted version number, different content.
    ConflictingVersion(u32),
    /// The history is not versions 1 to `version - 1`, each once: not what revising
    /// builds (a forged or cut history, or an absurd version number).
    IncompleteHistory,
    /// The version is beyond [`MAX_VERSION`].
    AbsurdVersion(u32),
    /// A revision that does not follow the version held (`held + 1`).
    VersionGap {
        held: u32,
        incoming: u32,
    },
    /// A draft of that version is held here: it is never written over.
    DraftHeld(u32),
    /// The same interviewer already has an interview (`held`, its id) of the same
    /// candidate at the same stage.
    DuplicateInterviewer {
        held: String,
    },
    /// A revision not signed by the key that signed the versions held here.
    Unverified(KeyProblem),
}

impl MergeError {
    /// A conflict with an interview held: the incoming one is kept beside it and
    /// flagged, never merged over it. The other errors refuse what arrived.
    pub fn is_conflict(&self) -> bool {
        matches!(
            self,
            MergeError::ConflictingVersion(_)
                | MergeError::DraftHeld(_)
                | MergeError::DuplicateInterviewer { .. }
                | MergeError::Unverified(_)
        )
    }
}

/// The highest version an interview can arrive with: one more than the longest history
/// a file may carry.
pub const MAX_VERSION: u32 = MAX_HISTORY as u32 + 1;

/// The newest version of `interview` submitted here; 0 when none is.
pub fn held_version(interview: &Interview) -> u32 {
    interview.latest_submitted().map_or(0, |held| held.version)
}

/// Checks what must hold for an interview arriving from outside, before any merge:
/// valid, submitted, a sane version, and its whole history.
pub fn check_arrival(incoming: &Interview) -> Result<(), MergeError> {
    validate_interview(incoming).map_err(MergeError::Invalid)?;
    if incoming.status != Status::Submitted {
        return Err(MergeError::NotSubmitted);
    }
    if incoming.version > MAX_VERSION {
        return Err(MergeError::AbsurdVersion(incoming.version));
    }
    let whole = incoming.history.len() + 1 == incoming.version as usize
        && (1..)
            .zip(&incoming.history)
            .all(|(n, filed)| filed.version == n);
    if whole {
        Ok(())
    } else {
        Err(MergeError::IncompleteHistory)
    }
}

/// What an import did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MergeOutcome {
    Added,
    Replaced { previous_version: u32 },
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

/// Merges one imported interview into `interviews` (each held as a document holds it,
/// behind its own `Rc`, or not) by the rule above; refused or in conflict,
/// `interviews` is unchanged.
pub fn merge_interview<I: Borrow<Interview> + From<Interview>>(
    interviews: &mut Vec<I>,
    incoming: Interview,
) -> Result<MergeOutcome, MergeError> {
    check_arrival(&incoming)?;
    let Some(index) = records(interviews).position(|local| local.id == incoming.id) else {
        let twin = records(interviews).find(|held| same_interview(held, &incoming));
        if let Some(held) = twin {
            let held = held.id.clone();
            return Err(MergeError::DuplicateInterviewer { held });
        }
        interviews.push(I::from(incoming));
        return Ok(MergeOutcome::Added);
    };
    let local: &Interview = interviews[index].borrow();
    if !same_interview(local, &incoming) {
        return Err(MergeError::DifferentInterview);
    }
    let held = held_version(local);
    if incoming.version > held {
        if incoming.version > held + 1 {
            return Err(MergeError::VersionGap {
                held,
                incoming: incoming.version,
            });
        }
        if local.version >= incoming.version {
            // An unsubmitted draft of that version (or beyond) is held here.
            return Err(MergeError::DraftHeld(local.version));
        }
        check_revision(local, &incoming).map_err(MergeError::Unverified)?;
        return Ok(replace(&mut interviews[index], incoming));
    }
    check_same_version(local, &incoming)?;
    Ok(MergeOutcome::Unchanged)
}

fn same_interview(local: &Interview, incoming: &Interview) -> bool {
    local.candidate_id == incoming.candidate_id
        && local.interviewer == incoming.interviewer
        && local.stage == incoming.stage
}

fn replace<I: Borrow<Interview> + From<Interview>>(
    local: &mut I,
    mut incoming: Interview,
) -> MergeOutcome {
    let held: &Interview = (*local).borrow();
    let previous_version = held.version;
    let held = submitted_versions(held);
    let theirs = std::mem::take(&mut incoming.history);
    // Ours first: where both hold a version number, the copy held here wins.
    incoming.history = union_below(held, theirs, incoming.version);
    *local = I::from(incoming);
    MergeOutcome::Replaced { previous_version }
}

/// A version held here that arrives with other ratings or decision is a conflict.
fn check_same_version(local: &Interview, incoming: &Interview) -> Result<(), MergeError> {
    let arriving = incoming.current_submission();
    let held = submitted_versions(local)
        .into_iter()
        .find(|filed| filed.version == incoming.version);
    match (held, arriving) {
        (Some(held), Some(arriving))
            if held.ratings != arriving.ratings || held.decision != arriving.decision =>
        {
            Err(MergeError::ConflictingVersion(incoming.version))
        }
        _ => Ok(()),
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
    kept: Vec<SubmittedVersion>,
    extra: Vec<SubmittedVersion>,
    below: u32,
) -> Vec<SubmittedVersion> {
    // Placed by version instead of `sort_unstable_by_key` (an interview has a handful of
    // versions, and each instantiation of the standard sort costs about 2 KB of wasm).
    let mut sorted: Vec<SubmittedVersion> = Vec::with_capacity(kept.len() + extra.len());
    for filed in kept.into_iter().chain(extra) {
        if filed.version >= below {
            continue;
        }
        if let Err(at) = sorted.binary_search_by_key(&filed.version, |placed| placed.version) {
            sorted.insert(at, filed);
        }
    }
    sorted
}
