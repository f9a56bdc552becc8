//! The scorecard's stored document: everything the scorecard mode keeps in
//! localStorage, as one compact JSON text.
//!
//! ```json
//! {"format":"backend-ready/scorecard-store","version":1,"me":"Ann",
//!  "roles":[["Backend engineer","senior",[20,15,15,10,15,15,10]]],
//!  "candidates":[["c1","Ada Lovelace","Backend engineer","senior","",false]],
//!  "interviews":[
//!   ["i1","c1","Ann","database-modelling",1,"s","342n321",
//!    ["Normalised, then denormalised with a reason","","Knows \"MVCC\""],"yes",[]],
//!   ["i2","c1","Bob","architecture-case-study",2,"d","3------",[],null,
//!    [[1,"3223232",["First pass"],"no"]]]],
//!  "theme-hint":"dark"}
//! ```
//!
//! - `me`: the name this browser's user interviews as; may be empty.
//! - A role is `[name, level, weights]`, the weights in `COMPETENCIES` order, and from
//!   version 2 optionally a fourth item `true` when the role handles sensitive data
//!   (left out when it does not and the role has no questions or plan of its own),
//!   then from version 3 optionally a fifth, the team's own questions
//!   (`crate::scorecard::questions`): `[[stage, text, [competency ids]], …]`, with the
//!   fourth item `false` when the role does not handle sensitive data; from version 4
//!   optionally a sixth, the role's interview plan: `[stage, …]` in order, one to five
//!   stages, each once (the fifth item then `[]` when the role has no questions).
//! - A candidate is `[id, name, role, level, notes, archived]`, and from version 2
//!   optionally a seventh item, the interview plan: `[[stage, interviewer], …]`, at
//!   most one per stage, the interviewer possibly empty (left out without a plan); from
//!   version 3 optionally an eighth item `true` when this browser's user, with no
//!   interview of the candidate, chose to see the ratings (the plan is then written,
//!   `[]` when empty; both left out otherwise).
//! - An interview is `[id, candidate, interviewer, stage, version, status, scores, notes,
//!   decision, history]`: `status` is `"d"` (draft) or `"s"` (submitted); `scores` has
//!   one character per competency in `COMPETENCIES` order: `-` unrated, `n` no
//!   evidence, `1`–`4` a rating level; `notes` holds the evidence notes in the same
//!   order, trailing empty notes left out (a draft with no notes has `[]`); `decision`
//!   is a decision id or `null`; `history` holds the earlier submitted versions, oldest
//!   first, each `[version, scores, notes, decision]`. From version 5 (issue 18, item
//!   4) a signed version carries one more item, its signature `[key, value]`
//!   (`crate::scorecard::signing`: base64url, exactly that shape): the eleventh of a
//!   submitted interview, the fifth of a history version; left out when unsigned.
//!   Stored signatures were made here or verified at import.
//! - Levels, stages and decisions are the content ids the export file uses.
//! - Members this build does not know, at the top level only (say `theme-hint` above),
//!   are kept in their order and written back after the known ones.
//!
//! Arrays rather than the export file's objects (`backend-ready/scorecard`), because
//! the store must stay small: the export repeats every competency id and the keys
//! `score` and `note` for every rating. Measured (the `storage_scorecard` test prints
//! it): 1,000 candidates × 4 submitted interviews × 7 ratings, each with a
//! 60-character note, and ids like the UI's, take 2,272,163 UTF-16 code units here
//! (the notes alone are 1,680,000) against 3,834,396 for the export file. Everything
//! but the notes costs about 150 units per interview, so 2.5 million units hold such a
//! store while notes average up to about 68 characters.
//!
//! The competency order is part of version 1: adding, removing or reordering
//! competencies needs a new version and a migration from this one.
//!
//! Reading is as strict as the import of an export file: the strict JSON reader
//! (`crate::codec::json`), the document's limits (`crate::scorecard::doc`: 5000
//! candidates, 1000 roles, 50000 interviews, 1000 history versions; ids and names up
//! to 200 characters, ids not blank, notes up to 5000), its references checked
//! (`ScorecardDoc::check_references`: unique candidate ids, interview ids and role
//! names, every interview's candidate present), every interview passing
//! `validate_interview`, a role's own questions following `crate::scorecard::questions`
//! (at most 100, each once), and no `__proto__`, `constructor` or `prototype` key anywhere.
//! Records are arrays of a fixed length, so nothing unknown is accepted inside them.
//! The first problem found is returned; nothing partial is built, and decoding never
//! panics. Sits beside the `export` module; neither imports the other.

