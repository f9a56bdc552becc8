//! Title screens of the two modes: the type and the build's texts. The texts live per
//! locale (`super::en::intro`, `super::de::intro`, …); `crate::ui::intro::intro_for`
//! picks one by mode.

pub use super::active::intro::{QUIZ, SCORECARD};

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
