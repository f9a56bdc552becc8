//! A hiring team's own questions (issue 12.5) on screen: a stage's question bank with
//! the team's questions for the role after the guide's, each marked as the team's own
//! (on the candidate page and in the interview form), and the editor on the candidate
//! page that adds and removes them. Display only; the reducer applies the rules
//! (`crate::scorecard::questions`). Texts from `crate::content::active::questions`.

use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::candidate::{competency_labels, stage_label};
use super::state::{ScorecardMsg, ScorecardState};
use crate::content::active::questions as text;
use crate::content::around;
use crate::content::fill_named as fill;
use crate::content::interview_text as bank_text;
use crate::content::scorecard::{Stage, COMPETENCIES, STAGES};
use crate::scorecard::edit::QuestionRefusal;
use crate::scorecard::questions::{at_stage, BankRefusal, QuestionProblem, TeamQuestion};
use crate::scorecard::{Candidate, MAX_QUESTION_CHARS};

/// A stage's questions: the guide's, then the team's own for the role, each with the
/// competencies it probes, folded away.
pub fn question_bank_view(stage: &Stage, team: &[TeamQuestion]) -> Html {
    let own: Vec<&TeamQuestion> = at_stage(team, stage.id).collect();
    let count = stage.questions.len() + own.len();
    let guide = stage
        .questions
        .iter()
        .map(|question| bank_item(question.prompt, question.probes, false));
    let team = own
        .iter()
        .map(|question| bank_item(&question.text, &question.probes, true));
    html! {
        <details class="br-bank">
            <summary>{ bank_text::QUESTION_BANK }{ " (" }{ count }{ ")" }</summary>
            <ol class="br-bank-list">{ for guide }{ for team }</ol>
        </details>
    }
}

fn bank_item(prompt: &str, probes: &[&str], own: bool) -> Html {
    html! {
        <li class={classes!(own.then_some("br-bank-own"))}>
            if own { <p class="br-tag">{ text::OWN }</p> }
            <p class="br-bank-prompt">{ prompt.to_owned() }</p>
            <p class="br-hint">
                { around(bank_text::PROBES).0 }{ competency_labels(probes) }
                { around(bank_text::PROBES).1 }
            </p>
        </li>
    }
}

/// The editor of the team's own questions for the candidate's role.
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
    html! {
        <section class="br-questions" aria-labelledby="br-questions-heading">
            <h3 id="br-questions-heading" class="br-subtitle" tabindex="-1">
                { fill(text::HEADING, &[("role", &role.name)]) }
            </h3>
            <p class="br-hint">{ text::HINT }</p>
            <p class="br-questions-count" role="status">{ count }</p>
            { list_view(&role.name, &role.questions, send) }
            // Keyed by the bank's size: a question added empties the form, a refused
            // one keeps what was typed.
            <AddForm key={role.questions.len()} candidate={AttrValue::from(candidate.id.clone())}
                refused={state.question_refused.clone()} send={send.clone()} />
        </section>
    }
}

fn list_view(role: &str, questions: &[TeamQuestion], send: &Callback<ScorecardMsg>) -> Html {
    if questions.is_empty() {
        return Html::default();
    }
    let items = questions.iter().enumerate().map(|(index, question)| {
        let id = format!("br-team-question-{index}");
        let remove = {
            let (role, stage, question) = (role.to_owned(), question.stage, question.text.clone());
            send.reform(move |_: MouseEvent| ScorecardMsg::RemoveQuestion {
                role: role.clone(),
                stage,
                text: question.clone(),
            })
        };
        html! {
            <li class="br-team-question">
                <div id={id.clone()}>
                    <p class="br-bank-prompt">
                        <strong>{ stage_label(question.stage) }{ ": " }</strong>{ &question.text }
                    </p>
                    <p class="br-hint">
                        { around(bank_text::PROBES).0 }{ competency_labels(&question.probes) }
                        { around(bank_text::PROBES).1 }
                    </p>
                </div>
                <button type="button" class="br-button br-button--quiet br-no-print"
                    onclick={remove} aria-describedby={id}>{ text::REMOVE }</button>
            </li>
        }
    });
    html! {
        <ul class="br-team-questions">{ for items }</ul>
    }
}

#[derive(Properties, PartialEq)]
struct AddFormProps {
    candidate: AttrValue,
    refused: Option<QuestionRefusal>,
    send: Callback<ScorecardMsg>,
}

/// The form that adds a question: a stage, the text, and the competencies it probes.
#[component]
fn AddForm(props: &AddFormProps) -> Html {
    let stage = use_node_ref();
    let question = use_node_ref();
    let probes: Vec<NodeRef> = COMPETENCIES.iter().map(|_| NodeRef::default()).collect();
    let onsubmit = {
        let (stage, question, probes) = (stage.clone(), question.clone(), probes.clone());
        let (send, candidate) = (props.send.clone(), props.candidate.to_string());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some(msg) = read_form(&candidate, &stage, &question, &probes) else {
                return;
            };
            send.emit(msg);
        })
    };
    let checks = COMPETENCIES.iter().zip(probes).map(|(competency, node)| {
        let id = ["br-question-probe-", competency.id].concat();
        html! {
            <li>
                <label class="br-check" for={id.clone()}>
                    <input type="checkbox" {id} ref={node} value={competency.id} />
                    { competency.label }
                </label>
            </li>
        }
    });
    html! {
        <form class="br-question-form br-no-print" {onsubmit}>
            <label class="br-label" for="br-question-stage">{ text::STAGE }</label>
            <select class="br-input" id="br-question-stage" ref={stage}>
                { for STAGES.iter().map(|stage| html! {
                    <option value={stage.id}>{ stage.label }</option>
                }) }
            </select>
            <label class="br-label" for="br-question-text">{ text::TEXT }</label>
            <textarea class="br-input" id="br-question-text" rows="3" ref={question}
                maxlength={MAX_QUESTION_CHARS.to_string()} aria-describedby="br-question-text-hint" />
            <p class="br-hint" id="br-question-text-hint">{ text::TEXT_HINT }</p>
            <fieldset class="br-fieldset">
                <legend class="br-legend br-label">{ text::PROBES }</legend>
                <ul class="br-question-probes">{ for checks }</ul>
            </fieldset>
            if let Some(refused) = &props.refused {
                <p class="br-alert" role="alert">{ refusal_text(refused) }</p>
            }
            <div class="br-actions">
                <button type="submit" class="br-button">{ text::ADD }</button>
            </div>
        </form>
    }
}

/// The message the form sends; `None` when it is not in the page.
fn read_form(
    candidate: &str,
    stage: &NodeRef,
    question: &NodeRef,
    probes: &[NodeRef],
) -> Option<ScorecardMsg> {
    let stage = stage.cast::<HtmlSelectElement>()?.value();
    let stage = STAGES.iter().find(|known| known.id == stage)?.id;
    let probes = COMPETENCIES
        .iter()
        .zip(probes)
        .filter(|(_, node)| {
            node.cast::<HtmlInputElement>()
                .is_some_and(|input| input.checked())
        })
        .map(|(competency, _)| competency.id)
        .collect();
    Some(ScorecardMsg::AddQuestion {
        candidate: candidate.to_owned(),
        stage,
        text: question.cast::<HtmlTextAreaElement>()?.value(),
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
