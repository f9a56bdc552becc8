//! Edits of the scorecard document ([`ScorecardDoc`]) as the widget makes them, pure:
//! adding, editing, archiving, deleting (with what undo needs) and restoring
//! candidates, keeping each candidate's role in the document, a role's own questions
//! (`super::questions`), and importing files (already read by `crate::export`). Every
//! function leaves the document unchanged when it refuses.

use std::rc::Rc;

use super::candidate::{Candidate, Role, RoleLevel};
use super::doc::ScorecardDoc;
use super::interview::{Interview, Status};
use super::merge::{merge_interview, MergeError, MergeOutcome};
use super::plan::PlannedStage;
use super::questions::TeamQuestion;
use super::questions::{add_to_bank, merge_bank, remove_from_bank, BankRefusal, QuestionProblem};
use super::rating::Decision;

/// A deleted candidate and its interviews, kept until undone or forgotten.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Removed {
    pub candidate: Rc<Candidate>,
    /// Where it stood in the list.
    pub position: usize,
    pub interviews: Vec<Rc<Interview>>,
}

/// What importing a file changed, for the message the user sees.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub candidates_added: usize,
    pub interviews_added: usize,
    pub interviews_replaced: usize,
    pub unchanged: usize,
    /// The team's own questions added to the roles (`super::questions`): those of a
    /// role held here that it lacked, and those of a role that came with new candidates.
    pub questions_added: usize,
    /// Someone's unsubmitted drafts in the file: nothing to aggregate, so left out.
    pub drafts_skipped: usize,
    /// Interviews that could not be merged: their id and why.
    pub refused: Vec<(String, Refusal)>,
    /// Interviews in conflict with one held here (`MergeError::is_conflict`): kept
    /// beside it, flagged, never merged over it; the document does not hold them.
    pub kept_aside: Vec<(Interview, MergeError)>,
    /// What happened to each interview that arrived, in the file's order (the drafts
    /// left out are not listed): what a preview shows.
    pub changes: Vec<InterviewChange>,
}

/// One interview that arrived and what importing it does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InterviewChange {
    pub id: String,
    pub candidate_id: String,
    pub interviewer: String,
    pub stage: String,
    pub version: u32,
    /// The decision it arrives with (`None` for a draft).
    pub decision: Option<Decision>,
    pub kind: ChangeKind,
}

/// What importing one interview does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChangeKind {
    Added,
    /// Replaces the version held; the held one stays in the history.
    Replaced {
        previous_version: u32,
        previous_decision: Option<Decision>,
    },
    Unchanged,
    /// In conflict with one held here: kept beside it.
    KeptAside(MergeError),
    Refused(Refusal),
}

impl ImportReport {
    /// Whether importing changes the document or sets something aside.
    pub fn changes_anything(&self) -> bool {
        self.candidates_added
            + self.interviews_added
            + self.interviews_replaced
            + self.questions_added
            > 0
            || !self.kept_aside.is_empty()
    }
}

/// Why one imported interview was left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// Its candidate is not in the list: import the candidate's file first.
    UnknownCandidate,
    Merge(MergeError),
}

/// Adds the role named `candidate.role` when the document has none of that name.
fn ensure_role(doc: &mut ScorecardDoc, candidate: &Candidate) {
    if !doc.roles.iter().any(|role| role.name == candidate.role) {
        doc.roles.push(Role::new(&candidate.role, candidate.level));
    }
}

/// Adds a candidate (and its role when new). Refused for a duplicate id.
pub fn add_candidate(doc: &mut ScorecardDoc, candidate: impl Into<Rc<Candidate>>) -> bool {
    let candidate = candidate.into();
    if doc.candidate(&candidate.id).is_some() {
        return false;
    }
    ensure_role(doc, &candidate);
    doc.candidates.push(candidate);
    true
}

/// The plan a new candidate for the role named `role` starts with (issue 17): the
/// role's plan, no interviewer named yet; empty for a role without one.
pub fn role_plan(doc: &ScorecardDoc, role: &str) -> Vec<PlannedStage> {
    let role = doc.roles.iter().find(|known| known.name == role);
    let stages = role.map_or(&[][..], |role| &role.plan[..]);
    stages
        .iter()
        .map(|stage| PlannedStage {
            stage: stage.clone(),
            interviewer: String::new(),
        })
        .collect()
}

/// Adds `role`; refused (`false`) when the document has a role of that name.
pub fn add_role(doc: &mut ScorecardDoc, role: Role) -> bool {
    if doc.roles.iter().any(|known| known.name == role.name) {
        return false;
    }
    doc.roles.push(role);
    true
}

/// Replaces the candidate with the same id; its interviews stay.
pub fn update_candidate(doc: &mut ScorecardDoc, updated: Candidate) -> bool {
    let Some(index) = doc.candidates.iter().position(|c| c.id == updated.id) else {
        return false;
    };
    ensure_role(doc, &updated);
    doc.candidates[index] = Rc::new(updated);
    true
}

/// Removes a candidate with its interviews and returns them for undo.
pub fn delete_candidate(doc: &mut ScorecardDoc, id: &str) -> Option<Removed> {
    let position = doc.candidates.iter().position(|c| c.id == id)?;
    let candidate = doc.candidates.remove(position);
    let (interviews, kept) = std::mem::take(&mut doc.interviews)
        .into_iter()
        .partition(|interview| interview.candidate_id == id);
    doc.interviews = kept;
    Some(Removed {
        candidate,
        position,
        interviews,
    })
}

