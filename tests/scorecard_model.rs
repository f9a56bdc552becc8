//! Native tests of the candidate scorecard model (src/scorecard): lifecycle, blind rule,
//! hand-computed aggregates, flags, weights, comparison, calibration, import merge, and
//! properties.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use backend_ready::content::messages::DECIMAL_SEPARATOR;
use backend_ready::content::scorecard::{
    COMPETENCIES, COVERAGE_NONE, COVERAGE_SINGLE, DISAGREEMENT, MISTAKE_LANGUAGE_ONLY,
};
use backend_ready::scorecard::aggregate::{competency_stats, formula, submissions_for};
use backend_ready::scorecard::{
    calibrate, compare, hundredths_text, hundredths_text_with, may_open, may_see, may_see_all,
    merge_interview, signed_hundredths_text, summarise, validate_interview, visible_interviews_for,
    wide_hundredths_text, Candidate, CompareError, Decision, EditError, Flag, Interview,
    InterviewProblem, MergeError, MergeOutcome, Mistake, RatingLevel, ReferenceError,
    ReferenceProblem, Role, RoleLevel, Score, ScorecardDoc, Seen, Status, Summary, Tendency,
    Weights, WeightsError,
};
use proptest::prelude::*;

const ARCH: &str = "architecture-case-study";
const DB: &str = "database-modelling";
const API: &str = "api-integration-scenarios";

/// 1–4 is a rating level, 0 is "no evidence".
fn score(value: u8) -> Score {
    RatingLevel::from_value(value).map_or(Score::NoEvidence, Score::Level)
}

/// A draft with every competency scored, in COMPETENCIES order: system-design,
/// database, api-integration, infrastructure, security, communication, experience.
fn draft(id: &str, candidate: &str, who: &str, stage: &str, scores: [u8; 7]) -> Interview {
    let mut interview = Interview::new(id, candidate, who, stage);
    for (competency, value) in COMPETENCIES.iter().zip(scores) {
        interview.rate(competency.id, score(value)).unwrap();
    }
    interview
}

fn submitted(id: &str, candidate: &str, who: &str, stage: &str, scores: [u8; 7]) -> Interview {
    let mut interview = draft(id, candidate, who, stage, scores);
    interview.record_decision(Decision::Yes).unwrap();
    interview.submit().unwrap();
    interview
}

/// Submitted with "no decision": no guard reads it.
fn abstained(id: &str, candidate: &str, who: &str, stage: &str, scores: [u8; 7]) -> Interview {
    let mut interview = draft(id, candidate, who, stage, scores);
    interview.record_decision(Decision::NoDecision).unwrap();
    interview.submit().unwrap();
    interview
}

fn senior_role() -> Role {
    Role::new("Backend engineer", RoleLevel::Senior)
}

fn candidates() -> Vec<Candidate> {
    vec![
        Candidate::new("c1", "Ada", "Backend engineer", RoleLevel::Senior),
        Candidate::new("c2", "Grace", "Backend engineer", RoleLevel::Mid),
    ]
}

/// The hiring round the aggregate tests compute by hand.
fn round() -> Vec<Interview> {
    let mut bob = submitted("i2", "c1", "Bob", DB, [4, 2, 3, 0, 2, 3, 0]);
    bob.revise().unwrap();
    bob.rate("database", score(1)).unwrap(); // unsubmitted draft: must not count
    vec![
        submitted("i1", "c1", "Ann", ARCH, [3, 2, 4, 1, 3, 0, 2]),
        bob,
        submitted("i3", "c1", "Cy", API, [2, 3, 4, 0, 0, 0, 0]),
        draft("i4", "c1", "Dee", ARCH, [1, 1, 1, 1, 1, 1, 1]),
        submitted("i5", "c2", "Dee", DB, [0, 4, 2, 0, 0, 3, 1]),
    ]
}

fn summary_of(candidate_id: &str, interviews: &[Interview]) -> Summary {
    let all = candidates();
    let candidate = all.iter().find(|c| c.id == candidate_id).unwrap();
    summarise(candidate, &senior_role(), &all, interviews)
}

fn means(summary: &Summary) -> Vec<Option<u16>> {
    summary.competencies.iter().map(|stat| stat.mean).collect()
}

fn competency(id: &str) -> &'static backend_ready::content::scorecard::Competency {
    backend_ready::content::scorecard::competency(id).unwrap()
}

// ---------------------------------------------------------------- lifecycle

#[test]
fn a_new_interview_is_an_empty_draft_at_version_one() {
    let interview = Interview::new("i1", "c1", "Ann", ARCH);
    assert_eq!(interview.status, Status::Draft);
    assert_eq!(interview.version, 1);
    assert_eq!(interview.decision, None);
    assert_eq!(interview.unrated().len(), 7);
    assert!(interview.latest_submitted().is_none());
}

#[test]
fn the_decision_waits_for_every_competency() {
    let mut interview = Interview::new("i1", "c1", "Ann", ARCH);
    interview.rate("database", score(3)).unwrap();
    interview.rate("security", Score::NoEvidence).unwrap();
    let refused = interview.record_decision(Decision::Yes);
    let Err(EditError::Unrated(missing)) = refused else {
        panic!("{refused:?}");
    };
    assert_eq!(
        missing,
        [
            "system-design",
            "api-integration",
            "infrastructure",
            "communication",
            "experience"
        ]
    );
    assert_eq!(interview.decision, None);
}

