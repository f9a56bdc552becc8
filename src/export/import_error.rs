//! Why an import file was refused, and where in it: [`ImportError`], with a sentence for
//! the user such as `interviews[3].ratings.database.score: unknown score "great"`.
//! Paths are kept as a chain of borrowed segments ([`Path`]) while reading and only
//! turned into text when something is wrong.

use crate::content::messages::import;
use crate::scorecard::InterviewProblem;

use super::json::{push_integer, JsonError};

/// Longest id or key quoted back in a message, in characters; longer ones are cut with "…".
const QUOTE_LIMIT: usize = 40;

/// What was wrong; [`ImportError::message`] words it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The text is not JSON (or is too long, too deep, too big).
    Json(JsonError),
    /// The `format` marker is not the expected one; `found` is `None` when it is absent
    /// or not a string.
    WrongFormat {
        expected: &'static str,
        found: Option<String>,
    },
    /// Written by a newer build: this one cannot read it.
    NewerVersion(i64),
    Missing,
    WrongType {
        expected: &'static str,
        found: &'static str,
    },
    /// A whole number outside `min..=max`.
    OutOfRange {
        min: i64,
        max: i64,
    },
    /// An id this build does not know: `what` is `import::COMPETENCY`, `import::SCORE`, …
    Unknown {
        what: &'static str,
        id: String,
    },
    Duplicate {
        what: &'static str,
        id: String,
    },
    /// An id or name that is empty or only spaces.
    Blank,
    TooLong {
        max_chars: usize,
    },
    TooMany {
        max_items: usize,
    },
    /// Every weight of a role is 0.
    ZeroWeights,
    /// `__proto__`, `constructor` or `prototype`, anywhere in the file.
    ForbiddenKey(String),
    /// The interview breaks a rule of the model (`validate_interview`).
    Interview(InterviewProblem),
}

/// An import refused: the path to the offending value (empty for the whole file) and
/// the problem. Nothing was imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportError {
    pub path: String,
    pub problem: Problem,
}

impl ImportError {
    pub(crate) fn new(path: Path, problem: Problem) -> Self {
        ImportError {
            path: path.render(),
            problem,
        }
    }

    /// One sentence for the user: "<path>: <what is wrong>", "file: …" for the whole file.
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

fn describe(problem: &Problem, out: &mut String) {
    match problem {
        Problem::Json(error) => {
            out.push_str(import::NOT_JSON);
            out.push_str(&error.message());
        }
        Problem::WrongFormat { expected, found } => describe_format(expected, found, out),
        Problem::NewerVersion(version) => {
            push_around(out, import::NEWER_VERSION, *version);
        }
        Problem::WrongType { expected, found } => {
            let (before, between) = import::WRONG_TYPE;
            push_all(out, &[before, expected, between, found]);
        }
        Problem::OutOfRange { min, max } => describe_range(*min, *max, out),
        Problem::Unknown { what, id } => push_quoted(out, &[import::UNKNOWN, what, " "], id),
        Problem::Duplicate { what, id } => push_quoted(out, &[import::DUPLICATE, what, " "], id),
        Problem::ForbiddenKey(key) => push_quoted(out, &[import::FORBIDDEN_KEY], key),
        Problem::TooLong { max_chars } => push_around(out, import::TOO_LONG, *max_chars as i64),
        Problem::TooMany { max_items } => push_around(out, import::TOO_MANY, *max_items as i64),
        Problem::Interview(problem) => out.push_str(interview_problem(*problem)),
        Problem::Missing => out.push_str(import::MISSING),
        Problem::Blank => out.push_str(import::BLANK),
        Problem::ZeroWeights => out.push_str(import::ZERO_WEIGHTS),
    }
}

/// `not a "<expected>" file`, then `: found "<found>"` when there is one.
fn describe_format(expected: &str, found: &Option<String>, out: &mut String) {
    let (before, after) = import::WRONG_FORMAT;
    push_quoted(out, &[before], expected);
    out.push_str(after);
    if let Some(found) = found {
        push_quoted(out, &[import::FOUND_FORMAT], found);
    }
}

fn describe_range(min: i64, max: i64, out: &mut String) {
    let (before, between) = import::OUT_OF_RANGE;
    out.push_str(before);
    push_integer(out, min);
    out.push_str(between);
    push_integer(out, max);
}

/// `number` between the two parts of `text`.
fn push_around(out: &mut String, (before, after): (&str, &str), number: i64) {
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

fn push_all(out: &mut String, parts: &[&str]) {
    for part in parts {
        out.push_str(part);
    }
}

/// `parts`, then `id` in double quotes, cut to [`QUOTE_LIMIT`] characters.
fn push_quoted(out: &mut String, parts: &[&str], id: &str) {
    push_all(out, parts);
    out.push('"');
    push_cut(out, id);
    out.push('"');
}

/// `text` cut to [`QUOTE_LIMIT`] characters, with "…" when cut.
fn push_cut(out: &mut String, text: &str) {
    out.extend(text.chars().take(QUOTE_LIMIT));
    if text.chars().nth(QUOTE_LIMIT).is_some() {
        out.push('…');
    }
}

/// Where a value sits in the file: a chain of keys and indexes back to the root.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Path<'a> {
    Root,
    Key(&'a Path<'a>, &'a str),
    Index(&'a Path<'a>, usize),
}

impl<'a> Path<'a> {
    pub(crate) fn key(&'a self, key: &'a str) -> Path<'a> {
        Path::Key(self, key)
    }

    pub(crate) fn index(&'a self, index: usize) -> Path<'a> {
        Path::Index(self, index)
    }

    /// `candidates[2].name`; empty for the root.
    fn render(&self) -> String {
        let mut segments = Vec::new();
        let mut at = self;
        while let Path::Key(parent, _) | Path::Index(parent, _) = at {
            segments.push(at);
            at = parent;
        }
        let mut text = String::new();
        for segment in segments.iter().rev() {
            push_segment(&mut text, segment);
        }
        text
    }
}

fn push_segment(text: &mut String, segment: &Path) {
    match segment {
        Path::Key(_, key) => {
            if !text.is_empty() {
                text.push('.');
            }
            push_cut(text, key);
        }
        Path::Index(_, index) => {
            text.push('[');
            push_integer(text, *index as i64);
            text.push(']');
        }
        Path::Root => {}
    }
}
