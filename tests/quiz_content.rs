//! Native validation of the readiness quiz content (src/content/quiz/).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::collections::BTreeSet;

use backend_ready::content::quiz::{
    question, AdviceGroup, Kind, Question, Severity, AREAS, BANDS, MAX_SKILLS, MODELS, QUESTIONS,
    SENIORITY, SIGNALS, SKILLS, TIMING, URGENCY,
};
use backend_ready::quiz::score::available;
use backend_ready::scorecard::role_link::SKILL_IDS;
use common::quiz::{EVERY_GROWTH, EVERY_INTEGRATION, EVERY_SENSITIVE, EVERY_SYMPTOM};

const GROUPS: [&AdviceGroup; 4] = [&TIMING, &SKILLS, &SENIORITY, &MODELS];

fn all_answer_ids() -> Vec<&'static str> {
    QUESTIONS
        .iter()
        .flat_map(|question| question.answers.iter().map(|answer| answer.id))
        .collect()
}

fn assert_unique(kind: &str, ids: &[&str]) {
    let mut seen = BTreeSet::new();
    for id in ids {
        assert!(seen.insert(*id), "duplicate {kind} id {id}");
    }
}

fn is_url_safe_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn assert_text(what: &str, text: &str) {
    assert!(!text.trim().is_empty(), "{what} is empty");
    assert_eq!(text, text.trim(), "{what} has stray spaces");
    assert!(!text.contains("  "), "{what} has a double space: {text}");
}

fn assert_one_sentence(what: &str, text: &str) {
    assert_text(what, text);
    assert!(
        text.ends_with('.'),
        "{what} must end with a full stop: {text}"
    );
    assert!(
        !text[..text.len() - 1].contains(". "),
        "{what} must be one sentence: {text}"
    );
}

#[test]
fn has_between_10_and_16_questions_of_both_kinds() {
    assert!((10..=16).contains(&QUESTIONS.len()), "{}", QUESTIONS.len());
    let singles = QUESTIONS.iter().filter(|q| q.kind == Kind::Single).count();
    let multis = QUESTIONS.iter().filter(|q| q.kind == Kind::Multi).count();
    assert!(
        singles >= 2 && multis >= 2,
        "{singles} single, {multis} multi"
    );
}

#[test]
fn ids_are_unique_everywhere() {
    let question_ids: Vec<&str> = QUESTIONS.iter().map(|q| q.id).collect();
    assert_unique("question", &question_ids);
    assert_unique("answer", &all_answer_ids());
    let area_ids: Vec<&str> = AREAS.iter().map(|a| a.id).collect();
    assert_unique("area", &area_ids);
    let band_ids: Vec<&str> = BANDS.iter().map(|b| b.id).collect();
    assert_unique("band", &band_ids);
    let advice_ids: Vec<&str> = GROUPS
        .iter()
        .flat_map(|group| group.advices.iter().map(|advice| advice.id))
        .collect();
    assert_unique("advice", &advice_ids);
}

#[test]
fn ids_are_short_and_safe_in_links() {
    for question in QUESTIONS {
        assert!(is_url_safe_id(question.id), "question id {}", question.id);
        for answer in question.answers {
            let prefix = format!("{}.", question.id);
            let short = answer.id.strip_prefix(&prefix);
            assert!(short.is_some(), "{} must start with {prefix}", answer.id);
            assert!(is_url_safe_id(short.unwrap()), "answer id {}", answer.id);
            assert_eq!(answer.short_id(question), short.unwrap());
        }
    }
    for id in AREAS.iter().map(|a| a.id).chain(BANDS.iter().map(|b| b.id)) {
        assert!(is_url_safe_id(id), "id {id}");
    }
}

#[test]
fn every_question_has_answers_and_sane_exclusives() {
    for question in QUESTIONS {
        assert!(
            question.answers.len() >= 2,
            "{} has too few answers",
            question.id
        );
        let exclusives = question.answers.iter().filter(|a| a.exclusive).count();
        match question.kind {
            Kind::Single => assert_eq!(exclusives, 0, "{} is single-choice", question.id),
            Kind::Multi => assert!(exclusives <= 1, "{} has several exclusives", question.id),
        }
        for answer in question.answers.iter().filter(|a| a.exclusive) {
            assert!(answer.points.is_empty(), "{} must score nothing", answer.id);
        }
    }
}

