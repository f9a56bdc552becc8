//! Export and import of the candidate scorecard, pure: a small strict JSON reader and
//! writer (`json`), the versioned scorecard and single-interview JSON files
//! (`scorecard_json`, read back by `read_doc` with typed, path-aware getters from
//! `fields` and errors from `import_error`), and the ratings CSV (`csv`).
//!
//! No serde: a JSON deserializer costs 10–20 KB of gzipped wasm, a fifth of the page
//! budget. Nothing here touches the browser; the UI saves and opens the files.

pub mod csv;
pub mod fields;
pub mod import_error;
pub mod json;
pub mod read_doc;
pub mod scorecard_json;

pub use csv::ratings_csv;
pub use import_error::{ImportError, Problem};
pub use scorecard_json::{
    export_candidate, export_doc, export_interview, import_doc, import_interview,
};
