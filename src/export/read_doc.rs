//! Reading the scorecard's JSON files back into the model, strictly. The rules:
//! - one leading byte order mark is skipped; the rest must be JSON the strict reader
//!   (`crate::codec::json`) accepts;
//! - the `format` marker must match and `version` must be 1 to [`FORMAT_VERSION`]
//!   (a newer version is refused with its own message);
//! - every field the format defines must be there with the right kind; ids of
//!   competencies, scores, decisions, stages, levels and statuses must be known, and
//!   every competency must appear in every `ratings` and `weights` object;
//! - ids, names and interviewers: 1 to 200 characters, not blank (a candidate's name
//!   and role may be empty); notes: at most 5000 characters;
//! - at most 5000 candidates, 1000 roles, 50000 interviews, 1000 history versions;
//! - candidate ids, interview ids and role names are unique; every interview's
//!   candidate is in the file (`ScorecardDoc::check_references`; a candidate's role need
//!   not be: roles are optional);
//! - every interview passes the model's `validate_interview`;
//! - a role's optional `questions` follow `crate::scorecard::questions` (a known stage,
//!   a text of 1 to 500 characters once trimmed, 1 to 7 known competencies each named
//!   once, a stage and text pair once per role, at most 100);
//! - the keys `__proto__`, `constructor` and `prototype` are refused anywhere;
//! - a version's optional `signature` is an object of two strings, `key` and `value`,
//!   up to 200 characters each (their exact shape is checked when they are verified, at
//!   the edge, before any preview; a draft's is dropped);
//! - other unknown fields are ignored, at every level: an import file is read, never
//!   written back, so there is nothing to keep them for (stored documents, which are
//!   written back, keep theirs; that is the storage layer's rule).
//!
//! The first problem found is returned, as a kind at a path (`crate::codec::error`);
//! nothing partial is ever built. The limits are the document's
//! (`crate::scorecard::doc`).

use crate::codec::error::{what, Expected, ImportError, Path, Problem};
use crate::codec::fields::{check_keys, unknown, wrong_type, Fields, Read};
use crate::codec::json::{self, Value};
use crate::content::scorecard::{competency_index, stage, COMPETENCIES, COMPETENCY_COUNT, STAGES};
use crate::scorecard::doc::{
    MAX_CANDIDATES, MAX_HISTORY, MAX_INTERVIEWS, MAX_NAME_CHARS, MAX_NOTE_CHARS, MAX_ROLES,
};
use crate::scorecard::questions::{
    check_bank, QuestionProblem, TeamQuestion, MAX_QUESTIONS, MAX_QUESTION_CHARS,
};
use crate::scorecard::signing::Signature;
use crate::scorecard::{
    validate_interview, Candidate, Decision, Interview, InterviewProblem, PlannedStage, Rating,
    Ratings, ReferenceError, ReferenceProblem, Role, RoleLevel, Score, ScorecardDoc, Status,
    SubmittedVersion, Weights, WeightsError, MAX_WEIGHT,
};

use super::scorecard_json::{status_from_id, DOC_FORMAT, FORMAT_VERSION, INTERVIEW_FORMAT};

pub(crate) fn read_doc(text: &str) -> Read<ScorecardDoc> {
    let root = read_root(text)?;
    let fields = Fields::of(&root, Path::Root)?;
    check_header(&fields, DOC_FORMAT)?;
    let doc = ScorecardDoc {
        candidates: read_list(&fields, "candidates", MAX_CANDIDATES, read_candidate)?,
        roles: read_list(&fields, "roles", MAX_ROLES, read_role)?,
        interviews: read_list(&fields, "interviews", MAX_INTERVIEWS, read_interview)?,
    };
    doc.check_references().map_err(reference_error)?;
    Ok(doc)
}

pub(crate) fn read_interview_file(text: &str) -> Read<Interview> {
    let root = read_root(text)?;
    let fields = Fields::of(&root, Path::Root)?;
    check_header(&fields, INTERVIEW_FORMAT)?;
    read_interview(fields.value("interview")?, fields.path.key("interview"))
}

/// The parsed text, free of forbidden keys.
fn read_root(text: &str) -> Read<Value> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let root =
        json::parse(text).map_err(|error| ImportError::new(Path::Root, Problem::Json(error)))?;
    check_keys(&root, Path::Root)?;
    Ok(root)
}

