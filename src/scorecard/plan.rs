//! A candidate's interview plan: which stages are planned, optionally by whom, and
//! what that says about coverage.
//!
//! - A planned stage is **done** once any interview of the candidate at that stage has
//!   a submitted version (whoever ran it: the planned interviewer is a note for the
//!   team, not a condition); otherwise it is **pending**.
//! - A stage **probes** a competency when one of its questions does: the content's
//!   question banks, and the role's own questions for that stage (`super::questions`).
//! - With a plan, a competency nobody (or one interviewer) rated is flagged "not done
//!   yet" while a pending planned stage probes it, and "missed" only when no planned
//!   stage probes it; a planned stage that was done without evidence leaves the usual
//!   coverage flag (`super::flags`). A guard that a competency is unassessed waits for
//!   the pending stages too (`super::guards`).
//! - A candidate without a plan (an empty one) behaves as before plans existed.

use std::borrow::Borrow;

use super::doc::records;
use crate::content::scorecard::{competency_index, STAGES};

use super::candidate::{Candidate, Role};
use super::interview::Interview;
use super::questions::at_stage;

/// A stage planned for a candidate.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PlannedStage {
    /// A `STAGES` id.
    pub stage: String,
    /// Who is planned to run it; may be empty.
    pub interviewer: String,
}

/// A set of stages, by their position in `STAGES` (at most 8).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct StageSet(u8);

impl StageSet {
    /// The stages with these ids; unknown ids are left out.
    pub fn of<'a>(ids: impl IntoIterator<Item = &'a str>) -> Self {
        let mut set = StageSet::default();
        for id in ids {
            if let Some(index) = STAGES.iter().position(|stage| stage.id == id) {
                set.0 |= 1 << index;
            }
        }
        set
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The stage ids in the set, in `STAGES` order.
    pub fn ids(self) -> impl Iterator<Item = &'static str> {
        STAGES
            .iter()
            .enumerate()
            .filter(move |(index, _)| self.0 & (1 << index) != 0)
            .map(|(_, stage)| stage.id)
    }

    fn union(self, other: StageSet) -> StageSet {
        StageSet(self.0 | other.0)
    }
}

/// How far a plan has got.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// Planned stages that are done.
    pub submitted: usize,
    pub planned: usize,
}

/// Whether the candidate's interview at `stage` has a submitted version.
pub fn is_done(candidate_id: &str, stage: &str, interviews: &[impl Borrow<Interview>]) -> bool {
    records(interviews).any(|interview| {
        interview.candidate_id == candidate_id
            && interview.stage == stage
            && interview.latest_submitted().is_some()
    })
}

/// The plan's progress; `None` for a candidate without a plan.
pub fn progress(candidate: &Candidate, interviews: &[impl Borrow<Interview>]) -> Option<Progress> {
    if candidate.plan.is_empty() {
        return None;
    }
    let done = candidate
        .plan
        .iter()
        .filter(|planned| is_done(&candidate.id, &planned.stage, interviews))
        .count();
    Some(Progress {
        submitted: done,
        planned: candidate.plan.len(),
    })
}

/// What the plan says about one competency.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PlanCoverage {
    /// Some planned stage probes it.
    pub probed: bool,
    /// The pending planned stages that probe it.
    pub pending: StageSet,
}

/// Per competency, in `COMPETENCIES` order, for `candidate` applying for `role`; `None`
/// for a candidate without a plan.
pub fn plan_coverage(
    candidate: &Candidate,
    role: &Role,
    interviews: &[impl Borrow<Interview>],
) -> Option<Vec<PlanCoverage>> {
    if candidate.plan.is_empty() {
        return None;
    }
    let mut coverage = vec![PlanCoverage::default(); crate::content::scorecard::COMPETENCY_COUNT];
    for planned in &candidate.plan {
        let Some(stage) = STAGES.iter().find(|stage| stage.id == planned.stage) else {
            continue;
        };
        let pending = !is_done(&candidate.id, stage.id, interviews);
        let guide = stage.questions.iter().flat_map(|question| question.probes);
        let team = at_stage(&role.questions, stage.id).flat_map(|question| &question.probes);
        for index in guide.chain(team).filter_map(|id| competency_index(id)) {
            coverage[index].probed = true;
            if pending {
                coverage[index].pending = coverage[index].pending.union(StageSet::of([stage.id]));
            }
        }
    }
    Some(coverage)
}
