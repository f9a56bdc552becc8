//! Who sent an interview, pure (issue 18, item 4): the signature a submitted version
//! carries, the exact bytes it signs, the key's short fingerprint, and the trust rules.
//! The browser edge (`crate::browser::crypto`) makes and checks signatures with Web
//! Crypto (ECDSA P-256 with SHA-256); nothing here touches the browser.
//!
//! **Canonical bytes** ([`signed_bytes`]), version 1: the line
//! `backend-ready interview signature 1\n`, then one field per line, in this order:
//! `id`, `candidate`, `interviewer`, `stage`, `version` (decimal), for each competency
//! in `COMPETENCIES` order `score.<competency id>` (a score id: `no-evidence` or a
//! level id) and `note.<competency id>`, then `decision` (a decision id). Each field is
//! written `name=<length>:<value>\n`, the length being the value's UTF-8 byte count in
//! decimal: a value may hold any text, new lines and `=` included, and can never be
//! read as another field (no escaping, nothing to get wrong). The bytes are UTF-8.
//! Changing any of this needs a new first line and a new version.
//!
//! **Keys and signatures** travel as base64url without padding: the public key is the
//! uncompressed P-256 point (65 bytes, starting 0x04: 87 characters), the signature
//! the 64 bytes (r then s) Web Crypto makes (86 characters). Only that exact shape is
//! read ([`Signature::parse`]), so one key has one spelling and comparing the texts
//! compares the keys.
//!
//! **Trust rules** (trust on first use; the issue's words): "the first interview from
//! a key is trusted on first use and shown with the key's short fingerprint"; "later
//! versions from another key are refused as revisions and shown as unverified" — the
//! key bound to an interview held here is the key of its oldest signed version
//! ([`bound_key`]); a revision of it must be signed by that key ([`check_revision`]),
//! otherwise it is kept beside the interview held, flagged, never over it. An interview
//! held with no signed version binds no key: its next signed version binds one.
//! "Unsigned means unverified, not refused": an unsigned interview that revises nothing
//! signed imports as before, shown as unverified. A signature that does not verify is
//! removed at the edge before anything is previewed, so the model only ever holds
//! signatures that verified (or were made here); that version then counts as unsigned
//! ([`Unverified::BadSignature`] for what the preview says).

use std::rc::Rc;

use crate::content::scorecard::COMPETENCIES;

use super::doc::ScorecardDoc;
use super::interview::Interview;
use super::rating::{Decision, Ratings};

/// The first line of the canonical bytes, naming their version.
pub const SIGNED_BYTES_HEADER: &str = "backend-ready interview signature 1\n";

/// Bytes of an uncompressed P-256 public key.
pub const KEY_BYTES: usize = 65;
/// Bytes of an ECDSA P-256 signature as Web Crypto makes it (r then s).
pub const SIGNATURE_BYTES: usize = 64;

/// A submitted version's signature and the public key that made it, both base64url.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Signature {
    pub key: String,
    pub value: String,
}

impl Signature {
    /// The signature of `key` and `value` when both have the exact shape above.
    pub fn parse(key: &str, value: &str) -> Option<Signature> {
        let raw_key = base64url_decode(key)?;
        let raw_value = base64url_decode(value)?;
        let fits = raw_key.len() == KEY_BYTES
            && raw_key[0] == 4
            && raw_value.len() == SIGNATURE_BYTES
            && base64url_encode(&raw_key) == key
            && base64url_encode(&raw_value) == value;
        fits.then(|| Signature {
            key: key.to_owned(),
            value: value.to_owned(),
        })
    }
}

/// One length-prefixed field of the canonical bytes.
fn push_field(bytes: &mut Vec<u8>, name: &[&str], value: &str) {
    for part in name {
        bytes.extend_from_slice(part.as_bytes());
    }
    bytes.push(b'=');
    bytes.extend_from_slice(value.len().to_string().as_bytes());
    bytes.push(b':');
    bytes.extend_from_slice(value.as_bytes());
    bytes.push(b'\n');
}

