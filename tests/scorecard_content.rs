//! Native validation of the candidate scorecard content (src/content/scorecard.rs).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::collections::BTreeSet;

use backend_ready::content::scorecard::{
    competency, stage, weight_preset, FlagText, COMPETENCIES, COVERAGE_NONE, COVERAGE_SINGLE,
    DECISIONS, DISAGREEMENT, FORMULA_EXPLANATION, MISTAKES, NO_EVIDENCE, RATING_LEVELS,
    ROLE_LEVELS, STAGES, WEIGHT_PRESETS,
};
use backend_ready::scorecard::{Decision, RatingLevel, RoleLevel, Weights};
use common::COMPETENCY_IDS_V1;

fn assert_unique(kind: &str, ids: impl IntoIterator<Item = &'static str>) {
    let mut seen = BTreeSet::new();
    for id in ids {
        assert!(seen.insert(id), "duplicate {kind} id {id}");
    }
}

fn is_stable_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.')
}

fn assert_text(what: &str, text: &str) {
    assert!(!text.trim().is_empty(), "{what} is empty");
    assert_eq!(text, text.trim(), "{what} has stray spaces");
    assert!(!text.contains("  "), "{what} has a double space: {text}");
}

fn all_ids() -> Vec<&'static str> {
    let competencies = COMPETENCIES.iter().map(|c| c.id);
    let stages = STAGES.iter().map(|s| s.id);
    let questions = STAGES.iter().flat_map(|s| s.questions.iter().map(|q| q.id));
    let decisions = DECISIONS.iter().map(|d| d.id);
    let levels = RATING_LEVELS.iter().chain([&NO_EVIDENCE]).map(|l| l.id);
    let roles = ROLE_LEVELS.iter().map(|r| r.id);
    let flags = MISTAKES.iter().map(|f| f.id);
    competencies
        .chain(stages)
        .chain(questions)
        .chain(decisions)
        .chain(levels)
        .chain(roles)
        .chain(flags)
        .collect()
}

#[test]
fn has_the_seven_competencies_with_stable_ids() {
    let ids: Vec<&str> = COMPETENCIES.iter().map(|c| c.id).collect();
    assert_eq!(ids, COMPETENCY_IDS_V1);
    assert_unique("competency", ids);
}

#[test]
fn ids_are_stable_and_unique_within_each_kind() {
    for id in all_ids() {
        assert!(is_stable_id(id), "id {id} is not lowercase a-z 0-9 - .");
    }
    assert_unique("stage", STAGES.iter().map(|s| s.id));
    assert_unique(
        "question",
        STAGES.iter().flat_map(|s| s.questions.iter().map(|q| q.id)),
    );
    assert_unique("decision", DECISIONS.iter().map(|d| d.id));
    assert_unique(
        "rating level",
        RATING_LEVELS.iter().chain([&NO_EVIDENCE]).map(|l| l.id),
    );
    assert_unique("role level", ROLE_LEVELS.iter().map(|r| r.id));
    let flags = [DISAGREEMENT, COVERAGE_NONE, COVERAGE_SINGLE];
    assert_unique("flag", flags.iter().chain(&MISTAKES).map(|f| f.id));
}

#[test]
fn every_competency_has_texts_and_what_to_look_for() {
    for competency in &COMPETENCIES {
        assert_text(competency.id, competency.label);
        assert_text(competency.id, competency.why);
        assert!(
            (3..=4).contains(&competency.look_for.len()),
            "{} has {} points to look for",
            competency.id,
            competency.look_for.len()
        );
        for point in competency.look_for {
            assert_text(competency.id, point);
        }
    }
}

#[test]
fn every_competency_has_four_distinct_anchors() {
    let mut all = BTreeSet::new();
    for competency in &COMPETENCIES {
        for (level, anchor) in competency.anchors.iter().enumerate() {
            assert_text(competency.id, anchor);
            assert!(anchor.ends_with('.'), "{} anchor {level}", competency.id);
            assert!(all.insert(*anchor), "anchor reused: {anchor}");
        }
    }
    assert_eq!(all.len(), 7 * 4);
}

#[test]
fn anchors_are_reached_through_rating_levels() {
    let design = competency("system-design").unwrap();
    assert_eq!(RatingLevel::Weak.anchor(design), design.anchors[0]);
    assert_eq!(RatingLevel::Exceptional.anchor(design), design.anchors[3]);
}

#[test]
fn the_scale_has_four_levels_and_no_evidence() {
    let ids: Vec<&str> = RATING_LEVELS.iter().map(|l| l.id).collect();
    assert_eq!(ids, ["weak", "mixed", "strong", "exceptional"]);
    assert_eq!(NO_EVIDENCE.id, "no-evidence");
    for level in RATING_LEVELS.iter().chain([&NO_EVIDENCE]) {
        assert_text(level.id, level.label);
        assert_text(level.id, level.meaning);
    }
    for level in RatingLevel::ALL {
        assert_eq!(RatingLevel::from_value(level.value()), Some(level));
        assert_eq!(
            level.text().id,
            RATING_LEVELS[usize::from(level.value()) - 1].id
        );
    }
    assert_eq!(RatingLevel::from_value(0), None);
    assert_eq!(RatingLevel::from_value(5), None);
}

#[test]
fn has_the_five_stages_with_three_to_five_questions() {
    let ids: Vec<&str> = STAGES.iter().map(|s| s.id).collect();
    assert_eq!(
        ids,
        [
            "architecture-case-study",
            "database-modelling",
            "api-integration-scenarios",
            "infrastructure-awareness",
            "portfolio-walkthrough"
        ]
    );
    for stage in STAGES {
        assert_text(stage.id, stage.label);
        assert_text(stage.id, stage.purpose);
        let count = stage.questions.len();
        assert!(
            (3..=5).contains(&count),
            "{} has {count} questions",
            stage.id
        );
    }
}

