//! Native tests of the scorecard's stored document (src/storage/scorecard_doc.rs) and of
//! the merge of two tabs (src/storage/scorecard_merge.rs): lossless round trips, the
//! version 1 format pinned by a fixture, every kind of damage refused without a panic,
//! the size of a large store, properties (no panic on any text; generated documents
//! round-trip; trivial merges are identities), and each merge rule.
#![cfg(not(target_arch = "wasm32"))]

mod common;
mod fixtures;

use std::rc::Rc;

use backend_ready::codec::json::{parse, Value};
use backend_ready::content::scorecard::{COMPETENCIES, STAGES};
use backend_ready::export::export_doc;
use backend_ready::scorecard::{
    Candidate, Decision, Interview, RatingLevel, Role, RoleLevel, Score, ScorecardDoc, Status,
};
use backend_ready::storage::scorecard_doc::{
    decode, encode, StoredScorecard, STORE_FORMAT, STORE_VERSION,
};
use backend_ready::storage::scorecard_merge::{merge_tabs, take_theirs, Conflict, TabMerge};
use backend_ready::storage::DecodeError;
use common::damage::{any_bytes_as_text, cuts, damaged_at, edit, lossless_if_read};
use common::json::any_small_value;
use common::COMPETENCY_IDS_V1;
use fixtures::{ada, archived_grace, bob_revised, rated, submit, through_lifecycle, weighted_role};
use proptest::prelude::*;

const ARCH: &str = "architecture-case-study";
const DB: &str = "database-modelling";
const API: &str = "api-integration-scenarios";
const INFRA: &str = "infrastructure-awareness";

fn noted(mut interview: Interview, notes: &[&str]) -> Interview {
    for (competency, note) in COMPETENCIES.iter().zip(notes) {
        interview.set_note(competency.id, note).unwrap();
    }
    interview
}

const NOTES: [&str; 7] = [
    "Split \"orders\" from billing;\r\nsaid <img src=x onerror=alert(1)>",
    "",
    "tab\there, emoji 🚀, NUL \u{0}, \\ backslash, DEL \u{7f}, \u{1f} unit separator",
    "ünïcödé — 日本語 — 𝄞 (astral)",
    "",
    "=HYPERLINK(\"http://x\")",
    "last one",
];

