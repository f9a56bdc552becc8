//! The quiz's items, written once for every locale: the areas, the questions with their
//! answers, points and branching conditions, the bands, and the result labels. The
//! texts come from the build's locale table (`src/content/<locale>/quiz.txt`).

use super::{answer, none_of_these, pts, Area, Band, Condition, Kind, Question, Severity};
use super::{DATA, INTEGRATIONS, SCALE, SECURITY, TEAM};
use crate::content::active::quiz as t;

/// The scored areas, in display order.
pub const AREAS: &[Area] = &[
    Area {
        id: SCALE,
        label: t::AREA_SCALE,
    },
    Area {
        id: DATA,
        label: t::AREA_DATA,
    },
    Area {
        id: SECURITY,
        label: t::AREA_SECURITY,
    },
    Area {
        id: INTEGRATIONS,
        label: t::AREA_INTEGRATIONS,
    },
    Area {
        id: TEAM,
        label: t::AREA_TEAM,
    },
];

/// The questions, in the order they are asked.
pub const QUESTIONS: &[Question] = &[
    Question {
        id: "stage",
        prompt: t::STAGE_PROMPT,
        hint: t::STAGE_HINT,
        kind: Kind::Single,
        answers: &[
            answer("stage.idea", t::STAGE_IDEA, &[]),
            answer("stage.mvp", t::STAGE_MVP, &[pts(SCALE, 1)]),
            answer(
                "stage.growing",
                t::STAGE_GROWING,
                &[pts(SCALE, 2), pts(DATA, 1)],
            ),
            answer(
                "stage.scaling",
                t::STAGE_SCALING,
                &[pts(SCALE, 3), pts(DATA, 2), pts(INTEGRATIONS, 1)],
            ),
            answer("stage.stable", t::STAGE_STABLE, &[]),
        ],
        shown_if: None,
    },
    Question {
        id: "growth",
        prompt: t::GROWTH_PROMPT,
        hint: t::GROWTH_HINT,
        kind: Kind::Multi,
        answers: &[
            answer("growth.users", t::GROWTH_USERS, &[pts(SCALE, 2)]),
            answer("growth.data", t::GROWTH_DATA, &[pts(DATA, 2)]),
            answer(
                "growth.integrations",
                t::GROWTH_INTEGRATIONS,
                &[pts(INTEGRATIONS, 2)],
            ),
            none_of_these("growth.none", t::GROWTH_NONE),
        ],
        shown_if: None,
    },
    Question {
        id: "symptoms",
        prompt: t::SYMPTOMS_PROMPT,
        hint: t::SYMPTOMS_HINT,
        kind: Kind::Multi,
        answers: &[
            answer(
                "symptoms.slow-apis",
                t::SYMPTOMS_SLOW_APIS,
                &[pts(SCALE, 3)],
            ),
            answer("symptoms.bad-data", t::SYMPTOMS_BAD_DATA, &[pts(DATA, 3)]),
            answer(
                "symptoms.instability",
                t::SYMPTOMS_INSTABILITY,
                &[pts(SCALE, 2), pts(TEAM, 1)],
            ),
            answer(
                "symptoms.integrations",
                t::SYMPTOMS_INTEGRATIONS,
                &[pts(INTEGRATIONS, 3)],
            ),
            none_of_these("symptoms.none", t::SYMPTOMS_NONE),
        ],
        shown_if: None,
    },
    Question {
        id: "priorities",
        prompt: t::PRIORITIES_PROMPT,
        hint: t::PRIORITIES_HINT,
        kind: Kind::Single,
        answers: &[
            answer("priorities.low", t::PRIORITIES_LOW, &[]),
            answer("priorities.some", t::PRIORITIES_SOME, &[pts(SCALE, 1)]),
            answer(
                "priorities.strategic",
                t::PRIORITIES_STRATEGIC,
                &[pts(SCALE, 3)],
            ),
        ],
        shown_if: None,
    },
    Question {
        id: "scaling",
        prompt: t::SCALING_PROMPT,
        hint: t::SCALING_HINT,
        kind: Kind::Single,
        answers: &[
            answer("scaling.not-needed", t::SCALING_NOT_NEEDED, &[]),
            answer("scaling.caching", t::SCALING_CACHING, &[pts(SCALE, 1)]),
            answer(
                "scaling.bigger-server",
                t::SCALING_BIGGER_SERVER,
                &[pts(SCALE, 2)],
            ),
            answer(
                "scaling.distributed",
                t::SCALING_DISTRIBUTED,
                &[pts(SCALE, 2)],
            ),
            answer("scaling.unknown", t::SCALING_UNKNOWN, &[pts(SCALE, 3)]),
        ],
        shown_if: None,
    },
    Question {
        id: "sensitive",
        prompt: t::SENSITIVE_PROMPT,
        hint: t::SENSITIVE_HINT,
        kind: Kind::Multi,
        answers: &[
            answer(
                "sensitive.personal",
                t::SENSITIVE_PERSONAL,
                &[pts(SECURITY, 2)],
            ),
            answer(
                "sensitive.payments",
                t::SENSITIVE_PAYMENTS,
                &[pts(SECURITY, 3)],
            ),
            answer(
                "sensitive.regulated",
                t::SENSITIVE_REGULATED,
                &[pts(SECURITY, 3)],
            ),
            none_of_these("sensitive.none", t::SENSITIVE_NONE),
        ],
        shown_if: None,
    },
    Question {
        id: "compliance",
        prompt: t::COMPLIANCE_PROMPT,
        hint: t::COMPLIANCE_HINT,
        kind: Kind::Single,
        answers: &[
            answer("compliance.reviewed", t::COMPLIANCE_REVIEWED, &[]),
            answer(
                "compliance.partial",
                t::COMPLIANCE_PARTIAL,
                &[pts(SECURITY, 2)],
            ),
            answer(
                "compliance.ad-hoc",
                t::COMPLIANCE_AD_HOC,
                &[pts(SECURITY, 3)],
            ),
            answer(
                "compliance.audit-due",
                t::COMPLIANCE_AUDIT_DUE,
                &[pts(SECURITY, 4)],
            ),
        ],
        shown_if: Some(Condition {
            question: "sensitive",
            any_of: &[
                "sensitive.personal",
                "sensitive.payments",
                "sensitive.regulated",
            ],
        }),
    },
    Question {
        id: "integrations",
        prompt: t::INTEGRATIONS_PROMPT,
        hint: t::INTEGRATIONS_HINT,
        kind: Kind::Multi,
        answers: &[
            answer(
                "integrations.databases",
                t::INTEGRATIONS_DATABASES,
                &[pts(DATA, 1), pts(INTEGRATIONS, 1)],
            ),
            answer(
                "integrations.third-party",
                t::INTEGRATIONS_THIRD_PARTY,
                &[pts(INTEGRATIONS, 2)],
            ),
            answer(
                "integrations.analytics",
                t::INTEGRATIONS_ANALYTICS,
                &[pts(DATA, 1), pts(INTEGRATIONS, 1)],
            ),
            answer(
                "integrations.crm",
                t::INTEGRATIONS_CRM,
                &[pts(INTEGRATIONS, 2)],
            ),
            answer(
                "integrations.cloud",
                t::INTEGRATIONS_CLOUD,
                &[pts(INTEGRATIONS, 1)],
            ),
            none_of_these("integrations.none", t::INTEGRATIONS_NONE),
        ],
        shown_if: None,
    },
    Question {
        id: "integration-health",
        prompt: t::INTEGRATION_HEALTH_PROMPT,
        hint: t::INTEGRATION_HEALTH_HINT,
        kind: Kind::Single,
        answers: &[
            answer(
                "integration-health.contained",
                t::INTEGRATION_HEALTH_CONTAINED,
                &[],
            ),
            answer(
                "integration-health.manual",
                t::INTEGRATION_HEALTH_MANUAL,
                &[pts(INTEGRATIONS, 2)],
            ),
            answer(
                "integration-health.outage",
                t::INTEGRATION_HEALTH_OUTAGE,
                &[pts(INTEGRATIONS, 3)],
            ),
        ],
        shown_if: Some(Condition {
            question: "integrations",
            any_of: &[
                "integrations.databases",
                "integrations.third-party",
                "integrations.analytics",
                "integrations.crm",
                "integrations.cloud",
            ],
        }),
    },
    Question {
        id: "data-model",
        prompt: t::DATA_MODEL_PROMPT,
        hint: t::DATA_MODEL_HINT,
        kind: Kind::Single,
        answers: &[
            answer("data-model.solid", t::DATA_MODEL_SOLID, &[]),
            answer(
                "data-model.strained",
                t::DATA_MODEL_STRAINED,
                &[pts(DATA, 2)],
            ),
            answer("data-model.tangled", t::DATA_MODEL_TANGLED, &[pts(DATA, 3)]),
        ],
        shown_if: None,
    },
    Question {
        id: "leadership",
        prompt: t::LEADERSHIP_PROMPT,
        hint: t::LEADERSHIP_HINT,
        kind: Kind::Single,
        answers: &[
            answer("leadership.lead", t::LEADERSHIP_LEAD, &[]),
            answer("leadership.cto", t::LEADERSHIP_CTO, &[pts(TEAM, 2)]),
            answer(
                "leadership.external",
                t::LEADERSHIP_EXTERNAL,
                &[pts(TEAM, 3)],
            ),
            answer("leadership.nobody", t::LEADERSHIP_NOBODY, &[pts(TEAM, 4)]),
        ],
        shown_if: None,
    },
    Question {
        id: "seniority",
        prompt: t::SENIORITY_PROMPT,
        hint: t::SENIORITY_HINT,
        kind: Kind::Single,
        answers: &[
            answer("seniority.seniors", t::SENIORITY_SENIORS, &[]),
            answer("seniority.mixed", t::SENIORITY_MIXED, &[pts(TEAM, 1)]),
            answer("seniority.juniors", t::SENIORITY_JUNIORS, &[pts(TEAM, 3)]),
            answer("seniority.external", t::SENIORITY_EXTERNAL, &[pts(TEAM, 2)]),
            answer("seniority.nobody", t::SENIORITY_NOBODY, &[pts(TEAM, 3)]),
            answer("seniority.platform", t::SENIORITY_PLATFORM, &[pts(TEAM, 2)]),
        ],
        shown_if: None,
    },
    Question {
        id: "timeline",
        prompt: t::TIMELINE_PROMPT,
        hint: t::TIMELINE_HINT,
        kind: Kind::Single,
        answers: &[
            answer("timeline.weeks", t::TIMELINE_WEEKS, &[]),
            answer("timeline.quarter", t::TIMELINE_QUARTER, &[]),
            answer("timeline.year", t::TIMELINE_YEAR, &[]),
        ],
        shown_if: None,
    },
    Question {
        id: "horizon",
        prompt: t::HORIZON_PROMPT,
        hint: t::HORIZON_HINT,
        kind: Kind::Single,
        answers: &[
            answer("horizon.stabilise", t::HORIZON_STABILISE, &[]),
            answer("horizon.evolve", t::HORIZON_EVOLVE, &[]),
            answer("horizon.both", t::HORIZON_BOTH, &[]),
        ],
        shown_if: None,
    },
    Question {
        id: "budget",
        prompt: t::BUDGET_PROMPT,
        hint: t::BUDGET_HINT,
        kind: Kind::Single,
        answers: &[
            answer("budget.permanent", t::BUDGET_PERMANENT, &[]),
            answer("budget.project", t::BUDGET_PROJECT, &[]),
            answer("budget.undecided", t::BUDGET_UNDECIDED, &[]),
        ],
        shown_if: None,
    },
];