#[test]
fn changing_a_score_clears_the_decision_but_a_note_does_not() {
    let mut interview = draft("i1", "c1", "Ann", ARCH, [3, 3, 3, 3, 3, 3, 3]);
    interview.record_decision(Decision::StrongYes).unwrap();
    interview
        .set_note("database", "Indexed the hot query unprompted.")
        .unwrap();
    assert_eq!(interview.decision, Some(Decision::StrongYes));
    interview.rate("database", score(3)).unwrap(); // same score: no change
    assert_eq!(interview.decision, Some(Decision::StrongYes));
    interview.rate("database", score(2)).unwrap();
    assert_eq!(interview.decision, None);
    assert_eq!(
        interview.rating("database").unwrap().note,
        "Indexed the hot query unprompted."
    );
}

#[test]
fn submitting_needs_every_score_and_the_decision() {
    let mut interview = Interview::new("i1", "c1", "Ann", ARCH);
    assert!(matches!(interview.submit(), Err(EditError::Unrated(_))));
    let mut interview_rated = draft("i1", "c1", "Ann", ARCH, [1, 2, 3, 4, 0, 1, 2]);
    assert_eq!(interview_rated.submit(), Err(EditError::DecisionMissing));
    interview_rated.record_decision(Decision::No).unwrap();
    assert_eq!(interview_rated.submit(), Ok(()));
    assert_eq!(
        interview.rate("nope", score(1)),
        Err(EditError::UnknownCompetency("nope".to_string()))
    );
}

#[test]
fn a_submitted_interview_is_locked() {
    let mut interview = submitted("i1", "c1", "Ann", ARCH, [3, 3, 3, 3, 3, 3, 3]);
    let before = interview.clone();
    assert_eq!(interview.rate("database", score(1)), Err(EditError::Locked));
    assert_eq!(interview.set_note("database", "x"), Err(EditError::Locked));
    assert_eq!(
        interview.record_decision(Decision::No),
        Err(EditError::Locked)
    );
    assert_eq!(interview.submit(), Err(EditError::Locked));
    assert_eq!(interview, before);
    assert!(interview.is_locked());
}

#[test]
fn revising_files_the_submitted_version_and_opens_the_next() {
    let mut interview = submitted("i1", "c1", "Ann", ARCH, [3, 3, 3, 3, 3, 3, 3]);
    let v1 = interview.current_submission().unwrap();
    interview.revise().unwrap();
    assert_eq!(interview.version, 2);
    assert_eq!(interview.status, Status::Draft);
    assert_eq!(interview.decision, None);
    assert_eq!(interview.history, std::slice::from_ref(&v1));
    assert_eq!(interview.ratings, v1.ratings, "ratings carried over");
    // until v2 is submitted, aggregates still read v1
    interview.rate("database", score(1)).unwrap();
    assert_eq!(interview.latest_submitted().unwrap().version, 1);
    assert_eq!(interview.latest_submitted().unwrap().ratings, &v1.ratings);
    interview.record_decision(Decision::No).unwrap();
    interview.submit().unwrap();
    let latest = interview.latest_submitted().unwrap();
    assert_eq!((latest.version, latest.decision), (2, Decision::No));
    assert_eq!(interview.history, [v1], "history unchanged");
}

#[test]
fn only_a_submitted_interview_can_be_revised() {
    let mut interview = draft("i1", "c1", "Ann", ARCH, [3, 3, 3, 3, 3, 3, 3]);
    assert_eq!(interview.revise(), Err(EditError::NotSubmitted));
    assert_eq!(interview.version, 1);
}

#[test]
fn scores_and_decisions_round_trip_through_their_ids() {
    for value in 0..=4 {
        assert_eq!(Score::from_id(score(value).id()), Some(score(value)));
    }
    assert_eq!(Score::from_id("unrated"), Some(Score::Unrated));
    assert_eq!(score(3).id(), "strong");
    assert_eq!(Score::from_id("5"), None);
    assert_eq!(Decision::from_id("maybe"), None);
}

// ---------------------------------------------------------------- blind rule

fn open_or_blind(seen: &[Seen]) -> Vec<(String, bool)> {
    seen.iter()
        .map(|seen| match seen {
            Seen::Open(interview) => (interview.id.clone(), true),
            Seen::Blind(blind) => (blind.id.to_string(), false),
        })
        .collect()
}

/// The blind rule's usual two on `c1`: Ann's architecture interview `a` (all 3), a
/// draft or submitted, then Bob's submitted database interview `b` (all 2).
fn ann_and_bob(ann_submitted: bool) -> Vec<Interview> {
    let make = if ann_submitted { submitted } else { draft };
    let ann = make("a", "c1", "Ann", ARCH, [3, 3, 3, 3, 3, 3, 3]);
    vec![ann, submitted("b", "c1", "Bob", DB, [2, 2, 2, 2, 2, 2, 2])]
}

#[test]
fn others_stay_hidden_until_the_interviewer_submits() {
    let mut interviews = ann_and_bob(false);
    interviews.push(submitted("x", "c2", "Ann", DB, [2, 2, 2, 2, 2, 2, 2]));
    let seen = visible_interviews_for("Ann", "c1", &interviews);
    assert_eq!(
        open_or_blind(&seen),
        [("a".to_string(), true), ("b".to_string(), false)],
        "her submission for c2 does not unblind c1"
    );
    let Seen::Blind(bob) = seen[1] else { panic!() };
    assert_eq!(
        (bob.interviewer, bob.stage, bob.submitted),
        ("Bob", DB, true)
    );

    interviews[0].record_decision(Decision::Yes).unwrap();
    interviews[0].submit().unwrap();
    let seen = visible_interviews_for("Ann", "c1", &interviews);
    assert_eq!(
        open_or_blind(&seen),
        [("a".to_string(), true), ("b".to_string(), true)]
    );
}

