//! The list screen: who is interviewing, adding a candidate, the filtered list (paged,
//! so a thousand candidates stay fast), picking candidates to compare, and the files
//! and backups.

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::judgement::progress_text;
use super::state::{CandidateFields, DocEdit, ScorecardMsg, ScorecardState, Screen, ViewMsg};
use super::transfer::files_view;
use crate::browser::files::new_id;
use crate::content::fill;
use crate::content::intro::ModeIntro;
use crate::content::messages::scorecard as text;
use crate::embed::options::Mode;
use crate::scorecard::doc::IdSet;
use crate::scorecard::{Candidate, Interview, RoleLevel};
use crate::ui::button::{button_view, Look};
use crate::ui::intro::intro_for;

/// The list screen.
pub fn list_view(state: &ScorecardState, send: &Callback<ScorecardMsg>) -> Html {
    let intro = intro_for(Mode::Scorecard);
    let frame = frame_only();
    html! {
        <section class="br-screen" aria-labelledby="br-list-title">
            <p class="br-eyebrow">{ intro.eyebrow }</p>
            <h2 id="br-list-title" class="br-title" tabindex="-1" data-focus="">
                { text::LIST_HEADING }
            </h2>
            if state.doc.candidates.is_empty() && !frame {
                { welcome(intro) }
            }
            { interviewer_field(&state.interviewer, send) }
            { add_form(send) }
            if !frame {
                { candidates_view(state, send) }
                { files_view(state, send) }
            }
        </section>
    }
}

/// Whether this is the prerendered frame for a team with candidates stored
/// (`crate::ui::prerender`): the screen down to the add form, no welcome. Never in the app.
fn frame_only() -> bool {
    #[cfg(feature = "prerender")]
    return crate::ui::prerender::frame_only();
    #[cfg(not(feature = "prerender"))]
    false
}

/// What the scorecard is for, shown until the first candidate is added.
fn welcome(intro: &ModeIntro) -> Html {
    html! {
        <div class="br-welcome">
            <p class="br-lede"><strong>{ intro.title }</strong>{ " " }{ intro.lede }</p>
            <ul class="br-points">
                { for intro.points.iter().map(|point| html! { <li>{ *point }</li> }) }
            </ul>
            <p class="br-privacy">{ intro.privacy }</p>
        </div>
    }
}

/// The interviewer's name, saved when the field is left: on the list, and on a
/// candidate page until it is given (`super::candidate`).
pub(super) fn interviewer_field(name: &str, send: &Callback<ScorecardMsg>) -> Html {
    let onchange = send.reform(|event: Event| {
        let input: HtmlInputElement = event.target_unchecked_into();
        ScorecardMsg::View(ViewMsg::SetInterviewer(input.value()))
    });
    html! {
        <div class="br-field">
            <label class="br-label" for="br-interviewer">{ text::YOUR_NAME }</label>
            <input id="br-interviewer" type="text" autocomplete="name" maxlength="200"
                value={name.to_owned()} {onchange} aria-describedby="br-interviewer-hint" />
            <p id="br-interviewer-hint" class="br-hint">{ text::YOUR_NAME_HINT }</p>
        </div>
    }
}

fn add_form(send: &Callback<ScorecardMsg>) -> Html {
    let name = NodeRef::default();
    let role = NodeRef::default();
    let level = NodeRef::default();
    let onsubmit = {
        let (name, role, level) = (name.clone(), role.clone(), level.clone());
        let send = send.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let (Some(name), Some(role), Some(level)) = (
                name.cast::<HtmlInputElement>(),
                role.cast::<HtmlInputElement>(),
                level.cast::<HtmlSelectElement>(),
            ) else {
                return;
            };
            if name.value().trim().is_empty() {
                let _ = name.focus();
                return;
            }
            let fields = CandidateFields {
                name: name.value(),
                role: role.value(),
                level: RoleLevel::from_id(&level.value()).unwrap_or(RoleLevel::Senior),
                notes: String::new(),
            };
            name.set_value("");
            send.emit(ScorecardMsg::Edit(DocEdit::AddCandidate {
                id: new_id("c"),
                fields,
            }));
        })
    };
    html! {
        <form class="br-add" {onsubmit} aria-labelledby="br-add-heading">
            <h3 id="br-add-heading" class="br-subtitle">{ text::ADD_HEADING }</h3>
            <div class="br-add-fields">
                <label class="br-field">
                    <span class="br-label">{ text::NAME }</span>
                    <input ref={name} type="text" required=true maxlength="200" autocomplete="off" />
                </label>
                <label class="br-field">
                    <span class="br-label">{ text::ROLE }</span>
                    <input ref={role} type="text" maxlength="200" value={text::ROLE_DEFAULT} />
                </label>
                <label class="br-field">
                    <span class="br-label">{ text::LEVEL }</span>
                    { level_select(level, RoleLevel::Senior) }
                </label>
            </div>
            <div class="br-actions">
                <button type="submit" class="br-button">{ text::ADD }</button>
            </div>
        </form>
    }
}

