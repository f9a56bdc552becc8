//! Why a JSON document was refused, and where in it: [`ImportError`], a path such as
//! `interviews[3].ratings.database.score` and a [`Problem`] kind. No sentences here:
//! `crate::sentences` words them (`ImportError::message`). Paths are kept as a chain of
//! borrowed segments (`Path`) while reading and only turned into text when something
//! is wrong.

use crate::scorecard::InterviewProblem;

use super::json::{push_integer, JsonError, ValueKind};

/// Longest id or key quoted back in a message or a path, in characters; longer ones are
/// cut with "…".
pub(crate) const QUOTE_LIMIT: usize = 40;

/// The kinds of id named by [`Problem::Unknown`] and [`Problem::Duplicate`]: neutral
/// keys, not words (`crate::sentences` translates them).
pub mod what {
    pub const COMPETENCY: &str = "competency";
    pub const SCORE: &str = "score";
    pub const STAGE: &str = "stage";
    pub const LEVEL: &str = "level";
    pub const STATUS: &str = "status";
    pub const DECISION: &str = "decision";
    pub const CANDIDATE: &str = "candidate";
    pub const ROLE: &str = "role";
    pub const CANDIDATE_ID: &str = "candidate id";
    pub const INTERVIEW_ID: &str = "interview id";
    pub const QUESTION: &str = "question";
}

/// The kinds of value a field may need, in [`Problem::WrongType`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    Object,
    String,
    WholeNumber,
    TrueOrFalse,
    Array,
}

/// What was wrong, as a kind; `crate::sentences` words it.
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
        expected: Expected,
        found: ValueKind,
    },
    /// A whole number outside `min..=max`.
    OutOfRange {
        min: i64,
        max: i64,
    },
    /// An id this build does not know: `what` is one of the keys in [`what`].
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

/// A document refused: the path to the offending value (empty for the whole file) and
/// the problem. Nothing was read.
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

/// `text` cut to [`QUOTE_LIMIT`] characters, with "…" when cut.
pub(crate) fn push_cut(out: &mut String, text: &str) {
    out.extend(text.chars().take(QUOTE_LIMIT));
    if text.chars().nth(QUOTE_LIMIT).is_some() {
        out.push('…');
    }
}
