//! The scorecard widget's reducer, natively: candidates added, edited, archived,
//! deleted and restored; interviews started, rated, decided last, submitted, revised;
//! weights; comparison picks; imports; and the events queued for the host page.

#[cfg(not(target_arch = "wasm32"))]
mod common;

use std::rc::Rc;

use backend_ready::content::scorecard::{COMPETENCIES, STAGES};
use backend_ready::export::{export_doc, import_doc};
use backend_ready::scorecard::doc_edit::CandidateChange;
use backend_ready::scorecard::{
    Candidate, Decision, Interview, RatingLevel, RoleLevel, Score, Status,
};
use backend_ready::ui::scorecard::state::{
    CandidateFields, DocEdit, EdgeMsg, Event, Notice, ScorecardMsg, ScorecardState, Screen,
    ViewMsg, PAGE_SIZE,
};

fn fields(name: &str) -> CandidateFields {
    CandidateFields {
        name: name.into(),
        role: "Backend engineer".into(),
        level: RoleLevel::Senior,
        notes: String::new(),
    }
}

fn with_candidate(name: &str) -> ScorecardState {
    let mut state = ScorecardState::default();
    assert!(state.apply(ScorecardMsg::Edit(DocEdit::AddCandidate {
        id: "c1".into(),
        fields: fields(name),
    })));
    state
}

/// A state holding Ada (`c1`) and Grace (`c2`).
fn with_ada_and_grace() -> ScorecardState {
    let mut state = with_candidate("Ada");
    assert!(state.apply(ScorecardMsg::Edit(DocEdit::AddCandidate {
        id: "c2".into(),
        fields: fields("Grace"),
    })));
    state
}

fn start(state: &mut ScorecardState, interviewer: &str, id: &str) {
    state.apply(ScorecardMsg::View(ViewMsg::SetInterviewer(
        interviewer.into(),
    )));
    state.apply(ScorecardMsg::Edit(DocEdit::StartInterview {
        id: id.into(),
        candidate: "c1".into(),
        stage: STAGES[0].id,
    }));
}

fn rate_all(state: &mut ScorecardState, id: &str, level: RatingLevel) {
    for competency in &COMPETENCIES {
        state.apply(ScorecardMsg::Edit(DocEdit::Rate {
            interview: id.into(),
            competency: competency.id,
            score: Score::Level(level),
        }));
    }
}

fn submit(state: &mut ScorecardState, id: &str, level: RatingLevel) {
    rate_all(state, id, level);
    assert!(state.apply(ScorecardMsg::Edit(DocEdit::Decide {
        interview: id.into(),
        decision: Decision::Yes,
    })));
    assert!(state.apply(ScorecardMsg::Edit(DocEdit::Submit(id.into()))));
}

#[test]
fn adding_a_candidate_adds_its_role_with_the_preset_and_an_event() {
    let state = with_candidate("  Ada Lovelace ");
    assert_eq!(state.doc.candidates[0].name, "Ada Lovelace");
    assert_eq!(state.doc.roles.len(), 1);
    assert_eq!(state.doc.roles[0].name, "Backend engineer");
    assert_eq!(
        state.events,
        vec![Event::CandidateChanged {
            candidate: "c1".into(),
            change: CandidateChange::Added
        }]
    );
}

/// Sent events are drained, counted over the widget's life: one queued after the send
/// but before the drain stays queued, and a stale drain removes nothing more.
#[test]
fn sent_events_are_drained_and_later_ones_kept() {
    let mut state = with_candidate("Ada Lovelace");
    state.apply(ScorecardMsg::Edit(DocEdit::SetArchived {
        id: "c1".into(),
        archived: true,
    }));
    assert_eq!(state.events.len(), 2);
    // The widget sent the first event only, then the drain arrives.
    state.apply(ScorecardMsg::Edge(EdgeMsg::EventsSent(1)));
    assert_eq!(state.events_drained, 1);
    assert_eq!(
        state.events,
        vec![Event::CandidateChanged {
            candidate: "c1".into(),
            change: CandidateChange::Archived
        }]
    );
    state.apply(ScorecardMsg::Edge(EdgeMsg::EventsSent(1)));
    assert_eq!(
        state.events.len(),
        1,
        "a repeated drain removes nothing more"
    );
    state.apply(ScorecardMsg::Edge(EdgeMsg::EventsSent(2)));
    assert!(state.events.is_empty());
    assert_eq!(state.events_drained, 2);
}

