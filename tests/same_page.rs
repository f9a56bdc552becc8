//! Widgets of one page on the same storage key: the page registry
//! (`browser::same_page`), the quiz's three-way merge of answers, and the reducers
//! taking what a same-key widget saved (no save back when storage already has it).

mod common;

use std::cell::RefCell;
use std::rc::Rc;

use backend_ready::browser::same_page::{join, new_id, tell, Peer};
use backend_ready::quiz::{merge_since, Action, Answers, Screen, Session};
use backend_ready::scorecard::{Candidate, RoleLevel, ScorecardDoc};
use backend_ready::ui::quiz::state::{Notice, QuizMsg, QuizState};
use backend_ready::ui::scorecard::state::{EdgeMsg, ScorecardMsg, ScorecardState};
use common::quiz::answers;
use yew::Reducible;

fn heard() -> (Rc<RefCell<Vec<String>>>, impl Fn(&String) + 'static) {
    let log = Rc::new(RefCell::new(Vec::new()));
    let writer = log.clone();
    (log, move |news: &String| {
        writer.borrow_mut().push(news.clone())
    })
}

#[test]
fn news_reaches_the_other_widgets_on_the_key_only() {
    let (one_heard, one_listens) = heard();
    let (two_heard, two_listens) = heard();
    let (other_heard, other_listens) = heard();
    let (one, two, other) = (new_id(), new_id(), new_id());
    let _one = join("a:scorecard", one, one_listens);
    let _two = join("a:scorecard", two, two_listens);
    let _other = join("b:scorecard", other, other_listens);
    tell("a:scorecard", one, &"saved by one".to_owned());
    tell("a:scorecard", two, &"saved by two".to_owned());
    assert_eq!(*one_heard.borrow(), ["saved by two"], "never its own news");
    assert_eq!(*two_heard.borrow(), ["saved by one"]);
    assert!(other_heard.borrow().is_empty(), "another key hears nothing");
    tell("a:scorecard", one, &42_u32);
    assert_eq!(
        two_heard.borrow().len(),
        1,
        "news of another type is ignored"
    );
}

#[test]
fn an_unmounted_widget_hears_nothing_more() {
    let (gone_heard, gone_listens) = heard();
    let (teller, gone) = (new_id(), new_id());
    let _teller = join("c:quiz", teller, |_: &String| {});
    drop(join("c:quiz", gone, gone_listens));
    tell("c:quiz", teller, &"after".to_owned());
    assert!(gone_heard.borrow().is_empty());
}

#[test]
fn a_widget_that_leaves_while_news_goes_round_is_skipped() {
    // The first listener unmounts the second widget (a single-page app swapping
    // instances); the second must not hear the news after it left.
    let second: Rc<RefCell<Option<Peer>>> = Rc::new(RefCell::new(None));
    let (second_heard, second_listens) = heard();
    let teller = new_id();
    let _teller = join("d:scorecard", teller, |_: &String| {});
    let unmount = second.clone();
    let _first = join("d:scorecard", new_id(), move |_: &String| {
        unmount.borrow_mut().take();
    });
    *second.borrow_mut() = Some(join("d:scorecard", new_id(), second_listens));
    tell("d:scorecard", teller, &"news".to_owned());
    assert!(second_heard.borrow().is_empty());
}

#[test]
fn a_listener_may_tell_in_turn() {
    // A widget whose merge adds to what it heard saves it and tells the others.
    let (first_heard, first_listens) = heard();
    let (first, echo) = (new_id(), new_id());
    let _first = join("e:scorecard", first, first_listens);
    let _echo = join("e:scorecard", echo, move |news: &String| {
        if news == "question" {
            tell("e:scorecard", echo, &"answer".to_owned());
        }
    });
    tell("e:scorecard", first, &"question".to_owned());
    assert_eq!(*first_heard.borrow(), ["answer"]);
}

#[test]
fn three_way_takes_the_side_that_changed_a_removal_included() {
    let base = answers(&[("stage", &["stage.mvp"]), ("budget", &["budget.project"])]);
    let ours = base.clone();
    let theirs = answers(&[("stage", &["stage.growing"])]);
    let merged = merge_since(&base, &ours, &theirs);
    assert!(merged.conflicts.is_empty());
    assert_eq!(
        merged.answers, theirs,
        "changed and removed there, unchanged here"
    );
    let merged = merge_since(&base, &theirs, &ours);
    assert_eq!(
        merged.answers, theirs,
        "changed here, unchanged there: ours"
    );
}

