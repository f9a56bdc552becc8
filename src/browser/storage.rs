//! localStorage, defensively, as a [`Store`]: the browser may block it (some private
//! modes throw on access), it may be full, and a stored text may be unreadable. Every
//! failure comes back as a typed [`StoreError`]; nothing here panics or throws. The
//! widgets open their store with [`open`]: localStorage, or in the component tests
//! (feature `memory-store`) a store in memory shared by the page's widgets.

use wasm_bindgen::prelude::*;
use web_sys::Storage;

#[wasm_bindgen]
extern "C" {
    /// The browser's UTF-8 encoder.
    type TextEncoder;
    #[wasm_bindgen(constructor)]
    fn new() -> TextEncoder;
    /// Writes `text` as UTF-8 into `into`, as much of it as fits in whole characters.
    #[wasm_bindgen(method, js_name = encodeInto)]
    fn encode_into(
        this: &TextEncoder,
        text: &js_sys::JsString,
        into: &js_sys::Uint8Array,
    ) -> EncodedInto;
    /// How much `encodeInto` did: UTF-16 units read, bytes written.
    type EncodedInto;
    #[wasm_bindgen(method, getter)]
    fn read(this: &EncodedInto) -> u32;
    #[wasm_bindgen(method, getter)]
    fn written(this: &EncodedInto) -> u32;
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

use crate::storage::keep_aside::backup_slots;
use crate::storage::packed;
#[cfg(feature = "memory-store")]
use crate::storage::store::MemoryStore;
use crate::storage::store::{Store, StoreError};

/// The store the widgets of this page keep their documents in: localStorage.
#[cfg(not(feature = "memory-store"))]
pub fn open() -> LocalStore {
    LocalStore::open()
}

#[cfg(feature = "memory-store")]
thread_local! {
    static PAGE_MEMORY: MemoryStore = MemoryStore::new();
}

/// The store the widgets of this page keep their documents in: in the component tests,
/// one store in memory (never the browser's localStorage), which the tests read too.
#[cfg(feature = "memory-store")]
pub fn open() -> MemoryStore {
    PAGE_MEMORY.with(Clone::clone)
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
}

impl Store for LocalStore {
    /// The text under `key`, `None` when there is none (read as [`text_of`] says).
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        let storage = self.storage()?;
        let value = get_item(storage, key).map_err(|_| StoreError::Unavailable)?;
        if value.is_null() || value.is_undefined() {
            return Ok(None);
        }
        Ok(Some(text_of(&value)))
    }

    /// Writes `text` under `key`. Refused after a fault inside the app (see
    /// [`stop_writing`]): a widget whose code failed never touches storage again.
    fn set(&self, key: &str, text: &str) -> Result<(), StoreError> {
        if stopped() {
            return Err(StoreError::Stopped);
        }
        let storage = self.storage()?;
        storage
            .set_item(key, text)
            .map_err(|_| StoreError::QuotaExceeded)
    }

    /// Removes what is stored under `key`. Refused after a fault inside the app, like
    /// [`LocalStore::set`].
    fn remove(&self, key: &str) -> Result<(), StoreError> {
        if stopped() {
            return Err(StoreError::Stopped);
        }
        self.storage()?
            .remove_item(key)
            .map_err(|_| StoreError::QuotaExceeded)
    }

    /// As [`Store::keep_aside`] says, with two differences. The text is copied as the
    /// browser holds it, never through Rust, so even lone surrogates (which a Rust
    /// `String` cannot hold) are kept exactly. When that copy does not fit, a packed
    /// copy is tried (`crate::storage::packed`: a fraction of the room).
    fn keep_aside(&self, key: &str, backup_key: &str) -> Result<Option<String>, StoreError> {
        if stopped() {
            return Err(StoreError::Stopped);
        }
        let storage = self.storage()?.unchecked_ref::<RawStorage>();
        let original = storage
            .get_item_js(key)
            .map_err(|_| StoreError::Unavailable)?;
        if original.is_null() || original.is_undefined() {
            return Ok(None);
        }
        for backup in backup_slots(backup_key) {
            let existing = storage
                .get_item_js(&backup)
                .map_err(|_| StoreError::Unavailable)?;
            if existing.is_null() {
                if storage.set_item_js(&backup, &original).is_ok() {
                    return Ok(Some(backup));
                }
                // Only the scorecard's documents grow large enough to need packing.
                if !cfg!(feature = "scorecard") {
                    return Err(StoreError::QuotaExceeded);
                }
                return self.keep_packed(&original, &backup).map(Some);
            }
            if existing == original
                || (cfg!(feature = "scorecard") && is_packed_copy_of(&existing, &original))
            {
                return Ok(Some(backup));
            }
        }
        Err(StoreError::QuotaExceeded)
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
            return Err(StoreError::QuotaExceeded);
        }
        self.set(backup, &packed::pack(&text))
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
/// (2.3 MB at a thousand candidates), the browser's own `TextEncoder` writes it
/// straight into wasm memory, several times faster than wasm-bindgen's character loop
/// and with no copy in between; the quiz's few lines take the plain path. Lone
/// surrogates become U+FFFD either way.
fn text_of(value: &JsValue) -> String {
    if !cfg!(feature = "scorecard") {
        return value.as_string().unwrap_or_default();
    }
    let Some(text) = value.dyn_ref::<js_sys::JsString>() else {
        return String::new();
    };
    let encoder = TextEncoder::new();
    let mut bytes: Vec<u8> = Vec::new();
    let mut rest = text.clone();
    // A stored text is mostly ASCII: one byte a unit. What does not fit goes on the
    // next turn, with room for the worst case, three bytes a unit.
    let mut room = 1;
    loop {
        let units = rest.length();
        bytes.reserve(units as usize * room);
        let spare = bytes.spare_capacity_mut();
        // SAFETY: the view covers the vector's spare capacity only, and nothing
        // allocates (so wasm memory cannot grow and detach the view) before
        // `encodeInto` has written there and said how many bytes it wrote.
        let view =
            unsafe { js_sys::Uint8Array::view_mut_raw(spare.as_mut_ptr().cast(), spare.len()) };
        let done = encoder.encode_into(&rest, &view);
        let (read, written) = (done.read(), done.written() as usize);
        // SAFETY: `encodeInto` initialised those bytes, within the spare capacity.
        unsafe { bytes.set_len(bytes.len() + written) };
        if read >= units {
            break;
        }
        rest = rest.slice(read, units);
        room = 3;
    }
    // TextEncoder writes UTF-8 in whole characters, so this holds.
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

#[cfg(all(test, target_arch = "wasm32"))]
mod tests {
    use super::text_of;
    use wasm_bindgen::JsValue;
    use wasm_bindgen_test::*;

    wasm_bindgen_test_configure!(run_in_browser);

    /// A JS string from its UTF-16 units (lone surrogates too).
    fn js(units: &[u16]) -> JsValue {
        js_sys::JsString::from_char_code(units).into()
    }

    #[wasm_bindgen_test]
    fn a_stored_text_reads_as_it_was_written() {
        let long_ascii = "a".repeat(5000);
        for text in ["", "plain", "Jürgen Müller, Straße", "🦀 ok", &long_ascii] {
            assert_eq!(text_of(&JsValue::from_str(text)), text);
        }
        // Multi-byte characters after a long ASCII run take a second turn.
        let late = format!("{long_ascii}é€🦀{long_ascii}ß");
        assert_eq!(text_of(&JsValue::from_str(&late)), late);
        let leading = format!("é{long_ascii}");
        assert_eq!(text_of(&JsValue::from_str(&leading)), leading);
    }

    #[wasm_bindgen_test]
    fn a_lone_surrogate_reads_as_the_replacement_character() {
        let units: Vec<u16> = "ab"
            .encode_utf16()
            .chain([0xD800])
            .chain("c".encode_utf16())
            .collect();
        assert_eq!(text_of(&js(&units)), "ab\u{FFFD}c");
        assert_eq!(text_of(&js(&[0xDC00])), "\u{FFFD}");
    }

    #[wasm_bindgen_test]
    fn what_is_not_a_string_reads_as_nothing() {
        assert_eq!(text_of(&JsValue::from_f64(1.0)), "");
    }
}
