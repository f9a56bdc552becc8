//! What an interviewer records: a score per competency (1–4, "no evidence", or not yet
//! chosen) with an evidence note, and the overall recommendation.

use crate::content::scorecard::{
    Competency, DecisionText, ScaleLevel, COMPETENCY_COUNT, DECISIONS, NO_EVIDENCE, RATING_LEVELS,
};

/// A level of the 1–4 rating scale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RatingLevel {
    Weak = 1,
    Mixed = 2,
    Strong = 3,
    Exceptional = 4,
}

impl RatingLevel {
    pub const ALL: [RatingLevel; 4] = [
        RatingLevel::Weak,
        RatingLevel::Mixed,
        RatingLevel::Strong,
        RatingLevel::Exceptional,
    ];

    /// 1–4.
    pub fn value(self) -> u8 {
        self as u8
    }

    /// The level with `value` 1–4, if any.
    pub fn from_value(value: u8) -> Option<Self> {
        Self::ALL.into_iter().find(|level| level.value() == value)
    }

    /// Position in [`RatingLevel::ALL`] and in content arrays: 0–3.
    pub fn index(self) -> usize {
        usize::from(self.value() - 1)
    }

    pub fn text(self) -> &'static ScaleLevel {
        &RATING_LEVELS[self.index()]
    }

    /// What an answer at this level looks like for `competency`.
    pub fn anchor(self, competency: &Competency) -> &'static str {
        competency.anchors[self.index()]
    }
}

/// An interviewer's score for one competency.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Score {
    /// Not chosen yet: an interview cannot be submitted with one.
    #[default]
    Unrated,
    /// Chosen explicitly: the interview showed nothing on this competency. Counts in no
    /// average.
    NoEvidence,
    Level(RatingLevel),
}

impl Score {
    pub fn level(self) -> Option<RatingLevel> {
        match self {
            Score::Level(level) => Some(level),
            _ => None,
        }
    }

    /// A level or an explicit "no evidence".
    pub fn is_recorded(self) -> bool {
        self != Score::Unrated
    }

    /// Stable id for exports: `unrated`, `no-evidence`, or a rating level id.
    pub fn id(self) -> &'static str {
        match self {
            Score::Unrated => "unrated",
            Score::NoEvidence => NO_EVIDENCE.id,
            Score::Level(level) => level.text().id,
        }
    }

    /// The score with [`Score::id`] `id`, if any.
    pub fn from_id(id: &str) -> Option<Self> {
        let levels = RatingLevel::ALL.into_iter().map(Score::Level);
        [Score::Unrated, Score::NoEvidence]
            .into_iter()
            .chain(levels)
            .find(|score| score.id() == id)
    }
}

/// A score and the evidence behind it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Rating {
    pub score: Score,
    pub note: String,
}

/// One rating per competency, in `COMPETENCIES` order.
pub type Ratings = [Rating; COMPETENCY_COUNT];

/// An overall recommendation, recorded after every competency has a score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Decision {
    StrongNo,
    No,
    Yes,
    StrongYes,
    /// The interviewer abstains.
    NoDecision,
}

impl Decision {
    /// In `DECISIONS` order.
    pub const ALL: [Decision; 5] = [
        Decision::StrongNo,
        Decision::No,
        Decision::Yes,
        Decision::StrongYes,
        Decision::NoDecision,
    ];

    /// Position in [`Decision::ALL`] and `DECISIONS`.
    pub fn index(self) -> usize {
        self as usize
    }

    pub fn text(self) -> &'static DecisionText {
        &DECISIONS[self.index()]
    }

    pub fn id(self) -> &'static str {
        self.text().id
    }

    /// The decision with `id`, if any.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|decision| decision.id() == id)
    }
}
