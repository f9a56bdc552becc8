//! The recommendation: when to hire, which skills to prioritise, the seniority mix and
//! the hiring model, each point with one sentence of why taken from the answers.
//!
//! Each point comes from an [`AdviceGroup`] in the content. An advice matches when all
//! answers of one of its reasons were chosen; its strength is its strongest matching
//! reason, whose sentence becomes the why. Advices are ranked by strength (content
//! order breaks ties). Skills list up to [`MAX_SKILLS`]; seniority and model take the
//! strongest. A group with no match gives its fallback advice and sentence.
//!
//! When the two strongest advices of a group are equally strong, the group's `on_tie`
//! advice is taken if it has one (the hiring model: hybrid), so a tie is decided by a
//! rule, not by content order.
//!
//! Timing is the band's step; from a band that `escalates`, it moves one step further
//! when an [`URGENCY`] reason matches (its sentence is the why). Otherwise the why is
//! the band's sentence.

use crate::content::quiz::{
    Advice, AdviceGroup, Band, Reason, MAX_SKILLS, MODELS, SENIORITY, SKILLS, TIMING, URGENCY,
};

/// One point of a recommendation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Point {
    /// Stable id, e.g. `skill.security`.
    pub id: &'static str,
    pub title: &'static str,
    pub text: &'static str,
    /// One sentence on why, from the answers.
    pub why: &'static str,
}

/// What the result recommends.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recommendation {
    pub timing: Point,
    /// Strongest first; at least one, at most [`MAX_SKILLS`].
    pub skills: Vec<Point>,
    pub seniority: Point,
    pub model: Point,
}

/// Builds the recommendation from the chosen answer ids (normal form) and the band.
pub(crate) fn recommend(chosen: &[&str], band: &Band) -> Recommendation {
    Recommendation {
        timing: timing(chosen, band),
        skills: top(&SKILLS, chosen, MAX_SKILLS),
        seniority: strongest(&SENIORITY, chosen),
        model: strongest(&MODELS, chosen),
    }
}

fn timing(chosen: &[&str], band: &Band) -> Point {
    let steps = TIMING.advices;
    let base = band.timing_step.min(steps.len() - 1);
    let urgency = best_reason(URGENCY, chosen).filter(|_| band.escalates);
    let (step, why) = match urgency {
        Some(reason) => ((base + 1).min(steps.len() - 1), reason.why),
        None => (base, band.why),
    };
    point(&steps[step], why)
}

fn top(group: &AdviceGroup, chosen: &[&str], limit: usize) -> Vec<Point> {
    let ranked = ranked(group, chosen);
    if ranked.is_empty() {
        return vec![fallback(group)];
    }
    ranked
        .into_iter()
        .take(limit)
        .map(|(advice, reason)| point(advice, reason.why))
        .collect()
}

fn strongest(group: &AdviceGroup, chosen: &[&str]) -> Point {
    let ranked = ranked(group, chosen);
    match ranked.as_slice() {
        [] => fallback(group),
        [(first, best), (_, second), ..] if best.weight == second.weight => {
            match group.on_tie.and_then(|id| group.advice(id)) {
                Some(tie) if tie.id != first.id => point(tie, tie_why(group, tie, &ranked)),
                _ => point(first, best.why),
            }
        }
        [(advice, reason), ..] => point(advice, reason.why),
    }
}

/// The why of the tie advice: its own strongest reason when it matched, else the
/// group's fallback sentence (the answers favour no advice over another).
fn tie_why(
    group: &AdviceGroup,
    tie: &Advice,
    ranked: &[(&'static Advice, &'static Reason)],
) -> &'static str {
    ranked
        .iter()
        .find(|(advice, _)| advice.id == tie.id)
        .map_or(group.fallback_why, |(_, reason)| reason.why)
}

/// Matching advices with their strongest reason, strongest first (stable on ties).
fn ranked(group: &AdviceGroup, chosen: &[&str]) -> Vec<(&'static Advice, &'static Reason)> {
    // Insertion by weight instead of `sort_by_key`: a group holds a handful of advices,
    // and the standard stable sort costs about 2 KB of wasm.
    let mut ranked: Vec<(&'static Advice, &'static Reason)> = Vec::new();
    for advice in group.advices {
        if let Some(reason) = best_reason(advice.reasons, chosen) {
            let at = ranked.partition_point(|(_, placed)| placed.weight >= reason.weight);
            ranked.insert(at, (advice, reason));
        }
    }
    ranked
}

/// The matching reason with the highest weight; the first one on ties.
fn best_reason(reasons: &'static [Reason], chosen: &[&str]) -> Option<&'static Reason> {
    let mut best: Option<&'static Reason> = None;
    for reason in reasons.iter().filter(|reason| matches(reason, chosen)) {
        if best.is_none_or(|current| reason.weight > current.weight) {
            best = Some(reason);
        }
    }
    best
}

fn matches(reason: &Reason, chosen: &[&str]) -> bool {
    !reason.when.is_empty() && reason.when.iter().all(|id| chosen.contains(id))
}

fn fallback(group: &AdviceGroup) -> Point {
    let advice = group.advice(group.fallback).unwrap_or(&group.advices[0]);
    point(advice, group.fallback_why)
}

fn point(advice: &Advice, why: &'static str) -> Point {
    Point {
        id: advice.id,
        title: advice.title,
        text: advice.text,
        why,
    }
}
