//! Native tests of the scorecard's judgement (issue 12): the mistake guards that read
//! ratings and decisions, the interview plan's coverage flags, and scores that show
//! their coverage. Every expected value is computed by hand in the comments.
#![cfg(not(target_arch = "wasm32"))]

mod common;
mod fixtures;

use backend_ready::content::{fill_named, Template};
use backend_ready::scorecard::coverage::{Coverage, COMPLETE_COVERAGE_PERCENT};
use backend_ready::scorecard::guards::{Evidence, Guard, GuardRule, Vote, GUARD_RULES, WEAK_BELOW};
use backend_ready::scorecard::plan::{progress, PlannedStage, Progress, StageSet};
use backend_ready::scorecard::{
    compare, summarise, Candidate, Decision, Flag, Interview, Mistake, RatingLevel, Role,
    RoleLevel, Score, Summary,
};
use fixtures::{rated, submit};

const ARCH: &str = "architecture-case-study";
const DB: &str = "database-modelling";
const API: &str = "api-integration-scenarios";
const PORTFOLIO: &str = "portfolio-walkthrough";
const INFRA: &str = "infrastructure-awareness";
const ROLE: &str = "Backend engineer";

fn ada() -> Candidate {
    Candidate::new("c1", "Ada", ROLE, RoleLevel::Senior)
}

fn senior_role() -> Role {
    Role::new(ROLE, RoleLevel::Senior)
}

/// Scores in COMPETENCIES order: system-design, database, api-integration,
/// infrastructure, security, communication, experience; 1–4 a level, 0 no evidence.
fn interview(id: &str, who: &str, stage: &str, scores: [u8; 7], decision: Decision) -> Interview {
    submit(rated(id, "c1", who, stage, scores), decision)
}

/// Ann's interview (`i1`) of Ada at `stage`, submitted.
fn ann(stage: &str, scores: [u8; 7], decision: Decision) -> Interview {
    interview("i1", "Ann", stage, scores, decision)
}

/// Bob's interview (`i2`) of Ada at `stage`, submitted.
fn bob(stage: &str, scores: [u8; 7], decision: Decision) -> Interview {
    interview("i2", "Bob", stage, scores, decision)
}

fn summary(role: &Role, candidates: &[Candidate], interviews: &[Interview]) -> Summary {
    summarise(&candidates[0], role, candidates, interviews)
}

fn rule(id: &str) -> &'static GuardRule {
    GUARD_RULES.iter().find(|rule| rule.id == id).unwrap()
}

fn guard_ids(summary: &Summary) -> Vec<&'static str> {
    summary.guards.iter().map(Guard::id).collect()
}

fn vote(who: &str, stage: &str, decision: Decision) -> Vote {
    Vote {
        interviewer: who.into(),
        stage: stage.into(),
        decision,
    }
}

fn evidence(who: &str, stage: &str, value: u8) -> Evidence {
    let score = RatingLevel::from_value(value).map_or(Score::NoEvidence, Score::Level);
    Evidence {
        interviewer: who.into(),
        stage: stage.into(),
        score,
    }
}

// ---------------------------------------------------------------- guards

/// The case: two strong yes beside a system-design mean of 1.50.
/// Ann rates system design 1, Bob 2: mean (1 + 2) ÷ 2 = 1.50 < 2.50.
/// Everything else is 3 (strong), so no other guard fires.
#[test]
fn two_strong_yes_beside_weak_system_design_raise_the_first_guard() {
    let interviews = [
        ann(ARCH, [1, 3, 3, 3, 3, 3, 3], Decision::StrongYes),
        bob(DB, [2, 3, 3, 3, 3, 3, 3], Decision::StrongYes),
    ];
    let summary = summary(&senior_role(), &[ada()], &interviews);
    assert_eq!(
        summary.guards,
        [Guard::YesWhileWeak {
            rule: rule("system-design"),
            yes: vec![
                vote("Ann", ARCH, Decision::StrongYes),
                vote("Bob", DB, Decision::StrongYes)
            ],
            ratings: vec![evidence("Ann", ARCH, 1), evidence("Bob", DB, 2)],
            mean: Some(150),
        }]
    );
}

