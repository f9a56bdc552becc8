//! The wasm entry point: `mount(host, root, options)` shows one widget inside `root`
//! (in the host's shadow root) and returns a handle with `update` and `unmount`. Here
//! in `ui` rather than in `embed`, so that `embed` (options and events) never imports
//! `ui`, which imports it.
//!
//! Yew apps are pooled, not destroyed. Yew registers its delegated event listeners on an
//! app's root element and never removes them, so destroying an app leaks its listeners
//! and root element (measured: one listener and one element per mount). A pooled app
//! keeps its element and listeners, waits detached and empty, and serves the next
//! mount; the pool never outgrows the most widgets shown at once.

use std::cell::{Cell, RefCell};

use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement};
use yew::AppHandle;

use super::app::{App, AppProps, Widget};
#[cfg(feature = "scorecard")]
use super::data_api::{find, when_registered, DataApi, ImportOutcome};
use crate::embed::events::{emit, Detail};
use crate::embed::options::{parse_options, Mode, OptionProblem, ParsedOptions};

/// Version of the widget, sent with `backend-ready:mounted`.
pub const WIDGET_VERSION: &str = env!("CARGO_PKG_VERSION");

/// A Yew app and the element it renders into.
struct PooledApp {
    element: Element,
    app: AppHandle<App>,
}

thread_local! {
    static IDLE_APPS: RefCell<Vec<PooledApp>> = const { RefCell::new(Vec::new()) };
    static MOUNTS: Cell<u32> = const { Cell::new(0) };
}

/// A mounted widget, owned by `embed.js`.
#[wasm_bindgen]
pub struct MountedWidget {
    host: HtmlElement,
    /// Tells this mount's components apart from the previous user of the same app.
    generation: u32,
    pooled: Option<PooledApp>,
    /// A scorecard with usable options: it registers a data API (`super::data_api`).
    #[cfg_attr(not(feature = "scorecard"), allow(dead_code))]
    offers_data: bool,
}

/// Shows a widget inside `root` with raw `options` (an object of strings).
#[wasm_bindgen]
pub fn mount(host: HtmlElement, root: Element, options: JsValue) -> MountedWidget {
    let generation = MOUNTS.with(|mounts| {
        mounts.set(mounts.get().wrapping_add(1));
        mounts.get()
    });
    let mut widget = MountedWidget {
        pooled: take_app(&root),
        host,
        generation,
        offers_data: false,
    };
    if let Some(pooled) = &widget.pooled {
        let _ = root.append_child(&pooled.element);
    }
    widget.update(options);
    widget
}

/// An idle app from the pool, or a new one rendering into a new element.
fn take_app(root: &Element) -> Option<PooledApp> {
    if let Some(pooled) = IDLE_APPS.with(|idle| idle.borrow_mut().pop()) {
        return Some(pooled);
    }
    let element = root.owner_document()?.create_element("div").ok()?;
    let app = yew::Renderer::<App>::with_root_and_props(element.clone(), AppProps::default());
    Some(PooledApp {
        app: app.render(),
        element,
    })
}

#[wasm_bindgen]
impl MountedWidget {
    /// Applies changed options (an attribute changed) without losing the widget's state.
    pub fn update(&mut self, options: JsValue) {
        let widget = widget_for(&self.host, &options, self.generation);
        self.offers_data =
            matches!(&widget.options, Ok(options) if options.mode == Mode::Scorecard);
        if let Some(pooled) = self.pooled.as_mut() {
            pooled.app.update(AppProps {
                widget: Some(widget.clone()),
            });
        }
        announce(&self.host, &widget);
    }

    /// Removes the widget and returns its app to the pool. Calling it twice is harmless.
    pub fn unmount(&mut self) {
        if let Some(mut pooled) = self.pooled.take() {
            pooled.app.update(AppProps::default());
            pooled.element.remove();
            IDLE_APPS.with(|idle| idle.borrow_mut().push(pooled));
        }
    }
}

