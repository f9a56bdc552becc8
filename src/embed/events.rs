//! DOM `CustomEvent`s to the host page: named `backend-ready:*`, dispatched on the
//! `<backend-ready>` element, bubbling and composed so they leave the shadow root.

use serde::Serialize;
use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, HtmlElement};

/// Prefix of every event name.
pub const EVENT_PREFIX: &str = "backend-ready:";

/// Dispatches `backend-ready:<name>` on `host` with `detail` as a plain JS object.
/// A host listener that throws cannot break the widget: dispatch errors are ignored.
pub fn emit<T: Serialize>(host: &HtmlElement, name: &str, detail: &T) {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    let detail = detail.serialize(&serializer).unwrap_or(JsValue::NULL);
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    let event_name = format!("{EVENT_PREFIX}{name}");
    if let Ok(event) = CustomEvent::new_with_event_init_dict(&event_name, &init) {
        let _ = host.dispatch_event(&event);
    }
}
