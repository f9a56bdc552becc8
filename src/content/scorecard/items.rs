//! The scorecard's items, written once for every locale: the competencies, the rating
//! scale, the stages and their question banks, the decisions, the role levels, the
//! flags and the weight presets, with their stable ids. The texts come from the build's
//! locale table (`src/content/<locale>/scorecard.txt`).

use super::{
    ask, choice, flag, role_level, Competency, DecisionText, FlagText, RoleLevelText, ScaleLevel,
    Stage, WeightPreset, API_INTEGRATION, API_SCENARIOS, ARCHITECTURE_CASE_STUDY, COMMUNICATION,
    COMPETENCY_COUNT, DATABASE, DATABASE_MODELLING, EXPERIENCE, INFRASTRUCTURE,
    INFRASTRUCTURE_AWARENESS, JUNIOR_WEIGHTS, LEAD_WEIGHTS, MID_WEIGHTS, PORTFOLIO_WALKTHROUGH,
    SECURITY, SENIOR_WEIGHTS, SYSTEM_DESIGN,
};
use crate::content::active::scorecard as t;

/// The competencies, in display order. Ratings are stored in this order.
pub static COMPETENCIES: [Competency; COMPETENCY_COUNT] = [
    Competency {
        id: SYSTEM_DESIGN,
        label: t::COMPETENCY_SYSTEM_DESIGN_LABEL,
        why: t::COMPETENCY_SYSTEM_DESIGN_WHY,
        look_for: &[
            t::COMPETENCY_SYSTEM_DESIGN_LOOK_FOR_1,
            t::COMPETENCY_SYSTEM_DESIGN_LOOK_FOR_2,
            t::COMPETENCY_SYSTEM_DESIGN_LOOK_FOR_3,
            t::COMPETENCY_SYSTEM_DESIGN_LOOK_FOR_4,
        ],
        anchors: [
            t::COMPETENCY_SYSTEM_DESIGN_ANCHOR_1,
            t::COMPETENCY_SYSTEM_DESIGN_ANCHOR_2,
            t::COMPETENCY_SYSTEM_DESIGN_ANCHOR_3,
            t::COMPETENCY_SYSTEM_DESIGN_ANCHOR_4,
        ],
    },
    Competency {
        id: DATABASE,
        label: t::COMPETENCY_DATABASE_LABEL,
        why: t::COMPETENCY_DATABASE_WHY,
        look_for: &[
            t::COMPETENCY_DATABASE_LOOK_FOR_1,
            t::COMPETENCY_DATABASE_LOOK_FOR_2,
            t::COMPETENCY_DATABASE_LOOK_FOR_3,
            t::COMPETENCY_DATABASE_LOOK_FOR_4,
        ],
        anchors: [
            t::COMPETENCY_DATABASE_ANCHOR_1,
            t::COMPETENCY_DATABASE_ANCHOR_2,
            t::COMPETENCY_DATABASE_ANCHOR_3,
            t::COMPETENCY_DATABASE_ANCHOR_4,
        ],
    },
    Competency {
        id: API_INTEGRATION,
        label: t::COMPETENCY_API_INTEGRATION_LABEL,
        why: t::COMPETENCY_API_INTEGRATION_WHY,
        look_for: &[
            t::COMPETENCY_API_INTEGRATION_LOOK_FOR_1,
            t::COMPETENCY_API_INTEGRATION_LOOK_FOR_2,
            t::COMPETENCY_API_INTEGRATION_LOOK_FOR_3,
            t::COMPETENCY_API_INTEGRATION_LOOK_FOR_4,
        ],
        anchors: [
            t::COMPETENCY_API_INTEGRATION_ANCHOR_1,
            t::COMPETENCY_API_INTEGRATION_ANCHOR_2,
            t::COMPETENCY_API_INTEGRATION_ANCHOR_3,
            t::COMPETENCY_API_INTEGRATION_ANCHOR_4,
        ],
    },
    Competency {
        id: INFRASTRUCTURE,
        label: t::COMPETENCY_INFRASTRUCTURE_LABEL,
        why: t::COMPETENCY_INFRASTRUCTURE_WHY,
        look_for: &[
            t::COMPETENCY_INFRASTRUCTURE_LOOK_FOR_1,
            t::COMPETENCY_INFRASTRUCTURE_LOOK_FOR_2,
            t::COMPETENCY_INFRASTRUCTURE_LOOK_FOR_3,
            t::COMPETENCY_INFRASTRUCTURE_LOOK_FOR_4,
        ],
        anchors: [
            t::COMPETENCY_INFRASTRUCTURE_ANCHOR_1,
            t::COMPETENCY_INFRASTRUCTURE_ANCHOR_2,
            t::COMPETENCY_INFRASTRUCTURE_ANCHOR_3,
            t::COMPETENCY_INFRASTRUCTURE_ANCHOR_4,
        ],
    },
    Competency {
        id: SECURITY,
        label: t::COMPETENCY_SECURITY_LABEL,
        why: t::COMPETENCY_SECURITY_WHY,
        look_for: &[
            t::COMPETENCY_SECURITY_LOOK_FOR_1,
            t::COMPETENCY_SECURITY_LOOK_FOR_2,
            t::COMPETENCY_SECURITY_LOOK_FOR_3,
            t::COMPETENCY_SECURITY_LOOK_FOR_4,
        ],
        anchors: [
            t::COMPETENCY_SECURITY_ANCHOR_1,
            t::COMPETENCY_SECURITY_ANCHOR_2,
            t::COMPETENCY_SECURITY_ANCHOR_3,
            t::COMPETENCY_SECURITY_ANCHOR_4,
        ],
    },
    Competency {
        id: COMMUNICATION,
        label: t::COMPETENCY_COMMUNICATION_LABEL,
        why: t::COMPETENCY_COMMUNICATION_WHY,
        look_for: &[
            t::COMPETENCY_COMMUNICATION_LOOK_FOR_1,
            t::COMPETENCY_COMMUNICATION_LOOK_FOR_2,
            t::COMPETENCY_COMMUNICATION_LOOK_FOR_3,
        ],
        anchors: [
            t::COMPETENCY_COMMUNICATION_ANCHOR_1,
            t::COMPETENCY_COMMUNICATION_ANCHOR_2,
            t::COMPETENCY_COMMUNICATION_ANCHOR_3,
            t::COMPETENCY_COMMUNICATION_ANCHOR_4,
        ],
    },
    Competency {
        id: EXPERIENCE,
        label: t::COMPETENCY_EXPERIENCE_LABEL,
        why: t::COMPETENCY_EXPERIENCE_WHY,
        look_for: &[
            t::COMPETENCY_EXPERIENCE_LOOK_FOR_1,
            t::COMPETENCY_EXPERIENCE_LOOK_FOR_2,
            t::COMPETENCY_EXPERIENCE_LOOK_FOR_3,
        ],
        anchors: [
            t::COMPETENCY_EXPERIENCE_ANCHOR_1,
            t::COMPETENCY_EXPERIENCE_ANCHOR_2,
            t::COMPETENCY_EXPERIENCE_ANCHOR_3,
            t::COMPETENCY_EXPERIENCE_ANCHOR_4,
        ],
    },
];

