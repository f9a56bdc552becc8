//! Export and import of the candidate scorecard, pure: the versioned scorecard and
//! single-interview JSON files (`scorecard_json`, read back strictly by `read_doc`) and
//! the ratings CSV (`csv`), and what an interview link may carry (`link`). The document
//! is the model's (`crate::scorecard::ScorecardDoc`); the JSON reader, writer and typed
//! field getters are the neutral codec's (`crate::codec`), whose error kinds
//! `crate::sentences` words. Sits beside the `storage` module; neither imports the
//! other.
//!
//! Nothing here touches the browser; the UI saves and opens the files.

pub mod csv;
pub mod link;
pub mod read_doc;
pub mod scorecard_json;

pub use crate::codec::{ImportError, Problem};
pub use csv::ratings_csv;
pub use scorecard_json::{
    export_candidate, export_doc, export_for_interviewers, export_interview, export_with,
    import_doc, import_interview,
};