use crate::codec::error::Path;
use crate::codec::fields::{check_keys, fits_chars, FORBIDDEN_KEYS};
use crate::codec::json::{self, Value};
use crate::content::scorecard::{stage, COMPETENCIES, COMPETENCY_COUNT, STAGES};
use crate::scorecard::doc::{
    MAX_CANDIDATES, MAX_HISTORY, MAX_INTERVIEWS, MAX_NAME_CHARS, MAX_NOTE_CHARS, MAX_ROLES,
};
use crate::scorecard::questions::{check_bank, TeamQuestion, MAX_QUESTIONS};
use crate::scorecard::signing::Signature;
use crate::scorecard::{
    validate_interview, Candidate, Decision, Interview, InterviewProblem, PlannedStage,
    RatingLevel, Ratings, ReferenceError, ReferenceProblem, Role, RoleLevel, Score, ScorecardDoc,
    Status, SubmittedVersion, Weights, MAX_WEIGHT,
};
use crate::sentences::json_reason;

use super::DecodeError;

mod encoded;
mod stream;

pub use encoded::Encoded;

/// The `format` marker of the stored scorecard.
pub const STORE_FORMAT: &str = "backend-ready/scorecard-store";

/// The newest version this build reads and writes. History: 1 — the first; 2 (0.2.0) —
/// optional trailing record items (issue 12): a role's sensitive-data flag, a
/// candidate's interview plan; 3 — a candidate's optional "ratings shown" item (issue
/// 18) and a role's team's own questions (issue 12.5), a fifth role item; 4 — a role's
/// interview plan (issue 17), a sixth role item; 5 — a version's signature (issue 18,
/// item 4), an eleventh interview item and a fifth history item. A store is written as the oldest
/// version that holds it: one that uses none of them as version 1, byte for byte as
/// before, so earlier builds keep reading it; one that uses them as version 2, 3 or 4,
/// which earlier builds leave alone as newer rather than discard.
pub const STORE_VERSION: i64 = 5;

/// The version of a store that uses version 4's items (a role's plan) and no
/// signature.
const ROLE_PLAN_VERSION: i64 = 4;

/// The version of a store that uses none of the optional items.
const PLAIN_VERSION: i64 = 1;

/// The version of a store that uses version 2's optional items only.
const PLAN_VERSION: i64 = 2;

/// The version of a store that uses version 3's optional items (a candidate's "ratings
/// shown", a role's team questions) and no role plan.
const REVEALED_VERSION: i64 = 3;

/// The top-level members this build reads and writes.
const KNOWN_MEMBERS: [&str; 6] = [
    "format",
    "version",
    "me",
    "roles",
    "candidates",
    "interviews",
];

/// What the scorecard mode keeps in localStorage.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StoredScorecard {
    pub doc: ScorecardDoc,
    /// The name this browser's user interviews as; may be empty.
    pub interviewer: String,
    /// Top-level members this build does not know, in their order, written back
    /// unchanged.
    pub unknown: Vec<(String, Value)>,
}

/// The stored text for `stored`. An `unknown` member that could not be read back (a
/// known or forbidden key, a repeated key, a forbidden key inside) is left out.
pub fn encode(stored: &StoredScorecard) -> String {
    encode_parts(&stored.doc, &stored.interviewer, &stored.unknown)
}

/// [`encode`] from the parts, for a caller that holds them apart.
pub fn encode_parts(doc: &ScorecardDoc, interviewer: &str, unknown: &[(String, Value)]) -> String {
    encode_kept(&mut Encoded::default(), doc, interviewer, unknown)
}

