//! The quiz's stored document: a few `key=value` lines.
//!
//! ```text
//! version=1
//! screen=question:3
//! answers=v1;stage:growing;growth:users,data
//! ```
//!
//! Lines, not JSON, on purpose: the quiz keeps three flat fields, and a JSON
//! deserializer costs 10–20 KB of gzipped wasm (measured), a fifth of the page budget.
//! Answers use the share-link format, so one strict, fuzzed parser reads both.
//! Unknown keys written by a newer minor change are kept and written back.

use super::DecodeError;
use crate::quiz::{decode_answers, encode_answers, Answers, Screen, Session};

/// The version this build writes. Version history: 1 — the first.
pub const QUIZ_DOC_VERSION: u32 = 1;

/// Longest document read, in bytes: far above any real one.
const MAX_DOC_LEN: usize = 16 * 1024;

/// A decoded quiz document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuizDoc {
    pub session: Session,
    /// Lines this build does not know, kept as they were.
    pub unknown: Vec<String>,
}

/// The document text for `doc`.
pub fn encode(doc: &QuizDoc) -> String {
    let mut text = format!(
        "version={QUIZ_DOC_VERSION}\nscreen={}\nanswers={}\n",
        screen_text(doc.session.screen),
        encode_answers(&doc.session.answers)
    );
    for line in &doc.unknown {
        text.push_str(line);
        text.push('\n');
    }
    text
}

/// Reads a stored text. Never panics; an error means "keep the text aside, start fresh".
pub fn decode(text: &str) -> Result<QuizDoc, DecodeError> {
    if text.len() > MAX_DOC_LEN {
        return Err(DecodeError::Unreadable("too long"));
    }
    let mut lines = text.lines();
    let version = lines
        .next()
        .and_then(|line| line.strip_prefix("version="))
        .ok_or(DecodeError::Unreadable("no version line"))?;
    let version: u32 = version
        .parse()
        .map_err(|_| DecodeError::Unreadable("bad version"))?;
    if version > QUIZ_DOC_VERSION {
        return Err(DecodeError::NewerVersion(version));
    }
    if version == 0 {
        return Err(DecodeError::Unreadable("bad version"));
    }
    decode_fields(lines)
}

fn decode_fields<'a>(lines: impl Iterator<Item = &'a str>) -> Result<QuizDoc, DecodeError> {
    let mut screen = None;
    let mut answers = None;
    let mut unknown = Vec::new();
    for line in lines.filter(|line| !line.is_empty()) {
        let (key, value) = line
            .split_once('=')
            .ok_or(DecodeError::Unreadable("a line without '='"))?;
        match key {
            "screen" if screen.is_none() => screen = Some(parse_screen(value)?),
            "answers" if answers.is_none() => answers = Some(parse_answers(value)?),
            "screen" | "answers" => return Err(DecodeError::Unreadable("a repeated field")),
            _ if is_clean(line) => unknown.push(line.to_owned()),
            _ => return Err(DecodeError::Unreadable("control characters")),
        }
    }
    let screen = screen.ok_or(DecodeError::Unreadable("no screen"))?;
    let answers = answers.ok_or(DecodeError::Unreadable("no answers"))?;
    let session = Session::restored(answers, screen);
    Ok(QuizDoc { session, unknown })
}

fn is_clean(line: &str) -> bool {
    !line.chars().any(char::is_control)
}

fn parse_answers(value: &str) -> Result<Answers, DecodeError> {
    decode_answers(value).map_err(|_| DecodeError::Unreadable("bad answers"))
}

fn screen_text(screen: Screen) -> String {
    match screen {
        Screen::Intro => "intro".to_owned(),
        Screen::Question(index) => format!("question:{index}"),
        Screen::Result => "result".to_owned(),
    }
}

fn parse_screen(value: &str) -> Result<Screen, DecodeError> {
    match value {
        "intro" => Ok(Screen::Intro),
        "result" => Ok(Screen::Result),
        _ => value
            .strip_prefix("question:")
            .and_then(|index| index.parse().ok())
            .filter(|index: &usize| *index < 64)
            .map(Screen::Question)
            .ok_or(DecodeError::Unreadable("bad screen")),
    }
}
