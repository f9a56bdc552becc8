//! Mistake guards: the guide's hiring mistakes read from the ratings and the
//! recommendations, not only from missing ratings. Each guard names the interviews and
//! ratings that raised it, so the hiring team can look at them before deciding.
//!
//! - **A yes while a competency is weak or unassessed** ([`Guard::YesWhileWeak`]): at
//!   least one submitted interview recommends yes or strong yes, while the competency of
//!   a [`GuardRule`] has no 1–4 rating (unassessed) or a mean below the rule's
//!   `weak_below`. One rule per competency the guide warns about: system design
//!   (mistake 1), database depth (mistake 2), security for a role that handles
//!   sensitive data (the guide's "Security and Compliance Are Critical"), communication
//!   and collaboration (mistake 4), practical experience (mistake 5, unassessed only).
//! - **Only juniors advanced** ([`Guard::JuniorsOnly`], mistake 3): the role needs design
//!   and architecture leadership (senior or lead) and every candidate advanced for it is
//!   junior. A candidate is advanced when their submitted interviews hold more yes and
//!   strong yes than no and strong no recommendations; every candidate of the role
//!   counts, archived ones too (a hire is often archived once decided), because the
//!   mistake is about the team being built, not one shortlist. The model records no
//!   "hired" status, so the recommendations stand for it. The recommendations of other
//!   candidates are ratings under the blind rule: a caller showing the guard to a viewer
//!   passes only the candidates that viewer may see (`super::blind::may_see`).
//!
//! "Unassessed" waits for the interview plan: while a pending planned stage probes the
//! competency (`super::plan`), it is not done yet rather than a guard; a weak mean
//! raises the guard at once. Reads the latest submitted version of each interview, as
//! every aggregate does.

use std::borrow::Borrow;

use super::doc::records;
use crate::content::active::judgement as text;
use crate::content::scorecard::{
    competency_index, COMMUNICATION, DATABASE, EXPERIENCE, SECURITY, SYSTEM_DESIGN,
};

use super::aggregate::submissions_for;
use super::candidate::{Candidate, Role, RoleLevel};
use super::interview::{Interview, Submission};
use super::number::mean_hundredths;
use super::plan::plan_coverage;
use super::rating::{Decision, Score};

/// Below this mean (hundredths on the 1–4 scale: 2.50) a competency counts as weak for
/// a guard. 2.50 is halfway between "mixed" (2: partly meets the bar) and "strong" (3:
/// meets the bar for this role): below it, the ratings lean to not meeting the bar. The
/// guide's reasons are on each rule in [`GUARD_RULES`].
pub const WEAK_BELOW: u16 = 250;

/// A competency the guide says must not be skipped or weak when hiring.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GuardRule {
    /// Stable id (`data-guard` in the page); the same in every locale.
    pub id: &'static str,
    /// The competency id the rule reads.
    pub competency: &'static str,
    /// A mean below this (hundredths) is weak; 0: only "unassessed" raises the guard.
    pub weak_below: u16,
    /// Applies only to a role that handles sensitive data ([`Role::sensitive_data`]).
    pub sensitive_data_only: bool,
    pub title: &'static str,
    pub text: &'static str,
}

