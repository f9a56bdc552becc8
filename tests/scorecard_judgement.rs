//! Native tests of the scorecard's judgement (issue 12): the mistake guards that read
//! ratings and decisions, the interview plan's coverage flags, and scores that show
//! their coverage. Every expected value is computed by hand in the comments.
#![cfg(not(target_arch = "wasm32"))]

mod fixtures;

use backend_ready::content::fill;
use backend_ready::scorecard::guards::{Evidence, Guard, GuardRule, Vote, GUARD_RULES, WEAK_BELOW};
use backend_ready::scorecard::{
    summarise, Candidate, Decision, Interview, RatingLevel, Role, RoleLevel, Score, Summary,
};
use fixtures::{rated, submit};

const ARCH: &str = "architecture-case-study";
const DB: &str = "database-modelling";
const API: &str = "api-integration-scenarios";
const PORTFOLIO: &str = "portfolio-walkthrough";
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
        interview(
            "i1",
            "Ann",
            ARCH,
            [1, 3, 3, 3, 3, 3, 3],
            Decision::StrongYes,
        ),
        interview("i2", "Bob", DB, [2, 3, 3, 3, 3, 3, 3], Decision::StrongYes),
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
        interview("i1", "Ann", ARCH, [2, 3, 3, 3, 3, 3, 3], Decision::Yes),
        interview("i2", "Bob", DB, [3, 3, 3, 3, 3, 3, 3], Decision::Yes),
    ];
    assert!(summary(&senior_role(), &[ada()], &at_bar).guards.is_empty());
    // 2 and 2 and 3: 7 ÷ 3 = 2.33, below.
    let below = [
        interview("i1", "Ann", ARCH, [2, 3, 3, 3, 3, 3, 3], Decision::Yes),
        interview("i2", "Bob", DB, [2, 3, 3, 3, 3, 3, 3], Decision::Yes),
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
        interview("i1", "Ann", ARCH, [1, 1, 3, 3, 1, 1, 0], Decision::No),
        interview("i2", "Bob", DB, [1, 1, 3, 3, 1, 1, 0], Decision::NoDecision),
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
        interview("i1", "Ann", ARCH, [3, 2, 3, 3, 1, 0, 0], Decision::Yes),
        interview("i2", "Bob", DB, [3, 2, 3, 3, 1, 0, 0], Decision::StrongYes),
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
    let weak = [interview(
        "i1",
        "Ann",
        PORTFOLIO,
        [3, 3, 3, 3, 3, 3, 1],
        Decision::Yes,
    )];
    assert!(summary(&senior_role(), &[ada()], &weak).guards.is_empty());
    assert_eq!(rule("experience").weak_below, 0);
}

/// A fired guard replaces the plain "no evidence" flag of the same competency.
#[test]
fn a_guard_replaces_the_plain_evidence_flag_of_its_competency() {
    use backend_ready::scorecard::{Flag, Mistake};
    let interviews = [interview(
        "i1",
        "Ann",
        ARCH,
        [3, 3, 3, 3, 3, 0, 3],
        Decision::Yes,
    )];
    let summary = summary(&senior_role(), &[ada()], &interviews);
    assert_eq!(guard_ids(&summary), ["communication"]);
    assert!(!summary.flags.contains(&Flag::Mistake(Mistake::SoftSkills)));
    let no_yes = [interview(
        "i1",
        "Ann",
        ARCH,
        [3, 3, 3, 3, 3, 0, 3],
        Decision::No,
    )];
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
    let summary = summarise(&juniors[0], &senior_role(), &juniors, &[]);
    assert!(summary.guards.is_empty());
    assert!(summary.flags.is_empty());
}

// ---------------------------------------------------------------- texts

#[test]
fn fill_replaces_named_placeholders() {
    assert_eq!(
        fill("{a} of {b}, {a}", &[("a", "2"), ("b", "4")]),
        "2 of 4, 2"
    );
    assert_eq!(fill("{unknown} {", &[("a", "1")]), "{unknown} {");
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
