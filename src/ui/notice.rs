//! Notices above a widget's screen (saving failed, a damaged document kept aside, …),
//! inside a live region so they are announced when they appear.

use yew::prelude::*;

use crate::content::messages::notices as text;

/// One notice: its text and what "dismiss" sends.
pub struct NoticeItem {
    pub text: String,
    pub dismiss: Callback<()>,
}

/// The live region with every current notice (it stays in place when empty).
pub fn notices_view(items: Vec<NoticeItem>) -> Html {
    html! {
        <div class="br-notices" role="status" aria-live="polite">
            { for items.into_iter().map(|item| {
                let onclick = item.dismiss.reform(|_: MouseEvent| ());
                html! {
                    <div class="br-notice">
                        <p>{ item.text }</p>
                        <button type="button" class="br-button br-button--quiet" {onclick}>{ text::DISMISS }</button>
                    </div>
                }
            }) }
        </div>
    }
}
