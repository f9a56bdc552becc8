//! Role links and role drafts (issue 17): the quiz's recommendation carried to the
//! scorecard as a strict, versioned link, and the role it drafts.

mod common;

use backend_ready::content::quiz::{MODELS, SENIORITY, SKILLS};
use backend_ready::content::scorecard::{
    competency_index, COMPETENCIES, DATABASE, DATABASE_MODELLING, SECURITY, STAGES, SYSTEM_DESIGN,
};
use backend_ready::quiz::{decode_answers, evaluate};
use backend_ready::scorecard::role_draft::{draft_role, RAISE_STEP};
use backend_ready::scorecard::role_link::{
    decode_role, encode_role, RoleLink, RoleLinkError, MAX_ROLE_LINK_LEN, MODEL_IDS, SENIORITY_IDS,
    SKILL_IDS,
};
use backend_ready::scorecard::{RoleLevel, Weights};
use common::damage::cuts;

/// A company whose data is wrong and whose model nobody dares change, with juniors only.
const DATA_HEAVY: &str = "v1;stage:mvp;growth:data;symptoms:bad-data;data-model:tangled;\
                          leadership:nobody;seniority:juniors;horizon:evolve";

fn link_of(answers: &str) -> String {
    let result = evaluate(&decode_answers(answers).expect("answers decode"));
    let rec = &result.recommendation;
    let skills: Vec<&str> = rec.skills.iter().map(|point| point.id).collect();
    encode_role(&skills, rec.seniority.id, rec.model.id)
}

#[test]
fn the_links_ids_are_the_quiz_contents() {
    let ids = |group: &backend_ready::content::quiz::AdviceGroup| -> Vec<&str> {
        group.advices.iter().map(|advice| advice.id).collect()
    };
    assert_eq!(ids(&SKILLS), SKILL_IDS);
    assert_eq!(ids(&SENIORITY), SENIORITY_IDS);
    assert_eq!(ids(&MODELS), MODEL_IDS);
}

#[test]
fn a_link_round_trips() {
    let link = RoleLink {
        skills: vec!["skill.data", "skill.architecture", "skill.security"],
        seniority: "seniority.lead-first",
        model: "model.in-house",
    };
    let encoded = encode_role(&link.skills, link.seniority, link.model);
    assert_eq!(
        encoded,
        "v1;skills:data,architecture,security;seniority:lead-first;model:in-house"
    );
    assert_eq!(decode_role(&encoded), Ok(link));
}

#[test]
fn every_recommendation_round_trips() {
    for skill in SKILL_IDS {
        for seniority in SENIORITY_IDS {
            for model in MODEL_IDS {
                let encoded = encode_role(&[skill], seniority, model);
                let link = decode_role(&encoded).expect("decodes");
                assert_eq!(
                    (link.skills, link.seniority, link.model),
                    (vec![skill], seniority, model)
                );
            }
        }
    }
}

#[test]
fn fields_may_come_in_any_order() {
    let link = decode_role("v1;model:hybrid;seniority:juniors-next;skills:security").unwrap();
    assert_eq!(link.skills, ["skill.security"]);
    assert_eq!(link.seniority, "seniority.juniors-next");
    assert_eq!(link.model, "model.hybrid");
}

