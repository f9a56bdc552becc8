//! Readiness quiz content: the types, the area ids and the lookups, and the items
//! written once for every locale (`items`: areas, questions, answers and their points,
//! branching conditions, bands; `advice`: the recommendation's rules). Each locale has
//! only its texts, in `src/content/<locale>/quiz.txt`, turned into constants by
//! `build.rs` (`super::en::quiz`, `super::de::quiz`); the build's locale is chosen there.
//!
//! Written from the backend hiring guide in our own words. Every item has a stable id
//! used in events, localStorage and share links: never rename one, add a new one instead.
//! Ids are written once; only the texts differ per locale (`build.rs` checks the tables).
//! Answer ids are `<question id>.<short id>`; short ids use `a-z`, `0-9` and `-` only.
//!
//! Points measure how strongly an answer calls for backend expertise now, so a higher
//! score means more pressure to hire. Strategy questions (`timeline`, `horizon`,
//! `budget`) carry no points: they shape the recommendation, not the score.

/// A part of the backend the quiz scores on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Area {
    pub id: &'static str,
    pub label: &'static str,
}

/// How strongly a signal calls for a backend hire, calmest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Worth watching; shapes the advice, never the band.
    Note,
    /// Prepare the hire now; several together mean hire now.
    Moderate,
    /// One is enough to hire now.
    Severe,
    /// The risk is acute: hire now and get help for the weeks the search takes.
    Critical,
}

/// Something in the answers that calls for backend expertise, in the guide's terms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Signal {
    /// Stable id, e.g. `slow-apis`.
    pub id: &'static str,
    pub severity: Severity,
    /// Raised when all answers of any one of these sets were chosen.
    pub triggers: &'static [&'static [&'static str]],
    /// The signal in plain words, shown under "why this verdict".
    pub why: &'static str,
}

/// How many answers a question takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Single,
    Multi,
}

/// Points an answer adds to one area.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Points {
    pub area: &'static str,
    pub points: u8,
}

/// One answer of a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AnswerOption {
    /// `<question id>.<short id>`.
    pub id: &'static str,
    pub label: &'static str,
    pub points: &'static [Points],
    /// A "none of these" answer of a multi-choice question: chosen only on its own.
    pub exclusive: bool,
}

/// A question is shown only when an earlier question was shown and answered with any
/// of `any_of` (full answer ids).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Condition {
    pub question: &'static str,
    pub any_of: &'static [&'static str],
}

/// One question of the quiz.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Question {
    pub id: &'static str,
    pub prompt: &'static str,
    /// A short line under the prompt.
    pub hint: &'static str,
    pub kind: Kind,
    pub answers: &'static [AnswerOption],
    pub shown_if: Option<Condition>,
}

/// A verdict. The band of a result is the most urgent one its signals reach.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Band {
    pub id: &'static str,
    pub label: &'static str,
    /// One signal at least this severe reaches the band.
    pub reached_by: Severity,
    /// Or this many signals at least this severe (`None`: only `reached_by` counts).
    pub or_several: Option<(usize, Severity)>,
    pub summary: &'static str,
    /// Index into [`TIMING`].
    pub timing_step: usize,
    /// Whether an [`URGENCY`] reason moves the timing one step further. Only where the
    /// next step says the same as the band ("hire now" and "hire now with interim
    /// help"), so that band and timing never contradict each other.
    pub escalates: bool,
    /// Why that timing, when no urgency reason explains it.
    pub why: &'static str,
}

/// A rule for one recommendation point: the answers that must all be chosen, how
/// strongly they argue for the point, and the sentence of why shown with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reason {
    pub when: &'static [&'static str],
    pub weight: u8,
    pub why: &'static str,
}

/// One point a recommendation can make.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Advice {
    pub id: &'static str,
    pub title: &'static str,
    pub text: &'static str,
    pub reasons: &'static [Reason],
}

/// The points of one part of a recommendation, and the one to fall back on when no
/// reason matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AdviceGroup {
    pub heading: &'static str,
    pub advices: &'static [Advice],
    pub fallback: &'static str,
    pub fallback_why: &'static str,
    /// The advice taken when the strongest two are equally strong (`None`: the first
    /// in content order, for ranked lists such as skills where order matters little).
    pub on_tie: Option<&'static str>,
}

pub const SCALE: &str = "scale";
pub const DATA: &str = "data";
pub const SECURITY: &str = "security";
pub const INTEGRATIONS: &str = "integrations";
pub const TEAM: &str = "team";

/// How many skills a recommendation lists at most.
pub const MAX_SKILLS: usize = 3;

// Shorthands the locales' data is written with.
pub(crate) const fn pts(area: &'static str, points: u8) -> Points {
    Points { area, points }
}

pub(crate) const fn answer(
    id: &'static str,
    label: &'static str,
    points: &'static [Points],
) -> AnswerOption {
    AnswerOption {
        id,
        label,
        points,
        exclusive: false,
    }
}

pub(crate) const fn none_of_these(id: &'static str, label: &'static str) -> AnswerOption {
    AnswerOption {
        id,
        label,
        points: &[],
        exclusive: true,
    }
}

/// [`Reason`]s written one a line, as a table: `[answer ids] weight => why;`.
macro_rules! reasons {
    ($([$($when:literal),+] $weight:literal => $why:expr;)*) => {
        &[$(Reason { when: &[$($when),+], weight: $weight, why: $why }),*]
    };
}

/// An [`Advice`] on one line, its id, title and text, then its [`reasons!`] table.
macro_rules! advice {
    ($id:literal, $title:expr, $text:expr, [$($reasons:tt)*]) => {
        Advice { id: $id, title: $title, text: $text, reasons: reasons![$($reasons)*] }
    };
}

mod advice;
mod items;
pub mod signals;

pub use advice::*;
pub use items::*;
pub use signals::SIGNALS;

/// The question with `id`, if any.
pub fn question(id: &str) -> Option<&'static Question> {
    QUESTIONS.iter().find(|question| question.id == id)
}

/// The area with `id`, if any.
pub fn area(id: &str) -> Option<&'static Area> {
    AREAS.iter().find(|area| area.id == id)
}

impl Question {
    /// The answer with the full id `id`, if it belongs to this question.
    pub fn answer(&self, id: &str) -> Option<&'static AnswerOption> {
        self.answers.iter().find(|answer| answer.id == id)
    }

    /// The answer whose short id (after `<question id>.`) is `short`, if any.
    pub fn answer_by_short_id(&self, short: &str) -> Option<&'static AnswerOption> {
        self.answers
            .iter()
            .find(|answer| answer.short_id(self) == short)
    }
}

impl AnswerOption {
    /// This answer's id without the `<question id>.` prefix.
    pub fn short_id(&self, question: &Question) -> &'static str {
        let id: &'static str = self.id;
        id.strip_prefix(question.id)
            .and_then(|rest| rest.strip_prefix('.'))
            .unwrap_or(id)
    }

    /// The points this answer adds to `area`.
    pub fn points_for(&self, area: &str) -> u32 {
        self.points
            .iter()
            .filter(|points| points.area == area)
            .map(|points| u32::from(points.points))
            .sum()
    }
}

impl AdviceGroup {
    /// The advice with `id`, if it is in this group.
    pub fn advice(&self, id: &str) -> Option<&'static Advice> {
        self.advices.iter().find(|advice| advice.id == id)
    }
}