#[test]
fn three_way_conflicts_only_where_both_changed_differently() {
    let base = answers(&[("stage", &["stage.mvp"])]);
    let ours = answers(&[
        ("stage", &["stage.growing"]),
        ("budget", &["budget.project"]),
    ]);
    let theirs = answers(&[
        ("stage", &["stage.scaling"]),
        ("budget", &["budget.project"]),
    ]);
    let merged = merge_since(&base, &ours, &theirs);
    assert_eq!(merged.conflicts, ["stage"]);
    assert_eq!(merged.answers, ours);
    let alike = merge_since(&base, &ours, &ours);
    assert!(alike.conflicts.is_empty());
}

/// A quiz started, its first question answered "MVP".
fn started_with_mvp() -> Session {
    let mut session = Session::default();
    session.apply(Action::Start);
    session.apply(Action::Pick {
        question: "stage",
        answer: "stage.mvp",
    });
    session
}

#[test]
fn start_over_in_one_widget_clears_the_other() {
    let mut session = started_with_mvp();
    session.apply(Action::Next);
    let base = session.answers.clone();
    assert!(session.merge_since(&base, &Answers::new()).is_empty());
    assert!(session.answers.is_empty());
    assert!(matches!(session.screen, Screen::Question(_)));
}

#[test]
fn a_hidden_question_on_screen_moves_to_one_still_shown() {
    let mut session = started_with_mvp();
    for _ in 0..40 {
        session.apply(Action::Next);
        if session.screen == Screen::Result {
            session.apply(Action::Back);
            break;
        }
    }
    let base = session.answers.clone();
    session.merge_since(&base, &Answers::new());
    let Screen::Question(index) = session.screen else {
        panic!("still on a question");
    };
    let visible = backend_ready::quiz::visible_questions(&session.answers).len();
    assert!(index < visible, "{index} < {visible}");
}

#[test]
fn the_quiz_saves_only_what_storage_lacks_after_a_same_page_save() {
    let state = Rc::new(QuizState::default());
    let theirs = answers(&[("stage", &["stage.mvp"])]);
    let taken = state.reduce(QuizMsg::FromSamePage(theirs.clone()));
    assert_eq!(taken.session.answers, theirs);
    assert_eq!(taken.agreed, theirs, "the base of the next merge");
    assert_eq!(taken.saves, 0, "storage already has their answers");
    // Ours answered another question meanwhile (its save failed): the merge adds it.
    let mut ours = QuizState::default();
    ours.session.answers = answers(&[("budget", &["budget.project"])]);
    let merged = Rc::new(ours).reduce(QuizMsg::FromSamePage(theirs));
    assert_eq!(merged.session.answers.chosen("stage"), ["stage.mvp"]);
    assert_eq!(merged.session.answers.chosen("budget"), ["budget.project"]);
    assert_eq!(merged.saves, 1, "written back");
    assert!(merged.notices.is_empty());
}

#[test]
fn a_changed_answer_from_the_same_page_replaces_ours_when_ours_was_saved() {
    let saved = answers(&[("stage", &["stage.mvp"])]);
    let mut ours = QuizState::default();
    ours.session.answers = saved.clone();
    let state = Rc::new(ours).reduce(QuizMsg::Saved(saved));
    let changed = answers(&[("stage", &["stage.growing"])]);
    let state = state.reduce(QuizMsg::FromSamePage(changed.clone()));
    assert_eq!(state.session.answers, changed);
    assert!(
        state.notices.is_empty(),
        "no conflict: ours was what they changed"
    );
    let cleared = state.reduce(QuizMsg::FromSamePage(Answers::new()));
    assert!(
        cleared.session.answers.is_empty(),
        "start over in the other widget"
    );
    assert_eq!(cleared.saves, 0);
}

