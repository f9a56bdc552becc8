//! The scorecard's backup reminder (`storage::backup_info`) and quota headroom
//! (`storage::headroom`), natively, on hand-computed cases.

use backend_ready::storage::backup_info::{info_key, BackupInfo, Durability, Reminder};
use backend_ready::storage::document_key;
use backend_ready::storage::headroom::{
    assess, engine_for_vendor, Engine, Headroom, Usage, UNITS, WARN_PERCENT, WEBKIT,
};

/// 2026-12-01 09:00 UTC, in seconds since 1970.
const DEC_1_0900: u32 = 1_796_115_600;
const HOUR: u32 = 3600;
const DAY: u32 = 24 * HOUR;

fn exported(at: u32, changes: u32) -> BackupInfo {
    BackupInfo {
        exported: Some(at),
        changes,
    }
}

#[test]
fn the_lines_live_beside_the_document() {
    let key = document_key("team-a", "scorecard");
    assert_eq!(info_key(&key), "team-a:scorecard:backup-info");
}

#[test]
fn stored_lines_round_trip() {
    let info = exported(DEC_1_0900, 12);
    assert_eq!(
        info.encode(),
        "version=1\nexported=1796115600\nchanges=12\n"
    );
    assert_eq!(BackupInfo::decode(&info.encode()), info);
    let never = BackupInfo {
        exported: None,
        changes: 3,
    };
    assert_eq!(never.encode(), "version=1\nchanges=3\n");
    assert_eq!(BackupInfo::decode(&never.encode()), never);
}

#[test]
fn unreadable_lines_count_as_never_exported() {
    let never = BackupInfo::default();
    assert_eq!(
        never,
        BackupInfo {
            exported: None,
            changes: 0
        }
    );
    for text in [
        "",
        "garbage",
        "{\"exported\":1}",
        "version=2\nexported=5\nchanges=1\n",
    ] {
        assert_eq!(BackupInfo::decode(text), never, "{text:?}");
    }
    // Unknown lines and unreadable numbers are skipped, the rest is read.
    let text = "version=1\nexported=soon\nchanges=4\nnext=1\n";
    assert_eq!(
        BackupInfo::decode(text),
        BackupInfo {
            exported: None,
            changes: 4
        }
    );
    assert_eq!(
        BackupInfo::decode("version=1\nexported=-1\nchanges=99999999999\n"),
        never
    );
}

#[test]
fn changes_count_up_and_an_export_starts_again() {
    let info = BackupInfo::default().changed().changed();
    assert_eq!(
        info,
        BackupInfo {
            exported: None,
            changes: 2
        }
    );
    assert_eq!(BackupInfo::exported_at(DEC_1_0900), exported(DEC_1_0900, 0));
    assert_eq!(exported(DEC_1_0900, 0).changed(), exported(DEC_1_0900, 1));
    assert_eq!(exported(1, u32::MAX).changed(), exported(1, u32::MAX));
}

#[test]
fn two_counts_merge_to_the_later_export_or_the_larger_count() {
    let earlier = exported(DEC_1_0900 - DAY, 40);
    let later = exported(DEC_1_0900, 2);
    assert_eq!(earlier.merge(later), later);
    assert_eq!(later.merge(earlier), later);
    assert_eq!(
        later.merge(exported(DEC_1_0900, 5)),
        exported(DEC_1_0900, 5)
    );
    assert_eq!(
        exported(DEC_1_0900, 5).merge(later),
        exported(DEC_1_0900, 5)
    );
    let never = BackupInfo {
        exported: None,
        changes: 9,
    };
    assert_eq!(never.merge(later), later);
    assert_eq!(never.merge(BackupInfo::default()), never);
}

