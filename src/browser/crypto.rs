//! Web Crypto at the edge (issue 18, item 4): this browser's interviewer key (ECDSA
//! P-256), signing a submitted version's canonical bytes with it, and checking a
//! signature that arrived. Async over `wasm-bindgen-futures`. Web Crypto is missing in
//! an insecure context (and may fail anywhere): every call then comes back as `None`
//! or `false`, never a panic, so a submit is never lost (it stays unsigned).
//! What is signed and how a key is judged: `crate::scorecard::signing`.

use js_sys::{Array, Object, Reflect, Uint8Array, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CryptoKey, SubtleCrypto};

use crate::scorecard::signing::{base64url_decode, base64url_encode, Signature};
use crate::storage::identity::public_key;

/// Web Crypto's `subtle`, when this context has it.
fn subtle() -> Option<SubtleCrypto> {
    let crypto = web_sys::window()?.crypto().ok()?;
    let subtle = Reflect::get(&crypto, &JsValue::from_str("subtle")).ok()?;
    (!subtle.is_undefined() && !subtle.is_null()).then(|| subtle.unchecked_into())
}

/// Whether this context has Web Crypto (a page served over HTTPS, or from this machine).
pub fn available() -> bool {
    subtle().is_some()
}

/// A plain object of string members.
fn object(members: &[(&str, &str)]) -> Object {
    let object = Object::new();
    for (key, value) in members {
        let _ = Reflect::set(&object, &JsValue::from_str(key), &JsValue::from_str(value));
    }
    object
}

fn curve() -> Object {
    object(&[("name", "ECDSA"), ("namedCurve", "P-256")])
}

fn with_hash() -> Object {
    object(&[("name", "ECDSA"), ("hash", "SHA-256")])
}

fn usages(usage: &str) -> JsValue {
    Array::of1(&JsValue::from_str(usage)).into()
}

async fn wait(promise: Result<js_sys::Promise, JsValue>) -> Option<JsValue> {
    JsFuture::from(promise.ok()?).await.ok()
}

fn bytes_of(value: &JsValue) -> Vec<u8> {
    Uint8Array::new(value).to_vec()
}

/// The signing key of a stored JWK text and its public key; `None` when the text is
/// not a P-256 private key or Web Crypto refuses it.
pub async fn load_identity(jwk: &str) -> Option<(CryptoKey, String)> {
    let public = public_key(jwk)?;
    let subtle = subtle()?;
    let data: Object = JSON::parse(jwk).ok()?.dyn_into().ok()?;
    let promise = subtle.import_key_with_object("jwk", &data, &curve(), false, &usages("sign"));
    let key = wait(promise).await?.dyn_into().ok()?;
    Some((key, public))
}

/// A new interviewer key: its JWK text to store, the signing key and the public key.
pub async fn new_identity() -> Option<(String, CryptoKey, String)> {
    let subtle = subtle()?;
    let usages: JsValue = Array::of2(&"sign".into(), &"verify".into()).into();
    let pair = wait(subtle.generate_key_with_object(&curve(), true, &usages)).await?;
    let private: CryptoKey = Reflect::get(&pair, &"privateKey".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let jwk = wait(subtle.export_key("jwk", &private)).await?;
    let text = JSON::stringify(&jwk).ok()?.as_string()?;
    let (key, public) = load_identity(&text).await?;
    Some((text, key, public))
}

/// `bytes` signed with `key`: the signature, base64url.
pub async fn sign(key: &CryptoKey, bytes: &[u8]) -> Option<String> {
    let subtle = subtle()?;
    let signed = wait(subtle.sign_with_object_and_u8_array(&with_hash(), key, bytes)).await?;
    Some(base64url_encode(&bytes_of(&signed)))
}

/// Whether `signature` by the public key `key` (both base64url, of the exact shape
/// `Signature::parse` reads) signs `bytes`. `false` too when Web Crypto is missing: a
/// signature nobody can check is unverified.
pub async fn verify(key: &str, signature: &str, bytes: &[u8]) -> bool {
    if Signature::parse(key, signature).is_none() {
        return false;
    }
    let (Some(raw_key), Some(raw_signature)) = (base64url_decode(key), base64url_decode(signature))
    else {
        return false;
    };
    let Some(subtle) = subtle() else {
        return false;
    };
    let data = Uint8Array::from(raw_key.as_slice());
    let promise = subtle.import_key_with_object("raw", &data, &curve(), false, &usages("verify"));
    let Some(public) = wait(promise)
        .await
        .and_then(|key| key.dyn_into::<CryptoKey>().ok())
    else {
        return false;
    };
    let promise = subtle.verify_with_object_and_u8_array_and_u8_array(
        &with_hash(),
        &public,
        &raw_signature,
        bytes,
    );
    wait(promise).await.and_then(|ok| ok.as_bool()) == Some(true)
}