/// The rating scale, weak (1) to exceptional (4), in that order.
pub static RATING_LEVELS: [ScaleLevel; 4] = [
    choice("weak", t::LEVEL_WEAK_LABEL, t::LEVEL_WEAK_MEANING),
    choice("mixed", t::LEVEL_MIXED_LABEL, t::LEVEL_MIXED_MEANING),
    choice("strong", t::LEVEL_STRONG_LABEL, t::LEVEL_STRONG_MEANING),
    choice(
        "exceptional",
        t::LEVEL_EXCEPTIONAL_LABEL,
        t::LEVEL_EXCEPTIONAL_MEANING,
    ),
];

/// The choice for a competency the interview did not show. Left out of every average.
pub const NO_EVIDENCE: ScaleLevel = choice(
    "no-evidence",
    t::LEVEL_NO_EVIDENCE_LABEL,
    t::LEVEL_NO_EVIDENCE_MEANING,
);

/// The interview stages, in the order they usually run.
pub const STAGES: &[Stage] = &[
    Stage {
        id: ARCHITECTURE_CASE_STUDY,
        label: t::STAGE_ARCHITECTURE_CASE_STUDY_LABEL,
        purpose: t::STAGE_ARCHITECTURE_CASE_STUDY_PURPOSE,
        questions: &[
            ask(
                "architecture.blueprint",
                t::QUESTION_ARCHITECTURE_BLUEPRINT,
                &[SYSTEM_DESIGN, COMMUNICATION],
            ),
            ask(
                "architecture.monolith",
                t::QUESTION_ARCHITECTURE_MONOLITH,
                &[SYSTEM_DESIGN, INFRASTRUCTURE],
            ),
            ask(
                "architecture.bottleneck",
                t::QUESTION_ARCHITECTURE_BOTTLENECK,
                &[SYSTEM_DESIGN, DATABASE],
            ),
            ask(
                "architecture.explain",
                t::QUESTION_ARCHITECTURE_EXPLAIN,
                &[COMMUNICATION, SYSTEM_DESIGN],
            ),
        ],
    },
    Stage {
        id: DATABASE_MODELLING,
        label: t::STAGE_DATABASE_MODELLING_LABEL,
        purpose: t::STAGE_DATABASE_MODELLING_PURPOSE,
        questions: &[
            ask(
                "database.schema",
                t::QUESTION_DATABASE_SCHEMA,
                &[DATABASE, SYSTEM_DESIGN],
            ),
            ask(
                "database.slow-query",
                t::QUESTION_DATABASE_SLOW_QUERY,
                &[DATABASE],
            ),
            ask(
                "database.last-item",
                t::QUESTION_DATABASE_LAST_ITEM,
                &[DATABASE, API_INTEGRATION],
            ),
            ask(
                "database.store-choice",
                t::QUESTION_DATABASE_STORE_CHOICE,
                &[DATABASE, SYSTEM_DESIGN],
            ),
        ],
    },
    Stage {
        id: API_SCENARIOS,
        label: t::STAGE_API_SCENARIOS_LABEL,
        purpose: t::STAGE_API_SCENARIOS_PURPOSE,
        questions: &[
            ask(
                "api.design",
                t::QUESTION_API_DESIGN,
                &[API_INTEGRATION, COMMUNICATION],
            ),
            ask(
                "api.versioning",
                t::QUESTION_API_VERSIONING,
                &[API_INTEGRATION, COMMUNICATION],
            ),
            ask(
                "api.auth",
                t::QUESTION_API_AUTH,
                &[API_INTEGRATION, SECURITY],
            ),
            ask(
                "api.partner-timeout",
                t::QUESTION_API_PARTNER_TIMEOUT,
                &[API_INTEGRATION, INFRASTRUCTURE],
            ),
            ask(
                "api.abuse",
                t::QUESTION_API_ABUSE,
                &[API_INTEGRATION, SECURITY],
            ),
        ],
    },
    Stage {
        id: INFRASTRUCTURE_AWARENESS,
        label: t::STAGE_INFRASTRUCTURE_AWARENESS_LABEL,
        purpose: t::STAGE_INFRASTRUCTURE_AWARENESS_PURPOSE,
        questions: &[
            ask(
                "infrastructure.path",
                t::QUESTION_INFRASTRUCTURE_PATH,
                &[INFRASTRUCTURE],
            ),
            ask(
                "infrastructure.containers",
                t::QUESTION_INFRASTRUCTURE_CONTAINERS,
                &[INFRASTRUCTURE, SYSTEM_DESIGN],
            ),
            ask(
                "infrastructure.monitoring",
                t::QUESTION_INFRASTRUCTURE_MONITORING,
                &[INFRASTRUCTURE, COMMUNICATION],
            ),
            ask(
                "infrastructure.secrets",
                t::QUESTION_INFRASTRUCTURE_SECRETS,
                &[INFRASTRUCTURE, SECURITY],
            ),
        ],
    },
    Stage {
        id: PORTFOLIO_WALKTHROUGH,
        label: t::STAGE_PORTFOLIO_WALKTHROUGH_LABEL,
        purpose: t::STAGE_PORTFOLIO_WALKTHROUGH_PURPOSE,
        questions: &[
            ask(
                "portfolio.decision",
                t::QUESTION_PORTFOLIO_DECISION,
                &[EXPERIENCE, SYSTEM_DESIGN],
            ),
            ask("portfolio.code", t::QUESTION_PORTFOLIO_CODE, &[EXPERIENCE]),
            ask(
                "portfolio.incident",
                t::QUESTION_PORTFOLIO_INCIDENT,
                &[EXPERIENCE, INFRASTRUCTURE],
            ),
            ask(
                "portfolio.collaboration",
                t::QUESTION_PORTFOLIO_COLLABORATION,
                &[COMMUNICATION, EXPERIENCE],
            ),
            ask(
                "portfolio.security",
                t::QUESTION_PORTFOLIO_SECURITY,
                &[SECURITY, EXPERIENCE],
            ),
        ],
    },
];

