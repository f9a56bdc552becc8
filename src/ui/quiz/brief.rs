//! The hiring brief screen (issue 17): the brief `crate::quiz::brief` builds from the
//! result, as HTML (the same model the Markdown download renders), with its download,
//! print and back buttons. In print only the brief shows, on one A4 page. Display only.

use yew::prelude::*;

use crate::content::brief as text;
use crate::quiz::brief::{Brief, Section};
use crate::ui::button::{button_view, Look};

/// What the brief screen can ask for.
#[derive(Clone, PartialEq)]
pub struct BriefCallbacks {
    pub download: Callback<()>,
    pub print: Callback<()>,
    pub back: Callback<()>,
}

/// The whole brief screen.
pub fn brief_view(brief: &Brief, on: &BriefCallbacks) -> Html {
    html! {
        <section class="br-screen br-brief" aria-labelledby="br-brief-title">
            <h2 id="br-brief-title" class="br-title" tabindex="-1" data-focus="">{ &brief.title }</h2>
            <p class="br-brief-verdict">
                <strong>{ brief.verdict }</strong>{ " (" }{ &brief.pressure }{ ")" }
            </p>
            <p class="br-lede">{ brief.summary }</p>
            { for brief.sections.iter().map(section_view) }
            <div class="br-actions br-no-print">
                { button_view(text::DOWNLOAD, Look::Primary, &on.download) }
                { button_view(text::PRINT, Look::Quiet, &on.print) }
                { button_view(text::BACK, Look::Quiet, &on.back) }
            </div>
        </section>
    }
}

/// A heading over a bulleted list, or a numbered one where the order is the advice.
fn section_view(section: &Section) -> Html {
    let items = section.items.iter().map(|item| {
        html! {
            <li data-item={item.id}>
                if !item.lead.is_empty() { <strong>{ item.lead }{ ":" }</strong>{ " " } }
                { &item.text }
            </li>
        }
    });
    let list = if section.ordered {
        html! { <ol class="br-brief-list">{ for items }</ol> }
    } else {
        html! { <ul class="br-brief-list">{ for items }</ul> }
    };
    html! {
        <div class="br-brief-section" data-section={section.id}>
            <h3 class="br-subtitle">{ section.heading }</h3>
            { list }
        </div>
    }
}
