//! The host page's location (share links live in its fragment), the clipboard and print.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Fragment parameter that carries quiz answers in a share link.
pub const SHARE_PARAM: &str = "br-quiz=";

/// Fragment parameter that carries a submitted interview (a scorecard file, URI-encoded).
pub const INTERVIEW_PARAM: &str = "br-interview=";

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

/// The interview file carried by a link, decoded; `None` when there is none or its
/// encoding is broken.
pub fn interview_in_fragment() -> Option<String> {
    let encoded = fragment_param(INTERVIEW_PARAM)?;
    js_sys::decode_uri_component(&encoded)
        .ok()
        .map(String::from)
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

/// This page's address with `encoded` answers as the share fragment.
pub fn share_link(encoded: &str) -> String {
    format!("{}#{SHARE_PARAM}{encoded}", page_address())
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