/// [`encode_parts`], copying the text `kept` holds from the last call for each record
/// that did not change since (see [`Encoded`]), for a caller that saves again and again.
pub fn encode_kept(
    kept: &mut Encoded,
    doc: &ScorecardDoc,
    interviewer: &str,
    unknown: &[(String, Value)],
) -> String {
    let head = vec![
        member("format", text(STORE_FORMAT)),
        member("version", Value::Number(version_for(doc))),
        member("me", text(interviewer)),
        member("roles", list(doc.roles.iter().map(role_value))),
    ];
    let mut written = KNOWN_MEMBERS.to_vec();
    let mut tail = Vec::new();
    for (key, value) in unknown {
        if can_write_back(key, value, &written) {
            written.push(key);
            tail.push((key.as_str(), value));
        }
    }
    kept.encode(doc, head, &tail)
}

/// The oldest version that holds everything in `doc`.
fn version_for(doc: &ScorecardDoc) -> i64 {
    if doc.interviews.iter().any(|interview| is_signed(interview)) {
        return STORE_VERSION;
    }
    if doc.roles.iter().any(|role| !role.plan.is_empty()) {
        return ROLE_PLAN_VERSION;
    }
    let candidates = &doc.candidates;
    if candidates.iter().any(|candidate| candidate.revealed)
        || doc.roles.iter().any(|role| !role.questions.is_empty())
    {
        return REVEALED_VERSION;
    }
    let optional = doc.roles.iter().any(|role| role.sensitive_data)
        || candidates
            .iter()
            .any(|candidate| !candidate.plan.is_empty());
    if optional {
        PLAN_VERSION
    } else {
        PLAIN_VERSION
    }
}

/// Whether any version of `interview` is stored with a signature.
fn is_signed(interview: &Interview) -> bool {
    stored_signature(interview).is_some() || interview.history.iter().any(|f| f.signature.is_some())
}

/// The current version's signature as stored: a submitted version's only.
fn stored_signature(interview: &Interview) -> Option<&Signature> {
    interview
        .signature
        .as_ref()
        .filter(|_| interview.is_locked())
}

fn signature_value(signature: &Signature) -> Value {
    Value::Array(vec![text(&signature.key), text(&signature.value)])
}

fn can_write_back(key: &str, value: &Value, written: &[&str]) -> bool {
    !written.contains(&key)
        && !FORBIDDEN_KEYS.contains(&key)
        && check_keys(value, Path::Root).is_ok()
}

fn member(key: &str, value: Value) -> (String, Value) {
    (key.to_owned(), value)
}

fn text(text: &str) -> Value {
    Value::String(text.to_owned())
}

fn list(items: impl Iterator<Item = Value>) -> Value {
    Value::Array(items.collect())
}

fn role_value(role: &Role) -> Value {
    let weights = role.weights.values().map(|w| Value::Number(i64::from(w)));
    let mut items = vec![
        text(&role.name),
        text(role.level.id()),
        Value::Array(weights.to_vec()),
    ];
    let has_plan = !role.plan.is_empty();
    if role.sensitive_data || !role.questions.is_empty() || has_plan {
        items.push(Value::Bool(role.sensitive_data));
    }
    if !role.questions.is_empty() || has_plan {
        items.push(list(role.questions.iter().map(question_value)));
    }
    if has_plan {
        items.push(list(role.plan.iter().map(|stage| text(stage))));
    }
    Value::Array(items)
}

fn question_value(question: &TeamQuestion) -> Value {
    Value::Array(vec![
        text(question.stage),
        text(&question.text),
        list(question.probes.iter().map(|id| text(id))),
    ])
}

fn candidate_value(candidate: &Candidate) -> Value {
    let mut items = vec![
        text(&candidate.id),
        text(&candidate.name),
        text(&candidate.role),
        text(candidate.level.id()),
        text(&candidate.notes),
        Value::Bool(candidate.archived),
    ];
    if !candidate.plan.is_empty() || candidate.revealed {
        let plan = candidate
            .plan
            .iter()
            .map(|planned| Value::Array(vec![text(&planned.stage), text(&planned.interviewer)]));
        items.push(list(plan));
    }
    if candidate.revealed {
        items.push(Value::Bool(true));
    }
    Value::Array(items)
}