#[test]
fn a_blank_name_or_a_duplicate_id_adds_nothing() {
    let mut state = with_candidate("Ada");
    assert!(!state.apply(ScorecardMsg::Edit(DocEdit::AddCandidate {
        id: "c2".into(),
        fields: fields("   "),
    })));
    assert!(!state.apply(ScorecardMsg::Edit(DocEdit::AddCandidate {
        id: "c1".into(),
        fields: fields("Grace"),
    })));
    assert_eq!(state.doc.candidates.len(), 1);
}

#[test]
fn delete_then_undo_restores_the_candidate_in_place_with_interviews() {
    let mut state = with_ada_and_grace();
    start(&mut state, "Ann", "i1");
    submit(&mut state, "i1", RatingLevel::Strong);
    let before = state.doc.clone();
    assert!(state.apply(ScorecardMsg::Edit(DocEdit::Delete("c1".into()))));
    assert_eq!(state.doc.candidates.len(), 1);
    assert!(state.doc.interviews.is_empty());
    assert!(state.notices.contains(&Notice::Deleted("Ada".into())));
    assert_eq!(state.screen, Screen::List);
    assert!(state.apply(ScorecardMsg::View(ViewMsg::Undo)));
    assert_eq!(state.doc, before);
    assert!(state.removed.is_none());
    assert!(
        !state.apply(ScorecardMsg::View(ViewMsg::Undo)),
        "undo only once"
    );
}

#[test]
fn dismissing_the_delete_notice_forgets_the_undo() {
    let mut state = with_candidate("Ada");
    state.apply(ScorecardMsg::Edit(DocEdit::Delete("c1".into())));
    state.apply(ScorecardMsg::View(ViewMsg::Dismiss(Notice::Deleted(
        "Ada".into(),
    ))));
    assert!(!state.apply(ScorecardMsg::View(ViewMsg::Undo)));
    assert!(state.doc.candidates.is_empty());
}

#[test]
fn editing_renames_and_archiving_drops_the_comparison_pick() {
    let mut state = with_candidate("Ada");
    let mut renamed = fields("Ada King");
    renamed.notes = "<script>alert(1)</script>".into();
    assert!(state.apply(ScorecardMsg::Edit(DocEdit::EditCandidate {
        id: "c1".into(),
        fields: renamed,
    })));
    assert_eq!(state.doc.candidates[0].name, "Ada King");
    assert_eq!(state.doc.candidates[0].notes, "<script>alert(1)</script>");
    state.apply(ScorecardMsg::View(ViewMsg::ToggleCompare("c1".into())));
    assert_eq!(state.compare, vec!["c1".to_string()]);
    assert!(state.apply(ScorecardMsg::Edit(DocEdit::SetArchived {
        id: "c1".into(),
        archived: true,
    })));
    assert!(state.compare.is_empty());
    assert!(state.doc.candidates[0].archived);
}

#[test]
fn an_interview_needs_a_name_and_reopens_the_same_draft() {
    let mut state = with_candidate("Ada");
    assert!(!state.apply(ScorecardMsg::Edit(DocEdit::StartInterview {
        id: "i1".into(),
        candidate: "c1".into(),
        stage: STAGES[0].id,
    })));
    assert!(state.problem.is_some());
    start(&mut state, "Ann", "i1");
    assert_eq!(state.screen, Screen::Interview("i1".into()));
    start(&mut state, "Ann", "i2");
    assert_eq!(state.doc.interviews.len(), 1, "the draft is reopened");
    assert_eq!(state.screen, Screen::Interview("i1".into()));
}

#[test]
fn the_decision_comes_last_and_submitting_locks_and_announces() {
    let mut state = with_candidate("Ada");
    start(&mut state, "Ann", "i1");
    assert!(!state.apply(ScorecardMsg::Edit(DocEdit::Decide {
        interview: "i1".into(),
        decision: Decision::Yes,
    })));
    assert!(state.problem.is_some(), "told to rate everything first");
    submit(&mut state, "i1", RatingLevel::Strong);
    let interview = &state.doc.interviews[0];
    assert_eq!(interview.status, Status::Submitted);
    assert!(state.events.contains(&Event::InterviewSubmitted {
        candidate: "c1".into(),
        interview: "i1".into(),
        stage: STAGES[0].id.into(),
        version: 1,
    }));
    assert!(!state.apply(ScorecardMsg::Edit(DocEdit::Rate {
        interview: "i1".into(),
        competency: COMPETENCIES[0].id,
        score: Score::NoEvidence,
    })));
    assert!(state.problem.is_some(), "a locked interview says why");
}

