//! The widget's scorecard state set up the way most reducer tests start.
#![allow(dead_code)]

use backend_ready::scorecard::RoleLevel;
use backend_ready::ui::scorecard::state::{CandidateFields, ScorecardMsg, ScorecardState};

/// A fresh state holding one senior candidate, `c1` named Ada, for `role`.
pub fn state_with_ada(role: &str) -> ScorecardState {
    let mut state = ScorecardState::default();
    state.apply(ScorecardMsg::AddCandidate {
        id: "c1".into(),
        fields: CandidateFields {
            name: "Ada".into(),
            role: role.into(),
            level: RoleLevel::Senior,
            notes: String::new(),
        },
    });
    state
}
