//! One interviewer's interview of one candidate at one stage, and its lifecycle.
//!
//! A draft takes ratings in any order; the overall decision is recorded last: it can
//! only be set once every competency has a level or an explicit "no evidence", and
//! changing a score afterwards clears it, so it must be recorded again (editing a note
//! keeps it). Submitting needs the decision and locks the interview. A locked interview
//! changes only through [`Interview::revise`], which files the submitted version in
//! `history` and opens the next version as a draft with the same ratings and no
//! decision. Until that draft is submitted, [`Interview::latest_submitted`] (what every
//! aggregate reads) is still the filed version.
//!
//! The fields are public plain data for storage and import; code that edits an
//! interview should go through the methods, which enforce the rules above.

use crate::content::scorecard::{competency_index, COMPETENCIES};

use super::rating::{Decision, Rating, Ratings, Score};
use super::signing::Signature;

/// Whether an interview is still being written or is locked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    Draft,
    Submitted,
}

/// A version as it was submitted: kept unchanged in an interview's history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubmittedVersion {
    pub version: u32,
    pub ratings: Ratings,
    pub decision: Decision,
    /// The sender's signature of this version (`super::signing`), if it was signed.
    pub signature: Option<Signature>,
}

/// An interview. Ids are made by the UI; `stage` is a `STAGES` id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Interview {
    pub id: String,
    pub candidate_id: String,
    pub interviewer: String,
    pub stage: String,
    pub ratings: Ratings,
    pub decision: Option<Decision>,
    pub status: Status,
    /// 1 for the first version; each revision adds 1.
    pub version: u32,
    /// Earlier submitted versions, oldest first, all below `version`.
    pub history: Vec<SubmittedVersion>,
    /// The signature of the current version once submitted (`super::signing`): made
    /// on submit in this browser, or carried by an import; `None` when unsigned.
    pub signature: Option<Signature>,
}

/// The latest submitted version of an interview, as aggregates read it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Submission<'a> {
    pub interview: &'a Interview,
    pub version: u32,
    pub ratings: &'a Ratings,
    pub decision: Decision,
}

/// Why an edit was refused; the interview is unchanged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditError {
    /// Submitted: revise it to edit.
    Locked,
    /// Only a submitted interview can be revised.
    NotSubmitted,
    UnknownCompetency(String),
    /// These competency ids have no score yet.
    Unrated(Vec<&'static str>),
    /// Submitting needs the overall decision.
    DecisionMissing,
}

impl Interview {
    /// A new draft, version 1, with nothing rated.
    pub fn new(id: &str, candidate_id: &str, interviewer: &str, stage: &str) -> Self {
        Interview {
            id: id.to_string(),
            candidate_id: candidate_id.to_string(),
            interviewer: interviewer.to_string(),
            stage: stage.to_string(),
            ratings: Ratings::default(),
            decision: None,
            status: Status::Draft,
            version: 1,
            history: Vec::new(),
            signature: None,
        }
    }

    pub fn is_locked(&self) -> bool {
        self.status == Status::Submitted
    }

    /// The rating of the competency with `id`, if the id is known.
    pub fn rating(&self, competency: &str) -> Option<&Rating> {
        competency_index(competency).map(|index| &self.ratings[index])
    }

    /// Sets a competency's score. A changed score clears the decision (see above).
    pub fn rate(&mut self, competency: &str, score: Score) -> Result<(), EditError> {
        let rating = self.draft_rating(competency)?;
        let changed = rating.score != score;
        rating.score = score;
        if changed {
            self.decision = None;
        }
        Ok(())
    }

    /// Sets a competency's evidence note; the score and decision stay.
    pub fn set_note(&mut self, competency: &str, note: &str) -> Result<(), EditError> {
        self.draft_rating(competency)?.note = note.to_string();
        Ok(())
    }

    fn draft_rating(&mut self, competency: &str) -> Result<&mut Rating, EditError> {
        if self.is_locked() {
            return Err(EditError::Locked);
        }
        let index = competency_index(competency)
            .ok_or_else(|| EditError::UnknownCompetency(competency.to_string()))?;
        Ok(&mut self.ratings[index])
    }

    /// Competency ids that have no score yet, in `COMPETENCIES` order.
    pub fn unrated(&self) -> Vec<&'static str> {
        COMPETENCIES
            .iter()
            .zip(&self.ratings)
            .filter(|(_, rating)| !rating.score.is_recorded())
            .map(|(competency, _)| competency.id)
            .collect()
    }

    /// Records the overall decision, once every competency has a score.
    pub fn record_decision(&mut self, decision: Decision) -> Result<(), EditError> {
        self.check_rated()?;
        self.decision = Some(decision);
        Ok(())
    }

    fn check_rated(&self) -> Result<(), EditError> {
        if self.is_locked() {
            return Err(EditError::Locked);
        }
        let unrated = self.unrated();
        if unrated.is_empty() {
            Ok(())
        } else {
            Err(EditError::Unrated(unrated))
        }
    }

    /// Submits and locks the draft: every competency scored, the decision recorded.
    pub fn submit(&mut self) -> Result<(), EditError> {
        self.check_rated()?;
        if self.decision.is_none() {
            return Err(EditError::DecisionMissing);
        }
        self.status = Status::Submitted;
        Ok(())
    }

    /// Files the submitted version in history and opens the next version as a draft.
    pub fn revise(&mut self) -> Result<(), EditError> {
        let filed = self.current_submission().ok_or(EditError::NotSubmitted)?;
        self.history.push(filed);
        self.version += 1;
        self.status = Status::Draft;
        self.decision = None;
        self.signature = None;
        Ok(())
    }

    /// The current version as submitted, if it is.
    pub fn current_submission(&self) -> Option<SubmittedVersion> {
        match (self.status, self.decision) {
            (Status::Submitted, Some(decision)) => Some(SubmittedVersion {
                version: self.version,
                ratings: self.ratings.clone(),
                decision,
                signature: self.signature.clone(),
            }),
            _ => None,
        }
    }

    /// The newest submitted version: the current one when submitted, otherwise the
    /// last in history; `None` when nothing was ever submitted.
    pub fn latest_submitted(&self) -> Option<Submission<'_>> {
        if let (Status::Submitted, Some(decision)) = (self.status, self.decision) {
            return Some(self.submission(self.version, &self.ratings, decision));
        }
        let filed = self.history.last()?;
        Some(self.submission(filed.version, &filed.ratings, filed.decision))
    }

    fn submission<'a>(
        &'a self,
        version: u32,
        ratings: &'a Ratings,
        decision: Decision,
    ) -> Submission<'a> {
        Submission {
            interview: self,
            version,
            ratings,
            decision,
        }
    }
}
