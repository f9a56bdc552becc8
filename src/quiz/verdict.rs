//! The verdict: which signals the answers raise, and the band they set.
//!
//! The model, from the hiring guide: a signal is raised when all answers of one of its
//! triggers were chosen (visible, answered questions only). The band is the most urgent
//! one that the raised signals reach: one signal at least as severe as the band's
//! `reached_by` sets it as a floor, and a band may also be reached by several less
//! severe signals together (`or_several`, e.g. three moderate ones mean hire now).
//! Calm answers and "none of these" raise nothing, so they never lower a band; one more
//! signal never lowers it either (tested as properties). The 0–100 pressure score
//! ([`super::score`]) is a secondary figure and does not decide the band.

use crate::content::quiz::{Band, Signal, BANDS, SIGNALS};

/// The signals the chosen answers (full ids) raise, most severe first.
pub fn raised_signals(chosen: &[&str]) -> Vec<&'static Signal> {
    let mut raised: Vec<&'static Signal> = Vec::new();
    for signal in SIGNALS.iter().filter(|signal| is_raised(signal, chosen)) {
        // Insertion keeps content order among equals without the 2 KB of a stable sort.
        let at = raised.partition_point(|placed| placed.severity >= signal.severity);
        raised.insert(at, signal);
    }
    raised
}

/// The most urgent band the `raised` signals reach; the calmest when none does.
pub fn band_for(raised: &[&Signal]) -> &'static Band {
    BANDS
        .iter()
        .rev()
        .find(|band| reaches(band, raised))
        .unwrap_or(&BANDS[0])
}

fn is_raised(signal: &Signal, chosen: &[&str]) -> bool {
    signal
        .triggers
        .iter()
        .any(|all| !all.is_empty() && all.iter().all(|id| chosen.contains(id)))
}

fn reaches(band: &Band, raised: &[&Signal]) -> bool {
    let at_least = |severity| raised.iter().filter(move |s| s.severity >= severity);
    at_least(band.reached_by).next().is_some()
        || band
            .or_several
            .is_some_and(|(count, severity)| at_least(severity).count() >= count)
}
