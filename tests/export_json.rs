//! Native tests of the strict JSON reader and writer (src/codec/json.rs): values,
//! escapes, surrogates, limits, malformed inputs with their error kinds and offsets, and
//! properties (no panic on any text, lossless round trip of any value).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::collections::BTreeSet;

use backend_ready::codec::json::{
    parse, to_string, JsonError, JsonErrorKind, Value, MAX_DEPTH, MAX_LEN, MAX_VALUES,
};
use proptest::prelude::*;

fn s(text: &str) -> Value {
    Value::String(text.to_owned())
}

fn err(text: &str) -> JsonError {
    parse(text).expect_err(&format!("{text:?} parsed"))
}

fn kind(text: &str) -> JsonErrorKind {
    err(text).kind
}

// ---------------------------------------------------------------- reading

#[test]
fn reads_every_kind_of_value() {
    let text = r#" {"a":null,"b":[true,false],"c":-12,"d":"x","e":{},"f":[]} "#;
    let expected = Value::Object(vec![
        ("a".into(), Value::Null),
        (
            "b".into(),
            Value::Array(vec![Value::Bool(true), Value::Bool(false)]),
        ),
        ("c".into(), Value::Number(-12)),
        ("d".into(), s("x")),
        ("e".into(), Value::Object(vec![])),
        ("f".into(), Value::Array(vec![])),
    ]);
    assert_eq!(parse(text), Ok(expected));
}

#[test]
fn object_members_keep_their_order() {
    let value = parse(r#"{"z":1,"a":2,"m":3}"#).unwrap();
    let keys: Vec<&str> = value
        .as_object()
        .unwrap()
        .iter()
        .map(|(key, _)| key.as_str())
        .collect();
    assert_eq!(keys, ["z", "a", "m"]);
    assert_eq!(value.get("a"), Some(&Value::Number(2)));
    assert_eq!(value.get("q"), None);
}

#[test]
fn whitespace_is_space_tab_lf_and_cr_only() {
    assert_eq!(parse(" \t\r\n[ 1 ,\n2 ]\r\n"), Ok(parse("[1,2]").unwrap()));
    assert_eq!(kind("\u{a0}1"), JsonErrorKind::ExpectedValue);
    assert_eq!(kind("[1,\u{b}2]"), JsonErrorKind::ExpectedValue);
}

#[test]
fn whole_numbers_cover_the_i64_range() {
    assert_eq!(parse("0"), Ok(Value::Number(0)));
    assert_eq!(parse("-0"), Ok(Value::Number(0)));
    assert_eq!(parse("9223372036854775807"), Ok(Value::Number(i64::MAX)));
    assert_eq!(parse("-9223372036854775808"), Ok(Value::Number(i64::MIN)));
    assert_eq!(kind("9223372036854775808"), JsonErrorKind::NumberOutOfRange);
    assert_eq!(
        kind("-9223372036854775809"),
        JsonErrorKind::NumberOutOfRange
    );
    assert_eq!(
        kind("123456789012345678901234567890"),
        JsonErrorKind::NumberOutOfRange
    );
}

#[test]
fn fractions_and_exponents_are_refused_with_a_clear_reason() {
    for text in ["1.5", "1e3", "1E3", "-0.0", "2.", "[1,2.25]"] {
        assert_eq!(kind(text), JsonErrorKind::FractionOrExponent, "{text}");
    }
    assert_eq!(
        err("[1,2.25]").message(),
        "a number has a fraction or an exponent (only whole numbers are read) at byte 3"
    );
}

#[test]
fn every_escape_is_decoded() {
    let text = r#""\" \\ \/ \b \f \n \r \t \u0041 \u00e9 \u20AC \u0000""#;
    let expected = "\" \\ / \u{8} \u{c} \n \r \t A é € \u{0}";
    assert_eq!(parse(text), Ok(s(expected)));
}

#[test]
fn surrogate_pairs_decode_to_one_character() {
    assert_eq!(parse(r#""\ud83d\ude00""#), Ok(s("😀")));
    assert_eq!(parse(r#""\uD834\uDD1E""#), Ok(s("𝄞")));
    assert_eq!(parse(r#""\udbff\udfff""#), Ok(s("\u{10FFFF}")));
    assert_eq!(parse(r#""😀 raw""#), Ok(s("😀 raw")));
}

#[test]
fn lone_surrogates_are_refused() {
    let cases = [
        r#""\ud800""#,
        r#""\udc00""#,
        r#""\udfff x""#,
        r#""\ud800\u0041""#,
        r#""\ud800x""#,
        r#""\ud800\ud800""#,
        r#""\ud83d\n""#,
    ];
    for text in cases {
        assert_eq!(kind(text), JsonErrorKind::LoneSurrogate, "{text}");
    }
    assert_eq!(err(r#"["ok","\udc00"]"#).offset, 7);
}

#[test]
fn raw_control_characters_in_strings_are_refused() {
    for code in (0u8..0x20).map(char::from) {
        let text = format!("\"a{code}b\"");
        assert_eq!(kind(&text), JsonErrorKind::ControlCharacter, "{code:?}");
        assert_eq!(err(&text).offset, 2);
    }
    assert_eq!(parse("\"\u{7f}\""), Ok(s("\u{7f}")));
}

#[test]
fn a_repeated_key_is_refused_at_the_second_copy() {
    let error = err(r#"{"a":1,"b":2,"a":3}"#);
    assert_eq!(error.kind, JsonErrorKind::DuplicateKey);
    assert_eq!(error.offset, 13);
    assert_eq!(err("{\"a\":1, \n \"a\":2}").offset, 10);
    assert_eq!(kind(r#"{"a":{"x":1,"x":1}}"#), JsonErrorKind::DuplicateKey);
    assert!(parse(r#"[{"a":1},{"a":1}]"#).is_ok());
    assert!(parse(r#"{"a":1,"A":1,"a ":1}"#).is_ok());
}

#[test]
fn errors_carry_the_offset_and_a_reason_for_a_sentence() {
    let cases: &[(&str, JsonErrorKind, usize)] = &[
        ("", JsonErrorKind::UnexpectedEnd, 0),
        ("[1,]", JsonErrorKind::ExpectedValue, 3),
        ("[1 2]", JsonErrorKind::ExpectedCommaOrEnd, 3),
        ("{\"a\" 1}", JsonErrorKind::ExpectedColon, 5),
        ("{1:2}", JsonErrorKind::ExpectedKey, 1),
        ("[1] x", JsonErrorKind::TrailingText, 4),
        ("\"ab", JsonErrorKind::UnexpectedEnd, 3),
        ("nul", JsonErrorKind::BadLiteral, 0),
        ("012", JsonErrorKind::LeadingZero, 0),
        ("-", JsonErrorKind::UnexpectedEnd, 1),
        ("-x", JsonErrorKind::BadNumber, 1),
        ("\"\\x\"", JsonErrorKind::BadEscape, 1),
        ("\"\\u12G4\"", JsonErrorKind::BadUnicodeEscape, 3),
    ];
    for (text, expected_kind, offset) in cases {
        assert_eq!(
            parse(text),
            Err(JsonError {
                offset: *offset,
                kind: *expected_kind
            }),
            "{text:?}"
        );
    }
    assert_eq!(err("[1,").message(), "the text ends too early at byte 3");
}

/// 30 malformed texts: each is refused, none panics.
#[test]
fn malformed_inputs_are_all_refused() {
    let cases = [
        "",
        "   ",
        "[",
        "]",
        "{",
        "}",
        "[1,]",
        "[,1]",
        "{\"a\":1,}",
        "{\"a\"}",
        "{\"a\":}",
        "{a:1}",
        "{'a':1}",
        "'text'",
        "\"unterminated",
        "\"bad \\q escape\"",
        "\"\\u12\"",
        "\"\\u\"",
        "\"\\",
        "tru",
        "True",
        "nulll",
        "NaN",
        "Infinity",
        "+1",
        "01",
        "1.",
        ".5",
        "0x10",
        "1 2",
        "[1][2]",
        "{\"a\":1}}",
        "\u{feff}{}",
        "/* comment */ 1",
        "[\"\u{1}\"]",
    ];
    assert!(cases.len() >= 25);
    for text in cases {
        assert!(parse(text).is_err(), "{text:?} was accepted");
    }
}

// ---------------------------------------------------------------- limits

fn nested(depth: usize) -> String {
    "[".repeat(depth) + &"]".repeat(depth)
}

#[test]
fn nesting_up_to_the_limit_is_read_and_deeper_is_refused() {
    assert!(parse(&nested(MAX_DEPTH)).is_ok());
    let error = err(&nested(MAX_DEPTH + 1));
    assert_eq!(error.kind, JsonErrorKind::TooDeep);
    assert_eq!(error.offset, MAX_DEPTH);
    let objects = "{\"a\":".repeat(MAX_DEPTH + 1) + "1" + &"}".repeat(MAX_DEPTH + 1);
    assert_eq!(kind(&objects), JsonErrorKind::TooDeep);
}

#[test]
fn a_million_open_brackets_never_overflow_the_stack() {
    assert_eq!(kind(&"[".repeat(1_000_000)), JsonErrorKind::TooDeep);
    assert_eq!(kind(&"{\"a\":".repeat(1_000_000)), JsonErrorKind::TooDeep);
}

#[test]
fn a_text_longer_than_the_limit_is_refused_before_reading() {
    let padded = |len: usize| String::from("7") + &" ".repeat(len - 1);
    let at_limit = padded(MAX_LEN);
    assert_eq!(parse(&at_limit), Ok(Value::Number(7)));
    let over = padded(MAX_LEN + 1);
    assert_eq!(
        parse(&over),
        Err(JsonError {
            offset: MAX_LEN,
            kind: JsonErrorKind::TooLong
        })
    );
}

#[test]
fn more_values_than_the_limit_are_refused() {
    let items = |count: usize| format!("[{}0]", "0,".repeat(count - 1));
    assert!(parse(&items(MAX_VALUES - 1)).is_ok()); // plus the array itself
    assert_eq!(kind(&items(MAX_VALUES)), JsonErrorKind::TooManyValues);
}

// ---------------------------------------------------------------- writing

#[test]
fn the_writer_is_compact_and_keeps_member_order() {
    let value = Value::Object(vec![
        (
            "b".into(),
            Value::Array(vec![Value::Number(1), Value::Null]),
        ),
        (
            "a".into(),
            Value::Object(vec![("x".into(), Value::Bool(false))]),
        ),
        ("n".into(), Value::Number(i64::MIN)),
        ("e".into(), Value::Array(vec![])),
    ]);
    assert_eq!(
        to_string(&value),
        r#"{"b":[1,null],"a":{"x":false},"n":-9223372036854775808,"e":[]}"#
    );
}

#[test]
fn the_writer_escapes_quotes_backslashes_and_every_control_character() {
    let text = "q\" b\\ / \u{8}\u{c}\n\r\t \u{0}\u{1}\u{1f} \u{7f} é 😀 </script>";
    let written = to_string(&s(text));
    assert_eq!(
        written,
        "\"q\\\" b\\\\ / \\b\\f\\n\\r\\t \\u0000\\u0001\\u001f \u{7f} é 😀 </script>\""
    );
    assert!(!written.chars().any(|c| c < ' '));
    assert_eq!(parse(&written), Ok(s(text)));
}

#[test]
fn numbers_are_written_in_plain_decimal() {
    for number in [0, 7, -7, 10, 1_000_000, i64::MAX, i64::MIN] {
        let written = to_string(&Value::Number(number));
        assert_eq!(written, number.to_string());
    }
}

#[test]
fn writing_a_very_deep_value_does_not_recurse() {
    let mut value = Value::Null;
    for _ in 0..100_000 {
        value = Value::Array(vec![value]);
    }
    let written = to_string(&value);
    assert_eq!(written.len(), 200_004);
    assert_eq!(kind(&written), JsonErrorKind::TooDeep);
    // Dropping a value this deep would recurse; unwrap it by hand.
    while let Value::Array(mut items) = value {
        value = items.pop().unwrap_or(Value::Null);
    }
}

// ---------------------------------------------------------------- properties

/// Characters a JSON text is made of, so random texts get past the first byte.
fn jsonish_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "{", "}", "[", "]", ",", ":", "\"", "\\", "\\u", "d83d", "dc00", "true", "null", "-", "0",
        "19", ".", "e", " ", "a", "\u{1}", "😀",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|pieces| pieces.concat())
}

/// Any characters, with controls, quotes, backslashes and non-BMP ones made likely.
fn any_text() -> impl Strategy<Value = String> {
    let character = prop_oneof![
        any::<char>(),
        prop::char::range('\u{0}', '\u{1f}'),
        Just('"'),
        Just('\\'),
        prop::char::range('\u{10000}', '\u{10FFFF}'),
        prop::char::range('a', 'z'),
    ];
    prop::collection::vec(character, 0..24).prop_map(String::from_iter)
}

fn any_value() -> impl Strategy<Value = Value> {
    let leaf = common::json::any_leaf(any_text());
    leaf.prop_recursive(6, 128, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::vec((any_text(), inner), 0..8).prop_map(unique_keys),
        ]
    })
}

/// An object keeping the first member of each key (the reader refuses repeats).
fn unique_keys(members: Vec<(String, Value)>) -> Value {
    let mut seen = BTreeSet::new();
    let members = members
        .into_iter()
        .filter(|(key, _)| seen.insert(key.clone()));
    Value::Object(members.collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    /// 4000 cases.
    #[test]
    fn parse_never_panics_on_any_string(text in any::<String>()) {
        let _ = parse(&text);
    }

    /// 4000 cases.
    #[test]
    fn parse_never_panics_on_json_like_text(text in jsonish_text()) {
        if let Ok(value) = parse(&text) {
            prop_assert_eq!(parse(&to_string(&value)), Ok(value));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// 2000 cases.
    #[test]
    fn any_value_survives_a_round_trip(value in any_value()) {
        let written = to_string(&value);
        prop_assert!(!written.chars().any(|c| c < ' '));
        prop_assert_eq!(parse(&written), Ok(value));
    }

    /// 2000 cases.
    #[test]
    fn any_string_survives_a_round_trip(text in any_text()) {
        let value = Value::String(text);
        prop_assert_eq!(parse(&to_string(&value)), Ok(value));
    }
}
