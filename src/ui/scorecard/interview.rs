//! The interview form: one interviewer's ratings of one candidate at one stage. A draft
//! shows a fieldset per competency (what to listen for, a radio card per level with its
//! behavioural anchor, "no evidence", an evidence note), then the overall
//! recommendation, enabled once every competency is scored, and submit. A submitted
//! interview is shown read-only with revise and download; every interview shows its
//! earlier versions, each with its ratings and evidence notes. Above either, the stage's
//! question bank: the guide's questions, then the team's own for the candidate's role.
//!
//! Blind rule: the form shows this interview's data only, never anyone else's; someone
//! else's interview is shown read-only, at its latest submitted version, only to a
//! viewer who may open it (`super::candidate::opens`, over
//! `crate::scorecard::may_open`): a hiring manager, or an interviewer whose own
//! interviews of the candidate are submitted.

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use super::candidate::{
    competency_labels, missing_view, open, opens, problem_view, stage_label, team_questions,
};
use super::questions::question_bank_view;
use super::state::{DocEdit, ScorecardMsg, ScorecardState, Screen};
use super::transfer::{download_interview, interview_file};
use crate::content::interview_text as text;
use crate::content::judgement::{self, level_bar};
use crate::content::scorecard::{stage, Competency, COMPETENCIES, NO_EVIDENCE, RATING_LEVELS};
use crate::content::{around, fill};
use crate::scorecard::{
    Decision, Interview, Rating, RatingLevel, Ratings, RoleLevel, Score, Submission,
};
use crate::ui::button::{button_view, Look};

/// The form of the interview with `id`.
pub fn interview_view(state: &ScorecardState, id: &str, send: &Callback<ScorecardMsg>) -> Html {
    let Some(interview) = state.doc.interview(id) else {
        return missing_view(text::INTERVIEW_NOT_FOUND, send);
    };
    let name = state
        .doc
        .candidate(&interview.candidate_id)
        .map(|c| c.name.as_str());
    let own = interview.interviewer == state.interviewer;
    // Someone else's interview shows its latest submitted version, never a draft.
    let shown = (own || opens(state, interview))
        .then(|| interview.latest_submitted())
        .flatten();
    let (version, status) = match shown {
        Some(shown) if !own => (shown.version, text::SUBMITTED),
        _ if interview.is_locked() => (interview.version, text::SUBMITTED),
        _ => (interview.version, text::DRAFT),
    };
    let back = open(send, Screen::Candidate(interview.candidate_id.clone()));
    let body = match shown {
        _ if own && !interview.is_locked() => form_view(state, interview, send),
        Some(shown) => read_only_view(state, &shown, own, send),
        None => html! { <p class="br-hidden-note">{ text::HIDDEN }</p> },
    };
    html! {
        <section class="br-screen br-interview" aria-labelledby="br-interview-title">
            <h2 id="br-interview-title" class="br-title" tabindex="-1" data-focus="">
                { around(text::INTERVIEW_HEADING).0 }{ name.unwrap_or_default() }
                { around(text::INTERVIEW_HEADING).1 }
            </h2>
            <p class="br-lede">
                { fill!(text::BY, stage = stage_label(&interview.stage), interviewer = interview.interviewer, version = version) }
                { " \u{b7} " }{ status }
            </p>
            <div class="br-actions br-no-print">
                { button_view(text::BACK_TO_CANDIDATE, Look::Quiet, &back) }
            </div>
            { stage(&interview.stage)
                .map(|stage| question_bank_view(stage, &team_questions(state, &interview.candidate_id), None))
                .unwrap_or_default() }
            { body }
        </section>
    }
}

/// An element id made of `parts`.
fn dom_id(parts: &[&str]) -> AttrValue {
    AttrValue::from(parts.concat())
}

