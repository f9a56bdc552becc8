//! Notices above a widget's screen (saving failed, a damaged document kept aside, …),
//! inside a live region so they are announced when they appear.

use yew::prelude::*;

use super::button::{button_view, Look};
use crate::browser::files::download;
use crate::browser::storage;
use crate::content::messages::notices as text;
use crate::content::{around, fill};
use crate::storage::keep_aside::{KeepAside, KeepEvent};
use crate::storage::packed;
use crate::storage::store::Store;

/// A notice's button: its label and what it does.
pub type NoticeAction = (&'static str, Callback<()>);

/// One notice: its text, what "dismiss" sends, and its action buttons.
pub struct NoticeItem {
    pub text: String,
    pub dismiss: Callback<()>,
    pub actions: Vec<NoticeAction>,
}

/// The live region with every current notice (it stays in place when empty).
pub fn notices_view(items: Vec<NoticeItem>) -> Html {
    html! {
        <div class="br-notices" role="status" aria-live="polite">
            { for items.into_iter().map(|item| {
                let actions = item
                    .actions
                    .into_iter()
                    .map(|(label, callback)| button_view(label, Look::Primary, &callback));
                html! {
                    <div class="br-notice">
                        <p>{ item.text }</p>
                        { for actions }
                        { button_view(text::DISMISS, Look::Quiet, &item.dismiss) }
                    </div>
                }
            }) }
        </div>
    }
}

/// The name of a downloaded kept-aside document (the notice names its storage key).
const KEPT_COPY_FILE: &str = "backend-ready-kept-copy.txt";

/// Saves the text kept aside under `key` exactly as it was stored, as a file.
pub fn download_kept(key: &str) -> Callback<()> {
    let key = key.to_owned();
    Callback::from(move |()| {
        if let Ok(Some(kept)) = storage::open().get(&key) {
            // A copy packed to fit (scorecard builds only) is downloaded as the text it
            // holds.
            let kept = if cfg!(feature = "scorecard") {
                packed::unpack(&kept).unwrap_or(kept)
            } else {
                kept
            };
            download(KEPT_COPY_FILE, "text/plain", &kept);
        }
    })
}

/// "`<why>` It was kept unchanged under the key “`<key>`” and you are starting fresh."
pub fn kept_aside_text(message: &str, key: &str) -> String {
    fill!(text::KEPT_ASIDE, why = message, key = quoted(key))
}

/// `text` in the language's quote marks.
pub fn quoted(text: &str) -> String {
    let (open, close) = around(text::QUOTE);
    let mut quoted = String::from(open);
    quoted.push_str(text);
    quoted.push_str(close);
    quoted
}

/// The name of a downloaded stored document that saving is held for.
const HELD_COPY_FILE: &str = "backend-ready-saved-copy.txt";

/// "<why> There is no room to keep a copy of it, so nothing will be saved …", and once
/// the stored text was downloaded, how to resume saving.
pub fn held_text(message: &str, keep: KeepAside) -> String {
    let mut sentence = format!("{message} {}", text::HELD);
    if matches!(
        keep,
        KeepAside::Held {
            downloaded: true,
            ..
        }
    ) {
        sentence.push(' ');
        sentence.push_str(text::HELD_DOWNLOADED);
    }
    sentence
}

/// The held notice's buttons: download the text stored under `document_key` as it is;
/// once downloaded, confirm to save again. `on_keep` hears what the visitor did.
pub fn held_actions(
    document_key: &str,
    keep: KeepAside,
    on_keep: &Callback<KeepEvent>,
) -> Vec<NoticeAction> {
    let key = document_key.to_owned();
    let downloaded = on_keep.clone();
    let mut actions = vec![(
        text::DOWNLOAD_HELD,
        Callback::from(move |()| {
            if let Ok(Some(stored)) = storage::open().get(&key) {
                if download(HELD_COPY_FILE, "text/plain", &stored) {
                    downloaded.emit(KeepEvent::Downloaded);
                }
            }
        }),
    )];
    if let KeepAside::Held {
        downloaded: true, ..
    } = keep
    {
        actions.push((
            text::CONFIRM_DOWNLOADED,
            on_keep.reform(|()| KeepEvent::Confirmed),
        ));
    }
    actions
}
