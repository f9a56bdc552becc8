//! The rule that a stored document which could not be read nor copied aside is never
//! written over (`storage::keep_aside`), transition by transition.
#![cfg(not(target_arch = "wasm32"))]

use backend_ready::sentences::stored;
use backend_ready::storage::keep_aside::{KeepAside, KeepEvent, Unusable};
use backend_ready::storage::load::DocKind;
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

// ------------------------------------------------------- both widgets' reducers

mod scorecard_widget {
    use super::*;
    use backend_ready::content::messages::scorecard as words;
    use backend_ready::ui::scorecard::state::{
        EdgeMsg, Notice, ScorecardMsg, ScorecardState, ViewMsg,
    };

    fn held() -> ScorecardState {
        ScorecardState {
            keep: HELD,
            notices: vec![Notice::Held],
            ..ScorecardState::default()
        }
    }

    #[test]
    fn dismissing_the_held_notice_keeps_saves_held() {
        let mut state = held();
        assert!(!state.apply(ScorecardMsg::View(ViewMsg::Dismiss(Notice::Held))));
        assert!(state.notices.is_empty());
        assert!(!state.keep.may_write(), "still held after the notice went");
        assert!(!state.apply(ScorecardMsg::Edge(EdgeMsg::Keep(KeepEvent::Dismissed))));
        assert!(!state.keep.may_write());
    }

    #[test]
    fn a_download_then_a_confirmation_releases_and_saves_everything() {
        let mut state = held();
        assert!(!state.apply(ScorecardMsg::Edge(EdgeMsg::Keep(KeepEvent::Confirmed))));
        assert_eq!(state.keep, HELD, "no confirming before a download");
        assert!(!state.apply(ScorecardMsg::Edge(EdgeMsg::Keep(KeepEvent::Downloaded))));
        assert_eq!(state.keep, DOWNLOADED);
        assert_eq!(
            state.notices,
            [Notice::Held],
            "the notice stays, now with confirm"
        );
        assert!(
            state.apply(ScorecardMsg::Edge(EdgeMsg::Keep(KeepEvent::Confirmed))),
            "released: save now"
        );
        assert!(state.keep.may_write());
        assert!(state.notices.is_empty());
    }

    #[test]
    fn a_held_notice_after_the_release_is_not_shown() {
        let mut state = held();
        state.apply(ScorecardMsg::Edge(EdgeMsg::Keep(KeepEvent::Downloaded)));
        state.apply(ScorecardMsg::Edge(EdgeMsg::Keep(KeepEvent::Confirmed)));
        state.apply(ScorecardMsg::View(ViewMsg::Show(Notice::Held)));
        assert!(state.notices.is_empty());
        let mut held = held();
        held.apply(ScorecardMsg::View(ViewMsg::Dismiss(Notice::Held)));
        held.apply(ScorecardMsg::View(ViewMsg::Show(Notice::Held)));
        assert_eq!(held.notices, [Notice::Held], "shown again while held");
    }

    #[test]
    fn a_later_copy_releases_and_names_the_backup() {
        let mut state = held();
        assert!(state.apply(ScorecardMsg::Edge(EdgeMsg::KeptAside(
            "k:scorecard:backup".into()
        ))));
        assert!(state.keep.may_write());
        assert_eq!(
            state.notices,
            [Notice::KeptAside {
                why: Unusable::NewerVersion,
                key: "k:scorecard:backup".into()
            }]
        );
        let why = Unusable::NewerVersion;
        assert_eq!(stored(DocKind::Scorecard, why), words::STORED_NEWER);
        // Once released, nothing holds again short of a new failed copy at load.
        assert!(!state.apply(ScorecardMsg::Edge(EdgeMsg::Keep(KeepEvent::Dismissed))));
        assert!(state.keep.may_write());
    }
}

mod quiz_widget {
    use super::*;
    use backend_ready::content::messages::notices as words;
    use backend_ready::ui::quiz::state::{Notice, QuizMsg, QuizState};
    use std::rc::Rc;
    use yew::Reducible;

    fn held() -> Rc<QuizState> {
        Rc::new(QuizState {
            keep: KeepAside::Held {
                why: Unusable::Damaged,
                downloaded: false,
            },
            notices: vec![Notice::Held],
            ..QuizState::default()
        })
    }

    #[test]
    fn dismissing_keeps_the_hold_and_a_confirmed_download_releases_it() {
        let state = held().reduce(QuizMsg::Dismiss(Notice::Held));
        assert!(state.notices.is_empty());
        assert!(!state.keep.may_write());
        let state = state.reduce(QuizMsg::Keep(KeepEvent::Confirmed));
        assert!(!state.keep.may_write(), "no confirming before a download");
        let state = state
            .reduce(QuizMsg::Keep(KeepEvent::Downloaded))
            .reduce(QuizMsg::Keep(KeepEvent::Confirmed));
        assert!(state.keep.may_write());
    }

    #[test]
    fn a_held_notice_comes_back_while_held_and_not_after() {
        let state = held()
            .reduce(QuizMsg::Dismiss(Notice::Held))
            .reduce(QuizMsg::Show(Notice::Held));
        assert_eq!(state.notices, [Notice::Held]);
        let state = state
            .reduce(QuizMsg::Keep(KeepEvent::Copied))
            .reduce(QuizMsg::Show(Notice::Held));
        assert!(state.notices.is_empty());
    }

    #[test]
    fn a_later_copy_releases_and_names_the_backup() {
        let state = held().reduce(QuizMsg::KeptAside("k:quiz:backup".into()));
        assert!(state.keep.may_write());
        assert_eq!(
            state.notices,
            [Notice::KeptAside {
                why: Unusable::Damaged,
                key: "k:quiz:backup".into()
            }]
        );
        assert_eq!(stored(DocKind::Quiz, Unusable::Damaged), words::UNREADABLE);
    }
}
