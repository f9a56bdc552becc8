//! Component tests in headless Chromium (wasm-bindgen-test): the mount entry point,
//! the title screens, option errors, updates, events and unmounting, in a real shadow root.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use backend_ready::{mount, MountedWidget};
use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;
use web_sys::{CustomEvent, Element, HtmlElement, ShadowRootInit, ShadowRootMode};

wasm_bindgen_test_configure!(run_in_browser);

/// A host element in the page with an open shadow root and a mount point inside it.
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

    fn mount(&self, options: &[(&str, &str)]) -> MountedWidget {
        mount(
            self.host.clone(),
            self.root.clone(),
            options_object(options),
        )
    }

    fn text(&self) -> String {
        self.root.text_content().unwrap_or_default()
    }

    fn select(&self, selector: &str) -> Option<Element> {
        self.root.query_selector(selector).unwrap()
    }

    /// Collects the `detail` of every `backend-ready:<name>` event reaching the host.
    fn record(&self, name: &str) -> Rc<RefCell<Vec<JsValue>>> {
        let seen = Rc::new(RefCell::new(Vec::new()));
        let sink = seen.clone();
        let listener = Closure::<dyn FnMut(CustomEvent)>::new(move |event: CustomEvent| {
            assert!(
                event.bubbles() && event.composed(),
                "events must bubble and be composed"
            );
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

fn options_object(pairs: &[(&str, &str)]) -> JsValue {
    let object = Object::new();
    for (key, value) in pairs {
        Reflect::set(&object, &(*key).into(), &(*value).into()).unwrap();
    }
    object.into()
}

fn field(value: &JsValue, key: &str) -> String {
    Reflect::get(value, &key.into())
        .unwrap()
        .as_string()
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn quiz_mode_shows_its_title_screen() {
    let fixture = Fixture::new();
    let _widget = fixture.mount(&[("mode", "quiz")]);
    yew::scheduler::flush().await;
    let title = fixture.select("h2").expect("a heading");
    assert_eq!(
        title.text_content().unwrap(),
        "Is your system backend-ready for scale?"
    );
    assert!(fixture.text().contains("Nothing is sent anywhere"));
}

#[wasm_bindgen_test]
async fn scorecard_mode_and_theme_and_language() {
    let fixture = Fixture::new();
    let _widget = fixture.mount(&[("mode", "scorecard"), ("theme", "dark")]);
    yew::scheduler::flush().await;
    let wrapper = fixture.select(".br").expect("the widget wrapper");
    assert_eq!(wrapper.class_name(), "br br--dark");
    assert_eq!(wrapper.get_attribute("lang").as_deref(), Some("en"));
    assert!(fixture.text().contains("Rate backend candidates"));
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
    assert!(text.contains("could not start"), "{text}");
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
    assert!(fixture.text().contains("Rate backend candidates"));
    widget.update(options_object(&[("mode", "quiz")]));
    yew::scheduler::flush().await;
    assert!(fixture.text().contains("backend-ready for scale"));
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
    assert!(fixture.text().contains("backend-ready for scale"));
}
