//! The edits of a scorecard document as values, pure: each [`DocEdit`] carries all it
//! needs, [`apply`] makes it with the rules of [`super::edit`] and answers what it did
//! ([`Applied`]) or why it was refused ([`Refused`]). The widget follows up from that
//! answer (the host page's events, focus, notices); a refused edit leaves the document
//! as it was.

use std::rc::Rc;

use super::candidate::{Candidate, Role, RoleLevel};
use super::doc::ScorecardDoc;
use super::edit::{self, ImportReport, QuestionRefusal, Removed};
use super::interview::{EditError, Interview};
use super::plan::PlannedStage;
use super::questions::TeamQuestion;
use super::rating::{Decision, Score};
use super::signing::{self, Signature};
use super::weights::Weights;

/// Fields of the candidate form, as typed (trimmed when applied).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CandidateFields {
    pub name: String,
    pub role: String,
    pub level: RoleLevel,
    pub notes: String,
}

/// A change of the stored document.
#[derive(Debug, Clone, PartialEq)]
pub enum DocEdit {
    AddCandidate {
        id: String,
        fields: CandidateFields,
    },
    EditCandidate {
        id: String,
        fields: CandidateFields,
    },
    SetArchived {
        id: String,
        archived: bool,
    },
    /// Removes a candidate with its interviews ([`Applied::Deleted`] holds them).
    Delete(String),
    /// Puts a deleted candidate back where it was.
    Restore(Removed),
    /// Someone with no interview of the candidate chose to see the ratings: remembered
    /// on the candidate in the stored document (`Candidate::revealed`).
    Reveal(String),
    /// Opens the interviewer's draft for the candidate and stage, or starts one with
    /// this id.
    StartInterview {
        id: String,
        candidate: String,
        stage: &'static str,
    },
    Rate {
        interview: String,
        competency: &'static str,
        score: Score,
    },
    Note {
        interview: String,
        competency: &'static str,
        note: String,
    },
    Decide {
        interview: String,
        decision: Decision,
    },
    Submit(String),
    Revise(String),
    /// Deletes a draft that was never submitted (a revision draft is kept).
    DiscardDraft(String),
    SetWeight {
        role: String,
        competency: &'static str,
        weight: u16,
    },
    UsePreset {
        role: String,
        level: RoleLevel,
    },
    /// Replaces a candidate's interview plan (empty: no plan).
    SetPlan {
        candidate: String,
        plan: Vec<PlannedStage>,
    },
    /// Whether the role handles sensitive data (the security guard reads it).
    SetSensitiveData {
        role: String,
        sensitive: bool,
    },
    /// Adds a team's own question to the stage's bank of the candidate's role.
    AddQuestion {
        candidate: String,
        stage: &'static str,
        text: String,
        probes: Vec<&'static str>,
    },
    /// Removes a team's own question from the role's bank.
    RemoveQuestion {
        role: String,
        stage: &'static str,
        text: String,
    },
    /// Adds a role; refused when one has its name.
    AddRole(Role),
    ImportDoc(ScorecardDoc),
    ImportInterview(Box<Interview>),
    /// Puts a signature made here on the submitted version of an interview.
    Sign {
        interview: String,
        version: u32,
        signature: Signature,
    },
}

/// How a candidate changed, as the host page hears of it (worded by
/// `crate::embed::events::candidate_change`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CandidateChange {
    Added,
    Updated,
    Archived,
    Unarchived,
    Deleted,
    Restored,
}

impl CandidateChange {
    pub const ALL: [CandidateChange; 6] = [
        CandidateChange::Added,
        CandidateChange::Updated,
        CandidateChange::Archived,
        CandidateChange::Unarchived,
        CandidateChange::Deleted,
        CandidateChange::Restored,
    ];
}

