//! backend-ready: a backend readiness quiz and a structured candidate scorecard,
//! embeddable on any page with one script tag.
//!
//! Module map. Pure (no browser types, tested natively):
//! - `content`: the content's structure written once (the quiz's items, advice and
//!   signals in `content/quiz/`, the scorecard's competencies, stages, levels and
//!   presets in `content/scorecard/`, the title screens, the message modules) with the
//!   `fill!`, `around` and `plural` helpers; the texts per locale as `key = text` tables
//!   in `src/content/<locale>/*.txt`, turned into constants by `build.rs`;
//! - `quiz`: the quiz engine and flow, the verdict (`verdict`: the signals the
//!   answers raise and the band they set), and the one-page hiring brief a result
//!   makes (`brief`: one model, rendered to Markdown there and to HTML in `ui`);
//! - `scorecard`: the interview model, the scorecard document and its edits (`doc`,
//!   `edit`, and `doc_edit`: each edit as a value, applied with what it did), the
//!   blind rule (`may_see`, `may_open`), the import rules that never erase what is held
//!   (`merge`), who sent an interview (`signing`: the canonical bytes a signature
//!   signs, the key's fingerprint, trust on first use), aggregation and coverage,
//!   interview plans, a team's own questions per role and stage (`questions`), the
//!   mistake guards (`guards`), calibration, comparison;
//! - `codec`: the strict JSON reader and writer and typed field readers, returning
//!   error kinds, never sentences; the share links' version marker (`marker`);
//! - `sentences`: the one table that words the codec's error kinds, and the one that
//!   words what a stored document reports (`stored`, `store_error`);
//! - `export`: the scorecard JSON files and the ratings CSV, over `codec`;
//! - `storage`: the stored documents and their versions, over `codec` (the stored
//!   scorecard read in one pass, `scorecard_doc::stream`, and written reusing each
//!   unchanged record's text, `scorecard_doc::Encoded`); the `Store`
//!   trait with typed errors and the in-memory store (`store`), the one path both modes
//!   load by (`load`), the rule that holds saves until an unreadable stored document is
//!   safe (`keep_aside`), the packed keep-aside copy (`packed`), the backup reminder
//!   (`backup_info`), the quota headroom of each engine (`headroom`), and this
//!   browser's interviewer key as stored (`identity`).
//!
//! `export` and `storage` sit side by side: neither imports the other, and both read
//! the model's `ScorecardDoc` with the model's limits and reference rules.
//! Browser edge: `browser` (localStorage as a `Store` and the store the widgets open
//! (`storage::open`), the same-key widgets of a page, location, clipboard,
//! `navigator.storage` and what localStorage holds (`durable`), Web Crypto for the
//! interviewer key (`crypto`)), `embed` (options and events), `ui` (Yew components, the
//! one stored-document hook of both modes with their storage notices (`stored`), and
//! the `mount` entry point).

pub mod browser;
pub mod codec;
pub mod content;
pub mod embed;
pub mod export;
pub mod quiz;
pub mod scorecard;
pub mod sentences;
pub mod storage;
pub mod ui;

pub use ui::mount::{mount, MountedWidget};

/// The wasm heap allocator: talc instead of the default dlmalloc, for size.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };
