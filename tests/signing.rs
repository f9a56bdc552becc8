//! Who sent an interview (issue 18, item 4), natively: the canonical bytes a signature
//! signs, the key's fingerprint, the trust rules on import (trust on first use, a
//! revision from another key or unsigned kept aside as unverified), and the signature
//! in the export file, the link and the stored document. The signatures here are of
//! the right shape but made up: checking them is the browser edge's (Web Crypto), and
//! the model only ever holds signatures that verified or were made here.

mod common;

use std::rc::Rc;

use backend_ready::content::scorecard::{COMPETENCIES, STAGES};
use backend_ready::export::link::{read_link, LinkContent};
use backend_ready::export::{export_doc, export_interview, import_doc, import_interview};
use backend_ready::scorecard::edit::{import_doc as import_into, import_interview as import_one};
use backend_ready::scorecard::signing::{
    base64url_decode, base64url_encode, bound_key, check_revision, fingerprint, first_seen,
    remove_bad, sha256, signed_bytes, standing, to_verify, KeyProblem, Signature, Standing,
    Unverified, SIGNED_BYTES_HEADER,
};
use backend_ready::scorecard::Status;
use backend_ready::scorecard::{
    ChangeKind, Decision, Interview, MergeError, RatingLevel, Score, ScorecardDoc,
};
use backend_ready::storage::scorecard_doc::{decode, encode, StoredScorecard, STORE_VERSION};

const STAGE: &str = STAGES[0].id;

fn level(n: u8) -> Score {
    Score::Level(RatingLevel::ALL[usize::from(n) - 1])
}

/// A made-up public key of the right shape: 0x04, then 64 bytes from `seed`.
fn key(seed: u8) -> String {
    let mut raw = vec![4u8];
    raw.extend((0..64).map(|i: u8| i.wrapping_mul(7).wrapping_add(seed)));
    base64url_encode(&raw)
}

/// A made-up signature of the right shape by the key from `seed`.
fn signature(seed: u8) -> Signature {
    let value: Vec<u8> = (0..64).map(|i: u8| i ^ seed).collect();
    Signature::parse(&key(seed), &base64url_encode(&value)).expect("the right shape")
}

/// Version 1 by `who`, every competency at `n`, submitted and signed by `signer`.
fn submitted(id: &str, who: &str, n: u8, signer: Option<u8>) -> Interview {
    let interview = Interview::new(id, "c1", who, STAGE);
    rate_and_submit(interview, n, Decision::Yes, signer)
}

/// `interview` revised, every competency at `n`, submitted and signed by `signer`.
fn revised(mut interview: Interview, n: u8, signer: Option<u8>) -> Interview {
    interview.revise().unwrap();
    rate_and_submit(interview, n, Decision::StrongYes, signer)
}

/// `interview` with every competency at `n` and `decision`, submitted and signed by
/// `signer`.
fn rate_and_submit(
    mut interview: Interview,
    n: u8,
    decision: Decision,
    signer: Option<u8>,
) -> Interview {
    for competency in &COMPETENCIES {
        interview.rate(competency.id, level(n)).unwrap();
    }
    interview.record_decision(decision).unwrap();
    interview.submit().unwrap();
    interview.signature = signer.map(signature);
    interview
}

fn doc_with(interviews: Vec<Interview>) -> ScorecardDoc {
    common::scorecard::doc_with_one("Ada", interviews)
}

const ANN: u8 = 1;
const MALLORY: u8 = 2;

// The canonical bytes.