#[test]
fn revising_keeps_the_history_and_a_new_submission_is_version_two() {
    let mut state = with_candidate("Ada");
    start(&mut state, "Ann", "i1");
    submit(&mut state, "i1", RatingLevel::Strong);
    assert!(state.apply(ScorecardMsg::Edit(DocEdit::Revise("i1".into()))));
    submit(&mut state, "i1", RatingLevel::Exceptional);
    let interview = &state.doc.interviews[0];
    assert_eq!(interview.version, 2);
    assert_eq!(interview.history.len(), 1);
    assert_eq!(interview.history[0].version, 1);
}

#[test]
fn only_a_never_submitted_draft_can_be_discarded() {
    let mut state = with_candidate("Ada");
    start(&mut state, "Ann", "i1");
    assert!(state.apply(ScorecardMsg::Edit(DocEdit::DiscardDraft("i1".into()))));
    assert!(state.doc.interviews.is_empty());
    start(&mut state, "Ann", "i2");
    submit(&mut state, "i2", RatingLevel::Mixed);
    assert!(!state.apply(ScorecardMsg::Edit(DocEdit::DiscardDraft("i2".into()))));
    state.apply(ScorecardMsg::Edit(DocEdit::Revise("i2".into())));
    assert!(!state.apply(ScorecardMsg::Edit(DocEdit::DiscardDraft("i2".into()))));
    assert_eq!(state.doc.interviews.len(), 1);
}

#[test]
fn weights_change_per_role_and_invalid_weights_are_refused() {
    let mut state = with_candidate("Ada");
    let role = "Backend engineer".to_string();
    assert!(state.apply(ScorecardMsg::Edit(DocEdit::SetWeight {
        role: role.clone(),
        competency: COMPETENCIES[0].id,
        weight: 40,
    })));
    assert_eq!(state.doc.roles[0].weights.get(COMPETENCIES[0].id), 40);
    assert!(!state.apply(ScorecardMsg::Edit(DocEdit::SetWeight {
        role: role.clone(),
        competency: COMPETENCIES[0].id,
        weight: 5000,
    })));
    assert!(state.problem.is_some());
    assert!(state.apply(ScorecardMsg::Edit(DocEdit::UsePreset {
        role,
        level: RoleLevel::Lead,
    })));
    assert_eq!(
        state.doc.roles[0].weights,
        backend_ready::scorecard::Weights::preset(RoleLevel::Lead)
    );
}

#[test]
fn at_most_four_candidates_are_picked_for_comparison() {
    let mut state = ScorecardState::default();
    for n in 0..5 {
        let id = format!("c{n}");
        state.apply(ScorecardMsg::Edit(DocEdit::AddCandidate {
            id: id.clone(),
            fields: fields(&id),
        }));
        state.apply(ScorecardMsg::View(ViewMsg::ToggleCompare(id)));
    }
    assert_eq!(state.compare.len(), 4);
    state.apply(ScorecardMsg::View(ViewMsg::ToggleCompare("c0".into())));
    assert_eq!(state.compare, vec!["c1", "c2", "c3"]);
}

#[test]
fn importing_the_same_file_twice_changes_nothing_the_second_time() {
    let mut source = with_candidate("Ada");
    start(&mut source, "Ann", "i1");
    submit(&mut source, "i1", RatingLevel::Strong);
    let file = export_doc(&source.doc);

    let mut manager = ScorecardState::default();
    assert!(manager.apply(ScorecardMsg::Edit(DocEdit::ImportDoc(
        import_doc(&file).unwrap()
    ))));
    assert_eq!(manager.doc.candidates.len(), 1);
    assert_eq!(manager.doc.interviews.len(), 1);
    let after_first = manager.doc.clone();
    assert!(!manager.apply(ScorecardMsg::Edit(DocEdit::ImportDoc(
        import_doc(&file).unwrap()
    ))));
    assert_eq!(manager.doc, after_first);
    assert!(
        matches!(manager.notices.last(), Some(Notice::Imported(report)) if report.unchanged == 1)
    );
}

