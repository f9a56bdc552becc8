//! How close the scorecard is to the origin's localStorage limit, pure. The widget
//! shares that limit with the host page and everything else on the origin; the
//! browser edge (`crate::browser::durable`) measures what is stored, this module says
//! what it costs in each engine and when to warn, so the team can export and archive
//! old candidates before a save fails. The figures are the engines' own (issue 13's
//! measurements, checked in Chromium by `tests/e2e/scorecard-backup.test.mjs`):
//!
//! | engine | counts | capacity |
//! | --- | --- | --- |
//! | Chromium, Firefox | UTF-16 code units of every key and value | 5,242,880 units |
//! | WebKit (Safari) | bytes: a key or value with any character outside Latin-1 at two per unit, others at one | 5,242,880 bytes (2,621,440 units outside Latin-1) |

/// How an engine counts localStorage against its per-origin capacity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Engine {
    /// What one origin may store, in the engine's count.
    pub capacity: u64,
    /// Whether a key or value with any character above U+00FF counts its every unit
    /// twice (WebKit stores such strings with 16 bits per unit, others with 8).
    pub wide_counts_double: bool,
}

/// Chromium and Firefox: 5 MiB of UTF-16 code units (Chromium's 10 MiB of UTF-16
/// bytes, Firefox's 5,120 KiB default quota).
pub const UNITS: Engine = Engine {
    capacity: 5 * 1024 * 1024,
    wide_counts_double: false,
};

/// WebKit: 5 MiB of bytes, one per Latin-1 character, two per unit of a string that
/// holds any other character: "one curly apostrophe in any note makes the
/// 1,000-candidate store use 87% of the quota" (issue 13).
pub const WEBKIT: Engine = Engine {
    capacity: 5 * 1024 * 1024,
    wide_counts_double: true,
};

/// The engine behind `navigator.vendor`: every WebKit browser (Safari, and every
/// browser on iOS) says "Apple Computer, Inc."; Chromium says "Google Inc.", Firefox
/// nothing.
pub fn engine_for_vendor(vendor: &str) -> Engine {
    if vendor.starts_with("Apple") {
        WEBKIT
    } else {
        UNITS
    }
}

/// What some keys and values hold: their UTF-16 code units, and how many of those are
/// in strings with a character outside Latin-1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Usage {
    pub units: u64,
    pub wide_units: u64,
}

impl Usage {
    /// Counts one key or value of `units` code units; `wide` when it holds a character
    /// above U+00FF.
    pub fn add(&mut self, units: u64, wide: bool) {
        self.units += units;
        if wide {
            self.wide_units += units;
        }
    }
}

impl Engine {
    /// What `usage` costs against this engine's capacity.
    pub fn cost(self, usage: Usage) -> u64 {
        if self.wide_counts_double {
            usage.units + usage.wide_units
        } else {
            usage.units
        }
    }
}

/// Warn once what is stored, with the scorecard at its largest (below), reaches this
/// share of the capacity. The fifth left, about 1 M units, is room for some 450 more
/// candidates with four rated and noted interviews each (1,000 such take 2.3 M units,
/// README), or for an import of that size: time to export and archive old candidates
/// before a save fails.
pub const WARN_PERCENT: u64 = 80;

/// How full the origin's storage is for the scorecard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Headroom {
    /// The share of the capacity in use now, in whole percent (at most 100).
    pub percent: u8,
    /// Whether to warn: a save may soon fail.
    pub low: bool,
}

/// The headroom when the scorecard's own key and document hold `doc` and everything
/// else on the origin (the host page's keys, backups, other widgets) holds `others`.
/// In an engine that counts wide strings twice, the scorecard is counted as if one
/// character outside Latin-1 had entered it (one typed apostrophe ’ or quotation mark
/// „ doubles it), so the warning comes before that save, not after it fails.
pub fn assess(engine: Engine, others: Usage, doc: Usage) -> Headroom {
    let used = engine.cost(others) + engine.cost(doc);
    let largest = if engine.wide_counts_double {
        2 * doc.units
    } else {
        doc.units
    };
    let percent = (used * 100 / engine.capacity).min(100);
    Headroom {
        percent: percent as u8,
        low: (engine.cost(others) + largest) * 100 >= engine.capacity * WARN_PERCENT,
    }
}
