//! A hiring team's workflow (issue 18, item 5), natively: the "show the ratings" choice
//! stored on the candidate (an optional item of the stored document, version 3, never
//! in a file), the candidate alone for the interviewers (a file small enough for a
//! link), the name given on the candidate page, and a candidate that arrives alone.
#![cfg(not(target_arch = "wasm32"))]

mod common;
mod fixtures;

use std::rc::Rc;

use backend_ready::content::scorecard::STAGES;
use backend_ready::export::link::{read_link, LinkContent};
use backend_ready::export::{export_doc, export_for_interviewers, import_doc};
use backend_ready::scorecard::{Candidate, Decision, PlannedStage, Role, RoleLevel, ScorecardDoc};
use backend_ready::storage::scorecard_doc::{decode, encode, StoredScorecard, STORE_VERSION};
use backend_ready::ui::scorecard::state::{
    DocEdit, EdgeMsg, Focus, Incoming, Notice, ScorecardMsg, ScorecardState, Screen, ViewMsg,
};
use fixtures::{rated, submit};

const ARCH: &str = "architecture-case-study";

fn round() -> ScorecardDoc {
    let mut ada = Candidate::new("c1", "Ada Lovelace", "Backend engineer", RoleLevel::Senior);
    ada.plan = vec![PlannedStage {
        stage: ARCH.into(),
        interviewer: "Ann".into(),
    }];
    let grace = Candidate::new("c2", "Grace Hopper", "Platform lead", RoleLevel::Lead);
    ScorecardDoc {
        candidates: vec![Rc::new(ada), Rc::new(grace)],
        roles: vec![
            Role::new("Backend engineer", RoleLevel::Senior),
            Role::new("Platform lead", RoleLevel::Lead),
        ],
        interviews: vec![Rc::new(submit(
            rated("i1", "c1", "Ann", ARCH, [3, 3, 3, 3, 3, 3, 3]),
            Decision::Yes,
        ))],
    }
}

fn stored(doc: ScorecardDoc) -> StoredScorecard {
    StoredScorecard {
        doc,
        interviewer: "Hiring manager".into(),
        unknown: Vec::new(),
    }
}