#[test]
fn revising_does_not_blind_again_and_bystanders_see_nothing() {
    let mut interviews = ann_and_bob(true);
    interviews[0].revise().unwrap();
    let seen = visible_interviews_for("Ann", "c1", &interviews);
    assert!(seen.iter().all(|s| matches!(s, Seen::Open(_))));
    let seen = visible_interviews_for("Cy", "c1", &interviews);
    assert_eq!(seen.len(), 2);
    assert!(seen.iter().all(|s| matches!(s, Seen::Blind(_))));
    let Seen::Blind(ann) = seen[0] else { panic!() };
    assert!(!ann.submitted, "Ann's current version is a draft");
}

#[test]
fn may_see_hides_the_others_while_an_own_interview_was_never_submitted() {
    let mut interviews = ann_and_bob(false);
    interviews.extend([
        submitted("x", "c2", "Ann", DB, [2, 2, 2, 2, 2, 2, 2]),
        draft("y", "c2", "Bob", ARCH, [2, 2, 2, 2, 2, 2, 2]),
    ]);
    assert!(
        !may_see("Ann", "c1", &interviews),
        "her draft of c1 blinds her"
    );
    assert!(
        may_see("Ann", "c2", &interviews),
        "her c1 draft does not blind c2"
    );
    assert!(may_see("Bob", "c1", &interviews));
    assert!(!may_see("Bob", "c2", &interviews));
    assert!(
        may_see("Cy", "c1", &interviews),
        "no interview of c1: not blinded"
    );
    assert!(may_see("", "c1", &interviews));
    assert!(may_see("Ann", "c3", &interviews), "an unknown candidate");
    assert!(!may_see_all("Ann", &interviews));
    assert!(may_see_all("Cy", &interviews));

    interviews[0].record_decision(Decision::Yes).unwrap();
    interviews[0].submit().unwrap();
    assert!(may_see("Ann", "c1", &interviews));
    assert!(may_see_all("Ann", &interviews));
    interviews[0].revise().unwrap();
    assert!(
        may_see("Ann", "c1", &interviews),
        "revising does not blind again"
    );
}

#[test]
fn may_see_hides_the_others_while_a_second_stage_is_still_a_first_draft() {
    let mut interviews = ann_and_bob(true);
    interviews.push(draft("c", "c1", "Ann", API, [0, 0, 0, 0, 0, 0, 0]));
    assert!(!may_see("Ann", "c1", &interviews));
    let seen = visible_interviews_for("Ann", "c1", &interviews);
    assert_eq!(
        open_or_blind(&seen),
        [
            ("a".to_string(), true),
            ("b".to_string(), false),
            ("c".to_string(), true)
        ]
    );
    interviews[2].record_decision(Decision::No).unwrap();
    interviews[2].submit().unwrap();
    assert!(may_see("Ann", "c1", &interviews));
}

/// Which of `ids` (interviews of `interviews`) `viewer` may open read-only.
fn openable<'a>(viewer: &str, ids: &[&'a str], interviews: &[Interview]) -> Vec<&'a str> {
    let by_id = |id: &&str| interviews.iter().find(|i| i.id == *id).unwrap();
    ids.iter()
        .copied()
        .filter(|id| may_open(viewer, by_id(id), interviews))
        .collect()
}

#[test]
fn may_open_lets_a_manager_open_every_submitted_interview_but_no_first_draft() {
    let mut bob = submitted("b", "c1", "Bob", DB, [2, 2, 2, 2, 2, 2, 2]);
    bob.revise().unwrap();
    let interviews = vec![
        submitted("a", "c1", "Ann", ARCH, [3, 3, 3, 3, 3, 3, 3]),
        bob,
        draft("d", "c1", "Dee", API, [1, 1, 1, 1, 1, 1, 1]),
        submitted("x", "c2", "Cy", DB, [2, 2, 2, 2, 2, 2, 2]),
    ];
    let all = ["a", "b", "d", "x"];
    assert_eq!(
        openable("Hiring manager", &all, &interviews),
        ["a", "b", "x"],
        "Bob's revision draft still has version 1 submitted; Dee's first draft is hers"
    );
    assert_eq!(openable("", &all, &interviews), ["a", "b", "x"]);
    assert_eq!(
        openable("Dee", &all, &interviews),
        ["d", "x"],
        "Dee's open draft of c1 keeps every other c1 interview shut, not c2's"
    );
    assert_eq!(
        openable("Bob", &all, &interviews),
        ["a", "b", "x"],
        "revising his own does not blind Bob again"
    );
}

#[test]
fn may_open_follows_may_see_once_the_draft_is_submitted() {
    let mut interviews = vec![
        submitted("a", "c1", "Ann", ARCH, [3, 3, 3, 3, 3, 3, 3]),
        draft("c", "c1", "Cy", DB, [2, 2, 2, 2, 2, 2, 2]),
    ];
    assert_eq!(openable("Cy", &["a", "c"], &interviews), ["c"]);
    interviews[1].record_decision(Decision::No).unwrap();
    interviews[1].submit().unwrap();
    assert_eq!(openable("Cy", &["a", "c"], &interviews), ["a", "c"]);
    assert_eq!(openable("Ann", &["a", "c"], &interviews), ["a", "c"]);
    // A second stage started by Cy shuts the others again until it is submitted.
    interviews.push(draft("e", "c1", "Cy", API, [2, 2, 2, 2, 2, 2, 2]));
    assert_eq!(openable("Cy", &["a", "c", "e"], &interviews), ["c", "e"]);
    for id in ["a", "c", "e"] {
        let interview = interviews.iter().find(|i| i.id == id).unwrap();
        assert_eq!(
            may_open("Cy", interview, &interviews),
            interview.interviewer == "Cy" || may_see("Cy", "c1", &interviews),
            "one rule: may_open is may_see for the others' submitted interviews"
        );
    }
}

