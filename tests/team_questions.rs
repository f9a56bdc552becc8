//! Native tests of a hiring team's own questions (issue 12.5 and 12.6): the question
//! and its limits, a role's bank, the files and the stored document (old ones read
//! unchanged), the import rule (nothing held is erased, identical questions are not
//! added twice), the plan's coverage, and the widget's edits.
#![cfg(not(target_arch = "wasm32"))]

mod common;
mod fixtures;

use std::rc::Rc;

use backend_ready::export::{export_candidate, export_doc, import_doc};
use backend_ready::scorecard::edit::{self, QuestionRefusal};
use backend_ready::scorecard::questions::{
    add_to_bank, check_bank, merge_bank, remove_from_bank, BankRefusal, QuestionProblem,
    TeamQuestion, MAX_QUESTIONS, MAX_QUESTION_CHARS,
};
use backend_ready::scorecard::{
    summarise, Candidate, Decision, Flag, PlannedStage, Role, RoleLevel, ScorecardDoc,
};
use backend_ready::storage::scorecard_doc::{decode, encode, StoredScorecard};
use common::damage::{damaged_at, lossless_if_read, Damage};
use fixtures::{rated, submit};

const ARCH: &str = "architecture-case-study";
const DB: &str = "database-modelling";
const ROLE: &str = "Backend engineer";

fn question(stage: &str, text: &str, probes: &[&str]) -> TeamQuestion {
    TeamQuestion::new(stage, text, probes).unwrap()
}

/// The team's question on payments, for the architecture case study.
fn payments() -> TeamQuestion {
    question(
        ARCH,
        "How would you keep card data out of our logs?",
        &["security", "system-design"],
    )
}

fn replay() -> TeamQuestion {
    question(
        DB,
        "Replay a day of orders after a bad migration.",
        &["database"],
    )
}

fn role_with(questions: Vec<TeamQuestion>) -> Role {
    let mut role = Role::new(ROLE, RoleLevel::Senior);
    role.questions = questions;
    role
}

fn doc_with(questions: Vec<TeamQuestion>) -> ScorecardDoc {
    ScorecardDoc {
        candidates: vec![Rc::new(Candidate::new(
            "c1",
            "Ada",
            ROLE,
            RoleLevel::Senior,
        ))],
        roles: vec![role_with(questions)],
        interviews: vec![Rc::new(submit(
            rated("i1", "c1", "Ann", ARCH, [3, 3, 3, 3, 3, 3, 3]),
            Decision::Yes,
        ))],
    }
}

// ---------------------------------------------------------------- the question

#[test]
fn a_question_is_trimmed_and_its_probes_kept_in_the_guides_order() {
    let made = TeamQuestion::new(ARCH, "  Why a queue here?\n", &["security", "database"]).unwrap();
    assert_eq!(made.stage, ARCH);
    assert_eq!(made.text, "Why a queue here?");
    assert_eq!(made.probes, vec!["database", "security"]);
}

#[test]
fn a_question_needs_a_stage_text_and_a_competency_of_the_guide() {
    use QuestionProblem::*;
    let refused = |stage: &str, text: &str, probes: &[&str]| {
        TeamQuestion::new(stage, text, probes).unwrap_err()
    };
    assert_eq!(refused("lunch", "Why?", &["database"]), UnknownStage);
    assert_eq!(refused(ARCH, "  \n ", &["database"]), BlankText);
    assert_eq!(refused(ARCH, "Why?", &[]), NoProbes);
    assert_eq!(
        refused(ARCH, "Why?", &["database", "culture-fit"]),
        UnknownCompetency(1),
        "the seven competencies stay the guide's"
    );
    assert_eq!(
        refused(ARCH, "Why?", &["database", "security", "database"]),
        RepeatedCompetency(2)
    );
    let longest = "x".repeat(MAX_QUESTION_CHARS);
    assert!(TeamQuestion::new(ARCH, &longest, &["database"]).is_ok());
    assert_eq!(refused(ARCH, &(longest + "x"), &["database"]), TooLong);
    // Characters, not bytes: 500 umlauts fit.
    assert!(TeamQuestion::new(ARCH, &"ü".repeat(MAX_QUESTION_CHARS), &["database"]).is_ok());
}

