//! localStorage, defensively: the browser may block it (some private modes throw on
//! access), it may be full, and a stored text may be unreadable. Every failure comes back
//! as a [`StoreError`] with a sentence for the user; nothing here panics or throws.

use wasm_bindgen::prelude::*;
use web_sys::Storage;

#[wasm_bindgen]
extern "C" {
    /// The browser's UTF-8 encoder.
    type TextEncoder;
    #[wasm_bindgen(constructor)]
    fn new() -> TextEncoder;
    #[wasm_bindgen(method)]
    fn encode(this: &TextEncoder, text: &JsValue) -> js_sys::Uint8Array;
    /// A `Storage` seen through `getItem` returning the JS string itself.
    type RawStorage;
    #[wasm_bindgen(method, catch, js_name = getItem)]
    fn get_item_js(this: &RawStorage, key: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, catch, js_name = setItem)]
    fn set_item_js(this: &RawStorage, key: &str, value: &JsValue) -> Result<(), JsValue>;
}

fn get_item(storage: &Storage, key: &str) -> Result<JsValue, JsValue> {
    storage.unchecked_ref::<RawStorage>().get_item_js(key)
}

use crate::content::messages::notices as text;
use crate::storage::packed;

/// Why reading or writing failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoreError {
    /// The browser does not let this page use localStorage.
    Unavailable,
    /// The write was refused, most often because storage is full.
    WriteRefused,
}

impl StoreError {
    /// A sentence for the user.
    pub fn message(self) -> &'static str {
        match self {
            StoreError::Unavailable => text::STORAGE_UNAVAILABLE,
            StoreError::WriteRefused => text::SAVE_FAILED,
        }
    }
}

/// Access to localStorage, or the lack of it.
#[derive(Clone)]
pub struct LocalStore {
    storage: Option<Storage>,
}

impl LocalStore {
    /// Opens localStorage; a blocked storage gives a store whose every call fails softly.
    pub fn open() -> Self {
        let storage = web_sys::window().and_then(|window| window.local_storage().ok().flatten());
        LocalStore { storage }
    }

    fn storage(&self) -> Result<&Storage, StoreError> {
        self.storage.as_ref().ok_or(StoreError::Unavailable)
    }

    /// The text under `key`, `None` when there is none (read as [`text_of`] says).
    pub fn read(&self, key: &str) -> Result<Option<String>, StoreError> {
        let storage = self.storage()?;
        let value = get_item(storage, key).map_err(|_| StoreError::Unavailable)?;
        if value.is_null() || value.is_undefined() {
            return Ok(None);
        }
        Ok(Some(text_of(&value)))
    }

    /// Writes `value` under `key`. Refused after a fault inside the app (see
    /// [`stop_writing`]): a widget whose code failed never touches storage again.
    pub fn write(&self, key: &str, value: &str) -> Result<(), StoreError> {
        if stopped() {
            return Err(StoreError::WriteRefused);
        }
        let storage = self.storage()?;
        storage
            .set_item(key, value)
            .map_err(|_| StoreError::WriteRefused)
    }

    /// Removes what is stored under `key` (nothing when there is nothing). Refused after
    /// a fault inside the app, like [`LocalStore::write`].
    pub fn remove(&self, key: &str) -> Result<(), StoreError> {
        if stopped() {
            return Err(StoreError::WriteRefused);
        }
        self.storage()?
            .remove_item(key)
            .map_err(|_| StoreError::WriteRefused)
    }

