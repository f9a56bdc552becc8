//! The one stored-document hook of both modes ([`use_stored_doc`]): it saves the
//! mode's document after each change worth saving (at once, or coalesced after a
//! delay, and what is pending when the widget unmounts or the page is left), never
//! over a stored document that could not be kept aside (each save first tries the
//! copy again, `crate::storage::load`), tells the same-key widgets of this page what
//! it saved (`crate::browser::same_page`), and hands what they or another tab (the
//! `storage` event) save to the mode. The mode says what it stores and how it merges,
//! as a [`StoredDoc`]; the store is `crate::browser::storage::open`.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::browser::same_page;
use crate::browser::storage;
use crate::storage::keep_aside::KeepAside;
use crate::storage::load::{retry_keep_aside, DocKeys, DocKind, Retried};
use crate::storage::store::{Store, StoreError};

/// The state's message type.
type Msg<D> = <<D as StoredDoc>::State as Reducible>::Action;

/// What a mode stores and how it takes what others saved. Its methods never run while
/// the hook holds a borrow, so they may dispatch.
pub trait StoredDoc: 'static {
    type State: Reducible + 'static;
    /// What a save tells the same-key widgets of this page.
    type News: 'static;
    const KIND: DocKind;
    /// How long the document must stay unchanged before it is saved, so a burst of
    /// quick changes is saved once, after it (0: each change at once).
    const SAVE_DELAY_MS: i32;
    /// The longest a change waits for its save while changes keep coming.
    const SAVE_MAX_WAIT_MS: i32;
    /// Whether the first run, at mount, saves too (else only a change does).
    const SAVES_AT_MOUNT: bool;

    /// Bumped on every change worth saving.
    fn changes(state: &Self::State) -> u32;
    /// Whether there is anything to write now (the storage may be blocked).
    fn wants_save(state: &Self::State) -> bool;
    /// Whether saves may write over the stored document.
    fn keep(state: &Self::State) -> KeepAside;
    /// The message for what retrying the copy of a held document did.
    fn retried(retried: Retried) -> Msg<Self>;
    /// The text to store under `key` for `state`.
    fn encode(&self, state: &UseReducerHandle<Self::State>, key: &str) -> String;
    /// After the write of `state` under `key`: `tell` the same-key widgets when it
    /// worked, and report the outcome.
    fn saved(
        &self,
        state: &UseReducerHandle<Self::State>,
        key: &str,
        result: Result<(), StoreError>,
        tell: impl FnOnce(&Self::News),
    );
    /// A same-key widget of this page saved `news`; `latest` is this widget's state.
    fn hear_page(&self, news: &Self::News, latest: &UseReducerHandle<Self::State>, key: &str);
    /// Any `storage` event (another tab wrote something on this origin).
    fn hear_tab(&self, event: &web_sys::Event, latest: &UseReducerHandle<Self::State>, key: &str);
}

/// Saves `state` as `doc` says while mounted, and merges what others save.
#[hook]
pub fn use_stored_doc<D: StoredDoc, F: FnOnce() -> D>(
    state: &UseReducerHandle<D::State>,
    storage_key: &str,
    doc: F,
) {
    let saver = (*use_memo((), |()| {
        Rc::new(Saver {
            keys: DocKeys::new(storage_key, D::KIND),
            doc: doc(),
            latest: RefCell::new(state.clone()),
            mounted: Cell::new(false),
            pending_since: Cell::new(None),
            last_change: Cell::new(0.0),
            armed: Cell::new(false),
            page_id: same_page::new_id(),
        })
    }))
    .clone();
    // The newest state, for the timer and the listeners (a handle clone is cheap).
    *saver.latest.borrow_mut() = state.clone();
    use_saving(state, &saver);
    use_listening(&saver);
}

/// Writes the newest state; one per widget.
struct Saver<D: StoredDoc> {
    keys: DocKeys,
    doc: D,
    /// The newest state.
    latest: RefCell<UseReducerHandle<D::State>>,
    /// The saving effect ran once (at mount).
    mounted: Cell<bool>,
    /// Since when a save is pending (ms since 1970), if one is.
    pending_since: Cell<Option<f64>>,
    /// When the newest change came (ms since 1970).
    last_change: Cell<f64>,
    /// A timer is set for `on_timer`.
    armed: Cell<bool>,
    /// This widget among the same-key widgets of the page (`browser::same_page`).
    page_id: u64,
}