#[test]
fn points_go_to_known_areas_and_every_area_gets_some() {
    for question in QUESTIONS {
        for answer in question.answers {
            for points in answer.points {
                assert!(
                    AREAS.iter().any(|area| area.id == points.area),
                    "{} scores in unknown area {}",
                    answer.id,
                    points.area
                );
                assert!(points.points > 0, "{} lists zero points", answer.id);
            }
        }
    }
    for area in AREAS {
        let total: u32 = QUESTIONS.iter().map(|q| available(area.id, q)).sum();
        assert!(total > 0, "area {} never receives points", area.id);
    }
}

/// One answer of each single-choice question is best in every area at once, so all
/// maximum answers reach 100 overall.
#[test]
fn every_single_choice_question_has_one_best_answer() {
    for question in QUESTIONS.iter().filter(|q| q.kind == Kind::Single) {
        let best = question.answers.iter().any(|answer| {
            AREAS
                .iter()
                .all(|area| answer.points_for(area.id) == available(area.id, question))
        });
        assert!(
            best,
            "{} has no answer that is best everywhere",
            question.id
        );
    }
}

#[test]
fn branching_conditions_point_back_to_earlier_answers() {
    let mut branching = 0;
    for (index, question) in QUESTIONS.iter().enumerate() {
        let Some(condition) = question.shown_if else {
            continue;
        };
        branching += 1;
        let earlier: &[Question] = &QUESTIONS[..index];
        let source = earlier.iter().find(|q| q.id == condition.question);
        assert!(
            source.is_some(),
            "{} depends on a later or unknown question",
            question.id
        );
        assert!(
            !condition.any_of.is_empty(),
            "{} has an empty condition",
            question.id
        );
        for answer in condition.any_of {
            assert!(
                source.unwrap().answer(answer).is_some(),
                "{} depends on unknown answer {answer}",
                question.id
            );
        }
    }
    assert!(branching >= 1, "the quiz should branch somewhere");
}

#[test]
fn bands_ascend_in_severity_and_timing() {
    assert!(BANDS.len() >= 3);
    assert_eq!(
        BANDS[0].reached_by,
        Severity::Note,
        "the calmest band is the default"
    );
    for pair in BANDS.windows(2) {
        assert!(pair[0].reached_by < pair[1].reached_by, "bands must ascend");
        assert!(pair[0].timing_step < pair[1].timing_step);
    }
    for band in BANDS {
        if let Some((count, severity)) = band.or_several {
            assert!(count >= 2 && severity < band.reached_by, "band {}", band.id);
        }
        if band.escalates {
            // The next timing step must still say what the band says.
            assert_eq!(
                band.id, "hire-now",
                "only hiring now may escalate to interim help"
            );
        }
        assert!(band.timing_step < TIMING.advices.len(), "band {}", band.id);
    }
    let ids: Vec<&str> = BANDS.iter().map(|b| b.id).collect();
    assert_eq!(ids, ["not-yet", "prepare", "hire-now", "urgent"]);
}

#[test]
fn every_text_is_written() {
    for question in QUESTIONS {
        assert_text(question.id, question.prompt);
        assert_text(question.id, question.hint);
        for answer in question.answers {
            assert_text(answer.id, answer.label);
        }
    }
    for area in AREAS {
        assert_text(area.id, area.label);
    }
    for band in BANDS {
        assert_text(band.id, band.label);
        assert_text(band.id, band.summary);
        assert_one_sentence(band.id, band.why);
    }
    for group in GROUPS {
        assert_text(group.heading, group.heading);
        assert_one_sentence(group.heading, group.fallback_why);
        for advice in group.advices {
            assert_text(advice.id, advice.title);
            assert_text(advice.id, advice.text);
            for reason in advice.reasons {
                assert_one_sentence(advice.id, reason.why);
            }
        }
    }
    for reason in URGENCY {
        assert_one_sentence("urgency", reason.why);
    }
    for signal in SIGNALS {
        assert_one_sentence(signal.id, signal.why);
    }
}

