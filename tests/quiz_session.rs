//! Native tests of the quiz flow state machine (src/quiz/session.rs) and the stored
//! quiz document (src/storage/quiz_doc.rs).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use backend_ready::quiz::{visible_questions, Action, Answers, Screen, Session, Transition};
use backend_ready::storage::quiz_doc::{decode, encode, QuizDoc, QUIZ_DOC_VERSION};
use backend_ready::storage::DecodeError;

fn pick(session: &mut Session, question: &'static str, answer: &'static str) {
    let action = Action::Pick { question, answer };
    assert_eq!(session.apply(action), Transition::Nothing);
}

#[test]
fn start_answer_and_finish() {
    let mut session = Session::default();
    assert_eq!(session.apply(Action::Start), Transition::Started);
    assert_eq!(session.screen, Screen::Question(0));
    assert_eq!(session.current_question(), Some("stage"));
    pick(&mut session, "stage", "stage.growing");
    assert_eq!(
        session.apply(Action::Next),
        Transition::Answered { question: "stage" }
    );
    let total = visible_questions(&session.answers).len();
    for _ in 1..total - 1 {
        assert!(matches!(
            session.apply(Action::Next),
            Transition::Answered { .. }
        ));
    }
    let last = visible_questions(&session.answers)[total - 1].id;
    assert_eq!(
        session.apply(Action::Next),
        Transition::Completed { question: last }
    );
    assert_eq!(session.screen, Screen::Result);
    assert_eq!(session.apply(Action::Next), Transition::Nothing);
}

#[test]
fn back_keeps_the_choice_and_walks_to_the_intro() {
    let mut session = Session::default();
    session.apply(Action::Start);
    pick(&mut session, "stage", "stage.mvp");
    session.apply(Action::Next);
    session.apply(Action::Back);
    assert_eq!(session.screen, Screen::Question(0));
    assert_eq!(session.answers.chosen("stage"), ["stage.mvp"]);
    session.apply(Action::Back);
    assert_eq!(session.screen, Screen::Intro);
    assert!(session.has_progress());
}

#[test]
fn picks_only_apply_to_the_question_on_screen() {
    let mut session = Session::default();
    pick(&mut session, "stage", "stage.mvp");
    assert!(!session.has_progress(), "no question is shown on the intro");
    session.apply(Action::Start);
    pick(&mut session, "leadership", "leadership.none");
    assert!(
        !session.has_progress(),
        "leadership is not the current question"
    );
}

#[test]
fn start_over_forgets_and_resume_is_clamped() {
    let mut session = Session::default();
    session.apply(Action::Start);
    pick(&mut session, "stage", "stage.mvp");
    assert_eq!(session.apply(Action::StartOver), Transition::Started);
    assert!(!session.has_progress());
    session.apply(Action::Resume(500));
    let last = visible_questions(&session.answers).len() - 1;
    assert_eq!(session.screen, Screen::Question(last));
}

#[test]
fn back_from_the_result_goes_to_the_last_question() {
    let mut session = Session::default();
    session.apply(Action::ShowShared(Answers::new()));
    assert_eq!(session.screen, Screen::Result);
    session.apply(Action::Back);
    let last = visible_questions(&session.answers).len() - 1;
    assert_eq!(session.screen, Screen::Question(last));
}

fn doc(screen: Screen, pairs: &[(&str, &[&str])]) -> QuizDoc {
    let mut answers = Answers::new();
    for (question, chosen) in pairs {
        answers.set(question, chosen);
    }
    QuizDoc {
        session: Session { screen, answers },
        unknown: Vec::new(),
    }
}

#[test]
fn document_round_trips() {
    let original = doc(
        Screen::Question(2),
        &[
            ("stage", &["stage.growing"]),
            ("growth", &["growth.users", "growth.data"]),
        ],
    );
    let text = encode(&original);
    assert!(
        text.starts_with(&format!("version={QUIZ_DOC_VERSION}\n")),
        "{text}"
    );
    assert_eq!(decode(&text), Ok(original));
    let finished = doc(Screen::Result, &[]);
    assert_eq!(decode(&encode(&finished)), Ok(finished));
}

#[test]
fn version_one_fixture_still_loads() {
    let stored = "version=1\nscreen=question:1\nanswers=v1;stage:growing\n";
    let loaded = decode(stored).expect("a version 1 document");
    assert_eq!(loaded.session.screen, Screen::Question(1));
    assert_eq!(loaded.session.answers.chosen("stage"), ["stage.growing"]);
}

#[test]
fn unknown_lines_are_kept_and_written_back() {
    let stored = "version=1\nscreen=intro\nanswers=v1\ntheme-hint=dark\n";
    let loaded = decode(stored).unwrap();
    assert_eq!(loaded.unknown, ["theme-hint=dark"]);
    assert!(encode(&loaded).contains("\ntheme-hint=dark\n"));
}

#[test]
fn a_saved_position_past_the_end_shows_the_result() {
    let loaded = decode("version=1\nscreen=question:40\nanswers=v1\n").unwrap();
    assert_eq!(loaded.session.screen, Screen::Result);
}