/// A select of the role levels with `selected` chosen.
pub fn level_select(node: NodeRef, selected: RoleLevel) -> Html {
    html! {
        <select ref={node}>
            { for RoleLevel::ALL.iter().map(|level| html! {
                <option value={level.id()} selected={*level == selected}>
                    { level.text().label }
                </option>
            }) }
        </select>
    }
}

/// Candidates matching the filter (and not archived unless asked), in list order.
pub fn filtered(state: &ScorecardState) -> Vec<&Candidate> {
    // No filter: nothing to lower-case (and no browser call while prerendering).
    let needle = match state.filter.trim() {
        "" => String::new(),
        filter => lowercase(filter),
    };
    state
        .doc
        .candidates
        .iter()
        .filter(|c| state.show_archived || !c.archived)
        .filter(|c| {
            needle.is_empty()
                || lowercase(&c.name).contains(&needle)
                || lowercase(&c.role).contains(&needle)
        })
        .map(Rc::as_ref)
        .collect()
}

/// `text` in lower case, by the browser: Rust's `to_lowercase` brings its own Unicode
/// tables (about 3 KB of wasm) that the browser already has.
fn lowercase(text: &str) -> String {
    String::from(js_sys::JsString::from(text).to_lower_case())
}

fn candidates_view(state: &ScorecardState, send: &Callback<ScorecardMsg>) -> Html {
    let matching = filtered(state);
    let shown = matching.len().min(state.page_size());
    let oninput = send.reform(|event: InputEvent| {
        let input: HtmlInputElement = event.target_unchecked_into();
        ScorecardMsg::View(ViewMsg::Filter(input.value()))
    });
    let show_archived = state.show_archived;
    let onchange =
        send.reform(move |_: Event| ScorecardMsg::View(ViewMsg::ShowArchived(!show_archived)));
    let empty = match (state.doc.candidates.is_empty(), matching.is_empty()) {
        (true, _) => html! { <p class="br-hint">{ text::EMPTY }</p> },
        (false, true) => html! { <p class="br-hint">{ text::NO_MATCH }</p> },
        _ => Html::default(),
    };
    html! {
        <div class="br-candidates">
            <div class="br-list-tools">
                <label class="br-field">
                    <span class="br-label">{ text::FILTER }</span>
                    <input type="search" value={state.filter.clone()} {oninput} />
                </label>
                <label class="br-check">
                    <input type="checkbox" checked={show_archived} {onchange} />
                    { text::SHOW_ARCHIVED }
                </label>
            </div>
            <p class="br-hint" role="status">
                { fill!(text::SHOWING, shown = shown, total = matching.len()) }
            </p>
            { empty }
            <ul class="br-candidate-list">
                { rows(state, &matching[..shown], send) }
            </ul>
            { more_button(shown < matching.len(), send) }
            { compare_tools(state, send) }
        </div>
    }
}

/// What one row shows: props compared on each render of the list, so a change (a
/// candidate archived, picked for comparing) re-renders that row only, and a filter
/// keystroke builds no row whose props did not change.
#[derive(Properties, PartialEq)]
struct RowProps {
    id: AttrValue,
    name: AttrValue,
    role: AttrValue,
    level: RoleLevel,
    /// The plan's progress, or `None` for the count of submitted interviews.
    progress: Option<AttrValue>,
    submitted: usize,
    archived: bool,
    picked: bool,
    /// Whether the compare box is disabled (archived, or four already picked).
    no_pick: bool,
    send: Callback<ScorecardMsg>,
}

/// The rows of `shown`, keyed by candidate id, each counting its own interviews: the
/// interviews are sorted to their rows in one pass, so a row's counts and plan progress
/// look at its few interviews, not at all of them (4,000 at a thousand candidates).
fn rows(state: &ScorecardState, shown: &[&Candidate], send: &Callback<ScorecardMsg>) -> Html {
    let full = state.compare.len() >= 4;
    let row = |(candidate, own): (&&Candidate, Vec<Rc<Interview>>)| {
        let picked = state.compare.contains(&candidate.id);
        let submitted = own
            .iter()
            .filter(|i| i.latest_submitted().is_some())
            .count();
        let progress = progress_text(candidate, &own).map(AttrValue::from);
        html! {
            <CandidateRow key={candidate.id.as_str()} id={candidate.id.clone()}
                name={candidate.name.clone()} role={candidate.role.clone()}
                level={candidate.level} {progress} {submitted} archived={candidate.archived}
                {picked} no_pick={candidate.archived || (!picked && full)} send={send.clone()} />
        }
    };
    let own = interviews_by_row(shown, &state.doc.interviews);
    shown.iter().zip(own).map(row).collect()
}

