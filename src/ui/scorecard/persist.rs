//! Loading the scorecard at mount, saving it after each change, and merging what
//! another tab of the same origin, or another widget on the same key in this page
//! (`crate::browser::same_page`), saves: every failure becomes a [`Notice`], and the
//! document in memory is never dropped (it can still be exported). Around each save
//! and each save heard, `super::backup` keeps the backup lines and the headroom.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::sharing::{forget_link, is_refusal, link_message};
use super::state::{stored_message, Notice, ScorecardMsg, ScorecardState};
use crate::browser::page::{fragment_param, interview_in_fragment, ROLE_PARAM};
use crate::browser::same_page;
use crate::browser::storage::{replaced_by_other_tab, LocalStore, StoreError};
use crate::codec::json::Value;
use crate::export::{export_interview, import_interview};
use crate::scorecard::{Interview, ScorecardDoc};
use crate::storage::keep_aside::{KeepEvent, Unusable};
use crate::storage::scorecard_doc;
use crate::storage::scorecard_merge::{merge_tabs, same_records, Conflict};
use crate::storage::{backup_key, document_key};

pub const MODE: &str = "scorecard";

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

fn stored_state(storage_key: &str) -> ScorecardState {
    let mut state = ScorecardState::default();
    let store = LocalStore::open();
    let text = match store.read(&document_key(storage_key, MODE)) {
        Ok(Some(text)) => text,
        Ok(None) => return state,
        Err(_) => {
            state.notices.push(Notice::StorageUnavailable);
            return state;
        }
    };
    match scorecard_doc::decode(&text) {
        Ok(stored) => {
            state.doc = Rc::new(stored.doc);
            state.interviewer = stored.interviewer;
            state.unknown = stored.unknown;
            state.kept_aside = take_kept_aside(&mut state.unknown);
        }
        Err(error) => {
            let why = Unusable::from(&error);
            match store.keep_aside(
                &document_key(storage_key, MODE),
                &backup_key(storage_key, MODE),
            ) {
                Ok(Some(key)) => state.notices.push(Notice::KeptAside {
                    message: stored_message(why),
                    key,
                }),
                // Gone between reading and copying: nothing to keep.
                Ok(None) => {}
                // Never written over until it is safe (`storage::keep_aside`).
                Err(_) => {
                    state.keep = state.keep.next(KeepEvent::CopyFailed(why));
                    state.notices.push(Notice::Held);
                }
            }
        }
    }
    state
}

/// What a widget saved: the document and its interviewer. The last one this widget
/// and storage agreed on (it saved or heard it) is the base of a three-way merge.
#[derive(Clone)]
struct Saved {
    doc: Rc<ScorecardDoc>,
    interviewer: String,
}

type Shared<T> = Rc<RefCell<T>>;

/// Saves after changes and merges other tabs' and same-key widgets' saves while
/// mounted.
#[hook]
pub fn use_persistence(state: &UseReducerHandle<ScorecardState>, storage_key: &str) {
    let base = use_mut_ref(|| Saved {
        doc: state.doc.clone(),
        interviewer: state.interviewer.clone(),
    });
    // The newest state, for the timer and the storage listener (a handle clone is cheap).
    let latest = use_mut_ref(|| state.clone());
    *latest.borrow_mut() = state.clone();
    let saver = use_mut_ref(|| Saver {
        key: document_key(storage_key, MODE),
        backup: backup_key(storage_key, MODE),
        latest: latest.clone(),
        base: base.clone(),
        pending: false,
        page_id: same_page::new_id(),
    });
    use_saving(state, &saver);
    use_other_tabs(state, &saver, &base, &latest);
}

/// Writes the newest state, at most once per [`SAVE_DELAY_MS`]: a save re-encodes the
/// whole document (2.3 MB at 1,000 candidates), so it runs after the change is painted
/// and coalesces quick changes. Unmounting and leaving the page write what is pending.
struct Saver {
    key: String,
    backup: String,
    latest: Shared<UseReducerHandle<ScorecardState>>,
    base: Shared<Saved>,
    pending: bool,
    /// This widget among the same-key widgets of the page (`browser::same_page`).
    page_id: u64,
}

const SAVE_DELAY_MS: i32 = 30;

impl Saver {
    fn save_now(&mut self) {
        self.pending = false;
        let state = self.latest.borrow().clone();
        if state.notices.contains(&Notice::StorageUnavailable) {
            return;
        }
        if !state.keep.may_write() {
            // The stored document could not be kept aside at load: try again (space
            // may have been freed); only once it is safe does the next save write.
            match LocalStore::open().keep_aside(&self.key, &self.backup) {
                Ok(Some(key)) => state.dispatch(ScorecardMsg::KeptAside(key)),
                Ok(None) => state.dispatch(ScorecardMsg::Keep(KeepEvent::Copied)),
                Err(_) => state.dispatch(ScorecardMsg::Show(Notice::Held)),
            }
            return;
        }
        super::backup::before_save(&state, &self.key);
        let members = members_to_store(&state);
        let text = scorecard_doc::encode_parts(&state.doc, &state.interviewer, &members);
        match LocalStore::open().write(&self.key, &text) {
            Ok(()) => {
                *self.base.borrow_mut() = Saved {
                    doc: state.doc.clone(),
                    interviewer: state.interviewer.clone(),
                };
                same_page::tell(&self.key, self.page_id, &*self.base.borrow());
                if state.notices.contains(&Notice::SaveFailed) {
                    state.dispatch(ScorecardMsg::Dismiss(Notice::SaveFailed));
                }
            }
            Err(StoreError::Unavailable) => {
                state.dispatch(ScorecardMsg::Show(Notice::StorageUnavailable))
            }
            Err(StoreError::WriteRefused) => state.dispatch(ScorecardMsg::Show(Notice::SaveFailed)),
        }
        super::backup::after_save(&state, &self.key);
    }
}