#[test]
fn strictness_refuses_with_the_right_kind() {
    use RoleLinkError::*;
    let cases: &[(&str, RoleLinkError)] = &[
        (
            "v2;skills:data;seniority:lead-first;model:hybrid",
            UnsupportedVersion,
        ),
        (
            "v10;skills:data;seniority:lead-first;model:hybrid",
            UnsupportedVersion,
        ),
        (
            "skills:data;seniority:lead-first;model:hybrid",
            MissingVersion,
        ),
        ("", MissingVersion),
        (
            "v;skills:data;seniority:lead-first;model:hybrid",
            MissingVersion,
        ),
        (
            "v1;skills:data;seniority:lead-first;model:hybrid;salary:high",
            UnknownField,
        ),
        (
            "v1;skills:data;skills:security;seniority:lead-first;model:hybrid",
            DuplicateField,
        ),
        (
            "v1;skills:data;seniority:lead-first;model:hybrid;model:hybrid",
            DuplicateField,
        ),
        ("v1;skills:data;seniority:lead-first", MissingField),
        ("v1;seniority:lead-first;model:hybrid", MissingField),
        ("v1", MissingField),
        (
            "v1;skills:data;seniority:lead-first;model:freelance",
            UnknownValue,
        ),
        (
            "v1;skills:cooking;seniority:lead-first;model:hybrid",
            UnknownValue,
        ),
        (
            "v1;skills:skill.data;seniority:lead-first;model:hybrid",
            UnknownValue,
        ),
        (
            "v1;skills:data,data;seniority:lead-first;model:hybrid",
            DuplicateValue,
        ),
        (
            "v1;skills:data;seniority:lead-first,juniors-next;model:hybrid",
            DuplicateValue,
        ),
        (
            "v1;skills:data,security,architecture,integrations;seniority:lead-first;model:hybrid",
            TooManySkills,
        ),
        ("v1;skills:data;seniority;model:hybrid", Malformed),
        ("v1;skills:;seniority:lead-first;model:hybrid", Malformed),
        (
            "v1;skills:data,;seniority:lead-first;model:hybrid",
            Malformed,
        ),
        (
            "v1;skills:data;seniority:lead-first;model:hybrid;",
            Malformed,
        ),
    ];
    for (encoded, expected) in cases {
        assert_eq!(decode_role(encoded), Err(*expected), "{encoded}");
    }
    let long = format!(
        "v1;skills:data;seniority:lead-first;model:hybrid{}",
        " ".repeat(MAX_ROLE_LINK_LEN)
    );
    assert_eq!(decode_role(&long), Err(TooLong));
}

#[test]
fn a_link_never_panics_on_any_prefix_of_a_good_one() {
    let good = "v1;skills:data,architecture;seniority:lead-first;model:in-house";
    for cut in cuts(good) {
        let _ = decode_role(cut);
    }
}

#[test]
fn a_data_heavy_recommendation_drafts_a_database_first_role() {
    let encoded = link_of(DATA_HEAVY);
    let link = decode_role(&encoded).expect("the quiz's link decodes");
    assert_eq!(link.skills[0], "skill.data", "{encoded}");
    let draft = draft_role(&link);
    let values = draft.weights.values();
    let top = values.iter().max().unwrap();
    let database = values[competency_index(DATABASE).unwrap()];
    assert_eq!(database, *top);
    assert_eq!(
        values.iter().filter(|weight| *weight == top).count(),
        1,
        "database depth alone is on top: {values:?}"
    );
    assert_eq!(draft.raised[0].competency, DATABASE);
    assert_eq!(draft.raised[0].skill, "skill.data");
    assert_eq!(draft.plan[0], DATABASE_MODELLING);
    assert_eq!(
        draft.level,
        RoleLevel::Senior,
        "juniors only: a senior first"
    );
}

#[test]
fn raised_weights_follow_the_ranking_above_the_preset() {
    let link =
        decode_role("v1;skills:security,architecture,data;seniority:add-capacity;model:hybrid")
            .unwrap();
    let draft = draft_role(&link);
    assert_eq!(draft.level, RoleLevel::Mid);
    let preset = Weights::preset(RoleLevel::Mid);
    let preset_top = preset.values().into_iter().max().unwrap();
    let raised: Vec<(&str, u16)> = draft
        .raised
        .iter()
        .map(|r| (r.competency, r.weight))
        .collect();
    assert_eq!(
        raised,
        [
            (SECURITY, preset_top + 3 * RAISE_STEP),
            (SYSTEM_DESIGN, preset_top + 2 * RAISE_STEP),
            (DATABASE, preset_top + RAISE_STEP),
        ]
    );
    for (index, competency) in COMPETENCIES.iter().enumerate() {
        let expected = raised
            .iter()
            .find(|(id, _)| *id == competency.id)
            .map_or(preset.values()[index], |(_, weight)| *weight);
        assert_eq!(
            draft.weights.get(competency.id),
            expected,
            "{}",
            competency.id
        );
    }
}

