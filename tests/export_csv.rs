//! Native tests of the ratings CSV (src/export/csv.rs): a golden file, history rows,
//! RFC 4180 quoting, formula neutralisation, and a property that any text survives a
//! strict RFC 4180 reader.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::rc::Rc;

use backend_ready::content::scorecard::COMPETENCIES;
use backend_ready::export::csv::{ratings_csv, write_field, BOM, HEADER};
use backend_ready::scorecard::ScorecardDoc;
use backend_ready::scorecard::{Decision, Interview, RatingLevel, Score};
use proptest::prelude::*;

const ARCH: &str = "architecture-case-study";

fn level(value: u8) -> Score {
    Score::Level(RatingLevel::from_value(value).unwrap())
}

/// Every competency scored: 1–4 a level, 0 "no evidence".
fn rated(id: &str, candidate: &str, who: &str, scores: [u8; 7]) -> Interview {
    let mut interview = Interview::new(id, candidate, who, ARCH);
    for (competency, value) in COMPETENCIES.iter().zip(scores) {
        let score = if value == 0 {
            Score::NoEvidence
        } else {
            level(value)
        };
        interview.rate(competency.id, score).unwrap();
    }
    interview
}

fn submitted(mut interview: Interview, decision: Decision) -> Interview {
    interview.record_decision(decision).unwrap();
    interview.submit().unwrap();
    interview
}

fn golden_doc() -> ScorecardDoc {
    let mut interview = rated("i1", "c1", "Ann", [3, 2, 4, 1, 3, 0, 2]);
    let notes = [
        ("system-design", "Split \"orders\" from billing"),
        ("database", "line one\r\nline two"),
        ("api-integration", "=1+2"),
        ("infrastructure", "-10% latency, measured"),
        ("security", "@admin"),
    ];
    for (competency, note) in notes {
        interview.set_note(competency, note).unwrap();
    }
    common::scorecard::doc_with_one("Lovelace, Ada", vec![submitted(interview, Decision::Yes)])
}

#[test]
fn the_golden_file() {
    let row = "\"Lovelace, Ada\",Backend engineer,senior,Ann,architecture-case-study,1,submitted,";
    let expected = [
        "\u{feff}candidate,role,level,interviewer,stage,version,status,competency,competency label,score,score value,note,decision\r\n",
        row, "system-design,System design and scalability thinking,strong,3,\"Split \"\"orders\"\" from billing\",yes\r\n",
        row, "database,Database depth,mixed,2,\"line one\r\nline two\",yes\r\n",
        row, "api-integration,API and integration mastery,exceptional,4,'=1+2,yes\r\n",
        row, "infrastructure,\"Cloud, infrastructure and deployment\",weak,1,\"'-10% latency, measured\",yes\r\n",
        row, "security,Security-first engineering,strong,3,'@admin,yes\r\n",
        row, "communication,Communication and collaboration,no-evidence,,,yes\r\n",
        row, "experience,Practical experience,mixed,2,,yes\r\n",
    ]
    .concat();
    assert_eq!(ratings_csv(&golden_doc()), expected);
}

#[test]
fn an_empty_scorecard_is_the_header_alone() {
    let header = format!("{BOM}{}\r\n", HEADER.join(","));
    assert_eq!(ratings_csv(&ScorecardDoc::default()), header);
}

#[test]
fn every_version_an_interview_holds_gets_its_rows_oldest_first() {
    let mut bob = submitted(
        rated("i2", "c1", "Bob", [4, 2, 3, 0, 2, 3, 1]),
        Decision::No,
    );
    bob.revise().unwrap();
    bob.rate("database", level(4)).unwrap();
    let mut doc = golden_doc();
    doc.interviews = vec![Rc::new(bob)];
    let records = parse_csv(&ratings_csv(&doc));
    let rows = &records[1..];
    assert_eq!(rows.len(), 14);
    let cells = |row: &Vec<String>| (row[5].clone(), row[6].clone(), row[12].clone());
    for row in &rows[..7] {
        assert_eq!(cells(row), ("1".into(), "submitted".into(), "no".into()));
    }
    for row in &rows[7..] {
        assert_eq!(cells(row), ("2".into(), "draft".into(), String::new()));
    }
    assert_eq!(
        (rows[1][9].as_str(), rows[8][9].as_str()),
        ("mixed", "exceptional")
    );
    assert_eq!((rows[1][10].as_str(), rows[8][10].as_str()), ("2", "4"));
}

