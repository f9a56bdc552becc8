//! A fault inside the app (a trap; a Rust panic aborts into one, `panic = "abort"`) must
//! not leave a blank box nor touch storage. `embed.js` (part of this layer) catches the
//! `WebAssembly.RuntimeError` (from instantiation, from `mount`, and from the window's
//! `error` and `unhandledrejection` events when the stack names one of our builds),
//! calls [`stop_writing`], replaces each affected shadow root's content with a short
//! alert (`role="alert"`, the texts of `content::messages::notices` `FAULT` and `RELOAD`
//! in the build's language, checked by `tests/embed_contract.rs`) and a button that
//! reloads the page, and sends `backend-ready:fault`. The failed app is never called
//! again, so neither the alert nor the button needs the wasm code.
//!
//! No panic hook: the trap that follows every panic takes the same path, and a hook
//! costs half a kilobyte of gzip in every build.

use wasm_bindgen::prelude::*;

use crate::browser::storage;

/// Stops every later write to storage by this build. `embed.js` calls it when the
/// app trapped, before showing the alert.
#[wasm_bindgen(js_name = stopWriting)]
pub fn stop_writing() {
    storage::stop_writing();
}