#[test]
fn a_bank_holds_a_question_once_and_at_most_the_limit() {
    let mut bank = vec![payments()];
    let same_text_other_probes = question(ARCH, &payments().text, &["communication"]);
    assert_eq!(
        add_to_bank(&mut bank, same_text_other_probes),
        Err(BankRefusal::Duplicate)
    );
    // The same text at another stage is another question.
    assert_eq!(
        add_to_bank(&mut bank, question(DB, &payments().text, &["database"])),
        Ok(())
    );
    assert!(remove_from_bank(&mut bank, DB, &payments().text));
    assert!(!remove_from_bank(&mut bank, DB, &payments().text));
    assert_eq!(bank, vec![payments()]);
    let mut full: Vec<TeamQuestion> = (0..MAX_QUESTIONS)
        .map(|n| question(ARCH, &format!("Question {n}"), &["database"]))
        .collect();
    assert_eq!(check_bank(&full), Ok(()));
    assert_eq!(add_to_bank(&mut full, replay()), Err(BankRefusal::Full));
    full.push(replay());
    assert_eq!(check_bank(&full), Err((MAX_QUESTIONS, BankRefusal::Full)));
    assert_eq!(
        check_bank(&[replay(), payments(), replay()]),
        Err((2, BankRefusal::Duplicate))
    );
}

#[test]
fn merging_a_bank_adds_only_what_is_missing_and_changes_nothing_held() {
    let mut bank = vec![payments()];
    let arriving = vec![
        question(ARCH, &payments().text, &["communication"]),
        replay(),
        replay(),
    ];
    assert_eq!(merge_bank(&mut bank, arriving.clone()), 1);
    assert_eq!(
        bank,
        vec![payments(), replay()],
        "the held copy keeps its probes"
    );
    assert_eq!(
        merge_bank(&mut bank, arriving),
        0,
        "a second time adds nothing"
    );
}

// ---------------------------------------------------------------- files

#[test]
fn todays_files_import_with_no_team_questions() {
    let file = import_doc(include_str!("fixtures/scorecard-export-v1.json")).unwrap();
    assert!(file.roles.iter().all(|role| role.questions.is_empty()));
    let text = include_str!("fixtures/scorecard-store-v1.json");
    let stored = decode(text).unwrap();
    assert!(stored
        .doc
        .roles
        .iter()
        .all(|role| role.questions.is_empty()));
    assert_eq!(encode(&stored), text, "written back byte for byte");
}

#[test]
fn team_questions_travel_in_the_export_as_an_optional_field() {
    let doc = doc_with(vec![payments(), replay()]);
    let file = export_doc(&doc);
    assert!(
        file.contains(
            r#""questions":[{"stage":"architecture-case-study","text":"How would you keep card data out of our logs?","probes":["system-design","security"]},{"stage":"database-modelling","text":"Replay a day of orders after a bad migration.","probes":["database"]}]"#
        ),
        "{file}"
    );
    assert_eq!(import_doc(&file).unwrap(), doc);
    let one = export_candidate(&doc, "c1").unwrap();
    assert_eq!(
        import_doc(&one).unwrap(),
        doc,
        "a candidate's file carries its role's"
    );
    // Without questions, the role is written as before.
    assert!(!export_doc(&doc_with(Vec::new())).contains("questions"));
}

