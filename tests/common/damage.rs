//! The one damaged-file generator of the native tests: a document or export with one
//! character deleted, replaced or inserted, or cut short, and the proptest strategies
//! that pick where and how. The readers' tests feed it their real texts.
#![allow(dead_code)]

#[cfg(not(target_arch = "wasm32"))]
use proptest::{prelude::*, sample::Index};

/// One change to a text, at a character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Damage {
    /// The character is gone.
    Delete,
    /// The character is replaced by this one.
    Replace(char),
    /// This character is put before it.
    Insert(char),
    /// The text ends before it.
    Cut,
}

/// `text` with `damage` done at its character `at` (taken modulo its length; an
/// empty text stays empty).
pub fn damaged(text: &str, at: usize, damage: Damage) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    if chars.is_empty() {
        return String::new();
    }
    let at = at % chars.len();
    match damage {
        Damage::Delete => {
            chars.remove(at);
        }
        Damage::Replace(character) => chars[at] = character,
        Damage::Insert(character) => chars.insert(at, character),
        Damage::Cut => chars.truncate(at),
    }
    chars.into_iter().collect()
}

/// `text` damaged at the place `at` picks.
#[cfg(not(target_arch = "wasm32"))]
pub fn damaged_at(text: &str, at: Index, damage: Damage) -> String {
    damaged(text, at.index(text.chars().count().max(1)), damage)
}

/// Every proper beginning of `text`, cut at a character boundary (the empty one first).
pub fn cuts(text: &str) -> impl Iterator<Item = &str> {
    text.char_indices().map(|(at, _)| &text[..at])
}

/// Up to 400 bytes of anything, read as text the lenient way (what is not UTF-8 becomes
/// U+FFFD): a file of random bytes.
#[cfg(not(target_arch = "wasm32"))]
pub fn any_bytes_as_text() -> impl Strategy<Value = String> {
    prop::collection::vec(any::<u8>(), 0..400)
        .prop_map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
}

/// The characters that matter to a JSON reader, and any other.
#[cfg(not(target_arch = "wasm32"))]
pub fn json_character() -> impl Strategy<Value = char> {
    prop_oneof![
        prop::sample::select(vec![
            '"', '\\', '{', '}', '[', ']', ',', ':', '0', '9', '-', 'n', ' '
        ]),
        any::<char>(),
    ]
}

/// A deletion, a replacement or an insertion (one in three each) of a `character`.
#[cfg(not(target_arch = "wasm32"))]
pub fn edit(character: impl Strategy<Value = char>) -> impl Strategy<Value = Damage> {
    (0u8..3, character).prop_map(|(kind, character)| match kind {
        0 => Damage::Delete,
        1 => Damage::Replace(character),
        _ => Damage::Insert(character),
    })
}

/// Whatever `read` still makes of a (damaged) `text` is itself lossless: written by
/// `write` and read again, it is the same.
#[cfg(not(target_arch = "wasm32"))]
pub fn lossless_if_read<T, E>(
    text: &str,
    read: impl Fn(&str) -> Result<T, E>,
    write: impl Fn(&T) -> String,
) -> Result<(), TestCaseError>
where
    T: PartialEq + std::fmt::Debug,
    E: PartialEq + std::fmt::Debug,
{
    if let Ok(value) = read(text) {
        prop_assert_eq!(read(&write(&value)), Ok(value));
    }
    Ok(())
}
