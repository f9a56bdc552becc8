//! Keeping the scorecard's data, on the list screen's "Files and backups": whether the
//! browser keeps the data, the reminder "last exported: never / N days ago, M changes
//! since", how full the browser's storage is, and the one-click export of everything.
//! Behind it, called by `super::persist` around each save: the backup lines
//! (`crate::storage::backup_info`) read at mount, written before each save and read
//! when another tab writes them or a same-key widget saves; the browser asked to keep the data at
//! the first save (never on load); the headroom (`crate::storage::headroom`) measured
//! at mount and after each save.

use yew::prelude::*;

use super::persist::KIND;
use super::state::{EdgeMsg, ScorecardMsg, ScorecardState};
use crate::browser::durable;
use crate::browser::files::download;
use crate::browser::storage::{self, stored_by_other_tab};
use crate::content::active::backup as text;
use crate::content::fill;
use crate::export::export_doc;
use crate::storage::backup_info::{info_key, BackupInfo, Durability, Reminder};
use crate::storage::headroom::{assess, Headroom};
use crate::storage::load::DocKeys;
use crate::storage::store::Store;

/// The backup lines of the list screen's files: whether the browser keeps the data
/// and how full its storage is, and the reminder of the last export.
pub fn backup_view(state: &ScorecardState) -> Html {
    let mut status = String::from(match state.durability {
        Durability::Kept => text::KEPT,
        Durability::NotKept => text::NOT_KEPT,
        Durability::Unknown => text::UNKNOWN,
    });
    if let Some(headroom) = state.headroom {
        status.push(' ');
        fill!(&mut status => text::USED, percent = headroom.percent);
    }
    html! {
        <>
            <p class="br-backup-reminder">{ reminder_text(state.backup) }</p>
            <p class="br-hint">{ status }</p>
        </>
    }
}

/// Exports everything and dates the export.
pub fn export_all(state: &ScorecardState, send: &Callback<ScorecardMsg>) -> Callback<()> {
    let (doc, send) = (state.doc.clone(), send.clone());
    Callback::from(move |()| {
        let file = export_doc(&doc);
        if download("backend-ready-scorecard.json", "application/json", &file) {
            send.emit(ScorecardMsg::Edge(EdgeMsg::Exported(durable::now().0)));
        }
    })
}

fn reminder_text(info: BackupInfo) -> String {
    // Never exported: no clock needed (and none read while prerendering).
    if info.exported.is_none() {
        return text::NEVER.to_owned();
    }
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
    let doc_key = DocKeys::new(storage_key, KIND).doc;
    if let Some(stored) = stored_lines(&doc_key) {
        state.backup = stored;
    }
    if let Some(headroom) = measure(&doc_key) {
        state.set_headroom(headroom);
    }
}

fn stored_lines(doc_key: &str) -> Option<BackupInfo> {
    let stored = storage::open().get(&info_key(doc_key)).ok()??;
    Some(BackupInfo::decode(&stored))
}

fn measure(doc_key: &str) -> Option<Headroom> {
    let engine = durable::engine();
    let (others, doc) = durable::measure(doc_key, engine)?;
    Some(assess(engine, others, doc))
}

/// Before the document under `doc_key` is saved: the backup lines, merged with what
/// storage holds (another tab or widget may have counted too), are written first, so a
/// tab or widget that hears the save reads them with it ([`hear`]); and the browser is
/// asked to keep the data once it said it may not (after a change, never on load).
pub fn before_save(state: &UseReducerHandle<ScorecardState>, doc_key: &str) {
    let stored = stored_lines(doc_key);
    let merged = stored.map_or(state.backup, |stored| state.backup.merge(stored));
    if stored != Some(merged) {
        let _ = storage::open().set(&info_key(doc_key), &merged.encode());
    }
    if merged != state.backup {
        state.dispatch(ScorecardMsg::Edge(EdgeMsg::BackupHeard(merged)));
    }
    if state.durability == Durability::NotKept && !state.doc.candidates.is_empty() {
        ask_browser(state.dispatcher(), true);
    }
}

/// After a save under `doc_key`, whether it worked or not: the headroom, sent only
/// when it changed (a percent is some 52,000 units).
pub fn after_save(state: &UseReducerHandle<ScorecardState>, doc_key: &str) {
    if let Some(headroom) = measure(doc_key) {
        if state.headroom != Some(headroom) {
            state.dispatch(ScorecardMsg::Edge(EdgeMsg::Headroom(headroom)));
        }
    }
}

/// A same-key widget of this page saved under `doc_key`: the backup lines it wrote
/// first.
pub fn hear(dispatcher: &UseReducerDispatcher<ScorecardState>, doc_key: &str) {
    if let Some(stored) = stored_lines(doc_key) {
        dispatcher.dispatch(ScorecardMsg::Edge(EdgeMsg::BackupHeard(stored)));
    }
}

/// Another tab wrote the backup lines beside `doc_key` (`event`: any `storage` event).
pub fn hear_tab(
    dispatcher: &UseReducerDispatcher<ScorecardState>,
    event: &web_sys::Event,
    doc_key: &str,
) {
    if let Some(stored) = stored_by_other_tab(event, &info_key(doc_key)) {
        dispatcher.dispatch(ScorecardMsg::Edge(EdgeMsg::BackupHeard(
            BackupInfo::decode(&stored),
        )));
    }
}

/// Whether the browser keeps the data, asked at mount.
#[hook]
pub fn use_durability(state: &UseReducerHandle<ScorecardState>) {
    let dispatcher = state.dispatcher();
    use_effect_with((), move |()| ask_browser(dispatcher, false));
}

/// Asks the browser whether it keeps the data (`persisted()`), or (`ask`) to keep it
/// (`persist()`, once per page), and shows its answer.
fn ask_browser(dispatcher: UseReducerDispatcher<ScorecardState>, ask: bool) {
    durable::durability(ask, move |durability| {
        dispatcher.dispatch(ScorecardMsg::Edge(EdgeMsg::Durability(durability)));
    });
}
