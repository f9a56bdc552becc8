//! The scorecard document, pure: everything one scorecard holds (candidates, the roles
//! they apply for, interviews), the lookups every screen needs, and the limits and
//! consistency rules every reader of a stored or imported document enforces
//! (`crate::export` and `crate::storage` both read documents; neither owns them).
//! Edits live in [`super::edit`].

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

/// Everything one scorecard holds: what is stored, exported and imported.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ScorecardDoc {
    pub candidates: Vec<Candidate>,
    pub roles: Vec<Role>,
    pub interviews: Vec<Interview>,
}

impl ScorecardDoc {
    /// The candidate with `id`.
    pub fn candidate(&self, id: &str) -> Option<&Candidate> {
        self.candidates.iter().find(|candidate| candidate.id == id)
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
