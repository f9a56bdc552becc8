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
        advice!("timing.watch", t::TIMING_WATCH, t::TIMING_WATCH_TEXT, []),
        advice!("timing.plan", t::TIMING_PLAN, t::TIMING_PLAN_TEXT, []),
        advice!("timing.now", t::TIMING_NOW, t::TIMING_NOW_TEXT, []),
        advice!("timing.urgent", t::TIMING_URGENT, t::TIMING_URGENT_TEXT, []),
    ],
    fallback: "timing.watch",
    fallback_why: t::TIMING_FALLBACK_WHY,
    on_tie: None,
};

/// Reasons that move the timing one step, from a band that `escalates`: an audit that
/// is due, or a deadline within weeks (the guide's "time to market").
pub const URGENCY: &[Reason] = reasons![
    ["compliance.audit-due"] 5 => t::SIGNAL_AUDIT_DUE;
    ["timeline.weeks"] 4 => t::URGENCY_IF_TIMELINE_WEEKS;
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
        advice!("skill.security", t::SKILL_SECURITY, t::SKILL_SECURITY_TEXT, [
            ["compliance.audit-due"] 10 => t::SIGNAL_AUDIT_DUE;
            ["compliance.ad-hoc"] 4 => t::SIGNAL_CONTROLS_UNREVIEWED;
            ["sensitive.regulated"] 4 => t::SIGNAL_CRITICAL_DATA;
            ["sensitive.payments"] 4 => t::SIGNAL_CRITICAL_DATA;
            ["compliance.partial"] 3 => t::SIGNAL_CONTROLS_UNREVIEWED;
            ["sensitive.personal"] 1 => t::SIGNAL_PERSONAL_DATA;
        ]),
        advice!("skill.data", t::SKILL_DATA, t::SKILL_DATA_TEXT, [
            ["symptoms.bad-data", "data-model.tangled"] 8 => t::SKILL_DATA_IF_SYMPTOMS_BAD_DATA_DATA_MODEL_TANGLED;
            ["symptoms.bad-data"] 5 => t::SKILL_DATA_IF_SYMPTOMS_BAD_DATA;
            ["data-model.tangled"] 4 => t::SIGNAL_DATA_MODEL_STUCK;
            ["data-model.strained"] 3 => t::SIGNAL_DATA_MODEL_STRAINED;
            ["seniority.platform", "growth.data"] 3 => t::SKILL_DATA_IF_SENIORITY_PLATFORM_GROWTH_DATA;
            ["growth.data"] 2 => t::SKILL_DATA_IF_GROWTH_DATA;
        ]),
        advice!("skill.performance", t::SKILL_PERFORMANCE, t::SKILL_PERFORMANCE_TEXT, [
            ["symptoms.slow-apis"] 5 => t::SKILL_PERFORMANCE_IF_SYMPTOMS_SLOW_APIS;
            ["scaling.bigger-server"] 3 => t::SKILL_PERFORMANCE_IF_SCALING_BIGGER_SERVER;
            ["scaling.unknown"] 3 => t::SIGNAL_LOAD_UNKNOWN;
            ["priorities.strategic"] 4 => t::SIGNAL_SCALE_STRATEGIC;
        ]),
        advice!("skill.integrations", t::SKILL_INTEGRATIONS, t::SKILL_INTEGRATIONS_TEXT, [
            ["symptoms.integrations"] 5 => t::SIGNAL_INTEGRATIONS_BREAK;
            ["integration-health.outage"] 7 => t::SKILL_INTEGRATIONS_IF_INTEGRATION_HEALTH_OUTAGE;
            ["integration-health.manual"] 3 => t::SIGNAL_INTEGRATIONS_MANUAL;
            ["growth.integrations"] 2 => t::SKILL_INTEGRATIONS_IF_GROWTH_INTEGRATIONS;
        ]),
        advice!("skill.infrastructure", t::SKILL_INFRASTRUCTURE, t::SKILL_INFRASTRUCTURE_TEXT, [
            ["symptoms.instability"] 5 => t::SIGNAL_INSTABILITY;
            ["scaling.distributed"] 3 => t::SKILL_INFRASTRUCTURE_IF_SCALING_DISTRIBUTED;
            ["growth.users"] 2 => t::SKILL_INFRASTRUCTURE_IF_GROWTH_USERS;
        ]),
        advice!("skill.architecture", t::SKILL_ARCHITECTURE, t::SKILL_ARCHITECTURE_TEXT, [
            ["stage.scaling"] 9 => t::SKILL_ARCHITECTURE_IF_STAGE_SCALING;
            ["scaling.distributed"] 3 => t::SKILL_ARCHITECTURE_IF_SCALING_DISTRIBUTED;
            ["stage.growing"] 9 => t::SIGNAL_BEYOND_MVP;
            ["stage.mvp"] 2 => t::SKILL_ARCHITECTURE_IF_STAGE_MVP;
            ["stage.stable"] 2 => t::SKILL_ARCHITECTURE_IF_STAGE_STABLE;
        ]),
    ],
    fallback: "skill.architecture",
    fallback_why: t::SKILLS_FALLBACK_WHY,
    on_tie: None,
};

