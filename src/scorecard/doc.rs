//! The scorecard document, pure: everything one scorecard holds (candidates, the roles
//! they apply for, interviews), the lookups every screen needs, and the limits and
//! consistency rules every reader of a stored or imported document enforces
//! (`crate::export` and `crate::storage` both read documents; neither owns them).
//! Edits live in [`super::edit`].

use std::borrow::Borrow;
use std::rc::Rc;

use super::candidate::{Candidate, Role};
use super::interview::Interview;

/// Most candidates in one document.
pub const MAX_CANDIDATES: usize = 5000;
/// Most roles in one document.
pub const MAX_ROLES: usize = 1000;
/// Most interviews in one document.
pub const MAX_INTERVIEWS: usize = 50_000;
/// Most earlier submitted versions of one interview.
pub const MAX_HISTORY: usize = 1000;
/// Longest id, name or interviewer name, in characters.
pub const MAX_NAME_CHARS: usize = 200;
/// Longest note, in characters.
pub const MAX_NOTE_CHARS: usize = 5000;

/// Everything one scorecard holds: what is stored, exported and imported. Each
/// candidate and interview is behind its own `Rc`, so a copy of the document shares
/// them and an edit copies only the record it changes (`Rc::make_mut`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ScorecardDoc {
    pub candidates: Vec<Rc<Candidate>>,
    pub roles: Vec<Role>,
    pub interviews: Vec<Rc<Interview>>,
}

impl ScorecardDoc {
    /// The candidate with `id`.
    pub fn candidate(&self, id: &str) -> Option<&Candidate> {
        let found = self.candidates.iter().find(|candidate| candidate.id == id);
        found.map(Rc::as_ref)
    }

    /// The interview with `id`. Looked for from the newest: new interviews are added at
    /// the end, and the one being rated or sent is most often among the last (a rating
    /// click at a thousand candidates would otherwise compare 4,000 ids, three times).
    pub fn interview(&self, id: &str) -> Option<&Rc<Interview>> {
        self.interviews
            .iter()
            .rev()
            .find(|interview| interview.id == id)
    }

    /// The interview `interviewer` holds with `candidate` at `stage`, if any: starting
    /// one there opens it instead of a second (and the stage's button says so).
    pub fn interview_at(
        &self,
        candidate: &str,
        stage: &str,
        interviewer: &str,
    ) -> Option<&Rc<Interview>> {
        self.interviews.iter().find(|interview| {
            interview.candidate_id == candidate
                && interview.stage == stage
                && interview.interviewer == interviewer
        })
    }

    /// [`Self::interview`], to change.
    pub fn interview_mut(&mut self, id: &str) -> Option<&mut Rc<Interview>> {
        self.interviews
            .iter_mut()
            .rev()
            .find(|interview| interview.id == id)
    }

    /// The role `candidate` applies for; a role missing from the document gets the
    /// preset weights of the candidate's level.
    pub fn role_of(&self, candidate: &Candidate) -> Role {
        self.roles
            .iter()
            .find(|role| role.name == candidate.role)
            .cloned()
            .unwrap_or_else(|| Role::new(&candidate.role, candidate.level))
    }
}

/// The records of `list` as plain references, whether the list holds each behind its
/// own `Rc` (as a document does) or not: the model's rules read either.
pub fn records<'a, T: 'a, R: Borrow<T>>(list: &'a [R]) -> impl Iterator<Item = &'a T> {
    list.iter().map(Borrow::borrow)
}

/// A broken reference inside a document, found by [`ScorecardDoc::check_references`]:
/// which rule, the index of the offending record in its list, and the id (or role name)
/// it repeats or names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReferenceError<'a> {
    pub problem: ReferenceProblem,
    pub index: usize,
    pub id: &'a str,
}

/// The rule a [`ReferenceError`] breaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReferenceProblem {
    /// `roles[index]` has the name of an earlier role.
    DuplicateRole,
    /// `candidates[index]` has the id of an earlier candidate.
    DuplicateCandidate,
    /// `interviews[index]` has the id of an earlier interview.
    DuplicateInterview,
    /// `interviews[index]` names a candidate the document does not have.
    UnknownCandidate,
}

impl ScorecardDoc {
    /// Role names, candidate ids and interview ids are unique, and every interview's
    /// candidate is in the document (a candidate's role need not be: roles are
    /// optional). Checked in that order; the first problem is returned. Every reader of
    /// a document (the import files, the stored document) enforces this.
    pub fn check_references(&self) -> Result<(), ReferenceError<'_>> {
        use ReferenceProblem::*;
        let role_names = self.roles.iter().map(|role| role.name.as_str());
        check_unique(role_names, DuplicateRole)?;
        let candidate_ids = self.candidates.iter().map(|c| c.id.as_str());
        let known = check_unique(candidate_ids, DuplicateCandidate)?;
        let interview_ids = self.interviews.iter().map(|i| i.id.as_str());
        check_unique(interview_ids, DuplicateInterview)?;
        let candidates = self.interviews.iter().map(|i| i.candidate_id.as_str());
        match candidates.enumerate().find(|(_, id)| !known.contains(id)) {
            Some((index, id)) => Err(ReferenceError {
                problem: UnknownCandidate,
                index,
                id,
            }),
            None => Ok(()),
        }
    }
}

/// The set of `ids`, or a `problem` at the first one repeated.
fn check_unique<'a>(
    ids: impl Iterator<Item = &'a str>,
    problem: ReferenceProblem,
) -> Result<IdSet<'a>, ReferenceError<'a>> {
    let set = IdSet::new(ids);
    match set.first_repeat() {
        Some((index, id)) => Err(ReferenceError { problem, index, id }),
        None => Ok(set),
    }
}

/// A set of ids, or an index of records by id: each id with its position, sorted once,
/// looked up by binary search. The same sort as the JSON reader's and the candidate
/// list's (`Vec<(&str, usize)>`), so the build carries no B-tree code for it.
pub struct IdSet<'a>(Vec<(&'a str, usize)>);

impl<'a> IdSet<'a> {
    /// The set of `ids`, each with its position in that order.
    pub fn new(ids: impl Iterator<Item = &'a str>) -> Self {
        let mut sorted: Vec<(&str, usize)> = ids.enumerate().map(|(at, id)| (id, at)).collect();
        sorted.sort_unstable();
        IdSet(sorted)
    }

    pub fn contains(&self, id: &str) -> bool {
        self.position(id).is_some()
    }

    /// The position of `id` (of its last occurrence, when repeated).
    pub fn position(&self, id: &str) -> Option<usize> {
        let after = self.0.partition_point(|(held, _)| *held <= id);
        let (held, at) = *self.0.get(after.checked_sub(1)?)?;
        (held == id).then_some(at)
    }

    /// The first id, in the order given, that an earlier one repeats: its position and
    /// the id.
    pub fn first_repeat(&self) -> Option<(usize, &'a str)> {
        let repeats = self.0.windows(2).filter(|pair| pair[0].0 == pair[1].0);
        repeats.map(|pair| (pair[1].1, pair[1].0)).min()
    }
}
