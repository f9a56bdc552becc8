//! Component tests of the quiz in headless Chromium: the whole flow in a real shadow
//! root, events to the host, progress saved to and restored from real localStorage,
//! and a damaged stored document kept aside.
#![cfg(target_arch = "wasm32")]

mod support;

use backend_ready::content::active::intro;
use backend_ready::content::active::messages::{notices, quiz};
use support::{get, Fixture};
use wasm_bindgen_test::*;
use web_sys::Storage;

wasm_bindgen_test_configure!(run_in_browser);

trait QuizFixture {
    fn mount_quiz(&self, storage_key: &str) -> backend_ready::MountedWidget;
    async fn answer_first_and_continue(&self);
}

impl QuizFixture for Fixture {
    fn mount_quiz(&self, storage_key: &str) -> backend_ready::MountedWidget {
        self.mount(&[("mode", "quiz"), ("storage-key", storage_key)])
    }

    /// Picks the first answer of the current question and submits it.
    async fn answer_first_and_continue(&self) {
        self.select(".br-choice input").expect("an answer").click();
        yew::scheduler::flush().await;
        self.select("button[type=submit]").expect("next").click();
        yew::scheduler::flush().await;
    }
}

fn storage() -> Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

#[wasm_bindgen_test]
async fn the_whole_quiz_to_the_result_with_events() {
    let fixture = Fixture::new();
    let started = fixture.record("quiz-started");
    let answered = fixture.record("quiz-answered");
    let completed = fixture.record("quiz-completed");
    let _widget = fixture.mount_quiz("component-flow");
    yew::scheduler::flush().await;
    fixture.click_button(quiz::START).await;
    assert_eq!(started.borrow().len(), 1);
    assert!(
        fixture.select("fieldset legend h2").is_some(),
        "a question in a fieldset"
    );
    let mut screens = 0;
    while fixture.select(".br-result").is_none() {
        fixture.answer_first_and_continue().await;
        screens += 1;
        assert!(screens <= 16, "the quiz never ended");
    }
    assert_eq!(fixture.heading(), quiz::RESULT_HEADING);
    assert_eq!(answered.borrow().len(), screens);
    assert_eq!(
        get(&answered.borrow()[0], "question").as_string().unwrap(),
        "stage"
    );
    let completed = completed.borrow();
    assert_eq!(completed.len(), 1);
    let score = get(&completed[0], "score").as_f64().unwrap();
    let shown = fixture
        .select(".br-score-number")
        .unwrap()
        .text_content()
        .unwrap();
    assert_eq!(shown, score.to_string());
    assert_eq!(
        js_sys::Array::from(&get(&completed[0], "areas")).length(),
        5
    );
    assert_eq!(fixture.count("svg.br-chart .br-chart-bar"), 5);
    assert!(fixture.count(".br-advice-point") >= 4);
}

#[wasm_bindgen_test]
async fn back_keeps_the_choice() {
    let fixture = Fixture::new();
    let _widget = fixture.mount_quiz("component-back");
    yew::scheduler::flush().await;
    fixture.click_button(quiz::START).await;
    let first_question = fixture.heading();
    fixture.answer_first_and_continue().await;
    assert_ne!(fixture.heading(), first_question);
    fixture.click_button(quiz::BACK).await;
    assert_eq!(fixture.heading(), first_question);
    let checked = fixture
        .select(".br-choice input:checked")
        .expect("the earlier choice");
    assert_eq!(checked, fixture.select(".br-choice input").unwrap());
}

#[wasm_bindgen_test]
async fn progress_is_saved_and_offered_after_a_remount() {
    let key = "component-resume";
    storage().remove_item(&format!("{key}:quiz")).unwrap();
    let fixture = Fixture::new();
    let mut widget = fixture.mount_quiz(key);
    yew::scheduler::flush().await;
    fixture.click_button(quiz::START).await;
    fixture.answer_first_and_continue().await;
    fixture.answer_first_and_continue().await;
    let third = fixture.heading();
    widget.unmount();
    let stored = storage().get_item(&format!("{key}:quiz")).unwrap().unwrap();
    assert!(
        stored.starts_with("version=1\nscreen=question:2\n"),
        "{stored}"
    );

    let _again = fixture.mount_quiz(key);
    yew::scheduler::flush().await;
    fixture.click_button(quiz::CONTINUE).await;
    assert_eq!(fixture.heading(), third);
}

#[wasm_bindgen_test]
async fn a_damaged_document_is_kept_aside_and_the_user_told() {
    let key = "component-damaged";
    let damaged = "{\"version\": 1, \"answers\": [tru";
    storage().set_item(&format!("{key}:quiz"), damaged).unwrap();
    storage()
        .remove_item(&format!("{key}:quiz:backup"))
        .unwrap();
    let fixture = Fixture::new();
    let _widget = fixture.mount_quiz(key);
    yew::scheduler::flush().await;
    let notice = fixture
        .select(".br-notice")
        .expect("a notice")
        .text_content()
        .unwrap();
    assert!(notice.contains(notices::UNREADABLE), "{notice}");
    assert!(notice.contains(&format!("{key}:quiz:backup")), "{notice}");
    let kept = storage().get_item(&format!("{key}:quiz:backup")).unwrap();
    assert_eq!(kept.as_deref(), Some(damaged));
    assert_eq!(fixture.heading(), intro::QUIZ_TITLE);
    fixture.click_button(notices::DISMISS).await;
    assert!(fixture.select(".br-notice").is_none());
}
