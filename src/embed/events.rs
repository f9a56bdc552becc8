//! DOM `CustomEvent`s to the host page: named `backend-ready:*`, dispatched on the
//! `<backend-ready>` element, bubbling and composed so they leave the shadow root.
//!
//! Details are plain JS objects built with [`Detail`]. Built by hand rather than with
//! serde: serde-wasm-bindgen's serializer cost about 3 KB of gzipped wasm here.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, HtmlElement};

use crate::scorecard::doc_edit::CandidateChange;

/// Prefix of every event name.
pub const EVENT_PREFIX: &str = "backend-ready:";

/// An event's `detail` object, built field by field.
pub struct Detail(Object);

impl Detail {
    pub fn new() -> Self {
        Detail(Object::new())
    }

    /// Sets `key` to any JS value.
    pub fn with(self, key: &str, value: impl Into<JsValue>) -> Self {
        let _ = Reflect::set(&self.0, &JsValue::from_str(key), &value.into());
        self
    }

    /// Sets `key` to an array of strings.
    pub fn with_strings<'a>(self, key: &str, values: impl IntoIterator<Item = &'a str>) -> Self {
        let array: Array = values.into_iter().map(JsValue::from_str).collect();
        self.with(key, array)
    }

    /// Sets `key` to an array of detail objects.
    pub fn with_objects(self, key: &str, values: impl IntoIterator<Item = Detail>) -> Self {
        let array: Array = values
            .into_iter()
            .map(|detail| JsValue::from(detail.0))
            .collect();
        self.with(key, array)
    }
}

impl Default for Detail {
    fn default() -> Self {
        Self::new()
    }
}

/// Dispatches `backend-ready:<name>` on `host` with `detail`.
/// A host listener that throws cannot break the widget: dispatch errors are ignored.
pub fn emit(host: &HtmlElement, name: &str, detail: Detail) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail.0);
    let event_name = format!("{EVENT_PREFIX}{name}");
    if let Ok(event) = CustomEvent::new_with_event_init_dict(&event_name, &init) {
        let _ = host.dispatch_event(&event);
    }
}

/// How a candidate changed, as the `candidate-changed` event's `change` says it (the
/// `CandidateChange` type of `npm/types/index.d.ts`: a public contract).
pub fn candidate_change(change: CandidateChange) -> &'static str {
    match change {
        CandidateChange::Added => "added",
        CandidateChange::Updated => "updated",
        CandidateChange::Archived => "archived",
        CandidateChange::Unarchived => "unarchived",
        CandidateChange::Deleted => "deleted",
        CandidateChange::Restored => "restored",
    }
}