#[test]
fn a_newer_version_of_an_interview_replaces_the_older_with_history() {
    let mut source = with_candidate("Ada");
    start(&mut source, "Ann", "i1");
    submit(&mut source, "i1", RatingLevel::Strong);
    let first = import_doc(&export_doc(&source.doc)).unwrap();
    source.apply(ScorecardMsg::Edit(DocEdit::Revise("i1".into())));
    submit(&mut source, "i1", RatingLevel::Weak);
    let second = import_doc(&export_doc(&source.doc)).unwrap();

    let mut manager = ScorecardState::default();
    manager.apply(ScorecardMsg::Edit(DocEdit::ImportDoc(first)));
    assert!(manager.apply(ScorecardMsg::Edit(DocEdit::ImportDoc(second))));
    let interview = &manager.doc.interviews[0];
    assert_eq!(interview.version, 2);
    assert_eq!(interview.history.len(), 1);
}

#[test]
fn an_interview_for_an_unknown_candidate_is_left_out_with_a_reason() {
    let mut source = with_candidate("Ada");
    start(&mut source, "Ann", "i1");
    submit(&mut source, "i1", RatingLevel::Strong);
    let interview = Interview::clone(&source.doc.interviews[0]);
    let mut manager = ScorecardState::default();
    assert!(
        !manager.apply(ScorecardMsg::Edit(DocEdit::ImportInterview(Box::new(
            interview
        ))))
    );
    assert!(manager.doc.interviews.is_empty());
    assert!(
        matches!(manager.notices.last(), Some(Notice::Imported(report)) if report.refused.len() == 1)
    );
}

#[test]
fn the_list_pages_by_fifty_and_a_new_filter_starts_again() {
    let mut state = ScorecardState::default();
    assert_eq!(state.page_size(), PAGE_SIZE);
    state.apply(ScorecardMsg::View(ViewMsg::ShowMore));
    assert_eq!(state.page_size(), 2 * PAGE_SIZE);
    state.apply(ScorecardMsg::View(ViewMsg::Filter("ad".into())));
    assert_eq!(state.page_size(), PAGE_SIZE);
}

#[test]
fn another_tabs_conflicting_version_is_kept_until_taken_or_dismissed() {
    use backend_ready::storage::scorecard_merge::Conflict;
    let mut state = with_candidate("Ada");
    let ours = state.doc.candidates[0].clone();
    let mut theirs = Candidate::clone(&ours);
    theirs.name = "Ada King".into();
    let theirs = Rc::new(theirs);
    let conflict = Conflict::Candidate {
        id: "c1".into(),
        ours: Some(ours),
        theirs: Some(theirs),
    };
    state.apply(ScorecardMsg::Edge(EdgeMsg::OtherTabConflicts(vec![
        conflict.clone(),
    ])));
    assert!(state.notices.contains(&Notice::OtherTabConflict(1)));
    assert_eq!(
        state.doc.candidates[0].name, "Ada",
        "ours stays until the user chooses"
    );
    assert!(state.apply(ScorecardMsg::View(ViewMsg::TakeTheirs)));
    assert_eq!(state.doc.candidates[0].name, "Ada King");
    assert!(state.other_tab.is_empty());
    assert!(state.notices.is_empty());

    state.apply(ScorecardMsg::Edge(EdgeMsg::OtherTabConflicts(vec![
        conflict,
    ])));
    state.apply(ScorecardMsg::View(ViewMsg::Dismiss(
        Notice::OtherTabConflict(1),
    )));
    assert!(state.other_tab.is_empty());
    assert!(!state.apply(ScorecardMsg::View(ViewMsg::TakeTheirs)));
    assert_eq!(state.doc.candidates[0].name, "Ada King");
}

#[cfg(not(target_arch = "wasm32"))]
mod fuzz {
    //! Imports of damaged files never change the document: 2,000 cases of a real export
    //! with one character replaced or the text cut short, and 1,000 arbitrary strings.
    use super::*;
    use crate::common::damage::{damaged, Damage};
    use backend_ready::export::import_interview;
    use proptest::prelude::*;

    fn sample() -> (ScorecardState, String) {
        let mut state = with_candidate("Ada \"Countess\" Lovelace");
        start(&mut state, "Ann", "i1");
        submit(&mut state, "i1", RatingLevel::Strong);
        state.apply(ScorecardMsg::Edit(DocEdit::Revise("i1".into())));
        submit(&mut state, "i1", RatingLevel::Exceptional);
        let file = export_doc(&state.doc);
        (state, file)
    }

    /// What the widget does with a file: import it whole, or as one interview, or refuse it.
    fn import(state: &mut ScorecardState, text: &str) -> bool {
        match (import_doc(text), import_interview(text)) {
            (Ok(doc), _) => state.apply(ScorecardMsg::Edit(DocEdit::ImportDoc(doc))),
            (_, Ok(interview)) => state.apply(ScorecardMsg::Edit(DocEdit::ImportInterview(
                Box::new(interview),
            ))),
            (Err(error), Err(_)) => {
                let why = backend_ready::ui::scorecard::state::ImportRefusal::Invalid(error);
                state.apply(ScorecardMsg::View(ViewMsg::Show(Notice::ImportFailed(why))))
            }
        }
    }

