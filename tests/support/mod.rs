//! Shared fixture of the component tests: a host element in the page with an open
//! shadow root and a mount point inside it, plus helpers to read and drive the widget.
#![allow(dead_code)]

use std::cell::RefCell;
use std::rc::Rc;

use backend_ready::{mount, MountedWidget};
use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;
use web_sys::{CustomEvent, Element, HtmlElement, ShadowRootInit, ShadowRootMode};

pub struct Fixture {
    pub host: HtmlElement,
    pub root: Element,
}

impl Fixture {
    pub fn new() -> Self {
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

    pub fn mount(&self, options: &[(&str, &str)]) -> MountedWidget {
        mount(
            self.host.clone(),
            self.root.clone(),
            options_object(options),
        )
    }

    pub fn text(&self) -> String {
        self.root.text_content().unwrap_or_default()
    }

    pub fn select(&self, selector: &str) -> Option<HtmlElement> {
        let found = self.root.query_selector(selector).unwrap();
        found.map(|element| element.unchecked_into())
    }

    pub fn count(&self, selector: &str) -> u32 {
        self.root.query_selector_all(selector).unwrap().length()
    }

    /// The text of the first heading.
    pub fn heading(&self) -> String {
        self.select("h2")
            .map(|h| h.text_content().unwrap())
            .unwrap_or_default()
    }

    /// Clicks the button labelled `label` (a text constant of `content`, not copy
    /// written here) and lets Yew render.
    pub async fn click_button(&self, label: &str) {
        let buttons = self.root.query_selector_all("button").unwrap();
        let button = (0..buttons.length())
            .filter_map(|i| buttons.get(i))
            .find(|node| node.text_content().as_deref() == Some(label))
            .unwrap_or_else(|| panic!("no button {label:?}"));
        button.unchecked_into::<HtmlElement>().click();
        yew::scheduler::flush().await;
    }

    /// Collects the `detail` of every `backend-ready:<name>` event reaching the host,
    /// checking each bubbles and is composed.
    pub fn record(&self, name: &str) -> Rc<RefCell<Vec<JsValue>>> {
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

/// A plain object of string options, as `embed.js` passes them.
pub fn options_object(pairs: &[(&str, &str)]) -> JsValue {
    let object = Object::new();
    for (key, value) in pairs {
        Reflect::set(&object, &(*key).into(), &(*value).into()).unwrap();
    }
    object.into()
}

/// A field of a JS object.
pub fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &key.into()).unwrap()
}