/// What an applied edit did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Applied {
    /// Nothing changed.
    Nothing,
    /// The document changed; nothing more to tell.
    Changed,
    /// The candidate with this id changed, in this way.
    Candidate(String, CandidateChange),
    /// The candidate was deleted with its interviews: what undo needs.
    Deleted(Removed),
    /// The candidate's ratings are now shown to the viewer.
    Revealed,
    /// A draft with this id was started.
    Started(String),
    /// The interviewer's interview with this id was there already (nothing changed).
    Opened(String),
    Submitted {
        candidate: String,
        interview: String,
        stage: String,
        version: u32,
    },
    /// A draft of the candidate with this id was discarded.
    Discarded {
        interview: String,
        candidate: String,
    },
    /// The candidate with this id has a new plan.
    PlanSaved(String),
    QuestionAdded,
    QuestionRemoved,
    /// A file was imported (what it changed may be nothing).
    Imported(ImportReport),
}

impl Applied {
    /// Whether the document changed (and wants saving): an import also when it sets
    /// an interview aside.
    pub fn changed(&self) -> bool {
        match self {
            Applied::Nothing | Applied::Opened(_) => false,
            Applied::Imported(report) => report.changes_anything(),
            Applied::Changed
            | Applied::Candidate(..)
            | Applied::Deleted(_)
            | Applied::Revealed
            | Applied::Started(_)
            | Applied::Submitted { .. }
            | Applied::Discarded { .. }
            | Applied::PlanSaved(_)
            | Applied::QuestionAdded
            | Applied::QuestionRemoved => true,
        }
    }
}

/// Why an edit was refused; nothing changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refused {
    /// An interview needs the interviewer's name first.
    NameFirst,
    /// A weight that is not a whole number from 0 to 1000, or all of them 0.
    Weights,
    /// The interview refused the edit.
    Interview(EditError),
    /// The team question was not added.
    Question(QuestionRefusal),
    /// Another role has that name.
    RoleNameTaken,
}

/// Applies `change` to `doc`, `interviewer` being the name this browser's user
/// interviews as (a started interview is theirs).
pub fn apply(
    doc: &mut ScorecardDoc,
    change: DocEdit,
    interviewer: &str,
) -> Result<Applied, Refused> {
    use Applied::Nothing;
    use CandidateChange::*;
    let candidate = |id: String, change: CandidateChange| Applied::Candidate(id, change);
    Ok(match change {
        DocEdit::AddCandidate { id, fields } => match add(doc, &id, fields) {
            true => candidate(id, Added),
            false => Nothing,
        },
        DocEdit::EditCandidate { id, fields } => match update(doc, &id, fields) {
            true => candidate(id, Updated),
            false => Nothing,
        },
        DocEdit::SetArchived { id, archived } => {
            if doc.candidate(&id).is_some_and(|c| c.archived != archived) {
                with_candidate(doc, &id, |c| c.archived = archived);
                candidate(id, if archived { Archived } else { Unarchived })
            } else {
                Nothing
            }
        }
        DocEdit::Delete(id) => edit::delete_candidate(doc, &id).map_or(Nothing, Applied::Deleted),
        DocEdit::Restore(removed) => {
            let id = removed.candidate.id.clone();
            edit::restore_candidate(doc, removed);
            candidate(id, Restored)
        }
        DocEdit::Reveal(id) => {
            if doc.candidate(&id).is_some_and(|c| !c.revealed) {
                with_candidate(doc, &id, |c| c.revealed = true);
                Applied::Revealed
            } else {
                Nothing
            }
        }
        DocEdit::StartInterview {
            id,
            candidate,
            stage,
        } => start_interview(doc, id, &candidate, stage, interviewer)?,
        DocEdit::Rate {
            interview,
            competency,
            score,
        } => edit_interview(doc, &interview, |i| i.rate(competency, score))?,
        DocEdit::Note {
            interview,
            competency,
            note,
        } => edit_interview(doc, &interview, |i| i.set_note(competency, &note))?,
        DocEdit::Decide {
            interview,
            decision,
        } => edit_interview(doc, &interview, |i| i.record_decision(decision))?,
        DocEdit::Submit(id) => submit(doc, &id)?,
        DocEdit::Revise(id) => edit_interview(doc, &id, Interview::revise)?,
        DocEdit::DiscardDraft(id) => discard_draft(doc, &id),
        DocEdit::SetWeight {
            role,
            competency,
            weight,
        } => set_weights(doc, &role, |w| w.with(competency, weight).ok())?,
        DocEdit::UsePreset { role, level } => {
            set_weights(doc, &role, |_| Some(Weights::preset(level)))?
        }
        DocEdit::SetPlan { candidate, plan } => set_plan(doc, candidate, plan),
        DocEdit::SetSensitiveData { role, sensitive } => set_sensitive_data(doc, &role, sensitive),
        DocEdit::AddQuestion {
            candidate,
            stage,
            text,
            probes,
        } => add_question(doc, &candidate, stage, &text, &probes)?,
        DocEdit::RemoveQuestion { role, stage, text } => {
            if edit::remove_question(doc, &role, stage, &text) {
                Applied::QuestionRemoved
            } else {
                Nothing
            }
        }
        DocEdit::AddRole(role) => match edit::add_role(doc, role) {
            true => Applied::Changed,
            false => return Err(Refused::RoleNameTaken),
        },
        DocEdit::ImportDoc(incoming) => Applied::Imported(edit::import_doc(doc, incoming)),
        DocEdit::ImportInterview(incoming) => {
            Applied::Imported(edit::import_interview(doc, *incoming))
        }
        DocEdit::Sign {
            interview,
            version,
            signature,
        } => {
            let signed = edit::edit_interview(doc, &interview, |held| {
                signing::attach(held, version, signature)
            });
            if signed {
                Applied::Changed
            } else {
                Nothing
            }
        }
    })
}