#[test]
fn a_document_refuses_repeated_ids_and_interviews_of_unknown_candidates_in_order() {
    let mut doc = ScorecardDoc {
        candidates: candidates().into_iter().map(Rc::new).collect(),
        roles: vec![senior_role()],
        interviews: vec![
            Rc::new(submitted("a", "c1", "Ann", ARCH, [3, 3, 3, 3, 3, 3, 3])),
            Rc::new(submitted("b", "c2", "Bob", DB, [2, 2, 2, 2, 2, 2, 2])),
        ],
    };
    assert_eq!(doc.check_references(), Ok(()));
    let error = |problem, index, id| Err(ReferenceError { problem, index, id });

    Rc::make_mut(&mut doc.interviews[1]).candidate_id = "nobody".into();
    let found = doc.clone();
    assert_eq!(
        found.check_references(),
        error(ReferenceProblem::UnknownCandidate, 1, "nobody")
    );
    Rc::make_mut(&mut doc.interviews[1]).id = "a".into();
    let found = doc.clone();
    assert_eq!(
        found.check_references(),
        error(ReferenceProblem::DuplicateInterview, 1, "a")
    );
    doc.candidates.push(doc.candidates[0].clone());
    let last = doc.candidates.len() - 1;
    let found = doc.clone();
    assert_eq!(
        found.check_references(),
        error(ReferenceProblem::DuplicateCandidate, last, "c1")
    );
    doc.roles.push(senior_role());
    assert_eq!(
        doc.check_references(),
        error(ReferenceProblem::DuplicateRole, 1, "Backend engineer")
    );
}

/// The id sets the reference check, the tab merge and the ratings CSV use: the first
/// repeat in the order given (not in sorted order), the last position of a repeated id.
#[test]
fn an_id_set_finds_the_first_repeat_in_order_and_the_last_position() {
    use backend_ready::scorecard::doc::IdSet;
    let set = IdSet::new(["b", "a", "b", "a"].into_iter());
    assert_eq!(set.first_repeat(), Some((2, "b")));
    assert_eq!(set.position("a"), Some(3));
    assert!(set.contains("b") && !set.contains("c"));
    assert_eq!(set.position("c"), None);
    let unique = IdSet::new(["x", "y"].into_iter());
    assert_eq!(
        (unique.first_repeat(), unique.position("x")),
        (None, Some(0))
    );
}

// ---------------------------------------------------------------- aggregates

#[test]
fn means_are_hand_computed_over_latest_submissions_ignoring_no_evidence() {
    let summary = summary_of("c1", &round());
    // Submitted for c1: Ann [3,2,4,1,3,-,2], Bob v1 [4,2,3,-,2,3,-], Cy [2,3,4,-,-,-,-]
    // (Bob's v2 draft and Dee's draft do not count; "-" is no evidence).
    // system-design (3+4+2)/3 = 3.00; database (2+2+3)/3 = 2.333 -> 2.33;
    // api (4+3+4)/3 = 3.667 -> 3.67; infrastructure 1/1; security (3+2)/2 = 2.50;
    // communication 3/1; experience 2/1.
    assert_eq!(
        means(&summary),
        [
            Some(300),
            Some(233),
            Some(367),
            Some(100),
            Some(250),
            Some(300),
            Some(200)
        ]
    );
    assert_eq!(summary.submissions, 3);
    let infra = &summary.competencies[3];
    assert_eq!((infra.ratings, infra.no_evidence, infra.raters), (1, 2, 1));
    assert_eq!(summary.decisions, [0, 0, 3, 0, 0]);
}

#[test]
fn the_overall_score_is_the_hand_computed_weighted_mean() {
    let summary = summary_of("c1", &round());
    // Senior weights 20,15,15,15,15,10,10:
    // 20*300 + 15*233 + 15*367 + 15*100 + 15*250 + 10*300 + 10*200
    // = 6000 + 3495 + 5505 + 1500 + 3750 + 3000 + 2000 = 25250; / 100 = 252.5 -> 253
    let formula = &summary.formula;
    assert_eq!(formula.weighted_sum, 25250);
    assert_eq!(formula.weight_total, 100);
    assert_eq!(formula.overall, Some(253));
    assert_eq!(formula.terms[1].product(), Some(3495));
    assert_eq!(hundredths_text(formula.overall.unwrap()), local("2.53"));
}

#[test]
fn competencies_without_a_mean_drop_out_and_the_rest_renormalise() {
    let summary = summary_of("c2", &round());
    // Dee [-,4,2,-,-,3,1]: counted database 15*400, api 15*200, communication 10*300,
    // experience 10*100 = 6000 + 3000 + 3000 + 1000 = 13000; weights 15+15+10+10 = 50;
    // 13000 / 50 = 260.
    assert_eq!(summary.formula.weighted_sum, 13000);
    assert_eq!(summary.formula.weight_total, 50);
    assert_eq!(summary.formula.overall, Some(260));
    assert_eq!(summary.formula.terms[0].mean, None);
    assert_eq!(summary.formula.terms[0].product(), None);
}

#[test]
fn nothing_submitted_means_no_means_and_no_overall() {
    let interviews = vec![draft("d", "c1", "Ann", ARCH, [4, 4, 4, 4, 4, 4, 4])];
    let summary = summary_of("c1", &interviews);
    assert!(means(&summary).iter().all(Option::is_none));
    assert_eq!(summary.formula.overall, None);
    assert_eq!(summary.submissions, 0);
    assert!(summary.flags.is_empty());
}