fn interview_value(interview: &Interview) -> Value {
    let decision = interview.decision.map_or(Value::Null, |d| text(d.id()));
    let mut items = vec![
        text(&interview.id),
        text(&interview.candidate_id),
        text(&interview.interviewer),
        text(&interview.stage),
        Value::Number(i64::from(interview.version)),
        text(status_code(interview.status)),
        scores_value(&interview.ratings),
        notes_value(&interview.ratings),
        decision,
        list(interview.history.iter().map(filed_value)),
    ];
    items.extend(stored_signature(interview).map(signature_value));
    Value::Array(items)
}

fn filed_value(filed: &SubmittedVersion) -> Value {
    let mut items = vec![
        Value::Number(i64::from(filed.version)),
        scores_value(&filed.ratings),
        notes_value(&filed.ratings),
        text(filed.decision.id()),
    ];
    items.extend(filed.signature.as_ref().map(signature_value));
    Value::Array(items)
}

fn scores_value(ratings: &Ratings) -> Value {
    Value::String(
        ratings
            .iter()
            .map(|rating| score_char(rating.score))
            .collect(),
    )
}

/// The notes up to the last one that is not empty.
fn notes_value(ratings: &Ratings) -> Value {
    let kept = ratings
        .iter()
        .rposition(|rating| !rating.note.is_empty())
        .map_or(0, |last| last + 1);
    list(ratings[..kept].iter().map(|rating| text(&rating.note)))
}

fn status_code(status: Status) -> &'static str {
    match status {
        Status::Draft => "d",
        Status::Submitted => "s",
    }
}

fn status_from_code(code: &str) -> Option<Status> {
    match code {
        "d" => Some(Status::Draft),
        "s" => Some(Status::Submitted),
        _ => None,
    }
}

fn score_char(score: Score) -> char {
    match score {
        Score::Unrated => '-',
        Score::NoEvidence => 'n',
        Score::Level(level) => char::from(b'0' + level.value()),
    }
}

fn score_from_char(code: char) -> Option<Score> {
    match code {
        '-' => Some(Score::Unrated),
        'n' => Some(Score::NoEvidence),
        '1'..='4' => RatingLevel::from_value(code as u8 - b'0').map(Score::Level),
        _ => None,
    }
}

type Decoded<T> = Result<T, DecodeError>;

fn unreadable(reason: &'static str) -> DecodeError {
    DecodeError::Unreadable(reason)
}

/// Reads a stored text by the rules in the module docs. Never panics; an error means
/// "keep the text aside, start fresh" (or, for a newer version, leave it for that build).
///
/// A store as this build writes it is read in one pass straight into the document
/// (`stream`: no JSON tree, each string moved into its record); anything that pass does
/// not accept, a damaged text included, is read again by [`decode_tree`], so the result
/// and every error are the tree reader's.
pub fn decode(text: &str) -> Result<StoredScorecard, DecodeError> {
    match stream::read(text) {
        Some(stored) => Ok(stored),
        None => decode_tree(text),
    }
}

/// The one-pass reader alone: `None` wherever [`decode`] falls back to [`decode_tree`]
/// (for the tests that hold the two readers to the same result).
pub fn decode_one_pass(text: &str) -> Option<StoredScorecard> {
    stream::read(text)
}

/// [`decode`] through the JSON tree (`crate::codec::json::parse`): the reference the
/// one-pass reader is tested against, and the reader of every text it gives up on.
pub fn decode_tree(text: &str) -> Result<StoredScorecard, DecodeError> {
    let root = json::parse(text).map_err(|error| unreadable(json_reason(error.kind)))?;
    let Some(members) = root.as_object() else {
        return Err(unreadable("not a JSON object"));
    };
    let version = check_header(&root)?;
    check_keys(&root, Path::Root).map_err(|_| unreadable("a forbidden key"))?;
    let me = field(&root, "me", "no me")?;
    let interviewer = string(me, MAX_NAME_CHARS, "me is too long or not a string")?;
    let doc = ScorecardDoc {
        roles: records(field(&root, "roles", "no roles")?, &ROLES, read_role)?,
        candidates: records(
            field(&root, "candidates", "no candidates")?,
            &CANDIDATES,
            read_candidate,
        )?,
        interviews: records(
            field(&root, "interviews", "no interviews")?,
            &INTERVIEWS,
            read_interview,
        )?,
    };
    let unknown = members
        .iter()
        .filter(|(key, _)| !KNOWN_MEMBERS.contains(&key.as_str()))
        .cloned()
        .collect();
    finish(version, interviewer, doc, unknown)
}