#[test]
fn every_question_probes_known_competencies() {
    for question in STAGES.iter().flat_map(|s| s.questions) {
        assert_text(question.id, question.prompt);
        assert!(
            !question.probes.is_empty(),
            "{} probes nothing",
            question.id
        );
        assert_unique("probe", question.probes.iter().copied());
        for id in question.probes {
            assert!(
                competency(id).is_some(),
                "{} probes unknown {id}",
                question.id
            );
        }
    }
}

#[test]
fn question_ids_start_with_a_short_stage_name() {
    for stage in STAGES {
        let prefixes: BTreeSet<&str> = stage
            .questions
            .iter()
            .map(|q| q.id.split('.').next().unwrap())
            .collect();
        assert_eq!(prefixes.len(), 1, "{} mixes question prefixes", stage.id);
    }
}

#[test]
fn every_competency_is_probed_by_some_stage() {
    for competency in &COMPETENCIES {
        let probing: Vec<&str> = STAGES
            .iter()
            .filter(|s| {
                s.questions
                    .iter()
                    .any(|q| q.probes.contains(&competency.id))
            })
            .map(|s| s.id)
            .collect();
        assert!(!probing.is_empty(), "nothing probes {}", competency.id);
    }
}

#[test]
fn each_stage_probes_the_competency_it_is_named_for() {
    let named = [
        ("architecture-case-study", "system-design"),
        ("database-modelling", "database"),
        ("api-integration-scenarios", "api-integration"),
        ("infrastructure-awareness", "infrastructure"),
        ("portfolio-walkthrough", "experience"),
    ];
    for (stage_id, competency_id) in named {
        let stage = stage(stage_id).unwrap();
        let probes = stage.questions.iter().flat_map(|q| q.probes);
        assert!(probes.clone().any(|id| *id == competency_id), "{stage_id}");
    }
}

#[test]
fn has_the_five_decisions_in_model_order() {
    let ids: Vec<&str> = DECISIONS.iter().map(|d| d.id).collect();
    assert_eq!(ids, ["strong-no", "no", "yes", "strong-yes", "no-decision"]);
    for (decision, text) in Decision::ALL.iter().zip(&DECISIONS) {
        assert_eq!(decision.id(), text.id);
        assert_eq!(Decision::from_id(text.id), Some(*decision));
        assert_text(text.id, text.label);
        assert_text(text.id, text.meaning);
    }
}

#[test]
fn has_the_four_role_levels_in_model_order() {
    let ids: Vec<&str> = ROLE_LEVELS.iter().map(|r| r.id).collect();
    assert_eq!(ids, ["junior", "mid", "senior", "lead"]);
    for level in RoleLevel::ALL {
        assert_eq!(RoleLevel::from_id(level.id()), Some(level));
        assert_text(level.id(), level.text().label);
    }
}

#[test]
fn every_flag_has_a_title_and_plain_words() {
    let flags: Vec<&FlagText> = [&DISAGREEMENT, &COVERAGE_NONE, &COVERAGE_SINGLE]
        .into_iter()
        .chain(&MISTAKES)
        .collect();
    assert_eq!(flags.len(), 8);
    for flag in flags {
        assert_text(flag.id, flag.title);
        assert_text(flag.id, flag.text);
        assert!(flag.text.ends_with('.'), "{}", flag.id);
    }
}

#[test]
fn the_formula_explanation_names_weights_means_and_no_evidence() {
    assert_text("formula", FORMULA_EXPLANATION);
    for word in ["weight", "mean", "no evidence"] {
        assert!(FORMULA_EXPLANATION.contains(word), "formula misses {word}");
    }
}

#[test]
fn presets_cover_every_level_and_competency_and_sum_to_100() {
    let levels: Vec<&str> = WEIGHT_PRESETS.iter().map(|p| p.level).collect();
    assert_eq!(levels, ["junior", "mid", "senior", "lead"]);
    for preset in &WEIGHT_PRESETS {
        assert_text(preset.level, preset.rationale);
        assert_unique(
            "preset competency",
            preset.weights.iter().map(|(id, _)| *id),
        );
        let covered: BTreeSet<&str> = preset.weights.iter().map(|(id, _)| *id).collect();
        let all: BTreeSet<&str> = COMPETENCIES.iter().map(|c| c.id).collect();
        assert_eq!(
            covered, all,
            "{} does not cover every competency",
            preset.level
        );
        let sum: u32 = preset.weights.iter().map(|(_, w)| u32::from(*w)).sum();
        assert_eq!(sum, 100, "{} sums to {sum}", preset.level);
        assert!(
            preset.weights.iter().all(|(_, w)| *w > 0),
            "{}",
            preset.level
        );
    }
}

#[test]
fn presets_are_valid_weights_and_match_the_model() {
    for level in RoleLevel::ALL {
        let preset = weight_preset(level.id()).unwrap();
        let validated = Weights::new(preset.weights).unwrap();
        assert_eq!(Weights::preset(level), validated);
        assert_eq!(validated.total(), 100);
    }
}

#[test]
fn senior_presets_weigh_system_design_more_than_junior_ones() {
    let design = |level| Weights::preset(level).get("system-design");
    assert!(design(RoleLevel::Junior) < design(RoleLevel::Senior));
    assert!(design(RoleLevel::Senior) < design(RoleLevel::Lead));
}