/// The competency guards, in the guide's order.
pub static GUARD_RULES: [GuardRule; 5] = [
    // Mistake 1: "Evaluate candidates based on system design reasoning, trade-off
    // thinking, and architectural judgment, not just syntax fluency."
    GuardRule {
        id: "system-design",
        competency: SYSTEM_DESIGN,
        weak_below: WEAK_BELOW,
        sensitive_data_only: false,
        title: text::GUARD_SYSTEM_DESIGN_TITLE,
        text: text::GUARD_SYSTEM_DESIGN_TEXT,
    },
    // Mistake 2: "Hiring engineers without strong database and modeling experience can
    // result in poorly structured data and stagnating performance."
    GuardRule {
        id: "database",
        competency: DATABASE,
        weak_below: WEAK_BELOW,
        sensitive_data_only: false,
        title: text::GUARD_DATABASE_TITLE,
        text: text::GUARD_DATABASE_TEXT,
    },
    // "When your product handles sensitive user data, financial transactions, or
    // regulated industry workflows, backend expertise is essential to ensure secure data
    // storage, encryption, authorization, auditing, and compliance controls." and
    // "Security is no longer optional."
    GuardRule {
        id: "security",
        competency: SECURITY,
        weak_below: WEAK_BELOW,
        sensitive_data_only: true,
        title: text::GUARD_SECURITY_TITLE,
        text: text::GUARD_SECURITY_TEXT,
    },
    // Mistake 4: "Communication and collaboration skills are vital to ensure backend
    // logic aligns with business needs and product goals."
    GuardRule {
        id: "communication",
        competency: COMMUNICATION,
        weak_below: WEAK_BELOW,
        sensitive_data_only: false,
        title: text::GUARD_COMMUNICATION_TITLE,
        text: text::GUARD_COMMUNICATION_TEXT,
    },
    // Mistake 5: "Failing to Assess Practical Experience": the mistake is not assessing
    // it, so only "unassessed" raises this guard; a weak rating was assessed.
    GuardRule {
        id: "experience",
        competency: EXPERIENCE,
        weak_below: 0,
        sensitive_data_only: false,
        title: text::GUARD_EXPERIENCE_TITLE,
        text: text::GUARD_EXPERIENCE_TEXT,
    },
];

/// The id of the only-juniors guard (`data-guard` in the page).
pub const JUNIOR_ONLY_ID: &str = "junior-only";

/// A yes or strong yes recommendation that raised a guard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Vote {
    pub interviewer: String,
    /// A stage id.
    pub stage: String,
    pub decision: Decision,
}

/// One submitted score of the guarded competency: a level or "no evidence".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evidence {
    pub interviewer: String,
    /// A stage id.
    pub stage: String,
    pub score: Score,
}

/// A raised guard and what raised it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Guard {
    /// Yes recommendations while the rule's competency is weak (`mean` below the bar) or
    /// unassessed (`mean` is `None`).
    YesWhileWeak {
        rule: &'static GuardRule,
        /// The yes and strong yes recommendations, by interviewer, then stage (then
        /// interview id).
        yes: Vec<Vote>,
        /// Every submitted score of the competency, in the same order.
        ratings: Vec<Evidence>,
        /// Hundredths; `None` when nobody gave a 1–4 rating.
        mean: Option<u16>,
    },
    /// Every candidate advanced for `role` is junior: their names and levels.
    JuniorsOnly {
        role: String,
        advanced: Vec<(String, RoleLevel)>,
    },
}

impl Guard {
    /// The stable id of the guard.
    pub fn id(&self) -> &'static str {
        match self {
            Guard::YesWhileWeak { rule, .. } => rule.id,
            Guard::JuniorsOnly { .. } => JUNIOR_ONLY_ID,
        }
    }

    pub fn title(&self) -> &'static str {
        match self {
            Guard::YesWhileWeak { rule, .. } => rule.title,
            Guard::JuniorsOnly { .. } => text::GUARD_JUNIOR_ONLY_TITLE,
        }
    }

    pub fn text(&self) -> &'static str {
        match self {
            Guard::YesWhileWeak { rule, .. } => rule.text,
            Guard::JuniorsOnly { .. } => text::GUARD_JUNIOR_ONLY_TEXT,
        }
    }

    /// The competency id a competency guard reads.
    pub fn competency(&self) -> Option<&'static str> {
        match self {
            Guard::YesWhileWeak { rule, .. } => Some(rule.competency),
            Guard::JuniorsOnly { .. } => None,
        }
    }
}

/// Every guard raised for `candidate`, applying for `role`: the competency guards in
/// [`GUARD_RULES`] order, then the only-juniors guard.
pub fn guards(
    candidate: &Candidate,
    role: &Role,
    candidates: &[impl Borrow<Candidate>],
    interviews: &[impl Borrow<Interview>],
) -> Vec<Guard> {
    let submissions = in_order(&submissions_for(&candidate.id, interviews));
    let plan = plan_coverage(candidate, role, interviews);
    let pending = |rule: &GuardRule| {
        let index = competency_index(rule.competency);
        let coverage = plan.as_ref().zip(index).map(|(plan, index)| plan[index]);
        coverage.is_some_and(|coverage| !coverage.pending.is_empty())
    };
    let mut raised: Vec<Guard> = GUARD_RULES
        .iter()
        .filter(|rule| !rule.sensitive_data_only || role.sensitive_data)
        .filter_map(|rule| yes_while_weak(rule, &submissions, pending(rule)))
        .collect();
    raised.extend(juniors_only(role, candidates, interviews));
    raised
}

