//! Shown in place of the widget when the host page set an option we cannot use.

use yew::prelude::*;

use crate::content::messages::{OPTION_ERROR_HEADING, OPTION_ERROR_HINT};
use crate::embed::options::OptionProblem;

/// The notice listing every option problem.
pub fn option_error_view(problems: &[OptionProblem]) -> Html {
    html! {
        <section class="br-screen br-error" role="alert">
            <h2 class="br-title">{ OPTION_ERROR_HEADING }</h2>
            <p>{ OPTION_ERROR_HINT }</p>
            <ul class="br-problems">
                { for problems.iter().map(|problem| html! {
                    <li>
                        <code>{ format!("{}=\"{}\"", problem.option, problem.value) }</code>
                        { " — " }{ &problem.message }
                    </li>
                }) }
            </ul>
        </section>
    }
}