#[test]
fn unreadable_documents_are_refused_not_guessed() {
    let cases = [
        "",
        "null",
        "[1,2]",
        "{\"version\":1}",
        "version=1",
        "version=one\nscreen=intro\nanswers=v1",
        "version=0\nscreen=intro\nanswers=v1",
        "version=1\nscreen=sideways\nanswers=v1",
        "version=1\nscreen=intro\nanswers=nonsense",
        "version=1\nscreen=intro\nscreen=result\nanswers=v1",
        "version=1\nscreen=intro\nanswers=v1\nno equals sign",
        "version=1\nscreen=intro\nanswers=v1\nx=\u{7}bell",
        "screen=intro\nversion=1\nanswers=v1",
    ];
    for text in cases {
        assert!(
            matches!(decode(text), Err(DecodeError::Unreadable(_))),
            "{text:?}"
        );
    }
    assert!(matches!(
        decode(&"x".repeat(200_000)),
        Err(DecodeError::Unreadable(_))
    ));
}

#[test]
fn newer_documents_are_left_for_the_newer_build() {
    assert_eq!(
        decode("version=2\nscreen=intro\n"),
        Err(DecodeError::NewerVersion(2))
    );
}

/// The stored-document decoder reads whatever is in localStorage: fuzzed with 10,000
/// cases each.
mod decode_properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(10_000))]

        #[test]
        fn decode_never_panics_on_any_text(text in "\\PC*") {
            let _ = decode(&text);
        }

        #[test]
        fn decode_never_panics_on_near_miss_documents(
            version in "[0-9]{0,3}",
            screen in "[a-z:0-9]{0,14}",
            answers in "[ -~]{0,80}",
        ) {
            let text = format!("version={version}\nscreen={screen}\nanswers={answers}\n");
            if let Ok(doc) = decode(&text) {
                prop_assert_eq!(decode(&encode(&doc)), Ok(doc));
            }
        }
    }
}

#[test]
fn the_intro_states_the_real_number_of_questions() {
    let fewest = visible_questions(&Answers::new()).len();
    let most = backend_ready::content::quiz::QUESTIONS.len();
    let promise = format!("{fewest} to {most} questions");
    let length = backend_ready::content::messages::quiz::LENGTH;
    assert!(
        length.contains(&promise),
        "{length:?} should say {promise:?}"
    );
}

mod merging_tabs {
    use super::*;
    use backend_ready::quiz::merge_answers;
    use common::quiz::answers;

    #[test]
    fn answers_to_different_questions_both_survive() {
        let ours = answers(&[("stage", &["stage.mvp"])]);
        let theirs = answers(&[("leadership", &["leadership.none"])]);
        let merged = merge_answers(&ours, &theirs);
        assert!(merged.conflicts.is_empty());
        assert_eq!(merged.answers.chosen("stage"), ["stage.mvp"]);
        assert_eq!(merged.answers.chosen("leadership"), ["leadership.none"]);
        assert_eq!(
            merge_answers(&theirs, &ours).answers,
            merged.answers,
            "symmetric"
        );
    }

    #[test]
    fn different_answers_to_one_question_are_a_conflict_and_ours_stay() {
        let ours = answers(&[
            ("stage", &["stage.mvp"]),
            ("growth", &["growth.users", "growth.data"]),
        ]);
        let theirs = answers(&[
            ("stage", &["stage.growing"]),
            ("growth", &["growth.data", "growth.users"]),
        ]);
        let merged = merge_answers(&ours, &theirs);
        assert_eq!(
            merged.conflicts,
            ["stage"],
            "the same set in another order is no conflict"
        );
        assert_eq!(merged.answers, ours);
    }

    #[test]
    fn merging_keeps_the_question_on_screen_when_branching_moves_it() {
        let mut session = Session::default();
        session.apply(Action::Start);
        session.apply(Action::Pick {
            question: "stage",
            answer: "stage.mvp",
        });
        while session.current_question() != Some("leadership") {
            session.apply(Action::Next);
        }
        let before = session.screen;
        let theirs = answers(&[("sensitive", &["sensitive.regulated"])]);
        assert!(session.merge_from(&theirs).is_empty());
        assert_eq!(session.current_question(), Some("leadership"));
        assert_ne!(
            session.screen, before,
            "the compliance question now comes first"
        );
    }

    #[test]
    fn adopting_takes_their_answer_for_the_conflicting_questions_only() {
        let mut session = Session {
            screen: Screen::Intro,
            answers: answers(&[("stage", &["stage.mvp"]), ("budget", &["budget.project"])]),
        };
        let theirs = answers(&[
            ("stage", &["stage.growing"]),
            ("budget", &["budget.undecided"]),
        ]);
        let conflicts = session.merge_from(&theirs);
        session.adopt_from(&theirs, &conflicts[..1]);
        assert_eq!(session.answers.chosen("stage"), ["stage.growing"]);
    }
}
