//! The wasm entry point: `mount(host, root, options)` renders one widget into `root`
//! (inside the host's shadow root) and returns a handle with `update` and `unmount`.

use std::collections::BTreeMap;

use serde::Serialize;
use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement};
use yew::AppHandle;

use super::events::emit;
use super::options::{parse_options, OptionProblem, ParsedOptions};
use crate::ui::app::{App, AppProps};

/// Version of the widget, sent with `backend-ready:mounted`.
pub const WIDGET_VERSION: &str = env!("CARGO_PKG_VERSION");

/// A mounted widget, owned by `embed.js`.
#[wasm_bindgen]
pub struct MountedWidget {
    host: HtmlElement,
    app: Option<AppHandle<App>>,
}

/// Renders a widget into `root` with raw `options` (an object of strings).
#[wasm_bindgen]
pub fn mount(host: HtmlElement, root: Element, options: JsValue) -> MountedWidget {
    let props = props_for(&host, &options);
    let app = yew::Renderer::<App>::with_root_and_props(root, props.clone()).render();
    announce(&host, &props);
    MountedWidget {
        host,
        app: Some(app),
    }
}

#[wasm_bindgen]
impl MountedWidget {
    /// Applies changed options (an attribute changed) without losing the widget's state.
    pub fn update(&mut self, options: JsValue) {
        let props = props_for(&self.host, &options);
        if let Some(app) = self.app.as_mut() {
            app.update(props.clone());
        }
        announce(&self.host, &props);
    }

    /// Removes the widget and frees everything it holds. Calling it twice is harmless.
    pub fn unmount(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
    }
}

fn props_for(host: &HtmlElement, options: &JsValue) -> AppProps {
    let raw = string_entries(options);
    let page_lang = host
        .owner_document()
        .and_then(|document| document.document_element())
        .and_then(|html| html.get_attribute("lang"));
    let ParsedOptions {
        result,
        unknown_names,
    } = parse_options(&raw, page_lang.as_deref());
    for name in unknown_names {
        let warning = format!("backend-ready: unknown option \"{name}\" ignored.");
        gloo::console::warn!(warning);
    }
    AppProps {
        options: result,
        host: host.clone(),
    }
}

/// The string-valued own properties of a plain object (`embed.js` passes strings only;
/// anything else is skipped). Read by hand: serde's deserializer costs ~15 KB of wasm.
fn string_entries(options: &JsValue) -> BTreeMap<String, String> {
    let Some(object) = options.dyn_ref::<js_sys::Object>() else {
        return BTreeMap::new();
    };
    js_sys::Object::entries(object)
        .iter()
        .filter_map(|entry| {
            let pair = js_sys::Array::from(&entry);
            Some((pair.get(0).as_string()?, pair.get(1).as_string()?))
        })
        .collect()
}

#[derive(Serialize)]
struct Mounted<'a> {
    mode: &'a str,
    version: &'a str,
}

#[derive(Serialize)]
struct ProblemDetail<'a> {
    option: &'a str,
    value: &'a str,
    message: &'a str,
}

#[derive(Serialize)]
struct OptionError<'a> {
    problems: Vec<ProblemDetail<'a>>,
}

/// Tells the host page (events) and the site owner (console) how mounting went.
fn announce(host: &HtmlElement, props: &AppProps) {
    match &props.options {
        Ok(options) => {
            let mode = options.mode.as_str();
            let detail = Mounted {
                mode,
                version: WIDGET_VERSION,
            };
            emit(host, "mounted", &detail);
        }
        Err(problems) => {
            for problem in problems {
                gloo::console::warn!(console_line(problem));
            }
            let problems = problems.iter().map(problem_detail).collect();
            emit(host, "option-error", &OptionError { problems });
        }
    }
}

fn console_line(problem: &OptionProblem) -> String {
    format!(
        "backend-ready: option {}=\"{}\": {}",
        problem.option, problem.value, problem.message
    )
}

fn problem_detail(problem: &OptionProblem) -> ProblemDetail<'_> {
    ProblemDetail {
        option: &problem.option,
        value: &problem.value,
        message: &problem.message,
    }
}
