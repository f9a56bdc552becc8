//! Calibration: each interviewer's rating distribution next to the whole team's, over
//! the latest submitted version of every interview given (all candidates).
//!
//! A distribution counts the 1–4 ratings per level and the "no evidence" scores; its
//! mean is over the 1–4 ratings only, in hundredths. An interviewer's lean is their
//! mean minus the team's mean (the team includes them), in hundredths: [`Tendency`]
//! calls it lenient at +[`LEAN_THRESHOLD`] or more, severe at −[`LEAN_THRESHOLD`] or
//! less. A lean says nothing about who is right: different interviewers may have met
//! different candidates.

use std::borrow::Borrow;

use super::aggregate::distinct_sorted;
use super::doc::records;
use super::interview::{Interview, Submission};
use super::number::{mean_hundredths, rounded_ratio};
use super::rating::{RatingLevel, Score};

/// Half a rating level, in hundredths.
pub const LEAN_THRESHOLD: i32 = 50;

/// How often each score was given.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Distribution {
    /// Ratings per level, weak (1) to exceptional (4).
    pub counts: [u32; 4],
    pub no_evidence: u32,
}

impl Distribution {
    /// Number of 1–4 ratings.
    pub fn rated(&self) -> u32 {
        self.counts.iter().sum()
    }

    /// Mean rating in hundredths; `None` without ratings.
    pub fn mean(&self) -> Option<u16> {
        let sum: u32 = RatingLevel::ALL
            .iter()
            .map(|level| u32::from(level.value()) * self.counts[level.index()])
            .sum();
        mean_hundredths(sum, self.rated())
    }

    /// Share of the 1–4 ratings at `level`, as a rounded percentage.
    pub fn percent(&self, level: RatingLevel) -> Option<u16> {
        rounded_ratio(100 * self.counts[level.index()], self.rated())
    }

    fn add(&mut self, score: Score) {
        match score {
            Score::Level(level) => self.counts[level.index()] += 1,
            Score::NoEvidence => self.no_evidence += 1,
            Score::Unrated => {}
        }
    }
}

/// How an interviewer's ratings compare with the team's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tendency {
    Lenient,
    Severe,
    InLine,
    /// The interviewer has given no 1–4 rating yet.
    NotEnoughData,
}

/// One interviewer's line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InterviewerCalibration {
    pub interviewer: String,
    pub distribution: Distribution,
    /// Their mean minus the team's, in hundredths.
    pub lean: Option<i32>,
    pub tendency: Tendency,
}

/// The team's distribution and each interviewer's, interviewers sorted by name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Calibration {
    pub team: Distribution,
    pub interviewers: Vec<InterviewerCalibration>,
}

/// Calibration over the latest submitted versions of `interviews`.
pub fn calibrate(interviews: &[impl Borrow<Interview>]) -> Calibration {
    let submissions: Vec<Submission> = records(interviews)
        .filter_map(|interview| interview.latest_submitted())
        .collect();
    let team = distribution(submissions.iter());
    let interviewers = interviewer_names(&submissions)
        .into_iter()
        .map(|name| interviewer_line(name, &submissions, &team))
        .collect();
    Calibration { team, interviewers }
}

fn distribution<'a, 'b: 'a>(submissions: impl Iterator<Item = &'a Submission<'b>>) -> Distribution {
    let mut distribution = Distribution::default();
    for submission in submissions {
        for rating in submission.ratings {
            distribution.add(rating.score);
        }
    }
    distribution
}

fn interviewer_names<'a>(submissions: &[Submission<'a>]) -> Vec<&'a str> {
    distinct_sorted(
        submissions
            .iter()
            .map(|submission| submission.interview.interviewer.as_str()),
    )
}

fn interviewer_line(
    name: &str,
    submissions: &[Submission],
    team: &Distribution,
) -> InterviewerCalibration {
    let own = submissions
        .iter()
        .filter(|submission| submission.interview.interviewer == name);
    let distribution = distribution(own);
    let lean = lean(&distribution, team);
    InterviewerCalibration {
        interviewer: name.to_string(),
        distribution,
        lean,
        tendency: tendency(lean),
    }
}

fn lean(own: &Distribution, team: &Distribution) -> Option<i32> {
    Some(i32::from(own.mean()?) - i32::from(team.mean()?))
}

fn tendency(lean: Option<i32>) -> Tendency {
    match lean {
        None => Tendency::NotEnoughData,
        Some(lean) if lean >= LEAN_THRESHOLD => Tendency::Lenient,
        Some(lean) if lean <= -LEAN_THRESHOLD => Tendency::Severe,
        Some(_) => Tendency::InLine,
    }
}