    fn check(text: &str) -> Result<(), TestCaseError> {
        let (mut state, _) = sample();
        let before = state.doc.clone();
        let changed = import(&mut state, text);
        if !changed {
            prop_assert_eq!(
                &state.doc,
                &before,
                "a refused or empty import changes nothing"
            );
        }
        let after_once = state.doc.clone();
        import(&mut state, text);
        prop_assert_eq!(
            state.doc,
            after_once,
            "importing the same file twice changes nothing more"
        );
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// 2,000 cases: one character of a real export replaced, or the export cut short.
        #[test]
        fn a_damaged_export_never_changes_the_document(
            position in 0usize..2000,
            replacement in prop::char::any(),
            cut in any::<bool>(),
        ) {
            let (_, file) = sample();
            let damage = if cut { Damage::Cut } else { Damage::Replace(replacement) };
            check(&damaged(&file, position, damage))?;
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        /// 1,000 cases: any string.
        #[test]
        fn any_text_never_changes_the_document(text in any::<String>()) {
            check(&text)?;
        }
    }
}

/// Issue 14: each candidate and interview of the document is behind its own `Rc`, so a
/// rating click (applied by `reduce`, as the widget applies it) copies only the
/// interview it changes; every other record is shared with the state before.
#[test]
fn an_edit_copies_only_the_record_it_changes() {
    use yew::Reducible;
    let mut state = with_ada_and_grace();
    start(&mut state, "Ann", "i1");
    start(&mut state, "Bob", "i2");
    let before = Rc::new(state);
    let after = Rc::clone(&before).reduce(ScorecardMsg::Edit(DocEdit::Rate {
        interview: "i2".into(),
        competency: COMPETENCIES[0].id,
        score: Score::Level(RatingLevel::Strong),
    }));
    assert_eq!(after.doc.candidates.len(), 2);
    for (old, new) in before.doc.candidates.iter().zip(&after.doc.candidates) {
        assert!(Rc::ptr_eq(old, new), "candidate {} copied", new.id);
    }
    let (old, new) = (&before.doc.interviews, &after.doc.interviews);
    assert!(
        Rc::ptr_eq(&old[0], &new[0]),
        "the interview not rated is shared"
    );
    assert!(!Rc::ptr_eq(&old[1], &new[1]), "the rated one is a copy");
    assert_eq!(old[1].ratings[0].score, Score::Unrated);
    assert_eq!(new[1].ratings[0].score, Score::Level(RatingLevel::Strong));
}

/// The document edits are pure (`scorecard::doc_edit`): what an edit did, or why it was
/// refused with the document left as it was.
#[test]
fn a_document_edit_says_what_it_did_or_why_not() {
    use backend_ready::scorecard::doc_edit::{apply, Applied, Refused};
    use backend_ready::scorecard::{EditError, ScorecardDoc};
    let mut doc = ScorecardDoc::default();
    let add = DocEdit::AddCandidate {
        id: "c1".into(),
        fields: fields("Ada"),
    };
    assert_eq!(
        apply(&mut doc, add, "Ann"),
        Ok(Applied::Candidate("c1".into(), CandidateChange::Added))
    );
    let start = |id: &str| DocEdit::StartInterview {
        id: id.into(),
        candidate: "c1".into(),
        stage: STAGES[0].id,
    };
    let before = doc.clone();
    assert_eq!(apply(&mut doc, start("i1"), ""), Err(Refused::NameFirst));
    assert_eq!(doc, before);
    assert_eq!(
        apply(&mut doc, start("i1"), "Ann"),
        Ok(Applied::Started("i1".into()))
    );
    assert_eq!(
        apply(&mut doc, start("i9"), "Ann"),
        Ok(Applied::Opened("i1".into())),
        "the same interviewer's draft of that stage opens again"
    );
    let before = doc.clone();
    let decide = DocEdit::Decide {
        interview: "i1".into(),
        decision: Decision::Yes,
    };
    assert!(matches!(
        apply(&mut doc, decide, "Ann"),
        Err(Refused::Interview(EditError::Unrated(_)))
    ));
    assert_eq!(doc, before, "a refused edit changes nothing");
}