/// The overall recommendations, from most negative to most positive, then abstaining.
pub static DECISIONS: [DecisionText; 5] = [
    choice(
        "strong-no",
        t::DECISION_STRONG_NO_LABEL,
        t::DECISION_STRONG_NO_MEANING,
    ),
    choice("no", t::DECISION_NO_LABEL, t::DECISION_NO_MEANING),
    choice("yes", t::DECISION_YES_LABEL, t::DECISION_YES_MEANING),
    choice(
        "strong-yes",
        t::DECISION_STRONG_YES_LABEL,
        t::DECISION_STRONG_YES_MEANING,
    ),
    choice(
        "no-decision",
        t::DECISION_NO_DECISION_LABEL,
        t::DECISION_NO_DECISION_MEANING,
    ),
];

/// The role levels, from least to most senior.
pub static ROLE_LEVELS: [RoleLevelText; 4] = [
    role_level("junior", t::ROLE_LEVEL_JUNIOR),
    role_level("mid", t::ROLE_LEVEL_MID),
    role_level("senior", t::ROLE_LEVEL_SENIOR),
    role_level("lead", t::ROLE_LEVEL_LEAD),
];

/// Two ratings of one competency are two or more levels apart.
pub const DISAGREEMENT: FlagText = flag(
    "disagreement",
    t::FLAG_DISAGREEMENT_TITLE,
    t::FLAG_DISAGREEMENT_TEXT,
);