#[test]
fn the_canonical_bytes_are_documented_length_prefixed_fields_in_a_fixed_order() {
    let mut interview = submitted("i1", "Ann", 3, None);
    interview.ratings[0].note = "Split the écrit\nservice".to_owned();
    let bytes = signed_bytes(&interview, 1, &interview.ratings, Decision::Yes);
    let text = String::from_utf8(bytes).unwrap();
    let mut expected = String::from(SIGNED_BYTES_HEADER);
    expected += "id=2:i1\ncandidate=2:c1\ninterviewer=3:Ann\n";
    expected += &format!("stage={}:{STAGE}\nversion=1:1\n", STAGE.len());
    for (index, competency) in COMPETENCIES.iter().enumerate() {
        let id = competency.id;
        expected += &format!("score.{id}=6:strong\n");
        let note = if index == 0 {
            "Split the écrit\nservice"
        } else {
            ""
        };
        expected += &format!("note.{id}={}:{note}\n", note.len());
    }
    expected += "decision=3:yes\n";
    assert_eq!(text, expected);
    assert!(text.starts_with("backend-ready interview signature 1\n"));
}

#[test]
fn text_that_looks_like_a_field_cannot_pass_for_one() {
    // A note that spells the next field: with plain lines it would read as an empty note
    // followed by a note of "x"; with lengths the two interviews sign different bytes.
    let first = COMPETENCIES[0].id;
    let second = COMPETENCIES[1].id;
    let mut sly = submitted("i1", "Ann", 3, None);
    sly.ratings[0].note = format!("\nnote.{second}=1:x");
    let mut plain = submitted("i1", "Ann", 3, None);
    plain.ratings[1].note = "x".to_owned();
    let bytes = |i: &Interview| signed_bytes(i, 1, &i.ratings, Decision::Yes);
    assert_ne!(bytes(&sly), bytes(&plain));
    // The same for an interviewer name that spells the stage and the version.
    let mut named = submitted("i1", &format!("Ann\nstage=2:{first}"), 3, None);
    named.stage = STAGE.to_owned();
    assert_ne!(bytes(&named), bytes(&submitted("i1", "Ann", 3, None)));
}

#[test]
fn the_bytes_are_the_same_each_time_and_name_the_version_and_every_field() {
    let one = submitted("i1", "Ann", 3, None);
    let bytes = |i: &Interview, v| signed_bytes(i, v, &i.ratings, Decision::Yes);
    assert_eq!(bytes(&one, 1), bytes(&one.clone(), 1));
    // A signature of version 1 cannot be passed off as version 2.
    assert_ne!(bytes(&one, 1), bytes(&one, 2));
    let mut other = one.clone();
    other.candidate_id = "c2".to_owned();
    assert_ne!(bytes(&one, 1), bytes(&other, 1));
    let mut other = one.clone();
    other.id = "i2".to_owned();
    assert_ne!(bytes(&one, 1), bytes(&other, 1));
    let other = submitted("i1", "Ann", 2, None);
    assert_ne!(bytes(&one, 1), bytes(&other, 1));
    let decided = signed_bytes(&one, 1, &one.ratings, Decision::No);
    assert_ne!(bytes(&one, 1), decided);
}

// Keys, signatures and fingerprints.

#[test]
fn sha256_matches_the_standard_test_vectors() {
    let hex = |digest: [u8; 32]| -> String { digest.iter().map(|b| format!("{b:02x}")).collect() };
    assert_eq!(
        hex(sha256(b"")),
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    );
    assert_eq!(
        hex(sha256(b"abc")),
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    );
    assert_eq!(
        hex(sha256(
            b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
        )),
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    );
}

#[test]
fn base64url_round_trips_every_length_without_padding() {
    for length in 0..70u8 {
        let bytes: Vec<u8> = (0..length).map(|i| i.wrapping_mul(37)).collect();
        let text = base64url_encode(&bytes);
        assert!(!text.contains('='), "{text}");
        assert!(!text.contains('+') && !text.contains('/'), "{text}");
        assert_eq!(base64url_decode(&text), Some(bytes));
    }
    assert_eq!(base64url_encode(b"\xfb\xff"), "-_8");
    assert_eq!(base64url_decode("a+b/"), None);
    assert_eq!(base64url_decode("abcde"), None);
}