/// `submissions` by interviewer, then stage, then interview id, so the order of the
/// document never changes a guard. An insertion sort: a handful of items, and far less
/// code in the widget than the standard library's sorts.
fn in_order<'a>(submissions: &[Submission<'a>]) -> Vec<Submission<'a>> {
    let key = |submission: &Submission<'a>| {
        let interview = submission.interview;
        (
            interview.interviewer.as_str(),
            interview.stage.as_str(),
            interview.id.as_str(),
        )
    };
    let mut sorted: Vec<Submission<'a>> = Vec::with_capacity(submissions.len());
    for submission in submissions {
        let at = sorted
            .iter()
            .position(|other| key(other) > key(submission))
            .unwrap_or(sorted.len());
        sorted.insert(at, *submission);
    }
    sorted
}

fn is_yes(decision: Decision) -> bool {
    matches!(decision, Decision::Yes | Decision::StrongYes)
}

fn is_no(decision: Decision) -> bool {
    matches!(decision, Decision::No | Decision::StrongNo)
}

/// `pending`: a pending planned stage probes the competency, so "unassessed" waits.
fn yes_while_weak(
    rule: &'static GuardRule,
    submissions: &[Submission],
    pending: bool,
) -> Option<Guard> {
    let index = competency_index(rule.competency)?;
    let yes: Vec<Vote> = submissions
        .iter()
        .filter(|submission| is_yes(submission.decision))
        .map(|submission| Vote {
            interviewer: submission.interview.interviewer.clone(),
            stage: submission.interview.stage.clone(),
            decision: submission.decision,
        })
        .collect();
    if yes.is_empty() {
        return None;
    }
    let ratings: Vec<Evidence> = submissions
        .iter()
        .map(|submission| Evidence {
            interviewer: submission.interview.interviewer.clone(),
            stage: submission.interview.stage.clone(),
            score: submission.ratings[index].score,
        })
        .collect();
    let levels = ratings.iter().filter_map(|evidence| evidence.score.level());
    let (sum, count) = levels.fold((0, 0), |(sum, count), level| {
        (sum + u32::from(level.value()), count + 1)
    });
    let mean = mean_hundredths(sum, count);
    let weak = match mean {
        Some(mean) => mean < rule.weak_below,
        None => !pending,
    };
    weak.then_some(Guard::YesWhileWeak {
        rule,
        yes,
        ratings,
        mean,
    })
}

/// Whether `candidate` is advanced: more yes than no recommendations submitted.
pub fn is_advanced(candidate: &Candidate, interviews: &[impl Borrow<Interview>]) -> bool {
    let submissions = submissions_for(&candidate.id, interviews);
    let count = |keep: fn(Decision) -> bool| {
        submissions
            .iter()
            .filter(|submission| keep(submission.decision))
            .count()
    };
    count(is_yes) > count(is_no)
}

fn juniors_only(
    role: &Role,
    candidates: &[impl Borrow<Candidate>],
    interviews: &[impl Borrow<Interview>],
) -> Option<Guard> {
    if !role.level.needs_architecture_leadership() {
        return None;
    }
    let advanced: Vec<&Candidate> = records(candidates)
        .filter(|candidate| candidate.role == role.name && is_advanced(candidate, interviews))
        .collect();
    let all_junior = advanced
        .iter()
        .all(|candidate| candidate.level == RoleLevel::Junior);
    (!advanced.is_empty() && all_junior).then(|| Guard::JuniorsOnly {
        role: role.name.clone(),
        advanced: advanced
            .iter()
            .map(|candidate| (candidate.name.clone(), candidate.level))
            .collect(),
    })
}
