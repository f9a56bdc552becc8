//! Loading the scorecard at mount, and what it stores and how it merges what another
//! tab of the same origin, or another widget on the same key in this page, saves,
//! through the stored-document hook (`crate::ui::stored`, [`StoredScorecard`]): every
//! failure becomes a [`Notice`], and the document in memory is never dropped (it can
//! still be exported). Around each save and each save heard, `super::backup` keeps the
//! backup lines and the headroom.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::sharing::{forget_link, is_refusal, link_message};
use super::state::{EdgeMsg, Notice, ScorecardMsg, ScorecardState, ViewMsg};
use crate::browser::page::{fragment_param, interview_in_fragment, ROLE_PARAM};
use crate::browser::storage::{self, replaced_by_other_tab};
use crate::codec::json::Value;
use crate::export::{export_interview, import_interview};
use crate::scorecard::{Interview, ScorecardDoc};
use crate::storage::keep_aside::{KeepAside, KeepEvent};
use crate::storage::load::{load, DocKeys, DocKind, Retried};
use crate::storage::scorecard_doc::{self, Encoded};
use crate::storage::scorecard_merge::{merge_tabs, same_records, Conflict};
use crate::storage::store::StoreError;
use crate::ui::stored::{take_loaded, StorageNotice, StoredDoc};

/// The scorecard's stored document.
pub const KIND: DocKind = DocKind::Scorecard;

/// The member of the stored document that holds the interviews kept aside (each an
/// interview file, `crate::export`): unknown to older builds, which keep it unchanged.
const KEPT_ASIDE: &str = "keptAside";

/// The state a scorecard widget starts in: the stored document, or an empty one with a
/// notice saying why. A link carrying an interview is offered for a preview; nothing
/// changes before the user chooses.
pub fn initial_state(storage_key: &str) -> ScorecardState {
    let mut state = stored_state(storage_key);
    read_link_into(&mut state);
    if let Some(msg) = super::role::waiting_draft(storage_key) {
        state.apply(msg);
    }
    state
}

fn read_link_into(state: &mut ScorecardState) {
    if let Some(encoded) = interview_in_fragment() {
        let msg = link_message(&encoded);
        if is_refusal(&msg) {
            forget_link();
        }
        state.apply(msg);
    }
}

/// Reads a link pasted into the address of a page already open (`hashchange`).
#[hook]
pub fn use_links(state: &UseReducerHandle<ScorecardState>) {
    let dispatcher = state.dispatcher();
    use_effect_with((), move |()| {
        let listener = web_sys::window().map(|window| {
            gloo_events::EventListener::new(&window, "hashchange", move |_| {
                if let Some(encoded) = interview_in_fragment() {
                    let msg = link_message(&encoded);
                    if is_refusal(&msg) {
                        forget_link();
                    }
                    dispatcher.dispatch(msg);
                }
                if let Some(encoded) = fragment_param(ROLE_PARAM) {
                    dispatcher.dispatch(super::role::link_message(&encoded));
                }
            })
        });
        move || drop(listener)
    });
}

/// Takes the kept-aside interviews out of a stored document's unknown members.
fn take_kept_aside(unknown: &mut Vec<(String, Value)>) -> Vec<Interview> {
    let Some(position) = unknown.iter().position(|(key, _)| key == KEPT_ASIDE) else {
        return Vec::new();
    };
    let (_, value) = unknown.remove(position);
    let files = value.as_array().unwrap_or_default();
    files
        .iter()
        .filter_map(|file| import_interview(file.as_str()?).ok())
        .collect()
}

/// The unknown members to write back, with the kept-aside interviews.
fn members_to_store(state: &ScorecardState) -> Vec<(String, Value)> {
    let mut members = state.unknown.clone();
    if !state.kept_aside.is_empty() {
        let files = state.kept_aside.iter().map(export_interview);
        let files = files.map(Value::String).collect();
        members.push((KEPT_ASIDE.to_owned(), Value::Array(files)));
    }
    members
}

crate::ui::stored::storage_notices!(Notice);

fn stored_state(storage_key: &str) -> ScorecardState {
    let mut state = ScorecardState::default();
    let keys = DocKeys::new(storage_key, KIND);
    let loaded = load(&storage::open(), &keys, scorecard_doc::decode);
    if let Some(stored) = take_loaded(loaded, &mut state.keep, &mut state.notices) {
        state.doc = Rc::new(stored.doc);
        state.interviewer = stored.interviewer;
        state.unknown = stored.unknown;
        state.kept_aside = take_kept_aside(&mut state.unknown);
    }
    state
}