#[test]
fn only_a_p256_key_and_a_64_byte_signature_spelt_one_way_are_read() {
    let good = signature(ANN);
    assert_eq!(good.key.len(), 87);
    assert_eq!(good.value.len(), 86);
    assert!(
        good.key.starts_with('B'),
        "an uncompressed point starts with 0x04"
    );
    assert!(Signature::parse(&good.key, &good.value).is_some());
    // Padding, standard base64, a wrong length, a compressed point.
    assert!(Signature::parse(&format!("{}=", good.key), &good.value).is_none());
    assert!(Signature::parse(&good.key.replace('-', "+"), &good.value).is_none());
    assert!(Signature::parse(&good.key[1..], &good.value).is_none());
    let mut compressed = base64url_decode(&good.key).unwrap();
    compressed[0] = 2;
    assert!(Signature::parse(&base64url_encode(&compressed), &good.value).is_none());
    // Unused trailing bits set: the same bytes, another spelling.
    let mut other_spelling = good.value.clone();
    let last = other_spelling.pop().unwrap();
    let index = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
        .iter()
        .position(|c| char::from(*c) == last)
        .unwrap();
    other_spelling.push(char::from(
        b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"[index ^ 1],
    ));
    assert!(Signature::parse(&good.key, &other_spelling).is_none());
}

#[test]
fn a_fingerprint_is_the_start_of_the_keys_sha256_in_four_groups() {
    let key = key(ANN);
    let digest = sha256(&base64url_decode(&key).unwrap());
    let expected = format!(
        "{:02X}{:02X} {:02X}{:02X} {:02X}{:02X} {:02X}{:02X}",
        digest[0], digest[1], digest[2], digest[3], digest[4], digest[5], digest[6], digest[7]
    );
    assert_eq!(fingerprint(&key), Some(expected.clone()));
    assert_eq!(expected.len(), 19);
    assert_ne!(fingerprint(&self::key(MALLORY)), Some(expected));
    assert_eq!(fingerprint("not base64url!"), None);
}

// Signing on submit, and revising.

#[test]
fn revising_files_the_signed_version_with_its_signature_and_the_new_draft_has_none() {
    let signed = submitted("i1", "Ann", 3, Some(ANN));
    let mut draft = signed.clone();
    draft.revise().unwrap();
    assert_eq!(draft.history[0].signature, Some(signature(ANN)));
    assert_eq!(draft.signature, None);
    assert_eq!(bound_key(&draft), Some(key(ANN).as_str()));
    let checks = to_verify(&revised(signed, 2, Some(ANN)));
    let versions: Vec<u32> = checks.iter().map(|check| check.version).collect();
    assert_eq!(versions, [1, 2]);
    assert_eq!(
        checks[0].bytes,
        signed_bytes(
            &checks_interview(),
            1,
            &submitted("i1", "Ann", 3, None).ratings,
            Decision::Yes
        )
    );
}

fn checks_interview() -> Interview {
    submitted("i1", "Ann", 3, None)
}

// The trust rules, as a hiring team meets them.

#[test]
fn the_first_interview_from_a_key_is_trusted_on_first_use_with_its_fingerprint() {
    // M holds nothing from Ann yet; Ann's signed interview arrives by link.
    let held = doc_with(vec![]);
    let arriving = submitted("i1", "Ann", 3, Some(ANN));
    assert_eq!(
        standing(&held, &arriving, 1, false, None),
        Standing::Signed {
            key: &key(ANN),
            first_seen: None
        }
    );
    let mut doc = held.clone();
    let report = import_one(&mut doc, arriving);
    assert_eq!(report.interviews_added, 1);
    // Held now: first seen with this very interview.
    let held = &doc.interviews[0];
    assert_eq!(
        first_seen(&doc, &key(ANN)).map(|i| i.id.as_str()),
        Some("i1")
    );
    assert!(matches!(
        standing(&doc, held, 1, false, None),
        Standing::Signed { first_seen: Some(seen), .. } if seen.id == "i1"
    ));
}