fn form_view(state: &ScorecardState, interview: &Interview, send: &Callback<ScorecardMsg>) -> Html {
    let level = state
        .doc
        .candidate(&interview.candidate_id)
        .map(|candidate| candidate.level);
    let id = interview.id.clone();
    let submit = send.reform(move |_: MouseEvent| ScorecardMsg::Edit(DocEdit::Submit(id.clone())));
    let discard = interview.history.is_empty().then(|| {
        let id = interview.id.clone();
        let discard = send.reform(move |()| ScorecardMsg::Edit(DocEdit::DiscardDraft(id.clone())));
        button_view(text::DISCARD, Look::Quiet, &discard)
    });
    html! {
        <div class="br-interview-form">
            <p class="br-hint">{ text::FORM_HINT }</p>
            if let Some(filed) = interview.history.last() {
                <p class="br-revision-note">
                    { around(text::REVISION_NOTE).0 }{ filed.version }{ around(text::REVISION_NOTE).1 }
                </p>
            }
            { scale_view() }
            <p id="br-note-hint" class="br-hint">{ text::NOTE_HINT }</p>
            { for COMPETENCIES.iter().zip(&interview.ratings).map(|(competency, rating)| html! {
                <CompetencyField interview={AttrValue::from(interview.id.clone())}
                    {competency} {level} rating={rating.clone()} send={send.clone()} />
            }) }
            { decision_view(interview, send) }
            <div class="br-submit">
                <p id="br-submit-hint" class="br-hint">{ text::SUBMIT_HINT }</p>
                { problem_view(state.problem.as_ref().map(super::text::problem)) }
                <div class="br-actions">
                    <button type="button" class="br-button" onclick={submit}
                        aria-describedby="br-submit-hint">{ text::SUBMIT }</button>
                    { discard.unwrap_or_default() }
                </div>
            </div>
            { history_view(interview, interview.version) }
        </div>
    }
}

/// The meaning of each level of the scale, folded away.
fn scale_view() -> Html {
    html! {
        <details class="br-scale">
            <summary>{ text::SCALE_HEADING }</summary>
            <dl class="br-scale-list">
                { for RATING_LEVELS.iter().chain([&NO_EVIDENCE]).map(|level| html! {
                    <div>
                        <dt>{ level.label }</dt>
                        <dd>{ level.meaning }</dd>
                    </div>
                }) }
            </dl>
        </details>
    }
}

/// One competency of the form. A component, so a rating click re-renders only the
/// competency it changed (its props compare equal for the six others).
#[derive(Properties, PartialEq)]
struct CompetencyProps {
    interview: AttrValue,
    competency: &'static Competency,
    /// The candidate's level, whose bar line is shown (issue 12.1).
    level: Option<RoleLevel>,
    rating: Rating,
    send: Callback<ScorecardMsg>,
}

#[component]
fn CompetencyField(props: &CompetencyProps) -> Html {
    competency_view(
        &props.interview,
        props.competency,
        props.level,
        &props.rating,
        &props.send,
    )
}

fn competency_view(
    interview: &str,
    competency: &'static Competency,
    level: Option<RoleLevel>,
    rating: &Rating,
    send: &Callback<ScorecardMsg>,
) -> Html {
    let why = dom_id(&["br-", competency.id, "-why"]);
    let name = dom_id(&["br-", competency.id]);
    let note_id = dom_id(&["br-", competency.id, "-note"]);
    let rate = |score: Score| {
        let interview = interview.to_owned();
        send.reform(move |_: Event| {
            ScorecardMsg::Edit(DocEdit::Rate {
                interview: interview.clone(),
                competency: competency.id,
                score,
            })
        })
    };
    let levels = RatingLevel::ALL.iter().map(|&level| {
        let score = Score::Level(level);
        choice_view(
            dom_id(&["br-", competency.id, "-", score.id()]),
            &name,
            level.text().label,
            level.anchor(competency),
            rating.score == score,
            rate(score),
        )
    });
    let no_evidence = choice_view(
        dom_id(&["br-", competency.id, "-", NO_EVIDENCE.id]),
        &name,
        NO_EVIDENCE.label,
        NO_EVIDENCE.meaning,
        rating.score == Score::NoEvidence,
        rate(Score::NoEvidence),
    );
    let note = {
        let interview = interview.to_owned();
        send.reform(move |event: Event| {
            let field: HtmlTextAreaElement = event.target_unchecked_into();
            ScorecardMsg::Edit(DocEdit::Note {
                interview: interview.clone(),
                competency: competency.id,
                note: field.value(),
            })
        })
    };
    html! {
        <fieldset class="br-fieldset br-competency" aria-describedby={why.clone()}>
            <legend class="br-legend br-competency-label">{ competency.label }</legend>
            <div id={why} class="br-competency-why">
                <p>{ competency.why }</p>
                <p class="br-look-for-label">{ text::LISTEN_FOR }</p>
                <ul class="br-look-for">
                    { for competency.look_for.iter().map(|point| html! { <li>{ *point }</li> }) }
                </ul>
                { level_bar_view(competency, level) }
            </div>
            <div class="br-cards">
                { for levels }
                { no_evidence }
            </div>
            <label class="br-label br-note-label" for={note_id.clone()}>{ text::NOTE_LABEL }</label>
            <textarea class="br-input br-note" id={note_id} rows="2" value={rating.note.clone()}
                onchange={note} aria-describedby="br-note-hint" />
        </fieldset>
    }
}