fn check_header(fields: &Fields, expected: &'static str) -> Read<()> {
    let found = fields.value("format").ok().and_then(Value::as_str);
    if found != Some(expected) {
        let found = found.map(str::to_owned);
        return Err(fields.error("format", Problem::WrongFormat { expected, found }));
    }
    let version = fields.int("version", i64::MIN, i64::MAX)?;
    if version > FORMAT_VERSION {
        return Err(fields.error("version", Problem::NewerVersion(version)));
    }
    if version < 1 {
        let (min, max) = (1, FORMAT_VERSION);
        return Err(fields.error("version", Problem::OutOfRange { min, max }));
    }
    Ok(())
}

/// The array in field `name`, each item read by `read` at its own path.
/// The records of the list `name`, each as the document holds it (`R`: a role, or a
/// candidate or interview behind its own `Rc`).
fn read_list<T, R: From<T>>(
    fields: &Fields,
    name: &str,
    max_items: usize,
    read: fn(&Value, Path) -> Read<T>,
) -> Read<Vec<R>> {
    let items = fields.array(name, max_items)?;
    let path = fields.path.key(name);
    let read_item = |(index, item)| read(item, path.index(index)).map(R::from);
    items.iter().enumerate().map(read_item).collect()
}

fn read_candidate(value: &Value, path: Path) -> Read<Candidate> {
    let fields = Fields::of(value, path)?;
    Ok(Candidate {
        id: fields.id("id")?,
        name: fields.text("name", MAX_NAME_CHARS)?,
        role: fields.text("role", MAX_NAME_CHARS)?,
        level: fields.choice("level", what::LEVEL, RoleLevel::from_id)?,
        notes: fields.text("notes", MAX_NOTE_CHARS)?,
        archived: fields.bool("archived")?,
        plan: read_plan(&fields)?,
        // This browser's choice, never in a file.
        revealed: false,
    })
}

/// The optional `plan`: at most one entry per stage, each a known stage and an
/// interviewer name that may be empty.
fn read_plan(fields: &Fields) -> Read<Vec<PlannedStage>> {
    if !fields.has("plan") {
        return Ok(Vec::new());
    }
    let plan: Vec<PlannedStage> = read_list(fields, "plan", STAGES.len(), read_planned)?;
    for (index, planned) in plan.iter().enumerate() {
        if plan[..index]
            .iter()
            .any(|earlier| earlier.stage == planned.stage)
        {
            let list = fields.path.key("plan");
            let item = list.index(index);
            let problem = duplicate(what::STAGE, &planned.stage);
            return Err(ImportError::new(item.key("stage"), problem));
        }
    }
    Ok(plan)
}

fn read_planned(value: &Value, path: Path) -> Read<PlannedStage> {
    let fields = Fields::of(value, path)?;
    Ok(PlannedStage {
        stage: fields.choice("stage", what::STAGE, stage_id)?,
        interviewer: fields.text("interviewer", MAX_NAME_CHARS)?,
    })
}

fn read_role(value: &Value, path: Path) -> Read<Role> {
    let fields = Fields::of(value, path)?;
    Ok(Role {
        // Blank for the role every candidate without one shares (written since 0.1.0).
        name: fields.text("name", MAX_NAME_CHARS)?,
        level: fields.choice("level", what::LEVEL, RoleLevel::from_id)?,
        weights: read_weights(&fields.object("weights")?)?,
        sensitive_data: fields.optional_bool("sensitiveData")?,
        questions: read_questions(&fields)?,
        plan: read_role_plan(&fields)?,
    })
}

/// A role's optional `questions`, by the rules of `crate::scorecard::questions`.
fn read_questions(fields: &Fields) -> Read<Vec<TeamQuestion>> {
    if !fields.has("questions") {
        return Ok(Vec::new());
    }
    let questions = read_list(fields, "questions", MAX_QUESTIONS, read_question)?;
    check_bank(&questions).map_err(|(index, _)| {
        let list = fields.path.key("questions");
        let item = list.index(index);
        ImportError::new(
            item.key("text"),
            duplicate(what::QUESTION, &questions[index].text),
        )
    })?;
    Ok(questions)
}