#[test]
fn a_revision_signed_by_the_same_key_replaces_the_version_held() {
    let first = submitted("i1", "Ann", 3, Some(ANN));
    let mut doc = doc_with(vec![first.clone()]);
    let report = import_one(&mut doc, revised(first, 2, Some(ANN)));
    assert_eq!(report.interviews_replaced, 1);
    assert_eq!(doc.interviews[0].version, 2);
    assert_eq!(doc.interviews[0].history[0].signature, Some(signature(ANN)));
}

#[test]
fn a_forged_revision_from_another_key_is_kept_aside_unverified_and_nothing_held_changes() {
    let first = submitted("i1", "Ann", 3, Some(ANN));
    let mut doc = doc_with(vec![first.clone()]);
    let before = doc.clone();
    // Mallory knows the interview id (it is in every link) and signs with her own key.
    let forged = revised(first, 1, Some(MALLORY));
    let report = import_one(&mut doc, forged.clone());
    assert_eq!(doc, before);
    let conflict = MergeError::Unverified(KeyProblem::OtherKey);
    assert_eq!(report.kept_aside, vec![(forged.clone(), conflict.clone())]);
    assert_eq!(report.changes[0].kind, ChangeKind::KeptAside(conflict));
    assert_eq!(
        standing(&doc, &forged, 2, false, Some(KeyProblem::OtherKey)),
        Standing::Unverified(Unverified::Revision(KeyProblem::OtherKey))
    );
}

#[test]
fn an_unsigned_revision_of_a_signed_interview_is_kept_aside_too() {
    let first = submitted("i1", "Ann", 3, Some(ANN));
    let mut doc = doc_with(vec![first.clone()]);
    let before = doc.clone();
    let report = import_one(&mut doc, revised(first, 1, None));
    assert_eq!(doc, before);
    assert_eq!(
        report.changes[0].kind,
        ChangeKind::KeptAside(MergeError::Unverified(KeyProblem::Unsigned))
    );
}

#[test]
fn an_unsigned_interview_from_an_earlier_build_imports_as_unverified_never_refused() {
    let mut doc = doc_with(vec![]);
    let old = submitted("i1", "Ann", 3, None);
    assert_eq!(
        standing(&doc, &old, 1, false, None),
        Standing::Unverified(Unverified::Unsigned)
    );
    assert_eq!(import_one(&mut doc, old.clone()).interviews_added, 1);
    // Its unsigned revision too: nothing signed is held to bind a key.
    let report = import_one(&mut doc, revised(old.clone(), 2, None));
    assert_eq!(report.interviews_replaced, 1);
    // And a signed revision of it binds the key from then on.
    let mut doc = doc_with(vec![old.clone()]);
    let signed = revised(old, 2, Some(ANN));
    assert_eq!(import_one(&mut doc, signed.clone()).interviews_replaced, 1);
    assert_eq!(bound_key(&doc.interviews[0]), Some(key(ANN).as_str()));
    let forged = revised(signed, 1, Some(MALLORY));
    assert_eq!(
        check_revision(&doc.interviews[0], &forged),
        Err(KeyProblem::OtherKey)
    );
}

#[test]
fn a_signature_that_does_not_verify_is_removed_and_the_version_shows_as_unverified() {
    let doc = doc_with(vec![]);
    let mut arriving = revised(submitted("i1", "Ann", 3, Some(ANN)), 2, Some(ANN));
    // The edge found version 2's signature bad (its content was changed after signing).
    remove_bad(
        &mut arriving,
        &[("i1".to_owned(), 2), ("other".to_owned(), 1)],
    );
    assert_eq!(arriving.signature, None);
    assert_eq!(arriving.history[0].signature, Some(signature(ANN)));
    assert_eq!(
        standing(&doc, &arriving, 2, true, None),
        Standing::Unverified(Unverified::BadSignature)
    );
}

