//! The recommendation's rules, written once for every locale: when to hire, which
//! skills, the seniority mix and the hiring model, each advice with the answers that
//! argue for it and how strongly. The texts come from the build's locale table; a
//! reason that says what a signal says reuses the signal's sentence.

use super::{Advice, AdviceGroup, Reason};
use crate::content::active::quiz as t;

/// When to hire, from the calmest to the most urgent step.
pub const TIMING: AdviceGroup = AdviceGroup {
    heading: t::TIMING_HEADING,
    advices: &[
        Advice {
            id: "timing.watch",
            title: t::TIMING_WATCH,
            text: t::TIMING_WATCH_TEXT,
            reasons: &[],
        },
        Advice {
            id: "timing.plan",
            title: t::TIMING_PLAN,
            text: t::TIMING_PLAN_TEXT,
            reasons: &[],
        },
        Advice {
            id: "timing.now",
            title: t::TIMING_NOW,
            text: t::TIMING_NOW_TEXT,
            reasons: &[],
        },
        Advice {
            id: "timing.urgent",
            title: t::TIMING_URGENT,
            text: t::TIMING_URGENT_TEXT,
            reasons: &[],
        },
    ],
    fallback: "timing.watch",
    fallback_why: t::TIMING_FALLBACK_WHY,
    on_tie: None,
};

/// Reasons that move the timing one step, from a band that `escalates`: an audit that
/// is due, or a deadline within weeks (the guide's "time to market").
pub const URGENCY: &[Reason] = &[
    Reason {
        when: &["compliance.audit-due"],
        weight: 5,
        why: t::SIGNAL_AUDIT_DUE,
    },
    Reason {
        when: &["timeline.weeks"],
        weight: 4,
        why: t::URGENCY_IF_TIMELINE_WEEKS,
    },
];