#[test]
fn the_quiz_offers_a_same_page_conflict_like_another_tabs() {
    let mut ours = QuizState::default();
    ours.session.answers = answers(&[("stage", &["stage.mvp"])]);
    let theirs = answers(&[("stage", &["stage.growing"])]);
    let state = Rc::new(ours).reduce(QuizMsg::FromSamePage(theirs));
    assert_eq!(state.notices, [Notice::OtherTabDiffers(1)]);
    assert_eq!(state.saves, 1, "ours kept: storage lacks it");
    let state = state.reduce(QuizMsg::AdoptOtherTab);
    assert_eq!(state.session.answers.chosen("stage"), ["stage.growing"]);
    assert_eq!(state.saves, 2);
}

#[test]
fn quiz_flow_changes_count_as_saves_and_notices_do_not() {
    let state = Rc::new(QuizState::default()).reduce(QuizMsg::Flow(Action::Start));
    assert_eq!(state.saves, 1);
    let state = state.reduce(QuizMsg::Show(Notice::SaveFailed));
    assert_eq!(state.saves, 1);
    let state = state.reduce(QuizMsg::Saved(Answers::new()));
    assert!(
        state.notices.is_empty(),
        "a save that worked clears the failure"
    );
    assert_eq!(state.saves, 1);
}

#[test]
fn the_scorecard_takes_a_same_page_document_and_interviewer() {
    let mut doc = ScorecardDoc::default();
    doc.candidates.push(Rc::new(Candidate::new(
        "c1",
        "Grace Hopper",
        "Backend engineer",
        RoleLevel::Senior,
    )));
    let doc = Rc::new(doc);
    let state = Rc::new(ScorecardState::default()).reduce(ScorecardMsg::Edge(EdgeMsg::Replace {
        doc: doc.clone(),
        interviewer: Some("Ann".into()),
        save: false,
    }));
    assert!(
        Rc::ptr_eq(&state.doc, &doc),
        "one document in memory, not a copy"
    );
    assert_eq!(state.interviewer, "Ann");
    assert_eq!(state.saved_changes, 0, "nothing to write back");
    let from_tab = state.reduce(ScorecardMsg::Edge(EdgeMsg::Replace {
        doc: Rc::new(ScorecardDoc::default()),
        interviewer: None,
        save: true,
    }));
    assert_eq!(
        from_tab.interviewer, "Ann",
        "another tab's interviewer is not taken"
    );
    assert_eq!(from_tab.saved_changes, 1);
}

mod two_saves_at_once {
    use std::rc::Rc;

    use backend_ready::scorecard::{Candidate, RoleLevel, ScorecardDoc};
    use backend_ready::storage::scorecard_merge::{merge_tabs, same_records};

    fn doc(ids: &[&str]) -> ScorecardDoc {
        let mut doc = ScorecardDoc::default();
        for id in ids {
            let candidate = Candidate::new(id, id, "Backend engineer", RoleLevel::Senior);
            doc.candidates.push(Rc::new(candidate));
        }
        doc
    }

    #[test]
    fn merged_against_what_their_save_replaced_both_adds_survive() {
        // Both tabs started from `c1`; this one saved `c2`, the other `c3` before it
        // heard of `c2`: its save replaced `c1` only.
        let (replaced, ours, theirs) = (doc(&["c1"]), doc(&["c1", "c2"]), doc(&["c1", "c3"]));
        let merged = merge_tabs(&replaced, &ours, &theirs);
        assert_eq!(merged.doc, doc(&["c1", "c2", "c3"]));
        assert!(merged.conflicts.is_empty());
        // Against what this tab last saved, `c2` would look deleted by the other tab.
        let wrong = merge_tabs(&ours, &ours, &theirs);
        assert_eq!(wrong.doc, theirs);
    }

    #[test]
    fn the_same_records_in_another_order_are_the_same() {
        let (a, b) = (doc(&["c1", "c2", "c3"]), doc(&["c3", "c1", "c2"]));
        assert!(same_records(&a, &b));
        assert!(same_records(&a, &a));
        assert!(!same_records(&a, &doc(&["c1", "c2"])));
        let mut renamed = b.clone();
        Rc::make_mut(&mut renamed.candidates[0]).name = "Renamed".into();
        assert!(!same_records(&a, &renamed));
        assert!(!same_records(&doc(&["c1", "c1"]), &doc(&["c1", "c2"])));
    }
}
