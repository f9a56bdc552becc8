//! backend-ready: a backend readiness quiz and a structured candidate scorecard,
//! embeddable on any page with one script tag.
//!
//! Module map. Pure (no browser types, tested natively): `content` (texts as data),
//! `quiz` (quiz engine and flow), `scorecard` (interview model and aggregation),
//! `storage` (stored documents and their versions),
//! `export` (scorecard JSON export/import and the ratings CSV).
//! Browser edge: `browser` (localStorage, location, clipboard), `embed` (options, the
//! `mount` entry point, events), `ui` (Yew components).

pub mod browser;
pub mod content;
pub mod embed;
pub mod export;
pub mod quiz;
pub mod scorecard;
pub mod storage;
pub mod ui;

pub use embed::mount::{mount, MountedWidget};

/// The wasm heap allocator: talc instead of the default dlmalloc, for size.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };
