//! The packed copy a stored document is kept aside as when a plain copy does not fit
//! (`storage::packed`): exact round trips, a safe alphabet, damage refused without a
//! panic. Sizes for the 1,000-candidate store are in `storage_scorecard.rs`.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use backend_ready::storage::packed::{pack, unpack, PACKED_PREFIX};
use common::damage::{damaged, damaged_at, Damage};
use proptest::prelude::*;

fn body(packed: &str) -> &str {
    packed.split_once('\n').expect("a header line").1
}

#[test]
fn small_and_edge_texts_round_trip() {
    for text in [
        "",
        "a",
        "abcd",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "{\"format\":\"backend-ready/scorecard-store\",\"version\":99}",
        "ünïcödé — 日本語 — 𝄞 \u{0} \u{7f} „Anführung“",
    ] {
        let packed = pack(text);
        assert!(packed.starts_with(PACKED_PREFIX));
        assert_eq!(unpack(&packed).as_deref(), Some(text), "{text:?}");
    }
}

#[test]
fn long_matches_and_far_distances_round_trip() {
    let mut text = String::new();
    for i in 0..20_000 {
        text.push_str(&format!(
            "[\"c{i}\",\"Candidate {i:05}\",\"Backend engineer\"],"
        ));
    }
    text.push_str(&"x".repeat(70_000));
    text.push_str("[\"c1\",\"Candidate 00001\""); // a match about 1 MB back: too far
    let packed = pack(&text);
    assert_eq!(unpack(&packed).as_deref(), Some(text.as_str()));
    assert!(
        body(&packed).chars().count() * 4 < text.len(),
        "repetitive text packs small"
    );
}

#[test]
fn a_plain_text_is_not_a_packed_copy() {
    assert_eq!(
        unpack("{\"format\":\"backend-ready/scorecard-store\"}"),
        None
    );
    assert_eq!(unpack("version=1\nscreen=intro\n"), None);
    assert_eq!(unpack(PACKED_PREFIX), None, "no length line");
}

#[test]
fn damaged_copies_are_refused() {
    let packed = pack("Evidence: named the trade-offs, named the trade-offs again.");
    let (header, units) = packed.split_once('\n').unwrap();
    // A character outside the alphabet, a wrong length, a cut.
    assert_eq!(unpack(&format!("{header}\n{units}a")), None);
    assert_eq!(unpack(&format!("{PACKED_PREFIX}9999\n{units}")), None);
    assert_eq!(unpack(&format!("{header}\n")), None);
    let cut = damaged(units, units.chars().count() / 2, Damage::Cut);
    assert_eq!(unpack(&format!("{header}\n{cut}")), None);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn any_text_round_trips(text in ".{0,600}", repeat in 1usize..5) {
        let text = text.repeat(repeat);
        let packed = pack(&text);
        prop_assert_eq!(unpack(&packed), Some(text));
        // Never a surrogate or a control character: U+0100 to U+80FF only.
        let alphabet = '\u{100}'..='\u{80ff}';
        let safe = body(&packed).chars().all(|c| alphabet.contains(&c));
        prop_assert!(safe);
    }

    #[test]
    fn damage_never_panics(text in ".{0,200}", at in any::<prop::sample::Index>(), unit in 0x100u32..0x8100) {
        let damaged = damaged_at(&pack(&text), at, Damage::Replace(char::from_u32(unit).unwrap()));
        let _ = unpack(&damaged);
    }
}
