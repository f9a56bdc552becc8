//! Native tests of the one-pass reader of the stored scorecard
//! (src/storage/scorecard_doc/stream.rs, issue 14 item 3) against the tree reader it
//! stands in for: generated documents (every optional item: plans, revealed ratings,
//! sensitive roles with their own questions and plans, signatures, history, unknown
//! members, strings with escapes) are read by the one-pass reader itself and to the
//! same document; reshaped texts (whitespace, member order) too; and on any damaged
//! text `decode` returns exactly what the tree reader returns, error kinds included,
//! while the one-pass reader accepts nothing the tree reader refuses. And the writer
//! that keeps each record's text between saves (src/storage/scorecard_doc/encoded.rs)
//! writes what a fresh encode writes, whatever changed since the last save.
#![cfg(not(target_arch = "wasm32"))]

mod common;
mod fixtures;

use std::rc::Rc;

use backend_ready::content::scorecard::{COMPETENCIES, STAGES};
use backend_ready::scorecard::questions::TeamQuestion;
use backend_ready::scorecard::signing::{base64url_encode, Signature};
use backend_ready::scorecard::{
    Candidate, Decision, Interview, PlannedStage, Role, RoleLevel, ScorecardDoc,
};
use backend_ready::storage::scorecard_doc::{
    decode, decode_one_pass, decode_tree, encode, encode_kept, encode_parts, Encoded,
    StoredScorecard,
};
use backend_ready::storage::DecodeError;
use common::damage::{cuts, damaged_at, edit, json_character};
use common::json::any_small_value;
use fixtures::{rated, through_lifecycle, weighted_role};
use proptest::prelude::*;

/// `decode` gives the tree reader's result, and the one-pass reader gives it or nothing.
fn same_as_tree(text: &str) -> Result<(), TestCaseError> {
    let tree = decode_tree(text);
    prop_assert_eq!(&decode(text), &tree);
    if let Some(read) = decode_one_pass(text) {
        prop_assert_eq!(Ok(read), tree);
    }
    Ok(())
}

/// The one-pass reader reads `text` itself, to the tree reader's document.
fn read_in_one_pass(text: &str) -> Result<StoredScorecard, TestCaseError> {
    let tree = decode_tree(text);
    prop_assert!(tree.is_ok(), "the tree reader refused it: {:?}", tree);
    let read = decode_one_pass(text);
    prop_assert_eq!(read.clone().ok_or(()), tree.clone().map_err(|_| ()));
    prop_assert_eq!(decode(text), tree.clone());
    Ok(tree.unwrap())
}

fn any_character() -> impl Strategy<Value = char> {
    prop_oneof![
        any::<char>(),
        prop::char::range('\u{0}', '\u{1f}'),
        prop::sample::select(vec!['"', '\\', '/', '[', ']', '{', '}', ',', ':', ' ']),
        prop::char::range('\u{10000}', '\u{10FFFF}'),
    ]
}

fn any_text() -> impl Strategy<Value = String> {
    prop::collection::vec(any_character(), 0..16).prop_map(String::from_iter)
}

/// A made-up signature of the right shape (a 0x04 key of 65 bytes, 64 bytes of
/// value), from `seed`.
fn signature(seed: u8) -> Signature {
    let mut key = vec![4u8];
    key.extend((0..64).map(|i: u8| i.wrapping_mul(7).wrapping_add(seed)));
    let value: Vec<u8> = (0..64).map(|i: u8| i ^ seed).collect();
    Signature::parse(&base64url_encode(&key), &base64url_encode(&value)).expect("the shape")
}

/// One interview: candidate index, scores (0 no evidence, 1–4, 5 unrated), notes, a
/// lifecycle step, a decision index, and whether its versions are signed.
type Plan = (usize, [u8; 7], Vec<String>, u8, usize, bool);

fn any_plan() -> impl Strategy<Value = Plan> {
    let scores = prop::array::uniform7(0u8..6);
    let notes = prop::collection::vec(any_text(), 0..8);
    (0usize..4, scores, notes, 0u8..5, 0usize..5, any::<bool>())
}

