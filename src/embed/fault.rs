//! A fault inside the app (a Rust panic, or a trap that `embed.js` catches) must not
//! leave a blank box nor touch storage: every widget of this build shows a short alert
//! with a button that reloads the page, and no write reaches localStorage afterwards.
//!
//! The panic hook renders the alert into each mounted widget's shadow root and sends
//! `backend-ready:fault` (its `detail` carries the texts), on which `embed.js` renders
//! the same alert with a working reload button: after a panic (`panic = "abort"`) the
//! wasm code must not run again, so the button cannot be a Rust callback. For a trap,
//! `embed.js` shows the same alert with its own copy of the texts (checked against
//! `content::messages::notices` by `tests/embed_contract.rs`) and calls [`stop_writing`].

use std::cell::{Cell, RefCell};

use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

use super::events::{emit, Detail};
use crate::browser::storage;
use crate::content::messages::notices as text;

thread_local! {
    /// The `<backend-ready>` elements this build shows a widget in.
    static HOSTS: RefCell<Vec<HtmlElement>> = const { RefCell::new(Vec::new()) };
    static HOOKED: Cell<bool> = const { Cell::new(false) };
}

/// Remembers `host` as showing a widget, and installs the panic hook once.
pub fn watch(host: &HtmlElement) {
    install_panic_hook();
    HOSTS.with(|hosts| {
        if let Ok(mut hosts) = hosts.try_borrow_mut() {
            if !hosts.contains(host) {
                hosts.push(host.clone());
            }
        }
    });
}

/// Forgets `host` (its widget was unmounted).
pub fn unwatch(host: &HtmlElement) {
    HOSTS.with(|hosts| {
        if let Ok(mut hosts) = hosts.try_borrow_mut() {
            hosts.retain(|shown| shown != host);
        }
    });
}

/// Stops every later write to storage by this build. `embed.js` calls it when the
/// app trapped, before showing the alert.
#[wasm_bindgen(js_name = stopWriting)]
pub fn stop_writing() {
    storage::stop_writing();
}

fn install_panic_hook() {
    if HOOKED.with(|hooked| hooked.replace(true)) {
        return;
    }
    std::panic::set_hook(Box::new(|info| {
        storage::stop_writing();
        web_sys::console::error_1(&format!("backend-ready: {info}").into());
        let hosts = HOSTS.with(|hosts| hosts.try_borrow().map(|h| h.clone()).ok());
        for host in hosts.unwrap_or_default() {
            show_fault(&host);
        }
    }));
}

/// Replaces what `host`'s shadow root shows with the alert, and tells `embed.js`.
fn show_fault(host: &HtmlElement) {
    let _ = render_fault(host);
    let detail = Detail::new()
        .with("message", text::FAULT)
        .with("button", text::RELOAD);
    emit(host, "fault", detail);
}

fn render_fault(host: &HtmlElement) -> Option<()> {
    let root = host.shadow_root()?;
    let document = host.owner_document()?;
    let alert = document.create_element("div").ok()?;
    alert.set_class_name("br br-fault");
    alert.set_attribute("role", "alert").ok()?;
    let message = document.create_element("p").ok()?;
    message.set_text_content(Some(text::FAULT));
    let button = document.create_element("button").ok()?;
    button.set_attribute("type", "button").ok()?;
    button.set_class_name("br-button");
    button.set_text_content(Some(text::RELOAD));
    alert.append_child(&message).ok()?;
    alert.append_child(&button).ok()?;
    root.set_text_content(None);
    root.append_child(&alert).ok()?;
    Some(())
}
