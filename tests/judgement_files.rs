//! Files and stored documents written by the build before issue 12 (no interview plans,
//! no role flags) still import and load unchanged. The fixtures under
//! `tests/fixtures/` were written by that build (commit 6e9bec0) from [`today`].
#![cfg(not(target_arch = "wasm32"))]

mod fixtures;

use backend_ready::export::{export_doc, import_doc};
use backend_ready::scorecard::{Candidate, Decision, Role, RoleLevel, ScorecardDoc};
use backend_ready::storage::scorecard_doc::{decode, encode, StoredScorecard};
use fixtures::{rated, submit};

const ARCH: &str = "architecture-case-study";
const DB: &str = "database-modelling";

/// A realistic round as the build before issue 12 exported it.
fn today() -> ScorecardDoc {
    let ada = Candidate::new("c1", "Ada Lovelace", "Backend engineer", RoleLevel::Senior);
    let mut ida = Candidate::new("c2", "Ida Junior", "Backend engineer", RoleLevel::Junior);
    ida.notes = "Referred by Ann".into();
    let role = Role::new("Backend engineer", RoleLevel::Senior);
    let ann = submit(
        rated("i1", "c1", "Ann", ARCH, [1, 3, 4, 3, 3, 3, 0]),
        Decision::StrongYes,
    );
    let bob = submit(
        rated("i2", "c1", "Bob", DB, [2, 3, 3, 3, 0, 3, 3]),
        Decision::StrongYes,
    );
    let cy = rated("i3", "c2", "Cy", ARCH, [3, 5, 5, 5, 5, 5, 5]);
    ScorecardDoc {
        candidates: vec![ada, ida],
        roles: vec![role],
        interviews: vec![ann, bob, cy],
    }
}

#[test]
#[ignore = "writes the fixtures; run once with the build they stand for"]
fn write_todays_fixtures() {
    let doc = today();
    std::fs::write("tests/fixtures/scorecard-export-v1.json", export_doc(&doc)).unwrap();
    let stored = StoredScorecard {
        doc,
        interviewer: "Ann".into(),
        unknown: Vec::new(),
    };
    std::fs::write("tests/fixtures/scorecard-store-v1.json", encode(&stored)).unwrap();
}

#[test]
fn todays_export_file_still_imports_unchanged() {
    let text = include_str!("fixtures/scorecard-export-v1.json");
    assert_eq!(import_doc(text).unwrap(), today());
}

#[test]
fn todays_stored_document_still_loads_unchanged() {
    let text = include_str!("fixtures/scorecard-store-v1.json");
    let stored = decode(text).unwrap();
    assert_eq!(stored.doc, today());
    assert_eq!(stored.interviewer, "Ann");
    assert_eq!(encode(&stored), text, "written back byte for byte");
}