/// The canonical bytes of version `version` of `interview` with `ratings` and
/// `decision` (see the module docs): what a signature signs.
pub fn signed_bytes(
    interview: &Interview,
    version: u32,
    ratings: &Ratings,
    decision: Decision,
) -> Vec<u8> {
    let mut bytes = SIGNED_BYTES_HEADER.as_bytes().to_vec();
    push_field(&mut bytes, &["id"], &interview.id);
    push_field(&mut bytes, &["candidate"], &interview.candidate_id);
    push_field(&mut bytes, &["interviewer"], &interview.interviewer);
    push_field(&mut bytes, &["stage"], &interview.stage);
    push_field(&mut bytes, &["version"], &version.to_string());
    for (competency, rating) in COMPETENCIES.iter().zip(ratings) {
        push_field(&mut bytes, &["score.", competency.id], rating.score.id());
        push_field(&mut bytes, &["note.", competency.id], &rating.note);
    }
    push_field(&mut bytes, &["decision"], decision.id());
    bytes
}

/// The canonical bytes of the interview's current version, when it is submitted.
pub fn current_bytes(interview: &Interview) -> Option<Vec<u8>> {
    let submitted = interview.current_submission()?;
    Some(signed_bytes(
        interview,
        submitted.version,
        &submitted.ratings,
        submitted.decision,
    ))
}

/// A signature to check: the interview, the version and the bytes it must sign.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ToVerify {
    pub interview: String,
    pub version: u32,
    pub signature: Signature,
    pub bytes: Vec<u8>,
}

/// Every signature `interview` carries (its history's, then the current version's),
/// with the bytes each must sign.
pub fn to_verify(interview: &Interview) -> Vec<ToVerify> {
    let mut checks = Vec::new();
    for filed in &interview.history {
        if let Some(signature) = &filed.signature {
            checks.push(ToVerify {
                interview: interview.id.clone(),
                version: filed.version,
                signature: signature.clone(),
                bytes: signed_bytes(interview, filed.version, &filed.ratings, filed.decision),
            });
        }
    }
    if let (Some(signature), Some(bytes)) = (&interview.signature, current_bytes(interview)) {
        checks.push(ToVerify {
            interview: interview.id.clone(),
            version: interview.version,
            signature: signature.clone(),
            bytes,
        });
    }
    checks
}

/// Every signature `doc`'s interviews carry, with their bytes.
pub fn doc_to_verify(doc: &ScorecardDoc) -> Vec<ToVerify> {
    let interviews = doc.interviews.iter().map(Rc::as_ref);
    interviews.flat_map(to_verify).collect()
}

/// Removes the signature of each `(interview id, version)` in `bad` from `interview`
/// (a signature that did not verify): that version then counts as unsigned.
pub fn remove_bad(interview: &mut Interview, bad: &[(String, u32)]) {
    let is_bad = |version: u32| {
        bad.iter()
            .any(|(id, v)| *id == interview.id && *v == version)
    };
    let bad_history: Vec<bool> = interview
        .history
        .iter()
        .map(|f| is_bad(f.version))
        .collect();
    let current_bad = is_bad(interview.version);
    for (filed, bad) in interview.history.iter_mut().zip(bad_history) {
        if bad {
            filed.signature = None;
        }
    }
    if current_bad {
        interview.signature = None;
    }
}

/// Puts this browser's `signature` on submitted version `version` of `interview` (it
/// was signed after the submit, at the edge), when that version is held and unsigned;
/// `false`, changing nothing, otherwise.
pub fn attach(interview: &mut Interview, version: u32, signature: Signature) -> bool {
    if interview.version == version && interview.is_locked() {
        if interview.signature.is_some() {
            return false;
        }
        interview.signature = Some(signature);
        return true;
    }
    let filed = interview.history.iter_mut().find(|f| f.version == version);
    match filed {
        Some(filed) if filed.signature.is_none() => {
            filed.signature = Some(signature);
            true
        }
        _ => false,
    }
}

