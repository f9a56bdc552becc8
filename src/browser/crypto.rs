//! Web Crypto at the edge (issue 18, item 4): this browser's interviewer key (ECDSA
//! P-256), signing a submitted version's canonical bytes with it, and checking a
//! signature that arrived. Web Crypto is missing in an insecure context (and may fail
//! anywhere): every call then comes back as `None` or `false`, never a panic, so a submit
//! is never lost (it stays unsigned).
//!
//! The Web Crypto calls are a few lines of JavaScript (`WEB_CRYPTO` below; the build
//! bundles them into the glue), each one promise that Rust awaits once: written with
//! `web-sys` bindings, every step's promise, object and cast cost about 1 KB of gzip in
//! the scorecard's wasm (0.8 KB net of the glue; Session 6, BENCHMARKS.md). What is signed and how a key is
//! judged: `crate::scorecard::signing`.

use js_sys::{Promise, Uint8Array};
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

use crate::scorecard::signing::{base64url_decode, base64url_encode, Signature};
use crate::storage::identity::public_key;

/// A signing key as Web Crypto holds it (a `CryptoKey`, never read in Rust).
pub type SigningKey = JsValue;

// ECDSA P-256 with SHA-256. A function throws (its promise rejects) when Web Crypto is
// missing or refuses. `verify_bytes` copies the bytes first: they are views into the
// wasm memory, which may move while the key is imported.
#[wasm_bindgen(inline_js = r#"
const CURVE = { name: "ECDSA", namedCurve: "P-256" };
const HASH = { name: "ECDSA", hash: "SHA-256" };
const subtle = () => globalThis.crypto && globalThis.crypto.subtle;
export function has_subtle() { return !!subtle(); }
export async function import_signing(jwk) {
  return subtle().importKey("jwk", JSON.parse(jwk), CURVE, false, ["sign"]);
}
export async function generate_jwk() {
  const pair = await subtle().generateKey(CURVE, true, ["sign", "verify"]);
  return JSON.stringify(await subtle().exportKey("jwk", pair.privateKey));
}
export async function sign_bytes(key, bytes) {
  return new Uint8Array(await subtle().sign(HASH, key, bytes));
}
export async function verify_bytes(raw, signature, bytes) {
  const [sig, data] = [signature.slice(), bytes.slice()];
  const key = await subtle().importKey("raw", raw, CURVE, false, ["verify"]);
  return subtle().verify(HASH, key, sig, data);
}
"#)]
extern "C" {
    fn has_subtle() -> bool;
    fn import_signing(jwk: &str) -> Promise;
    fn generate_jwk() -> Promise;
    fn sign_bytes(key: &SigningKey, bytes: &[u8]) -> Promise;
    fn verify_bytes(raw: &[u8], signature: &[u8], bytes: &[u8]) -> Promise;
}

/// Whether this context has Web Crypto (a page served over HTTPS, or from this machine).
pub fn available() -> bool {
    has_subtle()
}

/// What `promise` resolves to; `None` when it rejects.
async fn settled(promise: Promise) -> Option<JsValue> {
    JsFuture::from(promise).await.ok()
}

/// The signing key of a stored JWK text and its public key; `None` when the text is
/// not a P-256 private key or Web Crypto refuses it.
pub async fn load_identity(jwk: &str) -> Option<(SigningKey, String)> {
    let public = public_key(jwk)?;
    let key = settled(import_signing(jwk)).await?;
    Some((key, public))
}

/// A new interviewer key: its JWK text to store, the signing key and the public key.
pub async fn new_identity() -> Option<(String, SigningKey, String)> {
    let text = settled(generate_jwk()).await?.as_string()?;
    let (key, public) = load_identity(&text).await?;
    Some((text, key, public))
}

/// `bytes` signed with `key`: the signature, base64url.
pub async fn sign(key: &SigningKey, bytes: &[u8]) -> Option<String> {
    let signed = settled(sign_bytes(key, bytes)).await?;
    Some(base64url_encode(&Uint8Array::new(&signed).to_vec()))
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
    let checked = settled(verify_bytes(&raw_key, &raw_signature, bytes)).await;
    checked.and_then(|ok| ok.as_bool()) == Some(true)
}
