//! Aggregation over the latest submitted version of each interview of a candidate.
//!
//! Per competency c, over the 1–4 ratings of c in those submissions ("no evidence" and
//! drafts are left out):
//! - mean(c) = round(100 × Σ rating ÷ number of ratings), in hundredths, halves up;
//!   `None` when nobody rated c;
//! - raters(c) = how many different interviewers gave c a 1–4 rating.
//!
//! Overall, with the role's weights w(c), over the competencies that have a mean:
//! overall = round(Σ w(c) × mean(c) ÷ Σ w(c)), in hundredths, halves up; `None` when
//! no competency with a weight above 0 has a mean. So a competency nobody rated drops
//! out and the others are renormalised. [`Formula`] carries every term, so the UI can
//! show the computation and anyone can redo it by hand from the rounded means.
//!
//! Both are sums of integers, so the order of interviews never changes them.

use std::borrow::Borrow;

use super::doc::records;
use crate::content::scorecard::{Competency, COMPETENCIES};

use super::interview::{Interview, Submission};
use super::number::{mean_hundredths, rounded_ratio};
use super::rating::{RatingLevel, Score};
use super::weights::Weights;

/// What the submitted interviews say about one competency.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompetencyStats {
    pub competency: &'static Competency,
    /// Hundredths, 100..=400.
    pub mean: Option<u16>,
    /// Number of 1–4 ratings.
    pub ratings: u32,
    /// Number of explicit "no evidence" scores.
    pub no_evidence: u32,
    /// Different interviewers who gave a 1–4 rating.
    pub raters: u32,
    pub lowest: Option<RatingLevel>,
    pub highest: Option<RatingLevel>,
}

/// One competency's part of the overall score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Term {
    pub competency: &'static Competency,
    pub weight: u16,
    /// `None`: nobody rated it, so it is left out of both sums.
    pub mean: Option<u16>,
}

impl Term {
    /// weight × mean, when the term counts.
    pub fn product(&self) -> Option<u32> {
        self.mean
            .map(|mean| u32::from(self.weight) * u32::from(mean))
    }
}

/// The overall score and how it was computed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Formula {
    /// One per competency, in `COMPETENCIES` order.
    pub terms: Vec<Term>,
    /// Σ weight × mean over the terms with a mean.
    pub weighted_sum: u32,
    /// Σ weight over the terms with a mean.
    pub weight_total: u32,
    /// round(weighted_sum ÷ weight_total) in hundredths, 100..=400.
    pub overall: Option<u16>,
}

/// The latest submitted version of every interview of `candidate_id`.
pub fn submissions_for<'a>(
    candidate_id: &str,
    interviews: &'a [impl Borrow<Interview>],
) -> Vec<Submission<'a>> {
    records(interviews)
        .filter(|interview| interview.candidate_id == candidate_id)
        .filter_map(|interview| interview.latest_submitted())
        .collect()
}

/// Statistics per competency, in `COMPETENCIES` order.
pub fn competency_stats(submissions: &[Submission]) -> Vec<CompetencyStats> {
    COMPETENCIES
        .iter()
        .enumerate()
        .map(|(index, competency)| stats_of(competency, index, submissions))
        .collect()
}

fn stats_of(
    competency: &'static Competency,
    index: usize,
    submissions: &[Submission],
) -> CompetencyStats {
    let scores = submissions
        .iter()
        .map(|submission| submission.ratings[index].score);
    let levels: Vec<RatingLevel> = scores.clone().filter_map(Score::level).collect();
    let sum: u32 = levels.iter().map(|level| u32::from(level.value())).sum();
    let count = levels.len() as u32;
    CompetencyStats {
        competency,
        mean: mean_hundredths(sum, count),
        ratings: count,
        no_evidence: scores.filter(|score| *score == Score::NoEvidence).count() as u32,
        raters: raters(index, submissions),
        lowest: levels.iter().min().copied(),
        highest: levels.iter().max().copied(),
    }
}

fn raters(index: usize, submissions: &[Submission]) -> u32 {
    let raters = submissions
        .iter()
        .filter(|submission| submission.ratings[index].score.level().is_some())
        .map(|submission| submission.interview.interviewer.as_str());
    distinct_sorted(raters).len() as u32
}

/// The weighted overall score of `stats` under `weights`.
pub fn formula(stats: &[CompetencyStats], weights: &Weights) -> Formula {
    let terms: Vec<Term> = stats
        .iter()
        .map(|stat| Term {
            competency: stat.competency,
            weight: weights.get(stat.competency.id),
            mean: stat.mean,
        })
        .collect();
    let weighted_sum = terms.iter().filter_map(Term::product).sum();
    let weight_total = terms
        .iter()
        .filter(|term| term.mean.is_some())
        .map(|term| u32::from(term.weight))
        .sum();
    Formula {
        overall: rounded_ratio(weighted_sum, weight_total),
        terms,
        weighted_sum,
        weight_total,
    }
}

/// The distinct `names` in order. Kept sorted by insertion instead of `sort_unstable`
/// and `dedup`: a candidate has a handful of interviewers, and each instantiation of the
/// standard sort costs about 2 KB of wasm.
pub(crate) fn distinct_sorted<'a>(names: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut sorted: Vec<&str> = Vec::new();
    for name in names {
        if let Err(at) = sorted.binary_search(&name) {
            sorted.insert(at, name);
        }
    }
    sorted
}