/// For each of `shown`, its interviews among `interviews`, in their order.
fn interviews_by_row(
    shown: &[&Candidate],
    interviews: &[Rc<Interview>],
) -> Vec<Vec<Rc<Interview>>> {
    let rows = IdSet::new(shown.iter().map(|candidate| candidate.id.as_str()));
    let mut own = vec![Vec::new(); shown.len()];
    for interview in interviews {
        if let Some(at) = rows.position(&interview.candidate_id) {
            own[at].push(Rc::clone(interview));
        }
    }
    own
}

#[component]
fn CandidateRow(props: &RowProps) -> Html {
    let RowProps { id, name, send, .. } = props;
    let message = |make: fn(String) -> ScorecardMsg| {
        let id = id.to_string();
        send.reform(move |()| make(id.clone()))
    };
    let open = message(|id| ScorecardMsg::View(ViewMsg::Open(Screen::Candidate(id))));
    let toggle = message(|id| ScorecardMsg::View(ViewMsg::ToggleCompare(id))).reform(|_: Event| ());
    let archive = match props.archived {
        true => message(|id| {
            ScorecardMsg::Edit(DocEdit::SetArchived {
                id,
                archived: false,
            })
        }),
        false => message(|id| ScorecardMsg::Edit(DocEdit::SetArchived { id, archived: true })),
    };
    let delete = message(|id| ScorecardMsg::Edit(DocEdit::Delete(id)));
    let label = if props.archived {
        text::UNARCHIVE
    } else {
        text::ARCHIVE
    };
    html! {
        <li class="br-candidate">
            <div class="br-candidate-main">
                <button type="button" class="br-link" onclick={open.reform(|_: MouseEvent| ())}>
                    { name }
                </button>
                <span class="br-hint">
                    { &props.role }{ " \u{b7} " }{ props.level.text().label }
                    { " \u{b7} " }
                    if let Some(progress) = &props.progress {
                        <span class="br-plan-progress">{ progress }</span>
                    } else {
                        { text::INTERVIEWS }{ ": " }{ props.submitted }
                    }
                    { if props.archived { html! { <>{ " \u{b7} " }{ text::ARCHIVED }</> } } else { Html::default() } }
                </span>
            </div>
            <div class="br-candidate-actions">
                <label class="br-check">
                    <input type="checkbox" checked={props.picked} onchange={toggle}
                        disabled={props.no_pick} />
                    { text::PICK_COMPARE }<span class="br-sr-only">{ " " }{ name }</span>
                </label>
                { named_button(label, name, &archive) }
                { named_button(text::DELETE, name, &delete) }
            </div>
        </li>
    }
}

/// A quiet button whose accessible name also names the candidate it acts on.
fn named_button(label: &'static str, name: &str, on_click: &Callback<()>) -> Html {
    let onclick = on_click.reform(|_: MouseEvent| ());
    html! {
        <button type="button" class="br-button br-button--quiet" {onclick}>
            { label }<span class="br-sr-only">{ " " }{ name }</span>
        </button>
    }
}

fn more_button(more: bool, send: &Callback<ScorecardMsg>) -> Html {
    if !more {
        return Html::default();
    }
    html! {
        <div class="br-actions">
            { button_view(text::SHOW_MORE, Look::Quiet, &send.reform(|()| ScorecardMsg::View(ViewMsg::ShowMore))) }
        </div>
    }
}

fn compare_tools(state: &ScorecardState, send: &Callback<ScorecardMsg>) -> Html {
    let compare = send.reform(|()| ScorecardMsg::View(ViewMsg::Open(Screen::Compare)));
    let calibration = send.reform(|()| ScorecardMsg::View(ViewMsg::Open(Screen::Calibration)));
    let ready = (2..=4).contains(&state.compare.len());
    html! {
        <div class="br-actions">
            if ready {
                { button_view(text::COMPARE, Look::Primary, &compare) }
            } else {
                <p class="br-hint">{ text::COMPARE_HINT }</p>
            }
            { button_view(text::CALIBRATION, Look::Quiet, &calibration) }
        </div>
    }
}
