//! The JSON codec, pure and neutral: a small strict JSON reader and writer (`json`),
//! typed, path-aware readers of its values (`fields`) and the errors they return
//! (`error`), and the version marker of the share links (`marker`). Errors are kinds, never sentences: `crate::sentences` words them. Used
//! side by side by `crate::export` (the files) and `crate::storage` (the stored
//! document); it imports neither.
//!
//! No serde: a JSON deserializer costs 10–20 KB of gzipped wasm, a fifth of the page
//! budget. Nothing here touches the browser.

pub mod error;
pub mod fields;
pub mod json;
pub mod marker;

pub use error::{Expected, ImportError, Problem};
pub use json::{JsonError, JsonErrorKind, Value, ValueKind};
