//! The one way both modes store their document (`storage::store`, `storage::load`),
//! over the store in memory: typed errors, copies kept aside in free slots, and the
//! load that never lets an unusable document be written over (issue 13, item 0); and
//! the one table that words what a stored document reports (`sentences`).
#![cfg(not(target_arch = "wasm32"))]

use backend_ready::content::messages::{notices, scorecard};
use backend_ready::sentences::{store_error, stored};
use backend_ready::storage::keep_aside::{KeepAside, KeepEvent, Unusable};
use backend_ready::storage::load::{load, retry_keep_aside, DocKeys, DocKind, Loaded, Retried};
use backend_ready::storage::quiz_doc;
use backend_ready::storage::store::{MemoryStore, Store, StoreError};
use backend_ready::storage::DecodeError;

const DAMAGED: &str = "{\"version\": 1, \"answers\": [tru";

fn keys() -> DocKeys {
    DocKeys::new("team", DocKind::Quiz)
}

#[test]
fn a_memory_store_reads_writes_and_removes() {
    let store = MemoryStore::new();
    assert_eq!(store.get("a"), Ok(None));
    store.set("a", "one").unwrap();
    store.set("a", "two").unwrap();
    assert_eq!(store.get("a"), Ok(Some("two".to_owned())));
    let clone = store.clone();
    clone.remove("a").unwrap();
    assert_eq!(store.get("a"), Ok(None), "clones share one store");
    assert_eq!(clone.remove("a"), Ok(()), "removing nothing is harmless");
}

#[test]
fn a_full_store_refuses_the_whole_write_and_keeps_what_it_had() {
    let store = MemoryStore::with_room(10);
    store.set("k", "12345").unwrap();
    assert_eq!(store.set("k", "1234567890"), Err(StoreError::QuotaExceeded));
    assert_eq!(store.get("k"), Ok(Some("12345".to_owned())));
    assert_eq!(
        store.set("k", "123456789"),
        Ok(()),
        "a value replaced frees its room"
    );
}

#[test]
fn a_blocked_store_fails_every_call() {
    let store = MemoryStore::unavailable();
    assert_eq!(store.get("k"), Err(StoreError::Unavailable));
    assert_eq!(store.set("k", "v"), Err(StoreError::Unavailable));
    assert_eq!(store.remove("k"), Err(StoreError::Unavailable));
}

#[test]
fn keys_follow_the_mode() {
    let keys = DocKeys::new("site", DocKind::Scorecard);
    assert_eq!(keys.doc, "site:scorecard");
    assert_eq!(keys.backup, "site:scorecard:backup");
    assert_eq!(DocKeys::new("site", DocKind::Quiz).doc, "site:quiz");
}

#[test]
fn a_copy_goes_to_the_first_free_slot_and_never_over_another() {
    let store = MemoryStore::new();
    store.set("doc", "first").unwrap();
    assert_eq!(store.keep_aside("doc", "b"), Ok(Some("b".to_owned())));
    assert_eq!(
        store.keep_aside("doc", "b"),
        Ok(Some("b".to_owned())),
        "the same text is not copied twice"
    );
    store.set("doc", "second").unwrap();
    assert_eq!(store.keep_aside("doc", "b"), Ok(Some("b:2".to_owned())));
    assert_eq!(store.get("b"), Ok(Some("first".to_owned())));
    assert_eq!(store.keep_aside("nothing", "b"), Ok(None));
}

#[test]
fn twenty_slots_full_refuse_the_copy() {
    let store = MemoryStore::new();
    store.set("doc", "new").unwrap();
    for slot in 1..=20 {
        let key = if slot == 1 {
            "b".to_owned()
        } else {
            format!("b:{slot}")
        };
        store.set(&key, "old").unwrap();
    }
    assert_eq!(store.keep_aside("doc", "b"), Err(StoreError::QuotaExceeded));
}

