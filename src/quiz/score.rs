//! Scores: answers to overall score, band and per-area sub-scores.
//!
//! Only questions that are visible and answered (in normal form, see
//! [`crate::quiz::flow`]) count; hidden or skipped questions never count for or against
//! an area. For an area A:
//! - earned(A) = the points in A of the chosen answers, summed over those questions;
//! - available(A) = the most points in A each of those questions could give, summed: for
//!   a single-choice question its best answer; for a multi-choice question the larger of
//!   all its non-exclusive answers together and its best exclusive answer;
//! - sub-score(A) = round(100 × earned / available), halves rounded up, or `None` when
//!   available(A) is 0 (nothing answered that can score in A).
//!
//! The overall score pools the areas: round(100 × Σ earned / Σ available), 0 when
//! nothing that can score was answered. It is a secondary figure: the band comes from
//! the signals the answers raise ([`super::verdict`]).
//!
//! Monotonicity (tested): switching the answer of a visible single-choice question to
//! one with at least as many points in an area, when the switch changes no question's
//! visibility, never lowers that area's sub-score, because available(A) stays the same
//! and earned(A) does not fall. When the new answer has at least as many points in
//! every area, the overall score does not fall either.

use crate::content::quiz::{Area, Band, Kind, Question, Signal, AREAS};

use super::advice::{recommend, Recommendation};
use super::answers::Answers;
use super::flow::{walk, Selection};
use super::verdict::{band_for, raised_signals};

/// An area's sub-score: 0–100, or `None` when nothing answered could score in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AreaScore {
    pub area: &'static Area,
    pub score: Option<u8>,
}

/// Everything the result screen shows.
#[derive(Debug, Clone, PartialEq)]
pub struct QuizResult {
    /// 0–100: how strongly the answers call for backend expertise now.
    pub score: u8,
    pub band: &'static Band,
    /// The signals that set the band, most severe first: at most [`SHOWN_SIGNALS`].
    pub signals: Vec<&'static Signal>,
    /// One per area, in [`AREAS`] order.
    pub areas: Vec<AreaScore>,
    pub recommendation: Recommendation,
}

/// How many of the raised signals a result names under "why this verdict".
pub const SHOWN_SIGNALS: usize = 3;

/// Points earned and available in one area.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Tally {
    earned: u32,
    available: u32,
}

/// Scores `answers` and builds the recommendation.
pub fn evaluate(answers: &Answers) -> QuizResult {
    let answered: Vec<Selection> = walk(answers)
        .into_iter()
        .filter(|selection| !selection.answers.is_empty())
        .collect();
    let tallies: Vec<Tally> = AREAS.iter().map(|area| tally(area.id, &answered)).collect();
    let score = percent(sum(&tallies)).unwrap_or(0);
    let areas: Vec<AreaScore> = AREAS
        .iter()
        .zip(&tallies)
        .map(|(area, tally)| AreaScore {
            area,
            score: percent(*tally),
        })
        .collect();
    let chosen: Vec<&'static str> = answered
        .iter()
        .flat_map(|selection| selection.answers.iter().map(|answer| answer.id))
        .collect();
    let mut signals = raised_signals(&chosen);
    let band = band_for(&signals);
    signals.truncate(SHOWN_SIGNALS);
    let recommendation = recommend(&chosen, band);
    QuizResult {
        score,
        band,
        signals,
        areas,
        recommendation,
    }
}

fn tally(area: &str, answered: &[Selection]) -> Tally {
    answered
        .iter()
        .fold(Tally::default(), |total, selection| Tally {
            earned: total.earned + earned(area, selection),
            available: total.available + available(area, selection.question),
        })
}

fn earned(area: &str, selection: &Selection) -> u32 {
    selection
        .answers
        .iter()
        .map(|answer| answer.points_for(area))
        .sum()
}

/// The most points `question` can give in `area`.
pub fn available(area: &str, question: &Question) -> u32 {
    let best_of = |exclusive: bool| {
        question
            .answers
            .iter()
            .filter(move |answer| answer.exclusive == exclusive)
            .map(|answer| answer.points_for(area))
    };
    match question.kind {
        Kind::Single => best_of(false).chain(best_of(true)).max().unwrap_or(0),
        Kind::Multi => best_of(false)
            .sum::<u32>()
            .max(best_of(true).max().unwrap_or(0)),
    }
}

fn sum(tallies: &[Tally]) -> Tally {
    tallies.iter().fold(Tally::default(), |total, tally| Tally {
        earned: total.earned + tally.earned,
        available: total.available + tally.available,
    })
}

/// round(100 × earned / available), halves up; `None` when nothing is available.
fn percent(tally: Tally) -> Option<u8> {
    if tally.available == 0 {
        return None;
    }
    let earned = tally.earned.min(tally.available);
    let rounded = (200 * earned + tally.available) / (2 * tally.available);
    u8::try_from(rounded).ok()
}
