//! Title screens of the two modes, written once; the texts come from the build's locale
//! table (`src/content/<locale>/intro.txt`). `crate::ui::intro::intro_for` picks one by
//! mode.

use super::active::intro as t;

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

/// The quiz's title screen.
pub const QUIZ: ModeIntro = ModeIntro {
    eyebrow: t::QUIZ_EYEBROW,
    title: t::QUIZ_TITLE,
    lede: t::QUIZ_LEDE,
    points_heading: t::QUIZ_POINTS_HEADING,
    points: &[
        t::QUIZ_POINT_1,
        t::QUIZ_POINT_2,
        t::QUIZ_POINT_3,
        t::QUIZ_POINT_4,
    ],
    privacy: t::QUIZ_PRIVACY,
};

/// The scorecard's title screen.
pub const SCORECARD: ModeIntro = ModeIntro {
    eyebrow: t::SCORECARD_EYEBROW,
    title: t::SCORECARD_TITLE,
    lede: t::SCORECARD_LEDE,
    points_heading: t::SCORECARD_POINTS_HEADING,
    points: &[
        t::SCORECARD_POINT_1,
        t::SCORECARD_POINT_2,
        t::SCORECARD_POINT_3,
        t::SCORECARD_POINT_4,
        t::SCORECARD_POINT_5,
    ],
    privacy: t::SCORECARD_PRIVACY,
};