#[test]
fn a_bad_signature_on_a_revision_counts_as_unsigned_and_is_kept_aside() {
    let first = submitted("i1", "Ann", 3, Some(ANN));
    let mut doc = doc_with(vec![first.clone()]);
    let mut tampered = revised(first, 1, Some(ANN));
    remove_bad(&mut tampered, &[("i1".to_owned(), 2)]);
    let report = import_one(&mut doc, tampered);
    assert_eq!(report.kept_aside.len(), 1);
    assert_eq!(doc.interviews[0].version, 1);
}

#[test]
fn a_whole_file_keeps_the_same_rules() {
    let first = submitted("i1", "Ann", 3, Some(ANN));
    let mut doc = doc_with(vec![first.clone()]);
    let file = doc_with(vec![revised(first, 1, Some(MALLORY))]);
    let report = import_into(&mut doc, file);
    assert_eq!(report.kept_aside.len(), 1);
    assert_eq!(doc.interviews[0].version, 1);
}

// The signature in files, links and the stored document.

#[test]
fn signatures_travel_in_the_export_file_and_read_back_the_same() {
    let signed = revised(submitted("i1", "Ann", 3, Some(ANN)), 2, Some(ANN));
    let doc = doc_with(vec![signed.clone()]);
    let file = export_doc(&doc);
    assert!(file.contains(&format!(
        "\"signature\":{{\"key\":\"{}\",\"value\":\"{}\"}}",
        key(ANN),
        signature(ANN).value
    )));
    assert_eq!(import_doc(&file).unwrap(), doc);
    let one = export_interview(&signed);
    assert_eq!(import_interview(&one).unwrap(), signed);
}

#[test]
fn a_file_without_signatures_is_written_as_before() {
    let doc = doc_with(vec![submitted("i1", "Ann", 3, None)]);
    let file = export_doc(&doc);
    assert!(!file.contains("signature"));
    assert_eq!(import_doc(&file).unwrap(), doc);
}

#[test]
fn a_link_carries_the_signature_of_its_interview() {
    let signed = submitted("i1", "Ann", 3, Some(ANN));
    let file = export_doc(&doc_with(vec![signed.clone()]));
    // Base64url needs no escaping in a link; the JSON around it does.
    let encoded = common::links::percent_encoded(&file);
    let Ok(LinkContent::Doc(doc)) = read_link(&encoded) else {
        panic!("the link reads");
    };
    assert_eq!(doc.interviews[0].signature, Some(signature(ANN)));
}

#[test]
fn a_drafts_signature_is_never_written_and_dropped_on_reading() {
    let mut draft = Interview::new("i1", "c1", "Ann", STAGE);
    draft.signature = Some(signature(ANN));
    let file = export_interview(&draft);
    assert!(!file.contains("signature"));
    let sneaked = file.replace(
        "\"history\":[]",
        &format!(
            "\"history\":[],\"signature\":{{\"key\":\"{}\",\"value\":\"x\"}}",
            key(ANN)
        ),
    );
    assert!(sneaked.contains("signature"));
    let read = import_interview(&sneaked).unwrap();
    assert_eq!(read.status, Status::Draft);
    assert_eq!(read.signature, None);
}

#[test]
fn a_signature_member_of_the_wrong_kind_is_refused_like_any_field() {
    let file = export_interview(&submitted("i1", "Ann", 3, None));
    let broken = file.replace("\"history\":[]", "\"history\":[],\"signature\":\"yes\"");
    assert!(import_interview(&broken).is_err());
    // A string of the wrong shape reads, and fails verification at the edge.
    let odd = file.replace(
        "\"history\":[]",
        "\"history\":[],\"signature\":{\"key\":\"k\",\"value\":\"v\"}",
    );
    let read = import_interview(&odd).unwrap();
    assert_eq!(Signature::parse("k", "v"), None);
    assert_eq!(read.signature.map(|s| s.key), Some("k".to_owned()));
}

