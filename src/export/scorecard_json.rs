//! The scorecard's JSON files: the whole scorecard or one candidate
//! (`backend-ready/scorecard`), and one interview an interviewer sends to the hiring
//! manager (`backend-ready/interview`). Writing is lossless; reading is strict and
//! builds nothing partial (see `read_doc` for every rule).
//!
//! ```json
//! {"format":"backend-ready/scorecard","version":1,
//!  "candidates":[{"id":"c1","name":"Ada","role":"Backend engineer","level":"senior",
//!                 "notes":"","archived":false,
//!                 "plan":[{"stage":"architecture-case-study","interviewer":"Ann"}]}],
//!  "roles":[{"name":"Backend engineer","level":"senior",
//!            "weights":{"system-design":20,"database":15,…,"experience":10},
//!            "sensitiveData":true,
//!            "questions":[{"stage":"architecture-case-study",
//!                          "text":"How would you keep card data out of our logs?",
//!                          "probes":["system-design","security"]}]}],
//!  "interviews":[{"id":"i1","candidate":"c1","interviewer":"Ann",
//!                 "stage":"architecture-case-study","version":2,"status":"draft",
//!                 "ratings":{"system-design":{"score":"strong","note":"…"},…},
//!                 "decision":null,
//!                 "history":[{"version":1,"ratings":{…},"decision":"yes"}]}]}
//! ```
//!
//! Every competency appears in every `ratings` and `weights` object, by its content id;
//! scores are `unrated`, `no-evidence` or a rating level id; `decision` is a decision id
//! or `null` (history versions always have one); `status` is `draft` or `submitted`.
//! Optional fields (issue 12), written only when set and read as absent otherwise, so
//! files from earlier builds import unchanged and earlier builds, which ignore unknown
//! fields, still read these: a role's `sensitiveData` (`true`: the role handles
//! sensitive data) and a candidate's `plan` (the interview plan: at most one entry per
//! stage, each a stage id and an interviewer name that may be empty); a role's
//! `questions` (the team's own questions, `crate::scorecard::questions`: at most 100,
//! each `{"stage":…,"text":…,"probes":[competency ids]}`, the text trimmed and 1 to
//! 500 characters, the probes 1 to 7 competency ids, a stage and text pair once); and
//! (issue 17) a role's `plan`, the stage ids its candidates are interviewed at, in
//! order (one to five, each once).
//! And (issue 18, item 4) a submitted version's `signature` (the current version's in
//! the interview object, an earlier one's in its history entry):
//! `{"key":"<public key>","value":"<signature>"}`, both base64url, made and checked as
//! `crate::scorecard::signing` says; a version without one is unverified, never
//! refused.
//! The single-interview file is `{"format":"backend-ready/interview","version":1,
//! "interview":{…}}` with the interview as above.

use std::rc::Rc;

use crate::content::scorecard::COMPETENCIES;
use crate::scorecard::signing::Signature;
use crate::scorecard::{
    Candidate, Decision, Interview, Ratings, Role, ScorecardDoc, Status, SubmittedVersion, Weights,
};

use super::read_doc;
use crate::codec::json::{self, Value};
use crate::codec::ImportError;

/// The `format` marker of a scorecard file (all of it, or one candidate).
pub const DOC_FORMAT: &str = "backend-ready/scorecard";

/// The `format` marker of a single-interview file.
pub const INTERVIEW_FORMAT: &str = "backend-ready/interview";

/// The version this build writes and the newest it reads. History: 1 — the first.
pub const FORMAT_VERSION: i64 = 1;

/// The whole scorecard as a `backend-ready/scorecard` file.
pub fn export_doc(doc: &ScorecardDoc) -> String {
    json::to_string(&doc_value(doc))
}

/// One candidate with its role (when the document has it) and its interviews, as a
/// `backend-ready/scorecard` file; `None` for an unknown candidate id.
pub fn export_candidate(doc: &ScorecardDoc, candidate_id: &str) -> Option<String> {
    let candidate = doc.candidates.iter().find(|c| c.id == candidate_id)?;
    let roles = doc.roles.iter().filter(|role| role.name == candidate.role);
    let interviews = doc.interviews.iter();
    let own = interviews.filter(|interview| interview.candidate_id == candidate_id);
    let single = ScorecardDoc {
        candidates: vec![Rc::clone(candidate)],
        roles: roles.cloned().collect(),
        interviews: own.cloned().collect(),
    };
    Some(export_doc(&single))
}

/// The candidate with `candidate_id` alone, to prepare the interviewers: the candidate
/// (with the interview plan) and their role, without anyone's interviews, so each
/// interviewer's judgement is formed blind; small enough for a link (`super::link`).
pub fn export_for_interviewers(doc: &ScorecardDoc, candidate_id: &str) -> Option<String> {
    let candidate = doc.candidate(candidate_id)?;
    Some(export_with(doc, candidate, Vec::new()))
}

/// A file of `candidate` with their role (`ScorecardDoc::role_of`) and `interviews`.
pub fn export_with(
    doc: &ScorecardDoc,
    candidate: &Candidate,
    interviews: Vec<Rc<Interview>>,
) -> String {
    export_doc(&ScorecardDoc {
        candidates: vec![Rc::new(candidate.clone())],
        roles: vec![doc.role_of(candidate)],
        interviews,
    })
}

/// One interview as a `backend-ready/interview` file.
pub fn export_interview(interview: &Interview) -> String {
    json::to_string(&object(vec![
        ("format", text(INTERVIEW_FORMAT)),
        ("version", Value::Number(FORMAT_VERSION)),
        ("interview", interview_value(interview)),
    ]))
}