/// The checks over the whole document both readers make last: its references, and the
/// items that need a newer version than the one stored.
fn finish(
    version: i64,
    interviewer: String,
    doc: ScorecardDoc,
    unknown: Vec<(String, Value)>,
) -> Decoded<StoredScorecard> {
    doc.check_references().map_err(reference_error)?;
    if version < REVEALED_VERSION && doc.roles.iter().any(|role| !role.questions.is_empty()) {
        return Err(unreadable("a role has questions before version 3"));
    }
    if version < ROLE_PLAN_VERSION && doc.roles.iter().any(|role| !role.plan.is_empty()) {
        return Err(unreadable("a role has a plan before version 4"));
    }
    if version < STORE_VERSION && doc.interviews.iter().any(|i| is_signed(i)) {
        return Err(unreadable("a version has a signature before version 5"));
    }
    Ok(StoredScorecard {
        doc,
        interviewer,
        unknown,
    })
}

/// The format marker, then the version (returned): a newer version is reported as such
/// even when the rest would not be readable here.
fn check_header(root: &Value) -> Decoded<i64> {
    if root.get("format").and_then(Value::as_str) != Some(STORE_FORMAT) {
        return Err(unreadable("not a stored scorecard"));
    }
    let version = root.get("version").and_then(Value::as_i64);
    let version = version.ok_or(unreadable("no version number"))?;
    if version > STORE_VERSION {
        let version = u32::try_from(version).unwrap_or(u32::MAX);
        return Err(DecodeError::NewerVersion(version));
    }
    if version < 1 {
        return Err(unreadable("a version below 1"));
    }
    Ok(version)
}

fn field<'a>(root: &'a Value, key: &str, missing: &'static str) -> Decoded<&'a Value> {
    root.get(key).ok_or(unreadable(missing))
}

/// A list's limit, and what to say when it is broken.
struct ListRule {
    max_items: usize,
    not_a_list: &'static str,
    too_many: &'static str,
}

impl ListRule {
    const fn new(max_items: usize, not_a_list: &'static str, too_many: &'static str) -> Self {
        ListRule {
            max_items,
            not_a_list,
            too_many,
        }
    }
}

const ROLES: ListRule = ListRule::new(MAX_ROLES, "roles is not an array", "more than 1000 roles");

const CANDIDATES: ListRule = ListRule::new(
    MAX_CANDIDATES,
    "candidates is not an array",
    "more than 5000 candidates",
);

const INTERVIEWS: ListRule = ListRule::new(
    MAX_INTERVIEWS,
    "interviews is not an array",
    "more than 50000 interviews",
);

const HISTORY: ListRule = ListRule::new(
    MAX_HISTORY,
    "a history is not an array",
    "more than 1000 history versions",
);

/// The records of the list `value`, each as the document holds it (`R`: a role, or a
/// candidate or interview behind its own `Rc`).
fn records<T, R: From<T>>(
    value: &Value,
    rule: &ListRule,
    read: fn(&Value) -> Decoded<T>,
) -> Decoded<Vec<R>> {
    let items = value.as_array().ok_or(unreadable(rule.not_a_list))?;
    if items.len() > rule.max_items {
        return Err(unreadable(rule.too_many));
    }
    items.iter().map(|item| read(item).map(R::from)).collect()
}

/// `value` as an array of exactly `N` items.
fn fixed<'a, const N: usize>(value: &'a Value, malformed: &'static str) -> Decoded<&'a [Value; N]> {
    let items = value.as_array().ok_or(unreadable(malformed))?;
    items.try_into().map_err(|_| unreadable(malformed))
}

