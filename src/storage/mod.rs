//! Storage schema, pure: what each mode keeps in localStorage, its versions and how a
//! stored text is read back with recovery. The scorecard's document is the model's
//! (`crate::scorecard::ScorecardDoc`), read and written with the neutral JSON codec
//! (`crate::codec`); this module sits beside the export files and never imports them.
//! What protects the scorecard beyond this browser (`backup_info`: the last export and the
//! browser's promise to keep it) and how close it is to the quota (`headroom`) are pure
//! rules here too. Where the documents live is a small trait (`store`: localStorage
//! implements it in `crate::browser::storage`, a store in memory here serves the
//! tests), and both modes load theirs by one path (`load`); nothing here touches the
//! browser.

pub mod backup_info;
pub mod headroom;
pub mod identity;
pub mod keep_aside;
pub mod load;
pub mod packed;
pub mod quiz_doc;
pub mod scorecard_doc;
pub mod scorecard_merge;
pub mod store;

/// Why a stored document could not be used. The original text is always kept aside.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// Written by a newer build than this one: kept for that build, not read.
    NewerVersion(u32),
    /// Not a document of this kind, or damaged; the reason names what was wrong.
    Unreadable(&'static str),
}

/// The key under which a mode's document lives for a widget's `storage-key`.
pub fn document_key(storage_key: &str, mode: &str) -> String {
    format!("{storage_key}:{mode}")
}

/// The key under which the quiz leaves a role draft for the scorecard on the same key
/// (a role link string, `crate::scorecard::role_link`), until the scorecard's user
/// accepts or declines it.
pub fn role_draft_key(storage_key: &str) -> String {
    format!("{storage_key}:role-draft")
}

/// The key under which an unreadable document is kept aside.
pub fn backup_key(storage_key: &str, mode: &str) -> String {
    format!("{storage_key}:{mode}:backup")
}