#[test]
fn weights_of_zero_on_every_rated_competency_give_no_overall() {
    let weights = Weights::new(&[
        ("system-design", 1),
        ("database", 0),
        ("api-integration", 0),
        ("infrastructure", 0),
        ("security", 0),
        ("communication", 0),
        ("experience", 0),
    ])
    .unwrap();
    let interviews = [submitted("i", "c1", "Ann", ARCH, [0, 3, 3, 3, 3, 3, 3])];
    let stats = competency_stats(&submissions_for("c1", &interviews));
    assert_eq!(formula(&stats, &weights).overall, None);
}

/// `text` with "." replaced by the build's decimal separator ("," in German).
fn local(text: &str) -> String {
    text.replace('.', &DECIMAL_SEPARATOR.to_string())
}

#[test]
fn numbers_are_formatted_without_floats() {
    assert_eq!(hundredths_text(100), local("1.00"));
    assert_eq!(hundredths_text(367), local("3.67"));
    assert_eq!(hundredths_text(5), local("0.05"));
    assert_eq!(signed_hundredths_text(60), local("+0.60"));
    assert_eq!(signed_hundredths_text(-120), local("-1.20"));
    assert_eq!(signed_hundredths_text(0), local("0.00"));
    assert_eq!(wide_hundredths_text(2_525_000), local("25250.00"));
    assert_eq!(hundredths_text_with(250, ','), "2,50");
}

// ---------------------------------------------------------------- flags

fn flags_for(interviews: &[Interview]) -> Vec<Flag> {
    summary_of("c1", interviews).flags
}

fn has_mistake(flags: &[Flag], mistake: Mistake) -> bool {
    flags.contains(&Flag::Mistake(mistake))
}

#[test]
fn the_round_flags_one_disagreement_and_three_thin_competencies() {
    let flags = summary_of("c1", &round()).flags;
    assert_eq!(
        flags,
        [
            Flag::Disagreement {
                competency: competency("system-design"),
                lowest: RatingLevel::Mixed,
                highest: RatingLevel::Exceptional,
            },
            Flag::CoverageGap {
                competency: competency("infrastructure"),
                raters: 1
            },
            Flag::CoverageGap {
                competency: competency("communication"),
                raters: 1
            },
            Flag::CoverageGap {
                competency: competency("experience"),
                raters: 1
            },
        ]
    );
    assert_eq!(flags[0].text(), &DISAGREEMENT);
    assert_eq!(flags[1].text(), &COVERAGE_SINGLE);
}

#[test]
fn disagreement_needs_two_levels_apart() {
    let pair = |a, b| {
        vec![
            submitted("a", "c1", "Ann", ARCH, [a, 3, 3, 3, 3, 3, 3]),
            submitted("b", "c1", "Bob", DB, [b, 3, 3, 3, 3, 3, 3]),
        ]
    };
    let disagrees = |interviews: &[Interview]| {
        flags_for(interviews)
            .iter()
            .any(|flag| matches!(flag, Flag::Disagreement { .. }))
    };
    assert!(disagrees(&pair(1, 3)));
    assert!(disagrees(&pair(4, 2)));
    assert!(!disagrees(&pair(2, 3)));
    assert!(!disagrees(&pair(3, 3)));
    assert!(!disagrees(&pair(0, 4)), "no evidence is not a rating");
}

#[test]
fn coverage_counts_different_interviewers_not_interviews() {
    let one_person_twice = vec![
        submitted("a", "c1", "Ann", ARCH, [3, 3, 3, 3, 3, 3, 3]),
        submitted("b", "c1", "Ann", DB, [3, 3, 3, 3, 3, 3, 0]),
    ];
    let flags = flags_for(&one_person_twice);
    let gaps: Vec<&Flag> = flags
        .iter()
        .filter(|f| matches!(f, Flag::CoverageGap { .. }))
        .collect();
    assert_eq!(gaps.len(), 7, "{flags:?}");

    let two_people = vec![
        submitted("a", "c1", "Ann", ARCH, [3, 3, 3, 3, 3, 3, 0]),
        submitted("b", "c1", "Bob", DB, [3, 3, 3, 3, 3, 3, 0]),
    ];
    let flags = flags_for(&two_people);
    let nobody = Flag::CoverageGap {
        competency: competency("experience"),
        raters: 0,
    };
    assert_eq!(
        flags
            .iter()
            .filter(|f| matches!(f, Flag::CoverageGap { .. }))
            .collect::<Vec<_>>(),
        [&nobody]
    );
    assert_eq!(nobody.text(), &COVERAGE_NONE);
}

/// The evidence mistakes below are read without a yes: with one, the guard of the same
/// competency replaces them (tests/scorecard_judgement.rs).
#[test]
fn language_only_fires_when_ratings_exist_without_system_design() {
    let without = [abstained("a", "c1", "Ann", API, [0, 3, 3, 3, 3, 3, 3])];
    let flags = flags_for(&without);
    assert_eq!(flags[0], Flag::Mistake(Mistake::LanguageOnly));
    assert_eq!(flags[0].text(), &MISTAKE_LANGUAGE_ONLY);
    let with = [abstained("a", "c1", "Ann", API, [2, 3, 3, 3, 3, 3, 3])];
    assert!(!has_mistake(&flags_for(&with), Mistake::LanguageOnly));
    let nothing_rated = [abstained("a", "c1", "Ann", API, [0, 0, 0, 0, 0, 0, 0])];
    assert!(!has_mistake(
        &flags_for(&nothing_rated),
        Mistake::LanguageOnly
    ));
}