/// The skills to prioritise in the hire, ranked by the strongest matching reason.
/// Past the MVP and growing or scaling, system design and scalability comes first
/// (weight 9): the guide lists it first and warns that without it "the system becomes
/// tangled and brittle". Only an audit that is due and not ready ranks above it (10),
/// since its date is set from outside. An area failing acutely comes next (7–8); for an
/// MVP, the strongest symptom's skill leads.
pub const SKILLS: AdviceGroup = AdviceGroup {
    heading: t::SKILLS_HEADING,
    advices: &[
        Advice {
            id: "skill.security",
            title: t::SKILL_SECURITY,
            text: t::SKILL_SECURITY_TEXT,
            reasons: &[
                Reason {
                    when: &["compliance.audit-due"],
                    weight: 10,
                    why: t::SIGNAL_AUDIT_DUE,
                },
                Reason {
                    when: &["compliance.ad-hoc"],
                    weight: 4,
                    why: t::SIGNAL_CONTROLS_UNREVIEWED,
                },
                Reason {
                    when: &["sensitive.regulated"],
                    weight: 4,
                    why: t::SIGNAL_CRITICAL_DATA,
                },
                Reason {
                    when: &["sensitive.payments"],
                    weight: 4,
                    why: t::SIGNAL_CRITICAL_DATA,
                },
                Reason {
                    when: &["compliance.partial"],
                    weight: 3,
                    why: t::SIGNAL_CONTROLS_UNREVIEWED,
                },
                Reason {
                    when: &["sensitive.personal"],
                    weight: 1,
                    why: t::SIGNAL_PERSONAL_DATA,
                },
            ],
        },
        Advice {
            id: "skill.data",
            title: t::SKILL_DATA,
            text: t::SKILL_DATA_TEXT,
            reasons: &[
                Reason {
                    when: &["symptoms.bad-data", "data-model.tangled"],
                    weight: 8,
                    why: t::SKILL_DATA_IF_SYMPTOMS_BAD_DATA_DATA_MODEL_TANGLED,
                },
                Reason {
                    when: &["symptoms.bad-data"],
                    weight: 5,
                    why: t::SKILL_DATA_IF_SYMPTOMS_BAD_DATA,
                },
                Reason {
                    when: &["data-model.tangled"],
                    weight: 4,
                    why: t::SIGNAL_DATA_MODEL_STUCK,
                },
                Reason {
                    when: &["data-model.strained"],
                    weight: 3,
                    why: t::SIGNAL_DATA_MODEL_STRAINED,
                },
                Reason {
                    when: &["seniority.platform", "growth.data"],
                    weight: 3,
                    why: t::SKILL_DATA_IF_SENIORITY_PLATFORM_GROWTH_DATA,
                },
                Reason {
                    when: &["growth.data"],
                    weight: 2,
                    why: t::SKILL_DATA_IF_GROWTH_DATA,
                },
            ],
        },
        Advice {
            id: "skill.performance",
            title: t::SKILL_PERFORMANCE,
            text: t::SKILL_PERFORMANCE_TEXT,
            reasons: &[
                Reason {
                    when: &["symptoms.slow-apis"],
                    weight: 5,
                    why: t::SKILL_PERFORMANCE_IF_SYMPTOMS_SLOW_APIS,
                },
                Reason {
                    when: &["scaling.bigger-server"],
                    weight: 3,
                    why: t::SKILL_PERFORMANCE_IF_SCALING_BIGGER_SERVER,
                },
                Reason {
                    when: &["scaling.unknown"],
                    weight: 3,
                    why: t::SIGNAL_LOAD_UNKNOWN,
                },
                Reason {
                    when: &["priorities.strategic"],
                    weight: 4,
                    why: t::SIGNAL_SCALE_STRATEGIC,
                },
            ],
        },
        Advice {
            id: "skill.integrations",
            title: t::SKILL_INTEGRATIONS,
            text: t::SKILL_INTEGRATIONS_TEXT,
            reasons: &[
                Reason {
                    when: &["symptoms.integrations"],
                    weight: 5,
                    why: t::SIGNAL_INTEGRATIONS_BREAK,
                },
                Reason {
                    when: &["integration-health.outage"],
                    weight: 7,
                    why: t::SKILL_INTEGRATIONS_IF_INTEGRATION_HEALTH_OUTAGE,
                },
                Reason {
                    when: &["integration-health.manual"],
                    weight: 3,
                    why: t::SIGNAL_INTEGRATIONS_MANUAL,
                },
                Reason {
                    when: &["growth.integrations"],
                    weight: 2,
                    why: t::SKILL_INTEGRATIONS_IF_GROWTH_INTEGRATIONS,
                },
            ],
        },
        Advice {
            id: "skill.infrastructure",
            title: t::SKILL_INFRASTRUCTURE,
            text: t::SKILL_INFRASTRUCTURE_TEXT,
            reasons: &[
                Reason {
                    when: &["symptoms.instability"],
                    weight: 5,
                    why: t::SIGNAL_INSTABILITY,
                },
                Reason {
                    when: &["scaling.distributed"],
                    weight: 3,
                    why: t::SKILL_INFRASTRUCTURE_IF_SCALING_DISTRIBUTED,
                },
                Reason {
                    when: &["growth.users"],
                    weight: 2,
                    why: t::SKILL_INFRASTRUCTURE_IF_GROWTH_USERS,
                },
            ],
        },
        Advice {
            id: "skill.architecture",
            title: t::SKILL_ARCHITECTURE,
            text: t::SKILL_ARCHITECTURE_TEXT,
            reasons: &[
                Reason {
                    when: &["stage.scaling"],
                    weight: 9,
                    why: t::SKILL_ARCHITECTURE_IF_STAGE_SCALING,
                },
                Reason {
                    when: &["scaling.distributed"],
                    weight: 3,
                    why: t::SKILL_ARCHITECTURE_IF_SCALING_DISTRIBUTED,
                },
                Reason {
                    when: &["stage.growing"],
                    weight: 9,
                    why: t::SIGNAL_BEYOND_MVP,
                },
                Reason {
                    when: &["stage.mvp"],
                    weight: 2,
                    why: t::SKILL_ARCHITECTURE_IF_STAGE_MVP,
                },
                Reason {
                    when: &["stage.stable"],
                    weight: 2,
                    why: t::SKILL_ARCHITECTURE_IF_STAGE_STABLE,
                },
            ],
        },
    ],
    fallback: "skill.architecture",
    fallback_why: t::SKILLS_FALLBACK_WHY,
    on_tie: None,
};