/// The signature of submitted version `version` of `interview`, if it has one.
pub fn signature_of(interview: &Interview, version: u32) -> Option<&Signature> {
    if interview.version == version && interview.is_locked() {
        return interview.signature.as_ref();
    }
    let filed = interview.history.iter().find(|f| f.version == version)?;
    filed.signature.as_ref()
}

/// The key bound to an interview held here: that of its oldest signed version.
pub fn bound_key(interview: &Interview) -> Option<&str> {
    let history = interview.history.iter().map(|f| f.signature.as_ref());
    let current = interview
        .is_locked()
        .then_some(interview.signature.as_ref());
    let mut signatures = history.chain(current).flatten();
    signatures.next().map(|signature| signature.key.as_str())
}

/// Why a revision of an interview held here is not taken as one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KeyProblem {
    /// Earlier versions were signed; this one is not (or its signature did not verify).
    Unsigned,
    /// Earlier versions were signed by another key.
    OtherKey,
}

/// Whether `incoming`'s current version may revise `held`: it must be signed by the
/// key bound to `held`, when `held` binds one (module docs).
pub fn check_revision(held: &Interview, incoming: &Interview) -> Result<(), KeyProblem> {
    let Some(bound) = bound_key(held) else {
        return Ok(());
    };
    match &incoming.signature {
        None => Err(KeyProblem::Unsigned),
        Some(signature) if signature.key != bound => Err(KeyProblem::OtherKey),
        Some(_) => Ok(()),
    }
}

/// Why a version is shown as unverified.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Unverified {
    /// It carries no signature (a file or link from an earlier build, or signing was
    /// not possible in the sender's browser).
    Unsigned,
    /// It carried a signature that does not match its content.
    BadSignature,
    /// A revision refused: see [`KeyProblem`].
    Revision(KeyProblem),
}

/// What can be said about who sent a version.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing<'a> {
    /// Signed by `key`. `first_seen` is the first interview held here that the key
    /// signed; `None` when none is: the key is seen for the first time (trusted on
    /// first use).
    Signed {
        key: &'a str,
        first_seen: Option<&'a Interview>,
    },
    Unverified(Unverified),
}

/// The first interview of `doc` that `key` signed (any version).
pub fn first_seen<'a>(doc: &'a ScorecardDoc, key: &str) -> Option<&'a Interview> {
    doc.interviews.iter().map(Rc::as_ref).find(|interview| {
        let history = interview.history.iter().map(|f| f.signature.as_ref());
        let current = interview
            .is_locked()
            .then_some(interview.signature.as_ref());
        history
            .chain(current)
            .flatten()
            .any(|signature| signature.key == key)
    })
}

/// Who sent version `version` of `interview`, judged against `doc` (what is held
/// here): `bad` when its signature was removed for not verifying, `refused` when the
/// merge kept it aside for a [`KeyProblem`].
pub fn standing<'a>(
    doc: &'a ScorecardDoc,
    interview: &'a Interview,
    version: u32,
    bad: bool,
    refused: Option<KeyProblem>,
) -> Standing<'a> {
    if let Some(problem) = refused {
        return Standing::Unverified(Unverified::Revision(problem));
    }
    match signature_of(interview, version) {
        Some(signature) => Standing::Signed {
            key: &signature.key,
            first_seen: first_seen(doc, &signature.key),
        },
        None if bad => Standing::Unverified(Unverified::BadSignature),
        None => Standing::Unverified(Unverified::Unsigned),
    }
}

/// The key's short fingerprint: the first 8 bytes of the SHA-256 of the raw public
/// key, as 4 groups of 4 upper-case hex digits ("1A2B 3C4D 5E6F 7A8B"); `None` for a
/// key that is not base64url.
pub fn fingerprint(key: &str) -> Option<String> {
    let digest = sha256(&base64url_decode(key)?);
    let mut text = String::with_capacity(19);
    for (index, byte) in digest[..8].iter().enumerate() {
        if index > 0 && index % 2 == 0 {
            text.push(' ');
        }
        for nibble in [byte >> 4, byte & 15] {
            text.push(char::from(b"0123456789ABCDEF"[usize::from(nibble)]));
        }
    }
    Some(text)
}

