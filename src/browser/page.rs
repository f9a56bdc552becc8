//! The host page's location (share links live in its fragment), the clipboard and print.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Fragment parameter that carries quiz answers in a share link.
pub const SHARE_PARAM: &str = "br-quiz=";

/// Fragment parameter that carries a submitted interview (a scorecard file, URI-encoded).
pub const INTERVIEW_PARAM: &str = "br-interview=";

/// Fragment parameter that carries a role drafted from the quiz's recommendation
/// (`crate::scorecard::role_link`).
pub const ROLE_PARAM: &str = "br-role=";

/// The share parameter's value in the page's URL fragment, if present.
pub fn shared_fragment() -> Option<String> {
    fragment_param(SHARE_PARAM)
}

/// The value of `param` (`name=`) in the page's URL fragment, if present.
pub fn fragment_param(param: &str) -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let fragment = hash.strip_prefix('#').unwrap_or(&hash);
    fragment
        .split('&')
        .find_map(|part| part.strip_prefix(param))
        .map(str::to_owned)
}

/// The interview file carried by a link, still URI-encoded (`crate::export::link`
/// reads it); `None` when there is none.
pub fn interview_in_fragment() -> Option<String> {
    fragment_param(INTERVIEW_PARAM)
}

/// Removes the `param` (`name=`) part from the page's URL fragment with
/// `history.replaceState`, so a reload does not read it again; the rest of the fragment
/// stays.
pub fn remove_fragment_param(param: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(hash) = window.location().hash() else {
        return;
    };
    let fragment = hash.strip_prefix('#').unwrap_or(&hash);
    if !fragment.split('&').any(|part| part.starts_with(param)) {
        return;
    }
    let rest: Vec<&str> = fragment
        .split('&')
        .filter(|part| !part.starts_with(param))
        .collect();
    let mut address = page_address();
    if !rest.is_empty() {
        address.push('#');
        address.push_str(&rest.join("&"));
    }
    let history = js_sys::Reflect::get(&window, &"history".into());
    let Ok(history) = history else {
        return;
    };
    let replace = js_sys::Reflect::get(&history, &"replaceState".into())
        .ok()
        .and_then(|replace| replace.dyn_into::<js_sys::Function>().ok());
    if let Some(replace) = replace {
        let _ = replace.call3(
            &history,
            &wasm_bindgen::JsValue::NULL,
            &"".into(),
            &address.into(),
        );
    }
}

/// This page's address with `file` (an interview file) in the fragment.
pub fn interview_link(file: &str) -> String {
    let encoded = String::from(js_sys::encode_uri_component(file));
    format!("{}#{INTERVIEW_PARAM}{encoded}", page_address())
}

fn page_address() -> String {
    let href = web_sys::window()
        .and_then(|window| window.location().href().ok())
        .unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_owned()
}

/// This page's address with `encoded` as the value of `param` (`SHARE_PARAM` with
/// answers, `ROLE_PARAM` with a role link string) in the fragment.
pub fn fragment_link(param: &str, encoded: &str) -> String {
    format!("{}#{param}{encoded}", page_address())
}

/// Copies `text` to the clipboard; false when the browser refused.
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let clipboard = window.navigator().clipboard();
    if clipboard.is_undefined() {
        return false;
    }
    JsFuture::from(clipboard.write_text(text)).await.is_ok()
}

/// Opens the browser's print dialog.
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Moves keyboard focus to the first element under `root` that matches `selector`.
pub fn focus_in(root: &web_sys::Element, selector: &str) {
    let target = root.query_selector(selector).ok().flatten();
    if let Some(element) = target.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}