#[test]
fn the_weak_bar_is_a_mean_below_two_and_a_half() {
    assert_eq!(WEAK_BELOW, 250);
    // 2 and 3: mean 2.50, not below the bar.
    let at_bar = [
        ann(ARCH, [2, 3, 3, 3, 3, 3, 3], Decision::Yes),
        bob(DB, [3, 3, 3, 3, 3, 3, 3], Decision::Yes),
    ];
    assert!(summary(&senior_role(), &[ada()], &at_bar).guards.is_empty());
    // 2 and 2 and 3: 7 ÷ 3 = 2.33, below.
    let below = [
        ann(ARCH, [2, 3, 3, 3, 3, 3, 3], Decision::Yes),
        bob(DB, [2, 3, 3, 3, 3, 3, 3], Decision::Yes),
        interview("i3", "Cy", API, [3, 3, 3, 3, 3, 3, 3], Decision::No),
    ];
    let summary = summary(&senior_role(), &[ada()], &below);
    assert_eq!(guard_ids(&summary), ["system-design"]);
    let Guard::YesWhileWeak { yes, mean, .. } = &summary.guards[0] else {
        panic!()
    };
    assert_eq!(*mean, Some(233));
    assert_eq!(yes.len(), 2, "only the yes recommendations raise it");
}

#[test]
fn without_a_yes_weak_ratings_raise_no_guard() {
    let interviews = [
        ann(ARCH, [1, 1, 3, 3, 1, 1, 0], Decision::No),
        bob(DB, [1, 1, 3, 3, 1, 1, 0], Decision::NoDecision),
    ];
    assert!(summary(&senior_role(), &[ada()], &interviews)
        .guards
        .is_empty());
}

/// Database 2 and 2: mean 2.00; communication unassessed (no evidence twice);
/// experience unassessed; security 1 but the role has no sensitive data.
#[test]
fn each_competency_guard_fires_on_weak_or_unassessed() {
    let interviews = [
        ann(ARCH, [3, 2, 3, 3, 1, 0, 0], Decision::Yes),
        bob(DB, [3, 2, 3, 3, 1, 0, 0], Decision::StrongYes),
    ];
    let role = senior_role();
    let plain = summary(&role, &[ada()], &interviews);
    assert_eq!(
        guard_ids(&plain),
        ["database", "communication", "experience"]
    );
    let Guard::YesWhileWeak { mean, ratings, .. } = &plain.guards[1] else {
        panic!()
    };
    assert_eq!(*mean, None, "unassessed");
    assert_eq!(
        *ratings,
        [evidence("Ann", ARCH, 0), evidence("Bob", DB, 0)],
        "the no-evidence scores are named too"
    );

    let mut sensitive = role.clone();
    sensitive.sensitive_data = true;
    let with_data = summary(&sensitive, &[ada()], &interviews);
    assert_eq!(
        guard_ids(&with_data),
        ["database", "security", "communication", "experience"]
    );
}

/// Practical experience rated weak (1) is assessed: mistake 5 is failing to assess it.
#[test]
fn practical_experience_guards_only_the_unassessed() {
    let weak = [ann(PORTFOLIO, [3, 3, 3, 3, 3, 3, 1], Decision::Yes)];
    assert!(summary(&senior_role(), &[ada()], &weak).guards.is_empty());
    assert_eq!(rule("experience").weak_below, 0);
}

/// A fired guard replaces the plain "no evidence" flag of the same competency.
#[test]
fn a_guard_replaces_the_plain_evidence_flag_of_its_competency() {
    let interviews = [ann(ARCH, [3, 3, 3, 3, 3, 0, 3], Decision::Yes)];
    let summary = summary(&senior_role(), &[ada()], &interviews);
    assert_eq!(guard_ids(&summary), ["communication"]);
    assert!(!summary.flags.contains(&Flag::Mistake(Mistake::SoftSkills)));
    let no_yes = [ann(ARCH, [3, 3, 3, 3, 3, 0, 3], Decision::No)];
    let plain = summarise(&ada(), &senior_role(), &[ada()], &no_yes);
    assert!(plain.flags.contains(&Flag::Mistake(Mistake::SoftSkills)));
}

