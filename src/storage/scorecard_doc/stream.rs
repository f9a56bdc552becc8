//! The one-pass reader of the stored scorecard (issue 14, item 3): reads the text's
//! bytes straight into the document, with the JSON reader's own tokens, limits and value
//! count (`crate::codec::json::Parser`), building no JSON tree and moving each string it
//! reads into its record instead of copying it out of a tree. The small, rare parts (a
//! role, a candidate's plan, an interview's history, a signature, members this build
//! does not know) are read as JSON values and handed to the tree reader's own functions.
//!
//! It accepts only what [`super::decode_tree`] accepts, and builds the same document;
//! on anything else it gives up (`None`), and `decode` asks the tree reader, whose
//! error is the one returned. So it never has to word an error, and the order in which
//! it notices problems does not matter.

use std::rc::Rc;

use super::*;
use crate::codec::json::{Parser, MAX_LEN};

/// The document in `text`, or `None` when the tree reader must decide.
pub(super) fn read(text: &str) -> Option<StoredScorecard> {
    if text.len() > MAX_LEN {
        return None;
    }
    let mut parser = Parser::new(text);
    let stored = root(&mut parser)?;
    parser.at_end().then_some(stored)
}

/// The top-level members as read; each known one at most once.
#[derive(Default)]
struct Members {
    format: Option<String>,
    version: Option<i64>,
    me: Option<String>,
    roles: Option<Vec<Role>>,
    candidates: Option<Vec<Rc<Candidate>>>,
    interviews: Option<Vec<Rc<Interview>>>,
    unknown: Vec<(String, Value)>,
    keys: Vec<String>,
}

/// Most top-level members read here; more go to the tree reader.
const MAX_MEMBERS: usize = 64;

fn root(parser: &mut Parser) -> Option<StoredScorecard> {
    if !parser.open(b'{', 1).ok()? {
        return None;
    }
    let mut members = Members::default();
    if !parser.closes(b'}') {
        loop {
            let key = parser.member_key().ok()?;
            let repeated = members.keys.contains(&key) || members.keys.len() == MAX_MEMBERS;
            if repeated || FORBIDDEN_KEYS.contains(&key.as_str()) {
                return None;
            }
            member(parser, &mut members, &key)?;
            members.keys.push(key);
            if parser.item_ends(b'}').ok()? {
                break;
            }
        }
    }
    let version = members
        .version
        .filter(|v| (1..=STORE_VERSION).contains(v))?;
    if members.format.as_deref() != Some(STORE_FORMAT) {
        return None;
    }
    let doc = ScorecardDoc {
        roles: members.roles?,
        candidates: members.candidates?,
        interviews: members.interviews?,
    };
    finish(version, members.me?, doc, members.unknown).ok()
}

/// Reads the value of the member `key` into `members`.
fn member(parser: &mut Parser, members: &mut Members, key: &str) -> Option<()> {
    match key {
        "format" => members.format = Some(parser.string_value().ok()??),
        "version" => members.version = parser.any_value(1).ok()?.as_i64(),
        "me" => members.me = Some(text(parser.string_value().ok()??, MAX_NAME_CHARS)?),
        "roles" => members.roles = Some(list(parser, &ROLES, role)?),
        "candidates" => members.candidates = Some(list(parser, &CANDIDATES, candidate)?),
        "interviews" => members.interviews = Some(list(parser, &INTERVIEWS, interview)?),
        _ => {
            let value = parser.any_value(1).ok()?;
            check_keys(&value, Path::Root).ok()?;
            members.unknown.push((key.to_owned(), value));
        }
    }
    Some(())
}

/// A top-level list (nesting 2) of at most `rule.max_items` records, each read by
/// `item` from the list's nesting and held as the document holds it (`R`: a role, or a
/// candidate or interview behind its own `Rc`).
fn list<T, R: From<T>>(
    parser: &mut Parser,
    rule: &ListRule,
    item: fn(&mut Parser, usize) -> Option<T>,
) -> Option<Vec<R>> {
    const DEPTH: usize = 2;
    let mut items = Vec::new();
    let mut record = Record::open(parser, DEPTH)?;
    while record.more()? {
        if items.len() == rule.max_items {
            return None;
        }
        items.push(R::from(item(record.parser, DEPTH)?));
    }
    Some(items)
}

/// One array being read item by item, at nesting `depth`.
struct Record<'p, 'a> {
    parser: &'p mut Parser<'a>,
    depth: usize,
    started: bool,
    ended: bool,
}

impl<'p, 'a> Record<'p, 'a> {
    fn open(parser: &'p mut Parser<'a>, depth: usize) -> Option<Self> {
        parser.open(b'[', depth).ok()?.then_some(Record {
            parser,
            depth,
            started: false,
            ended: false,
        })
    }