/// `value` as an array of `N` items and, from version 2, up to `optional` items after
/// them (returned as a slice).
fn fixed_and_optional<'a, const N: usize>(
    value: &'a Value,
    optional: usize,
    malformed: &'static str,
) -> Decoded<(&'a [Value; N], &'a [Value])> {
    let items = value.as_array().ok_or(unreadable(malformed))?;
    if !(N..=N + optional).contains(&items.len()) {
        return Err(unreadable(malformed));
    }
    let (fixed, extra) = items.split_at(N);
    let fixed = fixed.try_into().map_err(|_| unreadable(malformed))?;
    Ok((fixed, extra))
}

/// An optional `true`/`false` item; absent means `false`.
fn flag(value: Option<&Value>, wrong: &'static str) -> Decoded<bool> {
    value.map_or(Ok(false), |flag| flag.as_bool().ok_or(unreadable(wrong)))
}

/// A string of at most `max_chars` characters.
fn string(value: &Value, max_chars: usize, wrong: &'static str) -> Decoded<String> {
    match value.as_str() {
        Some(text) if fits_chars(text, max_chars) => Ok(text.to_owned()),
        _ => Err(unreadable(wrong)),
    }
}

/// An id or name: at most [`MAX_NAME_CHARS`] characters, not blank.
fn id(value: &Value, wrong: &'static str) -> Decoded<String> {
    let text = string(value, MAX_NAME_CHARS, wrong)?;
    if text.trim().is_empty() {
        return Err(unreadable(wrong));
    }
    Ok(text)
}

/// The content id in `value`, read by `from_id`.
fn choice<T>(value: &Value, from_id: fn(&str) -> Option<T>, wrong: &'static str) -> Decoded<T> {
    value.as_str().and_then(from_id).ok_or(unreadable(wrong))
}

fn read_role(value: &Value) -> Decoded<Role> {
    let ([name, level, weights], extra) =
        fixed_and_optional(value, 3, "a role is not a 3- to 6-item array")?;
    let sensitive = flag(
        extra.first(),
        "a role's sensitive-data flag is not true or false",
    )?;
    let questions = extra.get(1);
    let plan = extra.get(2);
    Ok(Role {
        // Blank for the role every candidate without one shares (stored since 0.1.0).
        name: string(
            name,
            MAX_NAME_CHARS,
            "a role name is too long or not a string",
        )?,
        level: choice(level, RoleLevel::from_id, "an unknown role level")?,
        weights: read_weights(weights)?,
        sensitive_data: sensitive,
        questions: questions.map_or(Ok(Vec::new()), read_questions)?,
        plan: plan.map_or(Ok(Vec::new()), read_role_plan)?,
    })
}

const QUESTIONS: ListRule = ListRule::new(
    MAX_QUESTIONS,
    "a role's questions are not an array",
    "more than 100 questions of a role",
);

/// A role's own questions, by the rules of `crate::scorecard::questions`.
fn read_questions(value: &Value) -> Decoded<Vec<TeamQuestion>> {
    let questions = records(value, &QUESTIONS, read_question)?;
    check_bank(&questions).map_err(|_| unreadable("a role has the same question twice"))?;
    Ok(questions)
}

fn read_question(value: &Value) -> Decoded<TeamQuestion> {
    const BAD: &str = "a question is not [stage, text, [competency ids]] by the rules";
    let [stage_id, question, probes] = fixed(value, BAD)?;
    let probes = probes
        .as_array()
        .filter(|probes| probes.len() <= COMPETENCY_COUNT);
    let mut ids = Vec::new();
    for probe in probes.ok_or(unreadable(BAD))? {
        ids.push(probe.as_str().ok_or(unreadable(BAD))?);
    }
    let (Some(stage_id), Some(question)) = (stage_id.as_str(), question.as_str()) else {
        return Err(unreadable(BAD));
    };
    TeamQuestion::new(stage_id, question, &ids).map_err(|_| unreadable(BAD))
}

