//! The data API a host page's own code calls on a mounted widget:
//! `handle.exportData()` and `handle.importData(text)` (see `embed.js` and
//! `super::mount`). A widget that offers it (the scorecard) registers a [`DataApi`]
//! for its `<backend-ready>` element while it is mounted; the mount handle finds it
//! there. The host owns any network: the widget still sends nothing.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Function, Promise};
use wasm_bindgen::JsValue;
use web_sys::HtmlElement;

/// What a widget's data API does, with the same files, checks and reports as its
/// export and import controls.
pub trait DataApi {
    /// The export file of everything the widget holds.
    fn export_data(&self) -> String;
    /// Reads `text` as the import control reads a picked file and offers it for the
    /// same preview (nothing changes before the user chooses Import).
    fn import_data(&self, text: &str) -> ImportOutcome;
}

/// How an import went: offered for the preview (a whole scorecard or one interview),
/// or refused with the import control's sentence.
pub enum ImportOutcome {
    Offered(&'static str),
    Refused(String),
}

thread_local! {
    static APIS: RefCell<Vec<(HtmlElement, Rc<dyn DataApi>)>> = const { RefCell::new(Vec::new()) };
    /// Calls made before the widget's first render registered its API: resolved then.
    static WAITING: RefCell<Vec<(HtmlElement, Function)>> = const { RefCell::new(Vec::new()) };
}

/// A widget's registration; it ends when dropped (the widget unmounts).
pub struct Registration {
    host: HtmlElement,
}

/// Registers `api` as the data API of the widget in `host`, and lets the calls that
/// waited for it go on.
pub fn register(host: &HtmlElement, api: Rc<dyn DataApi>) -> Registration {
    APIS.with(|apis| apis.borrow_mut().push((host.clone(), api)));
    let ready: Vec<Function> = WAITING.with(|waiting| {
        let mut waiting = waiting.borrow_mut();
        let (ready, rest) = waiting.drain(..).partition(|(waiter, _)| waiter == host);
        *waiting = rest;
        ready.into_iter().map(|(_, resolve)| resolve).collect()
    });
    for resolve in ready {
        let _ = resolve.call0(&JsValue::UNDEFINED);
    }
    Registration { host: host.clone() }
}

/// A promise that resolves once the widget in `host` has registered its data API
/// (its first render); at once if it has.
pub fn when_registered(host: &HtmlElement) -> Promise {
    Promise::new(&mut |resolve, _reject| {
        if find(host).is_some() {
            let _ = resolve.call0(&JsValue::UNDEFINED);
        } else {
            WAITING.with(|waiting| waiting.borrow_mut().push((host.clone(), resolve)));
        }
    })
}

/// The data API of the widget in `host`, if it offers one.
pub fn find(host: &HtmlElement) -> Option<Rc<dyn DataApi>> {
    APIS.with(|apis| {
        let apis = apis.borrow();
        let found = apis.iter().rev().find(|(registered, _)| registered == host);
        found.map(|(_, api)| api.clone())
    })
}

impl Drop for Registration {
    fn drop(&mut self) {
        let _left = APIS.try_with(|apis| {
            let mut apis = apis.try_borrow_mut().ok()?;
            let index = apis.iter().rposition(|(host, _)| *host == self.host)?;
            Some(apis.remove(index))
        });
    }
}