/// Lifecycle: 0 a draft as rated, 1 submitted, 2 then revised (a v2 draft), 3 revised
/// and submitted again, 4 a complete draft with a decision; submitted versions signed
/// when `signed`.
fn interview(index: usize, candidate: &str, plan: Plan) -> Interview {
    let (_, scores, notes, step, decision, signed) = plan;
    let scores = if step == 0 {
        scores
    } else {
        scores.map(|s| s % 5)
    };
    let stage = STAGES[index % STAGES.len()].id;
    let mut interview = rated(
        &format!("i{index}"),
        candidate,
        &format!("Who {index}"),
        stage,
        scores,
    );
    for (competency, note) in COMPETENCIES.iter().zip(&notes) {
        interview.set_note(competency.id, note).unwrap();
    }
    let decision = Decision::ALL[decision % Decision::ALL.len()];
    let sign = |interview: &mut Interview, seed: u8| {
        if signed {
            interview.signature = Some(signature(seed));
        }
    };
    through_lifecycle(interview, step, decision, "revised \"again\"", sign)
}

/// A candidate: name, notes, archived, revealed, and planned stages (a stage index and
/// an interviewer each; a stage planned twice is kept once).
type CandidatePlan = (String, String, bool, bool, Vec<(usize, String)>);

fn any_candidate() -> impl Strategy<Value = CandidatePlan> {
    let plan = prop::collection::vec((0usize..STAGES.len(), any_text()), 0..3);
    (any_text(), any_text(), any::<bool>(), any::<bool>(), plan)
}

fn candidate(index: usize, (name, notes, archived, revealed, plan): CandidatePlan) -> Candidate {
    let level = RoleLevel::ALL[index % 4];
    let mut candidate = Candidate::new(&format!("c{index}"), &name, &name, level);
    candidate.notes = notes;
    candidate.archived = archived;
    candidate.revealed = revealed;
    for (stage, interviewer) in plan {
        let stage = STAGES[stage].id.to_owned();
        if !candidate.plan.iter().any(|planned| planned.stage == stage) {
            candidate.plan.push(PlannedStage { stage, interviewer });
        }
    }
    candidate
}

/// A role: weights, sensitive, its own questions (stage index, text) and a plan (stage
/// indices, each kept once).
type RolePlan = ([u16; 7], bool, Vec<(usize, String)>, Vec<usize>);

fn any_role() -> impl Strategy<Value = RolePlan> {
    let weights = prop::array::uniform7(0u16..=1000);
    let questions = prop::collection::vec((0usize..STAGES.len(), "[a-zA-Z ?\"]{1,20}"), 0..3);
    let plan = prop::collection::vec(0usize..STAGES.len(), 0..4);
    (weights, any::<bool>(), questions, plan)
}

fn role(index: usize, (weights, sensitive, questions, plan): RolePlan) -> Role {
    let mut role = weighted_role(index, weights);
    role.sensitive_data = sensitive;
    for (stage, text) in questions {
        let probes = [COMPETENCIES[stage % COMPETENCIES.len()].id];
        let question = TeamQuestion::new(STAGES[stage].id, &text, &probes);
        if let Ok(question) = question {
            if !role.questions.contains(&question) {
                role.questions.push(question);
            }
        }
    }
    for stage in plan {
        let stage = STAGES[stage].id.to_owned();
        if !role.plan.contains(&stage) {
            role.plan.push(stage);
        }
    }
    role
}

fn any_stored() -> impl Strategy<Value = StoredScorecard> {
    let candidates = prop::collection::vec(any_candidate(), 1..4);
    let interviews = prop::collection::vec(any_plan(), 0..6);
    let roles = prop::collection::vec(any_role(), 0..3);
    let unknown = prop::collection::btree_map("x-[a-z]{1,8}", any_small_value(any_text()), 0..3);
    (candidates, interviews, roles, any_text(), unknown).prop_map(
        |(candidates, interviews, roles, me, unknown)| {
            let count = candidates.len();
            let candidates = candidates
                .into_iter()
                .enumerate()
                .map(|(i, c)| candidate(i, c));
            let interviews = interviews
                .into_iter()
                .enumerate()
                .map(|(i, plan)| interview(i, &format!("c{}", plan.0 % count), plan));
            StoredScorecard {
                doc: ScorecardDoc {
                    candidates: candidates.map(Rc::new).collect(),
                    roles: roles
                        .into_iter()
                        .enumerate()
                        .map(|(i, r)| role(i, r))
                        .collect(),
                    interviews: interviews.map(Rc::new).collect(),
                },
                interviewer: me,
                unknown: unknown.into_iter().collect(),
            }
        },
    )
}

