//! This browser's interviewer key as stored (issue 18, item 4), pure: the private key
//! as the JWK text Web Crypto exports (`{"kty":"EC","crv":"P-256","x":…,"y":…,"d":…}`),
//! under `<storage-key>:scorecard:identity` ([`identity_key`]), beside the scorecard.
//! Reading it gives the public key as signatures carry it
//! (`crate::scorecard::signing`: the uncompressed point, base64url). A text that is
//! not such a key is damaged: the edge makes a new key, and nothing is lost (every
//! signature carries the public key that checks it).

use crate::codec::json::{self, Value};
use crate::scorecard::signing::{base64url_decode, base64url_encode};

use super::document_key;

/// The localStorage key of the interviewer key of the scorecard stored under
/// `storage_key`.
pub fn identity_key(storage_key: &str) -> String {
    format!("{}:identity", document_key(storage_key, "scorecard"))
}

/// The public key (base64url of 0x04, x, y) of a stored P-256 private JWK; `None`
/// when `text` is not one.
pub fn public_key(text: &str) -> Option<String> {
    let root = json::parse(text).ok()?;
    let member = |name: &str| root.get(name).and_then(Value::as_str);
    if member("kty") != Some("EC") || member("crv") != Some("P-256") {
        return None;
    }
    let coordinate = |name: &str| {
        let text = member(name)?;
        let bytes = base64url_decode(text)?;
        (bytes.len() == 32 && base64url_encode(&bytes) == text).then_some(bytes)
    };
    let (x, y) = (coordinate("x")?, coordinate("y")?);
    coordinate("d")?;
    let mut point = vec![4u8];
    point.extend(x);
    point.extend(y);
    Some(base64url_encode(&point))
}