#[test]
fn loading_nothing_a_document_and_a_blocked_store() {
    let store = MemoryStore::new();
    let loaded = load(&store, &keys(), quiz_doc::decode);
    assert_eq!(loaded, Loaded::Nothing);
    let doc = quiz_doc::QuizDoc {
        session: Default::default(),
        unknown: Vec::new(),
    };
    store.set(&keys().doc, &quiz_doc::encode(&doc)).unwrap();
    assert!(matches!(
        load(&store, &keys(), quiz_doc::decode),
        Loaded::Doc(_)
    ));
    let blocked = load(&MemoryStore::unavailable(), &keys(), quiz_doc::decode);
    assert_eq!(blocked, Loaded::Unavailable);
}

#[test]
fn an_unusable_document_is_kept_aside_with_its_reason() {
    let store = MemoryStore::new();
    store.set(&keys().doc, DAMAGED).unwrap();
    let loaded = load(&store, &keys(), quiz_doc::decode);
    assert_eq!(
        loaded,
        Loaded::KeptAside {
            why: Unusable::Damaged,
            key: "team:quiz:backup".to_owned()
        }
    );
    assert_eq!(store.get("team:quiz:backup"), Ok(Some(DAMAGED.to_owned())));
    let newer = load(&store, &keys(), |_| {
        Err::<(), _>(DecodeError::NewerVersion(9))
    });
    assert!(matches!(
        newer,
        Loaded::KeptAside {
            why: Unusable::NewerVersion,
            ..
        }
    ));
}

#[test]
fn a_document_that_cannot_be_kept_aside_holds_saves_until_it_is_safe() {
    // Room for the damaged document, not for a copy of it.
    let room = keys().doc.len() + DAMAGED.len() + 4;
    let store = MemoryStore::with_room(room);
    store.set(&keys().doc, DAMAGED).unwrap();
    let Loaded::Held(why) = load(&store, &keys(), quiz_doc::decode) else {
        panic!("the copy cannot fit");
    };
    assert_eq!(why, Unusable::Damaged);
    let held = KeepAside::Kept.next(KeepEvent::CopyFailed(why));
    assert!(!held.may_write());
    assert_eq!(retry_keep_aside(&store, &keys(), held), Some(Retried::Held));
    assert_eq!(
        store.get(&keys().doc),
        Ok(Some(DAMAGED.to_owned())),
        "never written over"
    );
    assert_eq!(store.keys(), vec![keys().doc], "nothing else was written");

    // Space freed: the next save's retry keeps it aside and saving resumes.
    let roomy = MemoryStore::new();
    roomy.set(&keys().doc, DAMAGED).unwrap();
    let retried = retry_keep_aside(&roomy, &keys(), held);
    assert_eq!(
        retried,
        Some(Retried::KeptUnder("team:quiz:backup".to_owned()))
    );
    assert_eq!(retry_keep_aside(&roomy, &keys(), KeepAside::Kept), None);
    roomy.remove(&keys().doc).unwrap();
    assert_eq!(retry_keep_aside(&roomy, &keys(), held), Some(Retried::Gone));
}

#[test]
fn one_table_words_each_mode_s_stored_document() {
    use DocKind::{Quiz, Scorecard};
    use Unusable::{Damaged, NewerVersion};
    let unusable = [
        (Quiz, Damaged, notices::UNREADABLE),
        (Quiz, NewerVersion, notices::NEWER_VERSION),
        (Scorecard, Damaged, scorecard::STORED_UNREADABLE),
        (Scorecard, NewerVersion, scorecard::STORED_NEWER),
    ];
    for (kind, why, sentence) in unusable {
        assert_eq!(stored(kind, why), sentence, "{kind:?} {why:?}");
    }
    let errors = [
        (Quiz, StoreError::Unavailable, notices::STORAGE_UNAVAILABLE),
        (Quiz, StoreError::QuotaExceeded, notices::SAVE_FAILED),
        (Quiz, StoreError::Stopped, notices::SAVE_FAILED),
        (
            Scorecard,
            StoreError::Unavailable,
            scorecard::STORAGE_NOT_SAVED,
        ),
        (Scorecard, StoreError::QuotaExceeded, scorecard::SAVE_FAILED),
        (Scorecard, StoreError::Stopped, scorecard::SAVE_FAILED),
    ];
    for (kind, error, sentence) in errors {
        assert_eq!(store_error(kind, error), sentence, "{kind:?} {error:?}");
    }
}
