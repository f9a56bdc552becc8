//! Why an import file was refused, and where in it: [`ImportError`], with a sentence for
//! the user such as `interviews[3].ratings.database.score: unknown score "great"`.
//! Paths are kept as a chain of borrowed segments ([`Path`]) while reading and only
//! turned into text when something is wrong.

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
    /// An id this build does not know: `what` is "competency", "score", "stage", …
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
            "file"
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
            out.push_str("not valid JSON: ");
            out.push_str(&error.message());
        }
        Problem::WrongFormat { expected, found } => describe_format(expected, found, out),
        Problem::NewerVersion(version) => {
            out.push_str("written by a newer version of backend-ready (file version ");
            push_integer(out, *version);
            out.push_str("); update the widget to import it");
        }
        Problem::WrongType { expected, found } => {
            push_all(out, &["expected ", expected, ", found ", found]);
        }
        Problem::OutOfRange { min, max } => describe_range(*min, *max, out),
        Problem::Unknown { what, id } => push_quoted(out, &["unknown ", what, " "], id),
        Problem::Duplicate { what, id } => push_quoted(out, &["duplicate ", what, " "], id),
        Problem::ForbiddenKey(key) => push_quoted(out, &["forbidden key "], key),
        Problem::TooLong { max_chars } => {
            describe_limit("longer than ", *max_chars, " characters", out)
        }
        Problem::TooMany { max_items } => describe_limit("more than ", *max_items, " entries", out),
        Problem::Interview(problem) => out.push_str(interview_problem(*problem)),
        Problem::Missing => out.push_str("missing"),
        Problem::Blank => out.push_str("must not be empty"),
        Problem::ZeroWeights => out.push_str("every weight is 0, so no score could be computed"),
    }
}

fn describe_format(expected: &str, found: &Option<String>, out: &mut String) {
    match found {
        Some(found) => push_quoted(out, &["not a \"", expected, "\" file: found "], found),
        None => push_all(out, &["not a \"", expected, "\" file"]),
    }
}

fn describe_range(min: i64, max: i64, out: &mut String) {
    out.push_str("must be a whole number from ");
    push_integer(out, min);
    out.push_str(" to ");
    push_integer(out, max);
}

fn describe_limit(before: &str, limit: usize, after: &str, out: &mut String) {
    out.push_str(before);
    push_integer(out, limit as i64);
    out.push_str(after);
}

fn interview_problem(problem: InterviewProblem) -> &'static str {
    match problem {
        InterviewProblem::MissingId => "the interview has no id",
        InterviewProblem::MissingCandidate => "the interview names no candidate",
        InterviewProblem::MissingInterviewer => "the interview names no interviewer",
        InterviewProblem::UnknownStage => "the interview's stage is unknown",
        InterviewProblem::ZeroVersion => "versions start at 1",
        InterviewProblem::HistoryOutOfOrder => {
            "history versions must increase and stay below the interview's version"
        }
        InterviewProblem::UnratedSubmission => {
            "a submitted version has a competency without a score"
        }
        InterviewProblem::DecisionMissing => "a submitted interview needs a decision",
        InterviewProblem::DecisionBeforeRatings => {
            "a decision is recorded although a competency has no score"
        }
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
