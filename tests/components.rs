//! Component tests in headless Chromium (wasm-bindgen-test): the mount entry point,
//! the title screens, option errors, updates, events and unmounting, in a real shadow root.
#![cfg(target_arch = "wasm32")]

mod support;

use backend_ready::content::active::{intro, messages};
use backend_ready::mount;
use js_sys::Reflect;
use support::{options_object, Fixture};
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn field(value: &JsValue, key: &str) -> String {
    support::get(value, key).as_string().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn quiz_mode_shows_its_title_screen() {
    let fixture = Fixture::new();
    let _widget = fixture.mount(&[("mode", "quiz")]);
    yew::scheduler::flush().await;
    let title = fixture.select("h2").expect("a heading");
    assert_eq!(title.text_content().unwrap(), intro::QUIZ_TITLE);
    assert!(fixture.text().contains(intro::QUIZ_PRIVACY));
}

#[wasm_bindgen_test]
async fn scorecard_mode_and_theme_and_language() {
    let fixture = Fixture::new();
    let _widget = fixture.mount(&[("mode", "scorecard"), ("theme", "dark")]);
    yew::scheduler::flush().await;
    let wrapper = fixture.select(".br").expect("the widget wrapper");
    assert_eq!(wrapper.class_name(), "br br--dark");
    assert_eq!(wrapper.get_attribute("lang").as_deref(), Some("en"));
    assert!(fixture.text().contains(intro::SCORECARD_TITLE));
}

#[wasm_bindgen_test]
async fn a_bad_option_shows_a_message_in_place_and_an_event() {
    let fixture = Fixture::new();
    let errors = fixture.record("option-error");
    let _widget = fixture.mount(&[("mode", "survey"), ("cta-url", "javascript:alert(1)")]);
    yew::scheduler::flush().await;
    let alert = fixture
        .select("[role=alert]")
        .expect("an alert in place of the widget");
    let text = alert.text_content().unwrap();
    assert!(text.contains(messages::OPTION_ERROR_HEADING), "{text}");
    assert!(text.contains("mode=\"survey\""), "{text}");
    assert!(text.contains("cta-url=\"javascript:alert(1)\""), "{text}");
    assert!(
        fixture.select("a").is_none(),
        "a refused link is never rendered as a link"
    );
    let errors = errors.borrow();
    assert_eq!(errors.len(), 1);
    let problems = js_sys::Array::from(&Reflect::get(&errors[0], &"problems".into()).unwrap());
    assert_eq!(problems.length(), 2);
    assert_eq!(field(&problems.get(0), "option"), "mode");
}

#[wasm_bindgen_test]
async fn mounting_announces_the_mode() {
    let fixture = Fixture::new();
    let mounted = fixture.record("mounted");
    let _widget = fixture.mount(&[("mode", "scorecard")]);
    yew::scheduler::flush().await;
    let mounted = mounted.borrow();
    assert_eq!(mounted.len(), 1);
    assert_eq!(field(&mounted[0], "mode"), "scorecard");
    assert_eq!(field(&mounted[0], "version"), env!("CARGO_PKG_VERSION"));
}

#[wasm_bindgen_test]
async fn update_switches_mode_and_recovers_from_errors() {
    let fixture = Fixture::new();
    let mut widget = fixture.mount(&[("mode", "nonsense")]);
    yew::scheduler::flush().await;
    assert!(fixture.select("[role=alert]").is_some());
    widget.update(options_object(&[("mode", "scorecard")]));
    yew::scheduler::flush().await;
    assert!(fixture.select("[role=alert]").is_none());
    assert!(fixture.text().contains(intro::SCORECARD_TITLE));
    widget.update(options_object(&[("mode", "quiz")]));
    yew::scheduler::flush().await;
    assert!(fixture.text().contains(intro::QUIZ_TITLE));
}

#[wasm_bindgen_test]
async fn unmount_empties_the_root_and_is_idempotent() {
    let fixture = Fixture::new();
    let mut widget = fixture.mount(&[]);
    yew::scheduler::flush().await;
    assert!(!fixture.text().is_empty());
    widget.unmount();
    yew::scheduler::flush().await;
    assert_eq!(fixture.root.child_element_count(), 0);
    widget.unmount();
}

#[wasm_bindgen_test]
async fn non_string_and_missing_options_do_not_break_mounting() {
    let fixture = Fixture::new();
    let _widget = mount(
        fixture.host.clone(),
        fixture.root.clone(),
        JsValue::UNDEFINED,
    );
    yew::scheduler::flush().await;
    assert!(fixture.text().contains(intro::QUIZ_TITLE));
}
