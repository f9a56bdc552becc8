//! Sharing interviews safely (issue 18): what arrives by link or file never changes the
//! scorecard before the user chooses, and never erases what is held. One test per
//! attack: forged revision, forged history, huge version, duplicate interviewer, bulk
//! link, oversized link; plus the link's own reading rules and the reducer's
//! preview-then-import.

use std::rc::Rc;

use backend_ready::content::scorecard::{COMPETENCIES, STAGES};
use backend_ready::export::link::{
    percent_decode, read_link, LinkContent, LinkError, MAX_LINK_BYTES,
};
use backend_ready::export::{export_doc, export_interview, import_doc};
use backend_ready::scorecard::edit::{import_doc as import_into, import_interview as import_one};
use backend_ready::scorecard::{
    merge_interview, Candidate, ChangeKind, Decision, Interview, MergeError, MergeOutcome,
    RatingLevel, Role, RoleLevel, Score, ScorecardDoc, MAX_VERSION,
};
use backend_ready::ui::scorecard::state::{
    Incoming, Notice, ScorecardMsg, ScorecardState, ViewMsg,
};

const STAGE: &str = STAGES[0].id;

fn level(n: u8) -> Score {
    Score::Level(RatingLevel::ALL[usize::from(n) - 1])
}

/// A submitted version 1 by `who`, every competency at `n`.
fn submitted(id: &str, who: &str, n: u8, decision: Decision) -> Interview {
    let mut interview = Interview::new(id, "c1", who, STAGE);
    for competency in &COMPETENCIES {
        interview.rate(competency.id, level(n)).unwrap();
    }
    interview.record_decision(decision).unwrap();
    interview.submit().unwrap();
    interview
}

/// `interview` revised and submitted again with every competency at `n`.
fn revised(mut interview: Interview, n: u8, decision: Decision) -> Interview {
    interview.revise().unwrap();
    for competency in &COMPETENCIES {
        interview.rate(competency.id, level(n)).unwrap();
    }
    interview.record_decision(decision).unwrap();
    interview.submit().unwrap();
    interview
}

fn candidate() -> Candidate {
    Candidate::new("c1", "Ada", "Backend engineer", RoleLevel::Senior)
}

fn doc_with(interviews: Vec<Interview>) -> ScorecardDoc {
    ScorecardDoc {
        candidates: vec![Rc::new(candidate())],
        roles: vec![Role::new("Backend engineer", RoleLevel::Senior)],
        interviews: interviews.into_iter().map(Rc::new).collect(),
    }
}

/// What `encodeURIComponent` writes.
fn encode(text: &str) -> String {
    let mut encoded = String::new();
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.!~*'()".contains(&byte) {
            encoded.push(byte as char);
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    encoded
}

/// A manager who holds Ann's version 1 ("No").
fn manager() -> ScorecardDoc {
    doc_with(vec![submitted("i1", "Ann", 2, Decision::No)])
}

// ------------------------------------------------------------------ forged revision

#[test]
fn a_forged_revision_must_follow_the_version_held() {
    let held = manager();
    // Skipping ahead (to lock out the genuine version 2) is refused.
    let mut ahead = submitted("i1", "Ann", 4, Decision::StrongYes);
    for _ in 0..4 {
        ahead = revised(ahead, 4, Decision::StrongYes);
    }
    let mut interviews = held.interviews.clone();
    assert_eq!(
        merge_interview(&mut interviews, ahead),
        Err(MergeError::VersionGap {
            held: 1,
            incoming: 5
        })
    );
    assert_eq!(interviews, held.interviews);
    // The next version is a revision: the preview says what it replaces, and version 1
    // stays in the history.
    let next = revised(
        Interview::clone(&held.interviews[0]),
        4,
        Decision::StrongYes,
    );
    let mut doc = held.clone();
    let report = import_one(&mut doc, next);
    assert_eq!(
        report.changes[0].kind,
        ChangeKind::Replaced {
            previous_version: 1,
            previous_decision: Some(Decision::No)
        }
    );
    assert_eq!(doc.interviews[0].history[0].decision, Decision::No);
}

// ------------------------------------------------------------------ forged history

#[test]
fn incoming_history_never_replaces_history_held() {
    let held = manager();
    let genuine_v1 = held.interviews[0].current_submission().unwrap();
    // A version 2 whose history claims version 1 was a Strong yes.
    let mut forged = revised(Interview::clone(&held.interviews[0]), 3, Decision::Yes);
    forged.history[0].decision = Decision::StrongYes;
    forged.history[0].ratings[0].score = level(4);
    let mut interviews = held.interviews.clone();
    assert_eq!(
        merge_interview(&mut interviews, forged),
        Ok(MergeOutcome::Replaced {
            previous_version: 1
        })
    );
    assert_eq!(interviews[0].history, [genuine_v1]);
    // A history with a gap (or none at all) is refused.
    let mut cut = revised(Interview::clone(&held.interviews[0]), 3, Decision::Yes);
    cut.history.clear();
    let mut interviews = held.interviews.clone();
    assert_eq!(
        merge_interview(&mut interviews, cut),
        Err(MergeError::IncompleteHistory)
    );
    assert_eq!(interviews, held.interviews);
}

