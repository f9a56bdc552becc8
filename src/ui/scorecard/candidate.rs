//! The candidate page: who the candidate is (with a small edit form), the interview
//! stages with their question banks (the guide's and the team's own for the role) and a
//! button to start or continue your interview at each (or, until the viewer has given
//! one, the name field: asked where it is needed), the editor of the team's own
//! questions (`super::questions`), preparing the interviewers
//! (`super::sharing::prepare_view`), the candidate's interviews under the blind rule,
//! each one the viewer may open with a button, the summary when the viewer may see it,
//! and export, print, archive and delete.
//!
//! Also the small pieces the interview form shares: the "not found" screen, the problem
//! line and the blind-rule checks for the whole page ([`sees_ratings`] over
//! `crate::scorecard::may_see`, [`opens`] over `crate::scorecard::may_open`).

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::judgement::plan_view;
use super::questions::{editor_view, question_bank_view};
use super::state::{CandidateFields, DocEdit, ScorecardMsg, ScorecardState, Screen, ViewMsg};
use super::summary::summary_view;
use super::transfer::download_candidate;
use crate::browser::files::new_id;
use crate::browser::page::print;
use crate::content::interview_text as text;
use crate::content::messages::scorecard as words;
use crate::content::scorecard::{competency, stage, Stage, STAGES};
use crate::content::{around, fill};
use crate::scorecard::TeamQuestion;
use crate::scorecard::{
    has_interview_for, may_open, may_see, visible_interviews_for, Candidate, Interview, RoleLevel,
    Seen,
};
use crate::ui::button::{button_view, Look};

const SEPARATOR: &str = " \u{b7} ";

/// The page of the candidate with `id`.
pub fn candidate_view(state: &ScorecardState, id: &str, send: &Callback<ScorecardMsg>) -> Html {
    let Some(candidate) = state.doc.candidate(id) else {
        return missing_view(text::CANDIDATE_NOT_FOUND, send);
    };
    let back = open(send, Screen::List);
    html! {
        <section class="br-screen br-candidate-page" aria-labelledby="br-candidate-title">
            <h2 id="br-candidate-title" class="br-title" tabindex="-1" data-focus="">
                { &candidate.name }
            </h2>
            <p class="br-lede">
                if !candidate.role.is_empty() { { &candidate.role }{ SEPARATOR } }
                { candidate.level.text().label }
                if candidate.archived { { SEPARATOR }<strong>{ words::ARCHIVED }</strong> }
            </p>
            if !candidate.notes.is_empty() {
                <p class="br-candidate-notes">{ &candidate.notes }</p>
            }
            <div class="br-actions br-no-print">
                { button_view(words::BACK_TO_LIST, Look::Quiet, &back) }
            </div>
            { edit_view(candidate, send) }
            { stages_view(state, id, send) }
            { editor_view(state, candidate, send) }
            { plan_view(state, candidate, send) }
            { super::sharing::prepare_view(state, candidate) }
            { interviews_view(state, id, send) }
            { super::sharing::aside_view(state, id, send) }
            { summary_section(state, candidate, send) }
            { actions_view(state, candidate, send) }
        </section>
    }
}

/// A screen for a candidate or interview that is not there, with a way back.
pub(super) fn missing_view(message: &'static str, send: &Callback<ScorecardMsg>) -> Html {
    html! {
        <section class="br-screen" aria-labelledby="br-missing-title">
            <h2 id="br-missing-title" class="br-title" tabindex="-1" data-focus="">{ message }</h2>
            <div class="br-actions">
                { button_view(words::BACK_TO_LIST, Look::Quiet, &open(send, Screen::List)) }
            </div>
        </section>
    }
}

/// A callback that opens `screen`.
pub(super) fn open(send: &Callback<ScorecardMsg>, screen: Screen) -> Callback<()> {
    send.reform(move |()| ScorecardMsg::View(ViewMsg::Open(screen.clone())))
}

/// Why the last edit was refused, announced when it appears.
pub(super) fn problem_view(problem: Option<&str>) -> Html {
    problem
        .map(|problem| html! { <p class="br-alert" role="alert">{ problem }</p> })
        .unwrap_or_default()
}