/// A role's plan: stage ids in order, each at most once, at least one.
fn read_role_plan(value: &Value) -> Decoded<Vec<String>> {
    const BAD_PLAN: &str = "a role's plan is not a list of stages, each once";
    let items = value.as_array().ok_or(unreadable(BAD_PLAN))?;
    if items.is_empty() || items.len() > STAGES.len() {
        return Err(unreadable(BAD_PLAN));
    }
    let mut plan: Vec<String> = Vec::with_capacity(items.len());
    for item in items {
        let stage = choice(item, known_stage, "an unknown planned stage")?;
        if plan.contains(&stage) {
            return Err(unreadable(BAD_PLAN));
        }
        plan.push(stage);
    }
    Ok(plan)
}

fn read_weights(value: &Value) -> Decoded<Weights> {
    let items: &[Value; COMPETENCY_COUNT] = fixed(value, "weights are not 7 numbers")?;
    let mut pairs = Vec::with_capacity(COMPETENCY_COUNT);
    for (competency, item) in COMPETENCIES.iter().zip(items) {
        let weight = item.as_i64().and_then(|weight| u16::try_from(weight).ok());
        let weight = weight.filter(|weight| *weight <= MAX_WEIGHT);
        let weight = weight.ok_or(unreadable("a weight is not a whole number from 0 to 1000"))?;
        pairs.push((competency.id, weight));
    }
    Weights::new(&pairs).map_err(|_| unreadable("every weight of a role is 0"))
}

fn read_candidate(value: &Value) -> Decoded<Candidate> {
    let ([candidate_id, name, role, level, notes, archived], extra) =
        fixed_and_optional(value, 2, "a candidate is not a 6- to 8-item array")?;
    Ok(Candidate {
        id: id(
            candidate_id,
            "a candidate id is blank, too long or not a string",
        )?,
        name: string(
            name,
            MAX_NAME_CHARS,
            "a candidate name is too long or not a string",
        )?,
        role: string(
            role,
            MAX_NAME_CHARS,
            "a candidate's role is too long or not a string",
        )?,
        level: choice(level, RoleLevel::from_id, "an unknown candidate level")?,
        notes: string(
            notes,
            MAX_NOTE_CHARS,
            "candidate notes are too long or not a string",
        )?,
        archived: archived
            .as_bool()
            .ok_or(unreadable("archived is not true or false"))?,
        plan: extra.first().map_or(Ok(Vec::new()), read_plan)?,
        revealed: flag(
            extra.get(1),
            "a candidate's ratings-shown item is not true or false",
        )?,
    })
}

/// A candidate's plan: at most one `[stage, interviewer]` per stage.
fn read_plan(value: &Value) -> Decoded<Vec<PlannedStage>> {
    const BAD_PLAN: &str = "a plan is not a list of [stage, interviewer]";
    let items = value.as_array().ok_or(unreadable(BAD_PLAN))?;
    if items.len() > STAGES.len() {
        return Err(unreadable("a plan has more entries than there are stages"));
    }
    let mut plan: Vec<PlannedStage> = Vec::with_capacity(items.len());
    for item in items {
        let [stage_id, interviewer] = fixed(item, BAD_PLAN)?;
        let planned = PlannedStage {
            stage: choice(stage_id, known_stage, "an unknown planned stage")?,
            interviewer: string(interviewer, MAX_NAME_CHARS, BAD_PLAN)?,
        };
        if plan.iter().any(|earlier| earlier.stage == planned.stage) {
            return Err(unreadable("a plan names a stage twice"));
        }
        plan.push(planned);
    }
    Ok(plan)
}

fn read_interview(value: &Value) -> Decoded<Interview> {
    let (
        [interview_id, candidate, interviewer, stage_id, version, status, scores, notes, decision, history],
        extra,
    ) = fixed_and_optional(value, 1, "an interview is not a 10- or 11-item array")?;
    let decision = match decision {
        Value::Null => None,
        other => Some(choice(other, Decision::from_id, "an unknown decision")?),
    };
    let interview = Interview {
        id: id(
            interview_id,
            "an interview id is blank, too long or not a string",
        )?,
        candidate_id: id(
            candidate,
            "an interview's candidate id is blank or too long",
        )?,
        interviewer: id(interviewer, "an interviewer name is blank or too long")?,
        stage: choice(stage_id, known_stage, "an unknown stage")?,
        version: version_number(version)?,
        status: choice(status, status_from_code, "an unknown status")?,
        ratings: read_ratings(scores, notes)?,
        decision,
        history: records(history, &HISTORY, read_filed)?,
        signature: extra.first().map(read_signature).transpose()?,
    };
    if interview.signature.is_some() && !interview.is_locked() {
        return Err(unreadable("a draft has a signature"));
    }
    validate_interview(&interview).map_err(|problem| unreadable(problem_reason(problem)))?;
    Ok(interview)
}