#[test]
fn a_held_version_arriving_changed_is_kept_aside_not_merged() {
    let mut doc = manager();
    let before = doc.clone();
    let changed = submitted("i1", "Ann", 4, Decision::StrongYes);
    let report = import_one(&mut doc, changed.clone());
    assert_eq!(doc, before);
    assert_eq!(
        report.kept_aside,
        [(changed, MergeError::ConflictingVersion(1))]
    );
    assert!(report.changes_anything());
}

// ------------------------------------------------------------------ huge version

#[test]
fn an_absurd_version_is_refused_and_locks_nothing_out() {
    let mut huge = submitted("i2", "Bob", 4, Decision::StrongYes);
    huge.version = u32::MAX;
    let mut interviews = manager().interviews;
    assert_eq!(
        merge_interview(&mut interviews, huge.clone()),
        Err(MergeError::AbsurdVersion(u32::MAX))
    );
    // Through the file reader too: the file reads, the merge refuses it.
    let file = export_interview(&huge);
    let mut doc = manager();
    let report = import_one(
        &mut doc,
        backend_ready::export::import_interview(&file).unwrap(),
    );
    assert_eq!(doc, manager());
    assert_eq!(report.interviews_added, 0);
    // Within the limit, a version needs its whole history: version 3 with none is refused.
    let mut three = submitted("i3", "Cy", 4, Decision::Yes);
    three.version = 3;
    three.history.clear();
    assert_eq!(
        merge_interview(&mut interviews, three),
        Err(MergeError::IncompleteHistory)
    );
    // The held interview's genuine revision still arrives.
    let next = revised(Interview::clone(&manager().interviews[0]), 3, Decision::Yes);
    assert!(merge_interview(&mut interviews, next).is_ok());
    const { assert!(MAX_VERSION < u32::MAX) };
}

// ------------------------------------------------------------------ duplicate interviewer

#[test]
fn a_second_interview_by_the_same_interviewer_is_kept_aside() {
    let mut doc = manager();
    let before = doc.clone();
    let second = submitted("i9", "Ann", 4, Decision::StrongYes);
    let incoming = doc_with(vec![second.clone()]);
    let report = import_into(&mut doc, incoming);
    assert_eq!(doc, before, "the overall score does not move");
    assert_eq!(report.kept_aside.len(), 1);
    assert!(matches!(
        &report.kept_aside[0].1,
        MergeError::DuplicateInterviewer { held } if held == "i1"
    ));
    // Another interviewer, or another stage, is a new interview.
    let mut other_stage = second.clone();
    other_stage.stage = STAGES[1].id.into();
    let mut interviews = doc.interviews.clone();
    assert_eq!(
        merge_interview(&mut interviews, other_stage),
        Ok(MergeOutcome::Added)
    );
}

// ------------------------------------------------------------------ links

#[test]
fn a_link_made_today_reads_as_one_interview() {
    let file = export_doc(&manager());
    match read_link(&encode(&file)) {
        Ok(LinkContent::Doc(doc)) => assert_eq!(doc, manager()),
        other => panic!("{other:?}"),
    }
    let single = export_interview(&manager().interviews[0]);
    assert_eq!(
        read_link(&encode(&single)),
        Ok(LinkContent::Interview(Box::new(Interview::clone(
            &manager().interviews[0]
        ))))
    );
}

#[test]
fn a_bulk_link_is_refused() {
    let mut two = manager();
    two.interviews
        .push(Rc::new(submitted("i2", "Bob", 3, Decision::Yes)));
    assert_eq!(read_link(&encode(&export_doc(&two))), Err(LinkError::Bulk));
    let mut two_candidates = manager();
    two_candidates.candidates.push(Rc::new(Candidate::new(
        "c2",
        "Bea",
        "Backend engineer",
        RoleLevel::Senior,
    )));
    assert_eq!(
        read_link(&encode(&export_doc(&two_candidates))),
        Err(LinkError::Bulk)
    );
    // A candidate alone (an interviewer being prepared) is one record, not bulk; two
    // candidates without interviews are.
    let mut alone = manager();
    alone.interviews.clear();
    assert_eq!(
        read_link(&encode(&export_doc(&alone))),
        Ok(LinkContent::Doc(alone.clone()))
    );
    let mut none = two_candidates.clone();
    none.interviews.clear();
    assert_eq!(read_link(&encode(&export_doc(&none))), Err(LinkError::Bulk));
    let mut nobody = alone;
    nobody.candidates.clear();
    nobody.roles.clear();
    assert_eq!(
        read_link(&encode(&export_doc(&nobody))),
        Err(LinkError::Bulk)
    );
    let mut other_role = manager();
    other_role
        .roles
        .push(Role::new("Data engineer", RoleLevel::Mid));
    assert_eq!(
        read_link(&encode(&export_doc(&other_role))),
        Err(LinkError::Bulk)
    );
}