/// Reads a `backend-ready/scorecard` file; refused as a whole on the first problem.
pub fn import_doc(text: &str) -> Result<ScorecardDoc, ImportError> {
    read_doc::read_doc(text)
}

/// Reads a `backend-ready/interview` file. A valid draft is returned too: merging it
/// (`crate::scorecard::merge_interview`) refuses anything not submitted.
pub fn import_interview(text: &str) -> Result<Interview, ImportError> {
    read_doc::read_interview_file(text)
}

/// `draft` or `submitted`.
pub fn status_id(status: Status) -> &'static str {
    match status {
        Status::Draft => "draft",
        Status::Submitted => "submitted",
    }
}

/// The status with [`status_id`] `id`, if any.
pub fn status_from_id(id: &str) -> Option<Status> {
    [Status::Draft, Status::Submitted]
        .into_iter()
        .find(|status| status_id(*status) == id)
}

fn doc_value(doc: &ScorecardDoc) -> Value {
    object(vec![
        ("format", text(DOC_FORMAT)),
        ("version", Value::Number(FORMAT_VERSION)),
        (
            "candidates",
            array(doc.candidates.iter().map(Rc::as_ref).map(candidate_value)),
        ),
        ("roles", array(doc.roles.iter().map(role_value))),
        (
            "interviews",
            array(doc.interviews.iter().map(Rc::as_ref).map(interview_value)),
        ),
    ])
}

fn candidate_value(candidate: &Candidate) -> Value {
    let mut members = vec![
        ("id", text(&candidate.id)),
        ("name", text(&candidate.name)),
        ("role", text(&candidate.role)),
        ("level", text(candidate.level.id())),
        ("notes", text(&candidate.notes)),
        ("archived", Value::Bool(candidate.archived)),
    ];
    // Optional: written only for a candidate with a plan.
    if !candidate.plan.is_empty() {
        let plan = candidate.plan.iter().map(|planned| {
            object(vec![
                ("stage", text(&planned.stage)),
                ("interviewer", text(&planned.interviewer)),
            ])
        });
        members.push(("plan", array(plan)));
    }
    object(members)
}

fn role_value(role: &Role) -> Value {
    let mut members = vec![
        ("name", text(&role.name)),
        ("level", text(role.level.id())),
        ("weights", weights_value(&role.weights)),
    ];
    // Optional: written only when set, so files without it read as before.
    if role.sensitive_data {
        members.push(("sensitiveData", Value::Bool(true)));
    }
    if !role.questions.is_empty() {
        let questions = role.questions.iter().map(|question| {
            object(vec![
                ("stage", text(question.stage)),
                ("text", text(&question.text)),
                ("probes", array(question.probes.iter().map(|id| text(id)))),
            ])
        });
        members.push(("questions", array(questions)));
    }
    if !role.plan.is_empty() {
        let stages = role.plan.iter().map(|stage| text(stage));
        members.push(("plan", array(stages)));
    }
    object(members)
}

fn weights_value(weights: &Weights) -> Value {
    let values = COMPETENCIES.iter().zip(weights.values());
    let members = values
        .map(|(competency, weight)| (competency.id.to_owned(), Value::Number(i64::from(weight))));
    Value::Object(members.collect())
}

fn interview_value(interview: &Interview) -> Value {
    let mut members = vec![
        ("id", text(&interview.id)),
        ("candidate", text(&interview.candidate_id)),
        ("interviewer", text(&interview.interviewer)),
        ("stage", text(&interview.stage)),
        ("version", Value::Number(i64::from(interview.version))),
        ("status", text(status_id(interview.status))),
        ("ratings", ratings_value(&interview.ratings)),
        ("decision", decision_value(interview.decision)),
        (
            "history",
            array(interview.history.iter().map(version_value)),
        ),
    ];
    if interview.is_locked() {
        push_signature(&mut members, interview.signature.as_ref());
    }
    object(members)
}

fn version_value(filed: &SubmittedVersion) -> Value {
    let mut members = vec![
        ("version", Value::Number(i64::from(filed.version))),
        ("ratings", ratings_value(&filed.ratings)),
        ("decision", decision_value(Some(filed.decision))),
    ];
    push_signature(&mut members, filed.signature.as_ref());
    object(members)
}

/// Optional: a signed version's `signature`, after its other members.
fn push_signature(members: &mut Vec<(&'static str, Value)>, signature: Option<&Signature>) {
    if let Some(signature) = signature {
        let value = object(vec![
            ("key", text(&signature.key)),
            ("value", text(&signature.value)),
        ]);
        members.push(("signature", value));
    }
}

fn ratings_value(ratings: &Ratings) -> Value {
    let pairs = COMPETENCIES.iter().zip(ratings);
    let members = pairs.map(|(competency, rating)| {
        let value = object(vec![
            ("score", text(rating.score.id())),
            ("note", text(&rating.note)),
        ]);
        (competency.id.to_owned(), value)
    });
    Value::Object(members.collect())
}

fn decision_value(decision: Option<Decision>) -> Value {
    decision.map_or(Value::Null, |decision| text(decision.id()))
}

fn text(text: &str) -> Value {
    Value::String(text.to_owned())
}

fn array(items: impl Iterator<Item = Value>) -> Value {
    Value::Array(items.collect())
}

fn object(members: Vec<(&'static str, Value)>) -> Value {
    let members = members
        .into_iter()
        .map(|(key, value)| (key.to_owned(), value));
    Value::Object(members.collect())
}