/// Three candidates (one archived, one nameless), two roles (one with custom weights)
/// and six interviews: submitted with notes everywhere; revised (v1 filed, v2 a draft);
/// a partial draft; revised twice and submitted again (v3); a complete draft with a
/// decision; an untouched draft. Two unknown top-level members.
fn fixture() -> StoredScorecard {
    let ada = ada();
    let mut grace = archived_grace();
    grace.notes = "Archived: offer accepted elsewhere.".into();
    let nameless = Candidate::new("c3", "", "", RoleLevel::Junior);

    let mut backend = Role::new("Backend engineer", RoleLevel::Senior);
    backend.weights = backend.weights.with("database", 30).unwrap();
    backend.weights = backend.weights.with("security", 0).unwrap();
    backend.weights = backend.weights.with("experience", 1000).unwrap();
    let lead = Role::new("Platform lead", RoleLevel::Lead);

    let ann = submit(
        noted(
            rated("i1", "c1", "Ann", ARCH, [3, 2, 4, 1, 3, 0, 2]),
            &NOTES,
        ),
        Decision::Yes,
    );

    let mut bob = bob_revised(DB);
    bob.set_note("experience", "On reflection:\nsolid indexing.")
        .unwrap();

    let cy = noted(
        rated("i3", "c2", "Cy", API, [5, 3, 5, 5, 1, 5, 5]),
        &["", "first half only"],
    );

    let mut dee = submit(
        rated("i4", "c2", "Dee", INFRA, [1, 1, 1, 1, 1, 1, 1]),
        Decision::StrongNo,
    );
    dee.revise().unwrap();
    dee = submit(noted(dee, &["v2"]), Decision::No);
    dee.revise().unwrap();
    dee.rate("security", Score::Level(RatingLevel::Exceptional))
        .unwrap();
    dee = submit(dee, Decision::StrongYes);

    let mut eve = noted(
        rated("i5", "c3", "Eve ✓", ARCH, [0, 0, 0, 0, 0, 0, 4]),
        &NOTES[2..],
    );
    eve.record_decision(Decision::NoDecision).unwrap();

    let fresh = Interview::new("i6", "c3", "Ann", DB);

    StoredScorecard {
        doc: ScorecardDoc {
            candidates: vec![Rc::new(ada), Rc::new(grace), Rc::new(nameless)],
            roles: vec![backend, lead],
            interviews: vec![
                Rc::new(ann),
                Rc::new(bob),
                Rc::new(cy),
                Rc::new(dee),
                Rc::new(eve),
                Rc::new(fresh),
            ],
        },
        interviewer: "Ann ✓ \"me\"".into(),
        unknown: vec![
            ("theme-hint".into(), Value::String("dark".into())),
            (
                "x-later".into(),
                parse(r#"{"kept":[1,true,null,{"deep":"ok"}],"n":-5,"s":"a\nb"}"#).unwrap(),
            ),
        ],
    }
}

#[test]
fn a_rich_document_round_trips() {
    let stored = fixture();
    let text = encode(&stored);
    // Nothing of version 2's optional items: written as version 1, as before.
    let header = format!("{{\"format\":\"{STORE_FORMAT}\",\"version\":1,");
    assert!(text.starts_with(&header), "{text}");
    assert_eq!(decode(&text), Ok(stored.clone()));
    // Encoding is deterministic, and what decoding yields encodes to the same text.
    assert_eq!(encode(&decode(&text).unwrap()), text);
    assert_eq!(
        decode(&encode(&StoredScorecard::default())),
        Ok(StoredScorecard::default())
    );
}

#[test]
fn the_interviews_are_compact_arrays() {
    let text = encode(&fixture());
    // Submitted, with a note on most competencies; trailing empty notes are left out.
    assert!(text.contains(
        r#"["i1","c1","Ann","architecture-case-study",1,"s","32413n2",["Split \"orders\""#
    ));
    // Version 2, a draft, with version 1 filed in its history.
    assert!(
        text.contains(concat!(
            r#"["i2","c1","Bob","database-modelling",2,"d","433n23n","#,
            r#"["","","","","","","On reflection:\nsolid indexing."],null,"#,
            r#"[[1,"423n23n",[],"no"]]]"#
        )),
        "{text}"
    );
    // An untouched draft.
    assert!(
        text.contains(r#"["i6","c3","Ann","database-modelling",1,"d","-------",[],null,[]]"#),
        "{text}"
    );
    assert!(text.contains(
        r#"["c2","Grace Hopper","Platform lead","lead","Archived: offer accepted elsewhere.",true]"#
    ));
    assert!(text.contains(r#"["Backend engineer","senior",["#));
    assert!(text.ends_with(
        r#""theme-hint":"dark","x-later":{"kept":[1,true,null,{"deep":"ok"}],"n":-5,"s":"a\nb"}}"#
    ));
}

/// A version 1 text as written by hand from the module docs: must keep loading.
#[test]
fn version_one_fixture_still_loads() {
    let stored = r#"{"format":"backend-ready/scorecard-store","version":1,"me":"Ann",
 "roles":[["Backend engineer","senior",[20,15,15,10,15,15,10]]],
 "candidates":[["c1","Ada Lovelace","Backend engineer","senior","",false]],
 "interviews":[
  ["i1","c1","Ann","database-modelling",1,"s","342n321",
   ["Normalised, then denormalised with a reason","","Knows \"MVCC\""],"yes",[]],
  ["i2","c1","Bob","architecture-case-study",2,"d","3------",[],null,
   [[1,"3223232",["First pass"],"no"]]]],
 "theme-hint":"dark"}"#;
    let loaded = decode(stored).expect("a version 1 document");
    assert_eq!(loaded.interviewer, "Ann");
    assert_eq!(
        loaded.unknown,
        [("theme-hint".to_owned(), Value::String("dark".into()))]
    );
    let doc = &loaded.doc;
    assert_eq!(doc.roles[0].weights.values(), [20, 15, 15, 10, 15, 15, 10]);
    assert_eq!(doc.candidates[0].level, RoleLevel::Senior);
    assert!(!doc.candidates[0].archived);
    let first = &doc.interviews[0];
    assert_eq!(first.status, Status::Submitted);
    assert_eq!(first.decision, Some(Decision::Yes));
    assert_eq!(first.ratings[3].score, Score::NoEvidence);
    assert_eq!(
        first.ratings[1].score,
        Score::Level(RatingLevel::Exceptional)
    );
    assert_eq!(first.ratings[2].note, "Knows \"MVCC\"");
    assert_eq!(first.ratings[6].note, "");
    let second = &doc.interviews[1];
    assert_eq!(second.status, Status::Draft);
    assert_eq!(second.version, 2);
    assert_eq!(second.ratings[1].score, Score::Unrated);
    assert_eq!(second.history[0].decision, Decision::No);
    assert_eq!(second.history[0].ratings[0].note, "First pass");
    assert_eq!(decode(&encode(&loaded)), Ok(loaded));
}

/// The scores string and the notes and weights arrays follow this order in version 1:
/// changing the competencies needs a new store version and a migration.
#[test]
fn the_competency_order_is_part_of_version_one() {
    let ids: Vec<&str> = COMPETENCIES.iter().map(|c| c.id).collect();
    assert_eq!(ids, COMPETENCY_IDS_V1);
    // Versions 2 to 5 only add optional trailing items (tests/judgement_files.rs,
    // tests/workflow.rs, tests/team_questions.rs, tests/role_draft.rs, tests/signing.rs).
    assert_eq!(STORE_VERSION, 5);
}

#[test]
fn unknown_members_are_kept_in_order_and_written_back() {
    let text = encode(&fixture()).replacen("\"me\":", "\"a-first\":[\"x\"],\"me\":", 1);
    let loaded = decode(&text).unwrap();
    let keys: Vec<&str> = loaded.unknown.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(keys, ["a-first", "theme-hint", "x-later"]);
    let again = encode(&loaded);
    assert!(
        again.contains(r#""a-first":["x"],"theme-hint":"dark""#),
        "{again}"
    );
    assert_eq!(decode(&again), Ok(loaded));
}

#[test]
fn unknown_members_that_could_not_be_read_back_are_not_written() {
    let mut stored = fixture();
    let keep = stored.unknown.clone();
    stored.unknown.extend([
        ("version".to_owned(), Value::Number(7)),
        ("me".to_owned(), Value::Null),
        ("theme-hint".to_owned(), Value::String("light".into())),
        ("__proto__".to_owned(), Value::Null),
        (
            "x-bad".to_owned(),
            Value::Object(vec![("constructor".into(), Value::Null)]),
        ),
    ]);
    let loaded = decode(&encode(&stored)).unwrap();
    assert_eq!(loaded.unknown, keep);
    assert_eq!(loaded.interviewer, fixture().interviewer);
}

fn unreadable(text: &str) -> &'static str {
    match decode(text) {
        Err(DecodeError::Unreadable(reason)) => reason,
        other => panic!("not refused as unreadable: {text:.300} → {other:?}"),
    }
}

const MINIMAL: &str = concat!(
    r#"{"format":"backend-ready/scorecard-store","version":1,"me":"","#,
    r#""roles":[["R","mid",[1,1,1,1,1,1,1]]],"#,
    r#""candidates":[["c1","Ada","R","mid","",false]],"#,
    r#""interviews":[["i1","c1","Ann","database-modelling",1,"s","3333333",[],"yes",[]]]}"#
);

/// `MINIMAL` with `from` (which must occur) replaced by `to`.
fn minimal_with(from: &str, to: &str) -> String {
    assert!(MINIMAL.contains(from), "{from}");
    MINIMAL.replacen(from, to, 1)
}

#[test]
fn the_minimal_document_is_readable() {
    let loaded = decode(MINIMAL).unwrap();
    assert_eq!(loaded.doc.interviews.len(), 1);
    assert_eq!(decode(&encode(&loaded)), Ok(loaded));
}

const JUNK: &[u8] = b" !\"#$%&'()*+,-./0123456789:;<=>?@[\\]{}aeu\t\n";

#[test]
fn texts_that_are_not_a_stored_scorecard_are_refused() {
    let cases = [
        "".to_owned(),
        " ".to_owned(),
        "null".into(),
        "true".into(),
        "42".into(),
        "-1".into(),
        "\"a string\"".into(),
        "[]".into(),
        "[1,2]".into(),
        format!("[{MINIMAL}]"),
        "{}".into(),
        "{".into(),
        "}".into(),
        "not json at all".into(),
        "{\"format\":\"backend-ready/scorecard-store\"}".into(),
        format!("\u{feff}{MINIMAL}"),
        format!("{MINIMAL}x"),
        format!("{MINIMAL}{MINIMAL}"),
        MINIMAL.replace(':', "="),
        "[".repeat(100_000),
        "{\"a\":".repeat(50_000),
        "x".repeat(200_000),
        "{\"\u{0}".repeat(70_000),
        (0..200_000u32)
            .map(|i| char::from(JUNK[(i as usize * 7919) % JUNK.len()]))
            .collect(),
    ];
    for text in &cases {
        unreadable(text);
    }
}

#[test]
fn every_truncation_of_a_document_is_refused() {
    let text = encode(&fixture());
    let mut count = 0;
    for cut in cuts(&text) {
        unreadable(cut);
        count += 1;
    }
    assert!(count > 1000, "{count}");
}

#[test]
fn newer_documents_are_left_for_the_newer_build() {
    let newer = minimal_with("\"version\":1", "\"version\":6");
    assert_eq!(decode(&newer), Err(DecodeError::NewerVersion(6)));
    let bare = "{\"format\":\"backend-ready/scorecard-store\",\"version\":6,\"whatever\":[]}";
    assert_eq!(decode(bare), Err(DecodeError::NewerVersion(6)));
    let huge = minimal_with("\"version\":1", "\"version\":99999999999");
    assert_eq!(decode(&huge), Err(DecodeError::NewerVersion(u32::MAX)));
    for older in ["0", "-1", "\"1\"", "1.0", "null", "[1]"] {
        unreadable(&minimal_with(
            "\"version\":1",
            &format!("\"version\":{older}"),
        ));
    }
    unreadable(&minimal_with(",\"version\":1", ""));
}

#[test]
fn wrong_fields_are_refused() {
    let interview = r#"["i1","c1","Ann","database-modelling",1,"s","3333333",[],"yes",[]]"#;
    let candidate = r#"["c1","Ada","R","mid","",false]"#;
    let role = r#"["R","mid",[1,1,1,1,1,1,1]]"#;
    let long_id = "c".repeat(201);
    let long_note = "é".repeat(5001);
    let cases: Vec<(&str, String)> = vec![
        // Header and top level.
        ("backend-ready/scorecard-store", "backend-ready/scorecard".into()),
        ("\"format\":\"backend-ready/scorecard-store\",", String::new()),
        ("\"me\":\"\"", "\"me\":5".into()),
        ("\"me\":\"\"", "\"me\":null".into()),
        ("\"me\":\"\",", String::new()),
        ("\"me\":\"\"", format!("\"me\":\"{}\"", "m".repeat(201))),
        ("\"me\":\"\"", format!("\"me\":\"{}\"", "junk ".repeat(40_000))),
        ("\"me\":\"\"", "\"me\":\"\",\"me\":\"twice\"".into()),
        (role, "{}".into()),
        ("\"roles\":[[\"R\",\"mid\",[1,1,1,1,1,1,1]]]", "\"roles\":{}".into()),
        ("[[\"c1\",\"Ada\",\"R\",\"mid\",\"\",false]]", "{\"c1\":[]}".into()),
        ("\"interviews\":[[", "\"interviews\":5,\"x\":[[".into()),
        // Roles.
        (role, r#"["R","mid"]"#.into()),
        (role, r#"["R","mid",[1,1,1,1,1,1,1],1]"#.into()),
        (role, r#"["R","middle",[1,1,1,1,1,1,1]]"#.into()),
        (role, r#"[7,"mid",[1,1,1,1,1,1,1]]"#.into()),
        (role, r#"["R","mid",[1,1,1,1,1,1]]"#.into()),
        (role, r#"["R","mid",[1,1,1,1,1,1,1,1]]"#.into()),
        (role, r#"["R","mid",[0,0,0,0,0,0,0]]"#.into()),
        (role, r#"["R","mid",[1,1,1,1,1,1,-1]]"#.into()),
        (role, r#"["R","mid",[1,1,1,1,1,1,1001]]"#.into()),
        (role, r#"["R","mid",[1,1,1,1,1,1,"1"]]"#.into()),
        (role, r#"["R","mid",{"database":1}]"#.into()),
        (role, format!("{role},{role}")),
        // Candidates.
        (candidate, r#"["c1","Ada","R","mid",""]"#.into()),
        (candidate, r#"["c1","Ada","R","mid","",false,1]"#.into()),
        (candidate, r#"["c1","Ada","R","mid","","no"]"#.into()),
        (candidate, r#"["c1","Ada","R","mid","",0]"#.into()),
        (candidate, r#"[1,"Ada","R","mid","",false]"#.into()),
        (candidate, r#"["","Ada","R","mid","",false]"#.into()),
        (candidate, r#"["c1",null,"R","mid","",false]"#.into()),
        (candidate, r#"["c1","Ada","R","Mid","",false]"#.into()),
        (candidate, format!(r#"["c1","{long_id}","R","mid","",false]"#)),
        (candidate, format!(r#"["c1","Ada","{long_id}","mid","",false]"#)),
        (candidate, format!(r#"["c1","Ada","R","mid","{long_note}",false]"#)),
        (candidate, format!(r#"["{long_id}","Ada","R","mid","",false]"#)),
        (candidate, r#"{"id":"c1"}"#.into()),
        (candidate, format!("{candidate},{candidate}")),
        // Interviews.
        (interview, r#"["i1","c1","Ann","database-modelling",1,"s","3333333",[],"yes"]"#.into()),
        (interview, r#"["i1","c1","Ann","database-modelling",1,"s","3333333",[],"yes",[],0]"#.into()),
        (interview, r#"["i1","c9","Ann","database-modelling",1,"s","3333333",[],"yes",[]]"#.into()),
        (interview, r#"["i1","c1"," ","database-modelling",1,"s","3333333",[],"yes",[]]"#.into()),
        (interview, r#"["","c1","Ann","database-modelling",1,"s","3333333",[],"yes",[]]"#.into()),
        (interview, r#"["i1","c1","Ann","cooking",1,"s","3333333",[],"yes",[]]"#.into()),
        (interview, r#"["i1","c1","Ann","database-modelling","1","s","3333333",[],"yes",[]]"#.into()),
        (interview, r#"["i1","c1","Ann","database-modelling",0,"s","3333333",[],"yes",[]]"#.into()),
        (interview, r#"["i1","c1","Ann","database-modelling",4294967296,"s","3333333",[],"yes",[]]"#.into()),
        (interview, r#"["i1","c1","Ann","database-modelling",1,"submitted","3333333",[],"yes",[]]"#.into()),
        (interview, r#"["i1","c1","Ann","database-modelling",1,"s","333333",[],"yes",[]]"#.into()),
        (interview, r#"["i1","c1","Ann","database-modelling",1,"s","33333333",[],"yes",[]]"#.into()),
        (interview, r#"["i1","c1","Ann","database-modelling",1,"s","3333335",[],"yes",[]]"#.into()),
        (interview, r#"["i1","c1","Ann","database-modelling",1,"s",3333333,[],"yes",[]]"#.into()),
        (interview, r#"["i1","c1","Ann","database-modelling",1,"s","333333-",[],"yes",[]]"#.into()),
        (interview, r#"["i1","c1","Ann","database-modelling",1,"s","3333333",[],null,[]]"#.into()),
        (interview, r#"["i1","c1","Ann","database-modelling",1,"s","3333333",[],"maybe",[]]"#.into()),
        (interview, r#"["i1","c1","Ann","database-modelling",1,"d","33-3333",[],"yes",[]]"#.into()),
        (interview, r#"["i1","c1","Ann","database-modelling",1,"s","3333333",["","","","","","","",""],"yes",[]]"#.into()),
        (interview, r#"["i1","c1","Ann","database-modelling",1,"s","3333333",[5],"yes",[]]"#.into()),
        (interview, r#"["i1","c1","Ann","database-modelling",1,"s","3333333","","yes",[]]"#.into()),
        (interview, format!(r#"["i1","c1","Ann","database-modelling",1,"s","3333333",["{long_note}"],"yes",[]]"#)),
        (interview, r#"["i1","c1","Ann","database-modelling",1,"s","3333333",[],"yes",{}]"#.into()),
        (interview, r#"["i1","c1","Ann","database-modelling",1,"s","3333333",[],"yes",[[1,"3333333",[],"no"]]]"#.into()),
        (interview, r#"["i1","c1","Ann","database-modelling",3,"s","3333333",[],"yes",[[2,"3333333",[],"no"],[1,"3333333",[],"no"]]]"#.into()),
        (interview, r#"["i1","c1","Ann","database-modelling",2,"s","3333333",[],"yes",[[1,"3333333",[],null]]]"#.into()),
        (interview, r#"["i1","c1","Ann","database-modelling",2,"s","3333333",[],"yes",[[1,"33-3333",[],"no"]]]"#.into()),
        (interview, r#"["i1","c1","Ann","database-modelling",2,"s","3333333",[],"yes",[[1,"3333333",[],"no",0]]]"#.into()),
        (interview, r#"["i1","c1","Ann","database-modelling",2,"s","3333333",[],"yes",[{"version":1}]]"#.into()),
        (interview, format!("{interview},{interview}")),
        // Forbidden keys, control characters, lone surrogates.
        ("\"me\":\"\"", "\"me\":\"\",\"__proto__\":{}".into()),
        ("\"me\":\"\"", "\"me\":\"\",\"prototype\":1".into()),
        ("\"me\":\"\"", "\"me\":\"\",\"x\":[{\"a\":{\"constructor\":1}}]".into()),
        ("\"Ada\"", "\"A\u{1}da\"".into()),
        ("\"Ada\"", "\"A\nda\"".into()),
        ("\"Ada\"", "\"A\u{7}da\"".into()),
        ("\"Ada\"", r#""A\ud800da""#.into()),
        ("\"Ada\"", r#""\ud800""#.into()),
        ("\"Ada\"", r#""A\udc00da""#.into()),
        ("\"Ada\"", r#""\ud800\u0041""#.into()),
        ("\"Ada\"", r#""\ud800\ud800""#.into()),
        ("\"Ada\"", r#""\x41""#.into()),
        ("\"Ada\"", r#""\u00G1""#.into()),
    ];
    let count = cases.len();
    for (from, to) in &cases {
        unreadable(&minimal_with(from, to));
    }
    assert!(count > 80, "{count}");
}

#[test]
fn reasons_name_what_was_wrong() {
    let dup = r#"["c1","Ada","R","mid","",false]"#;
    let text = minimal_with(dup, &format!("{dup},{dup}"));
    assert_eq!(unreadable(&text), "two candidates have the same id");
    let role = r#"["R","mid",[1,1,1,1,1,1,1]]"#;
    let text = minimal_with(role, &format!("{role},{role}"));
    assert_eq!(unreadable(&text), "two roles have the same name");
    let text = minimal_with("\"c1\",\"Ann\"", "\"c9\",\"Ann\"");
    assert_eq!(unreadable(&text), "an interview's candidate is missing");
    let text = minimal_with("\"me\":\"\"", "\"me\":\"\",\"__proto__\":{}");
    assert_eq!(unreadable(&text), "a forbidden key");
    assert_eq!(unreadable(""), "the text ends too early");
    assert_eq!(unreadable("[]"), "not a JSON object");
    assert_eq!(unreadable("{}"), "not a stored scorecard");
    let text = minimal_with("\"Ada\"", r#""\ud800""#);
    assert_eq!(
        unreadable(&text),
        "a \\u escape is half of a surrogate pair"
    );
    let text = minimal_with("\"3333333\",[]", "\"333333-\",[]");
    assert_eq!(
        unreadable(&text),
        "a submitted version has an unrated competency"
    );
}

#[test]
fn limits_are_the_imports() {
    let at_limit = minimal_with(
        r#"["c1","Ada","R","mid","",false]"#,
        &format!(
            r#"["c1","{}","R","mid","{}",false]"#,
            "n".repeat(200),
            "é".repeat(5000)
        ),
    );
    assert!(decode(&at_limit).is_ok());
    let many = |count: usize| {
        let candidates: Vec<String> = (0..count)
            .map(|i| format!(r#"["c{i}","","","mid","",false]"#))
            .collect();
        minimal_with(r#"["c1","Ada","R","mid","",false]"#, &candidates.join(","))
    };
    assert!(decode(&many(5000)).is_ok());
    assert_eq!(unreadable(&many(5001)), "more than 5000 candidates");
}

/// `count` characters of plain ASCII, different for each `seed`.
fn note(seed: usize, count: usize) -> String {
    let words = format!(
        "Evidence {seed}: named the trade-offs, sized the queue, asked about failure modes and retries. "
    );
    words.chars().cycle().take(count).collect()
}

/// An id like the UI's `new_id`: a prefix, then 16 base-36 digits.
fn ui_id(prefix: &str, seed: usize) -> String {
    let digits = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut value = (seed as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    let mut id = String::from(prefix);
    for _ in 0..16 {
        id.push(char::from(digits[(value % 36) as usize]));
        value /= 36;
    }
    id
}

/// 1,000 candidates × 4 submitted interviews × 7 ratings, each with a note of
/// `note_chars` characters.
fn large_store(note_chars: usize) -> StoredScorecard {
    let names = ["Ann Lee", "Bob Stone", "Chen Wu", "Dana Ruiz"];
    let decisions = Decision::ALL;
    let mut doc = ScorecardDoc {
        roles: vec![
            Role::new("Backend engineer", RoleLevel::Senior),
            Role::new("Platform engineer", RoleLevel::Mid),
        ],
        ..ScorecardDoc::default()
    };
    for c in 0..1000 {
        let candidate_id = ui_id("c", c);
        let role = &doc.roles[c % 2].name;
        let mut candidate = Candidate::new(
            &candidate_id,
            &format!("Candidate {c:04}"),
            role,
            RoleLevel::ALL[c % 4],
        );
        candidate.archived = c % 10 == 0;
        doc.candidates.push(Rc::new(candidate));
        for k in 0..4 {
            let seed = c * 4 + k;
            let scores =
                [1, 2, 3, 4, 0, 3, 2].map(|s: u8| if s == 0 { 0 } else { (s + k as u8) % 4 + 1 });
            let mut interview = rated(
                &ui_id("i", seed),
                &candidate_id,
                names[k],
                STAGES[(c + k) % STAGES.len()].id,
                scores,
            );
            for (index, competency) in COMPETENCIES.iter().enumerate() {
                let text = note(seed * 7 + index, note_chars);
                interview.set_note(competency.id, &text).unwrap();
            }
            doc.interviews
                .push(Rc::new(submit(interview, decisions[seed % 4])));
        }
    }
    StoredScorecard {
        doc,
        interviewer: "Ann Lee".into(),
        unknown: Vec::new(),
    }
}

/// A keep-aside copy of the 1,000-candidate store must fit beside the original when the
/// host page uses a large share of the quota: the packed copy (`storage::packed`) takes
/// a fraction of the plain one's room.
#[test]
fn a_packed_copy_of_a_thousand_candidates_is_small() {
    use backend_ready::storage::packed::{pack, unpack};
    let text = encode(&large_store(60));
    let units = text.encode_utf16().count();
    let packed = pack(&text);
    let packed_units = packed.encode_utf16().count();
    eprintln!(
        "1,000 candidates, 60-character notes: stored {units} units, packed copy \
         {packed_units} units ({}%)",
        packed_units * 100 / units
    );
    assert!(packed_units * 4 <= units, "{packed_units} of {units}");
    assert_eq!(unpack(&packed).as_deref(), Some(text.as_str()));
    // Notes with little repetition (pseudo-random words) still pack to under half.
    let mut stored = large_store(0);
    let words = [
        "queue",
        "index",
        "retry",
        "shard",
        "lock",
        "cache",
        "replica",
        "schema",
        "Ann",
        "latency",
        "trade-off",
        "idempotent",
        "backfill",
        "„Zitat“",
        "O’Brien",
        "ü",
    ];
    let mut seed = 7u64;
    for interview in &mut stored.doc.interviews {
        for rating in Rc::make_mut(interview).ratings.iter_mut() {
            let mut note = String::new();
            while note.len() < 60 {
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                note.push_str(words[(seed >> 60) as usize]);
                note.push(' ');
            }
            rating.note = note;
        }
    }
    let text = encode(&stored);
    let (units, packed_units) = (
        text.encode_utf16().count(),
        pack(&text).encode_utf16().count(),
    );
    eprintln!("1,000 candidates, random-word notes: stored {units} units, packed copy {packed_units} units");
    assert!(packed_units * 2 < units, "{packed_units} of {units}");
}

#[test]
fn a_thousand_candidates_fit_the_budget() {
    let stored = large_store(60);
    assert_eq!(stored.doc.interviews.len(), 4000);
    assert!(stored
        .doc
        .interviews
        .iter()
        .all(|i| i.ratings.iter().all(|r| r.note.len() == 60)));
    let text = encode(&stored);
    let units = text.encode_utf16().count();
    let notes = 4000 * 7 * 60;
    let export = export_doc(&stored.doc).encode_utf16().count();
    eprintln!(
        "stored scorecard, 1,000 candidates × 4 submitted interviews × 7 ratings with a \
         60-character note: {units} UTF-16 code units ({} bytes; notes alone {notes}; \
         the export file would be {export})",
        text.len()
    );
    assert!(units < 2_500_000, "{units}");
    for note_chars in [40, 80] {
        let units = encode(&large_store(note_chars)).encode_utf16().count();
        eprintln!("the same with {note_chars}-character notes: {units} UTF-16 code units");
    }
    assert_eq!(decode(&text), Ok(stored));
}

// Properties.

fn any_character() -> impl Strategy<Value = char> {
    prop_oneof![
        any::<char>(),
        prop::char::range('\u{0}', '\u{1f}'),
        prop::sample::select(vec!['"', '\\', '<', '>', '&', '[', ']', '{', '}', ',', ':']),
        prop::char::range('\u{10000}', '\u{10FFFF}'),
    ]
}

fn any_text() -> impl Strategy<Value = String> {
    prop::collection::vec(any_character(), 0..20).prop_map(String::from_iter)
}

/// One generated interview: candidate index, scores (0 no evidence, 1–4, 5 unrated),
/// notes, a lifecycle step and a decision index.
type Plan = (usize, [u8; 7], Vec<String>, u8, usize);

fn any_plan() -> impl Strategy<Value = Plan> {
    let scores = prop::array::uniform7(0u8..6);
    let notes = prop::collection::vec(any_text(), 0..8);
    (0usize..4, scores, notes, 0u8..5, 0usize..5)
}

/// Lifecycle: 0 a draft as rated, 1 submitted, 2 submitted then revised (a v2 draft),
/// 3 revised and submitted again, 4 a complete draft with a decision.
fn planned(index: usize, candidate: &str, plan: Plan) -> Interview {
    let (_, scores, notes, step, decision) = plan;
    let scores = if step == 0 {
        scores
    } else {
        scores.map(|s| s % 5)
    };
    let notes: Vec<&str> = notes.iter().map(String::as_str).collect();
    let stage = STAGES[index % STAGES.len()].id;
    let interview = rated(
        &format!("i{index}"),
        candidate,
        &format!("Who {index}"),
        stage,
        scores,
    );
    let interview = noted(interview, &notes);
    let decision = Decision::ALL[decision];
    through_lifecycle(interview, step, decision, "revised", |_, _| {})
}

fn any_weights() -> impl Strategy<Value = [u16; 7]> {
    prop::array::uniform7(0u16..=1000).prop_map(|mut weights| {
        if weights.iter().all(|w| *w == 0) {
            weights[0] = 1;
        }
        weights
    })
}

fn any_stored() -> impl Strategy<Value = StoredScorecard> {
    let flags = (any::<bool>(), any::<bool>());
    let candidates = prop::collection::vec((any_text(), any_text(), flags), 1..4);
    let plans = prop::collection::vec(any_plan(), 0..6);
    let weights = prop::collection::vec(any_weights(), 0..3);
    let unknown = prop::collection::btree_map("x-[a-z]{1,8}", any_small_value(any_text()), 0..3);
    (candidates, plans, weights, any_text(), unknown).prop_map(
        |(candidates, plans, weights, me, unknown)| {
            let candidates: Vec<Candidate> = candidates
                .into_iter()
                .enumerate()
                .map(|(index, (name, notes, (archived, revealed)))| {
                    let level = RoleLevel::ALL[index % 4];
                    let mut candidate = Candidate::new(&format!("c{index}"), &name, &name, level);
                    candidate.notes = notes;
                    candidate.archived = archived;
                    candidate.revealed = revealed;
                    candidate
                })
                .collect();
            let count = candidates.len();
            let interviews = plans
                .into_iter()
                .enumerate()
                .map(|(index, plan)| planned(index, &format!("c{}", plan.0 % count), plan))
                .map(Rc::new)
                .collect();
            let roles = weights
                .into_iter()
                .enumerate()
                .map(|(index, values)| weighted_role(index, values))
                .collect();
            StoredScorecard {
                doc: ScorecardDoc {
                    candidates: candidates.into_iter().map(Rc::new).collect(),
                    roles,
                    interviews,
                },
                interviewer: me,
                unknown: unknown.into_iter().collect(),
            }
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    /// 1000 cases.
    #[test]
    fn decoding_any_bytes_never_panics(text in any_bytes_as_text()) {
        prop_assert!(decode(&text).is_err());
    }

    /// 1000 cases.
    #[test]
    fn decoding_any_string_never_panics(text in "\\PC*") {
        let _ = decode(&text);
    }

    /// 1000 cases; whatever a damaged document still yields is itself lossless.
    #[test]
    fn a_damaged_document_never_panics(
        at in any::<prop::sample::Index>(),
        damage in edit(any_character()),
    ) {
        lossless_if_read(&damaged_at(&encode(&fixture()), at, damage), decode, encode)?;
        lossless_if_read(&damaged_at(MINIMAL, at, damage), decode, encode)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// 256 cases.
    #[test]
    fn generated_documents_round_trip(stored in any_stored()) {
        let text = encode(&stored);
        prop_assert_eq!(decode(&text), Ok(stored));
    }

    /// 256 cases: merging against an unchanged side, or with two equal sides, gives the
    /// changed side, without conflicts.
    #[test]
    fn trivial_merges_are_identities(base in any_stored(), ours in any_stored()) {
        let (base, ours) = (base.doc, ours.doc);
        let clean = |doc: &ScorecardDoc| TabMerge { doc: doc.clone(), conflicts: Vec::new() };
        prop_assert_eq!(merge_tabs(&base, &ours, &base), clean(&ours));
        prop_assert_eq!(merge_tabs(&base, &ours, &ours), clean(&ours));
        prop_assert_eq!(merge_tabs(&base, &base, &base), clean(&base));
    }
}

// Merging two tabs.

fn candidate(id: &str, name: &str) -> Candidate {
    Candidate::new(id, name, "Backend engineer", RoleLevel::Mid)
}

fn draft(id: &str, candidate: &str, who: &str) -> Interview {
    rated(id, candidate, who, DB, [3, 3, 5, 5, 5, 5, 5])
}

fn complete(id: &str, candidate: &str, who: &str) -> Interview {
    rated(id, candidate, who, DB, [3, 3, 3, 3, 3, 3, 3])
}

fn doc(candidates: &[Candidate], roles: &[Role], interviews: &[Interview]) -> ScorecardDoc {
    ScorecardDoc {
        candidates: candidates.iter().cloned().map(Rc::new).collect(),
        roles: roles.to_vec(),
        interviews: interviews.iter().cloned().map(Rc::new).collect(),
    }
}

fn base() -> ScorecardDoc {
    doc(
        &[candidate("c1", "Ada"), candidate("c2", "Grace")],
        &[
            Role::new("Backend engineer", RoleLevel::Mid),
            Role::new("Platform lead", RoleLevel::Lead),
        ],
        &[draft("i1", "c1", "Ann"), draft("i2", "c2", "Bob")],
    )
}

/// The merged document is itself a valid stored document.
fn storable(merge: &TabMerge) {
    let stored = StoredScorecard {
        doc: merge.doc.clone(),
        ..StoredScorecard::default()
    };
    assert_eq!(decode(&encode(&stored)), Ok(stored));
}

/// The merge since `base`, checked to keep `ours` whole: every difference is taken
/// from ours or reported as a conflict.
fn merged_keeping_ours(
    base: &ScorecardDoc,
    ours: &ScorecardDoc,
    theirs: &ScorecardDoc,
) -> TabMerge {
    let merged = merge_tabs(base, ours, theirs);
    assert_eq!(merged.doc, *ours);
    merged
}

/// The merged document with their side of every conflict taken.
fn taking_theirs(merged: &TabMerge) -> ScorecardDoc {
    let mut taken = merged.doc.clone();
    for conflict in &merged.conflicts {
        take_theirs(&mut taken, conflict);
    }
    taken
}

fn candidate_conflict(
    id: &str,
    ours: Option<&Rc<Candidate>>,
    theirs: Option<&Rc<Candidate>>,
) -> Conflict {
    Conflict::Candidate {
        id: id.into(),
        ours: ours.cloned(),
        theirs: theirs.cloned(),
    }
}

fn role_conflict(name: &str, ours: Option<&Role>, theirs: Option<&Role>) -> Conflict {
    Conflict::Role {
        name: name.into(),
        ours: ours.cloned(),
        theirs: theirs.cloned(),
    }
}

/// A conflict over an interview whose candidate both sides still hold.
fn interview_conflict(
    id: &str,
    ours: Option<&Rc<Interview>>,
    theirs: Option<&Rc<Interview>>,
) -> Conflict {
    Conflict::Interview {
        id: id.into(),
        ours: ours.cloned(),
        theirs: theirs.cloned(),
        candidate: None,
    }
}

/// `doc` with `note` on database in Bob's interview of Grace (`i2`).
fn with_bobs_note(doc: &ScorecardDoc, note: &str) -> ScorecardDoc {
    let mut doc = doc.clone();
    Rc::make_mut(&mut doc.interviews[1])
        .set_note("database", note)
        .unwrap();
    doc
}

/// `doc` with Grace (`c2`) and her interview (`i2`) deleted.
fn without_grace(doc: &ScorecardDoc) -> ScorecardDoc {
    let mut doc = doc.clone();
    doc.candidates.remove(1);
    doc.interviews.remove(1);
    doc
}

fn ids(doc: &ScorecardDoc) -> (Vec<&str>, Vec<&str>, Vec<&str>) {
    (
        doc.candidates.iter().map(|c| c.id.as_str()).collect(),
        doc.roles.iter().map(|r| r.name.as_str()).collect(),
        doc.interviews.iter().map(|i| i.id.as_str()).collect(),
    )
}

#[test]
fn a_change_on_one_side_is_taken() {
    let base = base();
    let mut ours = base.clone();
    Rc::make_mut(&mut ours.candidates[0]).notes = "ours".into();
    Rc::make_mut(&mut ours.interviews[1])
        .set_note("database", "ours")
        .unwrap();
    let mut theirs = base.clone();
    Rc::make_mut(&mut theirs.candidates[1]).archived = true;
    theirs.roles[0].weights = theirs.roles[0].weights.with("database", 50).unwrap();
    Rc::make_mut(&mut theirs.interviews[0])
        .set_note("system-design", "theirs")
        .unwrap();
    let merged = merge_tabs(&base, &ours, &theirs);
    assert_eq!(merged.conflicts, []);
    assert_eq!(
        merged.doc.candidates,
        [ours.candidates[0].clone(), theirs.candidates[1].clone()]
    );
    assert_eq!(merged.doc.roles, theirs.roles);
    assert_eq!(
        merged.doc.interviews,
        [theirs.interviews[0].clone(), ours.interviews[1].clone()]
    );
    storable(&merged);
}

#[test]
fn a_deletion_on_one_side_is_taken() {
    let base = base();
    // They deleted Grace with her interview and a role; we changed nothing of those.
    let mut theirs = without_grace(&base);
    theirs.roles.remove(1);
    let mut ours = base.clone();
    Rc::make_mut(&mut ours.candidates[0]).name = "Ada L.".into();
    let merged = merge_tabs(&base, &ours, &theirs);
    assert_eq!(merged.conflicts, []);
    assert_eq!(
        ids(&merged.doc),
        (vec!["c1"], vec!["Backend engineer"], vec!["i1"])
    );
    assert_eq!(merged.doc.candidates[0].name, "Ada L.");
    storable(&merged);
    // The same deletion on our side stays deleted.
    let merged = merge_tabs(&base, &theirs, &base);
    assert_eq!(merged.doc, theirs);
    assert_eq!(merged.conflicts, []);
}

#[test]
fn additions_on_either_side_are_kept_in_a_stable_order() {
    let base = base();
    let mut ours = base.clone();
    ours.candidates
        .insert(0, Rc::new(candidate("c3", "Ours first")));
    ours.interviews.push(Rc::new(draft("i3", "c3", "Ann")));
    let mut theirs = base.clone();
    theirs.candidates.push(Rc::new(candidate("c4", "Theirs")));
    theirs
        .candidates
        .push(Rc::new(candidate("c5", "Theirs too")));
    theirs
        .roles
        .insert(0, Role::new("Data engineer", RoleLevel::Junior));
    theirs
        .interviews
        .insert(0, Rc::new(draft("i4", "c5", "Cy")));
    let merged = merge_tabs(&base, &ours, &theirs);
    assert_eq!(merged.conflicts, []);
    assert_eq!(
        ids(&merged.doc),
        (
            vec!["c3", "c1", "c2", "c4", "c5"],
            vec!["Backend engineer", "Platform lead", "Data engineer"],
            vec!["i1", "i2", "i3", "i4"]
        )
    );
    storable(&merged);
}

#[test]
fn the_same_change_on_both_sides_is_no_conflict() {
    let base = base();
    let mut ours = base.clone();
    Rc::make_mut(&mut ours.candidates[0]).name = "Ada Lovelace".into();
    ours.candidates.remove(1);
    ours.interviews.remove(1);
    ours.interviews[0] = Rc::new(submit(complete("i1", "c1", "Ann"), Decision::Yes));
    ours.candidates.push(Rc::new(candidate("c9", "Both added")));
    let theirs = ours.clone();
    let merged = merge_tabs(&base, &ours, &theirs);
    assert_eq!(
        merged,
        TabMerge {
            doc: ours,
            conflicts: Vec::new()
        }
    );
}

#[test]
fn different_changes_keep_ours_and_report_theirs() {
    let base = base();
    let mut ours = base.clone();
    Rc::make_mut(&mut ours.candidates[0]).name = "Ada (ours)".into();
    ours.roles[1].weights = ours.roles[1].weights.with("security", 1).unwrap();
    Rc::make_mut(&mut ours.interviews[0])
        .set_note("database", "ours")
        .unwrap();
    let mut theirs = base.clone();
    Rc::make_mut(&mut theirs.candidates[0]).name = "Ada (theirs)".into();
    theirs.roles[1].weights = theirs.roles[1].weights.with("security", 902).unwrap();
    Rc::make_mut(&mut theirs.interviews[0])
        .set_note("database", "theirs")
        .unwrap();
    let merged = merged_keeping_ours(&base, &ours, &theirs);
    assert_eq!(
        merged.conflicts,
        [
            candidate_conflict("c1", Some(&ours.candidates[0]), Some(&theirs.candidates[0])),
            role_conflict(
                "Platform lead",
                Some(&ours.roles[1]),
                Some(&theirs.roles[1])
            ),
            interview_conflict("i1", Some(&ours.interviews[0]), Some(&theirs.interviews[0])),
        ]
    );
    let taken = taking_theirs(&merged);
    assert_eq!(taken, theirs);
    // Added on both sides, differently.
    let mut ours = base.clone();
    ours.roles.push(Role::new("New", RoleLevel::Junior));
    let mut theirs = base.clone();
    theirs.roles.push(Role::new("New", RoleLevel::Senior));
    let merged = merged_keeping_ours(&base, &ours, &theirs);
    assert_eq!(merged.conflicts.len(), 1);
    take_theirs(&mut ours, &merged.conflicts[0]);
    assert_eq!(ours, theirs);
}

#[test]
fn an_edit_against_a_deletion_is_a_conflict() {
    let base = base();
    // We edited Bob's interview and the Platform lead role; they deleted both.
    let mut ours = with_bobs_note(&base, "ours");
    ours.roles[1].level = RoleLevel::Senior;
    let mut theirs = base.clone();
    theirs.interviews.remove(1);
    theirs.roles.remove(1);
    let merged = merged_keeping_ours(&base, &ours, &theirs);
    assert_eq!(
        merged.conflicts,
        [
            role_conflict("Platform lead", Some(&ours.roles[1]), None),
            interview_conflict("i2", Some(&ours.interviews[1]), None),
        ]
    );
    let taken = taking_theirs(&merged);
    assert_eq!(taken, theirs);
}

#[test]
fn a_candidate_deleted_under_a_kept_interview_is_kept_and_reported() {
    let base = base();
    // They deleted Grace and her interview; we edited her interview.
    let ours = with_bobs_note(&base, "ours");
    let theirs = without_grace(&base);
    let merged = merged_keeping_ours(&base, &ours, &theirs);
    storable(&merged);
    assert_eq!(
        merged.conflicts,
        [
            candidate_conflict("c2", Some(&base.candidates[1]), None),
            interview_conflict("i2", Some(&ours.interviews[1]), None),
        ]
    );
    // Taking their deletion of the candidate takes her interviews with her.
    let mut taken = merged.doc.clone();
    take_theirs(&mut taken, &merged.conflicts[0]);
    assert_eq!(taken, theirs);

    // They added an interview for Grace, whom we deleted: she is kept, from theirs.
    let ours = without_grace(&base);
    let mut theirs = base.clone();
    theirs.interviews.push(Rc::new(draft("i3", "c2", "Cy")));
    let merged = merge_tabs(&base, &ours, &theirs);
    assert_eq!(ids(&merged.doc).0, ["c1", "c2"]);
    assert_eq!(ids(&merged.doc).2, ["i1", "i3"]);
    storable(&merged);
    assert_eq!(
        merged.conflicts,
        [candidate_conflict("c2", None, Some(&base.candidates[1]))]
    );
}

#[test]
fn taking_their_interview_restores_a_candidate_we_deleted() {
    let base = base();
    // We deleted Grace and her interview; they edited that interview.
    let ours = without_grace(&base);
    let theirs = with_bobs_note(&base, "theirs");
    let merged = merged_keeping_ours(&base, &ours, &theirs);
    assert_eq!(
        merged.conflicts,
        [Conflict::Interview {
            id: "i2".into(),
            ours: None,
            theirs: Some(theirs.interviews[1].clone()),
            candidate: Some(theirs.candidates[1].clone()),
        }]
    );
    let mut taken = merged.doc.clone();
    take_theirs(&mut taken, &merged.conflicts[0]);
    assert_eq!(taken, theirs);
    storable(&TabMerge {
        doc: taken,
        conflicts: Vec::new(),
    });
}

#[test]
fn a_newer_submitted_version_wins_with_history_kept() {
    let base = base();
    // Both submitted i1; they then revised it and submitted version 2.
    let submitted = submit(complete("i1", "c1", "Ann"), Decision::Yes);
    let mut ours = base.clone();
    ours.interviews[0] = Rc::new(submitted.clone());
    let mut revised = submitted.clone();
    revised.revise().unwrap();
    revised.set_note("security", "second look").unwrap();
    let revised = submit(revised, Decision::StrongYes);
    let mut theirs = base.clone();
    theirs.interviews[0] = Rc::new(revised.clone());
    Rc::make_mut(&mut theirs.interviews[1])
        .set_note("database", "theirs")
        .unwrap();
    let merged = merge_tabs(&base, &ours, &theirs);
    assert_eq!(merged.conflicts, []);
    assert_eq!(*merged.doc.interviews[0], revised);
    assert_eq!(merged.doc.interviews[0].history.len(), 1);
    assert_eq!(merged.doc.interviews[1], theirs.interviews[1]);
    // The other way round: ours is newer and stays.
    let merged = merge_tabs(&base, &theirs, &ours);
    assert_eq!(merged.conflicts, []);
    assert_eq!(*merged.doc.interviews[0], revised);

    // Their version 1 differs from our filed one, although older than our version 2:
    // the model never lets a held version change, so it is a conflict and ours stays.
    let mut other_first = rated("i1", "c1", "Ann", DB, [3, 3, 5, 5, 5, 5, 5]);
    for competency in &COMPETENCIES[2..] {
        other_first.rate(competency.id, Score::NoEvidence).unwrap();
    }
    let other_first = submit(other_first, Decision::No);
    let mut theirs = base.clone();
    theirs.interviews[0] = Rc::new(other_first);
    let mut ours = base.clone();
    ours.interviews[0] = Rc::new(revised.clone());
    let merged = merge_tabs(&base, &ours, &theirs);
    assert_eq!(merged.conflicts.len(), 1);
    assert_eq!(*merged.doc.interviews[0], revised);
}

#[test]
fn two_different_submissions_of_one_version_are_a_conflict() {
    let base = base();
    let mut ours = base.clone();
    ours.interviews[0] = Rc::new(submit(complete("i1", "c1", "Ann"), Decision::Yes));
    let mut theirs = base.clone();
    theirs.interviews[0] = Rc::new(submit(complete("i1", "c1", "Ann"), Decision::No));
    let merged = merged_keeping_ours(&base, &ours, &theirs);
    assert_eq!(
        merged.conflicts,
        [interview_conflict(
            "i1",
            Some(&ours.interviews[0]),
            Some(&theirs.interviews[0])
        )]
    );
    // A submitted version against an edited draft is a conflict too: only two
    // submitted interviews go through the model's rule.
    let mut theirs = base.clone();
    Rc::make_mut(&mut theirs.interviews[0])
        .set_note("database", "still a draft")
        .unwrap();
    let merged = merged_keeping_ours(&base, &ours, &theirs);
    assert_eq!(merged.conflicts.len(), 1);
    // Another interviewer on the same id: the model refuses, so a conflict.
    let mut theirs = base.clone();
    theirs.interviews[0] = Rc::new(submit(complete("i1", "c1", "Zed"), Decision::Yes));
    let merged = merged_keeping_ours(&base, &ours, &theirs);
    assert_eq!(merged.conflicts.len(), 1);
}

/// A candidate added with no role gets the role every roleless candidate shares, whose
/// name is blank. Release 0.1.0 and 0.2.0 stored that role, so a document holding it must
/// load (it was refused and kept aside at the next load) and its file must import.
#[test]
fn a_candidate_without_a_role_survives_a_reload_and_a_file() {
    let mut doc = ScorecardDoc::default();
    let roleless = Candidate::new("c1", "Ana Lima", "", RoleLevel::Mid);
    assert!(backend_ready::scorecard::edit::add_candidate(
        &mut doc, roleless
    ));
    let stored = StoredScorecard {
        doc: doc.clone(),
        interviewer: "Mia".into(),
        unknown: Vec::new(),
    };
    let reloaded = decode(&encode(&stored)).expect("a roleless candidate's document loads");
    assert_eq!(reloaded.doc, doc);
    let file = export_doc(&doc);
    let imported = backend_ready::export::import_doc(&file).expect("its file imports");
    assert_eq!(imported, doc);
}