fn read_question(value: &Value, path: Path) -> Read<TeamQuestion> {
    let fields = Fields::of(value, path)?;
    let stage = fields.choice("stage", what::STAGE, stage_id)?;
    let text = fields.text("text", MAX_QUESTION_CHARS)?;
    let probes = fields.array("probes", COMPETENCY_COUNT)?;
    let list = fields.path.key("probes");
    let mut ids = Vec::with_capacity(probes.len());
    for (index, probe) in probes.iter().enumerate() {
        let id = probe.as_str();
        ids.push(id.ok_or_else(|| wrong_type(list.index(index), Expected::String, probe))?);
    }
    TeamQuestion::new(&stage, &text, &ids).map_err(|problem| match problem {
        QuestionProblem::UnknownCompetency(index) => {
            ImportError::new(list.index(index), unknown(what::COMPETENCY, ids[index]))
        }
        QuestionProblem::RepeatedCompetency(index) => {
            ImportError::new(list.index(index), duplicate(what::COMPETENCY, ids[index]))
        }
        QuestionProblem::NoProbes => fields.error("probes", Problem::Blank),
        // The stage and the length were read above.
        _ => fields.error("text", Problem::Blank),
    })
}

/// One stage id of a role's plan.
fn read_stage(value: &Value, path: Path) -> Read<String> {
    let Some(id) = value.as_str() else {
        let (expected, found) = (Expected::String, value.kind());
        return Err(ImportError::new(
            path,
            Problem::WrongType { expected, found },
        ));
    };
    stage_id(id).ok_or_else(|| ImportError::new(path, unknown(what::STAGE, id)))
}

/// A role's optional `plan`: stage ids in order, one to five, each once.
fn read_role_plan(fields: &Fields) -> Read<Vec<String>> {
    if !fields.has("plan") {
        return Ok(Vec::new());
    }
    let plan: Vec<String> = read_list(fields, "plan", STAGES.len(), read_stage)?;
    for (index, stage) in plan.iter().enumerate() {
        if plan[..index].contains(stage) {
            let list = fields.path.key("plan");
            let item = list.index(index);
            return Err(ImportError::new(item, duplicate(what::STAGE, stage)));
        }
    }
    Ok(plan)
}

fn read_weights(fields: &Fields) -> Read<Weights> {
    let mut pairs = Vec::with_capacity(COMPETENCY_COUNT);
    for (key, _) in fields.members {
        if competency_index(key).is_none() {
            return Err(fields.error(key, unknown(what::COMPETENCY, key)));
        }
        let weight = fields.int(key, 0, i64::from(MAX_WEIGHT))?;
        pairs.push((key.as_str(), weight as u16));
    }
    Weights::new(&pairs).map_err(|error| weights_error(fields, error))
}

fn weights_error(fields: &Fields, error: WeightsError) -> ImportError {
    match error {
        WeightsError::ZeroTotal => ImportError::new(fields.path, Problem::ZeroWeights),
        WeightsError::Missing(id) => fields.error(id, Problem::Missing),
        WeightsError::UnknownCompetency(id) => fields.error(&id, unknown(what::COMPETENCY, &id)),
        WeightsError::Duplicate(id) => fields.error(id, duplicate(what::COMPETENCY, id)),
        WeightsError::TooLarge(id) => fields.error(id, weight_range()),
    }
}

fn weight_range() -> Problem {
    let max = i64::from(MAX_WEIGHT);
    Problem::OutOfRange { min: 0, max }
}

fn read_interview(value: &Value, path: Path) -> Read<Interview> {
    let fields = Fields::of(value, path)?;
    let mut interview = Interview {
        id: fields.id("id")?,
        candidate_id: fields.id("candidate")?,
        interviewer: fields.id("interviewer")?,
        stage: fields.choice("stage", what::STAGE, stage_id)?,
        version: read_version_number(&fields)?,
        status: fields.choice("status", what::STATUS, status_from_id)?,
        ratings: read_ratings(&fields.object("ratings")?)?,
        decision: fields.nullable_choice("decision", what::DECISION, Decision::from_id)?,
        history: read_list(&fields, "history", MAX_HISTORY, read_submitted)?,
        signature: read_signature(&fields)?,
    };
    if interview.status == Status::Draft {
        // Only a submitted version is signed: a draft's signature signs nothing.
        interview.signature = None;
    }
    validate_interview(&interview)
        .map_err(|problem| fields.error(problem_field(problem), Problem::Interview(problem)))?;
    Ok(interview)
}