#[test]
fn two_skills_of_one_competency_raise_it_once_with_the_stronger_reason() {
    let link =
        decode_role("v1;skills:performance,data;seniority:juniors-next;model:in-house").unwrap();
    let draft = draft_role(&link);
    assert_eq!(draft.level, RoleLevel::Junior);
    assert_eq!(draft.raised.len(), 1);
    assert_eq!(draft.raised[0].skill, "skill.performance");
}

#[test]
fn the_plan_holds_every_stage_once_probing_the_strongest_first() {
    for skill in SKILL_IDS {
        let link = decode_role(&encode_role(
            &[skill],
            "seniority.lead-first",
            "model.hybrid",
        ))
        .unwrap();
        let draft = draft_role(&link);
        let mut sorted = draft.plan.clone();
        sorted.sort_unstable();
        let mut all: Vec<&str> = STAGES.iter().map(|stage| stage.id).collect();
        all.sort_unstable();
        assert_eq!(sorted, all, "{skill}");
        let first = STAGES
            .iter()
            .find(|stage| stage.id == draft.plan[0])
            .unwrap();
        let competency = draft.raised[0].competency;
        let probing = |stage: &backend_ready::content::scorecard::Stage| {
            stage
                .questions
                .iter()
                .filter(|q| q.probes.contains(&competency))
                .count()
        };
        assert!(
            STAGES.iter().all(|stage| probing(stage) <= probing(first)),
            "{skill}: {} first",
            first.id
        );
    }
}

mod role_plans {
    //! A role's plan in files and the stored document: optional, so what earlier builds
    //! wrote reads as before; version 4 of the store only when a role has a plan.

    use backend_ready::export::{export_doc, import_doc};
    use backend_ready::scorecard::{Role, RoleLevel, ScorecardDoc};
    use backend_ready::storage::scorecard_doc::{decode, encode, StoredScorecard};

    fn with_role_plan(sensitive: bool) -> StoredScorecard {
        let mut role = Role::new("Backend engineer", RoleLevel::Senior);
        role.sensitive_data = sensitive;
        role.plan = vec![
            "database-modelling".into(),
            "architecture-case-study".into(),
        ];
        StoredScorecard {
            doc: ScorecardDoc {
                roles: vec![role],
                ..ScorecardDoc::default()
            },
            interviewer: "Ann".into(),
            unknown: Vec::new(),
        }
    }

