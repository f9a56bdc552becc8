//! A hiring team's own questions (issue 12.5) on screen: a stage's question bank with
//! the team's questions for the role after the guide's, each marked as the team's own
//! (on the candidate page, with a Remove button, and in the interview form), and the
//! editor on the candidate page that adds them. Display only; the reducer applies the rules
//! (`crate::scorecard::questions`). Texts from `crate::content::active::questions`.

use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::candidate::{competency_labels, problem_view};
use super::state::{DocEdit, ScorecardMsg, ScorecardState};
use crate::content::active::questions as text;
use crate::content::around;
use crate::content::fill_named as fill;
use crate::content::interview_text as bank_text;
use crate::content::scorecard::{Stage, COMPETENCIES, STAGES};
use crate::scorecard::edit::QuestionRefusal;
use crate::scorecard::questions::{at_stage, BankRefusal, QuestionProblem, TeamQuestion};
use crate::scorecard::{Candidate, MAX_QUESTION_CHARS};

/// A stage's questions: the guide's, then the team's own for the role, each with the
/// competencies it probes, folded away. With `remove` (the role's name and the sender,
/// on the candidate page), each of the team's questions has a Remove button.
pub fn question_bank_view(
    stage: &Stage,
    team: &[TeamQuestion],
    remove: Option<(&str, &Callback<ScorecardMsg>)>,
) -> Html {
    let own: Vec<&TeamQuestion> = at_stage(team, stage.id).collect();
    let count = stage.questions.len() + own.len();
    let guide = stage
        .questions
        .iter()
        .map(|question| bank_item(question.prompt, question.probes, None));
    let team = own.into_iter().enumerate().map(|(index, question)| {
        let id = ["br-own-", stage.id, "-", &index.to_string()].concat();
        let button = remove.map(|(role, send)| {
            let (role, text) = (role.to_owned(), question.text.clone());
            let stage = question.stage;
            let onclick = send.reform(move |_: MouseEvent| {
                ScorecardMsg::Edit(DocEdit::RemoveQuestion {
                    role: role.clone(),
                    stage,
                    text: text.clone(),
                })
            });
            html! {
                <button type="button" class="br-button br-button--quiet br-no-print" {onclick}
                    aria-describedby={id.clone()}>{ text::REMOVE }</button>
            }
        });
        let mark = html! {
            <>
                <p class="br-tag">{ text::OWN }</p>
                { button.unwrap_or_default() }
            </>
        };
        bank_item(&question.text, &question.probes, Some((id, mark)))
    });
    html! {
        <details class="br-bank">
            <summary>{ bank_text::QUESTION_BANK }{ " (" }{ count }{ ")" }</summary>
            <ol class="br-bank-list">{ for guide }{ for team }</ol>
        </details>
    }
}

/// One question of a bank; `own`: a team's question, with the id of its text and what
/// marks it.
fn bank_item(prompt: &str, probes: &[&str], own: Option<(String, Html)>) -> Html {
    let (id, mark) = own.map_or((None, None), |(id, mark)| (Some(id), Some(mark)));
    html! {
        <li class={classes!(mark.is_some().then_some("br-bank-own"))}>
            <p class="br-bank-prompt" {id}>{ prompt.to_owned() }</p>
            <p class="br-hint">
                { around(bank_text::PROBES).0 }{ competency_labels(probes) }
                { around(bank_text::PROBES).1 }
            </p>
            { mark.unwrap_or_default() }
        </li>
    }
}

