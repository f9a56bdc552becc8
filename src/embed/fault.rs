//! A fault inside the app (a Rust panic, or a trap that `embed.js` catches) must not
//! leave a blank box nor touch storage: every widget of this build shows a short alert
//! with a button that reloads the page, and no write reaches localStorage afterwards.
//!
//! The panic hook stops writing and sends `backend-ready:fault` from each mounted
//! widget's element; `embed.js` (part of this layer) then replaces the shadow root's
//! content with the alert (`role="alert"`, the texts of `content::messages::notices`
//! `FAULT` and `RELOAD` in the build's language, checked by `tests/embed_contract.rs`)
//! and a button whose listener reloads the page: after a panic (`panic = "abort"`) the
//! wasm code must not run again, so neither the alert nor the button may need it, and
//! the texts stay out of the wasm. For a trap, `embed.js` shows the same alert, sends
//! the same event and calls [`stop_writing`].

use std::cell::{Cell, RefCell};

use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

use super::events::{emit, Detail};
use crate::browser::storage;

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
    // The panic's message is not formatted here (that costs wasm size): the trap that
    // follows (`panic = "abort"`) is reported in the console anyway.
    std::panic::set_hook(Box::new(|_| {
        storage::stop_writing();
        let hosts = HOSTS.with(|hosts| hosts.try_borrow().map(|h| h.clone()).ok());
        for host in hosts.unwrap_or_default() {
            show_fault(&host);
        }
    }));
}

/// Tells `embed.js` that `host`'s app failed: it shows the alert in place of the widget.
fn show_fault(host: &HtmlElement) {
    emit(host, "fault", Detail::new());
}