#[test]
fn malformed_team_questions_in_a_file_are_refused() {
    let file = export_doc(&doc_with(vec![payments(), replay()]));
    let broken = [
        file.replace(
            r#""stage":"database-modelling","text""#,
            r#""stage":"lunch","text""#,
        ),
        file.replace(r#""probes":["database"]"#, r#""probes":[]"#),
        file.replace(r#""probes":["database"]"#, r#""probes":["culture-fit"]"#),
        file.replace(
            r#""probes":["database"]"#,
            r#""probes":["database","database"]"#,
        ),
        file.replace("Replay a day of orders after a bad migration.", "   "),
        file.replace(
            "Replay a day of orders after a bad migration.",
            &"x".repeat(MAX_QUESTION_CHARS + 1),
        ),
        file.replace(
            "Replay a day of orders after a bad migration.\",\"probes\":[\"database\"]",
            "How would you keep card data out of our logs?\",\"probes\":[\"database\"]",
        )
        .replace(
            r#""stage":"database-modelling","text""#,
            r#""stage":"architecture-case-study","text""#,
        ),
        file.replace(r#""questions":["#, r#""questions":[7,"#),
        file.replace(r#""questions":["#, r#""questions":{"a":["#),
    ];
    for broken in broken {
        assert_ne!(broken, file, "the replacement applies");
        assert!(import_doc(&broken).is_err(), "{broken}");
    }
}

fn stored(doc: ScorecardDoc) -> StoredScorecard {
    StoredScorecard {
        doc,
        interviewer: "Ann".into(),
        unknown: Vec::new(),
    }
}

/// In the stored document a role is `[name, level, weights]`, optionally with the
/// sensitive-data flag and then the questions, each `[stage, text, [probes]]`
/// (version 3: 0.2.0 reads version 2 and would refuse a fifth role item, so it leaves a
/// version 3 store alone as newer).
#[test]
fn team_questions_are_kept_in_the_stored_document() {
    let store = stored(doc_with(vec![payments(), replay()]));
    let text = encode(&store);
    assert!(text.contains(r#""version":3"#), "{text}");
    assert!(
        text.contains(
            r#",false,[["architecture-case-study","How would you keep card data out of our logs?",["system-design","security"]],["database-modelling","Replay a day of orders after a bad migration.",["database"]]]]"#
        ),
        "{text}"
    );
    assert_eq!(decode(&text).unwrap(), store);
    let mut sensitive = store.clone();
    sensitive.doc.roles[0].sensitive_data = true;
    let text = encode(&sensitive);
    assert!(text.contains(r#",true,[["architecture"#), "{text}");
    assert_eq!(decode(&text).unwrap(), sensitive);
    // Without questions: as before (version 2 with a flag, 1 without).
    sensitive.doc.roles[0].questions.clear();
    assert!(encode(&sensitive).contains(r#""version":2"#));
    let plain = stored(doc_with(Vec::new()));
    assert!(encode(&plain).contains(r#""version":1"#));
    // Questions in a version 2 store: not what 0.2.0 writes, refused.
    let older = encode(&store).replace(r#""version":3"#, r#""version":2"#);
    assert!(decode(&older).is_err());
}

#[test]
fn malformed_team_questions_in_the_stored_document_are_refused() {
    let text = encode(&stored(doc_with(vec![payments(), replay()])));
    let broken = [
        text.replace(r#"["database-modelling","Replay"#, r#"["lunch","Replay"#),
        text.replace(r#"["database"]]]]"#, r#"[]]]]"#),
        text.replace(r#"["database"]]]]"#, r#"["culture-fit"]]]]"#),
        text.replace(r#",false,[["#, r#",[["#),
        text.replace(r#",false,[["#, r#","no",[["#),
        text.replace(r#"["database"]]]]"#, r#"["database"]],7]]"#),
        text.replace("Replay a day of orders after a bad migration.", " "),
        text.replace(
            r#"["database-modelling","Replay a day of orders after a bad migration.""#,
            r#"["architecture-case-study","How would you keep card data out of our logs?""#,
        ),
    ];
    for broken in broken {
        assert_ne!(broken, text, "the replacement applies");
        assert!(decode(&broken).is_err(), "{broken}");
    }
}

// ---------------------------------------------------------------- import rule

#[test]
fn importing_adds_the_files_new_questions_to_a_role_held_here() {
    let mut here = doc_with(vec![payments()]);
    let mut file = doc_with(vec![
        question(ARCH, &payments().text, &["communication"]),
        replay(),
    ]);
    file.candidates
        .push(Rc::new(Candidate::new("c2", "Bo", ROLE, RoleLevel::Mid)));
    let report = edit::import_doc(&mut here, file.clone());
    assert_eq!(report.questions_added, 1);
    assert!(report.changes_anything());
    assert_eq!(
        here.roles[0].questions,
        vec![payments(), replay()],
        "the held question keeps its probes; the new one is added after it"
    );
    let again = edit::import_doc(&mut here, file);
    assert_eq!(
        again.questions_added, 0,
        "identical ones are not duplicated"
    );
    assert_eq!(here.roles[0].questions.len(), 2);
}

#[test]
fn importing_never_removes_a_question_held_here() {
    let mut here = doc_with(vec![payments(), replay()]);
    let report = edit::import_doc(&mut here, doc_with(Vec::new()));
    assert_eq!(report.questions_added, 0);
    assert!(!report.changes_anything());
    assert_eq!(here.roles[0].questions, vec![payments(), replay()]);
}

#[test]
fn a_new_role_comes_with_its_questions_and_a_fresh_browser_gets_them() {
    let file = export_doc(&doc_with(vec![payments(), replay()]));
    let mut fresh = ScorecardDoc::default();
    let report = edit::import_doc(&mut fresh, import_doc(&file).unwrap());
    assert_eq!(report.candidates_added, 1);
    assert_eq!(report.questions_added, 2);
    assert_eq!(fresh.roles[0].questions, vec![payments(), replay()]);
}

#[test]
fn a_role_no_new_candidate_uses_stays_out_with_its_questions() {
    let mut here = ScorecardDoc::default();
    let mut file = doc_with(vec![payments()]);
    file.candidates.clear();
    file.interviews.clear();
    let report = edit::import_doc(&mut here, file);
    assert_eq!(report.questions_added, 0);
    assert!(here.roles.is_empty());
}

#[test]
fn the_bank_limit_holds_on_import() {
    let full: Vec<TeamQuestion> = (0..MAX_QUESTIONS)
        .map(|n| question(ARCH, &format!("Question {n}"), &["database"]))
        .collect();
    let mut here = doc_with(full);
    let report = edit::import_doc(&mut here, doc_with(vec![replay()]));
    assert_eq!(report.questions_added, 0);
    assert_eq!(here.roles[0].questions.len(), MAX_QUESTIONS);
}

// ---------------------------------------------------------------- edits

#[test]
fn adding_and_removing_a_question_edits_the_roles_bank() {
    let mut doc = doc_with(Vec::new());
    assert_eq!(
        edit::add_question(&mut doc, ROLE, RoleLevel::Senior, payments()),
        Ok(())
    );
    assert_eq!(
        edit::add_question(&mut doc, ROLE, RoleLevel::Senior, payments()),
        Err(QuestionRefusal::Bank(BankRefusal::Duplicate))
    );
    // A role the document lacks is added with the question.
    let other = "Data engineer";
    assert_eq!(
        edit::add_question(&mut doc, other, RoleLevel::Mid, replay()),
        Ok(())
    );
    assert_eq!(doc.roles[1].name, other);
    assert_eq!(doc.roles[1].level, RoleLevel::Mid);
    assert_eq!(doc.roles[1].questions, vec![replay()]);
    assert_eq!(
        edit::add_question(&mut doc, "  ", RoleLevel::Mid, replay()),
        Err(QuestionRefusal::NoRole),
        "a question belongs to a named role"
    );
    assert!(edit::remove_question(
        &mut doc,
        ROLE,
        ARCH,
        &payments().text
    ));
    assert!(!edit::remove_question(
        &mut doc,
        ROLE,
        ARCH,
        &payments().text
    ));
    assert!(doc.roles[0].questions.is_empty());
}

#[test]
fn the_widget_adds_and_removes_a_question_for_the_candidates_role() {
    use backend_ready::ui::scorecard::state::{DocEdit, ScorecardMsg};
    let mut state = common::scorecard::state_with_ada(ROLE);
    let add = |text: &str, probes: Vec<&'static str>| {
        ScorecardMsg::Edit(DocEdit::AddQuestion {
            candidate: "c1".into(),
            stage: ARCH,
            text: text.into(),
            probes,
        })
    };
    assert!(state.apply(add(
        " How would you keep card data out of our logs? ",
        vec!["system-design", "security"]
    )));
    assert_eq!(state.doc.roles[0].questions, vec![payments()]);
    assert!(!state.apply(add("Why?", Vec::new())));
    assert_eq!(
        state.question_refused,
        Some(QuestionRefusal::Invalid(QuestionProblem::NoProbes))
    );
    assert!(!state.apply(add(&payments().text, vec!["database"])));
    assert_eq!(
        state.question_refused,
        Some(QuestionRefusal::Bank(BankRefusal::Duplicate))
    );
    assert!(state.apply(ScorecardMsg::Edit(DocEdit::RemoveQuestion {
        role: ROLE.into(),
        stage: ARCH,
        text: payments().text,
    })));
    assert_eq!(state.question_refused, None, "cleared by the next message");
    assert!(state.doc.roles[0].questions.is_empty());
}

// ---------------------------------------------------------------- plan coverage

/// A plan of the architecture case study only, done without security evidence: the
/// guide's bank for that stage does not probe security, so security is "missed"; with
/// the team's question that probes security there, a pending architecture stage says
/// "not done yet" instead.
#[test]
fn a_teams_question_makes_its_stage_probe_its_competencies() {
    let mut ada = Candidate::new("c1", "Ada", ROLE, RoleLevel::Senior);
    ada.plan = vec![PlannedStage {
        stage: ARCH.into(),
        interviewer: String::new(),
    }];
    // Bob's database interview, done; the architecture stage is still pending.
    let interviews = [submit(
        rated("i1", "c1", "Bob", DB, [3, 3, 3, 3, 0, 3, 3]),
        Decision::Yes,
    )];
    let security = backend_ready::content::scorecard::competency("security").unwrap();
    let guide_only = summarise(&ada, &role_with(Vec::new()), &[ada.clone()], &interviews);
    assert!(guide_only.flags.contains(&Flag::Missed {
        competency: security
    }));
    let with_team = summarise(
        &ada,
        &role_with(vec![payments()]),
        &[ada.clone()],
        &interviews,
    );
    assert!(
        with_team.flags.iter().any(
            |flag| matches!(flag, Flag::NotDoneYet { competency, .. } if *competency == security)
        ),
        "{:?}",
        with_team.flags
    );
    assert!(!with_team.flags.contains(&Flag::Missed {
        competency: security
    }));
}

#[test]
fn a_refused_question_is_named_by_its_path() {
    use backend_ready::export::Problem;
    let file = export_doc(&doc_with(vec![payments(), replay()]));
    let twice = file.replace(&replay().text, &payments().text).replace(
        r#""stage":"database-modelling","text""#,
        r#""stage":"architecture-case-study","text""#,
    );
    let error = import_doc(&twice).unwrap_err();
    assert_eq!(error.path, "roles[0].questions[1].text");
    assert!(matches!(
        error.problem,
        Problem::Duplicate {
            what: "question",
            ..
        }
    ));
    assert!(error.message().contains("question"), "{}", error.message());
    let none = file.replace(r#""probes":["database"]"#, r#""probes":[]"#);
    let error = import_doc(&none).unwrap_err();
    assert_eq!(error.path, "roles[0].questions[1].probes");
    assert_eq!(error.problem, Problem::Blank);
}

// ---------------------------------------------------------------- damaged input

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(512))]

    /// 512 cases: a damaged file or stored document with team questions never panics,
    /// and whatever still reads is itself lossless.
    #[test]
    fn damaged_team_questions_never_panic(
        at in proptest::prelude::any::<proptest::sample::Index>(),
        replace in proptest::option::of(proptest::prelude::any::<char>()),
    ) {
        let damage = replace.map_or(Damage::Delete, Damage::Replace);
        let doc = doc_with(vec![payments(), replay()]);
        lossless_if_read(&damaged_at(&export_doc(&doc), at, damage), import_doc, export_doc)?;
        lossless_if_read(&damaged_at(&encode(&stored(doc)), at, damage), decode, encode)?;
    }
}

/// "Prepare the interviewers" sends the candidate alone with their role: the team's
/// questions go with it, so the interviewers see them in their banks.
#[test]
fn the_file_that_prepares_the_interviewers_carries_the_team_questions() {
    let doc = doc_with(vec![payments()]);
    let file = backend_ready::export::export_for_interviewers(&doc, "c1").unwrap();
    let read = import_doc(&file).unwrap();
    assert!(read.interviews.is_empty());
    assert_eq!(read.roles[0].questions, vec![payments()]);
}