/// The data API (`crate::ui::data_api`): in the scorecard builds only, so the quiz's
/// wasm does not carry it (embed.js says so when a quiz widget is asked).
#[cfg(feature = "scorecard")]
#[wasm_bindgen]
impl MountedWidget {
    /// Resolves once the data API can be used (the widget's first render), or rejects
    /// when this widget has none (a quiz, or options that stopped it).
    #[wasm_bindgen(js_name = dataReady)]
    pub fn data_ready(&self) -> js_sys::Promise {
        if self.offers_data {
            when_registered(&self.host)
        } else {
            js_sys::Promise::reject(&no_data_api())
        }
    }

    /// `handle.exportData()`: the export file of everything the widget holds, the same
    /// file as its "export everything" control writes. Scorecard widgets only.
    #[wasm_bindgen(js_name = exportData)]
    pub fn export_data(&self) -> Result<String, JsValue> {
        Ok(self.data_api()?.export_data())
    }

    /// `handle.importData(text)`: reads `text` as the import control reads a picked
    /// file; `{ offered: "scorecard" | "interview" }` when it is shown for the preview
    /// (nothing changes before the user chooses Import), `{ refused: sentence }` when it
    /// cannot be used. Scorecard widgets only.
    #[wasm_bindgen(js_name = importData)]
    pub fn import_data(&self, text: &str) -> Result<JsValue, JsValue> {
        let (key, value) = match self.data_api()?.import_data(text) {
            ImportOutcome::Offered(kind) => ("offered", kind.to_owned()),
            ImportOutcome::Refused(why) => ("refused", why),
        };
        let report = js_sys::Object::new();
        js_sys::Reflect::set(&report, &key.into(), &value.into())?;
        Ok(report.into())
    }

    fn data_api(&self) -> Result<std::rc::Rc<dyn DataApi>, JsValue> {
        find(&self.host).ok_or_else(no_data_api)
    }
}

#[cfg(feature = "scorecard")]
fn no_data_api() -> JsValue {
    let why = "backend-ready: exportData and importData work on a mounted scorecard widget";
    js_sys::Error::new(why).into()
}

fn widget_for(host: &HtmlElement, options: &JsValue, generation: u32) -> Widget {
    let raw = string_entries(options);
    // No page language: embed.js already picked this build by the element's language
    // (its `locale`, else the closest `lang`), and a build shows its own language only,
    // so an absent or other `locale` falls back to it (see `SUPPORTED_LOCALES`).
    let ParsedOptions {
        result,
        unknown_names,
    } = parse_options(&raw, None);
    for name in unknown_names {
        let warning = format!("backend-ready: unknown option \"{name}\" ignored.");
        web_sys::console::warn_1(&warning.into());
    }
    Widget {
        options: result,
        host: host.clone(),
        generation,
    }
}

/// The string-valued own properties of a plain object (`embed.js` passes strings only;
/// anything else is skipped). Read by hand: serde's deserializer costs ~15 KB of wasm.
fn string_entries(options: &JsValue) -> Vec<(String, String)> {
    let Some(object) = options.dyn_ref::<js_sys::Object>() else {
        return Vec::new();
    };
    js_sys::Object::entries(object)
        .iter()
        .filter_map(|entry| {
            let pair = js_sys::Array::from(&entry);
            Some((pair.get(0).as_string()?, pair.get(1).as_string()?))
        })
        .collect()
}

/// Tells the host page (events) and the site owner (console) how mounting went.
fn announce(host: &HtmlElement, widget: &Widget) {
    match &widget.options {
        Ok(options) => {
            let detail = Detail::new()
                .with("mode", options.mode.as_str())
                .with("version", WIDGET_VERSION);
            emit(host, "mounted", detail);
        }
        Err(problems) => {
            for problem in problems {
                web_sys::console::warn_1(&console_line(problem).into());
            }
            let problems = problems.iter().map(problem_detail);
            emit(
                host,
                "option-error",
                Detail::new().with_objects("problems", problems),
            );
        }
    }
}

fn console_line(problem: &OptionProblem) -> String {
    format!(
        "backend-ready: option {}=\"{}\": {}",
        problem.option, problem.value, problem.message
    )
}

fn problem_detail(problem: &OptionProblem) -> Detail {
    Detail::new()
        .with("option", problem.option.as_str())
        .with("value", problem.value.as_str())
        .with("message", problem.message.as_str())
}
