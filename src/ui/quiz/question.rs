//! One question screen: a fieldset of native radio buttons or checkboxes, a progress
//! bar, and back / next. Display only: every change goes out through callbacks.

use yew::prelude::*;

use crate::content::fill;
use crate::content::messages::quiz as text;
use crate::content::quiz::{Kind, Question};
use crate::quiz::Answers;
use crate::ui::button::{button_view, Look};

/// What the question screen can ask for.
#[derive(Clone, PartialEq)]
pub struct QuestionCallbacks {
    /// (question id, answer id) of a clicked answer.
    pub pick: Callback<(&'static str, &'static str)>,
    pub next: Callback<()>,
    pub back: Callback<()>,
}

/// The `index`-th of `total` visible questions.
pub fn question_view(
    question: &'static Question,
    index: usize,
    total: usize,
    answers: &Answers,
    on: &QuestionCallbacks,
) -> Html {
    let chosen = answers.chosen(question.id);
    let next_label = match (index + 1 == total, chosen.is_empty()) {
        (true, _) => text::SEE_RESULT,
        (false, true) => text::SKIP,
        (false, false) => text::NEXT,
    };
    let (kind_hint, input_type) = match question.kind {
        Kind::Single => (text::CHOOSE_ONE, "radio"),
        Kind::Multi => (text::CHOOSE_ANY, "checkbox"),
    };
    let onsubmit = on.next.reform(|event: SubmitEvent| event.prevent_default());
    let progress = fill!(text::QUESTION_OF, number = (index + 1), total = total);
    html! {
        <form class="br-screen br-question" {onsubmit}>
            <p class="br-progress-label" id="br-progress">{ progress }</p>
            <progress class="br-progress" max={total.to_string()} value={(index + 1).to_string()}
                aria-labelledby="br-progress"></progress>
            <fieldset class="br-fieldset" aria-describedby="br-hint">
                <legend class="br-legend">
                    <h2 class="br-title" tabindex="-1" data-focus="">{ question.prompt }</h2>
                </legend>
                <p class="br-hint" id="br-hint">{ question.hint }{ " " }{ kind_hint }</p>
                { for question.answers.iter().map(|answer| {
                    let checked = chosen.iter().any(|id| id == answer.id);
                    let pick = (question.id, answer.id);
                    let onchange = on.pick.reform(move |_: Event| pick);
                    html! {
                        <div class="br-choice" key={answer.id}>
                            <input type={input_type} id={answer.id} name={question.id}
                                value={answer.id} {checked} {onchange} />
                            <label for={answer.id}>{ answer.label }</label>
                        </div>
                    }
                }) }
            </fieldset>
            <div class="br-actions">
                { button_view(text::BACK, Look::Quiet, &on.back) }
                <button type="submit" class="br-button">{ next_label }</button>
            </div>
        </form>
    }
}
