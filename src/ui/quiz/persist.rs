//! Loading the quiz state at mount (stored progress, a share link in the address) and
//! saving it after each change, with every failure turned into a [`Notice`]; what
//! another tab or a same-key widget of this page saves is merged in.

use super::state::{stored_message, Notice, QuizMsg, QuizState};
use crate::browser::page::shared_fragment;
use crate::browser::same_page;
use crate::browser::storage::{stored_by_other_tab, LocalStore, StoreError};
use crate::quiz::{decode_answers, Action, Answers, Screen};
use crate::storage::keep_aside::{KeepEvent, Unusable};
use crate::storage::quiz_doc::{self, QuizDoc};
use crate::storage::{backup_key, document_key};

pub const MODE: &str = "quiz";

/// The state a quiz widget starts in.
pub fn initial_state(storage_key: &str) -> QuizState {
    let mut state = QuizState::default();
    if cfg!(feature = "prerender") {
        // The prerendered first screen: a visitor with nothing stored and no link.
        return state;
    }
    load_saved(&mut state, storage_key);
    state.agreed = state.session.answers.clone();
    apply_share_link(&mut state);
    state.page_id = same_page::new_id();
    state
}

fn load_saved(state: &mut QuizState, storage_key: &str) {
    let store = LocalStore::open();
    let text = match store.read(&document_key(storage_key, MODE)) {
        Ok(Some(text)) => text,
        Ok(None) => return,
        Err(_) => return state.notices.push(Notice::StorageUnavailable),
    };
    match quiz_doc::decode(&text) {
        Ok(doc) => restore(state, doc),
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
}

fn restore(state: &mut QuizState, doc: QuizDoc) {
    state.unknown_lines = doc.unknown;
    state.session = doc.session;
    if let Screen::Question(index) = state.session.screen {
        state.resume_at = state.session.has_progress().then_some(index);
        state.session.screen = Screen::Intro;
    }
}

fn apply_share_link(state: &mut QuizState) {
    let Some(encoded) = shared_fragment() else {
        return;
    };
    match decode_answers(&encoded) {
        Ok(answers) => {
            state.session.apply(Action::ShowShared(answers));
            state.resume_at = None;
            state.shared = true;
        }
        Err(error) => state.notices.push(Notice::BadShareLink(error.message())),
    }
}

/// While saves are held for a stored document that could not be kept aside, tries the
/// copy again (space may have been freed): `None` when saving may go on, else the
/// message that releases or keeps the hold.
pub fn retry_keep_aside(state: &QuizState, storage_key: &str) -> Option<QuizMsg> {
    if state.keep.may_write() {
        return None;
    }
    let copied = LocalStore::open().keep_aside(
        &document_key(storage_key, MODE),
        &backup_key(storage_key, MODE),
    );
    Some(match copied {
        Ok(Some(key)) => QuizMsg::KeptAside(key),
        Ok(None) => QuizMsg::Keep(KeepEvent::Copied),
        Err(_) => QuizMsg::Show(Notice::Held),
    })
}

/// Saves `state` and tells the same-key widgets of this page; the error says why it
/// could not be saved. Call only when `state.keep` allows writing.
pub fn save(state: &QuizState, storage_key: &str) -> Result<(), StoreError> {
    let mut session = state.session.clone();
    if let (Screen::Intro, Some(index)) = (session.screen, state.resume_at) {
        session.screen = Screen::Question(index);
    }
    let doc = QuizDoc {
        session,
        unknown: state.unknown_lines.clone(),
    };
    let key = document_key(storage_key, MODE);
    LocalStore::open().write(&key, &quiz_doc::encode(&doc))?;
    same_page::tell(&key, state.page_id, &state.session.answers);
    Ok(())
}

/// Joins the same-key widgets of this page until the result is dropped: what one of
/// them saves is sent to `on_news`.
pub fn join_same_page(
    page_id: u64,
    storage_key: &str,
    on_news: impl Fn(QuizMsg) + 'static,
) -> same_page::Peer {
    let key = document_key(storage_key, MODE);
    same_page::join(&key, page_id, move |theirs: &Answers| {
        on_news(QuizMsg::FromSamePage(theirs.clone()));
    })
}

/// The answers in a `storage` event, when it is another tab saving this quiz.
pub fn other_tab_answers(event: &web_sys::Event, storage_key: &str) -> Option<Answers> {
    let text = stored_by_other_tab(event, &document_key(storage_key, MODE))?;
    let doc = quiz_doc::decode(&text).ok()?;
    Some(doc.session.answers)
}