#[test]
fn the_reminder_counts_calendar_days_where_the_visitor_is() {
    assert_eq!(
        BackupInfo::default().changed().reminder(DEC_1_0900, 0),
        Reminder::Never
    );
    let info = exported(DEC_1_0900, 3);
    // The same UTC day, eleven hours later.
    assert_eq!(
        info.reminder(DEC_1_0900 + 11 * HOUR, 0),
        Reminder::Since {
            days: 0,
            changes: 3
        }
    );
    // 08:00 to 09:00 the next day is one day, and 23 hours across midnight too.
    assert_eq!(
        exported(DEC_1_0900 - HOUR, 3).reminder(DEC_1_0900 + DAY, 0),
        Reminder::Since {
            days: 1,
            changes: 3
        }
    );
    assert_eq!(
        info.reminder(DEC_1_0900 + 14 * HOUR, 0),
        Reminder::Since {
            days: 0,
            changes: 3
        }
    );
    assert_eq!(
        info.reminder(DEC_1_0900 + 15 * HOUR, 0),
        Reminder::Since {
            days: 1,
            changes: 3
        }
    );
    // Berlin in winter (UTC+1): 2026-11-30 23:30 UTC is 00:30 on December 1st, and
    // 22:00 UTC that day is 23:00: the same day there, the next one in UTC.
    let late = exported(1_796_081_400, 1);
    assert_eq!(
        late.reminder(1_796_162_400, 60),
        Reminder::Since {
            days: 0,
            changes: 1
        }
    );
    assert_eq!(
        late.reminder(1_796_162_400, 0),
        Reminder::Since {
            days: 1,
            changes: 1
        }
    );
    // A week (2026-11-24 09:00 to 2026-12-01 09:00), and a clock set back.
    assert_eq!(
        exported(1_795_510_800, 0).reminder(DEC_1_0900, 0),
        Reminder::Since {
            days: 7,
            changes: 0
        }
    );
    assert_eq!(
        info.reminder(DEC_1_0900 - 3 * DAY, 0),
        Reminder::Since {
            days: 0,
            changes: 3
        }
    );
}

#[test]
fn durability_follows_the_browsers_answer() {
    assert_eq!(Durability::from_answer(Some(true)), Durability::Kept);
    assert_eq!(Durability::from_answer(Some(false)), Durability::NotKept);
    assert_eq!(Durability::from_answer(None), Durability::Unknown);
    assert_eq!(Durability::default(), Durability::Unknown);
}

fn latin1(units: u64) -> Usage {
    let mut usage = Usage::default();
    usage.add(units, false);
    usage
}

fn wide(units: u64) -> Usage {
    let mut usage = Usage::default();
    usage.add(units, true);
    usage
}

#[test]
fn engines_are_told_apart_by_vendor() {
    assert_eq!(engine_for_vendor("Apple Computer, Inc."), WEBKIT);
    assert_eq!(engine_for_vendor("Google Inc."), UNITS);
    assert_eq!(engine_for_vendor(""), UNITS);
    assert_eq!(UNITS.capacity, 5_242_880);
    assert_eq!(WEBKIT.capacity, 5_242_880);
    assert_eq!(WARN_PERCENT, 80);
}

#[test]
fn usage_counts_units_and_the_wide_ones() {
    let mut usage = Usage::default();
    usage.add(10, false);
    usage.add(7, true);
    usage.add(3, false);
    assert_eq!(
        usage,
        Usage {
            units: 20,
            wide_units: 7
        }
    );
    assert_eq!(UNITS.cost(usage), 20);
    assert_eq!(WEBKIT.cost(usage), 27);
}

/// `assess` on `engine` gives each case's headroom: (host's usage, the scorecard's,
/// percent, low).
fn assert_assessed(engine: Engine, cases: &[(Usage, Usage, u8, bool)]) {
    for &(host, store, percent, low) in cases {
        let expected = Headroom { percent, low };
        assert_eq!(assess(engine, host, store), expected, "{host:?}, {store:?}");
    }
}

#[test]
fn chromium_and_firefox_warn_at_four_fifths() {
    assert_assessed(
        UNITS,
        &[
            // The host page holds 4.5 M units, the scorecard 10,000: 4,510,000 of 5,242,880.
            (latin1(4_500_000), latin1(10_000), 86, true),
            // The 1,000-candidate store (2.3 M units) alone, and beside a host's 1.5 M.
            (Usage::default(), latin1(2_300_000), 43, false),
            (latin1(1_500_000), latin1(2_300_000), 72, false),
            // Wide text costs nothing more here.
            (wide(1_500_000), wide(2_300_000), 72, false),
        ],
    );
    // 80% of 5,242,880 is 4,194,304.
    assert!(assess(UNITS, latin1(4_000_000), latin1(194_304)).low);
    assert!(!assess(UNITS, latin1(4_000_000), latin1(194_303)).low);
    assert_eq!(assess(UNITS, latin1(9_000_000), latin1(1)).percent, 100);
}

