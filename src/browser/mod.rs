//! The browser edge: thin adapters over localStorage, the page location and the
//! clipboard. Everything that can fail here returns a value the UI can explain.

pub mod files;
pub mod page;
pub mod storage;
