//! The title screen of a mode, with the mode's own buttons below it.

use yew::prelude::*;

use crate::content::intro::{ModeIntro, QUIZ, SCORECARD};
use crate::embed::options::Mode;

/// The title screen of `mode`.
pub fn intro_for(mode: Mode) -> &'static ModeIntro {
    match mode {
        Mode::Quiz => &QUIZ,
        Mode::Scorecard => &SCORECARD,
    }
}

/// The title screen of `mode`; `actions` are the mode's buttons (may be empty).
pub fn intro_view(mode: Mode, actions: Html) -> Html {
    let intro = intro_for(mode);
    html! {
        <section class="br-screen" aria-labelledby="br-title">
            <p class="br-eyebrow">{ intro.eyebrow }</p>
            <h2 id="br-title" class="br-title" tabindex="-1" data-focus="">{ intro.title }</h2>
            <p class="br-lede">{ intro.lede }</p>
            <h3 class="br-subtitle">{ intro.points_heading }</h3>
            <ul class="br-points">
                { for intro.points.iter().map(|point| html! { <li>{ *point }</li> }) }
            </ul>
            { actions }
            <p class="br-privacy">{ intro.privacy }</p>
        </section>
    }
}