#[test]
fn each_missing_evidence_mistake_fires_and_clears() {
    let cases = [
        (1, Mistake::DataComplexity),
        (5, Mistake::SoftSkills),
        (6, Mistake::PracticalExperience),
    ];
    for (index, mistake) in cases {
        let mut scores = [3; 7];
        scores[index] = 0;
        let missing = [abstained("a", "c1", "Ann", ARCH, scores)];
        assert!(has_mistake(&flags_for(&missing), mistake), "{mistake:?}");
        let mut other = [0; 7];
        other[index] = 2;
        let covered = [
            abstained("a", "c1", "Ann", ARCH, scores),
            abstained("b", "c1", "Bob", DB, other),
        ];
        assert!(!has_mistake(&flags_for(&covered), mistake), "{mistake:?}");
    }
}

#[test]
fn mistakes_come_in_the_guides_order() {
    let nothing_rated = [abstained("a", "c1", "Ann", ARCH, [0, 0, 0, 0, 0, 0, 0])];
    let mistakes: Vec<Flag> = flags_for(&nothing_rated)
        .into_iter()
        .filter(|f| matches!(f, Flag::Mistake(_)))
        .collect();
    assert_eq!(
        mistakes,
        [
            Flag::Mistake(Mistake::DataComplexity),
            Flag::Mistake(Mistake::SoftSkills),
            Flag::Mistake(Mistake::PracticalExperience),
        ]
    );
}

// The only-juniors mistake reads the candidates advanced for the role: a guard, tested
// in tests/scorecard_judgement.rs.

// ---------------------------------------------------------------- weights

fn pairs(weights: [u16; 7]) -> Vec<(&'static str, u16)> {
    COMPETENCIES.iter().map(|c| c.id).zip(weights).collect()
}

#[test]
fn weights_are_validated() {
    let weights = Weights::new(&pairs([1, 2, 3, 4, 5, 6, 7])).unwrap();
    assert_eq!(weights.total(), 28);
    assert_eq!(weights.get("security"), 5);
    assert_eq!(weights.get("unknown"), 0);
    assert_eq!(Weights::new(&pairs([0; 7])), Err(WeightsError::ZeroTotal));
    assert_eq!(
        Weights::new(&pairs([1, 1, 1, 1, 1, 1, 1001])),
        Err(WeightsError::TooLarge("experience"))
    );
    let mut missing = pairs([1; 7]);
    missing.pop();
    assert_eq!(
        Weights::new(&missing),
        Err(WeightsError::Missing("experience"))
    );
    let mut duplicated = pairs([1; 7]);
    duplicated.push(("database", 2));
    assert_eq!(
        Weights::new(&duplicated),
        Err(WeightsError::Duplicate("database"))
    );
    let mut unknown = pairs([1; 7]);
    unknown.push(("cobol", 2));
    assert_eq!(
        Weights::new(&unknown),
        Err(WeightsError::UnknownCompetency("cobol".to_string()))
    );
}

#[test]
fn editing_one_weight_keeps_weights_valid() {
    let weights = Weights::new(&pairs([0, 0, 0, 0, 0, 0, 5])).unwrap();
    let edited = weights.with("database", 10).unwrap();
    assert_eq!(edited.values(), [0, 10, 0, 0, 0, 0, 5]);
    assert_eq!(weights.with("experience", 0), Err(WeightsError::ZeroTotal));
    assert!(weights.with("cobol", 1).is_err());
}

// ---------------------------------------------------------------- comparison

#[test]
fn comparison_rows_hold_means_and_overall_on_one_set_of_weights() {
    let rows = compare(
        &["c2", "c1"],
        &candidates(),
        &round(),
        &Weights::preset(RoleLevel::Senior),
    )
    .unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!(
        (rows[0].candidate_id.as_str(), rows[0].name.as_str()),
        ("c2", "Grace")
    );
    assert_eq!(
        rows[0].means,
        [None, Some(400), Some(200), None, None, Some(300), Some(100)]
    );
    assert_eq!(rows[0].overall, Some(260));
    assert_eq!(rows[1].overall, Some(253));
}

#[test]
fn comparison_takes_two_to_four_different_known_candidates() {
    let weights = Weights::preset(RoleLevel::Mid);
    let run = |ids: &[&str]| compare(ids, &candidates(), &round(), &weights);
    assert_eq!(run(&["c1"]), Err(CompareError::WrongCount(1)));
    assert_eq!(
        run(&["c1", "c2", "c1", "c2", "c1"]),
        Err(CompareError::WrongCount(5))
    );
    assert_eq!(
        run(&["c1", "c1"]),
        Err(CompareError::Duplicate("c1".into()))
    );
    assert_eq!(
        run(&["c1", "zz"]),
        Err(CompareError::UnknownCandidate("zz".into()))
    );
}

// ---------------------------------------------------------------- calibration

fn calibration_round() -> Vec<Interview> {
    let mut interviews = round();
    interviews.push(submitted("i6", "c2", "Eve", API, [1, 1, 1, 1, 1, 1, 1]));
    interviews.push(submitted("i7", "c2", "Fay", API, [0, 0, 0, 0, 0, 0, 0]));
    interviews
}