/// Changes the candidate with `id` by `change` (replaced through
/// [`edit::update_candidate`]); `None` when there is none.
fn with_candidate(doc: &mut ScorecardDoc, id: &str, change: impl FnOnce(&mut Candidate)) {
    if let Some(current) = doc.candidate(id) {
        let mut updated = current.clone();
        change(&mut updated);
        edit::update_candidate(doc, updated);
    }
}

/// Adds a candidate from the form, with its role's plan; not with a blank name.
fn add(doc: &mut ScorecardDoc, id: &str, fields: CandidateFields) -> bool {
    let name = fields.name.trim();
    if name.is_empty() {
        return false;
    }
    let mut candidate = Candidate::new(id, name, fields.role.trim(), fields.level);
    candidate.notes = fields.notes;
    candidate.plan = edit::role_plan(doc, &candidate.role);
    edit::add_candidate(doc, candidate)
}

/// Takes the form's fields; a blank name keeps the name. `false` when nothing changed.
fn update(doc: &mut ScorecardDoc, id: &str, fields: CandidateFields) -> bool {
    let Some(current) = doc.candidate(id) else {
        return false;
    };
    let name = fields.name.trim();
    let mut updated = current.clone();
    if !name.is_empty() {
        updated.name = name.to_owned();
    }
    updated.role = fields.role.trim().to_owned();
    updated.level = fields.level;
    updated.notes = fields.notes;
    if updated == *current {
        return false;
    }
    edit::update_candidate(doc, updated)
}

/// Opens this interviewer's draft for the candidate and stage, or starts one.
fn start_interview(
    doc: &mut ScorecardDoc,
    id: String,
    candidate: &str,
    stage: &'static str,
    interviewer: &str,
) -> Result<Applied, Refused> {
    if interviewer.is_empty() || doc.candidate(candidate).is_none() {
        return Err(Refused::NameFirst);
    }
    if let Some(existing) = doc.interview_at(candidate, stage, interviewer) {
        return Ok(Applied::Opened(existing.id.clone()));
    }
    let interview = Interview::new(&id, candidate, interviewer, stage);
    doc.interviews.push(Rc::new(interview));
    Ok(Applied::Started(id))
}