#[hook]
fn use_saving(state: &UseReducerHandle<ScorecardState>, saver: &Rc<RefCell<Saver>>) {
    let first = use_mut_ref(|| true);
    let scheduler = saver.clone();
    use_effect_with(state.saved_changes, move |&changes| {
        // Nothing to write at mount: nothing arriving changes the document before the
        // user chooses.
        let mounting = std::mem::replace(&mut *first.borrow_mut(), false);
        if (mounting && changes == 0)
            || std::mem::replace(&mut scheduler.borrow_mut().pending, true)
        {
            return;
        }
        let later = scheduler.clone();
        let fire = Closure::once_into_js(move || {
            if later.borrow().pending {
                later.borrow_mut().save_now();
            }
        });
        let scheduled = web_sys::window().and_then(|window| {
            window
                .set_timeout_with_callback_and_timeout_and_arguments_0(
                    fire.unchecked_ref(),
                    SAVE_DELAY_MS,
                )
                .ok()
        });
        if scheduled.is_none() {
            scheduler.borrow_mut().save_now();
        }
    });
    let flusher = saver.clone();
    use_effect_with((), move |()| {
        let on_leave = flusher.clone();
        let listener = web_sys::window().map(|window| {
            gloo_events::EventListener::new(&window, "pagehide", move |_| flush(&on_leave))
        });
        move || {
            drop(listener);
            flush(&flusher);
        }
    });
}

fn flush(saver: &Rc<RefCell<Saver>>) {
    if saver.borrow().pending {
        saver.borrow_mut().save_now();
    }
}

/// Merges what another tab of this origin, or another widget on the same key in this
/// page, saves, while mounted. Leaving writes what is pending first, so the other
/// widgets hear it.
#[hook]
fn use_other_tabs(
    state: &UseReducerHandle<ScorecardState>,
    saver: &Shared<Saver>,
    base: &Shared<Saved>,
    latest: &Shared<UseReducerHandle<ScorecardState>>,
) {
    let dispatcher = state.dispatcher();
    let (saver, base, latest) = (saver.clone(), base.clone(), latest.clone());
    use_effect_with((), move |()| {
        let (key, page_id) = (saver.borrow().key.clone(), saver.borrow().page_id);
        let peer = join_same_page(&key, page_id, &dispatcher, &base, &latest);
        let listener = web_sys::window().map(|window| {
            gloo_events::EventListener::new(&window, "storage", move |event| {
                super::backup::hear_tab(&dispatcher, event, &key);
                let Some((theirs, kept_aside, replaced)) = other_tab_docs(event, &key) else {
                    return;
                };
                // What the other tab keeps aside replaces ours (the last save wins).
                dispatcher.dispatch(ScorecardMsg::KeptAsideElsewhere(kept_aside));
                let ours = latest.borrow().doc.clone();
                let theirs = Rc::new(theirs);
                let agreed = std::mem::replace(&mut base.borrow_mut().doc, theirs.clone());
                // Their change was made to what they replaced, which is older than
                // what this tab last saved when both saved at once: merged against
                // ours, our save would look deleted by theirs.
                let their_base = match replaced {
                    Replaced::Nothing => Rc::new(ScorecardDoc::default()),
                    Replaced::Doc(doc) => Rc::new(doc),
                    Replaced::Unreadable => agreed,
                };
                let (doc, conflicts) = merge(&their_base, &ours, &theirs);
                // Storage now holds theirs; only a merge that adds to it is written back.
                let save = !Rc::ptr_eq(&doc, &theirs);
                take(&dispatcher, doc, None, save, conflicts);
            })
        });
        move || {
            drop(listener);
            flush(&saver);
            drop(peer);
        }
    });
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

/// Joins the same-key widgets of this page until the result is dropped: what one of
/// them saves is merged here at once, as another tab's save is (the interviewer too:
/// one page, one visitor).
fn join_same_page(
    key: &str,
    page_id: u64,
    dispatcher: &UseReducerDispatcher<ScorecardState>,
    base: &Shared<Saved>,
    latest: &Shared<UseReducerHandle<ScorecardState>>,
) -> same_page::Peer {
    let (dispatcher, base, latest) = (dispatcher.clone(), base.clone(), latest.clone());
    let doc_key = key.to_owned();
    same_page::join(key, page_id, move |theirs: &Saved| {
        super::backup::hear(&dispatcher, &doc_key);
        let ours = latest.borrow().clone();
        let agreed = std::mem::replace(&mut *base.borrow_mut(), theirs.clone());
        let (doc, conflicts) = merge(&agreed.doc, &ours.doc, &theirs.doc);
        let interviewer = if ours.interviewer == agreed.interviewer {
            theirs.interviewer.clone()
        } else {
            ours.interviewer.clone()
        };
        let save = !Rc::ptr_eq(&doc, &theirs.doc) || interviewer != theirs.interviewer;
        take(&dispatcher, doc, Some(interviewer), save, conflicts);
    })
}

/// Sends a merge to the reducer.
fn take(
    dispatcher: &UseReducerDispatcher<ScorecardState>,
    doc: Rc<ScorecardDoc>,
    interviewer: Option<String>,
    save: bool,
    conflicts: Vec<Conflict>,
) {
    dispatcher.dispatch(ScorecardMsg::Replace {
        doc,
        interviewer,
        save,
    });
    if !conflicts.is_empty() {
        dispatcher.dispatch(ScorecardMsg::OtherTabConflicts(conflicts));
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
