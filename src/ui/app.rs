//! The root component: theme and language wrapper, then the screen of the mode.

use web_sys::HtmlElement;
use yew::prelude::*;

use super::intro::intro_view;
use super::option_error::option_error_view;
use crate::embed::options::{OptionProblem, WidgetOptions};

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// Checked options, or the problems that stop the widget from starting.
    pub options: Result<WidgetOptions, Vec<OptionProblem>>,
    /// The `<backend-ready>` element: events to the host page are sent from it.
    pub host: HtmlElement,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    match &props.options {
        Ok(options) => {
            let theme = format!("br br--{}", options.theme.as_str());
            html! {
                <div class={theme} lang={options.locale.clone()}>
                    { intro_view(options.mode) }
                </div>
            }
        }
        Err(problems) => html! {
            <div class="br br--light" lang="en">
                { option_error_view(problems) }
            </div>
        },
    }
}