fn known_stage(id: &str) -> Option<String> {
    stage(id).map(|stage| stage.id.to_owned())
}

fn version_number(value: &Value) -> Decoded<u32> {
    let version = value.as_i64().and_then(|v| u32::try_from(v).ok());
    let version = version.filter(|version| *version >= 1);
    version.ok_or(unreadable("a version is not a whole number from 1"))
}

fn read_filed(value: &Value) -> Decoded<SubmittedVersion> {
    let ([version, scores, notes, decision], extra) =
        fixed_and_optional(value, 1, "a history version is malformed")?;
    Ok(SubmittedVersion {
        version: version_number(version)?,
        ratings: read_ratings(scores, notes)?,
        decision: choice(decision, Decision::from_id, "an unknown decision")?,
        signature: extra.first().map(read_signature).transpose()?,
    })
}

/// A stored signature: `[key, value]` of exactly the shape `Signature::parse` reads.
fn read_signature(value: &Value) -> Decoded<Signature> {
    const BAD: &str = "a signature is not [key, value] of the right shape";
    let [key, signature] = fixed(value, BAD)?;
    let (Some(key), Some(signature)) = (key.as_str(), signature.as_str()) else {
        return Err(unreadable(BAD));
    };
    Signature::parse(key, signature).ok_or(unreadable(BAD))
}

/// The scores string and the notes array of one version.
fn read_ratings(scores: &Value, notes: &Value) -> Decoded<Ratings> {
    const BAD_SCORES: &str = "scores are not 7 of - n 1 2 3 4";
    let scores = scores.as_str().ok_or(unreadable(BAD_SCORES))?;
    let notes = notes
        .as_array()
        .filter(|notes| notes.len() <= COMPETENCY_COUNT);
    let notes = notes.ok_or(unreadable("notes are not an array of at most 7"))?;
    let mut codes = scores.chars();
    let mut ratings = Ratings::default();
    for (index, rating) in ratings.iter_mut().enumerate() {
        let score = codes.next().and_then(score_from_char);
        rating.score = score.ok_or(unreadable(BAD_SCORES))?;
        if let Some(note) = notes.get(index) {
            rating.note = string(note, MAX_NOTE_CHARS, "a note is too long or not a string")?;
        }
    }
    if codes.next().is_some() {
        return Err(unreadable(BAD_SCORES));
    }
    Ok(ratings)
}

fn problem_reason(problem: InterviewProblem) -> &'static str {
    match problem {
        InterviewProblem::MissingId
        | InterviewProblem::MissingCandidate
        | InterviewProblem::MissingInterviewer => "an interview has a blank id or name",
        InterviewProblem::UnknownStage => "an unknown stage",
        InterviewProblem::ZeroVersion => "a version is 0",
        InterviewProblem::HistoryOutOfOrder => "history versions out of order",
        InterviewProblem::UnratedSubmission => "a submitted version has an unrated competency",
        InterviewProblem::DecisionMissing => "a submitted interview has no decision",
        InterviewProblem::DecisionBeforeRatings => "a draft has a decision before every score",
    }
}

/// The reason for a problem `ScorecardDoc::check_references` found.
fn reference_error(error: ReferenceError) -> DecodeError {
    unreadable(match error.problem {
        ReferenceProblem::DuplicateRole => "two roles have the same name",
        ReferenceProblem::DuplicateCandidate => "two candidates have the same id",
        ReferenceProblem::DuplicateInterview => "two interviews have the same id",
        ReferenceProblem::UnknownCandidate => "an interview's candidate is missing",
    })
}
