//! Candidate scorecard content: the types, the competency and stage ids, the weight
//! presets' numbers and the lookups. The texts (the seven competencies with what to look
//! for and a behavioural anchor per rating level, the rating scale, the interview stages
//! and their question banks, the recommendation levels, the flag texts, the formula
//! explanation, the presets' rationales) are written once with their ids in `items`;
//! each locale has only their texts, in `src/content/<locale>/scorecard.txt`, turned
//! into constants by `build.rs`. The model
//! (`crate::scorecard`) only selects and computes; every text it shows lives there.
//!
//! Written from the backend hiring guide in our own words. Every item has a stable id
//! used in localStorage, exports and events: never rename one, add a new one instead.
//! Ids are written once; only the texts differ per locale (`build.rs` checks the tables).
//! Question ids are `<stage short name>.<short id>`; ids use `a-z`, `0-9`, `-` and `.`.

/// One skill area every interviewer rates on the same 1–4 scale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Competency {
    pub id: &'static str,
    pub label: &'static str,
    /// One sentence on why the competency matters.
    pub why: &'static str,
    /// The guide's sub-points: what an interviewer listens for.
    pub look_for: &'static [&'static str],
    /// What an answer at each level looks like, weak (1) to exceptional (4).
    pub anchors: [&'static str; 4],
}

/// A choice an interviewer picks from a fixed list: its stable id, its label and what
/// it means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Choice {
    pub id: &'static str,
    pub label: &'static str,
    pub meaning: &'static str,
}

/// One level of the rating scale, or the "no evidence" choice.
pub type ScaleLevel = Choice;

/// An overall recommendation an interviewer records last.
pub type DecisionText = Choice;

/// A question of a stage's bank and the competencies it gives evidence on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StageQuestion {
    pub id: &'static str,
    pub prompt: &'static str,
    /// Competency ids.
    pub probes: &'static [&'static str],
}

/// One interview stage of the structured process.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stage {
    pub id: &'static str,
    pub label: &'static str,
    pub purpose: &'static str,
    pub questions: &'static [StageQuestion],
}

/// What a summary flag says, in plain words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FlagText {
    pub id: &'static str,
    pub title: &'static str,
    pub text: &'static str,
}

/// A role level (of a role, or of a candidate).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RoleLevelText {
    pub id: &'static str,
    pub label: &'static str,
}

/// Default weights for a role level: a percentage per competency id, summing to 100.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WeightPreset {
    /// A [`ROLE_LEVELS`] id.
    pub level: &'static str,
    pub rationale: &'static str,
    pub weights: &'static [(&'static str, u16)],
}

pub const SYSTEM_DESIGN: &str = "system-design";
pub const DATABASE: &str = "database";
pub const API_INTEGRATION: &str = "api-integration";
pub const INFRASTRUCTURE: &str = "infrastructure";
pub const SECURITY: &str = "security";
pub const COMMUNICATION: &str = "communication";
pub const EXPERIENCE: &str = "experience";

pub const COMPETENCY_COUNT: usize = 7;

pub const ARCHITECTURE_CASE_STUDY: &str = "architecture-case-study";
pub const DATABASE_MODELLING: &str = "database-modelling";
pub const API_SCENARIOS: &str = "api-integration-scenarios";
pub const INFRASTRUCTURE_AWARENESS: &str = "infrastructure-awareness";
pub const PORTFOLIO_WALKTHROUGH: &str = "portfolio-walkthrough";

/// A stage question: the shorthand `items` is written with.
pub(crate) const fn ask(
    id: &'static str,
    prompt: &'static str,
    probes: &'static [&'static str],
) -> StageQuestion {
    StageQuestion { id, prompt, probes }
}

/// A scale level or a decision: the shorthand `items` is written with.
pub(crate) const fn choice(id: &'static str, label: &'static str, meaning: &'static str) -> Choice {
    Choice { id, label, meaning }
}

/// A flag: the shorthand `items` is written with.
pub(crate) const fn flag(id: &'static str, title: &'static str, text: &'static str) -> FlagText {
    FlagText { id, title, text }
}

/// A role level: the shorthand `items` is written with.
pub(crate) const fn role_level(id: &'static str, label: &'static str) -> RoleLevelText {
    RoleLevelText { id, label }
}

/// The competency ids in `COMPETENCIES` order, for [`weights`].
const COMPETENCY_IDS: [&str; COMPETENCY_COUNT] = [
    SYSTEM_DESIGN,
    DATABASE,
    API_INTEGRATION,
    INFRASTRUCTURE,
    SECURITY,
    COMMUNICATION,
    EXPERIENCE,
];