fn decided(id: &str, candidate: &str, who: &str, decision: Decision) -> Interview {
    submit(rated(id, candidate, who, ARCH, [3; 7]), decision)
}

/// Across the candidates advanced for the role (more yes than no recommendations,
/// archived included), not one shortlist.
#[test]
fn only_juniors_advanced_for_a_senior_role_raise_the_third_guard() {
    let mut ida = Candidate::new("j1", "Ida", ROLE, RoleLevel::Junior);
    ida.archived = true; // hired earlier, archived: still counts
    let joe = Candidate::new("j2", "Joe", ROLE, RoleLevel::Junior);
    let sam = Candidate::new("s1", "Sam", ROLE, RoleLevel::Senior);
    let oz = Candidate::new("o1", "Oz", "Data engineer", RoleLevel::Senior);
    let candidates = vec![joe.clone(), ida, sam, oz];
    let interviews = vec![
        decided("a", "j1", "Ann", Decision::Yes),
        decided("b", "j2", "Ann", Decision::StrongYes),
        decided("c", "j2", "Bob", Decision::No),
        decided("d", "j2", "Cy", Decision::Yes), // Joe: 2 yes, 1 no: advanced
        decided("e", "s1", "Ann", Decision::No), // Sam: 0 yes, 1 no: not advanced
        decided("f", "o1", "Ann", Decision::StrongYes), // another role
    ];
    let role = senior_role();
    let summary = summary(&role, &candidates, &interviews);
    assert!(summary.guards.contains(&Guard::JuniorsOnly {
        role: ROLE.into(),
        advanced: vec![
            ("Joe".into(), RoleLevel::Junior),
            ("Ida".into(), RoleLevel::Junior)
        ],
    }));

    let mut sam_yes = interviews.clone();
    sam_yes.push(decided("g", "s1", "Bob", Decision::StrongYes));
    sam_yes.push(decided("h", "s1", "Cy", Decision::Yes)); // Sam: 2 yes, 1 no
    let mixed = summarise(&joe, &role, &candidates, &sam_yes);
    assert!(!guard_ids(&mixed).contains(&"junior-only"));

    let mid = Role::new(ROLE, RoleLevel::Mid);
    let for_mid = summarise(&joe, &mid, &candidates, &interviews);
    assert!(
        !guard_ids(&for_mid).contains(&"junior-only"),
        "a mid-level role needs no design lead"
    );
}

#[test]
fn an_all_junior_shortlist_with_nobody_advanced_raises_nothing_yet() {
    let juniors = vec![Candidate::new("j1", "Ida", ROLE, RoleLevel::Junior)];
    let summary = summarise(&juniors[0], &senior_role(), &juniors, &[] as &[Interview]);
    assert!(summary.guards.is_empty());
    assert!(summary.flags.is_empty());
}

// ---------------------------------------------------------------- plan

fn planned(stages: &[(&str, &str)]) -> Candidate {
    let mut candidate = ada();
    candidate.plan = stages
        .iter()
        .map(|(stage, who)| PlannedStage {
            stage: (*stage).into(),
            interviewer: (*who).into(),
        })
        .collect();
    candidate
}

fn competency(id: &str) -> &'static backend_ready::content::scorecard::Competency {
    backend_ready::content::scorecard::competency(id).unwrap()
}

fn stages(ids: &[&str]) -> StageSet {
    StageSet::of(ids.iter().copied())
}

/// `candidate`'s interviews: `submitted` of the `planned` stages done.
fn assert_progress(
    candidate: &Candidate,
    interviews: &[Interview],
    submitted: usize,
    planned: usize,
) {
    assert_eq!(
        progress(candidate, interviews),
        Some(Progress { submitted, planned })
    );
}