/// The seniority mix of the hire.
pub const SENIORITY: AdviceGroup = AdviceGroup {
    heading: t::SENIORITY_HEADING,
    advices: &[
        advice!("seniority.lead-first", t::SENIORITY_LEAD_FIRST, t::SENIORITY_LEAD_FIRST_TEXT, [
            ["seniority.juniors"] 5 => t::SENIORITY_LEAD_FIRST_IF_SENIORITY_JUNIORS;
            ["leadership.nobody"] 5 => t::SIGNAL_NOBODY_DECIDES;
            ["seniority.nobody"] 4 => t::SENIORITY_LEAD_FIRST_IF_SENIORITY_NOBODY;
            ["leadership.external"] 4 => t::SENIORITY_LEAD_FIRST_IF_LEADERSHIP_EXTERNAL;
            ["seniority.platform"] 4 => t::SENIORITY_LEAD_FIRST_IF_SENIORITY_PLATFORM;
            ["leadership.cto", "stage.growing"] 4 => t::SENIORITY_LEAD_FIRST_IF_LEADERSHIP_CTO_STAGE_GROWING;
            ["leadership.cto", "stage.scaling"] 4 => t::SENIORITY_LEAD_FIRST_IF_LEADERSHIP_CTO_STAGE_SCALING;
            ["seniority.external"] 3 => t::SENIORITY_LEAD_FIRST_IF_SENIORITY_EXTERNAL;
        ]),
        advice!("seniority.add-capacity", t::SENIORITY_ADD_CAPACITY, t::SENIORITY_ADD_CAPACITY_TEXT, [
            ["leadership.lead", "seniority.mixed"] 3 => t::SENIORITY_ADD_CAPACITY_IF_LEADERSHIP_LEAD_SENIORITY_MIXED;
            ["seniority.mixed"] 2 => t::SENIORITY_ADD_CAPACITY_IF_SENIORITY_MIXED;
        ]),
        advice!("seniority.juniors-next", t::SENIORITY_JUNIORS_NEXT, t::SENIORITY_JUNIORS_NEXT_TEXT, [
            ["seniority.seniors"] 3 => t::SENIORITY_JUNIORS_NEXT_IF_SENIORITY_SENIORS;
            ["leadership.lead"] 1 => t::SENIORITY_JUNIORS_NEXT_IF_LEADERSHIP_LEAD;
        ]),
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
        advice!("model.in-house", t::MODEL_IN_HOUSE, t::MODEL_IN_HOUSE_TEXT, [
            ["horizon.evolve", "leadership.lead"] 5 => t::MODEL_IN_HOUSE_IF_HORIZON_EVOLVE_LEADERSHIP_LEAD;
            ["horizon.evolve", "leadership.cto"] 4 => t::MODEL_IN_HOUSE_IF_HORIZON_EVOLVE_LEADERSHIP_CTO;
            ["horizon.evolve", "budget.permanent"] 3 => t::MODEL_IN_HOUSE_IF_HORIZON_EVOLVE_BUDGET_PERMANENT;
            ["budget.permanent"] 2 => t::MODEL_IN_HOUSE_IF_BUDGET_PERMANENT;
            ["horizon.evolve"] 1 => t::MODEL_IN_HOUSE_IF_HORIZON_EVOLVE;
        ]),
        advice!("model.dedicated", t::MODEL_DEDICATED, t::MODEL_DEDICATED_TEXT, [
            ["horizon.stabilise", "leadership.nobody"] 6 => t::MODEL_DEDICATED_IF_HORIZON_STABILISE_LEADERSHIP_NOBODY;
            ["horizon.stabilise", "leadership.external"] 6 => t::MODEL_DEDICATED_IF_HORIZON_STABILISE_LEADERSHIP_EXTERNAL;
            ["timeline.weeks", "leadership.nobody"] 5 => t::MODEL_DEDICATED_IF_TIMELINE_WEEKS_LEADERSHIP_NOBODY;
            ["timeline.weeks", "leadership.external"] 5 => t::MODEL_DEDICATED_IF_TIMELINE_WEEKS_LEADERSHIP_EXTERNAL;
            ["horizon.stabilise", "budget.project"] 5 => t::MODEL_DEDICATED_IF_HORIZON_STABILISE_BUDGET_PROJECT;
            ["budget.project"] 2 => t::MODEL_DEDICATED_IF_BUDGET_PROJECT;
            ["horizon.stabilise"] 1 => t::MODEL_DEDICATED_IF_HORIZON_STABILISE;
        ]),
        advice!("model.hybrid", t::MODEL_HYBRID, t::MODEL_HYBRID_TEXT, [
            ["timeline.weeks", "horizon.evolve"] 5 => t::MODEL_HYBRID_IF_TIMELINE_WEEKS_HORIZON_EVOLVE;
            ["timeline.weeks", "leadership.cto"] 4 => t::MODEL_HYBRID_IF_TIMELINE_WEEKS_LEADERSHIP_CTO;
            ["horizon.both"] 4 => t::MODEL_HYBRID_IF_HORIZON_BOTH;
            ["timeline.weeks"] 2 => t::MODEL_HYBRID_IF_TIMELINE_WEEKS;
        ]),
    ],
    fallback: "model.hybrid",
    fallback_why: t::MODELS_FALLBACK_WHY,
    on_tie: Some("model.hybrid"),
};
