//! The widget's scorecard state set up the way most reducer tests start.
#![allow(dead_code)]

use std::rc::Rc;

use backend_ready::scorecard::RoleLevel;
use backend_ready::ui::scorecard::state::{CandidateFields, DocEdit, ScorecardMsg, ScorecardState};

/// A fresh state holding one senior candidate, `c1` named Ada, for `role`.
pub fn state_with_ada(role: &str) -> ScorecardState {
    let mut state = ScorecardState::default();
    state.apply(ScorecardMsg::Edit(DocEdit::AddCandidate {
        id: "c1".into(),
        fields: CandidateFields {
            name: "Ada".into(),
            role: role.into(),
            level: RoleLevel::Senior,
            notes: String::new(),
        },
    }));
    state
}

/// A document with one senior backend engineer, `c1` named `name`, its role, and
/// `interviews`.
pub fn doc_with_one(
    name: &str,
    interviews: Vec<backend_ready::scorecard::Interview>,
) -> backend_ready::scorecard::ScorecardDoc {
    use backend_ready::scorecard::{Candidate, Role, ScorecardDoc};
    ScorecardDoc {
        candidates: vec![Rc::new(Candidate::new(
            "c1",
            name,
            "Backend engineer",
            RoleLevel::Senior,
        ))],
        roles: vec![Role::new("Backend engineer", RoleLevel::Senior)],
        interviews: interviews.into_iter().map(Rc::new).collect(),
    }
}