/// What "Strong" means for this competency at the candidate's level.
fn level_bar_view(competency: &Competency, level: Option<RoleLevel>) -> Html {
    let Some((level, bar)) =
        level.and_then(|level| Some((level, level_bar(competency.id, level as usize)?)))
    else {
        return Html::default();
    };
    let label = crate::content::fill_named(judgement::BAR_LABEL, &[("level", level.text().label)]);
    html! {
        <p class="br-level-bar"><strong>{ label }</strong>{ " " }{ bar }</p>
    }
}

/// A radio card: the option's label in bold, its description below, tied to the radio.
fn choice_view(
    id: AttrValue,
    name: &AttrValue,
    label: &'static str,
    description: &'static str,
    checked: bool,
    onchange: Callback<Event>,
) -> Html {
    let described = dom_id(&[id.as_str(), "-d"]);
    html! {
        <div class="br-card">
            <input class="br-card-input" type="radio" id={id.clone()} name={name.clone()}
                {checked} {onchange} aria-describedby={described.clone()} />
            <label class="br-card-label" for={id}>{ label }</label>
            <span class="br-card-text" id={described}>{ description }</span>
        </div>
    }
}

fn decision_view(interview: &Interview, send: &Callback<ScorecardMsg>) -> Html {
    let unrated = interview.unrated();
    let waiting = !unrated.is_empty();
    let name = AttrValue::from("br-decision");
    let cards = Decision::ALL.iter().map(|&decision| {
        let id = interview.id.clone();
        let decide = send.reform(move |_: Event| {
            ScorecardMsg::Edit(DocEdit::Decide {
                interview: id.clone(),
                decision,
            })
        });
        let words = decision.text();
        choice_view(
            dom_id(&["br-decision-", words.id]),
            &name,
            words.label,
            words.meaning,
            interview.decision == Some(decision),
            decide,
        )
    });
    html! {
        <fieldset class="br-fieldset br-competency br-decision" disabled={waiting}
            aria-describedby="br-decision-hint">
            <legend class="br-legend br-competency-label">{ text::DECISION_LEGEND }</legend>
            if waiting {
                <p id="br-decision-hint" class="br-hint br-decision-waiting">
                    { around(text::DECISION_WAITING).0 }{ competency_labels(&unrated) }
                    { around(text::DECISION_WAITING).1 }
                </p>
            } else {
                <p id="br-decision-hint" class="br-hint">{ text::DECISION_HINT }</p>
            }
            <div class="br-cards">{ for cards }</div>
        </fieldset>
    }
}

/// What a score reads as.
fn score_label(score: Score) -> &'static str {
    match score {
        Score::Level(level) => level.text().label,
        Score::NoEvidence => NO_EVIDENCE.label,
        Score::Unrated => text::NOT_SCORED,
    }
}

