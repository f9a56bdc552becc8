//! Notices above a widget's screen (saving failed, a damaged document kept aside, …),
//! inside a live region so they are announced when they appear.

use yew::prelude::*;

use super::button::{button_view, Look};
use crate::browser::files::download;
use crate::browser::storage::LocalStore;
use crate::content::messages::notices as text;
use crate::content::{around, fill};

/// One notice: its text, what "dismiss" sends, and an optional action button.
pub struct NoticeItem {
    pub text: String,
    pub dismiss: Callback<()>,
    pub action: Option<(&'static str, Callback<()>)>,
}

/// The live region with every current notice (it stays in place when empty).
pub fn notices_view(items: Vec<NoticeItem>) -> Html {
    html! {
        <div class="br-notices" role="status" aria-live="polite">
            { for items.into_iter().map(|item| {
                let action = item
                    .action
                    .map(|(label, callback)| button_view(label, Look::Primary, &callback));
                html! {
                    <div class="br-notice">
                        <p>{ item.text }</p>
                        { action.unwrap_or_default() }
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
        if let Ok(Some(kept)) = LocalStore::open().read(&key) {
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
