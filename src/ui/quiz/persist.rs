//! Loading the quiz state at mount (stored progress, a share link in the address), and
//! what the quiz stores and merges through the stored-document hook
//! (`crate::ui::stored`, [`StoredQuiz`]): every failure becomes a [`Notice`]; what
//! another tab or a same-key widget of this page saves is merged in.

use yew::UseReducerHandle;

use super::state::{Notice, QuizMsg, QuizState};
use crate::browser::page::shared_fragment;
use crate::browser::storage::{self, stored_by_other_tab};
use crate::quiz::{decode_answers, Action, Answers, Screen};
use crate::storage::keep_aside::{KeepAside, KeepEvent};
use crate::storage::load::{load, DocKeys, DocKind, Loaded, Retried};
use crate::storage::quiz_doc::{self, QuizDoc};
use crate::storage::store::StoreError;
use crate::ui::stored::StoredDoc;

/// The quiz's stored document.
pub const KIND: DocKind = DocKind::Quiz;

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
    state
}

fn load_saved(state: &mut QuizState, storage_key: &str) {
    match load(
        &storage::open(),
        &DocKeys::new(storage_key, KIND),
        quiz_doc::decode,
    ) {
        Loaded::Doc(doc) => restore(state, doc),
        Loaded::Nothing => {}
        Loaded::Unavailable => state.notices.push(Notice::StorageUnavailable),
        Loaded::KeptAside { why, key } => state.notices.push(Notice::KeptAside { why, key }),
        Loaded::Held(why) => {
            state.keep = state.keep.next(KeepEvent::CopyFailed(why));
            state.notices.push(Notice::Held);
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
        Err(error) => state.notices.push(Notice::BadShareLink(error)),
    }
}

/// The quiz as the stored-document hook sees it: saved at once after each change; a
/// save tells the same-key widgets its answers.
pub struct StoredQuiz;

impl StoredDoc for StoredQuiz {
    type State = QuizState;
    type News = Answers;
    const KIND: DocKind = KIND;
    const SAVE_DELAY_MS: i32 = 0;
    const SAVE_MAX_WAIT_MS: i32 = 0;
    const SAVES_AT_MOUNT: bool = true;

    fn changes(state: &QuizState) -> u32 {
        state.saves
    }

    fn wants_save(state: &QuizState) -> bool {
        let session = &state.session;
        let nothing_to_save =
            !session.has_progress() && session.screen == Screen::Intro && state.resume_at.is_none();
        !nothing_to_save && !state.notices.contains(&Notice::StorageUnavailable)
    }

    fn keep(state: &QuizState) -> KeepAside {
        state.keep
    }

    fn retried(retried: Retried) -> QuizMsg {
        match retried {
            Retried::KeptUnder(key) => QuizMsg::KeptAside(key),
            Retried::Gone => QuizMsg::Keep(KeepEvent::Copied),
            Retried::Held => QuizMsg::Show(Notice::Held),
        }
    }

    fn encode(&self, state: &UseReducerHandle<QuizState>, _key: &str) -> String {
        let mut session = state.session.clone();
        if let (Screen::Intro, Some(index)) = (session.screen, state.resume_at) {
            session.screen = Screen::Question(index);
        }
        let doc = QuizDoc {
            session,
            unknown: state.unknown_lines.clone(),
        };
        quiz_doc::encode(&doc)
    }

    /// A failure becomes a notice; the next successful save clears it.
    fn saved(
        &self,
        state: &UseReducerHandle<QuizState>,
        _key: &str,
        result: Result<(), StoreError>,
        tell: impl FnOnce(&Answers),
    ) {
        match result {
            Ok(()) => {
                tell(&state.session.answers);
                state.dispatch(QuizMsg::Saved(state.session.answers.clone()));
            }
            Err(StoreError::Unavailable) => {
                state.dispatch(QuizMsg::Show(Notice::StorageUnavailable))
            }
            Err(_) => state.dispatch(QuizMsg::Show(Notice::SaveFailed)),
        }
    }

    fn hear_page(&self, theirs: &Answers, latest: &UseReducerHandle<QuizState>, _key: &str) {
        latest.dispatch(QuizMsg::FromSamePage(theirs.clone()));
    }

    /// Another tab saved this quiz: its answers are merged in.
    fn hear_tab(&self, event: &web_sys::Event, latest: &UseReducerHandle<QuizState>, key: &str) {
        let Some(text) = stored_by_other_tab(event, key) else {
            return;
        };
        if let Ok(doc) = quiz_doc::decode(&text) {
            latest.dispatch(QuizMsg::FromOtherTab(doc.session.answers));
        }
    }
}
