//! The sentence table for what the JSON codec (`crate::codec`) reports, pure: it turns
//! the codec's error kinds into sentences of the build's language, from the texts in
//! `crate::content::messages::import`. The codec, `export` and `storage` return kinds;
//! only this module words them, for the UI (`ImportError::message`) and for the stored
//! document's reasons.
//!
//! A module of its own rather than part of `content`: the kinds it words include the
//! model's (`crate::scorecard::InterviewProblem`), and the model reads its texts from
//! `content`, so `content` cannot name them without a cycle.

use crate::codec::error::{push_cut, what, Expected, ImportError, Problem};
use crate::codec::json::{push_integer, JsonError, JsonErrorKind, ValueKind};
use crate::content::messages::import;
use crate::content::{around, fill};
use crate::scorecard::InterviewProblem;

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
        let mut offset = String::new();
        push_integer(&mut offset, self.offset as i64);
        fill(
            import::AT_BYTE,
            &[("reason", json_reason(self.kind)), ("offset", &offset)],
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
    match problem {
        Problem::Json(error) => {
            out.push_str(&fill(import::NOT_JSON, &[("reason", &error.message())]));
        }
        Problem::WrongFormat { expected, found } => describe_format(expected, found, out),
        Problem::NewerVersion(version) => {
            push_around(out, import::NEWER_VERSION, "version", *version);
        }
        Problem::WrongType { expected, found } => {
            out.push_str(&fill(
                import::WRONG_TYPE,
                &[
                    ("expected", expected_word(*expected)),
                    ("found", kind_word(*found)),
                ],
            ));
        }
        Problem::OutOfRange { min, max } => describe_range(*min, *max, out),
        Problem::Unknown { what, id } => {
            let id = quoted(id);
            out.push_str(&fill(
                import::UNKNOWN,
                &[("what", what_word(what)), ("id", &id)],
            ));
        }
        Problem::Duplicate { what, id } => {
            let id = quoted(id);
            let values = [("what", what_word(what)), ("id", id.as_str())];
            out.push_str(&fill(import::DUPLICATE, &values));
        }
        Problem::ForbiddenKey(key) => {
            out.push_str(&fill(import::FORBIDDEN_KEY, &[("key", &quoted(key))]));
        }
        Problem::TooLong { max_chars } => {
            push_around(out, import::TOO_LONG, "max", *max_chars as i64);
        }
        Problem::TooMany { max_items } => {
            push_around(out, import::TOO_MANY, "max", *max_items as i64);
        }
        Problem::Interview(problem) => out.push_str(interview_problem(*problem)),
        Problem::Missing => out.push_str(import::MISSING),
        Problem::Blank => out.push_str(import::BLANK),
        Problem::ZeroWeights => out.push_str(import::ZERO_WEIGHTS),
    }
}

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
    const WORDS: [(&str, &str); 10] = [
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
    ];
    let found = WORDS.iter().find(|(known, _)| *known == key);
    found.map_or(key, |(_, word)| word)
}

/// `not a "<expected>" file`, with `: found "<found>"` when there is one.
fn describe_format(expected: &str, found: &Option<String>, out: &mut String) {
    let expected = quoted(expected);
    out.push_str(&match found {
        Some(found) => fill(
            import::FOUND_FORMAT,
            &[("expected", &expected), ("found", &quoted(found))],
        ),
        None => fill(import::WRONG_FORMAT, &[("expected", &expected)]),
    });
}

fn describe_range(min: i64, max: i64, out: &mut String) {
    let (mut least, mut most) = (String::new(), String::new());
    push_integer(&mut least, min);
    push_integer(&mut most, max);
    out.push_str(&fill(
        import::OUT_OF_RANGE,
        &[("min", &least), ("max", &most)],
    ));
}

/// `template` with `number` in its placeholder `{name}`.
fn push_around(out: &mut String, template: &str, name: &str, number: i64) {
    let (before, after) = around(template, name);
    out.push_str(before);
    push_integer(out, number);
    out.push_str(after);
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

/// `id` in double quotes, cut to the quote limit.
fn quoted(id: &str) -> String {
    let mut out = String::from('"');
    push_cut(&mut out, id);
    out.push('"');
    out
}