/// The editor of the team's own questions for the candidate's role: how many there are
/// (they are listed, with Remove, in the stages' banks above), and the form that adds
/// one: a stage, the text, and the competencies it probes.
pub fn editor_view(
    state: &ScorecardState,
    candidate: &Candidate,
    send: &Callback<ScorecardMsg>,
) -> Html {
    if candidate.role.trim().is_empty() {
        return Html::default();
    }
    let role = state.doc.role_of(candidate);
    let count = if role.questions.is_empty() {
        text::COUNT_NONE.to_owned()
    } else {
        fill(text::COUNT, &[("count", &role.questions.len().to_string())])
    };
    let (stage, question) = (NodeRef::default(), NodeRef::default());
    let probes: Vec<NodeRef> = COMPETENCIES.iter().map(|_| NodeRef::default()).collect();
    let checks = COMPETENCIES.iter().zip(&probes).map(|(competency, node)| {
        let id = ["br-question-probe-", competency.id].concat();
        html! {
            <label class="br-check" for={id.clone()}>
                <input type="checkbox" {id} ref={node} />
                { competency.label }
            </label>
        }
    });
    let onsubmit = {
        let (stage, question, probes) = (stage.clone(), question.clone(), probes.clone());
        let (send, candidate) = (send.clone(), candidate.id.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            send.emit(read_form(&candidate, &stage, &question, &probes));
        })
    };
    let refused = state.question_refused.as_ref().map(refusal_text);
    html! {
        <section class="br-questions br-no-print" aria-labelledby="br-questions-heading">
            <h3 id="br-questions-heading" class="br-subtitle" tabindex="-1">
                { fill(text::HEADING, &[("role", &role.name)]) }
            </h3>
            <p class="br-hint">{ text::HINT }</p>
            <p role="status">{ count }</p>
            // Keyed by the bank's size: a question added empties the form, a refused
            // one keeps what was typed.
            <form key={role.questions.len()} class="br-question-form br-no-print" {onsubmit}>
                <label class="br-label" for="br-question-stage">{ text::STAGE }</label>
                <select class="br-input" id="br-question-stage" ref={stage}>
                    { for STAGES.iter().map(|stage| html! {
                        <option value={stage.id}>{ stage.label }</option>
                    }) }
                </select>
                <label class="br-label" for="br-question-text">{ text::TEXT }</label>
                <textarea class="br-input" id="br-question-text" rows="3" ref={question}
                    maxlength={MAX_QUESTION_CHARS.to_string()}
                    aria-describedby="br-question-text-hint" />
                <p class="br-hint" id="br-question-text-hint">{ text::TEXT_HINT }</p>
                <fieldset class="br-fieldset br-question-probes">
                    <legend class="br-legend br-label">{ text::PROBES }</legend>
                    { for checks }
                </fieldset>
                { problem_view(refused) }
                <div class="br-actions">
                    <button type="submit" class="br-button">{ text::ADD }</button>
                </div>
            </form>
        </section>
    }
}

/// The message the form sends (an unknown stage, a form not in the page: nothing
/// typed, which the reducer refuses).
fn read_form(
    candidate: &str,
    stage: &NodeRef,
    question: &NodeRef,
    probes: &[NodeRef],
) -> ScorecardMsg {
    let stage = stage
        .cast::<HtmlSelectElement>()
        .map(|select| select.value());
    let stage = STAGES
        .iter()
        .find(|known| Some(known.id) == stage.as_deref())
        .map_or(STAGES[0].id, |known| known.id);
    let checked = |node: &NodeRef| {
        node.cast::<HtmlInputElement>()
            .is_some_and(|input| input.checked())
    };
    let probes = COMPETENCIES
        .iter()
        .zip(probes)
        .filter(|(_, node)| checked(node))
        .map(|(competency, _)| competency.id)
        .collect();
    let text = question
        .cast::<HtmlTextAreaElement>()
        .map(|field| field.value());
    ScorecardMsg::Edit(DocEdit::AddQuestion {
        candidate: candidate.to_owned(),
        stage,
        text: text.unwrap_or_default(),
        probes,
    })
}

fn refusal_text(refused: &QuestionRefusal) -> &'static str {
    match refused {
        QuestionRefusal::Invalid(QuestionProblem::BlankText) => text::REFUSED_BLANK,
        QuestionRefusal::Invalid(QuestionProblem::TooLong) => text::REFUSED_TOO_LONG,
        QuestionRefusal::Invalid(QuestionProblem::NoProbes) => text::REFUSED_NO_PROBES,
        QuestionRefusal::Invalid(_) => text::REFUSED_INVALID,
        QuestionRefusal::Bank(BankRefusal::Duplicate) => text::REFUSED_DUPLICATE,
        QuestionRefusal::Bank(BankRefusal::Full) => text::REFUSED_FULL,
        QuestionRefusal::NoRole => text::NO_ROLE,
    }
}