#[test]
fn unrated_drafts_and_unknown_candidates_leave_cells_empty() {
    let mut doc = golden_doc();
    doc.interviews = vec![Rc::new(Interview::new("i3", "c9", "Cy", ARCH))];
    let csv = ratings_csv(&doc);
    let first = csv.split("\r\n").nth(1).unwrap();
    assert_eq!(
        first,
        ",,,Cy,architecture-case-study,1,draft,system-design,System design and scalability thinking,unrated,,,"
    );
    assert_eq!(csv.matches("\r\n").count(), 8);
}

#[test]
fn every_line_ends_with_crlf() {
    let csv = ratings_csv(&golden_doc());
    assert!(csv.ends_with("\r\n"));
    let records = parse_csv(&csv);
    assert_eq!(records.len(), 8);
    assert!(records.iter().all(|record| record.len() == HEADER.len()));
}

#[test]
fn fields_are_quoted_by_rfc_4180() {
    let cases = [
        ("plain", "plain"),
        ("", ""),
        ("a,b", "\"a,b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("\"", "\"\"\"\""),
        ("one\ntwo", "\"one\ntwo\""),
        ("one\r\ntwo", "\"one\r\ntwo\""),
        ("ünïcödé 😀 <script>", "ünïcödé 😀 <script>"),
        ("mid=dle+x-y@z", "mid=dle+x-y@z"),
    ];
    assert_written(&cases);
}

#[test]
fn formulas_are_neutralised_with_a_leading_apostrophe() {
    let cases = [
        ("=SUM(A1:A9)", "'=SUM(A1:A9)"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@cmd", "'@cmd"),
        ("\tindented", "'\tindented"),
        ("\rreturn", "\"'\rreturn\""),
        (
            "=HYPERLINK(\"http://x\",\"y\")",
            "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"",
        ),
        ("=1,2", "\"'=1,2\""),
        (" =not at start", " =not at start"),
        ("'already", "'already"),
    ];
    assert_written(&cases);
}

/// `write_field` writes each case's field as its expected text.
fn assert_written(cases: &[(&str, &str)]) {
    for (field, expected) in cases {
        let mut out = String::new();
        write_field(&mut out, field);
        assert_eq!(out, *expected, "{field:?}");
    }
}

/// A strict RFC 4180 reader: quotes only around whole fields, CRLF only.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut characters = text.trim_start_matches(BOM).chars().peekable();
    while let Some(character) = characters.next() {
        if quoted {
            match character {
                '"' if characters.peek() == Some(&'"') => {
                    characters.next();
                    field.push('"');
                }
                '"' => quoted = false,
                _ => field.push(character),
            }
            continue;
        }
        match character {
            '"' => {
                assert!(field.is_empty(), "a quote inside an unquoted field");
                quoted = true;
            }
            ',' => record.push(std::mem::take(&mut field)),
            '\r' => {
                assert_eq!(characters.next(), Some('\n'), "CR without LF");
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            '\n' => panic!("LF without CR"),
            _ => field.push(character),
        }
    }
    assert!(
        field.is_empty() && record.is_empty() && !quoted,
        "unterminated record"
    );
    records
}

fn neutralised(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

fn any_text() -> impl Strategy<Value = String> {
    let character = prop_oneof![
        any::<char>(),
        prop::sample::select(vec!['"', ',', '\r', '\n', '\t', '=', '+', '-', '@', '\'']),
    ];
    prop::collection::vec(character, 0..16).prop_map(String::from_iter)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    /// 1000 cases: any name and note read back by a strict RFC 4180 reader.
    #[test]
    fn any_text_survives_a_strict_reader(name in any_text(), note in any_text()) {
        let mut doc = golden_doc();
        Rc::make_mut(&mut doc.candidates[0]).name = name.clone();
        Rc::make_mut(&mut doc.interviews[0]).ratings[3].note = note.clone();
        let records = parse_csv(&ratings_csv(&doc));
        prop_assert_eq!(records.len(), 8);
        prop_assert!(records.iter().all(|record| record.len() == HEADER.len()));
        prop_assert_eq!(&records[4][0], &neutralised(&name));
        prop_assert_eq!(&records[4][11], &neutralised(&note));
    }
}
