//! Loading the scorecard at mount, saving it after each change, and merging what
//! another tab of the same origin saves: every failure becomes a [`Notice`], and the
//! document in memory is never dropped (it can still be exported).

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::sharing::{forget_link, is_refusal, link_message};
use super::state::{stored_message, Notice, ScorecardMsg, ScorecardState};
use crate::browser::page::interview_in_fragment;
use crate::browser::storage::{stored_by_other_tab, LocalStore, StoreError};
use crate::codec::json::Value;
use crate::export::{export_interview, import_interview};
use crate::scorecard::{Interview, ScorecardDoc};
use crate::storage::keep_aside::{KeepEvent, Unusable};
use crate::storage::scorecard_doc;
use crate::storage::scorecard_merge::merge_tabs;
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

/// Saves after changes and merges other tabs' saves while mounted.
#[hook]
pub fn use_persistence(state: &UseReducerHandle<ScorecardState>, storage_key: &str) {
    // The last document this tab and storage agreed on: the base of a three-way merge.
    let base = use_mut_ref(|| state.doc.clone());
    // The newest state, for the timer and the storage listener (a handle clone is cheap).
    let latest = use_mut_ref(|| state.clone());
    *latest.borrow_mut() = state.clone();
    let saver = use_mut_ref(|| Saver {
        key: document_key(storage_key, MODE),
        backup: backup_key(storage_key, MODE),
        latest: latest.clone(),
        base: base.clone(),
        pending: false,
    });
    use_saving(state, &saver);
    use_other_tabs(state, storage_key, &base, &latest);
}

/// Writes the newest state, at most once per [`SAVE_DELAY_MS`]: a save re-encodes the
/// whole document (2.3 MB at 1,000 candidates), so it runs after the change is painted
/// and coalesces quick changes. Unmounting and leaving the page write what is pending.
struct Saver {
    key: String,
    backup: String,
    latest: Rc<RefCell<UseReducerHandle<ScorecardState>>>,
    base: Rc<RefCell<Rc<ScorecardDoc>>>,
    pending: bool,
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
        let members = members_to_store(&state);
        let text = scorecard_doc::encode_parts(&state.doc, &state.interviewer, &members);
        match LocalStore::open().write(&self.key, &text) {
            Ok(()) => {
                *self.base.borrow_mut() = state.doc.clone();
                if state.notices.contains(&Notice::SaveFailed) {
                    state.dispatch(ScorecardMsg::Dismiss(Notice::SaveFailed));
                }
            }
            Err(StoreError::Unavailable) => {
                state.dispatch(ScorecardMsg::Show(Notice::StorageUnavailable))
            }
            Err(StoreError::WriteRefused) => state.dispatch(ScorecardMsg::Show(Notice::SaveFailed)),
        }
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

#[hook]
fn use_other_tabs(
    state: &UseReducerHandle<ScorecardState>,
    storage_key: &str,
    base: &Rc<RefCell<Rc<ScorecardDoc>>>,
    latest: &Rc<RefCell<UseReducerHandle<ScorecardState>>>,
) {
    let dispatcher = state.dispatcher();
    let (base, latest) = (base.clone(), latest.clone());
    use_effect_with(storage_key.to_owned(), move |storage_key| {
        let key = document_key(storage_key, MODE);
        let listener = web_sys::window().map(|window| {
            gloo_events::EventListener::new(&window, "storage", move |event| {
                let Some((theirs, kept_aside)) = other_tab_doc(event, &key) else {
                    return;
                };
                // What the other tab keeps aside replaces ours (the last save wins).
                dispatcher.dispatch(ScorecardMsg::KeptAsideElsewhere(kept_aside));
                let ours = latest.borrow().doc.clone();
                let merged = merge_tabs(&base.borrow(), &ours, &theirs);
                // Storage now holds theirs; only a merge that adds to it is written back.
                let save = merged.doc != theirs;
                *base.borrow_mut() = Rc::new(theirs);
                dispatcher.dispatch(ScorecardMsg::Replace {
                    doc: merged.doc,
                    save,
                });
                if !merged.conflicts.is_empty() {
                    dispatcher.dispatch(ScorecardMsg::OtherTabConflicts(merged.conflicts));
                }
            })
        });
        move || drop(listener)
    });
}

/// The document in a `storage` event, when it is another tab saving this scorecard,
/// with the interviews it keeps aside.
fn other_tab_doc(event: &web_sys::Event, key: &str) -> Option<(ScorecardDoc, Vec<Interview>)> {
    let mut stored = scorecard_doc::decode(&stored_by_other_tab(event, key)?).ok()?;
    let kept_aside = take_kept_aside(&mut stored.unknown);
    Some((stored.doc, kept_aside))
}
