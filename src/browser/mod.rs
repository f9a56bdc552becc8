//! The browser edge: thin adapters over localStorage (a `crate::storage::store::Store`,
//! and the store the widgets open), the page location and the clipboard, keeping the
//! scorecard (`durable`: the browser's promise to keep it, what
//! localStorage holds), and the widgets of one page that share a storage key
//! (`same_page`), and Web Crypto for the interviewer key (`crypto`). Everything that can fail here returns a value the UI can explain.

pub mod crypto;
pub mod durable;
pub mod files;
pub mod page;
pub mod same_page;
pub mod storage;