    /// Keeps the text stored under `key` under `backup_key`, or the first free
    /// `backup_key:N`, so a second failure never overwrites the first backup. Returns
    /// the key used, or `None` when nothing is stored under `key` (nothing to keep). The
    /// text is copied as the browser holds it, never through Rust, so even lone
    /// surrogates (which a Rust `String` cannot hold) are kept exactly. When that copy
    /// does not fit, a packed copy is tried (`crate::storage::packed`: a fraction of the
    /// room). A copy that does not fit writes nothing (`setItem` is all or nothing) and
    /// leaves the original where it is.
    pub fn keep_aside(&self, key: &str, backup_key: &str) -> Result<Option<String>, StoreError> {
        if stopped() {
            return Err(StoreError::WriteRefused);
        }
        let storage = self.storage()?.unchecked_ref::<RawStorage>();
        let original = storage
            .get_item_js(key)
            .map_err(|_| StoreError::Unavailable)?;
        if original.is_null() || original.is_undefined() {
            return Ok(None);
        }
        for attempt in 1..=20 {
            let backup = match attempt {
                1 => backup_key.to_owned(),
                n => format!("{backup_key}:{n}"),
            };
            let existing = storage
                .get_item_js(&backup)
                .map_err(|_| StoreError::Unavailable)?;
            if existing.is_null() {
                if storage.set_item_js(&backup, &original).is_ok() {
                    return Ok(Some(backup));
                }
                // Only the scorecard's documents grow large enough to need packing.
                if !cfg!(feature = "scorecard") {
                    return Err(StoreError::WriteRefused);
                }
                return self.keep_packed(&original, &backup).map(Some);
            }
            if existing == original
                || (cfg!(feature = "scorecard") && is_packed_copy_of(&existing, &original))
            {
                return Ok(Some(backup));
            }
        }
        Err(StoreError::WriteRefused)
    }
}

thread_local! {
    static STOPPED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Stops every later write and keep-aside of this build: called when code inside the
/// app failed (a panic, a trap), after which its state cannot be trusted.
pub fn stop_writing() {
    STOPPED.with(|stopped| stopped.set(true));
}

/// Whether [`stop_writing`] was called.
pub fn stopped() -> bool {
    STOPPED.with(std::cell::Cell::get)
}

impl LocalStore {
    /// Keeps `original` packed under `backup`, when Rust can hold it exactly (a text with
    /// a lone surrogate cannot be packed, only copied).
    fn keep_packed(&self, original: &JsValue, backup: &str) -> Result<String, StoreError> {
        let text = text_of(original);
        if JsValue::from_str(&text) != *original {
            return Err(StoreError::WriteRefused);
        }
        self.write(backup, &packed::pack(&text))
            .map(|()| backup.to_owned())
    }
}

/// Whether `existing` is a packed copy of `original`.
fn is_packed_copy_of(existing: &JsValue, original: &JsValue) -> bool {
    let Some(existing) = existing.dyn_ref::<js_sys::JsString>() else {
        return false;
    };
    if !existing.starts_with(packed::PACKED_PREFIX, 0) {
        return false;
    }
    let unpacked = existing.as_string().and_then(|text| packed::unpack(&text));
    unpacked.is_some_and(|text| JsValue::from_str(&text) == *original)
}

/// The Rust text of a JS string. In builds with the scorecard, whose texts are large
/// (2.3 MB at a thousand candidates), it crosses into wasm through the browser's own
/// `TextEncoder`, several times faster than wasm-bindgen's character loop; the quiz's
/// few lines take the plain path. Lone surrogates become U+FFFD either way.
fn text_of(value: &JsValue) -> String {
    if !cfg!(feature = "scorecard") {
        return value.as_string().unwrap_or_default();
    }
    let bytes = TextEncoder::new().encode(value).to_vec();
    // TextEncoder writes UTF-8 (lone surrogates become U+FFFD), so this holds.
    String::from_utf8(bytes).unwrap_or_default()
}

/// The text another tab of this origin just stored under `key`, when `event` is that
/// tab's `storage` event (removals and other keys give `None`).
pub fn stored_by_other_tab(event: &web_sys::Event, key: &str) -> Option<String> {
    let event: &web_sys::StorageEvent = event.dyn_ref()?;
    if event.key()? != key {
        return None;
    }
    event.new_value()
}

/// What another tab just stored under `key`, and the text its write replaced (`None`
/// when there was none), when `event` is that tab's `storage` event. The replaced text
/// is what that tab had seen: the base of its change, which may be older than what
/// this tab last saved (two saves at once).
pub fn replaced_by_other_tab(
    event: &web_sys::Event,
    key: &str,
) -> Option<(String, Option<String>)> {
    let event: &web_sys::StorageEvent = event.dyn_ref()?;
    if event.key()? != key {
        return None;
    }
    Some((event.new_value()?, event.old_value()))
}
