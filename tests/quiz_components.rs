//! Component tests of the quiz in headless Chromium: the whole flow in a real shadow
//! root, events to the host, progress saved to and restored from real localStorage,
//! and a damaged stored document kept aside.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use backend_ready::{mount, MountedWidget};
use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;
use web_sys::{CustomEvent, Element, HtmlElement, ShadowRootInit, ShadowRootMode, Storage};

wasm_bindgen_test_configure!(run_in_browser);

struct Fixture {
    host: HtmlElement,
    root: Element,
}

impl Fixture {
    fn new() -> Self {
        let document = web_sys::window().unwrap().document().unwrap();
        let host: HtmlElement = document.create_element("div").unwrap().unchecked_into();
        document.body().unwrap().append_child(&host).unwrap();
        let shadow = host
            .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
            .unwrap();
        let root = document.create_element("div").unwrap();
        shadow.append_child(&root).unwrap();
        Fixture { host, root }
    }

    fn mount_quiz(&self, storage_key: &str) -> MountedWidget {
        let options = Object::new();
        Reflect::set(&options, &"mode".into(), &"quiz".into()).unwrap();
        Reflect::set(&options, &"storage-key".into(), &storage_key.into()).unwrap();
        mount(self.host.clone(), self.root.clone(), options.into())
    }

    fn select(&self, selector: &str) -> Option<HtmlElement> {
        let found = self.root.query_selector(selector).unwrap();
        found.map(|element| element.unchecked_into())
    }

    fn count(&self, selector: &str) -> u32 {
        self.root.query_selector_all(selector).unwrap().length()
    }

    fn heading(&self) -> String {
        self.select("h2")
            .map(|h| h.text_content().unwrap())
            .unwrap_or_default()
    }

    async fn click_button(&self, label: &str) {
        let buttons = self.root.query_selector_all("button").unwrap();
        let button = (0..buttons.length())
            .filter_map(|i| buttons.get(i))
            .find(|node| node.text_content().as_deref() == Some(label))
            .unwrap_or_else(|| panic!("no button {label:?}"));
        button.unchecked_into::<HtmlElement>().click();
        yew::scheduler::flush().await;
    }

    /// Picks the first answer of the current question and submits it.
    async fn answer_first_and_continue(&self) {
        self.select(".br-choice input").expect("an answer").click();
        yew::scheduler::flush().await;
        self.select("button[type=submit]").expect("next").click();
        yew::scheduler::flush().await;
    }

    fn record(&self, name: &str) -> Rc<RefCell<Vec<JsValue>>> {
        let seen = Rc::new(RefCell::new(Vec::new()));
        let sink = seen.clone();
        let listener = Closure::<dyn FnMut(CustomEvent)>::new(move |event: CustomEvent| {
            sink.borrow_mut().push(event.detail());
        });
        let event_name = format!("backend-ready:{name}");
        self.host
            .add_event_listener_with_callback(&event_name, listener.as_ref().unchecked_ref())
            .unwrap();
        listener.forget();
        seen
    }
}

impl Drop for Fixture {
    fn drop(&mut self) {
        self.host.remove();
    }
}

fn storage() -> Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &key.into()).unwrap()
}

#[wasm_bindgen_test]
async fn the_whole_quiz_to_the_result_with_events() {
    let fixture = Fixture::new();
    let started = fixture.record("quiz-started");
    let answered = fixture.record("quiz-answered");
    let completed = fixture.record("quiz-completed");
    let _widget = fixture.mount_quiz("component-flow");
    yew::scheduler::flush().await;
    fixture.click_button("Start the check").await;
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
    assert_eq!(fixture.heading(), "Your result");
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
    fixture.click_button("Start the check").await;
    let first_question = fixture.heading();
    fixture.answer_first_and_continue().await;
    assert_ne!(fixture.heading(), first_question);
    fixture.click_button("Back").await;
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
    fixture.click_button("Start the check").await;
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
    fixture.click_button("Continue where you left off").await;
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
    assert!(notice.contains("could not be read"), "{notice}");
    assert!(notice.contains(&format!("{key}:quiz:backup")), "{notice}");
    let kept = storage().get_item(&format!("{key}:quiz:backup")).unwrap();
    assert_eq!(kept.as_deref(), Some(damaged));
    assert_eq!(fixture.heading(), "Is your system backend-ready for scale?");
    fixture.click_button("Dismiss").await;
    assert!(fixture.select(".br-notice").is_none());
}
