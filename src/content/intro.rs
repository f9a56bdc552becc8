//! Title screens of the two modes: the type and the lookup. The texts live per locale
//! (`super::en::intro`, `super::de::intro`, …).

use super::active::intro::{QUIZ, SCORECARD};
use crate::embed::options::Mode;

/// What a mode's title screen says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ModeIntro {
    /// Short name shown above the title.
    pub eyebrow: &'static str,
    pub title: &'static str,
    pub lede: &'static str,
    /// Heading of the list of points.
    pub points_heading: &'static str,
    pub points: &'static [&'static str],
    /// The promise about the visitor's data.
    pub privacy: &'static str,
}

/// The title screen of `mode`.
pub fn intro_for(mode: Mode) -> &'static ModeIntro {
    match mode {
        Mode::Quiz => &QUIZ,
        Mode::Scorecard => &SCORECARD,
    }
}