/// The label of the stage with `id`; an unknown id is shown as it is.
pub(super) fn stage_label(id: &str) -> &str {
    stage(id).map_or(id, |stage| stage.label)
}

/// The labels of the competencies with these ids, separated by semicolons (some labels
/// hold commas).
pub(super) fn competency_labels(ids: &[&str]) -> String {
    let labels: Vec<&str> = ids
        .iter()
        .filter_map(|id| competency(id))
        .map(|competency| competency.label)
        .collect();
    labels.join("; ")
}

/// Whether the viewer has an interview (draft or submitted) of the candidate.
fn has_own(state: &ScorecardState, candidate_id: &str) -> bool {
    has_interview_for(&state.interviewer, candidate_id, &state.doc.interviews)
}

/// Whether the page shows every interviewer's ratings of the candidate: when the blind
/// rule ([`may_see`]) allows it and, for a viewer with no interview of their own, once
/// they have chosen to see them (a confirmation step of this page, not an exception to
/// the rule), a choice remembered on the candidate (`Candidate::revealed`).
pub(super) fn sees_ratings(state: &ScorecardState, candidate_id: &str) -> bool {
    let revealed = || {
        state
            .doc
            .candidate(candidate_id)
            .is_some_and(|c| c.revealed)
    };
    may_see(&state.interviewer, candidate_id, &state.doc.interviews)
        && (has_own(state, candidate_id) || revealed())
}

/// Whether the viewer may open `interview` (their own, or someone else's read-only): the
/// rule [`may_open`], and for someone else's, once this page shows the ratings
/// ([`sees_ratings`]).
pub(super) fn opens(state: &ScorecardState, interview: &Interview) -> bool {
    let own = interview.interviewer == state.interviewer;
    may_open(&state.interviewer, interview, &state.doc.interviews)
        && (own || sees_ratings(state, &interview.candidate_id))
}

/// The team's own questions for the role of the candidate with `candidate_id`.
pub(super) fn team_questions(state: &ScorecardState, candidate_id: &str) -> Vec<TeamQuestion> {
    state
        .doc
        .candidate(candidate_id)
        .map(|candidate| state.doc.role_of(candidate).questions)
        .unwrap_or_default()
}

fn edit_view(candidate: &Candidate, send: &Callback<ScorecardMsg>) -> Html {
    let refs: [NodeRef; 4] = Default::default();
    let onsubmit = {
        let refs = refs.clone();
        let send = send.clone();
        let id = candidate.id.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if let Some(fields) = read_fields(&refs) {
                send.emit(ScorecardMsg::Edit(DocEdit::EditCandidate {
                    id: id.clone(),
                    fields,
                }));
            }
        })
    };
    let [name, role, level, notes] = refs;
    html! {
        <details class="br-edit">
            <summary>{ text::EDIT_HEADING }</summary>
            <form class="br-edit-form" {onsubmit}>
                <label class="br-label" for="br-edit-name">{ words::NAME }</label>
                <input class="br-input" id="br-edit-name" type="text" required=true
                    autocomplete="off" value={candidate.name.clone()} ref={name} />
                <label class="br-label" for="br-edit-role">{ words::ROLE }</label>
                <input class="br-input" id="br-edit-role" type="text" autocomplete="off"
                    value={candidate.role.clone()} ref={role} />
                <label class="br-label" for="br-edit-level">{ words::LEVEL }</label>
                <select class="br-input" id="br-edit-level" ref={level}>
                    { for RoleLevel::ALL.iter().map(|&option| html! {
                        <option value={option.id()} selected={option == candidate.level}>
                            { option.text().label }
                        </option>
                    }) }
                </select>
                <label class="br-label" for="br-edit-notes">{ words::NOTES }</label>
                <textarea class="br-input" id="br-edit-notes" rows="3"
                    value={candidate.notes.clone()} ref={notes} />
                <div class="br-actions">
                    <button type="submit" class="br-button">{ text::SAVE }</button>
                </div>
            </form>
        </details>
    }
}

/// The edit form's fields as typed; `None` if the form is not in the page.
fn read_fields([name, role, level, notes]: &[NodeRef; 4]) -> Option<CandidateFields> {
    Some(CandidateFields {
        name: name.cast::<HtmlInputElement>()?.value(),
        role: role.cast::<HtmlInputElement>()?.value(),
        level: RoleLevel::from_id(&level.cast::<HtmlSelectElement>()?.value())?,
        notes: notes.cast::<HtmlTextAreaElement>()?.value(),
    })
}

