//! The list screen's panel "Keeping your data": whether the browser keeps the
//! scorecard's data, the reminder "last exported: never / N days ago, M changes
//! since", how full the browser's storage is, and the one-click export of everything.
//! Behind it: the backup lines (`crate::storage::backup_info`) read at mount and
//! written after each change of them, shared with other tabs and same-key widgets; the
//! browser asked to keep the data after the first change made here (never on load);
//! the headroom (`crate::storage::headroom`) measured at mount and after each save.

use yew::prelude::*;

use super::persist::MODE;
use super::state::{ScorecardMsg, ScorecardState};
use crate::browser::durable;
use crate::browser::files::download;
use crate::browser::same_page;
use crate::browser::storage::{stored_by_other_tab, LocalStore};
use crate::content::active::backup as text;
use crate::content::fill;
use crate::content::messages::scorecard as words;
use crate::export::export_doc;
use crate::storage::backup_info::{info_key, BackupInfo, Durability, Reminder};
use crate::storage::document_key;
use crate::storage::headroom::{assess, Headroom};
use crate::ui::button::{button_view, Look};

/// The panel.
pub fn backup_view(state: &ScorecardState, send: &Callback<ScorecardMsg>) -> Html {
    let (doc, send) = (state.doc.clone(), send.clone());
    let export_all = Callback::from(move |()| {
        if download(
            "backend-ready-scorecard.json",
            "application/json",
            &export_doc(&doc),
        ) {
            send.emit(ScorecardMsg::Exported(durable::now().0));
        }
    });
    let kept = match state.durability {
        Durability::Kept => text::KEPT,
        Durability::NotKept => text::NOT_KEPT,
        Durability::Unknown => text::UNKNOWN,
    };
    html! {
        <section class="br-backup" aria-labelledby="br-backup-heading">
            <h3 id="br-backup-heading" class="br-subtitle">{ text::HEADING }</h3>
            <p class="br-hint">{ kept }</p>
            <p class="br-backup-reminder">{ reminder_text(state.backup) }</p>
            if let Some(headroom) = state.headroom {
                <p class="br-hint">{ fill!(text::USED, percent = headroom.percent) }</p>
            }
            <div class="br-actions">
                { button_view(words::EXPORT_ALL, Look::Quiet, &export_all) }
            </div>
        </section>
    }
}

fn reminder_text(info: BackupInfo) -> String {
    let (now, utc_offset) = durable::now();
    let Reminder::Since { days, changes } = info.reminder(now, utc_offset) else {
        return text::NEVER.to_owned();
    };
    let when = match days {
        0 => text::TODAY.to_owned(),
        days => fill!(
            plural(days as usize, text::DAYS_ONE, text::DAYS_OTHER),
            days = days
        ),
    };
    let changes = fill!(
        plural(changes as usize, text::CHANGES_ONE, text::CHANGES_OTHER),
        count = changes
    );
    fill!(text::SINCE, when = when, changes = changes)
}

/// The warning before storage is full.
pub fn nearly_full(state: &ScorecardState) -> String {
    let percent = state.headroom.map_or(0, |headroom| headroom.percent);
    fill!(text::NEARLY_FULL, percent = percent)
}

/// At mount: the stored backup lines and the headroom.
pub fn load_into(state: &mut ScorecardState, storage_key: &str) {
    if let Ok(Some(stored)) = LocalStore::open().read(&info_key(storage_key)) {
        state.backup = BackupInfo::decode(&stored);
    }
    if let Some(headroom) = measure(&document_key(storage_key, MODE)) {
        state.set_headroom(headroom);
    }
}

fn measure(doc_key: &str) -> Option<Headroom> {
    let engine = durable::engine();
    let (others, doc) = durable::measure(doc_key, engine)?;
    Some(assess(engine, others, doc))
}

/// After a save under `doc_key`, whether it worked or not: the headroom, sent only
/// when it changed (a percent is some 52,000 units).
pub fn after_save(state: &UseReducerHandle<ScorecardState>, doc_key: &str) {
    if let Some(headroom) = measure(doc_key) {
        if state.headroom != Some(headroom) {
            state.dispatch(ScorecardMsg::Headroom(headroom));
        }
    }
}

/// Asks the browser whether it keeps the data, hears the backup lines of other tabs
/// and same-key widgets, writes this widget's after each change of them, and asks the
/// browser to keep the data after the first change made here.
#[hook]
pub fn use_backup(state: &UseReducerHandle<ScorecardState>, storage_key: &str) {
    let key = info_key(storage_key);
    let page_id = *use_memo((), |()| same_page::new_id());
    let (dispatcher, listened) = (state.dispatcher(), key.clone());
    use_effect_with((), move |()| {
        let told = dispatcher.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let durability = durable::is_kept().await;
            if durability != Durability::Unknown {
                told.dispatch(ScorecardMsg::Durability(durability));
            }
        });
        let heard = dispatcher.clone();
        let peer = same_page::join(&listened, page_id, move |info: &BackupInfo| {
            heard.dispatch(ScorecardMsg::BackupHeard(*info));
        });
        let listener = web_sys::window().map(|window| {
            gloo_events::EventListener::new(&window, "storage", move |event| {
                if let Some(stored) = stored_by_other_tab(event, &listened) {
                    dispatcher.dispatch(ScorecardMsg::BackupHeard(BackupInfo::decode(&stored)));
                }
            })
        });
        move || {
            drop(listener);
            drop(peer);
        }
    });
    let (first, asked) = (use_mut_ref(|| true), use_mut_ref(|| false));
    let handle = state.clone();
    use_effect_with(state.backup, move |info| {
        if std::mem::replace(&mut *first.borrow_mut(), false) {
            return; // loaded, not changed
        }
        write_lines(&handle, &key, page_id, *info);
        let ask = handle.durability == Durability::NotKept && !handle.doc.candidates.is_empty();
        if ask && !std::mem::replace(&mut *asked.borrow_mut(), true) {
            wasm_bindgen_futures::spawn_local(async move {
                let durability = durable::ask_to_keep().await;
                if durability != Durability::Unknown {
                    handle.dispatch(ScorecardMsg::Durability(durability));
                }
            });
        }
    });
}

/// Writes `info` merged with what storage holds (another tab may have counted too),
/// tells the same-key widgets, and takes the merge when it differs.
fn write_lines(
    state: &UseReducerHandle<ScorecardState>,
    key: &str,
    page_id: u64,
    info: BackupInfo,
) {
    let store = LocalStore::open();
    let stored = store
        .read(key)
        .ok()
        .flatten()
        .map(|s| BackupInfo::decode(&s));
    let merged = stored.map_or(info, |stored| info.merge(stored));
    if stored != Some(merged) && store.write(key, &merged.encode()).is_ok() {
        same_page::tell(key, page_id, &merged);
    }
    if merged != info {
        state.dispatch(ScorecardMsg::BackupHeard(merged));
    }
}