/// `text` with whitespace after every comma and colon outside strings.
fn spaced(text: &str) -> String {
    let (mut out, mut in_string, mut escaped) = (String::new(), false, false);
    for character in text.chars() {
        out.push(character);
        match (in_string, escaped, character) {
            (true, true, _) => escaped = false,
            (true, false, '\\') => escaped = true,
            (_, false, '"') => in_string = !in_string,
            (false, _, ',') => out.push_str("\n  "),
            (false, _, ':') => out.push(' '),
            _ => {}
        }
    }
    format!(" \t{out}\r\n")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// 256 cases: what this build writes, the one-pass reader reads itself, to the
    /// document written; also with whitespace everywhere JSON allows it.
    #[test]
    fn generated_documents_are_read_in_one_pass(stored in any_stored()) {
        let text = encode(&stored);
        prop_assert_eq!(read_in_one_pass(&text)?, stored.clone());
        prop_assert_eq!(read_in_one_pass(&spaced(&text))?, stored);
    }

    /// 256 cases: a generated document damaged anywhere (a character deleted, replaced
    /// or inserted) reads as the tree reader reads it, error kinds included.
    #[test]
    fn damaged_documents_read_as_the_tree_reader_reads_them(
        stored in any_stored(),
        at in any::<prop::sample::Index>(),
        damage in edit(json_character()),
    ) {
        same_as_tree(&damaged_at(&encode(&stored), at, damage))?;
    }
}

/// What may have happened to a list of records since the last save: one edited (a new
/// `Rc`), removed, added (a copy, edited, somewhere) or the order reversed; the other
/// records are the same `Rc`s.
#[derive(Debug, Clone)]
enum Change {
    Edit(prop::sample::Index),
    Remove(prop::sample::Index),
    Add(prop::sample::Index, prop::sample::Index),
    Reverse,
}

fn any_change() -> impl Strategy<Value = Change> {
    prop_oneof![
        any::<prop::sample::Index>().prop_map(Change::Edit),
        any::<prop::sample::Index>().prop_map(Change::Remove),
        (any::<prop::sample::Index>(), any::<prop::sample::Index>())
            .prop_map(|(from, to)| Change::Add(from, to)),
        Just(Change::Reverse),
    ]
}