/// The seniority mix of the hire.
pub const SENIORITY: AdviceGroup = AdviceGroup {
    heading: t::SENIORITY_HEADING,
    advices: &[
        Advice {
            id: "seniority.lead-first",
            title: t::SENIORITY_LEAD_FIRST,
            text: t::SENIORITY_LEAD_FIRST_TEXT,
            reasons: &[
                Reason {
                    when: &["seniority.juniors"],
                    weight: 5,
                    why: t::SENIORITY_LEAD_FIRST_IF_SENIORITY_JUNIORS,
                },
                Reason {
                    when: &["leadership.nobody"],
                    weight: 5,
                    why: t::SIGNAL_NOBODY_DECIDES,
                },
                Reason {
                    when: &["seniority.nobody"],
                    weight: 4,
                    why: t::SENIORITY_LEAD_FIRST_IF_SENIORITY_NOBODY,
                },
                Reason {
                    when: &["leadership.external"],
                    weight: 4,
                    why: t::SENIORITY_LEAD_FIRST_IF_LEADERSHIP_EXTERNAL,
                },
                Reason {
                    when: &["seniority.platform"],
                    weight: 4,
                    why: t::SENIORITY_LEAD_FIRST_IF_SENIORITY_PLATFORM,
                },
                Reason {
                    when: &["leadership.cto", "stage.growing"],
                    weight: 4,
                    why: t::SENIORITY_LEAD_FIRST_IF_LEADERSHIP_CTO_STAGE_GROWING,
                },
                Reason {
                    when: &["leadership.cto", "stage.scaling"],
                    weight: 4,
                    why: t::SENIORITY_LEAD_FIRST_IF_LEADERSHIP_CTO_STAGE_SCALING,
                },
                Reason {
                    when: &["seniority.external"],
                    weight: 3,
                    why: t::SENIORITY_LEAD_FIRST_IF_SENIORITY_EXTERNAL,
                },
            ],
        },
        Advice {
            id: "seniority.add-capacity",
            title: t::SENIORITY_ADD_CAPACITY,
            text: t::SENIORITY_ADD_CAPACITY_TEXT,
            reasons: &[
                Reason {
                    when: &["leadership.lead", "seniority.mixed"],
                    weight: 3,
                    why: t::SENIORITY_ADD_CAPACITY_IF_LEADERSHIP_LEAD_SENIORITY_MIXED,
                },
                Reason {
                    when: &["seniority.mixed"],
                    weight: 2,
                    why: t::SENIORITY_ADD_CAPACITY_IF_SENIORITY_MIXED,
                },
            ],
        },
        Advice {
            id: "seniority.juniors-next",
            title: t::SENIORITY_JUNIORS_NEXT,
            text: t::SENIORITY_JUNIORS_NEXT_TEXT,
            reasons: &[
                Reason {
                    when: &["seniority.seniors"],
                    weight: 3,
                    why: t::SENIORITY_JUNIORS_NEXT_IF_SENIORITY_SENIORS,
                },
                Reason {
                    when: &["leadership.lead"],
                    weight: 1,
                    why: t::SENIORITY_JUNIORS_NEXT_IF_LEADERSHIP_LEAD,
                },
            ],
        },
    ],
    fallback: "seniority.lead-first",
    fallback_why: t::SENIORITY_FALLBACK_WHY,
    on_tie: None,
};

