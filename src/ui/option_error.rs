//! Shown in place of the widget when the host page set an option we cannot use.

use yew::prelude::*;

use crate::content::messages::{OPTION_ERROR_HEADING, OPTION_ERROR_HINT};
use crate::embed::options::OptionProblem;

#[derive(Properties, PartialEq)]
pub struct OptionErrorProps {
    pub problems: Vec<OptionProblem>,
}

#[component]
pub fn OptionErrorNotice(props: &OptionErrorProps) -> Html {
    html! {
        <section class="br-screen br-error" role="alert">
            <h2 class="br-title">{ OPTION_ERROR_HEADING }</h2>
            <p>{ OPTION_ERROR_HINT }</p>
            <ul class="br-problems">
                { for props.problems.iter().map(|problem| html! {
                    <li>
                        <code>{ format!("{}=\"{}\"", problem.option, problem.value) }</code>
                        { " — " }{ &problem.message }
                    </li>
                }) }
            </ul>
        </section>
    }
}