/// Nobody gave a 1–4 rating for a competency.
pub const COVERAGE_NONE: FlagText = flag(
    "coverage-none",
    t::FLAG_COVERAGE_NONE_TITLE,
    t::FLAG_COVERAGE_NONE_TEXT,
);

/// Only one interviewer gave a 1–4 rating for a competency.
pub const COVERAGE_SINGLE: FlagText = flag(
    "coverage-single",
    t::FLAG_COVERAGE_SINGLE_TITLE,
    t::FLAG_COVERAGE_SINGLE_TEXT,
);

/// Hiring mistake 1: judging on language familiarity without system design evidence.
pub const MISTAKE_LANGUAGE_ONLY: FlagText = flag(
    "language-only",
    t::FLAG_LANGUAGE_ONLY_TITLE,
    t::FLAG_LANGUAGE_ONLY_TEXT,
);

/// Hiring mistake 2: underestimating data complexity.
pub const MISTAKE_DATA_COMPLEXITY: FlagText = flag(
    "data-complexity",
    t::FLAG_DATA_COMPLEXITY_TITLE,
    t::FLAG_DATA_COMPLEXITY_TEXT,
);

/// Hiring mistake 3: only juniors when growth needs design leadership.
pub const MISTAKE_JUNIOR_ONLY: FlagText = flag(
    "junior-only-shortlist",
    t::FLAG_JUNIOR_ONLY_SHORTLIST_TITLE,
    t::FLAG_JUNIOR_ONLY_SHORTLIST_TEXT,
);

/// Hiring mistake 4: ignoring soft skills and team fit.
pub const MISTAKE_SOFT_SKILLS: FlagText = flag(
    "soft-skills",
    t::FLAG_SOFT_SKILLS_TITLE,
    t::FLAG_SOFT_SKILLS_TEXT,
);

/// Hiring mistake 5: not assessing practical experience.
pub const MISTAKE_PRACTICAL_EXPERIENCE: FlagText = flag(
    "practical-experience",
    t::FLAG_PRACTICAL_EXPERIENCE_TITLE,
    t::FLAG_PRACTICAL_EXPERIENCE_TEXT,
);

/// The guide's five hiring mistakes, in the guide's order.
pub static MISTAKES: [FlagText; 5] = [
    MISTAKE_LANGUAGE_ONLY,
    MISTAKE_DATA_COMPLEXITY,
    MISTAKE_JUNIOR_ONLY,
    MISTAKE_SOFT_SKILLS,
    MISTAKE_PRACTICAL_EXPERIENCE,
];

/// How the summary's numbers are computed, shown next to the formula.
pub const FORMULA_EXPLANATION: &str = t::FORMULA_EXPLANATION;

/// Default weights per role level, in [`ROLE_LEVELS`] order.
pub static WEIGHT_PRESETS: [WeightPreset; 4] = [
    WeightPreset {
        level: "junior",
        rationale: t::PRESET_JUNIOR_RATIONALE,
        weights: JUNIOR_WEIGHTS,
    },
    WeightPreset {
        level: "mid",
        rationale: t::PRESET_MID_RATIONALE,
        weights: MID_WEIGHTS,
    },
    WeightPreset {
        level: "senior",
        rationale: t::PRESET_SENIOR_RATIONALE,
        weights: SENIOR_WEIGHTS,
    },
    WeightPreset {
        level: "lead",
        rationale: t::PRESET_LEAD_RATIONALE,
        weights: LEAD_WEIGHTS,
    },
];