/// The hiring model: in-house, dedicated (outsourced) or hybrid. From the guide:
/// in-house "when long-term product evolution and deep domain knowledge are essential";
/// dedicated "when you need immediate architecture stabilization or specialized skills
/// without long-term headcount commitment", above all with no internal backend
/// leadership; hybrid when long-term evolution and speed both matter, and whenever the
/// answers argue equally for two models (`on_tie`).
pub const MODELS: AdviceGroup = AdviceGroup {
    heading: t::MODELS_HEADING,
    advices: &[
        Advice {
            id: "model.in-house",
            title: t::MODEL_IN_HOUSE,
            text: t::MODEL_IN_HOUSE_TEXT,
            reasons: &[
                Reason {
                    when: &["horizon.evolve", "leadership.lead"],
                    weight: 5,
                    why: t::MODEL_IN_HOUSE_IF_HORIZON_EVOLVE_LEADERSHIP_LEAD,
                },
                Reason {
                    when: &["horizon.evolve", "leadership.cto"],
                    weight: 4,
                    why: t::MODEL_IN_HOUSE_IF_HORIZON_EVOLVE_LEADERSHIP_CTO,
                },
                Reason {
                    when: &["horizon.evolve", "budget.permanent"],
                    weight: 3,
                    why: t::MODEL_IN_HOUSE_IF_HORIZON_EVOLVE_BUDGET_PERMANENT,
                },
                Reason {
                    when: &["budget.permanent"],
                    weight: 2,
                    why: t::MODEL_IN_HOUSE_IF_BUDGET_PERMANENT,
                },
                Reason {
                    when: &["horizon.evolve"],
                    weight: 1,
                    why: t::MODEL_IN_HOUSE_IF_HORIZON_EVOLVE,
                },
            ],
        },
        Advice {
            id: "model.dedicated",
            title: t::MODEL_DEDICATED,
            text: t::MODEL_DEDICATED_TEXT,
            reasons: &[
                Reason {
                    when: &["horizon.stabilise", "leadership.nobody"],
                    weight: 6,
                    why: t::MODEL_DEDICATED_IF_HORIZON_STABILISE_LEADERSHIP_NOBODY,
                },
                Reason {
                    when: &["horizon.stabilise", "leadership.external"],
                    weight: 6,
                    why: t::MODEL_DEDICATED_IF_HORIZON_STABILISE_LEADERSHIP_EXTERNAL,
                },
                Reason {
                    when: &["timeline.weeks", "leadership.nobody"],
                    weight: 5,
                    why: t::MODEL_DEDICATED_IF_TIMELINE_WEEKS_LEADERSHIP_NOBODY,
                },
                Reason {
                    when: &["timeline.weeks", "leadership.external"],
                    weight: 5,
                    why: t::MODEL_DEDICATED_IF_TIMELINE_WEEKS_LEADERSHIP_EXTERNAL,
                },
                Reason {
                    when: &["horizon.stabilise", "budget.project"],
                    weight: 5,
                    why: t::MODEL_DEDICATED_IF_HORIZON_STABILISE_BUDGET_PROJECT,
                },
                Reason {
                    when: &["budget.project"],
                    weight: 2,
                    why: t::MODEL_DEDICATED_IF_BUDGET_PROJECT,
                },
                Reason {
                    when: &["horizon.stabilise"],
                    weight: 1,
                    why: t::MODEL_DEDICATED_IF_HORIZON_STABILISE,
                },
            ],
        },
        Advice {
            id: "model.hybrid",
            title: t::MODEL_HYBRID,
            text: t::MODEL_HYBRID_TEXT,
            reasons: &[
                Reason {
                    when: &["timeline.weeks", "horizon.evolve"],
                    weight: 5,
                    why: t::MODEL_HYBRID_IF_TIMELINE_WEEKS_HORIZON_EVOLVE,
                },
                Reason {
                    when: &["timeline.weeks", "leadership.cto"],
                    weight: 4,
                    why: t::MODEL_HYBRID_IF_TIMELINE_WEEKS_LEADERSHIP_CTO,
                },
                Reason {
                    when: &["horizon.both"],
                    weight: 4,
                    why: t::MODEL_HYBRID_IF_HORIZON_BOTH,
                },
                Reason {
                    when: &["timeline.weeks"],
                    weight: 2,
                    why: t::MODEL_HYBRID_IF_TIMELINE_WEEKS,
                },
            ],
        },
    ],
    fallback: "model.hybrid",
    fallback_why: t::MODELS_FALLBACK_WHY,
    on_tie: Some("model.hybrid"),
};