#[test]
fn calibration_compares_each_interviewer_with_the_team() {
    let calibration = calibrate(&calibration_round());
    // Ann [3,2,4,1,3,-,2]: counts 1,2,2,1; sum 15 / 6 = 2.50
    // Bob v1 [4,2,3,-,2,3,-]: counts 0,2,2,1; sum 14 / 5 = 2.80
    // Cy [2,3,4,-,-,-,-]: counts 0,1,1,1; sum 9 / 3 = 3.00
    // Dee (c2 only; her c1 draft does not count) [-,4,2,-,-,3,1]: counts 1,1,1,1; 10 / 4
    // Eve [1 x 7]: counts 7,0,0,0; 7 / 7 = 1.00
    // Fay: all no evidence
    // Team: counts 9,6,6,4; sum 15+14+9+10+7 = 55 / 25 = 2.20
    assert_eq!(calibration.team.counts, [9, 6, 6, 4]);
    assert_eq!(calibration.team.no_evidence, 2 + 4 + 3 + 7 + 1);
    assert_eq!(calibration.team.mean(), Some(220));
    let lines: Vec<(&str, Option<u16>, Option<i32>, Tendency)> = calibration
        .interviewers
        .iter()
        .map(|line| {
            (
                line.interviewer.as_str(),
                line.distribution.mean(),
                line.lean,
                line.tendency,
            )
        })
        .collect();
    assert_eq!(
        lines,
        [
            ("Ann", Some(250), Some(30), Tendency::InLine),
            ("Bob", Some(280), Some(60), Tendency::Lenient),
            ("Cy", Some(300), Some(80), Tendency::Lenient),
            ("Dee", Some(250), Some(30), Tendency::InLine),
            ("Eve", Some(100), Some(-120), Tendency::Severe),
            ("Fay", None, None, Tendency::NotEnoughData),
        ]
    );
    let ann = &calibration.interviewers[0].distribution;
    assert_eq!(ann.counts, [1, 2, 2, 1]);
    // 1 of 6 ratings weak: 16.67% -> 17
    assert_eq!(ann.percent(RatingLevel::Weak), Some(17));
}

// ---------------------------------------------------------------- import merge

fn ann_v1() -> Interview {
    submitted("i1", "c1", "Ann", ARCH, [3, 3, 3, 3, 3, 3, 3])
}

fn ann_v2() -> Interview {
    let mut interview = ann_v1();
    interview.revise().unwrap();
    interview.rate("database", score(4)).unwrap();
    interview.record_decision(Decision::StrongYes).unwrap();
    interview.submit().unwrap();
    interview
}

#[test]
fn importing_the_same_interview_twice_changes_nothing() {
    let mut interviews: Vec<Interview> = Vec::new();
    assert_eq!(
        merge_interview(&mut interviews, ann_v1()),
        Ok(MergeOutcome::Added)
    );
    let once = interviews.clone();
    assert_eq!(
        merge_interview(&mut interviews, ann_v1()),
        Ok(MergeOutcome::Unchanged)
    );
    assert_eq!(interviews, once);
}

#[test]
fn a_newer_version_replaces_the_older_and_keeps_it_in_history() {
    let mut interviews = vec![ann_v1()];
    assert_eq!(
        merge_interview(&mut interviews, ann_v2()),
        Ok(MergeOutcome::Replaced {
            previous_version: 1
        })
    );
    assert_eq!(interviews, [ann_v2()]);
    assert_eq!(
        merge_interview(&mut interviews, ann_v2()),
        Ok(MergeOutcome::Unchanged)
    );
}

/// Merging `incoming` into `held` is refused with `error`, and nothing changes.
fn assert_refused(held: &[Interview], incoming: Interview, error: MergeError) {
    let mut interviews = held.to_vec();
    assert_eq!(merge_interview(&mut interviews, incoming), Err(error));
    assert_eq!(interviews, held);
}

#[test]
fn an_interview_without_its_whole_history_is_refused() {
    let mut stripped = ann_v2();
    stripped.history.clear();
    assert_refused(&[ann_v1()], stripped, MergeError::IncompleteHistory);
}

#[test]
fn an_older_version_changes_nothing() {
    let mut interviews = vec![ann_v2()];
    assert_eq!(
        merge_interview(&mut interviews, ann_v1()),
        Ok(MergeOutcome::Unchanged)
    );
    assert_eq!(interviews, [ann_v2()]);
}

#[test]
fn a_local_draft_of_the_same_version_is_never_written_over() {
    let mut local = ann_v1();
    local.revise().unwrap(); // local draft v2, never submitted
    assert_refused(&[local], ann_v2(), MergeError::DraftHeld(2));
}

#[test]
fn conflicting_or_foreign_imports_are_refused_and_change_nothing() {
    let held = [ann_v1()];
    let mut altered = ann_v1();
    altered.ratings[0].score = score(1);
    assert_refused(&held, altered, MergeError::ConflictingVersion(1));
    let mut moved = ann_v1();
    moved.candidate_id = "c2".into();
    assert_refused(&held, moved, MergeError::DifferentInterview);
    let unsubmitted = draft("i9", "c1", "Ann", ARCH, [3; 7]);
    assert_refused(&held, unsubmitted, MergeError::NotSubmitted);
}

#[test]
fn validation_rejects_what_the_methods_never_produce() {
    let check = |change: fn(&mut Interview)| {
        let mut interview = ann_v2();
        change(&mut interview);
        validate_interview(&interview)
    };
    assert_eq!(check(|_| {}), Ok(()));
    assert_eq!(
        check(|i| i.id = " ".into()),
        Err(InterviewProblem::MissingId)
    );
    assert_eq!(
        check(|i| i.candidate_id.clear()),
        Err(InterviewProblem::MissingCandidate)
    );
    assert_eq!(
        check(|i| i.interviewer.clear()),
        Err(InterviewProblem::MissingInterviewer)
    );
    assert_eq!(
        check(|i| i.stage = "chat".into()),
        Err(InterviewProblem::UnknownStage)
    );
    assert_eq!(check(|i| i.version = 0), Err(InterviewProblem::ZeroVersion));
    assert_eq!(
        check(|i| i.version = 1),
        Err(InterviewProblem::HistoryOutOfOrder)
    );
    assert_eq!(
        check(|i| i.decision = None),
        Err(InterviewProblem::DecisionMissing)
    );
    assert_eq!(
        check(|i| i.ratings[2].score = Score::Unrated),
        Err(InterviewProblem::UnratedSubmission)
    );
    assert_eq!(
        check(|i| i.history[0].ratings[2].score = Score::Unrated),
        Err(InterviewProblem::UnratedSubmission)
    );
    assert_eq!(
        check(|i| {
            i.status = Status::Draft;
            i.ratings[2].score = Score::Unrated;
        }),
        Err(InterviewProblem::DecisionBeforeRatings)
    );
    let mut interviews: Vec<Interview> = Vec::new();
    let mut bad = ann_v1();
    bad.version = 0;
    assert_eq!(
        merge_interview(&mut interviews, bad),
        Err(MergeError::Invalid(InterviewProblem::ZeroVersion))
    );
    assert!(interviews.is_empty());
}

