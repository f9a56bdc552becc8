//! The rule that a stored document which could not be read nor copied aside is never
//! written over (`storage::keep_aside`), transition by transition.
#![cfg(not(target_arch = "wasm32"))]

use backend_ready::storage::keep_aside::{KeepAside, KeepEvent, Unusable};
use backend_ready::storage::DecodeError;
use proptest::prelude::*;

const HELD: KeepAside = KeepAside::Held {
    why: Unusable::NewerVersion,
    downloaded: false,
};
const DOWNLOADED: KeepAside = KeepAside::Held {
    why: Unusable::NewerVersion,
    downloaded: true,
};

#[test]
fn a_new_widget_writes() {
    assert_eq!(KeepAside::default(), KeepAside::Kept);
    assert!(KeepAside::Kept.may_write());
    assert!(!KeepAside::Kept.should_retry_copy());
}

#[test]
fn a_failed_copy_holds_every_save() {
    for why in [Unusable::NewerVersion, Unusable::Damaged] {
        let held = KeepAside::Kept.next(KeepEvent::CopyFailed(why));
        assert_eq!(
            held,
            KeepAside::Held {
                why,
                downloaded: false
            }
        );
        assert!(!held.may_write());
        assert!(held.should_retry_copy(), "each save tries the copy again");
    }
}

#[test]
fn dismissing_the_notice_does_not_release_the_hold() {
    assert_eq!(HELD.next(KeepEvent::Dismissed), HELD);
    assert_eq!(DOWNLOADED.next(KeepEvent::Dismissed), DOWNLOADED);
    assert!(!HELD.next(KeepEvent::Dismissed).may_write());
}

#[test]
fn a_second_failed_copy_keeps_the_hold_and_the_download() {
    assert_eq!(HELD.next(KeepEvent::CopyFailed(Unusable::Damaged)), HELD);
    assert_eq!(
        DOWNLOADED.next(KeepEvent::CopyFailed(Unusable::Damaged)),
        DOWNLOADED
    );
}

#[test]
fn a_copy_that_succeeds_later_releases_the_hold() {
    assert_eq!(HELD.next(KeepEvent::Copied), KeepAside::Kept);
    assert_eq!(DOWNLOADED.next(KeepEvent::Copied), KeepAside::Kept);
}

#[test]
fn confirming_needs_a_download_first() {
    assert_eq!(HELD.next(KeepEvent::Confirmed), HELD, "no file yet");
    let downloaded = HELD.next(KeepEvent::Downloaded);
    assert_eq!(downloaded, DOWNLOADED);
    assert!(!downloaded.may_write(), "a download alone does not release");
    assert_eq!(downloaded.next(KeepEvent::Downloaded), DOWNLOADED);
    assert_eq!(downloaded.next(KeepEvent::Confirmed), KeepAside::Kept);
}

#[test]
fn nothing_but_a_failed_copy_changes_a_kept_document() {
    for event in [
        KeepEvent::Copied,
        KeepEvent::Downloaded,
        KeepEvent::Confirmed,
        KeepEvent::Dismissed,
    ] {
        assert_eq!(KeepAside::Kept.next(event), KeepAside::Kept, "{event:?}");
    }
}

#[test]
fn the_reason_follows_the_decode_error() {
    assert_eq!(
        Unusable::from(&DecodeError::NewerVersion(2)),
        Unusable::NewerVersion
    );
    assert_eq!(
        Unusable::from(&DecodeError::Unreadable("damaged")),
        Unusable::Damaged
    );
}

fn event() -> impl Strategy<Value = KeepEvent> {
    prop_oneof![
        Just(KeepEvent::CopyFailed(Unusable::NewerVersion)),
        Just(KeepEvent::CopyFailed(Unusable::Damaged)),
        Just(KeepEvent::Copied),
        Just(KeepEvent::Downloaded),
        Just(KeepEvent::Confirmed),
        Just(KeepEvent::Dismissed),
    ]
}

proptest! {
    /// Once held, saves stay held until a copy succeeds or a download is confirmed:
    /// no order of dismissals, failed copies and early confirmations releases it.
    #[test]
    fn only_a_copy_or_a_confirmed_download_releases(events in prop::collection::vec(event(), 0..40)) {
        let mut state = HELD;
        let mut downloaded = false;
        for event in events {
            let safe = event == KeepEvent::Copied || (downloaded && event == KeepEvent::Confirmed);
            downloaded |= event == KeepEvent::Downloaded;
            let before = state;
            state = state.next(event);
            if !before.may_write() {
                prop_assert_eq!(state.may_write(), safe, "{:?} after {:?}", event, before);
            }
            if state.may_write() {
                downloaded = false;
            }
        }
    }
}
