//! The one path by which both modes load their stored document: read it, decode it, and
//! when it cannot be used keep it aside (`super::keep_aside`: a document that can be
//! neither read nor kept aside is never written over, and saves are held until it is
//! safe). While saves are held, each save first tries the copy again
//! ([`retry_keep_aside`]). Over any [`Store`]: tested natively with a `MemoryStore`.

use super::keep_aside::{KeepAside, Unusable};
use super::store::Store;
use super::{backup_key, document_key, DecodeError};

/// Which mode a stored document belongs to: its keys, and the words that tell the
/// visitor about it (`crate::sentences::stored`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocKind {
    Quiz,
    Scorecard,
}

impl DocKind {
    /// The mode's name in its keys.
    pub fn id(self) -> &'static str {
        match self {
            DocKind::Quiz => "quiz",
            DocKind::Scorecard => "scorecard",
        }
    }
}

/// Where a widget's document lives and where an unusable one is kept aside.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocKeys {
    pub doc: String,
    pub backup: String,
}

impl DocKeys {
    /// The keys of `kind`'s document for a widget's `storage-key`.
    pub fn new(storage_key: &str, kind: DocKind) -> Self {
        DocKeys {
            doc: document_key(storage_key, kind.id()),
            backup: backup_key(storage_key, kind.id()),
        }
    }
}

/// What loading found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Loaded<D> {
    /// Nothing is stored (or it went between reading and copying): start fresh.
    Nothing,
    /// The stored document, read.
    Doc(D),
    /// The stored document could not be used; it was kept aside under `key`.
    KeptAside { why: Unusable, key: String },
    /// The stored document could not be used nor kept aside: saves are held.
    Held(Unusable),
    /// The storage cannot be used at all.
    Unavailable,
}

/// Loads the document under `keys` with `decode`, keeping an unusable one aside.
pub fn load<D>(
    store: &impl Store,
    keys: &DocKeys,
    decode: impl FnOnce(&str) -> Result<D, DecodeError>,
) -> Loaded<D> {
    let text = match store.get(&keys.doc) {
        Ok(Some(text)) => text,
        Ok(None) => return Loaded::Nothing,
        Err(_) => return Loaded::Unavailable,
    };
    let why = match decode(&text) {
        Ok(doc) => return Loaded::Doc(doc),
        Err(error) => Unusable::from(&error),
    };
    match store.keep_aside(&keys.doc, &keys.backup) {
        Ok(Some(key)) => Loaded::KeptAside { why, key },
        // Gone between reading and copying: nothing to keep.
        Ok(None) => Loaded::Nothing,
        // Never written over until it is safe (`super::keep_aside`).
        Err(_) => Loaded::Held(why),
    }
}

/// What trying the copy again did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Retried {
    /// Kept aside after all, under this key: saving may resume.
    KeptUnder(String),
    /// Nothing is stored any more: saving may resume.
    Gone,
    /// Still no room: saves stay held.
    Held,
}

/// While saves are held (`keep`), tries to keep the stored document aside again (space
/// may have been freed): `None` when nothing is held and saving may go on.
pub fn retry_keep_aside(store: &impl Store, keys: &DocKeys, keep: KeepAside) -> Option<Retried> {
    if !keep.should_retry_copy() {
        return None;
    }
    Some(match store.keep_aside(&keys.doc, &keys.backup) {
        Ok(Some(key)) => Retried::KeptUnder(key),
        Ok(None) => Retried::Gone,
        Err(_) => Retried::Held,
    })
}