/// Plan: architecture (Ann), database (Bob), portfolio (Cy); only Ann has submitted.
/// Ann rated system design, database, infrastructure and communication 3, the rest
/// "no evidence", and recommends yes. What the pending stages probe (content):
/// database stage: system design, database, API; portfolio: system design,
/// infrastructure, communication, security, experience.
#[test]
fn planned_pending_stages_say_not_done_yet_instead_of_missing() {
    let ada = planned(&[(ARCH, "Ann"), (DB, "Bob"), (PORTFOLIO, "Cy")]);
    let interviews = [ann(ARCH, [3, 3, 0, 3, 0, 3, 0], Decision::Yes)];
    assert_progress(&ada, &interviews, 1, 3);
    let summary = summary(&senior_role(), std::slice::from_ref(&ada), &interviews);
    let pending = |id, raters, ids: &[&str]| Flag::NotDoneYet {
        competency: competency(id),
        raters,
        stages: stages(ids),
    };
    assert_eq!(
        summary.flags,
        [
            pending("system-design", 1, &[DB, PORTFOLIO]),
            pending("database", 1, &[DB]),
            pending("api-integration", 0, &[DB]),
            pending("infrastructure", 1, &[PORTFOLIO]),
            pending("security", 0, &[PORTFOLIO]),
            pending("communication", 1, &[PORTFOLIO]),
            pending("experience", 0, &[PORTFOLIO]),
        ]
    );
    assert!(
        summary.guards.is_empty(),
        "a yes before the planned portfolio stage is not yet a guard for experience"
    );
}

/// Plan: architecture and database, both submitted. Security and experience are probed
/// by no planned stage: missed. Ann and Bob rated everything else 3.
#[test]
fn a_competency_no_planned_stage_probes_is_missed() {
    let ada = planned(&[(ARCH, "Ann"), (DB, "")]);
    let interviews = [
        ann(ARCH, [3, 3, 3, 3, 0, 3, 0], Decision::NoDecision),
        bob(DB, [3, 3, 3, 3, 0, 3, 0], Decision::NoDecision),
    ];
    assert_progress(&ada, &interviews, 2, 2);
    let summary = summary(&senior_role(), std::slice::from_ref(&ada), &interviews);
    assert_eq!(
        summary.flags,
        [
            Flag::Mistake(Mistake::PracticalExperience),
            Flag::Missed {
                competency: competency("security")
            },
            Flag::Missed {
                competency: competency("experience")
            },
        ]
    );
}

/// A planned stage that was done but found no evidence is "not assessed", as today.
#[test]
fn a_done_planned_stage_without_evidence_is_not_assessed() {
    let ada = planned(&[(INFRA, "Ann"), (API, "Bob")]);
    let interviews = [
        ann(INFRA, [3, 3, 3, 3, 3, 3, 3], Decision::No),
        bob(API, [3, 3, 3, 3, 0, 3, 3], Decision::No),
    ];
    let summary = summary(&senior_role(), std::slice::from_ref(&ada), &interviews);
    assert_eq!(
        summary.flags,
        [Flag::CoverageGap {
            competency: competency("security"),
            raters: 1
        }]
    );
}

#[test]
fn without_a_plan_the_flags_are_as_before() {
    let interviews = [ann(ARCH, [3, 3, 0, 3, 0, 3, 0], Decision::No)];
    assert_eq!(progress(&ada(), &interviews), None);
    let summary = summarise(&ada(), &senior_role(), &[ada()], &interviews);
    assert!(summary.flags.contains(&Flag::CoverageGap {
        competency: competency("api-integration"),
        raters: 0
    }));
    assert!(!summary
        .flags
        .iter()
        .any(|flag| matches!(flag, Flag::NotDoneYet { .. } | Flag::Missed { .. })));
}

