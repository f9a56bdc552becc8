//! What keeps the scorecard safe beyond this browser's storage, pure: whether the
//! browser promised to keep it ([`Durability`]), and the team's last export of
//! everything ([`BackupInfo`]: when, and how many changes were made since), stored
//! beside the document under `<storage-key>:scorecard:backup-info` as a few lines:
//!
//! ```text
//! version=1
//! exported=1764582000
//! changes=12
//! ```
//!
//! `exported` is the export's time in whole seconds since 1970 (UTC), absent when
//! nothing was ever exported. The lines are a reminder, not a document: a text that
//! cannot be read counts as "never exported, no changes" (it errs toward asking for a
//! file) and is written over at the next save; unknown lines are ignored.

use crate::content::Fill;

/// Whether the browser promised to keep the origin's storage
/// (`navigator.storage.persisted()`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Durability {
    /// The browser does not say (no `navigator.storage`: an old browser, or a page
    /// that is not a secure context), or has not answered yet.
    #[default]
    Unknown,
    /// Kept only as long as the browser likes: it may clear it under storage pressure
    /// or, in Safari, after seven days without a visit.
    NotKept,
    /// Persistent: the browser clears it only when the visitor asks.
    Kept,
}

impl Durability {
    /// From `persisted()`'s or `persist()`'s answer (`None`: no answer).
    pub fn from_answer(answer: Option<bool>) -> Self {
        match answer {
            Some(true) => Durability::Kept,
            Some(false) => Durability::NotKept,
            None => Durability::Unknown,
        }
    }
}

/// The last export of everything, and the changes made since.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct BackupInfo {
    /// When everything was last exported, in seconds since 1970 (UTC); `None`: never.
    pub exported: Option<u32>,
    /// Changes to the scorecard since then (or ever, when never exported).
    pub changes: u32,
}

/// The version of the lines this build writes (with the line's end: a later version
/// reads as none).
const VERSION: &str = "version=1\n";

/// A whole number of 1 to 10 digits that fits 32 bits.
fn number(digits: &str) -> Option<u32> {
    if digits.is_empty() || digits.len() > 10 {
        return None;
    }
    let mut value: u64 = 0;
    for digit in digits.bytes() {
        if !digit.is_ascii_digit() {
            return None;
        }
        value = value * 10 + u64::from(digit - b'0');
    }
    u32::try_from(value).ok()
}

/// The key of the backup lines beside the scorecard's document key
/// (`<storage-key>:scorecard`).
pub fn info_key(document_key: &str) -> String {
    let mut key = String::from(document_key);
    key.push_str(":backup-info");
    key
}

impl BackupInfo {
    /// After one more change to the scorecard.
    #[must_use]
    pub fn changed(self) -> Self {
        BackupInfo {
            changes: self.changes.saturating_add(1),
            ..self
        }
    }

    /// After everything was exported at `now` (seconds since 1970).
    pub fn exported_at(now: u32) -> Self {
        BackupInfo {
            exported: Some(now),
            changes: 0,
        }
    }

    /// What two tabs or widgets that counted on their own agree on: the later export
    /// wins with its count; after the same export, the larger count (the changes of one
    /// are mostly the other's, heard through the merge of documents).
    #[must_use]
    pub fn merge(self, other: BackupInfo) -> Self {
        match self.exported.cmp(&other.exported) {
            core::cmp::Ordering::Less => other,
            core::cmp::Ordering::Greater => self,
            core::cmp::Ordering::Equal => BackupInfo {
                changes: self.changes.max(other.changes),
                ..self
            },
        }
    }

    /// The stored lines.
    pub fn encode(self) -> String {
        let mut text = String::from(VERSION);
        if let Some(exported) = self.exported {
            text.push_str("exported=");
            exported.push_to(&mut text);
            text.push('\n');
        }
        text.push_str("changes=");
        self.changes.push_to(&mut text);
        text.push('\n');
        text
    }

    /// Reads stored lines; anything unreadable counts as never exported.
    pub fn decode(text: &str) -> Self {
        let mut info = BackupInfo::default();
        let Some(rest) = text.strip_prefix(VERSION) else {
            return info;
        };
        for line in rest.split('\n') {
            if let Some(exported) = line.strip_prefix("exported=") {
                info.exported = number(exported).or(info.exported);
            } else if let Some(changes) = line.strip_prefix("changes=") {
                info.changes = number(changes).unwrap_or(info.changes);
            }
        }
        info
    }

    /// The reminder at `now` (seconds since 1970), in the visitor's calendar days
    /// (`utc_offset_minutes`: local time minus UTC, +60 in Berlin in winter).
    pub fn reminder(self, now: u32, utc_offset_minutes: i32) -> Reminder {
        let Some(exported) = self.exported else {
            return Reminder::Never;
        };
        let day = |seconds: u32| {
            (i64::from(seconds) + i64::from(utc_offset_minutes) * 60).div_euclid(DAY)
        };
        // A clock set back since the export reads as today, never as a negative count.
        let days = (day(now) - day(exported)).clamp(0, i64::from(u32::MAX));
        Reminder::Since {
            days: days as u32,
            changes: self.changes,
        }
    }
}

const DAY: i64 = 24 * 60 * 60;

/// "Last exported: never" or "… N days ago, M changes since".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reminder {
    Never,
    /// `days`: calendar days since the export (0: today).
    Since {
        days: u32,
        changes: u32,
    },
}