/// Puts a deleted candidate back where it was, with its interviews.
pub fn restore_candidate(doc: &mut ScorecardDoc, removed: Removed) {
    if doc.candidate(&removed.candidate.id).is_some() {
        return;
    }
    let position = removed.position.min(doc.candidates.len());
    ensure_role(doc, &removed.candidate);
    doc.candidates.insert(position, removed.candidate);
    doc.interviews.extend(removed.interviews);
}

/// Why a team's question was not added; the document is unchanged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuestionRefusal {
    /// The question breaks a rule of `super::questions`.
    Invalid(QuestionProblem),
    Bank(BankRefusal),
    /// Questions belong to a role: the candidate has none.
    NoRole,
}

/// Adds `question` to the bank of the role named `role` (added at `level` when the
/// document lacks it).
pub fn add_question(
    doc: &mut ScorecardDoc,
    role: &str,
    level: RoleLevel,
    question: TeamQuestion,
) -> Result<(), QuestionRefusal> {
    if role.trim().is_empty() {
        return Err(QuestionRefusal::NoRole);
    }
    let index = match doc.roles.iter().position(|known| known.name == role) {
        Some(index) => index,
        None => {
            let mut new_role = Role::new(role, level);
            add_to_bank(&mut new_role.questions, question).map_err(QuestionRefusal::Bank)?;
            doc.roles.push(new_role);
            return Ok(());
        }
    };
    add_to_bank(&mut doc.roles[index].questions, question).map_err(QuestionRefusal::Bank)
}

/// Removes the question with `stage` and `text` from the role's bank; `false` when it
/// holds none.
pub fn remove_question(doc: &mut ScorecardDoc, role: &str, stage: &str, text: &str) -> bool {
    doc.roles
        .iter_mut()
        .find(|known| known.name == role)
        .is_some_and(|known| remove_from_bank(&mut known.questions, stage, text))
}

/// Applies `edit` to the interview with `id`; `false` when there is none.
pub fn edit_interview(
    doc: &mut ScorecardDoc,
    id: &str,
    edit: impl FnOnce(&mut Interview) -> bool,
) -> bool {
    doc.interview_mut(id)
        .is_some_and(|interview| edit(Rc::make_mut(interview)))
}

/// Imports a whole scorecard file: new candidates are added with their roles (existing
/// ones stay as they are here, gaining only the file's team questions they lack), and
/// every interview goes through the model's merge rule.
pub fn import_doc(doc: &mut ScorecardDoc, incoming: ScorecardDoc) -> ImportReport {
    let mut report = ImportReport::default();
    // A role comes along with the new candidates that apply for it (with the file's
    // weights and questions); a role no new candidate uses is left out, so a file never
    // changes the document without saying so. A role held here keeps its weights and
    // flag, and gains the team questions of the file it lacks (`super::questions`).
    for role in incoming.roles {
        if let Some(held) = doc.roles.iter_mut().find(|known| known.name == role.name) {
            report.questions_added += merge_bank(&mut held.questions, role.questions);
            continue;
        }
        let used = incoming
            .candidates
            .iter()
            .any(|candidate| candidate.role == role.name && doc.candidate(&candidate.id).is_none());
        if used {
            report.questions_added += role.questions.len();
            doc.roles.push(role);
        }
    }
    for candidate in incoming.candidates {
        if add_candidate(doc, candidate) {
            report.candidates_added += 1;
        }
    }
    for interview in incoming.interviews {
        if interview.status == Status::Draft && interview.history.is_empty() {
            report.drafts_skipped += 1;
            continue;
        }
        import_interview_into(doc, Rc::unwrap_or_clone(interview), &mut report);
    }
    report
}

/// Imports one interview; its candidate must be in the document.
pub fn import_interview(doc: &mut ScorecardDoc, interview: Interview) -> ImportReport {
    let mut report = ImportReport::default();
    if doc.candidate(&interview.candidate_id).is_none() {
        let kind = ChangeKind::Refused(Refusal::UnknownCandidate);
        report.changes.push(change_of(&interview, kind));
        report
            .refused
            .push((interview.id, Refusal::UnknownCandidate));
        return report;
    }
    import_interview_into(doc, interview, &mut report);
    report
}

fn import_interview_into(doc: &mut ScorecardDoc, interview: Interview, report: &mut ImportReport) {
    let held = doc.interview(&interview.id);
    let previous_decision = held.and_then(|held| held.latest_submitted().map(|s| s.decision));
    let mut change = change_of(&interview, ChangeKind::Unchanged);
    let id = interview.id.clone();
    let kept = interview.clone();
    change.kind = match merge_interview(&mut doc.interviews, interview) {
        Ok(MergeOutcome::Added) => {
            report.interviews_added += 1;
            ChangeKind::Added
        }
        Ok(MergeOutcome::Replaced { previous_version }) => {
            report.interviews_replaced += 1;
            ChangeKind::Replaced {
                previous_version,
                previous_decision,
            }
        }
        Ok(MergeOutcome::Unchanged) => {
            report.unchanged += 1;
            ChangeKind::Unchanged
        }
        Err(error) if error.is_conflict() => {
            report.kept_aside.push((kept, error.clone()));
            ChangeKind::KeptAside(error)
        }
        Err(error) => {
            report.refused.push((id, Refusal::Merge(error.clone())));
            ChangeKind::Refused(Refusal::Merge(error))
        }
    };
    report.changes.push(change);
}

fn change_of(interview: &Interview, kind: ChangeKind) -> InterviewChange {
    InterviewChange {
        id: interview.id.clone(),
        candidate_id: interview.candidate_id.clone(),
        interviewer: interview.interviewer.clone(),
        stage: interview.stage.clone(),
        version: interview.version,
        decision: interview.decision,
        kind,
    }
}
