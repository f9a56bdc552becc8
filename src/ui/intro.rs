//! The title screen of a mode.

use yew::prelude::*;

use crate::content::intro::intro_for;
use crate::embed::options::Mode;

/// The title screen of `mode`.
pub fn intro_view(mode: Mode) -> Html {
    let intro = intro_for(mode);
    html! {
        <section class="br-screen" aria-labelledby="br-title">
            <p class="br-eyebrow">{ intro.eyebrow }</p>
            <h2 id="br-title" class="br-title">{ intro.title }</h2>
            <p class="br-lede">{ intro.lede }</p>
            <h3 class="br-subtitle">{ intro.points_heading }</h3>
            <ul class="br-points">
                { for intro.points.iter().map(|point| html! { <li>{ *point }</li> }) }
            </ul>
            <p class="br-privacy">{ intro.privacy }</p>
        </section>
    }
}