/// The bands, calmest first; a result takes the last one its signals reach.
pub const BANDS: &[Band] = &[
    // No signal beyond notes: nothing forces a hire, and the guide's stance ("hiring
    // backend developers early") turns the advice into what to prepare.
    Band {
        id: "not-yet",
        label: t::BAND_NOT_YET,
        reached_by: Severity::Note,
        or_several: None,
        summary: t::BAND_NOT_YET_SUMMARY,
        timing_step: 0,
        escalates: false,
        why: t::BAND_NOT_YET_WHY,
    },
    // One of the guide's "one or more of the following" signals, with no symptom yet:
    // the moment to plan the hire, before "something breaks".
    Band {
        id: "prepare",
        label: t::BAND_PREPARE,
        reached_by: Severity::Moderate,
        or_several: None,
        summary: t::BAND_PREPARE_SUMMARY,
        timing_step: 1,
        escalates: false,
        why: t::BAND_PREPARE_WHY,
    },
    // A symptom has surfaced, and "by the time these issues surface, core system
    // architecture may already be compromised"; or three signals at once.
    Band {
        id: "hire-now",
        label: t::BAND_HIRE_NOW,
        reached_by: Severity::Severe,
        or_several: Some((3, Severity::Moderate)),
        summary: t::BAND_HIRE_NOW_SUMMARY,
        timing_step: 2,
        escalates: true,
        why: t::BAND_HIRE_NOW_WHY,
    },
    // The risk is acute: failures customers see, or a deadline a search cannot meet;
    // the guide's case for outside help "when you need immediate architecture
    // stabilization".
    Band {
        id: "urgent",
        label: t::BAND_URGENT,
        reached_by: Severity::Critical,
        or_several: None,
        summary: t::BAND_URGENT_SUMMARY,
        timing_step: 3,
        escalates: false,
        why: t::BAND_URGENT_WHY,
    },
];

/// Labels the result screen shows.
pub const RESULT_SCORE_LABEL: &str = t::RESULT_SCORE_LABEL;
pub const RESULT_AREAS_HEADING: &str = t::RESULT_AREAS_HEADING;
pub const RESULT_AREA_NOT_SCORED: &str = t::RESULT_AREA_NOT_SCORED;
pub const RESULT_WHY_HEADING: &str = t::RESULT_WHY_HEADING;