    #[test]
    fn a_roles_plan_travels_in_files_and_the_store() {
        for sensitive in [false, true] {
            let stored = with_role_plan(sensitive);
            let file = export_doc(&stored.doc);
            assert!(
                file.contains(r#""plan":["database-modelling","architecture-case-study"]"#),
                "{file}"
            );
            assert_eq!(import_doc(&file).unwrap(), stored.doc);
            let text = encode(&stored);
            assert!(text.contains(r#""version":4"#), "{text}");
            // After the sensitive-data flag and the (empty) team questions.
            let item =
                format!(r#",{sensitive},[],["database-modelling","architecture-case-study"]]"#);
            assert!(text.contains(&item), "{text}");
            assert_eq!(decode(&text).unwrap(), stored);
        }
    }

    #[test]
    fn without_a_role_plan_the_store_keeps_its_old_version() {
        let mut stored = with_role_plan(true);
        stored.doc.roles[0].plan.clear();
        let text = encode(&stored);
        assert!(text.contains(r#""version":2"#), "{text}");
        assert!(text.contains(",true]]"), "{text}");
        stored.doc.roles[0].sensitive_data = false;
        assert!(encode(&stored).contains(r#""version":1"#));
    }

    #[test]
    fn a_bad_role_plan_is_refused() {
        let text = encode(&with_role_plan(false));
        let good = r#"["database-modelling","architecture-case-study"]"#;
        for bad in [
            r#"["database-modelling","database-modelling"]"#,
            r#"["cooking"]"#,
            "[]",
            r#""database-modelling""#,
            r#"[1]"#,
            r#"["database-modelling"],"extra""#,
        ] {
            let damaged = text.replace(good, bad);
            assert!(decode(&damaged).is_err(), "{damaged}");
        }
        let file = export_doc(&with_role_plan(false).doc);
        for bad in [
            r#"["database-modelling","database-modelling"]"#,
            r#"["cooking"]"#,
            r#"[1]"#,
            r#""database-modelling""#,
        ] {
            let damaged = file.replace(good, bad);
            assert!(import_doc(&damaged).is_err(), "{damaged}");
        }
    }
}

mod review {
    //! The scorecard's review of a drafted role: nothing changes before Accept, Decline
    //! leaves no trace, Accept adds the role and says so by ids.

    use super::{decode_role, DATABASE, DATABASE_MODELLING};
    use backend_ready::scorecard::RoleLevel;
    use backend_ready::ui::scorecard::state::{
        CandidateFields, DocEdit, Event, Notice, ScorecardMsg, ScorecardState, ViewMsg,
    };

    fn offered() -> ScorecardState {
        let mut state = ScorecardState::default();
        let link =
            decode_role("v1;skills:data,architecture;seniority:lead-first;model:in-house").unwrap();
        let changed = state.apply(ScorecardMsg::View(ViewMsg::OfferRole {
            link,
            from_link: true,
        }));
        assert!(!changed, "an offer changes nothing");
        assert!(state.role_offer.is_some());
        state
    }

    #[test]
    fn declining_leaves_no_trace() {
        let mut state = offered();
        let before = state.doc.clone();
        assert!(!state.apply(ScorecardMsg::View(ViewMsg::DeclineRole)));
        assert_eq!(state.role_offer, None);
        assert_eq!(state.doc, before);
        assert!(state.events.is_empty());
        assert!(state.notices.is_empty());
    }

    #[test]
    fn accepting_adds_the_role_and_new_candidates_start_with_its_plan() {
        let mut state = offered();
        assert!(state.apply(ScorecardMsg::View(ViewMsg::AcceptRole {
            name: "  Data engineer  ".into()
        })));
        assert_eq!(state.role_offer, None);
        let role = &state.doc.roles[0];
        assert_eq!(role.name, "Data engineer");
        assert_eq!(role.level, RoleLevel::Senior);
        let top = role.weights.values().into_iter().max().unwrap();
        assert_eq!(role.weights.get(DATABASE), top);
        assert_eq!(role.plan[0], DATABASE_MODELLING);
        assert_eq!(
            state.events,
            [Event::RoleAccepted {
                skills: vec!["skill.data", "skill.architecture"],
                level: "senior",
                model: "model.in-house",
            }]
        );
        assert_eq!(state.notices, [Notice::RoleAdded("Data engineer".into())]);
        state.apply(ScorecardMsg::Edit(DocEdit::AddCandidate {
            id: "c1".into(),
            fields: CandidateFields {
                name: "Ada".into(),
                role: "Data engineer".into(),
                level: RoleLevel::Senior,
                notes: String::new(),
            },
        }));
        let plan: Vec<&str> = state.doc.candidates[0]
            .plan
            .iter()
            .map(|planned| planned.stage.as_str())
            .collect();
        assert_eq!(plan, state.doc.roles[0].plan);
        assert!(state.doc.candidates[0]
            .plan
            .iter()
            .all(|p| p.interviewer.is_empty()));
    }

    #[test]
    fn a_blank_or_taken_name_is_refused_and_the_draft_stays() {
        let mut state = offered();
        assert!(!state.apply(ScorecardMsg::View(ViewMsg::AcceptRole {
            name: "  ".into()
        })));
        assert!(state.problem.is_some());
        assert!(state.apply(ScorecardMsg::View(ViewMsg::AcceptRole { name: "A".into() })));
        let mut again = offered();
        again.doc = state.doc.clone();
        assert!(!again.apply(ScorecardMsg::View(ViewMsg::AcceptRole { name: "A".into() })));
        assert!(again.problem.is_some());
        assert!(again.role_offer.is_some());
        assert_eq!(again.doc.roles.len(), 1);
    }
}
