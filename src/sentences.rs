//! The sentence tables for what the JSON codec (`crate::codec`) and the stored
//! documents (`crate::storage`) report, pure: they turn error kinds into sentences of
//! the build's language, from the texts in `crate::content::messages`. The codec,
//! `export` and `storage` return kinds; only this module words them, for the UI
//! (`ImportError::message`) and for a stored document that cannot be used or saved
//! ([`stored`], [`store_error`]), in each mode's words.
//!
//! A module of its own rather than part of `content`: the kinds it words include the
//! model's (`crate::scorecard::InterviewProblem`), and the model reads its texts from
//! `content`, so `content` cannot name them without a cycle.

use crate::codec::error::{push_cut, what, Expected, ImportError, Problem};
use crate::codec::json::{push_integer, JsonError, JsonErrorKind, ValueKind};
use crate::content::messages::import;
use crate::content::{fill, push_values, same_names, Fill, Template};
use crate::scorecard::InterviewProblem;
use crate::storage::keep_aside::Unusable;
use crate::storage::load::DocKind;
use crate::storage::store::StoreError;

/// Why `kind`'s stored document could not be used, in a sentence. Inlined, so each
/// build keeps its own mode's sentences only (`kind` is a constant at every call).
#[inline(always)]
pub fn stored(kind: DocKind, why: Unusable) -> &'static str {
    use crate::content::messages::{notices, scorecard};
    match (kind, why) {
        (DocKind::Quiz, Unusable::NewerVersion) => notices::NEWER_VERSION,
        (DocKind::Quiz, Unusable::Damaged) => notices::UNREADABLE,
        (DocKind::Scorecard, Unusable::NewerVersion) => scorecard::STORED_NEWER,
        (DocKind::Scorecard, Unusable::Damaged) => scorecard::STORED_UNREADABLE,
    }
}

/// Why `kind`'s document is not being saved, in a sentence: the storage is blocked, or
/// a write was refused. Inlined like [`stored`].
#[inline(always)]
pub fn store_error(kind: DocKind, error: StoreError) -> &'static str {
    use crate::content::messages::{notices, scorecard};
    match (kind, error) {
        (DocKind::Quiz, StoreError::Unavailable) => notices::STORAGE_UNAVAILABLE,
        (DocKind::Quiz, _) => notices::SAVE_FAILED,
        (DocKind::Scorecard, StoreError::Unavailable) => scorecard::STORAGE_NOT_SAVED,
        (DocKind::Scorecard, _) => scorecard::SAVE_FAILED,
    }
}

impl ImportError {
    /// One sentence for the user: `<path>: <what is wrong>`, `file: …` for the whole file.
    pub fn message(&self) -> String {
        let mut text = String::from(if self.path.is_empty() {
            import::WHOLE_FILE
        } else {
            &self.path
        });
        text.push_str(": ");
        describe(&self.problem, &mut text);
        text
    }
}

impl JsonError {
    /// `<reason> at byte <offset>`.
    pub fn message(&self) -> String {
        fill!(
            import::AT_BYTE,
            reason = json_reason(self.kind),
            offset = self.offset
        )
    }
}

/// Why a text is not JSON, as a phrase that fits "… at byte N".
pub fn json_reason(kind: JsonErrorKind) -> &'static str {
    use JsonErrorKind::*;
    match kind {
        TooLong => import::JSON_TOO_LONG,
        TooDeep => import::JSON_TOO_DEEP,
        TooManyValues => import::JSON_TOO_MANY_VALUES,
        UnexpectedEnd => import::JSON_UNEXPECTED_END,
        ExpectedValue => import::JSON_EXPECTED_VALUE,
        ExpectedKey => import::JSON_EXPECTED_KEY,
        ExpectedColon => import::JSON_EXPECTED_COLON,
        ExpectedCommaOrEnd => import::JSON_EXPECTED_COMMA_OR_END,
        TrailingText => import::JSON_TRAILING_TEXT,
        BadLiteral => import::JSON_BAD_LITERAL,
        BadNumber => import::JSON_BAD_NUMBER,
        LeadingZero => import::JSON_LEADING_ZERO,
        FractionOrExponent => import::JSON_FRACTION_OR_EXPONENT,
        NumberOutOfRange => import::JSON_NUMBER_OUT_OF_RANGE,
        ControlCharacter => import::JSON_CONTROL_CHARACTER,
        BadEscape => import::JSON_BAD_ESCAPE,
        BadUnicodeEscape => import::JSON_BAD_UNICODE_ESCAPE,
        LoneSurrogate => import::JSON_LONE_SURROGATE,
        DuplicateKey => import::JSON_DUPLICATE_KEY,
    }
}