#[test]
fn the_reveal_choice_round_trips_as_an_optional_candidate_item_of_version_3() {
    // Version 4 adds role plans (issue 17), 5 signatures (issue 18, item 4); a store
    // without either is still version 3.
    assert_eq!(STORE_VERSION, 5);
    let mut doc = round();
    Rc::make_mut(&mut doc.candidates[1]).revealed = true; // no plan: written as [] before it
    let text = encode(&stored(doc.clone()));
    assert!(
        text.starts_with(r#"{"format":"backend-ready/scorecard-store","version":3,"#),
        "{text}"
    );
    assert!(
        text.contains(r#"["c2","Grace Hopper","Platform lead","lead","",false,[],true]"#),
        "{text}"
    );
    assert!(
        text.contains(r#",false,[["architecture-case-study","Ann"]]]"#),
        "Ada's plan, and no reveal item: {text}"
    );
    assert_eq!(decode(&text), Ok(stored(doc.clone())));
    assert_eq!(encode(&decode(&text).unwrap()), text);

    // With a plan, the item follows the plan.
    Rc::make_mut(&mut doc.candidates[0]).revealed = true;
    let text = encode(&stored(doc.clone()));
    assert!(text.contains(r#",false,[["architecture-case-study","Ann"]],true]"#));
    assert_eq!(decode(&text), Ok(stored(doc.clone())));

    // No reveal left: the oldest version that holds the rest (2, for Ada's plan).
    for candidate in &mut doc.candidates {
        Rc::make_mut(candidate).revealed = false;
    }
    let text = encode(&stored(doc.clone()));
    assert!(text.contains(r#""version":2,"#), "{text}");
    assert!(
        !text.contains("false,[]"),
        "no empty plan without a reveal: {text}"
    );
}

#[test]
fn old_stored_documents_and_files_read_unchanged_with_nothing_revealed() {
    let store = include_str!("fixtures/scorecard-store-v1.json");
    let loaded = decode(store).unwrap();
    assert!(loaded.doc.candidates.iter().all(|c| !c.revealed));
    assert_eq!(encode(&loaded), store, "written back byte for byte");
    let file = include_str!("fixtures/scorecard-export-v1.json");
    let imported = import_doc(file).unwrap();
    assert!(imported.candidates.iter().all(|c| !c.revealed));
}

#[test]
fn a_malformed_or_extra_reveal_item_is_refused() {
    let mut doc = round();
    Rc::make_mut(&mut doc.candidates[1]).revealed = true;
    let text = encode(&stored(doc));
    let good = r#""",false,[],true]"#;
    assert!(text.contains(good));
    for bad in [
        r#""",false,[],"yes"]"#,
        r#""",false,[],1]"#,
        r#""",false,[],null]"#,
        r#""",false,[],true,true]"#,
        r#""",false,true]"#,
    ] {
        assert!(decode(&text.replacen(good, bad, 1)).is_err(), "{bad}");
    }
    // `false` is read (as not revealed), and written back without the item.
    let unset = decode(&text.replacen(good, r#""",false,[],false]"#, 1)).unwrap();
    assert!(!unset.doc.candidates[1].revealed);
}

#[test]
fn the_reveal_choice_never_travels_in_a_file() {
    let mut doc = round();
    Rc::make_mut(&mut doc.candidates[0]).revealed = true;
    let file = export_doc(&doc);
    assert!(!file.contains("revealed"), "{file}");
    assert!(!import_doc(&file).unwrap().candidates[0].revealed);
    let alone = export_for_interviewers(&doc, "c1").unwrap();
    assert!(!import_doc(&alone).unwrap().candidates[0].revealed);
}

#[test]
fn the_candidate_for_interviewers_is_alone_with_role_and_plan_and_fits_a_link() {
    let doc = round();
    let file = export_for_interviewers(&doc, "c1").unwrap();
    let read = import_doc(&file).unwrap();
    assert_eq!(read.candidates, [doc.candidates[0].clone()]);
    assert_eq!(read.roles, [doc.roles[0].clone()]);
    assert!(read.interviews.is_empty(), "nobody's ratings: {file}");
    let link = common::links::percent_encoded(&file);
    assert_eq!(read_link(&link), Ok(LinkContent::Doc(read)));
    // A candidate whose role is not in the document gets the level's preset role.
    let mut roleless = doc.clone();
    roleless.roles.clear();
    let read = import_doc(&export_for_interviewers(&roleless, "c2").unwrap()).unwrap();
    assert_eq!(read.roles, [Role::new("Platform lead", RoleLevel::Lead)]);
    assert_eq!(export_for_interviewers(&doc, "c9"), None);
}

fn manager() -> ScorecardState {
    let mut state = ScorecardState::default();
    state.apply(ScorecardMsg::Edge(EdgeMsg::Replace {
        doc: round().into(),
        interviewer: Some("Hiring manager".into()),
        save: false,
    }));
    state
}

#[test]
fn reveal_is_stored_on_the_candidate_once_and_tells_the_host_nothing() {
    let mut state = manager();
    assert!(
        state.apply(ScorecardMsg::Edit(DocEdit::Reveal("c1".into()))),
        "saved"
    );
    assert!(state.doc.candidate("c1").unwrap().revealed);
    assert!(!state.doc.candidate("c2").unwrap().revealed);
    assert!(
        !state.apply(ScorecardMsg::Edit(DocEdit::Reveal("c1".into()))),
        "already"
    );
    assert!(
        !state.apply(ScorecardMsg::Edit(DocEdit::Reveal("c9".into()))),
        "unknown"
    );
    assert!(
        state.events.is_empty(),
        "a viewing choice, not a candidate change"
    );
    // What is saved brings it back after a reload.
    let text = encode(&stored((*state.doc).clone()));
    assert!(decode(&text).unwrap().doc.candidate("c1").unwrap().revealed);
}

#[test]
fn a_name_given_on_the_candidate_page_moves_focus_to_the_stages() {
    let mut state = common::scorecard::state_with_ada("Backend engineer");
    state.apply(ScorecardMsg::View(ViewMsg::Open(Screen::Candidate(
        "c1".into(),
    ))));
    let before = state.focus.0;
    assert!(state.apply(ScorecardMsg::View(ViewMsg::SetInterviewer("  Bob ".into()))));
    assert_eq!(state.interviewer, "Bob");
    assert_ne!(state.focus.0, before);
    assert_eq!(
        state.focus.1,
        Focus::StageButton,
        "the first stage's button"
    );
    assert_eq!(
        state.screen,
        Screen::Candidate("c1".into()),
        "no trip to the list"
    );
    assert!(state.apply(ScorecardMsg::Edit(DocEdit::StartInterview {
        id: "i1".into(),
        candidate: "c1".into(),
        stage: STAGES[0].id,
    })));
    assert_eq!(state.screen, Screen::Interview("i1".into()));

    // On the list, or changing a name already given, focus stays where it is.
    let mut state = ScorecardState::default();
    let before = state.focus;
    assert!(state.apply(ScorecardMsg::View(ViewMsg::SetInterviewer("Ann".into()))));
    assert!(
        !state.apply(ScorecardMsg::View(ViewMsg::SetInterviewer("Ann ".into()))),
        "unchanged"
    );
    assert_eq!(state.focus, before);
}

#[test]
fn a_candidate_arriving_alone_is_previewed_then_named_in_a_short_notice() {
    let mut state = ScorecardState::default();
    let alone = import_doc(&export_for_interviewers(&round(), "c1").unwrap()).unwrap();
    state.apply(ScorecardMsg::View(ViewMsg::Offer {
        incoming: Incoming::Doc(alone.clone()),
        from_link: true,
    }));
    assert!(state.doc.candidates.is_empty(), "nothing before Import");
    assert_eq!(state.offer.as_ref().unwrap().preview.candidates_added, 1);
    assert!(state.apply(ScorecardMsg::View(ViewMsg::AcceptOffer)));
    assert_eq!(state.doc.candidates, alone.candidates);
    assert_eq!(
        state.notices,
        [Notice::CandidateImported("Ada Lovelace".into())]
    );
    // Again: already here, so the counts say nothing changed.
    state.apply(ScorecardMsg::View(ViewMsg::Offer {
        incoming: Incoming::Doc(alone),
        from_link: false,
    }));
    assert!(!state.apply(ScorecardMsg::View(ViewMsg::AcceptOffer)));
    assert!(
        matches!(state.notices.as_slice(), [Notice::Imported(report)] if !report.changes_anything())
    );
}
