//! The result screen: score and band, why this verdict (the signals that set the band),
//! the area chart, the recommendation with its
//! reasons, the call to action, and retake / share / "use this for a hiring role" /
//! the one-page hiring brief (`super::brief`) / print. Display only.

use yew::prelude::*;

use super::chart::{area_chart, area_list};
use super::state::ShareState;
use crate::content::active::role::quiz as role_text;
use crate::content::around;
use crate::content::brief::OPEN as OPEN_BRIEF;
use crate::content::messages::quiz as text;
use crate::content::quiz::{
    MODELS, RESULT_AREAS_HEADING, RESULT_SCORE_LABEL, RESULT_WHY_HEADING, SENIORITY, SKILLS, TIMING,
};
use crate::embed::options::CallToAction;
use crate::quiz::{Point, QuizResult};
use crate::ui::button::{button_view, Look};

/// What the result screen can ask for.
#[derive(Clone, PartialEq)]
pub struct ResultCallbacks {
    pub retake: Callback<()>,
    pub share: Callback<()>,
    /// "Use this for a hiring role".
    pub role: Callback<()>,
    /// The one-page hiring brief.
    pub brief: Callback<()>,
    pub print: Callback<()>,
    pub cta: Callback<()>,
}

/// The whole result screen. Back from the brief, focus goes to the button that opened
/// it rather than the heading.
pub fn result_view(
    result: &QuizResult,
    cta: Option<&CallToAction>,
    share: Option<&ShareState>,
    shared: bool,
    from_brief: bool,
    on: &ResultCallbacks,
) -> Html {
    let focus = (!from_brief).then_some("");
    html! {
        <section class="br-screen br-result" aria-labelledby="br-result-title">
            <h2 id="br-result-title" class="br-title" tabindex="-1" data-focus={focus}>{ text::RESULT_HEADING }</h2>
            if shared { <p class="br-hint">{ text::SHARED_RESULT }</p> }
            { score_view(result) }
            <h3 class="br-subtitle">{ RESULT_WHY_HEADING }</h3>
            { signals_view(result) }
            <h3 class="br-subtitle">{ RESULT_AREAS_HEADING }</h3>
            { area_chart(&result.areas) }
            { area_list(&result.areas) }
            <h3 class="br-subtitle">{ text::RECOMMENDATION_HEADING }</h3>
            { recommendation_view(result) }
            { cta.map(|cta| cta_view(cta, &on.cta)).unwrap_or_default() }
            { actions_view(on, from_brief) }
            { share.map(share_view).unwrap_or_default() }
        </section>
    }
}

fn score_view(result: &QuizResult) -> Html {
    html! {
        <div class="br-score">
            <p class="br-score-line">
                <span class="br-score-number">{ result.score }</span>
                <span class="br-score-out-of">{ text::OUT_OF }</span>
                <span class="br-score-label">{ RESULT_SCORE_LABEL }</span>
                <strong class={format!("br-band br-band--{}", result.band.id)}>{ result.band.label }</strong>
            </p>
            <p>{ result.band.summary }</p>
        </div>
    }
}

/// The one to three signals that set the band, in plain words; the band's own sentence
/// when the answers raised none.
fn signals_view(result: &QuizResult) -> Html {
    if result.signals.is_empty() {
        return html! { <ul class="br-signals"><li>{ result.band.why }</li></ul> };
    }
    html! {
        <ul class="br-signals">
            { for result.signals.iter().map(|signal| html! {
                <li data-signal={signal.id}>{ signal.why }</li>
            }) }
        </ul>
    }
}

fn recommendation_view(result: &QuizResult) -> Html {
    let advice = &result.recommendation;
    html! {
        <dl class="br-advice">
            { point_group(TIMING.heading, std::slice::from_ref(&advice.timing)) }
            { point_group(SKILLS.heading, &advice.skills) }
            { point_group(SENIORITY.heading, std::slice::from_ref(&advice.seniority)) }
            { point_group(MODELS.heading, std::slice::from_ref(&advice.model)) }
        </dl>
    }
}

fn point_group(heading: &'static str, points: &[Point]) -> Html {
    let (why_before, why_after) = around(text::WHY);
    html! {
        <>
            <dt class="br-advice-heading">{ heading }</dt>
            { for points.iter().map(|point| html! {
                <dd class="br-advice-point" data-advice={point.id}>
                    <strong>{ point.title }</strong>{ " " }{ point.text }
                    <span class="br-why">{ why_before }{ point.why }{ why_after }</span>
                </dd>
            }) }
        </>
    }
}

fn cta_view(cta: &CallToAction, on_click: &Callback<()>) -> Html {
    let onclick = on_click.reform(|_: MouseEvent| ());
    html! {
        <p class="br-cta"><a class="br-button" href={cta.url.clone()} {onclick}>{ &cta.label }</a></p>
    }
}

fn actions_view(on: &ResultCallbacks, from_brief: bool) -> Html {
    let onclick = on.brief.reform(|_: MouseEvent| ());
    let focus = from_brief.then_some("");
    html! {
        <div class="br-actions br-no-print">
            { button_view(text::RETAKE, Look::Quiet, &on.retake) }
            { button_view(text::SHARE, Look::Quiet, &on.share) }
            { button_view(role_text::USE_FOR_ROLE, Look::Quiet, &on.role) }
            <button type="button" class="br-button br-button--quiet" data-focus={focus} {onclick}>{ OPEN_BRIEF }</button>
            { button_view(text::PRINT, Look::Quiet, &on.print) }
        </div>
    }
}

/// The link after "copy a share link" or "use this for a hiring role", with what
/// became of it.
fn share_view(share: &ShareState) -> Html {
    let (status, label, id) = match (share.role, share.copied) {
        (false, true) => (text::COPIED, text::SHARE_LINK_LABEL, "br-share-link"),
        (false, false) => (text::COPY_FAILED, text::SHARE_LINK_LABEL, "br-share-link"),
        (true, true) => (role_text::SAVED, role_text::LINK_LABEL, "br-role-link"),
        // Not left for the scorecard here (storage refused): the link still carries it.
        (true, false) => ("", role_text::LINK_LABEL, "br-role-link"),
    };
    html! {
        <div class="br-share br-no-print">
            <p class="br-hint">{ status }</p>
            <label class="br-label" for={id}>{ label }</label>
            <input class="br-input" {id} type="text" readonly=true value={share.link.clone()} />
        </div>
    }
}
