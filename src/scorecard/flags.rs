//! Flags on a candidate summary, each explained by a text in the content:
//! - the guide's hiring mistakes, in the guide's order: ratings without any system
//!   design evidence (judging on language familiarity), no database evidence
//!   (underestimating data complexity), no communication evidence (ignoring soft
//!   skills), no practical-experience evidence. "No evidence" here means no 1–4 rating
//!   in any submitted interview. A competency whose guard fired (a yes while it is
//!   unassessed, `super::guards`) is not flagged again here; the only-juniors mistake is
//!   a guard too, read across the candidates advanced for the role
//!   ([`super::guards::Guard::JuniorsOnly`]);
//! - disagreement: two ratings of one competency two or more levels apart;
//! - coverage gaps: a competency nobody rated, or only one interviewer rated.
//!
//! Evidence flags need at least one submitted interview: before that, the summary has
//! nothing to judge.

use crate::content::scorecard::{
    Competency, FlagText, COMMUNICATION, COVERAGE_NONE, COVERAGE_SINGLE, DATABASE, DISAGREEMENT,
    EXPERIENCE, MISTAKE_DATA_COMPLEXITY, MISTAKE_JUNIOR_ONLY, MISTAKE_LANGUAGE_ONLY,
    MISTAKE_PRACTICAL_EXPERIENCE, MISTAKE_SOFT_SKILLS, SYSTEM_DESIGN,
};

use super::aggregate::CompetencyStats;
use super::rating::RatingLevel;

/// The guide's hiring mistakes. `JuniorOnly` is raised as a guard
/// ([`super::guards::Guard::JuniorsOnly`]); its text stays for the locale tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mistake {
    LanguageOnly,
    DataComplexity,
    JuniorOnly,
    SoftSkills,
    PracticalExperience,
}

impl Mistake {
    pub fn text(self) -> &'static FlagText {
        match self {
            Mistake::LanguageOnly => &MISTAKE_LANGUAGE_ONLY,
            Mistake::DataComplexity => &MISTAKE_DATA_COMPLEXITY,
            Mistake::JuniorOnly => &MISTAKE_JUNIOR_ONLY,
            Mistake::SoftSkills => &MISTAKE_SOFT_SKILLS,
            Mistake::PracticalExperience => &MISTAKE_PRACTICAL_EXPERIENCE,
        }
    }
}

/// Something the hiring team should look at before deciding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flag {
    Mistake(Mistake),
    Disagreement {
        competency: &'static Competency,
        lowest: RatingLevel,
        highest: RatingLevel,
    },
    /// `raters` is 0 or 1.
    CoverageGap {
        competency: &'static Competency,
        raters: u32,
    },
}

impl Flag {
    pub fn text(&self) -> &'static FlagText {
        match self {
            Flag::Mistake(mistake) => mistake.text(),
            Flag::Disagreement { .. } => &DISAGREEMENT,
            Flag::CoverageGap { raters: 0, .. } => &COVERAGE_NONE,
            Flag::CoverageGap { .. } => &COVERAGE_SINGLE,
        }
    }

    /// The competency the flag is about, if it is about one.
    pub fn competency(&self) -> Option<&'static Competency> {
        match self {
            Flag::Mistake(_) => None,
            Flag::Disagreement { competency, .. } | Flag::CoverageGap { competency, .. } => {
                Some(competency)
            }
        }
    }
}

/// All flags of a summary: mistakes first, then disagreements, then coverage gaps.
/// `guarded`: competency ids whose guard fired, so their evidence mistake is left out.
pub fn flags(stats: &[CompetencyStats], submissions: usize, guarded: &[&str]) -> Vec<Flag> {
    let mut flags: Vec<Flag> = mistakes(stats, submissions, guarded)
        .into_iter()
        .map(Flag::Mistake)
        .collect();
    if submissions > 0 {
        flags.extend(stats.iter().filter_map(disagreement));
        flags.extend(stats.iter().filter_map(coverage_gap));
    }
    flags
}

fn mistakes(stats: &[CompetencyStats], submissions: usize, guarded: &[&str]) -> Vec<Mistake> {
    let unrated = |id: &str| submissions > 0 && !is_rated(stats, id) && !guarded.contains(&id);
    let any_rating = stats.iter().any(|stat| stat.ratings > 0);
    [
        (Mistake::LanguageOnly, any_rating && unrated(SYSTEM_DESIGN)),
        (Mistake::DataComplexity, unrated(DATABASE)),
        (Mistake::SoftSkills, unrated(COMMUNICATION)),
        (Mistake::PracticalExperience, unrated(EXPERIENCE)),
    ]
    .into_iter()
    .filter(|(_, fires)| *fires)
    .map(|(mistake, _)| mistake)
    .collect()
}

fn is_rated(stats: &[CompetencyStats], id: &str) -> bool {
    stats
        .iter()
        .any(|stat| stat.competency.id == id && stat.ratings > 0)
}

fn disagreement(stat: &CompetencyStats) -> Option<Flag> {
    let (lowest, highest) = (stat.lowest?, stat.highest?);
    (highest.value() - lowest.value() >= 2).then_some(Flag::Disagreement {
        competency: stat.competency,
        lowest,
        highest,
    })
}

fn coverage_gap(stat: &CompetencyStats) -> Option<Flag> {
    (stat.raters <= 1).then_some(Flag::CoverageGap {
        competency: stat.competency,
        raters: stat.raters,
    })
}