/// What a widget saved: the document and its interviewer. The last one this widget
/// and storage agreed on (it saved or heard it) is the base of a three-way merge.
#[derive(Clone)]
pub struct Saved {
    doc: Rc<ScorecardDoc>,
    interviewer: String,
}

/// The scorecard as the stored-document hook sees it: a save writes the whole
/// document (2.3 MB at 1,000 candidates; only the changed records are encoded again),
/// so it runs once the document has stayed unchanged for [`SAVE_DELAY_MS`], one save
/// for a burst of changes; around each save and each save heard, `super::backup` keeps
/// the backup lines and the headroom.
pub struct StoredScorecard {
    /// The last document this widget and storage agreed on.
    base: RefCell<Saved>,
    /// Each record's text from the last save, so a save encodes only what changed.
    encoded: RefCell<Encoded>,
}

impl StoredScorecard {
    /// Starts from the document loaded at mount.
    pub fn new(state: &ScorecardState) -> Self {
        let base = Saved {
            doc: state.doc.clone(),
            interviewer: state.interviewer.clone(),
        };
        StoredScorecard {
            base: RefCell::new(base),
            encoded: RefCell::default(),
        }
    }
}

/// A save of 1,000 candidates takes some 70 ms of the main thread on a phone four
/// times slower (most of it the browser's `setItem` of 2.3 MB; BENCHMARKS.md, session
/// 7), and a click that comes during it waits: so the document is saved once the
/// ratings stop changing for this long, not between quick clicks. Leaving, hiding the
/// page or unmounting saves at once.
const SAVE_DELAY_MS: i32 = 300;

impl StoredDoc for StoredScorecard {
    type State = ScorecardState;
    type News = Saved;
    const KIND: DocKind = KIND;
    const SAVE_DELAY_MS: i32 = SAVE_DELAY_MS;
    const SAVE_MAX_WAIT_MS: i32 = 2000;
    // Nothing to write at mount: nothing arriving changes the document before the
    // user chooses.
    const SAVES_AT_MOUNT: bool = false;

    fn changes(state: &ScorecardState) -> u32 {
        state.saved_changes
    }

    fn wants_save(state: &ScorecardState) -> bool {
        !state.notices.contains(&Notice::StorageUnavailable)
    }

    fn keep(state: &ScorecardState) -> KeepAside {
        state.keep
    }

    fn retried(retried: Retried) -> ScorecardMsg {
        match retried {
            Retried::KeptUnder(key) => ScorecardMsg::Edge(EdgeMsg::KeptAside(key)),
            Retried::Gone => ScorecardMsg::Edge(EdgeMsg::Keep(KeepEvent::Copied)),
            Retried::Held => ScorecardMsg::View(ViewMsg::Show(Notice::Held)),
        }
    }

    fn encode(&self, state: &UseReducerHandle<ScorecardState>, key: &str) -> String {
        super::backup::before_save(state, key);
        let members = members_to_store(state);
        let mut encoded = self.encoded.borrow_mut();
        scorecard_doc::encode_kept(&mut encoded, &state.doc, &state.interviewer, &members)
    }

    fn saved(
        &self,
        state: &UseReducerHandle<ScorecardState>,
        key: &str,
        tell: impl FnOnce(&Saved),
    ) {
        *self.base.borrow_mut() = Saved {
            doc: state.doc.clone(),
            interviewer: state.interviewer.clone(),
        };
        tell(&self.base.borrow());
        if state.notices.contains(&Notice::SaveFailed) {
            state.dispatch(ScorecardMsg::View(ViewMsg::Dismiss(Notice::SaveFailed)));
        }
        super::backup::after_save(state, key);
    }

    /// A failure becomes a notice; the work stays in the page and can be exported.
    fn not_saved(&self, state: &UseReducerHandle<ScorecardState>, key: &str, error: StoreError) {
        state.dispatch(ScorecardMsg::View(ViewMsg::Show(Notice::not_saved(error))));
        super::backup::after_save(state, key);
    }