/// Applies `change` to the interview with `id`; why not, when the interview refused.
fn edit_interview(
    doc: &mut ScorecardDoc,
    id: &str,
    change: impl FnOnce(&mut Interview) -> Result<(), EditError>,
) -> Result<Applied, Refused> {
    let mut refused = None;
    let changed = edit::edit_interview(doc, id, |interview| {
        let before = interview.clone();
        match change(interview) {
            Ok(()) => *interview != before,
            Err(error) => {
                refused = Some(error);
                false
            }
        }
    });
    match (refused, changed) {
        (Some(error), _) => Err(Refused::Interview(error)),
        (None, true) => Ok(Applied::Changed),
        (None, false) => Ok(Applied::Nothing),
    }
}

/// Submits the draft with `id`: what the host page hears.
fn submit(doc: &mut ScorecardDoc, id: &str) -> Result<Applied, Refused> {
    if edit_interview(doc, id, Interview::submit)? == Applied::Nothing {
        return Ok(Applied::Nothing);
    }
    let submitted = doc.interview(id);
    Ok(
        submitted.map_or(Applied::Changed, |interview| Applied::Submitted {
            candidate: interview.candidate_id.clone(),
            interview: interview.id.clone(),
            stage: interview.stage.clone(),
            version: interview.version,
        }),
    )
}

/// Deletes a draft that was never submitted (a revision draft is kept).
fn discard_draft(doc: &mut ScorecardDoc, id: &str) -> Applied {
    let position = doc.interviews.iter().position(|interview| {
        interview.id == id && !interview.is_locked() && interview.history.is_empty()
    });
    match position {
        Some(position) => Applied::Discarded {
            interview: id.to_owned(),
            candidate: doc.interviews.remove(position).candidate_id.clone(),
        },
        None => Applied::Nothing,
    }
}

/// Sets the role's weights to what `change` makes of them; refused when it makes none.
fn set_weights(
    doc: &mut ScorecardDoc,
    role: &str,
    change: impl FnOnce(&Weights) -> Option<Weights>,
) -> Result<Applied, Refused> {
    let Some(role) = doc.roles.iter_mut().find(|known| known.name == role) else {
        return Ok(Applied::Nothing);
    };
    match change(&role.weights) {
        Some(weights) if weights != role.weights => {
            role.weights = weights;
            Ok(Applied::Changed)
        }
        Some(_) => Ok(Applied::Nothing),
        None => Err(Refused::Weights),
    }
}

/// Saves a candidate's interview plan: one entry per stage, interviewer names
/// trimmed.
fn set_plan(doc: &mut ScorecardDoc, id: String, mut plan: Vec<PlannedStage>) -> Applied {
    for planned in &mut plan {
        planned.interviewer = planned.interviewer.trim().to_owned();
    }
    let mut seen = Vec::new();
    plan.retain(|planned| {
        let first = !seen.contains(&planned.stage);
        seen.push(planned.stage.clone());
        first
    });
    let same = doc.candidate(&id).map(|current| current.plan == plan);
    if same != Some(false) {
        return Applied::Nothing;
    }
    with_candidate(doc, &id, |candidate| candidate.plan = plan);
    Applied::PlanSaved(id)
}

fn set_sensitive_data(doc: &mut ScorecardDoc, role: &str, sensitive: bool) -> Applied {
    let mut changed = false;
    for known in doc.roles.iter_mut().filter(|known| known.name == role) {
        changed |= std::mem::replace(&mut known.sensitive_data, sensitive) != sensitive;
    }
    if changed {
        Applied::Changed
    } else {
        Applied::Nothing
    }
}

/// Adds a team's question for the candidate's role; why not, when refused.
fn add_question(
    doc: &mut ScorecardDoc,
    candidate: &str,
    stage: &str,
    text: &str,
    probes: &[&'static str],
) -> Result<Applied, Refused> {
    let Some(candidate) = doc.candidate(candidate) else {
        return Ok(Applied::Nothing);
    };
    let (role, level) = (candidate.role.clone(), candidate.level);
    TeamQuestion::new(stage, text, probes)
        .map_err(QuestionRefusal::Invalid)
        .and_then(|question| edit::add_question(doc, &role, level, question))
        .map_err(Refused::Question)?;
    Ok(Applied::QuestionAdded)
}