fn stored(doc: ScorecardDoc) -> StoredScorecard {
    StoredScorecard {
        doc,
        interviewer: "Ann".to_owned(),
        unknown: Vec::new(),
    }
}

#[test]
fn a_signed_store_is_version_5_and_reads_back_the_same() {
    let signed = revised(submitted("i1", "Ann", 3, Some(ANN)), 2, Some(ANN));
    let store = stored(doc_with(vec![signed]));
    let text = encode(&store);
    assert_eq!(STORE_VERSION, 5);
    assert!(text.contains("\"version\":5"), "{text}");
    assert!(text.contains(&format!("[\"{}\",\"{}\"]", key(ANN), signature(ANN).value)));
    assert_eq!(decode(&text).unwrap(), store);
}

#[test]
fn an_unsigned_store_keeps_its_older_version() {
    let text = encode(&stored(doc_with(vec![submitted("i1", "Ann", 3, None)])));
    assert!(text.contains("\"version\":1"), "{text}");
}

#[test]
fn a_stored_signature_must_be_of_the_exact_shape_and_not_before_version_5() {
    let signed = submitted("i1", "Ann", 3, Some(ANN));
    let text = encode(&stored(doc_with(vec![signed])));
    let older = text.replace("\"version\":5", "\"version\":4");
    assert!(decode(&older).is_err());
    let damaged = text.replace(&signature(ANN).value, "not-a-signature");
    assert!(decode(&damaged).is_err());
}

// The widget's reducer: nothing signed is shown or imported before it is checked.

use backend_ready::storage::identity::{identity_key, public_key};
use backend_ready::ui::scorecard::state::{
    EdgeMsg, Incoming, ScorecardMsg, ScorecardState, ViewMsg,
};

fn manager_state() -> ScorecardState {
    ScorecardState {
        doc: std::rc::Rc::new(doc_with(vec![])),
        ..ScorecardState::default()
    }
}

fn offered(state: &mut ScorecardState, interview: Interview) -> Incoming {
    let incoming = Incoming::Interview(Box::new(interview));
    state.apply(ScorecardMsg::View(ViewMsg::Offer {
        incoming: incoming.clone(),
        from_link: true,
    }));
    incoming
}

#[test]
fn a_signed_offer_waits_for_its_check_and_cannot_be_imported_before() {
    let mut state = manager_state();
    let incoming = offered(&mut state, submitted("i1", "Ann", 3, Some(ANN)));
    assert!(state.offer.as_ref().unwrap().unchecked);
    assert!(!state.apply(ScorecardMsg::View(ViewMsg::AcceptOffer)));
    assert!(state.doc.interviews.is_empty());
    assert!(state.offer.is_some(), "still offered");
    // The answer about another offer changes nothing.
    let other = Incoming::Interview(Box::new(submitted("i9", "Bob", 2, Some(MALLORY))));
    state.apply(ScorecardMsg::Edge(EdgeMsg::Verified {
        incoming: other,
        bad: Vec::new(),
    }));
    assert!(state.offer.as_ref().unwrap().unchecked);
    state.apply(ScorecardMsg::Edge(EdgeMsg::Verified {
        incoming,
        bad: Vec::new(),
    }));
    let offer = state.offer.as_ref().unwrap();
    assert!(!offer.unchecked);
    assert_eq!(offer.preview.interviews_added, 1);
    assert!(state.apply(ScorecardMsg::View(ViewMsg::AcceptOffer)));
    assert_eq!(state.doc.interviews[0].signature, Some(signature(ANN)));
}

