//! The ratings CSV: one row per rating, for a spreadsheet.
//!
//! - A UTF-8 byte order mark first (so Excel reads the text as UTF-8), then a header
//!   row, then for each interview (in document order) each version it holds, oldest
//!   first (its submitted history, then the current version), seven rows each (one per
//!   competency, in content order). A history row's status is `submitted`; to see
//!   what the summary counts, keep each interview's highest submitted version.
//! - Columns: candidate (name), role, level (the candidate's level id), interviewer,
//!   stage (id), version, status (`draft` or `submitted`), competency (id), competency
//!   label, score (id), score value (1–4, empty for `no-evidence` and `unrated`), note,
//!   decision (id, empty when none). An interview whose candidate is not in the document
//!   has empty candidate, role and level.
//! - RFC 4180: fields holding a comma, a double quote, CR or LF are quoted, quotes
//!   doubled; lines end with CRLF.
//! - Formula injection: a field starting with `=`, `+`, `-`, `@`, tab or CR gets a
//!   leading `'`, so a spreadsheet shows it as text instead of running it (a name like
//!   `-Ann` therefore reads `'-Ann`).

use crate::content::scorecard::{Competency, COMPETENCIES};
use crate::scorecard::doc::IdSet;
use crate::scorecard::{Candidate, Decision, Interview, Rating, Ratings, ScorecardDoc, Status};

use super::scorecard_json::status_id;
use crate::codec::json::push_integer;

/// The UTF-8 byte order mark the CSV starts with.
pub const BOM: &str = "\u{feff}";

/// The header row's fields.
pub const HEADER: [&str; 13] = [
    "candidate",
    "role",
    "level",
    "interviewer",
    "stage",
    "version",
    "status",
    "competency",
    "competency label",
    "score",
    "score value",
    "note",
    "decision",
];

const SCORE_VALUES: [&str; 4] = ["1", "2", "3", "4"];

/// The rows of one interview version that do not change from competency to competency.
struct Line<'a> {
    candidate: Option<&'a Candidate>,
    interview: &'a Interview,
    version: String,
    status: Status,
    decision: Option<Decision>,
}

/// Every rating of `doc` as CSV (see the module documentation).
pub fn ratings_csv(doc: &ScorecardDoc) -> String {
    let mut out = String::from(BOM);
    write_row(&mut out, &HEADER);
    let candidates = IdSet::new(doc.candidates.iter().map(|c| c.id.as_str()));
    for interview in &doc.interviews {
        let at = candidates.position(&interview.candidate_id);
        let candidate = at.map(|at| doc.candidates[at].as_ref());
        write_interview(&mut out, candidate, interview);
    }
    out
}

fn write_interview(out: &mut String, candidate: Option<&Candidate>, interview: &Interview) {
    for filed in &interview.history {
        let decision = Some(filed.decision);
        let line = Line::new(
            candidate,
            interview,
            filed.version,
            Status::Submitted,
            decision,
        );
        write_version(out, &line, &filed.ratings);
    }
    let (version, status) = (interview.version, interview.status);
    let line = Line::new(candidate, interview, version, status, interview.decision);
    write_version(out, &line, &interview.ratings);
}

impl<'a> Line<'a> {
    fn new(
        candidate: Option<&'a Candidate>,
        interview: &'a Interview,
        version: u32,
        status: Status,
        decision: Option<Decision>,
    ) -> Self {
        let mut number = String::new();
        push_integer(&mut number, i64::from(version));
        Line {
            candidate,
            interview,
            version: number,
            status,
            decision,
        }
    }
}

fn write_version(out: &mut String, line: &Line, ratings: &Ratings) {
    for (competency, rating) in COMPETENCIES.iter().zip(ratings) {
        write_rating(out, line, competency, rating);
    }
}

fn write_rating(out: &mut String, line: &Line, competency: &Competency, rating: &Rating) {
    let candidate = line.candidate;
    let value = rating
        .score
        .level()
        .map_or("", |level| SCORE_VALUES[level.index()]);
    write_row(
        out,
        &[
            candidate.map_or("", |c| &c.name),
            candidate.map_or("", |c| &c.role),
            candidate.map_or("", |c| c.level.id()),
            &line.interview.interviewer,
            &line.interview.stage,
            &line.version,
            status_id(line.status),
            competency.id,
            competency.label,
            rating.score.id(),
            value,
            &rating.note,
            line.decision.map_or("", Decision::id),
        ],
    );
}

fn write_row(out: &mut String, fields: &[&str]) {
    for (index, field) in fields.iter().enumerate() {
        if index > 0 {
            out.push(',');
        }
        write_field(out, field);
    }
    out.push_str("\r\n");
}

/// One field, neutralised against formulas, then quoted when needed.
pub fn write_field(out: &mut String, field: &str) {
    let guard = field.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let quoted = field.contains([',', '"', '\r', '\n']);
    if quoted {
        out.push('"');
    }
    if guard {
        out.push('\'');
    }
    if quoted {
        push_doubling_quotes(out, field);
        out.push('"');
    } else {
        out.push_str(field);
    }
}

fn push_doubling_quotes(out: &mut String, field: &str) {
    for (index, part) in field.split('"').enumerate() {
        if index > 0 {
            out.push_str("\"\"");
        }
        out.push_str(part);
    }
}