#[test]
fn webkit_warns_before_one_apostrophe_doubles_the_scorecard() {
    assert_assessed(
        WEBKIT,
        &[
            // Latin-1 only: 3.8 M bytes used (72%), but one ’ would make the scorecard
            // 4.6 M and the whole 6.1 M: that save would fail, so the warning comes now.
            (latin1(1_500_000), latin1(2_300_000), 72, true),
            // Alone, at its largest it is 4.6 M bytes: 87.7%.
            (Usage::default(), latin1(2_300_000), 43, true),
            // Once wide, it costs double now (6.1 M: over the capacity, shown as 100%).
            (latin1(1_500_000), wide(2_300_000), 100, true),
            // The host's wide strings count double too: 1 M wide units are 2 M bytes;
            // with the scorecard at its largest, 4 M bytes: 76%, no warning yet.
            (wide(1_000_000), latin1(1_000_000), 57, false),
        ],
    );
    assert!(assess(WEBKIT, wide(1_100_000), latin1(1_000_000)).low);
    // At its largest the scorecard may take 2 * 2,097,152 = 4,194,304 bytes: 80%.
    assert!(assess(WEBKIT, Usage::default(), latin1(2_097_152)).low);
    assert!(!assess(WEBKIT, Usage::default(), latin1(2_097_151)).low);
    assert!(!assess(WEBKIT, latin1(100_000), latin1(1_000_000)).low);
}

// ------------------------------------------------------------- the widget's reducer

mod reducer {
    use std::rc::Rc;

    use backend_ready::scorecard::RoleLevel;
    use backend_ready::storage::backup_info::{BackupInfo, Durability};
    use backend_ready::storage::headroom::Headroom;
    use backend_ready::ui::scorecard::state::{
        CandidateFields, DocEdit, EdgeMsg, Notice, Problem, ScorecardMsg, ScorecardState, ViewMsg,
    };
    use yew::Reducible;

    use super::DEC_1_0900;

    fn add(name: &str) -> ScorecardMsg {
        ScorecardMsg::Edit(DocEdit::AddCandidate {
            id: format!("c-{name}"),
            fields: CandidateFields {
                name: name.into(),
                role: "Backend engineer".into(),
                level: RoleLevel::Senior,
                notes: String::new(),
            },
        })
    }

    fn run(state: Rc<ScorecardState>, msgs: Vec<ScorecardMsg>) -> Rc<ScorecardState> {
        msgs.into_iter().fold(state, Reducible::reduce)
    }

    #[test]
    fn own_changes_count_and_an_export_starts_again() {
        let state = run(Rc::default(), vec![add("Ada"), add("Grace")]);
        assert_eq!(
            state.backup,
            BackupInfo {
                exported: None,
                changes: 2
            }
        );
        // The interviewer's name is not in the files; an edit refused changes nothing.
        let state = run(
            state,
            vec![
                ScorecardMsg::View(ViewMsg::SetInterviewer("Ann".into())),
                add("Ada"),
            ],
        );
        assert_eq!(state.backup.changes, 2);
        let state = run(
            state,
            vec![ScorecardMsg::Edge(EdgeMsg::Exported(DEC_1_0900))],
        );
        assert_eq!(state.backup, BackupInfo::exported_at(DEC_1_0900));
        let state = run(
            state,
            vec![
                ScorecardMsg::Edit(DocEdit::Delete("c-Ada".into())),
                ScorecardMsg::View(ViewMsg::Undo),
            ],
        );
        assert_eq!(state.backup.changes, 2);
        // Another widget's or tab's save merged in was counted there, not here.
        let doc = Rc::new(run(Rc::default(), vec![add("Edsger")]).doc.as_ref().clone());
        let state = run(
            state,
            vec![ScorecardMsg::Edge(EdgeMsg::Replace {
                doc,
                interviewer: None,
                save: true,
            })],
        );
        assert_eq!(state.doc.candidates.len(), 1);
        assert_eq!(state.backup.changes, 2);
    }

    #[test]
    fn heard_lines_merge_into_the_count() {
        let state = run(
            Rc::default(),
            vec![
                ScorecardMsg::Edge(EdgeMsg::Exported(DEC_1_0900)),
                add("Ada"),
            ],
        );
        let heard = |info| {
            run(
                state.clone(),
                vec![ScorecardMsg::Edge(EdgeMsg::BackupHeard(info))],
            )
            .backup
        };
        let same_export = BackupInfo {
            exported: Some(DEC_1_0900),
            changes: 4,
        };
        assert_eq!(heard(same_export), same_export);
        let later = BackupInfo::exported_at(DEC_1_0900 + 60);
        assert_eq!(heard(later), later);
        assert_eq!(heard(BackupInfo::default()), state.backup);
    }