#[test]
fn the_widget_saves_a_plan_and_a_roles_sensitive_data_flag() {
    use backend_ready::ui::scorecard::state::{DocEdit, Notice, ScorecardMsg};
    let mut state = common::scorecard::state_with_ada(ROLE);
    let plan = vec![
        PlannedStage {
            stage: ARCH.into(),
            interviewer: " Ann ".into(),
        },
        PlannedStage {
            stage: ARCH.into(),
            interviewer: "Bob".into(),
        },
    ];
    assert!(state.apply(ScorecardMsg::Edit(DocEdit::SetPlan {
        candidate: "c1".into(),
        plan: plan.clone(),
    })));
    let saved = &state.doc.candidates[0].plan;
    assert_eq!(saved.len(), 1, "one entry per stage");
    assert_eq!(saved[0].interviewer, "Ann", "trimmed");
    assert!(state.notices.contains(&Notice::PlanSaved));
    assert!(!state.apply(ScorecardMsg::Edit(DocEdit::SetPlan {
        candidate: "c1".into(),
        plan,
    })));
    assert!(state.apply(ScorecardMsg::Edit(DocEdit::SetSensitiveData {
        role: ROLE.into(),
        sensitive: true,
    })));
    assert!(state.doc.roles[0].sensitive_data);
    assert!(!state.apply(ScorecardMsg::Edit(DocEdit::SetSensitiveData {
        role: "Unknown".into(),
        sensitive: true,
    })));
}

// ---------------------------------------------------------------- coverage

fn person(id: &str, name: &str) -> Candidate {
    Candidate::new(id, name, ROLE, RoleLevel::Senior)
}

fn of(candidate: &str, id: &str, who: &str, scores: [u8; 7]) -> Interview {
    submit(
        rated(id, candidate, who, ARCH, scores),
        Decision::NoDecision,
    )
}

/// Senior weights: system design 20, database 15, API 15, infrastructure 15,
/// security 15, communication 10, experience 10; total 100.
/// - Ona: rated once, system design 4 only: 20 of 100 = 20%, overall 4.00: incomplete.
/// - Fay: everything rated, 3 4 3 3 4 3 4: (60 + 60 + 45 + 45 + 60 + 30 + 40) ÷ 100 =
///   3.40, 100%: rank 1.
/// - Cal: all 3 but security and communication: 75 of 100 = 75%, overall 3.00: rank 2.
/// - Dee: all 4 but system design and security: 65 of 100 = 65%: incomplete.
fn coverage_round() -> (Vec<Candidate>, Vec<Interview>) {
    let candidates = vec![
        person("a", "Ona"),
        person("b", "Fay"),
        person("c", "Cal"),
        person("d", "Dee"),
    ];
    let interviews = vec![
        of("a", "i1", "Ann", [4, 0, 0, 0, 0, 0, 0]),
        of("b", "i2", "Ann", [3, 4, 3, 3, 4, 3, 4]),
        of("b", "i3", "Bob", [3, 4, 3, 3, 4, 3, 4]),
        of("c", "i4", "Ann", [3, 3, 3, 3, 0, 0, 3]),
        of("d", "i5", "Ann", [0, 4, 4, 4, 0, 4, 4]),
    ];
    (candidates, interviews)
}

#[test]
fn the_overall_score_says_how_much_weight_and_how_many_interviews_it_rests_on() {
    let (candidates, interviews) = coverage_round();
    let role = senior_role();
    let ona = summarise(&candidates[0], &role, &candidates, &interviews);
    assert_eq!(ona.formula.overall, Some(400));
    assert_eq!(
        ona.coverage,
        Coverage {
            rated_weight: 20,
            role_weight: 100,
            interviews: 1
        }
    );
    assert_eq!(ona.coverage.percent(), 20);
    assert!(!ona.coverage.is_complete());
    let fay = summarise(&candidates[1], &role, &candidates, &interviews);
    assert_eq!(fay.formula.overall, Some(340));
    assert_eq!(fay.coverage.percent(), 100);
    assert_eq!(fay.coverage.interviews, 2);
    assert!(fay.coverage.is_complete());
}