/// A percentage per competency, given in `COMPETENCIES` order, paired with the ids.
const fn weights(percentages: [u16; COMPETENCY_COUNT]) -> [(&'static str, u16); COMPETENCY_COUNT] {
    let mut pairs = [("", 0); COMPETENCY_COUNT];
    let mut index = 0;
    while index < COMPETENCY_COUNT {
        pairs[index] = (COMPETENCY_IDS[index], percentages[index]);
        index += 1;
    }
    pairs
}

// Default weights per role level (percentages summing to 100, in `COMPETENCIES` order);
// `WEIGHT_PRESETS` pairs them with a rationale.

/// The junior preset's weights.
pub const JUNIOR_WEIGHTS: &[(&str, u16)] = &weights([10, 20, 20, 10, 15, 15, 10]);

/// The mid preset's weights.
pub const MID_WEIGHTS: &[(&str, u16)] = &weights([15, 20, 20, 10, 15, 10, 10]);

/// The senior preset's weights.
pub const SENIOR_WEIGHTS: &[(&str, u16)] = &weights([20, 15, 15, 15, 15, 10, 10]);

/// The lead preset's weights.
pub const LEAD_WEIGHTS: &[(&str, u16)] = &weights([25, 10, 10, 10, 10, 20, 15]);

mod items;
pub use items::*;

/// How many interview stages there are.
pub const STAGE_COUNT: usize = STAGES.len();

/// The stage ids, in [`STAGES`] order.
pub const STAGE_IDS: [&str; STAGE_COUNT] = stage_texts(0);

/// The stage labels, in [`STAGES`] order.
pub const STAGE_LABELS: [&str; STAGE_COUNT] = stage_texts(1);

/// The competency labels, in [`COMPETENCIES`] order.
pub const COMPETENCY_LABELS: [&str; COMPETENCY_COUNT] = competency_labels();

/// Per stage ([`STAGES`] order), how many of its questions probe each competency
/// ([`COMPETENCIES`] order). These tables are read from [`STAGES`] and [`COMPETENCIES`]
/// at compile time, so code that plans stages or names what they probe (the role
/// draft, the quiz build's hiring brief) carries these numbers and labels, not the
/// question banks and rating anchors; a probe id that names no competency does not
/// compile.
pub const STAGE_PROBES: [[u8; COMPETENCY_COUNT]; STAGE_COUNT] = count_probes();

const fn stage_texts(field: usize) -> [&'static str; STAGE_COUNT] {
    let mut out = [""; STAGE_COUNT];
    let mut index = 0;
    while index < STAGE_COUNT {
        out[index] = if field == 0 {
            STAGES[index].id
        } else {
            STAGES[index].label
        };
        index += 1;
    }
    out
}

const fn competency_labels() -> [&'static str; COMPETENCY_COUNT] {
    let mut out = [""; COMPETENCY_COUNT];
    let mut index = 0;
    while index < COMPETENCY_COUNT {
        assert!(
            super::same_names(&[COMPETENCIES[index].id], &[COMPETENCY_IDS[index]]),
            "COMPETENCY_IDS and COMPETENCIES differ in order"
        );
        out[index] = COMPETENCIES[index].label;
        index += 1;
    }
    out
}

const fn count_probes() -> [[u8; COMPETENCY_COUNT]; STAGE_COUNT] {
    let mut counts = [[0; COMPETENCY_COUNT]; STAGE_COUNT];
    let mut stage = 0;
    while stage < STAGE_COUNT {
        let questions = STAGES[stage].questions;
        let mut question = 0;
        while question < questions.len() {
            let probes = questions[question].probes;
            let mut probe = 0;
            while probe < probes.len() {
                counts[stage][const_competency_index(probes[probe])] += 1;
                probe += 1;
            }
            question += 1;
        }
        stage += 1;
    }
    counts
}

/// The position of `id` in [`COMPETENCY_IDS`]; refuses to compile an unknown id.
const fn const_competency_index(id: &str) -> usize {
    let mut index = 0;
    while index < COMPETENCY_COUNT {
        if super::same_names(&[COMPETENCY_IDS[index]], &[id]) {
            return index;
        }
        index += 1;
    }
    panic!("a stage question probes an unknown competency")
}

/// The competency with `id`, if any.
pub fn competency(id: &str) -> Option<&'static Competency> {
    COMPETENCIES.iter().find(|competency| competency.id == id)
}

/// The position of the competency with `id` in [`COMPETENCIES`], if any (read from the
/// ids alone, which the build holds in the same order).
pub fn competency_index(id: &str) -> Option<usize> {
    COMPETENCY_IDS.iter().position(|known| *known == id)
}

/// The stage with `id`, if any.
pub fn stage(id: &str) -> Option<&'static Stage> {
    STAGES.iter().find(|stage| stage.id == id)
}

/// The weight preset for the role level `level` (a [`ROLE_LEVELS`] id), if any.
pub fn weight_preset(level: &str) -> Option<&'static WeightPreset> {
    WEIGHT_PRESETS.iter().find(|preset| preset.level == level)
}