#[test]
fn an_oversized_link_is_refused_before_it_is_read() {
    let mut big = manager();
    Rc::make_mut(&mut big.candidates[0]).notes = "x".repeat(5000);
    let mut link = encode(&export_doc(&big));
    while link.len() <= MAX_LINK_BYTES {
        link.push_str("%20");
    }
    assert_eq!(read_link(&link), Err(LinkError::TooLarge));
}

#[test]
fn a_cut_or_damaged_link_says_so_in_link_terms() {
    let link = encode(&export_doc(&manager()));
    assert_eq!(read_link(&link[..link.len() / 2]), Err(LinkError::Damaged));
    assert_eq!(read_link(&link[..link.len() - 1]), Err(LinkError::Damaged));
    assert_eq!(read_link("%E2%82"), Err(LinkError::Damaged));
    assert_eq!(read_link("%zz"), Err(LinkError::Damaged));
    assert_eq!(read_link(""), Err(LinkError::Damaged));
    assert_eq!(
        read_link(&encode("{\"format\":\"backend-ready/quiz\"}")),
        Err(LinkError::Damaged)
    );
    let newer = export_doc(&manager()).replace("\"version\":1,", "\"version\":2,");
    assert_eq!(read_link(&encode(&newer)), Err(LinkError::Newer));
    assert_eq!(percent_decode("a%20b%C3%A4"), Some("a bä".into()));
}

// ------------------------------------------------------------------ ask first

#[test]
fn an_offer_changes_nothing_until_imported_and_ignoring_changes_nothing() {
    let mut state = ScorecardState {
        doc: std::rc::Rc::new(manager()),
        ..ScorecardState::default()
    };
    let next = revised(
        Interview::clone(&manager().interviews[0]),
        4,
        Decision::StrongYes,
    );
    let offer = ScorecardMsg::View(ViewMsg::Offer {
        incoming: Incoming::Doc(doc_with(vec![next.clone()])),
        from_link: true,
    });
    assert!(!state.apply(offer.clone()), "an offer saves nothing");
    assert_eq!(*state.doc, manager());
    let preview = &state.offer.as_ref().unwrap().preview;
    assert!(matches!(
        preview.changes[0].kind,
        ChangeKind::Replaced {
            previous_version: 1,
            previous_decision: Some(Decision::No)
        }
    ));
    assert!(!state.apply(ScorecardMsg::View(ViewMsg::IgnoreOffer)));
    assert_eq!(*state.doc, manager());
    assert!(state.offer.is_none());
    assert_eq!(state.notices, [Notice::Ignored]);

    state.apply(offer);
    assert!(state.apply(ScorecardMsg::View(ViewMsg::AcceptOffer)));
    assert_eq!(*state.doc.interviews[0], next);
    assert!(state.offer.is_none());
}

#[test]
fn a_conflict_accepted_is_kept_aside_in_the_state_not_in_the_document() {
    let mut state = ScorecardState {
        doc: std::rc::Rc::new(manager()),
        ..ScorecardState::default()
    };
    let second = submitted("i9", "Ann", 4, Decision::StrongYes);
    state.apply(ScorecardMsg::View(ViewMsg::Offer {
        incoming: Incoming::Interview(Box::new(second.clone())),
        from_link: false,
    }));
    assert!(state.apply(ScorecardMsg::View(ViewMsg::AcceptOffer)));
    assert_eq!(*state.doc, manager());
    assert_eq!(state.kept_aside, [second]);
    assert!(state.apply(ScorecardMsg::View(ViewMsg::DiscardAside(0))));
    assert!(state.kept_aside.is_empty());
}

#[test]
fn an_imported_file_still_reads_as_before() {
    // A file exported by today's build keeps importing: same document back.
    let file = export_doc(&manager());
    let mut doc = ScorecardDoc::default();
    let report = import_into(&mut doc, import_doc(&file).unwrap());
    assert_eq!(doc, manager());
    assert_eq!((report.candidates_added, report.interviews_added), (1, 1));
}