fn stages_view(state: &ScorecardState, candidate_id: &str, send: &Callback<ScorecardMsg>) -> Html {
    let named = !state.interviewer.is_empty();
    let team = team_questions(state, candidate_id);
    let role = state.doc.candidate(candidate_id).map(|c| c.role.as_str());
    html! {
        <section class="br-stages" aria-labelledby="br-stages-heading">
            <h3 id="br-stages-heading" class="br-subtitle">{ text::STAGES_HEADING }</h3>
            if named {
                <p class="br-hint">{ text::STAGES_HINT }</p>
            } else {
                // The name asked where it is needed, not on the list only.
                <p class="br-name-first">{ words::NAME_FIRST }</p>
                { super::list::interviewer_field("", send) }
            }
            { problem_view(state.problem.as_ref().map(super::text::problem)) }
            <ul class="br-stage-list">
                { for STAGES.iter().map(|stage| stage_view(state, candidate_id, stage, (&team, role), named, send)) }
            </ul>
        </section>
    }
}

fn stage_view(
    state: &ScorecardState,
    candidate_id: &str,
    stage: &'static Stage,
    (team, role): (&[TeamQuestion], Option<&str>),
    named: bool,
    send: &Callback<ScorecardMsg>,
) -> Html {
    let title_id = ["br-stage-", stage.id].concat();
    let button = named.then(|| {
        let own = state
            .doc
            .interview_at(candidate_id, stage.id, &state.interviewer);
        let label = match own {
            None => text::START,
            Some(interview) if interview.is_locked() => text::VIEW_OWN,
            Some(_) => text::CONTINUE,
        };
        let send = send.clone();
        let candidate = candidate_id.to_owned();
        let onclick = Callback::from(move |_: MouseEvent| {
            send.emit(ScorecardMsg::Edit(DocEdit::StartInterview {
                id: new_id("i"),
                candidate: candidate.clone(),
                stage: stage.id,
            }));
        });
        html! {
            <div class="br-actions br-no-print">
                <button type="button" class="br-button br-button--quiet" {onclick}
                    aria-describedby={title_id.clone()}>{ label }</button>
            </div>
        }
    });
    html! {
        <li class="br-stage">
            <h4 id={title_id} class="br-stage-title">{ stage.label }</h4>
            <p class="br-stage-purpose">{ stage.purpose }</p>
            { question_bank_view(stage, team, role.map(|role| (role, send))) }
            { button.unwrap_or_default() }
        </li>
    }
}

fn interviews_view(
    state: &ScorecardState,
    candidate_id: &str,
    send: &Callback<ScorecardMsg>,
) -> Html {
    let interviews = &state.doc.interviews;
    let seen: Vec<Seen> = if sees_ratings(state, candidate_id) {
        interviews
            .iter()
            .filter(|interview| interview.candidate_id == candidate_id)
            .map(Rc::as_ref)
            .map(Seen::Open)
            .collect()
    } else {
        visible_interviews_for(&state.interviewer, candidate_id, interviews)
    };
    let blind_note = if has_own(state, candidate_id) {
        text::BLIND_SUBMIT_FIRST
    } else {
        text::BLIND_NOT_SHOWN
    };
    html! {
        <section class="br-candidate-interviews" aria-labelledby="br-interviews-heading">
            <h3 id="br-interviews-heading" class="br-subtitle">{ text::INTERVIEWS_HEADING }</h3>
            if seen.is_empty() {
                <p>{ text::NO_INTERVIEWS }</p>
            } else {
                <ul class="br-interview-list">
                    { for seen.iter().enumerate().map(|(index, seen)| match seen {
                        Seen::Open(interview) => interview_item(state, index, interview, send),
                        Seen::Blind(blind) => html! {
                            <li class="br-interview-item">
                                <span>
                                    <strong>{ blind.interviewer }</strong>
                                    { SEPARATOR }{ stage_label(blind.stage) }
                                    { SEPARATOR }{ status_label(blind.submitted) }
                                </span>
                                <span class="br-hint br-blind">{ blind_note }</span>
                            </li>
                        },
                    }) }
                </ul>
            }
        </section>
    }
}