#[test]
fn a_bad_signature_is_removed_before_the_preview_and_never_stored() {
    let mut state = manager_state();
    let incoming = offered(&mut state, submitted("i1", "Ann", 3, Some(ANN)));
    state.apply(ScorecardMsg::Edge(EdgeMsg::Verified {
        incoming,
        bad: vec![("i1".to_owned(), 1)],
    }));
    let offer = state.offer.as_ref().unwrap();
    assert_eq!(offer.bad, vec![("i1".to_owned(), 1)]);
    let Incoming::Interview(held) = &offer.incoming else {
        panic!("one interview");
    };
    assert_eq!(held.signature, None);
    assert!(state.apply(ScorecardMsg::View(ViewMsg::AcceptOffer)));
    assert_eq!(state.doc.interviews[0].signature, None);
}

#[test]
fn an_unsigned_offer_needs_no_check() {
    let mut state = manager_state();
    offered(&mut state, submitted("i1", "Ann", 3, None));
    assert!(!state.offer.as_ref().unwrap().unchecked);
    assert!(state.apply(ScorecardMsg::View(ViewMsg::AcceptOffer)));
}

#[test]
fn the_signature_made_after_a_submit_lands_on_that_version_once() {
    let mut state = ScorecardState::default();
    let mut doc = doc_with(vec![submitted("i1", "Ann", 3, None)]);
    state.doc = std::rc::Rc::new(doc.clone());
    let signed = |version| {
        ScorecardMsg::Edge(EdgeMsg::Signed {
            interview: "i1".to_owned(),
            version,
            signature: signature(ANN),
        })
    };
    assert!(!state.apply(signed(2)), "no version 2");
    assert!(state.apply(signed(1)));
    assert!(!state.apply(ScorecardMsg::Edge(EdgeMsg::Signed {
        interview: "i1".to_owned(),
        version: 1,
        signature: signature(MALLORY),
    })));
    assert_eq!(state.doc.interviews[0].signature, Some(signature(ANN)));
    // Revised before the signature came: it lands on the filed version.
    Rc::make_mut(&mut doc.interviews[0]).revise().unwrap();
    state.doc = std::rc::Rc::new(doc);
    assert!(state.apply(signed(1)));
    assert_eq!(
        state.doc.interviews[0].history[0].signature,
        Some(signature(ANN))
    );
    assert_eq!(state.doc.interviews[0].signature, None);
}

#[test]
fn the_key_is_stored_beside_the_scorecard_as_a_jwk_and_a_damaged_one_is_not_read() {
    assert_eq!(identity_key("team"), "team:scorecard:identity");
    let x = base64url_encode(&[1u8; 32]);
    let y = base64url_encode(&[2u8; 32]);
    let d = base64url_encode(&[3u8; 32]);
    let jwk = format!(
        r#"{{"crv":"P-256","d":"{d}","ext":true,"key_ops":["sign"],"kty":"EC","x":"{x}","y":"{y}"}}"#
    );
    let mut point = vec![4u8];
    point.extend([1u8; 32]);
    point.extend([2u8; 32]);
    assert_eq!(public_key(&jwk), Some(base64url_encode(&point)));
    assert_eq!(public_key(&jwk.replace("P-256", "P-384")), None);
    assert_eq!(
        public_key(&jwk.replace(&format!(",\"d\":\"{d}\""), "")),
        None
    );
    assert_eq!(public_key(&jwk[..40]), None);
    assert_eq!(public_key(""), None);
}

#[test]
fn an_unsigned_link_from_0_2_0_reads_unsigned_and_writes_back_byte_for_byte() {
    let file = include_str!("fixtures/interview-link-0.2.0.json");
    let doc = import_doc(file).expect("the 0.2.0 link's file reads");
    assert!(doc.interviews.iter().all(|i| to_verify(i).is_empty()));
    assert_eq!(export_doc(&doc), file);
    let held = doc_with(vec![]);
    assert_eq!(
        standing(&held, &doc.interviews[0], 1, false, None),
        Standing::Unverified(Unverified::Unsigned)
    );
}
