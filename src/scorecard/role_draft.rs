//! Role drafts: from the quiz's recommendation (a [`RoleLink`]) to a scorecard role the
//! user reviews before anything changes: the level, competency weights that follow the
//! skills the verdict ranked (each raised weight with the skill that raised it, whose
//! reason the review shows), and an interview plan whose stages probe those
//! competencies first. Pure; the review screen is `crate::ui::scorecard::role`.
//!
//! The rules, from the hiring guide:
//! - **Level.** "Growth requires leadership in design and architecture. Combining senior
//!   backend expertise with junior support often yields better long-term outcomes": a
//!   senior or lead first is a senior role; a mid-level or senior beside the lead is a
//!   mid-level role; juniors under the seniors is a junior role.
//! - **Weights.** The level's preset, then each ranked skill's competency raised above
//!   every other, strongest skill highest ([`RAISE_STEP`] apart), so the weights declared
//!   up front say what the verdict prioritised. A skill maps to the competency the guide
//!   lists it under ("Here are the architecture skills employers should prioritize"):
//!   performance to database depth ("Indexing and query optimization"; the database
//!   modelling challenge evaluates "their ability to optimize queries").
//! - **Plan.** Every stage of the guide's "structured evaluation process", those whose
//!   questions probe the strongest raised competency most first (then the next one's),
//!   the content's stage order breaking ties.

use crate::content::scorecard::{
    competency_index, API_INTEGRATION, DATABASE, INFRASTRUCTURE, SECURITY, STAGE_IDS, STAGE_PROBES,
    SYSTEM_DESIGN,
};

use super::candidate::RoleLevel;
use super::role_link::RoleLink;
use super::weights::Weights;

/// How far apart raised weights are, and how far the weakest raised one stands above
/// the preset's highest.
pub const RAISE_STEP: u16 = 5;

/// A competency weight the recommendation raised, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RaisedWeight {
    /// A `COMPETENCIES` id.
    pub competency: &'static str,
    /// The recommended skill (a `role_link::SKILL_IDS` entry) that raised it.
    pub skill: &'static str,
    pub weight: u16,
}

/// A role as the recommendation drafts it; nothing is stored until it is accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleDraft {
    pub level: RoleLevel,
    pub weights: Weights,
    /// Strongest first; one per competency.
    pub raised: Vec<RaisedWeight>,
    /// Stage ids, in the order to run them.
    pub plan: Vec<&'static str>,
    /// What the draft was made from.
    pub link: RoleLink,
}

/// The competency a recommended skill is assessed by.
pub fn skill_competency(skill: &str) -> &'static str {
    match skill {
        "skill.security" => SECURITY,
        "skill.data" | "skill.performance" => DATABASE,
        "skill.integrations" => API_INTEGRATION,
        "skill.infrastructure" => INFRASTRUCTURE,
        _ => SYSTEM_DESIGN,
    }
}

/// The level of the first hire for a recommended seniority mix.
pub fn seniority_level(seniority: &str) -> RoleLevel {
    match seniority {
        "seniority.add-capacity" => RoleLevel::Mid,
        "seniority.juniors-next" => RoleLevel::Junior,
        _ => RoleLevel::Senior,
    }
}

/// The draft for `link`.
pub fn draft_role(link: &RoleLink) -> RoleDraft {
    let level = seniority_level(link.seniority);
    let (weights, raised) = raise(Weights::preset(level), &link.skills);
    RoleDraft {
        level,
        weights,
        plan: plan(&raised),
        raised,
        link: link.clone(),
    }
}

/// `preset` with each skill's competency raised, strongest highest.
fn raise(preset: Weights, skills: &[&'static str]) -> (Weights, Vec<RaisedWeight>) {
    let mut raised: Vec<RaisedWeight> = Vec::new();
    for skill in skills {
        let competency = skill_competency(skill);
        if !raised.iter().any(|known| known.competency == competency) {
            raised.push(RaisedWeight {
                competency,
                skill,
                weight: 0,
            });
        }
    }
    let top = preset.values().into_iter().max().unwrap_or(0);
    let mut weights = preset;
    let count = raised.len() as u16;
    for (rank, entry) in raised.iter_mut().enumerate() {
        entry.weight = top + RAISE_STEP * (count - rank as u16);
        // Below MAX_WEIGHT by far, and the total stays above 0: never refused.
        weights = weights
            .with(entry.competency, entry.weight)
            .unwrap_or(weights);
    }
    (weights, raised)
}

/// Every stage, those probing the raised competencies most first.
fn plan(raised: &[RaisedWeight]) -> Vec<&'static str> {
    let competencies: Vec<&str> = raised.iter().map(|entry| entry.competency).collect();
    plan_order(&competencies)
        .into_iter()
        .map(|stage| STAGE_IDS[stage])
        .collect()
}

/// Every stage's position in `STAGES`, those whose questions probe `competencies`
/// (strongest first) most first, then the next one's; the content's stage order breaks
/// ties. The role draft's plan, and the stages of the quiz's hiring brief
/// (`crate::quiz::brief`), which reads it without the question banks.
pub fn plan_order(competencies: &[&str]) -> Vec<usize> {
    // Each stage's counts for `competencies`, strongest first, read as the digits of one
    // number (a count is below 256): comparing the numbers compares the counts in
    // order. Insertion instead of a sort (a handful of stages; the stable sort costs wasm).
    let mut ordered: Vec<(u64, usize)> = Vec::new();
    for (stage, counts) in STAGE_PROBES.iter().enumerate() {
        let key = competencies.iter().fold(0u64, |key, id| {
            let count = competency_index(id).map_or(0, |index| counts[index]);
            (key << 8) | u64::from(count)
        });
        let at = ordered.partition_point(|(placed, _)| *placed >= key);
        ordered.insert(at, (key, stage));
    }
    ordered.into_iter().map(|(_, stage)| stage).collect()
}

/// The competencies (positions in `COMPETENCIES`) the questions of the stage at
/// position `stage` probe, those most questions probe first, the content's order on
/// ties: what the review and the hiring brief say a stage probes.
pub fn stage_probes(stage: usize) -> Vec<usize> {
    let counts = STAGE_PROBES.get(stage).copied().unwrap_or_default();
    let mut probed = Vec::new();
    for count in (1..=counts.into_iter().max().unwrap_or(0)).rev() {
        probed.extend((0..counts.len()).filter(|index| counts[*index] == count));
    }
    probed
}