/// Signals name existing answers, have unique ids, and are listed most severe first
/// (the verdict names the first ones it raises).
#[test]
fn signals_name_existing_answers_most_severe_first() {
    let answers = all_answer_ids();
    let mut ids = std::collections::BTreeSet::new();
    for signal in SIGNALS {
        assert!(ids.insert(signal.id), "signal {} twice", signal.id);
        assert!(!signal.triggers.is_empty(), "{}", signal.id);
        for trigger in signal.triggers {
            assert!(!trigger.is_empty(), "{}: an empty trigger", signal.id);
            for id in *trigger {
                assert!(answers.contains(id), "unknown answer {id} in {}", signal.id);
            }
        }
    }
    for pair in SIGNALS.windows(2) {
        assert!(
            pair[0].severity >= pair[1].severity,
            "{} before {}",
            pair[0].id,
            pair[1].id
        );
    }
    for group in GROUPS {
        if let Some(tie) = group.on_tie {
            assert!(
                group.advice(tie).is_some(),
                "{}: on_tie {tie}",
                group.heading
            );
        }
    }
}

#[test]
fn recommendation_rules_name_existing_answers() {
    let answers = all_answer_ids();
    let reasons = GROUPS
        .iter()
        .flat_map(|group| {
            group
                .advices
                .iter()
                .flat_map(|advice| advice.reasons.iter())
        })
        .chain(URGENCY.iter());
    for reason in reasons {
        assert!(
            !reason.when.is_empty(),
            "a reason needs answers: {}",
            reason.why
        );
        assert!(reason.weight > 0, "a reason needs a weight: {}", reason.why);
        for id in reason.when {
            assert!(
                answers.contains(id),
                "unknown answer {id} in: {}",
                reason.why
            );
        }
    }
    for group in GROUPS {
        assert!(group.advice(group.fallback).is_some(), "{}", group.heading);
    }
    assert!(MAX_SKILLS >= 1 && MAX_SKILLS <= SKILLS.advices.len());
}

#[test]
fn recommendation_covers_timing_skills_seniority_and_model() {
    let has = |group: &AdviceGroup, id: &str| group.advice(id).is_some();
    for id in ["timing.watch", "timing.plan", "timing.now", "timing.urgent"] {
        assert!(has(&TIMING, id), "{id}");
    }
    // The six skills a role link may carry (`role_link::SKILL_IDS`).
    assert_eq!(SKILL_IDS.len(), 6);
    for id in SKILL_IDS {
        assert!(has(&SKILLS, id), "{id}");
    }
    assert!(has(&SENIORITY, "seniority.lead-first"));
    for id in ["model.in-house", "model.dedicated", "model.hybrid"] {
        assert!(has(&MODELS, id), "{id}");
    }
}

#[test]
fn every_signal_of_the_guide_is_asked_about() {
    let signals: &[(&str, &[&str])] = &[
        // Moving beyond the MVP: users, data volume, integration complexity.
        ("stage", &["stage.mvp", "stage.growing"]),
        ("growth", EVERY_GROWTH),
        // Symptoms.
        ("symptoms", EVERY_SYMPTOM),
        // Scale and performance as priorities; vertical vs horizontal, caching, streaming.
        ("priorities", &["priorities.strategic"]),
        (
            "scaling",
            &[
                "scaling.bigger-server",
                "scaling.caching",
                "scaling.distributed",
            ],
        ),
        // Security and compliance.
        ("sensitive", EVERY_SENSITIVE),
        ("compliance", &["compliance.audit-due"]),
        // Integrations.
        ("integrations", EVERY_INTEGRATION),
        // Data modelling.
        ("data-model", &["data-model.tangled"]),
        // Team: in-house technical leadership, seniority mix.
        ("leadership", &["leadership.lead", "leadership.nobody"]),
        ("seniority", &["seniority.juniors", "seniority.mixed"]),
        // Strategy: time to market, long-term evolution vs stabilisation, budget.
        ("timeline", &["timeline.weeks"]),
        ("horizon", &["horizon.stabilise", "horizon.evolve"]),
        ("budget", &["budget.permanent", "budget.project"]),
    ];
    for (question_id, answer_ids) in signals {
        let question = question(question_id);
        assert!(question.is_some(), "missing question {question_id}");
        for answer_id in *answer_ids {
            assert!(
                question.unwrap().answer(answer_id).is_some(),
                "missing answer {answer_id}"
            );
        }
    }
}

#[test]
fn compliance_details_are_asked_only_about_sensitive_data() {
    let compliance = question("compliance").unwrap();
    let condition = compliance.shown_if.expect("compliance must branch");
    assert_eq!(condition.question, "sensitive");
    assert!(!condition.any_of.contains(&"sensitive.none"));
}