const BASE64URL: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// `bytes` as base64url without padding.
pub fn base64url_encode(bytes: &[u8]) -> String {
    let mut text = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let word = chunk.iter().enumerate().fold(0u32, |word, (i, byte)| {
            word | u32::from(*byte) << (16 - 8 * i)
        });
        for i in 0..=chunk.len() {
            let index = (word >> (18 - 6 * i)) & 63;
            text.push(char::from(BASE64URL[index as usize]));
        }
    }
    text
}

/// The bytes of base64url text without padding; `None` for any other character or a
/// length no encoding has. (Unused trailing bits are not checked here: compare the
/// re-encoding, as [`Signature::parse`] does, for one spelling per value.)
pub fn base64url_decode(text: &str) -> Option<Vec<u8>> {
    if text.len() % 4 == 1 {
        return None;
    }
    let mut bytes = Vec::with_capacity(text.len() * 3 / 4);
    let (mut word, mut bits) = (0u32, 0);
    for byte in text.bytes() {
        let value = BASE64URL.iter().position(|c| *c == byte)? as u32;
        word = word << 6 | value;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            bytes.push((word >> bits) as u8);
            word &= (1 << bits) - 1;
        }
    }
    Some(bytes)
}

const K: [u32; 64] = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
];

/// SHA-256 (FIPS 180-4) of `data`: small, for the fingerprint of a 65-byte key.
pub fn sha256(data: &[u8]) -> [u8; 32] {
    let mut state: [u32; 8] = [
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab,
        0x5be0cd19,
    ];
    let mut message = data.to_vec();
    message.push(0x80);
    while message.len() % 64 != 56 {
        message.push(0);
    }
    message.extend_from_slice(&((data.len() as u64) * 8).to_be_bytes());
    for block in message.chunks(64) {
        compress(&mut state, block);
    }
    let mut digest = [0u8; 32];
    for (out, word) in digest.chunks_mut(4).zip(state) {
        out.copy_from_slice(&word.to_be_bytes());
    }
    digest
}

fn compress(state: &mut [u32; 8], block: &[u8]) {
    let mut w = [0u32; 64];
    for (i, word) in block.chunks(4).enumerate() {
        w[i] = u32::from_be_bytes([word[0], word[1], word[2], word[3]]);
    }
    for i in 16..64 {
        let s0 = w[i - 15].rotate_right(7) ^ w[i - 15].rotate_right(18) ^ (w[i - 15] >> 3);
        let s1 = w[i - 2].rotate_right(17) ^ w[i - 2].rotate_right(19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16]
            .wrapping_add(s0)
            .wrapping_add(w[i - 7])
            .wrapping_add(s1);
    }
    let mut v = *state;
    for i in 0..64 {
        let s1 = v[4].rotate_right(6) ^ v[4].rotate_right(11) ^ v[4].rotate_right(25);
        let choose = (v[4] & v[5]) ^ (!v[4] & v[6]);
        let t1 = v[7]
            .wrapping_add(s1)
            .wrapping_add(choose)
            .wrapping_add(K[i])
            .wrapping_add(w[i]);
        let s0 = v[0].rotate_right(2) ^ v[0].rotate_right(13) ^ v[0].rotate_right(22);
        let majority = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]);
        let t2 = s0.wrapping_add(majority);
        v = [
            t1.wrapping_add(t2),
            v[0],
            v[1],
            v[2],
            v[3].wrapping_add(t1),
            v[4],
            v[5],
            v[6],
        ];
    }
    for (word, add) in state.iter_mut().zip(v) {
        *word = word.wrapping_add(add);
    }
}