    /// Whether another item follows (its comma read), `false` at the closing bracket.
    fn more(&mut self) -> Option<bool> {
        if self.ended {
            return Some(false);
        }
        let ended = if self.started {
            self.parser.item_ends(b']').ok()?
        } else {
            self.started = true;
            self.parser.closes(b']')
        };
        self.ended = ended;
        Some(!ended)
    }

    /// The next item, any value.
    fn value(&mut self) -> Option<Value> {
        self.more()?.then_some(())?;
        self.parser.any_value(self.depth).ok()
    }

    /// The next item, which must be a string.
    fn string(&mut self) -> Option<String> {
        self.more()?.then_some(())?;
        self.parser.string_value().ok()?
    }

    /// The next item if there is one.
    fn optional(&mut self) -> Option<Option<Value>> {
        if !self.more()? {
            return Some(None);
        }
        self.parser.any_value(self.depth).ok().map(Some)
    }

    /// The closing bracket, with no item left.
    fn end(mut self) -> Option<()> {
        (!self.more()?).then_some(())
    }
}

/// `text` if it has at most `max_chars` characters.
fn text(text: String, max_chars: usize) -> Option<String> {
    fits_chars(&text, max_chars).then_some(text)
}

/// An id or name: at most [`MAX_NAME_CHARS`] characters, not blank.
fn id_text(text: String) -> Option<String> {
    (fits_chars(&text, MAX_NAME_CHARS) && !text.trim().is_empty()).then_some(text)
}

fn role(parser: &mut Parser, depth: usize) -> Option<Role> {
    read_role(&parser.any_value(depth).ok()?).ok()
}

fn candidate(parser: &mut Parser, depth: usize) -> Option<Candidate> {
    let mut record = Record::open(parser, depth + 1)?;
    let id = id_text(record.string()?)?;
    let name = text(record.string()?, MAX_NAME_CHARS)?;
    let role = text(record.string()?, MAX_NAME_CHARS)?;
    let level = RoleLevel::from_id(&record.string()?)?;
    let notes = text(record.string()?, MAX_NOTE_CHARS)?;
    let archived = record.value()?.as_bool()?;
    let plan = match record.optional()? {
        Some(plan) => read_plan(&plan).ok()?,
        None => Vec::new(),
    };
    let revealed = match record.optional()? {
        Some(flag) => flag.as_bool()?,
        None => false,
    };
    record.end()?;
    Some(Candidate {
        id,
        name,
        role,
        level,
        notes,
        archived,
        plan,
        revealed,
    })
}

fn interview(parser: &mut Parser, depth: usize) -> Option<Interview> {
    let mut record = Record::open(parser, depth + 1)?;
    let id = id_text(record.string()?)?;
    let candidate_id = id_text(record.string()?)?;
    let interviewer = id_text(record.string()?)?;
    let stage = known_stage(&record.string()?)?;
    let version = version_number(&record.value()?).ok()?;
    let status = status_from_code(&record.string()?)?;
    let scores = record.string()?;
    record.more()?.then_some(())?;
    let ratings = ratings(&scores, notes(record.parser, record.depth + 1)?)?;
    let decision = match record.value()? {
        Value::Null => None,
        Value::String(id) => Some(Decision::from_id(&id)?),
        _ => return None,
    };
    let history = records(&record.value()?, &HISTORY, read_filed).ok()?;
    let signature = match record.optional()? {
        Some(signature) => Some(read_signature(&signature).ok()?),
        None => None,
    };
    record.end()?;
    let interview = Interview {
        id,
        candidate_id,
        interviewer,
        stage,
        version,
        status,
        ratings,
        decision,
        history,
        signature,
    };
    if interview.signature.is_some() && !interview.is_locked() {
        return None;
    }
    validate_interview(&interview).ok()?;
    Some(interview)
}

/// An array of at most [`COMPETENCY_COUNT`] notes, each a string of at most
/// [`MAX_NOTE_CHARS`] characters, at nesting `depth`.
fn notes(parser: &mut Parser, depth: usize) -> Option<Vec<String>> {
    let mut record = Record::open(parser, depth)?;
    let mut notes = Vec::new();
    while record.more()? {
        if notes.len() == COMPETENCY_COUNT {
            return None;
        }
        notes.push(text(record.parser.string_value().ok()??, MAX_NOTE_CHARS)?);
    }
    Some(notes)
}

/// The scores string and the notes of one version, as [`read_ratings`] reads them.
fn ratings(scores: &str, notes: Vec<String>) -> Option<Ratings> {
    let mut codes = scores.chars();
    let mut notes = notes.into_iter();
    let mut ratings = Ratings::default();
    for rating in ratings.iter_mut() {
        rating.score = codes.next().and_then(score_from_char)?;
        if let Some(note) = notes.next() {
            rating.note = note;
        }
    }
    codes.next().is_none().then_some(ratings)
}