fn stage_id(id: &str) -> Option<String> {
    stage(id).map(|stage| stage.id.to_owned())
}

fn read_version_number(fields: &Fields) -> Read<u32> {
    let version = fields.int("version", 1, i64::from(u32::MAX))?;
    Ok(version as u32)
}

/// The field a model rule is about.
fn problem_field(problem: InterviewProblem) -> &'static str {
    match problem {
        InterviewProblem::MissingId => "id",
        InterviewProblem::MissingCandidate => "candidate",
        InterviewProblem::MissingInterviewer => "interviewer",
        InterviewProblem::UnknownStage => "stage",
        InterviewProblem::ZeroVersion => "version",
        InterviewProblem::HistoryOutOfOrder => "history",
        InterviewProblem::UnratedSubmission => "ratings",
        InterviewProblem::DecisionMissing | InterviewProblem::DecisionBeforeRatings => "decision",
    }
}

fn read_submitted(value: &Value, path: Path) -> Read<SubmittedVersion> {
    let fields = Fields::of(value, path)?;
    Ok(SubmittedVersion {
        version: read_version_number(&fields)?,
        ratings: read_ratings(&fields.object("ratings")?)?,
        decision: fields.choice("decision", what::DECISION, Decision::from_id)?,
        signature: read_signature(&fields)?,
    })
}

/// The longest `key` or `value` of a signature read; the edge checks their exact shape
/// (`crate::scorecard::signing::Signature::parse`) when it verifies them.
const MAX_SIGNATURE_CHARS: usize = 200;

/// A version's optional `signature`: `{"key":…,"value":…}`, two strings. Whether it
/// verifies is for the edge to check before anything is previewed; one that does not
/// is removed there (the version is then unverified, never refused).
fn read_signature(fields: &Fields) -> Read<Option<Signature>> {
    if !fields.has("signature") {
        return Ok(None);
    }
    let signature = fields.object("signature")?;
    Ok(Some(Signature {
        key: signature.text("key", MAX_SIGNATURE_CHARS)?,
        value: signature.text("value", MAX_SIGNATURE_CHARS)?,
    }))
}

fn read_ratings(fields: &Fields) -> Read<Ratings> {
    let mut ratings = Ratings::default();
    let mut seen = [false; COMPETENCY_COUNT];
    for (key, value) in fields.members {
        let Some(index) = competency_index(key) else {
            return Err(fields.error(key, unknown(what::COMPETENCY, key)));
        };
        ratings[index] = read_rating(value, fields.path.key(key))?;
        seen[index] = true;
    }
    match seen.iter().position(|found| !found) {
        Some(index) => Err(fields.error(COMPETENCIES[index].id, Problem::Missing)),
        None => Ok(ratings),
    }
}

fn read_rating(value: &Value, path: Path) -> Read<Rating> {
    let fields = Fields::of(value, path)?;
    Ok(Rating {
        score: fields.choice("score", what::SCORE, Score::from_id)?,
        note: fields.text("note", MAX_NOTE_CHARS)?,
    })
}

/// A broken reference as an error at the offending field.
fn reference_error(error: ReferenceError) -> ImportError {
    let ReferenceError { problem, index, id } = error;
    let (list, field, problem) = match problem {
        ReferenceProblem::DuplicateRole => ("roles", "name", duplicate(what::ROLE, id)),
        ReferenceProblem::DuplicateCandidate => {
            ("candidates", "id", duplicate(what::CANDIDATE_ID, id))
        }
        ReferenceProblem::DuplicateInterview => {
            ("interviews", "id", duplicate(what::INTERVIEW_ID, id))
        }
        ReferenceProblem::UnknownCandidate => {
            ("interviews", "candidate", unknown(what::CANDIDATE, id))
        }
    };
    item_error(list, index, field, problem)
}

fn item_error(list: &str, index: usize, field: &str, problem: Problem) -> ImportError {
    let root = Path::Root;
    let list = root.key(list);
    let item = list.index(index);
    ImportError::new(item.key(field), problem)
}

fn duplicate(what: &'static str, id: &str) -> Problem {
    Problem::Duplicate {
        what,
        id: id.to_owned(),
    }
}
