//! The rule that protects a stored document this build cannot use: one it could not
//! read (written by a newer version, or damaged) and could not copy aside (most often
//! because storage has no room for a second copy) is never written over, whatever the
//! visitor does with the notice. The widget works on in memory and offers the stored
//! text as a download; saving resumes only once the original is safe.
//!
//! ```text
//!            CopyFailed                 Downloaded
//!   Kept ───────────────▶ Held{no} ───────────────▶ Held{yes}
//!    ▲                      │  ▲ Dismissed,             │ Confirmed
//!    │        Copied        │  └ CopyFailed, Confirmed  │ (or Copied)
//!    └──────────────────────┴───────────────────────────┘
//! ```
//!
//! Pure: a store (`super::store`) does the copying, into the first free of the
//! [`backup_slots`]; `super::load` reports what happened as a [`KeepEvent`]; every save
//! asks [`KeepAside::may_write`].

use super::DecodeError;

/// Why a stored document could not be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unusable {
    /// Written by a newer version of the widget.
    NewerVersion,
    /// Not readable: damaged, or not this widget's document.
    Damaged,
}

impl From<&DecodeError> for Unusable {
    fn from(error: &DecodeError) -> Self {
        match error {
            DecodeError::NewerVersion(_) => Unusable::NewerVersion,
            DecodeError::Unreadable(_) => Unusable::Damaged,
        }
    }
}

/// Whether the stored document is safe to write over.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum KeepAside {
    /// Nothing is at risk: the stored document was read, or copied aside, or there was
    /// none, or the visitor confirmed they downloaded it. Saves write.
    #[default]
    Kept,
    /// The stored document could not be used nor copied aside: no save writes over it.
    Held {
        why: Unusable,
        /// The visitor downloaded the stored text (and may now confirm they have it).
        downloaded: bool,
    },
}

/// What happened to the stored document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeepEvent {
    /// A document that cannot be used could not be copied aside.
    CopyFailed(Unusable),
    /// The document was copied aside (at load, or when a save retried the copy).
    Copied,
    /// The visitor downloaded the stored text as it is.
    Downloaded,
    /// The visitor confirmed they have the downloaded file.
    Confirmed,
    /// The visitor dismissed the notice: nothing changes for the stored document.
    Dismissed,
}

impl KeepAside {
    /// Whether a save may write over the stored document now.
    pub fn may_write(self) -> bool {
        self == KeepAside::Kept
    }

    /// Whether a save should first try to copy the stored document aside again (the
    /// visitor may have freed space since).
    pub fn should_retry_copy(self) -> bool {
        !self.may_write()
    }

    /// The state after `event`.
    #[must_use]
    pub fn next(self, event: KeepEvent) -> KeepAside {
        match (self, event) {
            (KeepAside::Kept, KeepEvent::CopyFailed(why)) => KeepAside::Held {
                why,
                downloaded: false,
            },
            (KeepAside::Held { .. }, KeepEvent::Copied) => KeepAside::Kept,
            (KeepAside::Held { why, .. }, KeepEvent::Downloaded) => KeepAside::Held {
                why,
                downloaded: true,
            },
            (
                KeepAside::Held {
                    downloaded: true, ..
                },
                KeepEvent::Confirmed,
            ) => KeepAside::Kept,
            // Dismissing, confirming before a download, a second failed copy, and
            // anything while nothing is at risk change nothing.
            (state, _) => state,
        }
    }
}

/// How many keys a copy may be kept under: a store full of older copies refuses more.
const SLOTS: usize = 20;

/// The keys a copy of a document is kept under, in the order tried: `backup_key`, then
/// `backup_key:2` up to `backup_key:20`, so a second failure never overwrites the
/// first copy.
pub fn backup_slots(backup_key: &str) -> impl Iterator<Item = String> + '_ {
    (1..=SLOTS).map(move |slot| match slot {
        1 => backup_key.to_owned(),
        n => format!("{backup_key}:{n}"),
    })
}