fn status_label(submitted: bool) -> &'static str {
    if submitted {
        text::SUBMITTED
    } else {
        text::DRAFT
    }
}

fn interview_item(
    state: &ScorecardState,
    index: usize,
    interview: &Interview,
    send: &Callback<ScorecardMsg>,
) -> Html {
    let own = interview.interviewer == state.interviewer;
    let text_id = format!("br-interview-{index}");
    let open_button = opens(state, interview).then(|| {
        let onclick =
            open(send, Screen::Interview(interview.id.clone())).reform(|_: MouseEvent| ());
        html! {
            <button type="button" class="br-button br-button--quiet br-no-print" {onclick}
                aria-describedby={text_id.clone()}>{ words::OPEN }</button>
        }
    });
    let (you_before, you_after) = if own { around(text::YOU) } else { ("", "") };
    html! {
        <li class="br-interview-item">
            <span id={text_id}>
                { you_before }<strong>{ &interview.interviewer }</strong>{ you_after }
                { SEPARATOR }{ stage_label(&interview.stage) }
                { SEPARATOR }{ fill!(text::VERSION, status = status_label(interview.is_locked()), version = interview.version) }
                if let Some(submitted) = interview.latest_submitted() {
                    { SEPARATOR }
                    { around(text::RECOMMENDATION).0 }{ submitted.decision.text().label }
                    { around(text::RECOMMENDATION).1 }
                }
            </span>
            { open_button.unwrap_or_default() }
        </li>
    }
}

/// The summary (which brings its own section and heading) when the viewer may see it;
/// otherwise why it is hidden, under the same kind of heading.
fn summary_section(
    state: &ScorecardState,
    candidate: &Candidate,
    send: &Callback<ScorecardMsg>,
) -> Html {
    if sees_ratings(state, &candidate.id) {
        return summary_view(state, candidate, send);
    }
    let body = if has_own(state, &candidate.id) {
        html! { <p class="br-hidden-note">{ text::SUMMARY_SUBMIT_FIRST }</p> }
    } else {
        let id = candidate.id.clone();
        let reveal = send.reform(move |()| ScorecardMsg::Edit(DocEdit::Reveal(id.clone())));
        html! {
            <>
                <p class="br-hidden-note">{ text::SUMMARY_NOT_INTERVIEWING }</p>
                <div class="br-actions br-no-print">
                    { button_view(text::REVEAL, Look::Quiet, &reveal) }
                </div>
            </>
        }
    };
    html! {
        <section class="br-candidate-summary" aria-labelledby="br-candidate-summary-heading">
            <h3 id="br-candidate-summary-heading" class="br-subtitle">{ text::SUMMARY_HEADING }</h3>
            { body }
        </section>
    }
}

fn actions_view(
    state: &ScorecardState,
    candidate: &Candidate,
    send: &Callback<ScorecardMsg>,
) -> Html {
    let (id, archived) = (candidate.id.clone(), candidate.archived);
    let archive = send.reform(move |()| {
        ScorecardMsg::Edit(DocEdit::SetArchived {
            id: id.clone(),
            archived: !archived,
        })
    });
    let id = candidate.id.clone();
    let delete = send.reform(move |_: MouseEvent| ScorecardMsg::Edit(DocEdit::Delete(id.clone())));
    let archive_label = if archived {
        words::UNARCHIVE
    } else {
        words::ARCHIVE
    };
    html! {
        <div class="br-page-actions br-no-print">
            <div class="br-actions">
                { button_view(text::EXPORT_CANDIDATE, Look::Quiet, &download_candidate(state, &candidate.id)) }
                { button_view(text::PRINT, Look::Quiet, &Callback::from(|()| print())) }
                { button_view(archive_label, Look::Quiet, &archive) }
                <button type="button" class="br-button br-button--quiet br-button--danger"
                    onclick={delete} aria-describedby="br-delete-hint">{ words::DELETE }</button>
            </div>
            <p id="br-delete-hint" class="br-hint">{ text::DELETE_HINT }</p>
        </div>
    }
}
