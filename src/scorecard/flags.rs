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
//! - coverage gaps: a competency nobody rated, or only one interviewer rated. With an
//!   interview plan (`super::plan`), such a competency is "not done yet" while a pending
//!   planned stage probes it, and "missed" when nobody rated it and no planned stage
//!   probes it; an evidence mistake waits for the pending stages too.
//!
//! Evidence flags need at least one submitted interview: before that, the summary has
//! nothing to judge.

use crate::content::scorecard::{
    Competency, FlagText, COMMUNICATION, COVERAGE_NONE, COVERAGE_SINGLE, DATABASE, DISAGREEMENT,
    EXPERIENCE, MISTAKE_DATA_COMPLEXITY, MISTAKE_JUNIOR_ONLY, MISTAKE_LANGUAGE_ONLY,
    MISTAKE_PRACTICAL_EXPERIENCE, MISTAKE_SOFT_SKILLS, SYSTEM_DESIGN,
};

use super::aggregate::CompetencyStats;
use super::plan::{PlanCoverage, StageSet};
use super::rating::RatingLevel;
use crate::content::active::judgement as text;

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
    /// Nobody or one interviewer rated it, and planned stages that probe it are still
    /// pending: `stages`. `raters` is 0 or 1.
    NotDoneYet {
        competency: &'static Competency,
        raters: u32,
        stages: StageSet,
    },
    /// Nobody rated it, and no planned stage probes it.
    Missed {
        competency: &'static Competency,
    },
}

/// A competency the plan will still assess ([`Flag::NotDoneYet`]); the text's one
/// placeholder (`{0}`, from `{stages}` in the table) names the pending stages.
pub static NOT_DONE_YET: FlagText = FlagText {
    id: "not-done-yet",
    title: text::FLAG_PENDING_TITLE,
    text: text::FLAG_PENDING_TEXT.text,
};

/// A competency no planned stage probes ([`Flag::Missed`]).
pub static MISSED: FlagText = FlagText {
    id: "missed",
    title: text::FLAG_MISSED_TITLE,
    text: text::FLAG_MISSED_TEXT,
};

impl Flag {
    pub fn text(&self) -> &'static FlagText {
        match self {
            Flag::Mistake(mistake) => mistake.text(),
            Flag::Disagreement { .. } => &DISAGREEMENT,
            Flag::CoverageGap { raters: 0, .. } => &COVERAGE_NONE,
            Flag::CoverageGap { .. } => &COVERAGE_SINGLE,
            Flag::NotDoneYet { .. } => &NOT_DONE_YET,
            Flag::Missed { .. } => &MISSED,
        }
    }

    /// The competency the flag is about, if it is about one.
    pub fn competency(&self) -> Option<&'static Competency> {
        match self {
            Flag::Mistake(_) => None,
            Flag::Disagreement { competency, .. }
            | Flag::CoverageGap { competency, .. }
            | Flag::NotDoneYet { competency, .. }
            | Flag::Missed { competency } => Some(competency),
        }
    }
}

/// All flags of a summary: mistakes first, then disagreements, then coverage gaps.
/// `guarded`: competency ids whose guard fired, so their evidence mistake is left out.
/// `plan`: the candidate's plan coverage per competency (`super::plan::plan_coverage`),
/// `None` without a plan.
pub fn flags(
    stats: &[CompetencyStats],
    submissions: usize,
    guarded: &[&str],
    plan: Option<&[PlanCoverage]>,
) -> Vec<Flag> {
    let pending = |index: usize| plan.map_or(StageSet::default(), |plan| plan[index].pending);
    let waiting: Vec<&str> = stats
        .iter()
        .enumerate()
        .filter(|(index, _)| !pending(*index).is_empty())
        .map(|(_, stat)| stat.competency.id)
        .chain(guarded.iter().copied())
        .collect();
    let mut flags: Vec<Flag> = mistakes(stats, submissions, &waiting)
        .into_iter()
        .map(Flag::Mistake)
        .collect();
    if submissions > 0 {
        flags.extend(stats.iter().filter_map(disagreement));
        let gaps = stats.iter().enumerate();
        flags.extend(
            gaps.filter_map(|(index, stat)| coverage_gap(stat, plan.map(|plan| plan[index]))),
        );
    } else if let Some(plan) = plan {
        // What the plan misses is known before any interview.
        let missed = stats
            .iter()
            .zip(plan)
            .filter(|(_, planned)| !planned.probed);
        flags.extend(missed.map(|(stat, _)| Flag::Missed {
            competency: stat.competency,
        }));
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

fn coverage_gap(stat: &CompetencyStats, plan: Option<PlanCoverage>) -> Option<Flag> {
    if stat.raters > 1 {
        return None;
    }
    let (competency, raters) = (stat.competency, stat.raters);
    Some(match plan {
        Some(plan) if !plan.pending.is_empty() => Flag::NotDoneYet {
            competency,
            raters,
            stages: plan.pending,
        },
        Some(plan) if !plan.probed && raters == 0 => Flag::Missed { competency },
        _ => Flag::CoverageGap { competency, raters },
    })
}
