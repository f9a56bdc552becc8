//! The signals the verdict reads, written once for every locale: each names the answers
//! that raise it and how severe it is. The band follows the strongest signals (see
//! `crate::quiz::verdict`); the texts come from the build's locale table.
//!
//! Every signal traces back to the hiring guide; the doc comment on each says where.
//! The guide's test is "one or more of the following" (moving beyond the MVP,
//! scalability as a strategic priority, security and compliance critical, integrations
//! required), and its stance is to hire early: the symptoms hiring usually waits for
//! (slow APIs, unreliable data, instability, painful integrations) mean the architecture
//! may already be compromised, so one of them is enough to hire now.

use super::{Severity, Signal};
use crate::content::active::quiz as t;
use Severity::{Critical, Moderate, Note, Severe};

// Critical: the risk is acute now; the band is the most urgent one.

/// Outages together with wrong data: customers see both failures at once, the
/// instability and unreliable data the guide names as the late symptoms.
pub const OUTAGES_AND_BAD_DATA: Signal = Signal {
    id: "outages-and-bad-data",
    severity: Critical,
    triggers: &[&["symptoms.instability", "symptoms.bad-data"]],
    why: t::SIGNAL_OUTAGES_AND_BAD_DATA,
};

/// A surfaced symptom with a deadline within weeks: "time to market" decides the
/// model, and a normal search cannot finish before the deadline.
pub const DEADLINE_WITH_SYMPTOMS: Signal = Signal {
    id: "deadline-with-symptoms",
    severity: Critical,
    triggers: &[
        &["timeline.weeks", "symptoms.slow-apis"],
        &["timeline.weeks", "symptoms.bad-data"],
        &["timeline.weeks", "symptoms.instability"],
        &["timeline.weeks", "symptoms.integrations"],
        &["timeline.weeks", "integration-health.outage"],
        &["timeline.weeks", "compliance.audit-due"],
    ],
    why: t::SIGNAL_DEADLINE_WITH_SYMPTOMS,
};

// Severe: one is enough to hire now.

/// "Backend hiring often gets delayed until something breaks: slow APIs, ...".
pub const SLOW_APIS: Signal = Signal {
    id: "slow-apis",
    severity: Severe,
    triggers: &[&["symptoms.slow-apis"]],
    why: t::SIGNAL_SLOW_APIS,
};

/// "... unreliable data ..."; and "backend systems often fail at the database level".
pub const BAD_DATA: Signal = Signal {
    id: "bad-data",
    severity: Severe,
    triggers: &[&["symptoms.bad-data"]],
    why: t::SIGNAL_BAD_DATA,
};

/// "... system instability ...".
pub const INSTABILITY: Signal = Signal {
    id: "instability",
    severity: Severe,
    triggers: &[&["symptoms.instability"]],
    why: t::SIGNAL_INSTABILITY,
};

/// "... or painful integrations"; without integration skill "systems become fragile
/// and difficult to extend".
pub const INTEGRATIONS_BREAK: Signal = Signal {
    id: "integrations-break",
    severity: Severe,
    triggers: &[&["symptoms.integrations"], &["integration-health.outage"]],
    why: t::SIGNAL_INTEGRATIONS_BREAK,
};

/// Mistake 2: "data relationships often outgrow initial assumptions", ending in
/// "poorly structured data and stagnating performance".
pub const DATA_MODEL_STUCK: Signal = Signal {
    id: "data-model-stuck",
    severity: Severe,
    triggers: &[&["data-model.tangled"]],
    why: t::SIGNAL_DATA_MODEL_STUCK,
};

/// "Security and compliance are critical": auditing and compliance controls are
/// backend work, and an audit that is due cannot wait for a later hire.
pub const AUDIT_DUE: Signal = Signal {
    id: "audit-due",
    severity: Severe,
    triggers: &[&["compliance.audit-due"]],
    why: t::SIGNAL_AUDIT_DUE,
};

/// Payments or regulated workflows with nobody owning security: the guide calls
/// backend expertise "essential" there.
pub const CRITICAL_DATA_UNOWNED: Signal = Signal {
    id: "critical-data-unowned",
    severity: Severe,
    triggers: &[
        &["sensitive.payments", "compliance.ad-hoc"],
        &["sensitive.regulated", "compliance.ad-hoc"],
    ],
    why: t::SIGNAL_CRITICAL_DATA_UNOWNED,
};

/// Mistake 3: "growth requires leadership in design and architecture"; growing with
/// nobody owning the design lets the system become "tangled and brittle".
pub const GROWING_WITHOUT_LEAD: Signal = Signal {
    id: "growing-without-lead",
    severity: Severe,
    triggers: &[
        &["leadership.nobody", "stage.growing"],
        &["leadership.nobody", "stage.scaling"],
    ],
    why: t::SIGNAL_GROWING_WITHOUT_LEAD,
};

// Moderate: one means prepare the hire now; three together mean hire now.

/// Guide signal 1, "You're moving beyond MVP": users, data or integrations grow.
pub const BEYOND_MVP: Signal = Signal {
    id: "beyond-mvp",
    severity: Moderate,
    triggers: &[
        &["stage.growing"],
        &["stage.scaling"],
        &["growth.users"],
        &["growth.data"],
        &["growth.integrations"],
    ],
    why: t::SIGNAL_BEYOND_MVP,
};

