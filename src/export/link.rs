//! What an interview link (`#br-interview=…`) may carry, read strictly, pure.
//!
//! A link carries exactly one interview and what it needs to be shown: a
//! `backend-ready/scorecard` file with one candidate (the interview's), at most that
//! candidate's role, and one interview, as links made by this widget have always held;
//! or a `backend-ready/interview` file (one interview, whose candidate must be known
//! here). Or, to prepare an interviewer, that candidate file with no interview: one
//! candidate and at most their role. Its text is URI-encoded (`encodeURIComponent`). Anything else is refused in
//! link terms ([`LinkError`]), and nothing is ever applied here: the caller previews
//! what the link would change and asks first.
//!
//! Limits: at most [`MAX_LINK_BYTES`] of encoded text; the file inside is read by the
//! same strict reader as an imported file (`super::read_doc`).

use crate::codec::{ImportError, Problem};
use crate::scorecard::{Interview, ScorecardDoc};

use super::scorecard_json::{import_doc, import_interview};

/// The longest link fragment value read, in bytes of encoded text (64 KB).
pub const MAX_LINK_BYTES: usize = 64 * 1024;

/// Why a link was refused; nothing changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkError {
    /// Longer than [`MAX_LINK_BYTES`].
    TooLarge,
    /// Cut short or damaged: broken encoding, not the JSON of a file, not a file of
    /// this widget, or a file that does not read.
    Damaged,
    /// More than one interview or candidate (or no candidate): bulk data travels as
    /// files.
    Bulk,
    /// Made by a newer version of the widget.
    Newer,
}

/// What a link carries: one interview, with its candidate (and role) when the link has
/// them, or one candidate alone (`doc` holds one candidate and at most one interview).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkContent {
    /// A scorecard file with one candidate and at most one interview.
    Doc(ScorecardDoc),
    /// A single-interview file.
    Interview(Box<Interview>),
}

/// Reads the value of a link's `br-interview=` parameter, still URI-encoded.
pub fn read_link(encoded: &str) -> Result<LinkContent, LinkError> {
    if encoded.len() > MAX_LINK_BYTES {
        return Err(LinkError::TooLarge);
    }
    let text = percent_decode(encoded).ok_or(LinkError::Damaged)?;
    match import_doc(&text) {
        Ok(doc) => one_interview(doc).map(LinkContent::Doc),
        Err(doc_error) => match import_interview(&text) {
            Ok(interview) => Ok(LinkContent::Interview(Box::new(interview))),
            Err(_) => Err(link_error(&doc_error)),
        },
    }
}

/// A scorecard file fit for a link: one candidate, at most one interview (of that
/// candidate), at most that candidate's role.
fn one_interview(doc: ScorecardDoc) -> Result<ScorecardDoc, LinkError> {
    let [candidate] = doc.candidates.as_slice() else {
        return Err(LinkError::Bulk);
    };
    let own_interview = match doc.interviews.as_slice() {
        [] => true,
        [interview] => interview.candidate_id == candidate.id,
        _ => false,
    };
    let own_role = doc.roles.iter().all(|role| role.name == candidate.role);
    if !own_interview || doc.roles.len() > 1 || !own_role {
        return Err(LinkError::Bulk);
    }
    Ok(doc)
}

fn link_error(error: &ImportError) -> LinkError {
    match error.problem {
        Problem::NewerVersion(_) => LinkError::Newer,
        _ => LinkError::Damaged,
    }
}

/// Decodes `%XX` escapes (what `encodeURIComponent` writes) into UTF-8 text; `None`
/// for a broken escape or bytes that are not UTF-8.
pub fn percent_decode(encoded: &str) -> Option<String> {
    let bytes = encoded.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        if bytes[index] == b'%' {
            let hex = bytes.get(index + 1..index + 3)?;
            if !hex.iter().all(u8::is_ascii_hexdigit) {
                return None;
            }
            let hex = std::str::from_utf8(hex).ok()?;
            decoded.push(u8::from_str_radix(hex, 16).ok()?);
            index += 3;
        } else {
            decoded.push(bytes[index]);
            index += 1;
        }
    }
    String::from_utf8(decoded).ok()
}
