//! Keeping the scorecard's data, at the browser's edge: whether the browser keeps the
//! origin's storage (`navigator.storage.persisted()`) and asking it to
//! (`persist()`), what localStorage holds for the quota headroom
//! (`crate::storage::headroom` says what that means), and the clock an export is
//! dated by. Every call fails softly: no `navigator.storage` (an old browser, a page
//! that is not a secure context) reads as "does not say", blocked storage as `None`.

use wasm_bindgen::prelude::*;

use crate::storage::backup_info::Durability;
use crate::storage::headroom::{engine_for_vendor, Engine, Usage};

#[wasm_bindgen]
extern "C" {
    /// `navigator.storage`, its two calls only (`catch`: an old one may lack them).
    type StorageManager;
    #[wasm_bindgen(method, catch)]
    fn persisted(this: &StorageManager) -> Result<Answer, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn persist(this: &StorageManager) -> Result<Answer, JsValue>;
    /// The promise of a yes or no.
    type Answer;
    #[wasm_bindgen(method, js_name = then)]
    fn then_js(this: &Answer, on_answer: &JsValue);
    /// A `Storage` whose keys and values stay JS strings (a value may be megabytes:
    /// only its length is needed).
    type RawStorage;
    /// A key (a string: `index` is below `length`).
    #[wasm_bindgen(method, js_name = key)]
    fn key_js(this: &RawStorage, index: u32) -> js_sys::JsString;
    /// The value of a key that is there (a string).
    #[wasm_bindgen(method, js_name = getItem)]
    fn get_item_js(this: &RawStorage, key: &js_sys::JsString) -> js_sys::JsString;
}

fn navigator_member(name: &str) -> Option<JsValue> {
    let navigator = web_sys::window()?.navigator();
    js_sys::Reflect::get(&navigator, &JsValue::from_str(name)).ok()
}

fn manager() -> Option<StorageManager> {
    navigator_member("storage")
        .filter(JsValue::is_object)
        .map(JsCast::unchecked_into)
}

thread_local! {
    static ASKED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether the browser keeps this origin's storage until the visitor clears it, told to
/// `then` once it answers (not at all when it has no `navigator.storage`); with `ask`,
/// asks it to keep it (`persist()`: Firefox asks the visitor, Chromium and Safari decide
/// on their own) and tells its answer, once per page (later asks do nothing).
pub fn durability(ask: bool, then: impl FnOnce(Durability) + 'static) {
    let Some(manager) = manager() else {
        return;
    };
    let answer = match ask {
        false => manager.persisted(),
        true if ASKED.with(|asked| asked.replace(true)) => return,
        true => manager.persist(),
    };
    if let Ok(answer) = answer {
        let on_answer = Closure::once_into_js(move |answer: JsValue| {
            then(Durability::from_answer(answer.as_bool()));
        });
        answer.then_js(&on_answer);
    }
}

/// How this browser counts localStorage against its capacity.
pub fn engine() -> Engine {
    let vendor = navigator_member("vendor").and_then(|vendor| vendor.as_string());
    engine_for_vendor(&vendor.unwrap_or_default())
}

/// What localStorage holds: under `doc_key` (the key and its value), and everything
/// else on the origin; `None` when storage is blocked. In an engine that counts wide
/// strings twice each string is searched for a character outside Latin-1.
pub fn measure(doc_key: &str, engine: Engine) -> Option<(Usage, Usage)> {
    let storage = web_sys::window()?.local_storage().ok()??;
    let count = storage.length().ok()?;
    let storage = storage.unchecked_ref::<RawStorage>();
    let doc_key = JsValue::from_str(doc_key);
    let wide = js_sys::RegExp::new("[^\\0-\\xff]", "");
    let (mut doc, mut others) = (Usage::default(), Usage::default());
    // Once storage is open, `key` and `getItem` do not throw.
    for index in 0..count {
        let key = storage.key_js(index);
        let value = storage.get_item_js(&key);
        let usage = if JsValue::from(&key) == doc_key {
            &mut doc
        } else {
            &mut others
        };
        for text in [key, value] {
            let is_wide = engine.wide_counts_double && text.search(&wide) >= 0;
            usage.add(u64::from(text.length()), is_wide);
        }
    }
    Some((others, doc))
}

/// Now, in whole seconds since 1970 (UTC), and the visitor's time zone as minutes
/// ahead of UTC.
pub fn now() -> (u32, i32) {
    let seconds = (js_sys::Date::now() / 1000.0) as u32;
    let offset = -(js_sys::Date::new_0().get_timezone_offset() as i32);
    (seconds, offset)
}