    #[test]
    fn reports_of_the_browser_and_storage_leave_a_refusal_shown() {
        let refused = run(
            Rc::default(),
            vec![ScorecardMsg::View(ViewMsg::Refuse(Problem::Weights))],
        );
        assert_eq!(refused.problem, Some(Problem::Weights));
        for report in [
            ScorecardMsg::Edge(EdgeMsg::BackupHeard(BackupInfo::default())),
            ScorecardMsg::Edge(EdgeMsg::Durability(Durability::Kept)),
            ScorecardMsg::Edge(EdgeMsg::Headroom(Headroom {
                percent: 1,
                low: false,
            })),
        ] {
            let state = run(refused.clone(), vec![report]);
            assert_eq!(state.problem, Some(Problem::Weights));
        }
        assert_eq!(run(refused, vec![add("Ada")]).problem, None);
    }

    #[test]
    fn reports_that_change_nothing_keep_the_state_so_nothing_renders() {
        let state = run(
            Rc::default(),
            vec![
                ScorecardMsg::Edge(EdgeMsg::Durability(Durability::NotKept)),
                ScorecardMsg::Edge(EdgeMsg::Headroom(Headroom {
                    percent: 3,
                    low: false,
                })),
                add("Ada"),
            ],
        );
        for report in [
            ScorecardMsg::Edge(EdgeMsg::Durability(Durability::NotKept)),
            ScorecardMsg::Edge(EdgeMsg::Headroom(Headroom {
                percent: 3,
                low: false,
            })),
            ScorecardMsg::Edge(EdgeMsg::BackupHeard(BackupInfo {
                exported: None,
                changes: 1,
            })),
            ScorecardMsg::Edge(EdgeMsg::BackupHeard(BackupInfo::default())),
        ] {
            let after = state.clone().reduce(report);
            assert!(Rc::ptr_eq(&after, &state));
        }
        let heard = state
            .clone()
            .reduce(ScorecardMsg::Edge(EdgeMsg::BackupHeard(
                BackupInfo::exported_at(5),
            )));
        assert!(!Rc::ptr_eq(&heard, &state));
    }

    #[test]
    fn the_browsers_answer_is_kept() {
        let state = run(
            Rc::default(),
            vec![ScorecardMsg::Edge(EdgeMsg::Durability(Durability::NotKept))],
        );
        assert_eq!(state.durability, Durability::NotKept);
        let state = run(
            state,
            vec![ScorecardMsg::Edge(EdgeMsg::Durability(Durability::Kept))],
        );
        assert_eq!(state.durability, Durability::Kept);
    }

    #[test]
    fn the_warning_shows_when_storage_becomes_nearly_full() {
        let low = |percent| Headroom { percent, low: true };
        let enough = Headroom {
            percent: 40,
            low: false,
        };
        let state = run(
            Rc::default(),
            vec![ScorecardMsg::Edge(EdgeMsg::Headroom(enough))],
        );
        assert_eq!(state.headroom, Some(enough));
        assert!(state.notices.is_empty());
        let state = run(state, vec![ScorecardMsg::Edge(EdgeMsg::Headroom(low(86)))]);
        assert_eq!(state.notices, vec![Notice::NearlyFull]);
        // Dismissed, it stays away while storage stays nearly full, even as it fills.
        let state = run(
            state,
            vec![
                ScorecardMsg::View(ViewMsg::Dismiss(Notice::NearlyFull)),
                ScorecardMsg::Edge(EdgeMsg::Headroom(low(90))),
            ],
        );
        assert!(state.notices.is_empty());
        assert_eq!(state.headroom, Some(low(90)));
        // Room made, then full again: it comes back; room made: it goes by itself.
        let state = run(
            state,
            vec![
                ScorecardMsg::Edge(EdgeMsg::Headroom(enough)),
                ScorecardMsg::Edge(EdgeMsg::Headroom(low(81))),
            ],
        );
        assert_eq!(state.notices, vec![Notice::NearlyFull]);
        let state = run(state, vec![ScorecardMsg::Edge(EdgeMsg::Headroom(enough))]);
        assert!(state.notices.is_empty());
    }
}
