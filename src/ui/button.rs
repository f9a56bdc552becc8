//! The widget's plain button (`type="button"`), in its two looks.

use yew::prelude::*;

/// How a button stands out.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Look {
    /// The main action of a screen: filled with the accent colour.
    Primary,
    /// Secondary actions: outlined.
    Quiet,
}

/// A button labelled `label` that sends `()` to `on_click`.
pub fn button_view(label: &'static str, look: Look, on_click: &Callback<()>) -> Html {
    let class = match look {
        Look::Primary => "br-button",
        Look::Quiet => "br-button br-button--quiet",
    };
    let onclick = on_click.reform(|_: MouseEvent| ());
    html! { <button type="button" {class} {onclick}>{ label }</button> }
}
