//! Share links: answers to a compact string for a URL fragment, and back.
//!
//! Format `v1;<question>:<answer>,<answer>;...`, with short answer ids (the part after
//! `<question id>.`), questions in quiz order and answers in content order, e.g.
//! `v1;stage:growing;growth:users,data`. Every character is allowed in a URL fragment
//! as is. The leading version marker lets the format change later; a decoder that
//! meets a version it does not know says so instead of guessing.
//!
//! Decoding is strict about shape and ids (see [`ShareError`]) and never panics; a
//! well-formed link that answers a question its other answers hide is accepted, and
//! that answer is dropped by normalisation.

use crate::content::messages::share_link as text;
use crate::content::quiz::{question, Kind, Question};

use super::answers::Answers;
use super::flow::{normalise, walk};

/// The version marker this build writes and reads.
pub const SHARE_VERSION: &str = "v1";

/// Longest string [`decode_answers`] reads, in bytes.
pub const MAX_SHARE_LEN: usize = 2048;

/// Why a share string could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShareError {
    /// Longer than [`MAX_SHARE_LEN`].
    TooLong,
    /// Does not start with a version marker.
    MissingVersion,
    /// Written by a newer (or unknown) version of the format.
    UnsupportedVersion,
    /// A part is not `<question>:<answer>[,<answer>...]`.
    Malformed,
    UnknownQuestion,
    UnknownAnswer,
    /// The same question twice.
    DuplicateQuestion,
    /// The same answer twice in one question.
    DuplicateAnswer,
    /// Several answers to a single-choice question, or "none of these" with others.
    ConflictingAnswers,
}

impl ShareError {
    /// A sentence for the visitor.
    pub fn message(self) -> &'static str {
        match self {
            Self::TooLong => text::TOO_LONG,
            Self::MissingVersion => text::MISSING_VERSION,
            Self::UnsupportedVersion => text::UNSUPPORTED_VERSION,
            Self::Malformed => text::MALFORMED,
            Self::UnknownQuestion => text::UNKNOWN_QUESTION,
            Self::UnknownAnswer => text::UNKNOWN_ANSWER,
            Self::DuplicateQuestion => text::DUPLICATE_QUESTION,
            Self::DuplicateAnswer => text::DUPLICATE_ANSWER,
            Self::ConflictingAnswers => text::CONFLICTING_ANSWERS,
        }
    }
}

impl std::fmt::Display for ShareError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.message())
    }
}

impl std::error::Error for ShareError {}

/// `answers` in normal form, as a share string.
pub fn encode_answers(answers: &Answers) -> String {
    let mut encoded = String::from(SHARE_VERSION);
    for selection in walk(answers) {
        if selection.answers.is_empty() {
            continue;
        }
        encoded.push(';');
        encoded.push_str(selection.question.id);
        for (index, answer) in selection.answers.iter().enumerate() {
            encoded.push(if index == 0 { ':' } else { ',' });
            encoded.push_str(answer.short_id(selection.question));
        }
    }
    encoded
}

/// Reads a share string; the result is in normal form.
pub fn decode_answers(encoded: &str) -> Result<Answers, ShareError> {
    if encoded.len() > MAX_SHARE_LEN {
        return Err(ShareError::TooLong);
    }
    let mut parts = encoded.split(';');
    check_version(parts.next().unwrap_or(""))?;
    let mut answers = Answers::new();
    for part in parts {
        let (question, ids) = decode_part(part)?;
        if !answers.chosen(question.id).is_empty() {
            return Err(ShareError::DuplicateQuestion);
        }
        answers.set(question.id, &ids);
    }
    Ok(normalise(&answers))
}

fn check_version(marker: &str) -> Result<(), ShareError> {
    let (unsupported, missing) = (ShareError::UnsupportedVersion, ShareError::MissingVersion);
    crate::codec::marker::check_version(marker, SHARE_VERSION, unsupported, missing)
}

/// One `<question>:<answer>,...` part: the question and its full answer ids.
fn decode_part(part: &str) -> Result<(&'static Question, Vec<&'static str>), ShareError> {
    let (question_id, short_ids) = part.split_once(':').ok_or(ShareError::Malformed)?;
    let question = question(question_id).ok_or(ShareError::UnknownQuestion)?;
    let mut ids: Vec<&'static str> = Vec::new();
    for short in short_ids.split(',') {
        if short.is_empty() {
            return Err(ShareError::Malformed);
        }
        let answer = question
            .answer_by_short_id(short)
            .ok_or(ShareError::UnknownAnswer)?;
        if ids.contains(&answer.id) {
            return Err(ShareError::DuplicateAnswer);
        }
        ids.push(answer.id);
    }
    check_conflicts(question, &ids)?;
    Ok((question, ids))
}

fn check_conflicts(question: &Question, ids: &[&str]) -> Result<(), ShareError> {
    let has_exclusive = ids
        .iter()
        .any(|id| question.answer(id).is_some_and(|answer| answer.exclusive));
    let conflicting = match question.kind {
        Kind::Single => ids.len() > 1,
        Kind::Multi => has_exclusive && ids.len() > 1,
    };
    if conflicting {
        Err(ShareError::ConflictingAnswers)
    } else {
        Ok(())
    }
}