fn describe(problem: &Problem, out: &mut String) {
    use Value::{Integer, Nothing, Quoted, Word};
    // One template and up to two values per kind, filled at one place (one call per
    // kind costs several times the bytes); `NAMES` below checks their order.
    let (template, first, second) = match problem {
        Problem::Json(error) => return fill!(out => import::NOT_JSON, reason = error.message()),
        Problem::WrongFormat {
            expected,
            found: Some(found),
        } => (import::FOUND_FORMAT.text, Quoted(expected), Quoted(found)),
        Problem::WrongFormat { expected, .. } => {
            (import::WRONG_FORMAT.text, Quoted(expected), Nothing)
        }
        Problem::NewerVersion(version) => (import::NEWER_VERSION.text, Integer(*version), Nothing),
        Problem::WrongType { expected, found } => (
            import::WRONG_TYPE.text,
            Word(expected_word(*expected)),
            Word(kind_word(*found)),
        ),
        Problem::OutOfRange { min, max } => {
            (import::OUT_OF_RANGE.text, Integer(*min), Integer(*max))
        }
        Problem::Unknown { what, id } => (import::UNKNOWN.text, Word(what_word(what)), Quoted(id)),
        Problem::Duplicate { what, id } => {
            (import::DUPLICATE.text, Word(what_word(what)), Quoted(id))
        }
        Problem::ForbiddenKey(key) => (import::FORBIDDEN_KEY.text, Quoted(key), Nothing),
        Problem::TooLong { max_chars } => {
            (import::TOO_LONG.text, Integer(*max_chars as i64), Nothing)
        }
        Problem::TooMany { max_items } => {
            (import::TOO_MANY.text, Integer(*max_items as i64), Nothing)
        }
        Problem::Interview(problem) => return out.push_str(interview_problem(*problem)),
        Problem::Missing => return out.push_str(import::MISSING),
        Problem::Blank => return out.push_str(import::BLANK),
        Problem::ZeroWeights => return out.push_str(import::ZERO_WEIGHTS),
    };
    push_values(out, template, &[&first, &second]);
}

/// The placeholder names `describe` fills, in the order it gives the values.
const NAMES: [(Template, &[&str]); 10] = [
    (import::FOUND_FORMAT, &["expected", "found"]),
    (import::WRONG_FORMAT, &["expected"]),
    (import::NEWER_VERSION, &["version"]),
    (import::WRONG_TYPE, &["expected", "found"]),
    (import::OUT_OF_RANGE, &["min", "max"]),
    (import::UNKNOWN, &["what", "id"]),
    (import::DUPLICATE, &["what", "id"]),
    (import::FORBIDDEN_KEY, &["key"]),
    (import::TOO_LONG, &["max"]),
    (import::TOO_MANY, &["max"]),
];
const _: () = {
    let mut index = 0;
    while index < NAMES.len() {
        assert!(same_names(NAMES[index].0.names, NAMES[index].1));
        index += 1;
    }
};

fn kind_word(kind: ValueKind) -> &'static str {
    match kind {
        ValueKind::Null => import::KIND_NULL,
        ValueKind::Boolean => import::KIND_BOOLEAN,
        ValueKind::Number => import::KIND_NUMBER,
        ValueKind::String => import::KIND_STRING,
        ValueKind::Array => import::KIND_ARRAY,
        ValueKind::Object => import::KIND_OBJECT,
    }
}

fn expected_word(expected: Expected) -> &'static str {
    match expected {
        Expected::Object => import::KIND_OBJECT,
        Expected::String => import::KIND_STRING,
        Expected::WholeNumber => import::KIND_WHOLE_NUMBER,
        Expected::TrueOrFalse => import::KIND_TRUE_OR_FALSE,
        Expected::Array => import::KIND_ARRAY,
    }
}

/// The word for a kind of id (a key of `what`); an unknown key is shown as it is.
fn what_word(key: &'static str) -> &'static str {
    // A table rather than a `match`: a string match costs about twice the bytes.
    const WORDS: [(&str, &str); 11] = [
        (what::COMPETENCY, import::COMPETENCY),
        (what::SCORE, import::SCORE),
        (what::STAGE, import::STAGE),
        (what::LEVEL, import::LEVEL),
        (what::STATUS, import::STATUS),
        (what::DECISION, import::DECISION),
        (what::CANDIDATE, import::CANDIDATE),
        (what::ROLE, import::ROLE),
        (what::CANDIDATE_ID, import::CANDIDATE_ID),
        (what::INTERVIEW_ID, import::INTERVIEW_ID),
        (
            what::QUESTION,
            crate::content::active::questions::WHAT_QUESTION,
        ),
    ];
    let found = WORDS.iter().find(|(known, _)| *known == key);
    found.map_or(key, |(_, word)| word)
}

fn interview_problem(problem: InterviewProblem) -> &'static str {
    match problem {
        InterviewProblem::MissingId => import::INTERVIEW_MISSING_ID,
        InterviewProblem::MissingCandidate => import::INTERVIEW_MISSING_CANDIDATE,
        InterviewProblem::MissingInterviewer => import::INTERVIEW_MISSING_INTERVIEWER,
        InterviewProblem::UnknownStage => import::INTERVIEW_UNKNOWN_STAGE,
        InterviewProblem::ZeroVersion => import::INTERVIEW_ZERO_VERSION,
        InterviewProblem::HistoryOutOfOrder => import::INTERVIEW_HISTORY_OUT_OF_ORDER,
        InterviewProblem::UnratedSubmission => import::INTERVIEW_UNRATED_SUBMISSION,
        InterviewProblem::DecisionMissing => import::INTERVIEW_DECISION_MISSING,
        InterviewProblem::DecisionBeforeRatings => import::INTERVIEW_DECISION_BEFORE_RATINGS,
    }
}

/// A value `describe` puts in a placeholder.
enum Value<'a> {
    /// A word of the build's language.
    Word(&'a str),
    /// An id from the file: in double quotes, cut to the quote limit.
    Quoted(&'a str),
    /// A whole number, written as the JSON writer writes it.
    Integer(i64),
    /// No value (the template has fewer placeholders).
    Nothing,
}

impl Fill for Value<'_> {
    fn push_to(&self, out: &mut String) {
        match self {
            Value::Word(word) => out.push_str(word),
            Value::Quoted(id) => {
                out.push('"');
                push_cut(out, id);
                out.push('"');
            }
            Value::Integer(number) => push_integer(out, *number),
            Value::Nothing => {}
        }
    }
}