impl<D: StoredDoc> Saver<D> {
    fn save_now(&self) {
        self.pending_since.set(None);
        let state = self.latest.borrow().clone();
        if !D::wants_save(&state) {
            return;
        }
        // Never over a stored document that could not be kept aside: try again (space
        // may have been freed); only once it is safe does the next save write.
        let store = storage::open();
        if let Some(retried) = retry_keep_aside(&store, &self.keys, D::keep(&state)) {
            return state.dispatch(D::retried(retried));
        }
        let key = &self.keys.doc;
        let text = self.doc.encode(&state, key);
        let result = store.set(key, &text);
        let tell = |news: &D::News| same_page::tell(key, self.page_id, news);
        self.doc.saved(&state, key, result, tell);
    }

    fn flush(&self) {
        if self.pending_since.get().is_some() {
            self.save_now();
        }
    }

    /// A change to save: at once, or once the document has stayed unchanged for
    /// `SAVE_DELAY_MS` (at the latest `SAVE_MAX_WAIT_MS` after the first change waiting).
    fn schedule(self: &Rc<Self>) {
        if D::SAVE_DELAY_MS == 0 {
            return self.save_now();
        }
        let now = js_sys::Date::now();
        self.last_change.set(now);
        if self.pending_since.get().is_none() {
            self.pending_since.set(Some(now));
        }
        if !self.armed.get() {
            self.arm(D::SAVE_DELAY_MS);
        }
    }

    /// The timer: saves when it is time, else waits for the rest. One timer at a time,
    /// never cleared, so each closure runs once and is freed.
    fn on_timer(self: &Rc<Self>) {
        self.armed.set(false);
        let Some(since) = self.pending_since.get() else {
            return; // saved meanwhile (page left, unmounted)
        };
        let due = f64::min(
            self.last_change.get() + f64::from(D::SAVE_DELAY_MS),
            since + f64::from(D::SAVE_MAX_WAIT_MS),
        );
        let rest = due - js_sys::Date::now();
        if rest < 1.0 {
            self.save_now();
        } else {
            self.arm(rest.ceil() as i32);
        }
    }

    fn arm(self: &Rc<Self>, ms: i32) {
        let later = self.clone();
        let fire = Closure::once_into_js(move || later.on_timer());
        let set = web_sys::window().and_then(|window| {
            window
                .set_timeout_with_callback_and_timeout_and_arguments_0(fire.unchecked_ref(), ms)
                .ok()
        });
        if set.is_some() {
            self.armed.set(true);
        } else {
            self.save_now();
        }
    }
}

#[hook]
fn use_saving<D: StoredDoc>(state: &UseReducerHandle<D::State>, saver: &Rc<Saver<D>>) {
    let scheduler = saver.clone();
    use_effect_with(D::changes(state), move |&changes| {
        let mounting = !scheduler.mounted.replace(true);
        if !(mounting && changes == 0 && !D::SAVES_AT_MOUNT) {
            scheduler.schedule();
        }
    });
}

/// Saves what is pending when the page is left or hidden: a hidden page may be
/// discarded without a `pagehide` (mobile browsers do), never without the switch to
/// hidden.
fn leaving<D: StoredDoc>(
    window: &web_sys::Window,
    saver: Rc<Saver<D>>,
) -> [gloo_events::EventListener; 2] {
    let on_hide = saver.clone();
    [
        gloo_events::EventListener::new(window, "pagehide", move |_| saver.flush()),
        gloo_events::EventListener::new(window, "visibilitychange", move |_| {
            let hidden = web_sys::window()
                .and_then(|window| window.document())
                .is_some_and(|document| document.hidden());
            if hidden {
                on_hide.flush();
            }
        }),
    ]
}

/// Hears the same-key widgets of this page and the other tabs while mounted; leaving
/// the page or unmounting writes what is pending first, so the others hear it.
#[hook]
fn use_listening<D: StoredDoc>(saver: &Rc<Saver<D>>) {
    let saver = saver.clone();
    use_effect_with((), move |()| {
        let key = saver.keys.doc.clone();
        let hearer = saver.clone();
        let peer = same_page::join(&key, saver.page_id, move |news: &D::News| {
            let latest = hearer.latest.borrow().clone();
            hearer.doc.hear_page(news, &latest, &hearer.keys.doc);
        });
        let (on_tab, on_leave) = (saver.clone(), saver.clone());
        let listeners = web_sys::window().map(|window| {
            let tab = gloo_events::EventListener::new(&window, "storage", move |event| {
                let latest = on_tab.latest.borrow().clone();
                on_tab.doc.hear_tab(event, &latest, &on_tab.keys.doc);
            });
            let leave = (D::SAVE_DELAY_MS > 0).then(|| leaving(&window, on_leave));
            (tab, leave)
        });
        move || {
            drop(listeners);
            saver.flush();
            drop(peer);
        }
    });
}
