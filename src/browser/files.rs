//! Files the user saves or opens: a download made from a string in memory (nothing is
//! uploaded), and the text of a file picked in an `<input type="file">`.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, HtmlInputElement, Url};

/// Offers `text` as a file named `name`; false when the browser refused.
pub fn download(name: &str, mime: &str, text: &str) -> bool {
    try_download(name, mime, text).is_ok()
}

fn try_download(name: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    let document = web_sys::window()
        .and_then(|window| window.document())
        .ok_or(JsValue::NULL)?;
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = Url::create_object_url_with_blob(&blob)?;
    let link: HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.click();
    Url::revoke_object_url(&url)?;
    Ok(())
}

/// The text of the first file picked in `input`, `None` when there is none or it
/// cannot be read. The input is cleared so picking the same file again works.
pub async fn picked_text(input: &HtmlInputElement) -> Option<String> {
    let file = input.files()?.get(0)?;
    input.set_value("");
    let text = JsFuture::from(file.text()).await.ok()?;
    text.as_string()
}

/// A fresh id for a record made in this browser: `prefix`, the time and randomness, so
/// records made in different browsers never share one.
pub fn new_id(prefix: &str) -> String {
    let time = js_sys::Date::now() as u64;
    let random = (js_sys::Math::random() * 2f64.powi(40)) as u64;
    format!("{prefix}{}{}", radix36(time), radix36(random))
}

fn radix36(mut value: u64) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(value % 36) as usize]);
        value /= 36;
        if value == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}