/// Guide signal 2, "Scalability and performance are strategic priorities".
pub const SCALE_STRATEGIC: Signal = Signal {
    id: "scale-strategic",
    severity: Moderate,
    triggers: &[&["priorities.strategic"]],
    why: t::SIGNAL_SCALE_STRATEGIC,
};

/// Nobody knows how the system would cope with more load: the bottlenecks a
/// backend engineer should "identify before they occur" are unknown.
pub const LOAD_UNKNOWN: Signal = Signal {
    id: "load-unknown",
    severity: Moderate,
    triggers: &[&["scaling.unknown"]],
    why: t::SIGNAL_LOAD_UNKNOWN,
};

/// Guide signal 3, "Security and compliance are critical": financial transactions
/// and regulated workflows make backend expertise essential.
pub const CRITICAL_DATA: Signal = Signal {
    id: "critical-data",
    severity: Moderate,
    triggers: &[&["sensitive.payments"], &["sensitive.regulated"]],
    why: t::SIGNAL_CRITICAL_DATA,
};

/// Sensitive data whose controls nobody owns or reviews: "encryption,
/// authorization, auditing, and compliance controls" need an owner.
pub const CONTROLS_UNREVIEWED: Signal = Signal {
    id: "controls-unreviewed",
    severity: Moderate,
    triggers: &[&["compliance.partial"], &["compliance.ad-hoc"]],
    why: t::SIGNAL_CONTROLS_UNREVIEWED,
};

/// The data model bends under workarounds: the early stage of mistake 2.
pub const DATA_MODEL_STRAINED: Signal = Signal {
    id: "data-model-strained",
    severity: Moderate,
    triggers: &[&["data-model.strained"]],
    why: t::SIGNAL_DATA_MODEL_STRAINED,
};

/// Guide signal 4: integrations must work "reliably"; failures patched by hand
/// are the fragility it warns of.
pub const INTEGRATIONS_MANUAL: Signal = Signal {
    id: "integrations-manual",
    severity: Moderate,
    triggers: &[&["integration-health.manual"]],
    why: t::SIGNAL_INTEGRATIONS_MANUAL,
};

/// Mistake 3 again: only juniors, or nobody dedicated, while the product grows.
pub const GROWING_WITHOUT_SENIORS: Signal = Signal {
    id: "growing-without-seniors",
    severity: Moderate,
    triggers: &[
        &["seniority.juniors", "stage.growing"],
        &["seniority.juniors", "stage.scaling"],
        &["seniority.nobody", "stage.growing"],
        &["seniority.nobody", "stage.scaling"],
        &["leadership.external", "stage.growing"],
        &["leadership.external", "stage.scaling"],
    ],
    why: t::SIGNAL_GROWING_WITHOUT_SENIORS,
};

/// A no-code tool or hosted backend with growth: the "short-term solutions" the
/// guide says a real backend must outgrow.
pub const PLATFORM_OUTGROWN: Signal = Signal {
    id: "platform-outgrown",
    severity: Moderate,
    triggers: &[
        &["seniority.platform", "stage.growing"],
        &["seniority.platform", "stage.scaling"],
        &["seniority.platform", "growth.users"],
        &["seniority.platform", "growth.data"],
        &["seniority.platform", "growth.integrations"],
    ],
    why: t::SIGNAL_PLATFORM_OUTGROWN,
};

/// Nobody owns backend decisions, even before growth: nothing breaks yet, but the
/// first design choices are made by default.
pub const NOBODY_DECIDES: Signal = Signal {
    id: "nobody-decides",
    severity: Moderate,
    triggers: &[&["leadership.nobody"]],
    why: t::SIGNAL_NOBODY_DECIDES,
};

// Notes: worth watching; they shape the advice, not the band.

/// Personal data: security-first engineering matters from the start.
pub const PERSONAL_DATA: Signal = Signal {
    id: "personal-data",
    severity: Note,
    triggers: &[&["sensitive.personal"]],
    why: t::SIGNAL_PERSONAL_DATA,
};

/// Design decisions rest with a non-specialist or with outsiders: "internal
/// technical leadership" shapes which hiring model fits.
pub const NO_BACKEND_LEAD: Signal = Signal {
    id: "no-backend-lead",
    severity: Note,
    triggers: &[
        &["leadership.cto"],
        &["leadership.external"],
        &["seniority.external"],
        &["seniority.platform"],
    ],
    why: t::SIGNAL_NO_BACKEND_LEAD,
};

/// Every signal, most severe first; equally severe ones in this order.
pub const SIGNALS: &[Signal] = &[
    OUTAGES_AND_BAD_DATA,
    DEADLINE_WITH_SYMPTOMS,
    SLOW_APIS,
    BAD_DATA,
    INSTABILITY,
    INTEGRATIONS_BREAK,
    DATA_MODEL_STUCK,
    AUDIT_DUE,
    CRITICAL_DATA_UNOWNED,
    GROWING_WITHOUT_LEAD,
    BEYOND_MVP,
    SCALE_STRATEGIC,
    LOAD_UNKNOWN,
    CRITICAL_DATA,
    CONTROLS_UNREVIEWED,
    DATA_MODEL_STRAINED,
    INTEGRATIONS_MANUAL,
    GROWING_WITHOUT_SENIORS,
    PLATFORM_OUTGROWN,
    NOBODY_DECIDES,
    PERSONAL_DATA,
    NO_BACKEND_LEAD,
];
