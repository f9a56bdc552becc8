//! The root component: theme and language wrapper, then the screen of the mode.

use web_sys::HtmlElement;
use yew::prelude::*;

use super::option_error::option_error_view;
use super::quiz::QuizWidget;
use super::scorecard::ScorecardWidget;
use crate::content::messages::{LANG, MODE_NOT_IN_BUILD};
use crate::embed::options::{Mode, OptionProblem, WidgetOptions};

/// What one mounted widget shows.
#[derive(PartialEq, Clone)]
pub struct Widget {
    /// Checked options, or the problems that stop the widget from starting.
    pub options: Result<WidgetOptions, Vec<OptionProblem>>,
    /// The `<backend-ready>` element: events to the host page are sent from it.
    pub host: HtmlElement,
    /// Which mount this is: a new mount starts with fresh component state.
    pub generation: u32,
}

#[derive(Properties, PartialEq, Clone, Default)]
pub struct AppProps {
    /// `None` while the app waits in the pool between mounts: it renders nothing.
    pub widget: Option<Widget>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let Some(widget) = &props.widget else {
        return Html::default();
    };
    match &widget.options {
        Ok(options) => {
            let theme = format!("br br--{}", options.theme.as_str());
            html! {
                <div class={theme} lang={options.locale.clone()}>
                    { mode_view(options, widget) }
                </div>
            }
        }
        Err(problems) => html! {
            <div class="br br--light" lang={LANG}>
                { option_error_view(problems) }
            </div>
        },
    }
}

/// The mode's screens; a mode left out of this build (see the crate features) says so.
fn mode_view(options: &WidgetOptions, widget: &Widget) -> Html {
    match options.mode {
        Mode::Quiz if cfg!(feature = "quiz") => {
            let key = format!("{}:{}", widget.generation, options.storage_key);
            html! { <QuizWidget {key} options={options.clone()} host={widget.host.clone()} /> }
        }
        Mode::Scorecard if cfg!(feature = "scorecard") => {
            let key = format!("{}:{}", widget.generation, options.storage_key);
            html! {
                <ScorecardWidget {key} options={options.clone()} host={widget.host.clone()} />
            }
        }
        _ => html! { <p role="alert">{ MODE_NOT_IN_BUILD }</p> },
    }
}