/// A submitted version read-only: the viewer's own with revise, download and the link;
/// someone else's as it was submitted. Earlier versions follow.
fn read_only_view(
    state: &ScorecardState,
    shown: &Submission,
    own: bool,
    send: &Callback<ScorecardMsg>,
) -> Html {
    let interview = shown.interview;
    let note = if own {
        text::LOCKED_NOTE
    } else {
        text::NOT_YOURS
    };
    let actions = (own && interview.is_locked()).then(|| {
        let id = interview.id.clone();
        let revise = send.reform(move |_: MouseEvent| ScorecardMsg::Edit(DocEdit::Revise(id.clone())));
        let download = download_interview(state, &interview.id).reform(|_: MouseEvent| ());
        html! {
            <>
                { problem_view(state.problem.as_ref().map(super::text::problem)) }
                <div class="br-actions br-no-print">
                    <button type="button" class="br-button br-button--quiet" onclick={revise}>
                        { around(text::REVISE).0 }{ interview.version + 1 }{ around(text::REVISE).1 }
                    </button>
                    <button type="button" class="br-button" onclick={download}
                        aria-describedby="br-download-hint">{ text::DOWNLOAD }</button>
                </div>
                <p id="br-download-hint" class="br-hint br-no-print">{ text::DOWNLOAD_HINT }</p>
                { link_view(state, &interview.id) }
            </>
        }
    });
    html! {
        <div class="br-locked">
            <p class="br-locked-note">{ note }</p>
            { super::signing::signer_view(state, interview, shown.version) }
            { ratings_view(shown.ratings, Some(shown.decision)) }
            { actions.unwrap_or_default() }
            { history_view(interview, shown.version) }
        </div>
    }
}

/// One version's scores, evidence notes and recommendation, read-only.
fn ratings_view(ratings: &Ratings, decision: Option<Decision>) -> Html {
    let decision = decision.map_or(text::NOT_RECORDED, |decision| decision.text().label);
    html! {
        <dl class="br-readonly">
            { for COMPETENCIES.iter().zip(ratings).map(|(competency, rating)| html! {
                <div class="br-readonly-item">
                    <dt>{ competency.label }</dt>
                    <dd><strong>{ score_label(rating.score) }</strong></dd>
                    <dd class="br-readonly-note">
                        if rating.note.is_empty() { { text::NO_NOTE } } else { { &rating.note } }
                    </dd>
                </div>
            }) }
            <div class="br-readonly-item br-readonly-decision">
                <dt>{ text::DECISION_LEGEND }</dt>
                <dd><strong>{ decision }</strong></dd>
            </div>
        </dl>
    }
}

/// The interview as a link to send instead of the file, folded away.
fn link_view(state: &ScorecardState, interview_id: &str) -> Html {
    let Some(file) = interview_file(state, interview_id) else {
        return Html::default();
    };
    let texts = super::sharing::LinkTexts {
        summary: text::LINK_SUMMARY,
        label: text::LINK_LABEL,
        hint: crate::content::active::sharing::LINK_HINT,
        too_long: crate::content::active::sharing::LINK_TOO_LONG_TO_SEND,
        hint_id: "br-link-hint",
    };
    super::sharing::link_details(&file, &texts)
}

/// The submitted versions before `below`, folded away, each with its ratings and
/// evidence notes folded too.
fn history_view(interview: &Interview, below: u32) -> Html {
    let earlier = interview
        .history
        .iter()
        .filter(|filed| filed.version < below);
    if earlier.clone().next().is_none() {
        return Html::default();
    }
    html! {
        <details class="br-history">
            <summary>{ text::HISTORY }</summary>
            <ul class="br-history-list">
                { for earlier.map(|filed| html! {
                    <li>
                        <details>
                            <summary>
                                { fill!(text::VERSION_LABEL, version = filed.version, decision = filed.decision.text().label) }
                            </summary>
                            { ratings_view(&filed.ratings, Some(filed.decision)) }
                        </details>
                    </li>
                }) }
            </ul>
        </details>
    }
}