/// `records` after `change`, with `edit` making an edited record differ.
fn changed<T: Clone>(records: &mut Vec<Rc<T>>, change: &Change, edit: fn(&mut T)) {
    let count = records.len();
    match change {
        _ if count == 0 => {}
        Change::Edit(at) => edit(Rc::make_mut(&mut records[at.index(count)])),
        Change::Remove(at) => drop(records.remove(at.index(count))),
        Change::Add(from, to) => {
            let mut copy = T::clone(&records[from.index(count)]);
            edit(&mut copy);
            records.insert(to.index(count + 1), Rc::new(copy));
        }
        Change::Reverse => records.reverse(),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// 256 cases: save after save, with records edited, removed, added and reordered
    /// in between, the kept texts give exactly what a fresh encode gives.
    #[test]
    fn kept_texts_give_what_a_fresh_encode_gives(
        stored in any_stored(),
        changes in prop::collection::vec(any_change(), 0..8),
    ) {
        let (me, unknown) = (&stored.interviewer, &stored.unknown);
        let mut kept = Encoded::default();
        let mut doc = stored.doc.clone();
        prop_assert_eq!(encode_kept(&mut kept, &doc, me, unknown), encode(&stored));
        for change in &changes {
            changed(&mut doc.candidates, change, |c| c.name.push('\u{e9}'));
            changed(&mut doc.interviews, change, |i| i.interviewer.push('"'));
            let fresh = encode_parts(&doc, me, unknown);
            prop_assert_eq!(encode_kept(&mut kept, &doc, me, unknown), fresh);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]

    /// 32 cases: every beginning of a generated document reads as the tree reader
    /// reads it (each is refused, with the tree reader's reason).
    #[test]
    fn cut_documents_read_as_the_tree_reader_reads_them(stored in any_stored()) {
        let text = encode(&stored);
        for cut in cuts(&text) {
            same_as_tree(cut)?;
        }
    }
}

/// The stored format's fixture from 0.1.0 (`tests/fixtures/scorecard-store-v1.json`).
const FIXTURE: &str = include_str!("fixtures/scorecard-store-v1.json");

#[test]
fn the_version_1_fixture_is_read_in_one_pass() {
    let text = FIXTURE.trim_end_matches('\n');
    let read = decode_one_pass(text).expect("read in one pass");
    assert_eq!(Ok(read.clone()), decode_tree(text));
    assert_eq!(encode(&read), text, "written back byte for byte");
}

/// The members in another order than this build writes them read the same.
#[test]
fn members_in_any_order_are_read_in_one_pass() {
    let text = r#"{"x-later":[1,{"a":null}],"interviews":[],"candidates":[["c1","Ada","","mid","",false]],"roles":[],"me":"Ann","version":1,"format":"backend-ready/scorecard-store"}"#;
    let read = decode_one_pass(text).expect("read in one pass");
    assert_eq!(Ok(read.clone()), decode_tree(text));
    assert_eq!(read.interviewer, "Ann");
    assert_eq!(read.unknown.len(), 1);
}

/// Texts the tree reader refuses for a reason the one-pass reader does not look for
/// first: each gives the tree reader's error through `decode`.
#[test]
fn refused_texts_give_the_tree_readers_errors() {
    let plain = r#"{"format":"backend-ready/scorecard-store","version":1,"me":"Ann","roles":[],"candidates":[["c1","Ada","","mid","",false]],"interviews":[]}"#;
    let cases = [
        plain.replace(r#""me":"Ann""#, r#""me":"Ann","me":"Bo""#),
        plain.replace(r#""me":"Ann""#, r#""me":"Ann","__proto__":1"#),
        plain.replace(r#""me":"Ann""#, r#""me":"Ann","x":{"constructor":1}"#),
        plain.replace(r#""me":"Ann""#, r#""me":"Ann","x":{"a":1,"a":2}"#),
        plain.replace(r#""version":1"#, r#""version":6"#),
        plain.replace(r#""version":1"#, r#""version":0"#),
        plain.replace(r#""version":1"#, r#""version":"1""#),
        plain.replace(r#","me":"Ann""#, ""),
        plain.replace(r#""format":"backend-ready/scorecard-store","#, ""),
        plain.replace(
            r#"[["c1","Ada","","mid","",false]]"#,
            r#"[["c1","Ada","","mid","",false],["c1","Bo","","mid","",false]]"#,
        ),
        plain.replace(
            r#""interviews":[]"#,
            r#""interviews":[["i1","c9","Ann","database-modelling",1,"d","-------",[],null,[]]]"#,
        ),
        plain.replace(r#"false]]"#, r#"false,[],false,1]]"#),
        plain.replace(r#""mid""#, r#""middle""#),
        format!("{plain} x"),
        format!("{plain}{plain}"),
        plain.replace('{', "[").to_owned(),
        String::new(),
    ];
    for text in &cases {
        let tree = decode_tree(text);
        assert!(tree.is_err(), "refused: {text}");
        assert_eq!(decode(text), tree, "{text}");
        assert_eq!(decode_one_pass(text), None, "{text}");
    }
    assert_eq!(
        decode(&plain.replace(r#""version":1"#, r#""version":6"#)),
        Err(DecodeError::NewerVersion(6))
    );
}

/// A store of `count` candidates as the scale benchmark writes it
/// (tests/bench/scale.mjs): four submitted interviews each, a note on every rating.
fn bench_store(count: usize) -> String {
    let stages = [
        "architecture-case-study",
        "database-modelling",
        "api-integration-scenarios",
        "infrastructure-awareness",
    ];
    let decisions = ["strong-no", "no", "yes", "strong-yes"];
    let mut candidates = Vec::new();
    let mut interviews = Vec::new();
    for c in 0..count {
        let id = format!("c{c:016}");
        candidates.push(format!(
            r#"["{id}","Candidate {c}","Backend engineer","senior","",false]"#
        ));
        for i in 0..4 {
            let scores: String = (0..7)
                .map(|k| char::from(b'1' + ((c + i + k) % 4) as u8))
                .collect();
            let notes: Vec<String> = (0..7)
                .map(|k| {
                    format!(
                        r#""{:.<60}""#,
                        format!("Evidence {c}-{i}-{k}: explained the trade-offs clearly.")
                    )
                })
                .collect();
            interviews.push(format!(
                r#"["i{:016}","{id}","Interviewer {i}","{}",1,"s","{scores}",[{}],"{}",[]]"#,
                c * 4 + i,
                stages[i],
                notes.join(","),
                decisions[(c + i) % 4]
            ));
        }
    }
    format!(
        r#"{{"format":"backend-ready/scorecard-store","version":1,"me":"Bench","roles":[["Backend engineer","senior",[20,15,15,15,15,10,10]]],"candidates":[{}],"interviews":[{}]}}"#,
        candidates.join(","),
        interviews.join(",")
    )
}

#[test]
fn the_benchmarks_store_is_read_in_one_pass() {
    let text = bench_store(100);
    let read = decode_one_pass(&text).expect("read in one pass");
    assert_eq!(read.doc.interviews.len(), 400);
    assert_eq!(Ok(read.clone()), decode_tree(&text));
    assert_eq!(encode(&read), text);
}