// ---------------------------------------------------------------- properties

const PEOPLE: [&str; 4] = ["Ann", "Bob", "Cy", "Dee"];
const STAGE_IDS: [&str; 3] = [ARCH, DB, API];

fn any_interview() -> impl Strategy<Value = Interview> {
    (
        0..PEOPLE.len(),
        0..STAGE_IDS.len(),
        prop::bool::ANY,
        prop::array::uniform7(0u8..=4),
        prop::bool::ANY,
    )
        .prop_map(|(person, stage, first, scores, is_submitted)| {
            let candidate = if first { "c1" } else { "c2" };
            let make = if is_submitted { submitted } else { draft };
            make("", candidate, PEOPLE[person], STAGE_IDS[stage], scores)
        })
}

fn any_round() -> impl Strategy<Value = Vec<Interview>> {
    prop::collection::vec(any_interview(), 0..10).prop_map(|mut interviews| {
        for (index, interview) in interviews.iter_mut().enumerate() {
            interview.id = format!("i{index}");
        }
        interviews
    })
}

fn all_no_evidence(candidate: &str, person: usize) -> Interview {
    submitted("extra", candidate, PEOPLE[person], DB, [0; 7])
}

/// Versions 1..=n of one interview, each as exported after its submission.
fn versions(scores: Vec<[u8; 7]>) -> Vec<Interview> {
    let mut interview = Interview::new("i", "c1", "Ann", ARCH);
    let mut exported = Vec::new();
    for (index, set) in scores.into_iter().enumerate() {
        if index > 0 {
            interview.revise().unwrap();
        }
        for (competency, value) in COMPETENCIES.iter().zip(set) {
            interview.rate(competency.id, score(value)).unwrap();
        }
        interview.record_decision(Decision::Yes).unwrap();
        interview.submit().unwrap();
        exported.push(interview.clone());
    }
    exported
}

proptest! {
    #[test]
    fn the_order_of_interviews_never_changes_the_summary(
        (interviews, shuffled) in any_round()
            .prop_flat_map(|round| (Just(round.clone()), Just(round).prop_shuffle()))
    ) {
        for candidate in ["c1", "c2"] {
            prop_assert_eq!(summary_of(candidate, &interviews), summary_of(candidate, &shuffled));
        }
        prop_assert_eq!(calibrate(&interviews), calibrate(&shuffled));
    }

    #[test]
    fn a_no_evidence_interview_never_moves_a_mean(
        interviews in any_round(),
        person in 0..PEOPLE.len(),
    ) {
        let before = summary_of("c1", &interviews);
        let mut more = interviews.clone();
        more.push(all_no_evidence("c1", person));
        let after = summary_of("c1", &more);
        prop_assert_eq!(means(&before), means(&after));
        prop_assert_eq!(before.formula.overall, after.formula.overall);
        prop_assert_eq!(
            calibrate(&interviews).team.mean(),
            calibrate(&more).team.mean()
        );
    }

    #[test]
    fn means_and_overall_stay_on_the_scale(
        interviews in any_round(),
        level in 0..RoleLevel::ALL.len(),
    ) {
        let all = candidates();
        let role = Role::new("Backend engineer", RoleLevel::ALL[level]);
        let summary = summarise(&all[0], &role, &all, &interviews);
        let counted: Vec<u16> = means(&summary).into_iter().flatten().collect();
        for mean in &counted {
            prop_assert!((100..=400).contains(mean), "mean {}", mean);
        }
        match summary.formula.overall {
            Some(overall) => {
                let lowest = *counted.iter().min().unwrap();
                let highest = *counted.iter().max().unwrap();
                prop_assert!((lowest..=highest).contains(&overall), "overall {}", overall);
            }
            None => prop_assert!(counted.is_empty()),
        }
    }

    #[test]
    fn imports_in_any_order_never_skip_and_end_at_the_newest_version(
        (exported, order) in prop::collection::vec(prop::array::uniform7(0u8..=4), 1..5)
            .prop_map(versions)
            .prop_flat_map(|exported| {
                let picks = prop::collection::vec(0..exported.len(), 0..8);
                (Just(exported), picks)
            })
    ) {
        // Any order: each import is taken or refused (a version that skips the one
        // held), never applied partly; then the versions in order end at the newest.
        let newest = exported.last().unwrap().clone();
        let mut interviews: Vec<Interview> = Vec::new();
        for index in order {
            let before = interviews.clone();
            if merge_interview(&mut interviews, exported[index].clone()).is_err() {
                prop_assert_eq!(&interviews, &before);
            }
        }
        for version in &exported {
            merge_interview(&mut interviews, version.clone()).unwrap();
        }
        prop_assert_eq!(&interviews, &vec![newest.clone()]);
        prop_assert_eq!(
            merge_interview(&mut interviews, newest),
            Ok(MergeOutcome::Unchanged)
        );
    }
}
