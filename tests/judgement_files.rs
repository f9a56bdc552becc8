//! Files and stored documents written by the build before issue 12 (no interview plans,
//! no role flags) still import and load unchanged. The fixtures under
//! `tests/fixtures/` were written by that build (commit 6e9bec0) from [`today`], with
//! the writer in commit 587e7ad (`export_doc` and `encode` of [`today`]).
#![cfg(not(target_arch = "wasm32"))]

mod fixtures;

use std::rc::Rc;

use backend_ready::export::{export_doc, import_doc};
use backend_ready::scorecard::{Candidate, Decision, PlannedStage, Role, RoleLevel, ScorecardDoc};
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
        candidates: vec![Rc::new(ada), Rc::new(ida)],
        roles: vec![role],
        interviews: vec![Rc::new(ann), Rc::new(bob), Rc::new(cy)],
    }
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

/// The sensitive-data flag: an optional field in the export, an optional fourth role
/// item in the stored document (version 2); absent, it reads as `false`.
#[test]
fn a_roles_sensitive_data_flag_travels_as_an_optional_field() {
    let mut doc = today();
    doc.roles[0].sensitive_data = true;
    let file = export_doc(&doc);
    assert!(file.contains(r#""sensitiveData":true"#), "{file}");
    assert_eq!(import_doc(&file).unwrap(), doc);
    let stored = StoredScorecard {
        doc: doc.clone(),
        interviewer: "Ann".into(),
        unknown: Vec::new(),
    };
    let text = encode(&stored);
    assert!(text.starts_with(r#"{"format":"backend-ready/scorecard-store","version":2,"#));
    assert!(text.contains(r#",true]]"#), "{text}");
    assert_eq!(decode(&text).unwrap(), stored);
    // Unset again, the store is version 1 as before.
    doc.roles[0].sensitive_data = false;
    let plain = StoredScorecard { doc, ..stored };
    assert_eq!(
        encode(&plain),
        include_str!("fixtures/scorecard-store-v1.json")
    );
}

#[test]
fn a_malformed_sensitive_data_flag_is_refused() {
    let file =
        export_doc(&today()).replace(r#""weights":{"#, r#""sensitiveData":"yes","weights":{"#);
    assert!(import_doc(&file).is_err());
    let text = include_str!("fixtures/scorecard-store-v1.json")
        .replace(r#""version":1"#, r#""version":2"#)
        .replace("10]]]", "10],\"yes\"]]");
    assert!(decode(&text).is_err(), "{text}");
}

fn with_plan() -> ScorecardDoc {
    let mut doc = today();
    Rc::make_mut(&mut doc.candidates[0]).plan = vec![
        PlannedStage {
            stage: ARCH.into(),
            interviewer: "Ann".into(),
        },
        PlannedStage {
            stage: "portfolio-walkthrough".into(),
            interviewer: String::new(),
        },
    ];
    doc
}

/// The interview plan: an optional `plan` array in the export, an optional seventh
/// candidate item in the stored document (version 2).
#[test]
fn an_interview_plan_travels_as_an_optional_field() {
    let doc = with_plan();
    let file = export_doc(&doc);
    assert!(
        file.contains(r#""plan":[{"stage":"architecture-case-study","interviewer":"Ann"},{"stage":"portfolio-walkthrough","interviewer":""}]"#),
        "{file}"
    );
    assert_eq!(import_doc(&file).unwrap(), doc);
    let stored = StoredScorecard {
        doc,
        interviewer: "Ann".into(),
        unknown: Vec::new(),
    };
    let text = encode(&stored);
    assert!(
        text.contains(
            r#",false,[["architecture-case-study","Ann"],["portfolio-walkthrough",""]]]"#
        ),
        "{text}"
    );
    assert!(text.contains(r#""version":2"#));
    assert_eq!(decode(&text).unwrap(), stored);
}

#[test]
fn a_plan_with_an_unknown_or_repeated_stage_is_refused() {
    let file = export_doc(&with_plan());
    let unknown = file.replace(
        r#""stage":"portfolio-walkthrough","interviewer""#,
        r#""stage":"lunch","interviewer""#,
    );
    assert!(import_doc(&unknown).is_err());
    let twice = file.replace("portfolio-walkthrough", ARCH);
    assert!(import_doc(&twice).is_err());
    let stored = StoredScorecard {
        doc: with_plan(),
        interviewer: String::new(),
        unknown: Vec::new(),
    };
    let text = encode(&stored);
    assert!(decode(&text.replace(r#"["portfolio-walkthrough",""]"#, r#"["lunch",""]"#)).is_err());
    assert!(decode(&text.replace("portfolio-walkthrough", ARCH)).is_err());
    assert!(decode(&text.replace(
        r#"["portfolio-walkthrough",""]"#,
        r#"["portfolio-walkthrough"]"#
    ))
    .is_err());
}

/// Importing a file adds new candidates with their plans and new roles with their flag;
/// records already here stay as they are (the import rule: a file never changes the
/// document without saying so).
#[test]
fn importing_brings_the_plans_of_new_candidates_and_the_flags_of_new_roles() {
    use backend_ready::scorecard::edit::import_doc as merge;
    let mut incoming = with_plan();
    incoming.roles[0].sensitive_data = true;
    let mut doc = ScorecardDoc::default();
    merge(&mut doc, incoming.clone());
    assert_eq!(doc.candidates[0].plan, incoming.candidates[0].plan);
    assert!(doc.roles[0].sensitive_data);
    let mut here = today();
    merge(&mut here, incoming);
    assert!(
        here.candidates[0].plan.is_empty(),
        "an existing candidate is kept"
    );
    assert!(!here.roles[0].sensitive_data, "an existing role is kept");
}