    /// What a same-key widget of this page saved is merged here at once, as another
    /// tab's save is (the interviewer too: one page, one visitor).
    fn hear_page(&self, theirs: &Saved, latest: &UseReducerHandle<ScorecardState>, key: &str) {
        let dispatcher = latest.dispatcher();
        super::backup::hear(&dispatcher, key);
        let agreed = std::mem::replace(&mut *self.base.borrow_mut(), theirs.clone());
        let (doc, conflicts) = merge(&agreed.doc, &latest.doc, &theirs.doc);
        let interviewer = if latest.interviewer == agreed.interviewer {
            theirs.interviewer.clone()
        } else {
            latest.interviewer.clone()
        };
        let save = !Rc::ptr_eq(&doc, &theirs.doc) || interviewer != theirs.interviewer;
        take(&dispatcher, doc, Some(interviewer), save, conflicts);
    }

    /// Another tab saved this scorecard (or its backup lines).
    fn hear_tab(
        &self,
        event: &web_sys::Event,
        latest: &UseReducerHandle<ScorecardState>,
        key: &str,
    ) {
        let dispatcher = latest.dispatcher();
        super::backup::hear_tab(&dispatcher, event, key);
        let Some((theirs, kept_aside, replaced)) = other_tab_docs(event, key) else {
            return;
        };
        // What the other tab keeps aside replaces ours (the last save wins).
        dispatcher.dispatch(ScorecardMsg::Edge(EdgeMsg::KeptAsideElsewhere(kept_aside)));
        let ours = latest.doc.clone();
        let theirs = Rc::new(theirs);
        let agreed = std::mem::replace(&mut self.base.borrow_mut().doc, theirs.clone());
        // Their change was made to what they replaced, which is older than what this
        // tab last saved when both saved at once: merged against ours, our save would
        // look deleted by theirs.
        let their_base = match replaced {
            Replaced::Nothing => Rc::new(ScorecardDoc::default()),
            Replaced::Doc(doc) => Rc::new(doc),
            Replaced::Unreadable => agreed,
        };
        let (doc, conflicts) = merge(&their_base, &ours, &theirs);
        // Storage now holds theirs; only a merge that adds to it is written back.
        let save = !Rc::ptr_eq(&doc, &theirs);
        take(&dispatcher, doc, None, save, conflicts);
    }
}

/// The three-way merge of `theirs` into `ours` since `base`: `theirs` itself (shared,
/// not copied) when the merge equals it, and the records both changed differently.
fn merge(
    base: &Rc<ScorecardDoc>,
    ours: &Rc<ScorecardDoc>,
    theirs: &Rc<ScorecardDoc>,
) -> (Rc<ScorecardDoc>, Vec<Conflict>) {
    if Rc::ptr_eq(ours, base) || Rc::ptr_eq(ours, theirs) {
        // Nothing changed here since: theirs is the merge (a 1,000-candidate document
        // is not compared record by record on every save of the other widget).
        return (theirs.clone(), Vec::new());
    }
    let merged = merge_tabs(base, ours, theirs);
    let doc = if same_records(&merged.doc, theirs) {
        theirs.clone()
    } else {
        Rc::new(merged.doc)
    };
    (doc, merged.conflicts)
}

/// Sends a merge to the reducer.
fn take(
    dispatcher: &UseReducerDispatcher<ScorecardState>,
    doc: Rc<ScorecardDoc>,
    interviewer: Option<String>,
    save: bool,
    conflicts: Vec<Conflict>,
) {
    dispatcher.dispatch(ScorecardMsg::Edge(EdgeMsg::Replace {
        doc,
        interviewer,
        save,
    }));
    if !conflicts.is_empty() {
        dispatcher.dispatch(ScorecardMsg::Edge(EdgeMsg::OtherTabConflicts(conflicts)));
    }
}

/// What another tab's save replaced.
enum Replaced {
    Nothing,
    Doc(ScorecardDoc),
    Unreadable,
}

/// The document in a `storage` event, when it is another tab saving this scorecard,
/// the interviews it keeps aside, and what that save replaced.
fn other_tab_docs(
    event: &web_sys::Event,
    key: &str,
) -> Option<(ScorecardDoc, Vec<Interview>, Replaced)> {
    let (new, old) = replaced_by_other_tab(event, key)?;
    let mut stored = scorecard_doc::decode(&new).ok()?;
    let kept_aside = take_kept_aside(&mut stored.unknown);
    let theirs = stored.doc;
    let replaced = match old.map(|old| scorecard_doc::decode(&old)) {
        None => Replaced::Nothing,
        Some(Ok(stored)) => Replaced::Doc(stored.doc),
        Some(Err(_)) => Replaced::Unreadable,
    };
    Some((theirs, kept_aside, replaced))
}