#[test]
fn the_complete_bar_is_seventy_percent_of_the_roles_weight() {
    assert_eq!(COMPLETE_COVERAGE_PERCENT, 70);
    let at = |rated| Coverage {
        rated_weight: rated,
        role_weight: 200,
        interviews: 1,
    };
    assert!(at(140).is_complete(), "exactly 70%");
    assert!(!at(139).is_complete(), "69.5% rounds to 70 but is below");
    assert_eq!(at(139).percent(), 70);
}

/// Ona's 4.00 on 20% of the weight never ranks above Fay's fully assessed 3.40.
#[test]
fn the_comparison_ranks_only_complete_candidates() {
    let (candidates, interviews) = coverage_round();
    let rows = compare(
        &["a", "b", "c", "d"],
        &candidates,
        &interviews,
        &senior_role().weights,
    )
    .unwrap();
    let summary: Vec<(&str, Option<u16>, u16, Option<usize>)> = rows
        .iter()
        .map(|row| {
            (
                row.name.as_str(),
                row.overall,
                row.coverage.percent(),
                row.rank,
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            ("Ona", Some(400), 20, None),
            ("Fay", Some(340), 100, Some(1)),
            ("Cal", Some(300), 75, Some(2)),
            ("Dee", Some(400), 65, None),
        ]
    );
}

#[test]
fn equal_complete_scores_share_a_rank() {
    let candidates = vec![person("a", "Ona"), person("b", "Fay"), person("c", "Cal")];
    let interviews = vec![
        of("a", "i1", "Ann", [3; 7]),
        of("b", "i2", "Ann", [3; 7]),
        of("c", "i3", "Ann", [2; 7]),
    ];
    let rows = compare(
        &["c", "a", "b"],
        &candidates,
        &interviews,
        &senior_role().weights,
    )
    .unwrap();
    let ranks: Vec<Option<usize>> = rows.iter().map(|row| row.rank).collect();
    assert_eq!(ranks, [Some(3), Some(1), Some(1)]);
}

// ---------------------------------------------------------------- texts

/// Item 1: the infrastructure anchor at "Strong" reads like a platform owner's; the
/// junior bar asks for what a good junior can show.
#[test]
fn every_competency_has_a_bar_line_per_role_level() {
    use backend_ready::content::judgement::{level_bar, LEVEL_BARS};
    use backend_ready::content::scorecard::COMPETENCIES;
    for competency in &COMPETENCIES {
        let bars: Vec<&str> = (0..4)
            .map(|level| level_bar(competency.id, level).unwrap())
            .collect();
        for (index, bar) in bars.iter().enumerate() {
            assert!(!bar.is_empty(), "{} {index}", competency.id);
            assert!(
                !bars[..index].contains(bar),
                "{} {index}: repeated",
                competency.id
            );
        }
    }
    assert_eq!(LEVEL_BARS.len(), COMPETENCIES.len());
    assert_eq!(level_bar("unknown", 0), None);
    assert_eq!(level_bar("database", 4), None);
    let junior = level_bar("infrastructure", RoleLevel::Junior as usize).unwrap();
    assert!(junior.starts_with("can say how their code reaches production"));
}

#[test]
fn fill_named_puts_values_in_by_name() {
    // As build.rs generates "{a} of {b}, {a}": names in first use, `{i}` in the text.
    let template = Template {
        text: "{0} of {1}, {0}",
        names: &["a", "b"],
        before: "",
        after: " of {1}, {0}",
    };
    assert_eq!(fill_named(template, &[("b", "4"), ("a", "2")]), "2 of 4, 2");
    assert_eq!(fill_named(template, &[("a", "1")]), "1 of , 1");
}

#[test]
fn every_guard_rule_has_a_title_and_text_and_a_known_competency() {
    for rule in &GUARD_RULES {
        assert!(
            !rule.title.is_empty() && !rule.text.is_empty(),
            "{}",
            rule.id
        );
        assert!(
            backend_ready::content::scorecard::competency(rule.competency).is_some(),
            "{}",
            rule.id
        );
    }
}
