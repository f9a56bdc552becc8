//! A candidate's summary (statistics, formula, coverage, flags, guards, decisions) and
//! the side-by-side comparison of 2–4 candidates, ranked by the coverage rule
//! (`super::coverage`).

use std::borrow::Borrow;

use super::doc::records;
use crate::content::scorecard::COMPETENCY_COUNT;

use super::aggregate::{competency_stats, formula, submissions_for, CompetencyStats, Formula};
use super::candidate::{Candidate, Role};
use super::coverage::{ranks, Coverage};
use super::flags::{flags, Flag};
use super::guards::{guards, Guard};
use super::interview::{Interview, Submission};
use super::plan::plan_coverage;
use super::weights::Weights;

/// Everything a candidate summary shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub candidate_id: String,
    /// Interviews of the candidate with a submitted version.
    pub submissions: usize,
    /// In `COMPETENCIES` order.
    pub competencies: Vec<CompetencyStats>,
    pub formula: Formula,
    /// How much of the role's weight, and how many interviews, the overall rests on.
    pub coverage: Coverage,
    pub flags: Vec<Flag>,
    /// The mistake guards raised (`super::guards`), shown before the flags.
    pub guards: Vec<Guard>,
    /// How many submissions recommend each decision, in [`super::Decision::ALL`] order.
    pub decisions: [u32; 5],
}

/// The summary of `candidate`, applying for `role` (whose weights are used; the
/// candidates of the role among `candidates` are read by the only-juniors guard).
pub fn summarise(
    candidate: &Candidate,
    role: &Role,
    candidates: &[impl Borrow<Candidate>],
    interviews: &[impl Borrow<Interview>],
) -> Summary {
    let submissions = submissions_for(&candidate.id, interviews);
    let competencies = competency_stats(&submissions);
    let guards = guards(candidate, role, candidates, interviews);
    let guarded: Vec<&str> = guards.iter().filter_map(Guard::competency).collect();
    let plan = plan_coverage(candidate, role, interviews);
    let formula = formula(&competencies, &role.weights);
    Summary {
        candidate_id: candidate.id.clone(),
        submissions: submissions.len(),
        coverage: Coverage::of(&formula, &role.weights, submissions.len()),
        formula,
        flags: flags(&competencies, submissions.len(), &guarded, plan.as_deref()),
        guards,
        competencies,
        decisions: decision_counts(&submissions),
    }
}

fn decision_counts(submissions: &[Submission]) -> [u32; 5] {
    let mut counts = [0; 5];
    for submission in submissions {
        counts[submission.decision.index()] += 1;
    }
    counts
}

/// One candidate's line in a comparison.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ComparisonRow {
    pub candidate_id: String,
    pub name: String,
    /// Hundredths, in `COMPETENCIES` order.
    pub means: [Option<u16>; COMPETENCY_COUNT],
    pub overall: Option<u16>,
    pub coverage: Coverage,
    /// 1 = best, among the complete rows of the comparison; `None`: incomplete (or no
    /// score), not ranked (`super::coverage`).
    pub rank: Option<usize>,
}

/// Why a comparison was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CompareError {
    /// Compare needs 2 to 4 candidates.
    WrongCount(usize),
    UnknownCandidate(String),
    Duplicate(String),
}

/// Rows for 2–4 different candidates, in the order given, all scored with the same
/// `weights` so the overall scores are comparable, and ranked by the coverage rule.
pub fn compare(
    candidate_ids: &[&str],
    candidates: &[impl Borrow<Candidate>],
    interviews: &[impl Borrow<Interview>],
    weights: &Weights,
) -> Result<Vec<ComparisonRow>, CompareError> {
    if !(2..=4).contains(&candidate_ids.len()) {
        return Err(CompareError::WrongCount(candidate_ids.len()));
    }
    let mut rows: Vec<ComparisonRow> = Vec::with_capacity(candidate_ids.len());
    for id in candidate_ids {
        if rows.iter().any(|row| row.candidate_id == *id) {
            return Err(CompareError::Duplicate(id.to_string()));
        }
        let candidate = records(candidates)
            .find(|candidate| candidate.id == *id)
            .ok_or_else(|| CompareError::UnknownCandidate(id.to_string()))?;
        rows.push(row(candidate, interviews, weights));
    }
    let scores: Vec<(Option<u16>, bool)> = rows
        .iter()
        .map(|row| (row.overall, row.coverage.is_complete()))
        .collect();
    for (row, rank) in rows.iter_mut().zip(ranks(&scores)) {
        row.rank = rank;
    }
    Ok(rows)
}

fn row(
    candidate: &Candidate,
    interviews: &[impl Borrow<Interview>],
    weights: &Weights,
) -> ComparisonRow {
    let submissions = submissions_for(&candidate.id, interviews);
    let stats = competency_stats(&submissions);
    let formula = formula(&stats, weights);
    let mut means = [None; COMPETENCY_COUNT];
    for (mean, stat) in means.iter_mut().zip(&stats) {
        *mean = stat.mean;
    }
    ComparisonRow {
        candidate_id: candidate.id.clone(),
        name: candidate.name.clone(),
        means,
        overall: formula.overall,
        coverage: Coverage::of(&formula, weights, submissions.len()),
        rank: None,
    }
}
