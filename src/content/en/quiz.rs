//! The readiness quiz in English: areas, questions, answers and their points, branching
//! conditions, bands, and the recommendation texts. Every locale has the same items with
//! the same ids, points and conditions; only the texts differ.

use crate::content::quiz::{
    answer, none_of_these, pts, Advice, AdviceGroup, Area, Band, Condition, Kind, Question, Reason,
    DATA, INTEGRATIONS, SCALE, SECURITY, TEAM,
};

/// The scored areas, in display order.
pub const AREAS: &[Area] = &[
    Area {
        id: SCALE,
        label: "Scale, performance and reliability",
        pressure_why: "Most of the pressure comes from load, speed and stability, which \
                       users notice first.",
    },
    Area {
        id: DATA,
        label: "Data",
        pressure_why: "Most of the pressure comes from your data, and data mistakes get \
                       more expensive to undo every month.",
    },
    Area {
        id: SECURITY,
        label: "Security and compliance",
        pressure_why: "Most of the pressure comes from security and compliance, where a \
                       gap can cost customers and fines.",
    },
    Area {
        id: INTEGRATIONS,
        label: "Integrations",
        pressure_why: "Most of the pressure comes from integrations, which get harder to \
                       untangle with each new connection.",
    },
    Area {
        id: TEAM,
        label: "Team and leadership",
        pressure_why: "Most of the pressure comes from the team: nobody in-house yet owns \
                       the backend's design.",
    },
];

/// The questions, in the order they are asked.
pub const QUESTIONS: &[Question] = &[
    Question {
        id: "stage",
        prompt: "Where is your product today?",
        hint: "Pick the stage that fits best.",
        kind: Kind::Single,
        answers: &[
            answer("stage.idea", "A prototype, or not launched yet", &[]),
            answer(
                "stage.mvp",
                "An MVP with its first real users",
                &[pts(SCALE, 1)],
            ),
            answer(
                "stage.growing",
                "Past the MVP and growing",
                &[pts(SCALE, 2), pts(DATA, 1)],
            ),
            answer(
                "stage.scaling",
                "Established and scaling fast",
                &[pts(SCALE, 3), pts(DATA, 2), pts(INTEGRATIONS, 1)],
            ),
        ],
        shown_if: None,
    },
    Question {
        id: "growth",
        prompt: "What has grown noticeably over the last six months?",
        hint: "Choose all that apply.",
        kind: Kind::Multi,
        answers: &[
            answer("growth.users", "Users and traffic", &[pts(SCALE, 2)]),
            answer(
                "growth.data",
                "The amount of data we store",
                &[pts(DATA, 2)],
            ),
            answer(
                "growth.integrations",
                "The number of integrations and business rules",
                &[pts(INTEGRATIONS, 2)],
            ),
            none_of_these("growth.none", "None of these"),
        ],
        shown_if: None,
    },
    Question {
        id: "symptoms",
        prompt: "Which of these have you run into in the last three months?",
        hint: "Choose all that apply.",
        kind: Kind::Multi,
        answers: &[
            answer(
                "symptoms.slow-apis",
                "Slow API responses or timeouts",
                &[pts(SCALE, 3)],
            ),
            answer(
                "symptoms.bad-data",
                "Data that is wrong, duplicated or out of sync",
                &[pts(DATA, 3)],
            ),
            answer(
                "symptoms.instability",
                "Outages, failed deployments or late-night incidents",
                &[pts(SCALE, 2), pts(TEAM, 1)],
            ),
            answer(
                "symptoms.integrations",
                "Integrations that break, or take weeks to change",
                &[pts(INTEGRATIONS, 3)],
            ),
            none_of_these("symptoms.none", "None of these"),
        ],
        shown_if: None,
    },
    Question {
        id: "priorities",
        prompt: "How central are scale and performance to your next twelve months?",
        hint: "Think of your product plans, not of today's load.",
        kind: Kind::Single,
        answers: &[
            answer("priorities.low", "Not a priority: our load is modest", &[]),
            answer(
                "priorities.some",
                "Important, but not make-or-break",
                &[pts(SCALE, 1)],
            ),
            answer(
                "priorities.strategic",
                "Strategic: our growth plans depend on them",
                &[pts(SCALE, 3)],
            ),
        ],
        shown_if: None,
    },
    Question {
        id: "scaling",
        prompt: "When load grows, what do you do today?",
        hint: "Pick the closest match.",
        kind: Kind::Single,
        answers: &[
            answer(
                "scaling.not-needed",
                "Nothing so far: load has never been a concern",
                &[],
            ),
            answer(
                "scaling.caching",
                "We cache and add servers behind a load balancer",
                &[pts(SCALE, 1)],
            ),
            answer(
                "scaling.bigger-server",
                "We move to a bigger server",
                &[pts(SCALE, 2)],
            ),
            answer(
                "scaling.distributed",
                "We run, or are moving to, microservices or event streaming",
                &[pts(SCALE, 2)],
            ),
            answer(
                "scaling.unknown",
                "We don't know how the system would cope",
                &[pts(SCALE, 3)],
            ),
        ],
        shown_if: None,
    },
    Question {
        id: "sensitive",
        prompt: "What does your product handle?",
        hint: "Choose all that apply.",
        kind: Kind::Multi,
        answers: &[
            answer(
                "sensitive.personal",
                "Personal data about users",
                &[pts(SECURITY, 2)],
            ),
            answer(
                "sensitive.payments",
                "Payments or other financial transactions",
                &[pts(SECURITY, 3)],
            ),
            answer(
                "sensitive.regulated",
                "Workflows in a regulated industry, such as health, finance or insurance",
                &[pts(SECURITY, 3)],
            ),
            none_of_these("sensitive.none", "None of these"),
        ],
        shown_if: None,
    },
    Question {
        id: "compliance",
        prompt: "How are security and compliance handled today?",
        hint: "Encryption, access control, audit trails and the like.",
        kind: Kind::Single,
        answers: &[
            answer(
                "compliance.reviewed",
                "Controls are in place and reviewed regularly",
                &[],
            ),
            answer(
                "compliance.partial",
                "Some controls exist, but nobody reviews them",
                &[pts(SECURITY, 2)],
            ),
            answer(
                "compliance.ad-hoc",
                "Case by case: nobody owns it",
                &[pts(SECURITY, 3)],
            ),
            answer(
                "compliance.audit-due",
                "An audit or certification is coming and we are not ready",
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
        prompt: "Which systems does your backend exchange data with?",
        hint: "Choose all that apply.",
        kind: Kind::Multi,
        answers: &[
            answer(
                "integrations.databases",
                "More than one database",
                &[pts(DATA, 1), pts(INTEGRATIONS, 1)],
            ),
            answer(
                "integrations.third-party",
                "Third-party APIs, such as payments, messaging or maps",
                &[pts(INTEGRATIONS, 2)],
            ),
            answer(
                "integrations.analytics",
                "Analytics tools or a data warehouse",
                &[pts(DATA, 1), pts(INTEGRATIONS, 1)],
            ),
            answer(
                "integrations.crm",
                "A CRM or an ERP",
                &[pts(INTEGRATIONS, 2)],
            ),
            answer(
                "integrations.cloud",
                "Cloud services, such as storage, queues or identity",
                &[pts(INTEGRATIONS, 1)],
            ),
            none_of_these("integrations.none", "None: it stands alone"),
        ],
        shown_if: None,
    },
    Question {
        id: "integration-health",
        prompt: "When a connected system changes or slows down, what happens?",
        hint: "Think of the last time it happened.",
        kind: Kind::Single,
        answers: &[
            answer(
                "integration-health.contained",
                "It stays contained: timeouts, retries, versioned contracts and alerts",
                &[],
            ),
            answer(
                "integration-health.manual",
                "Someone notices and patches it by hand",
                &[pts(INTEGRATIONS, 2)],
            ),
            answer(
                "integration-health.outage",
                "Features break for users until it is fixed",
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
        prompt: "How well does your data model fit the product today?",
        hint: "Your tables or collections and how they relate.",
        kind: Kind::Single,
        answers: &[
            answer(
                "data-model.solid",
                "Well: it was designed for growth and changes are routine",
                &[],
            ),
            answer(
                "data-model.strained",
                "Queries slow down and workarounds pile up",
                &[pts(DATA, 2)],
            ),
            answer(
                "data-model.tangled",
                "Nobody dares to change it, and reports disagree",
                &[pts(DATA, 3)],
            ),
        ],
        shown_if: None,
    },
    Question {
        id: "leadership",
        prompt: "Who makes backend architecture decisions in your company?",
        hint: "The person whose call it is, not who types the code.",
        kind: Kind::Single,
        answers: &[
            answer(
                "leadership.lead",
                "A senior backend engineer or architect on our staff",
                &[],
            ),
            answer(
                "leadership.cto",
                "A CTO or founder who is not a backend specialist",
                &[pts(TEAM, 2)],
            ),
            answer(
                "leadership.external",
                "An agency or freelancers decide for us",
                &[pts(TEAM, 3)],
            ),
            answer("leadership.nobody", "Nobody in particular", &[pts(TEAM, 4)]),
        ],
        shown_if: None,
    },
    Question {
        id: "seniority",
        prompt: "Who writes your backend code today?",
        hint: "Pick the closest match.",
        kind: Kind::Single,
        answers: &[
            answer("seniority.seniors", "Mostly senior engineers", &[]),
            answer(
                "seniority.mixed",
                "A mix that includes at least one senior",
                &[pts(TEAM, 1)],
            ),
            answer(
                "seniority.juniors",
                "Junior or mid-level engineers only",
                &[pts(TEAM, 3)],
            ),
            answer(
                "seniority.external",
                "An agency or freelancers",
                &[pts(TEAM, 2)],
            ),
            answer(
                "seniority.nobody",
                "Nobody dedicated: full-stack or frontend developers fill in",
                &[pts(TEAM, 3)],
            ),
        ],
        shown_if: None,
    },
    Question {
        id: "timeline",
        prompt: "How soon must backend improvements reach your users?",
        hint: "Your time to market.",
        kind: Kind::Single,
        answers: &[
            answer(
                "timeline.weeks",
                "Within weeks: a launch, a deal or a deadline depends on it",
                &[],
            ),
            answer("timeline.quarter", "Within the next quarter", &[]),
            answer("timeline.year", "This year, with no hard date", &[]),
        ],
        shown_if: None,
    },
    Question {
        id: "horizon",
        prompt: "What matters most for your backend over the next two years?",
        hint: "Your strategic priority.",
        kind: Kind::Single,
        answers: &[
            answer(
                "horizon.stabilise",
                "Stabilising what we have, quickly",
                &[],
            ),
            answer(
                "horizon.evolve",
                "Evolving the product for years, with deep domain knowledge in-house",
                &[],
            ),
            answer("horizon.both", "Both, about equally", &[]),
        ],
        shown_if: None,
    },
    Question {
        id: "budget",
        prompt: "What can you commit to for backend work?",
        hint: "Budget and headcount.",
        kind: Kind::Single,
        answers: &[
            answer(
                "budget.permanent",
                "Permanent headcount for at least one backend role",
                &[],
            ),
            answer(
                "budget.project",
                "A project budget, without new permanent headcount",
                &[],
            ),
            answer("budget.undecided", "Not decided yet", &[]),
        ],
        shown_if: None,
    },
];

/// Bands in ascending order of `min_score`; the first starts at 0.
pub const BANDS: &[Band] = &[
    Band {
        id: "not-yet",
        label: "Not yet",
        min_score: 0,
        summary: "Your current backend carries the product for now. Keep an eye on the \
                  signals below as you grow.",
        timing_step: 0,
        why: "Few of your answers point to backend strain or risk.",
    },
    Band {
        id: "prepare",
        label: "Prepare",
        min_score: 25,
        summary: "The first signs of backend strain are showing. Plan the hire before \
                  they turn into incidents.",
        timing_step: 1,
        why: "Some signals are showing, but none is pressing yet.",
    },
    Band {
        id: "hire-now",
        label: "Hire now",
        min_score: 50,
        summary: "Your product has outgrown its backend in several places. A backend \
                  engineer would pay off now.",
        timing_step: 2,
        why: "Several areas already show the strain that backend expertise relieves.",
    },
    Band {
        id: "urgent",
        label: "Urgent",
        min_score: 75,
        summary: "The backend is holding the product back and the risk is growing. Act \
                  this month.",
        timing_step: 3,
        why: "Strong signals across several areas show the backend is at its limit.",
    },
];

/// When to hire, from the calmest to the most urgent step.
pub const TIMING: AdviceGroup = AdviceGroup {
    heading: "When to hire",
    advices: &[
        Advice {
            id: "timing.watch",
            title: "Not yet: watch the signals",
            text: "Your setup is enough for today. Take this check again when users, data \
                   or integrations grow, or when the first symptoms show up.",
            reasons: &[],
        },
        Advice {
            id: "timing.plan",
            title: "Plan the hire within six months",
            text: "Write the role now and start the search within a few months, before \
                   fixes become emergencies.",
            reasons: &[],
        },
        Advice {
            id: "timing.now",
            title: "Start hiring now",
            text: "Open the role now. A good backend search takes weeks, and every month \
                   of delay adds work to undo.",
            reasons: &[],
        },
        Advice {
            id: "timing.urgent",
            title: "Hire now and get interim help",
            text: "Open the role today and bring in experienced backend help for the \
                   weeks the search takes.",
            reasons: &[],
        },
    ],
    fallback: "timing.watch",
    fallback_why: "Few of your answers point to backend strain or risk.",
};

/// Signals that move the timing one step towards urgent.
pub const URGENCY: &[Reason] = &[
    Reason {
        when: &["compliance.audit-due"],
        weight: 5,
        why: "An audit is coming and your controls are not ready for it.",
    },
    Reason {
        when: &["timeline.weeks"],
        weight: 4,
        why: "A deadline within weeks leaves no room to let backend problems wait.",
    },
    Reason {
        when: &["symptoms.instability", "symptoms.bad-data"],
        weight: 3,
        why: "Outages together with unreliable data put customers' trust at risk now.",
    },
];

/// The skills to prioritise in the hire, ranked by the strongest matching reason.
pub const SKILLS: AdviceGroup = AdviceGroup {
    heading: "Skills to prioritise",
    advices: &[
        Advice {
            id: "skill.security",
            title: "Security-first engineering and auditing",
            text: "Encryption, authentication and authorisation, input validation, audit \
                   trails and compliance controls built in from the start, not bolted on.",
            reasons: &[
                Reason {
                    when: &["compliance.audit-due"],
                    weight: 6,
                    why: "An audit is coming and your controls are not ready.",
                },
                Reason {
                    when: &["compliance.ad-hoc"],
                    weight: 4,
                    why: "Security and compliance are handled case by case, with no owner.",
                },
                Reason {
                    when: &["sensitive.regulated"],
                    weight: 4,
                    why: "You run workflows in a regulated industry.",
                },
                Reason {
                    when: &["sensitive.payments"],
                    weight: 4,
                    why: "You handle payments or other financial transactions.",
                },
                Reason {
                    when: &["compliance.partial"],
                    weight: 3,
                    why: "Your security controls exist, but nobody reviews them.",
                },
                Reason {
                    when: &["sensitive.personal"],
                    weight: 2,
                    why: "You store personal data about your users.",
                },
            ],
        },
        Advice {
            id: "skill.data",
            title: "Database modelling, transactions and consistency",
            text: "Schema design that survives growth, SQL and NoSQL trade-offs, indexing, \
                   and transactions with ACID guarantees.",
            reasons: &[
                Reason {
                    when: &["symptoms.bad-data"],
                    weight: 5,
                    why: "Wrong or out-of-sync data points to weak transactions and modelling.",
                },
                Reason {
                    when: &["data-model.tangled"],
                    weight: 4,
                    why: "Your schema has become too risky to change.",
                },
                Reason {
                    when: &["data-model.strained"],
                    weight: 3,
                    why: "Your data model is bending under workarounds.",
                },
                Reason {
                    when: &["growth.data"],
                    weight: 2,
                    why: "Your data volume is growing fast.",
                },
            ],
        },
        Advice {
            id: "skill.performance",
            title: "Caching and query optimisation",
            text: "Profiling before guessing, caches where they pay off, tuned queries and \
                   indexes, and knowing when to scale up and when to scale out.",
            reasons: &[
                Reason {
                    when: &["symptoms.slow-apis"],
                    weight: 5,
                    why: "Slow API responses usually trace back to missing caches and \
                          unoptimised queries.",
                },
                Reason {
                    when: &["scaling.bigger-server"],
                    weight: 3,
                    why: "Moving to a bigger server is a limit you will eventually hit.",
                },
                Reason {
                    when: &["scaling.unknown"],
                    weight: 3,
                    why: "Nobody knows how your system would cope with more load.",
                },
                Reason {
                    when: &["priorities.strategic"],
                    weight: 2,
                    why: "Your growth plans rest on performance.",
                },
            ],
        },
        Advice {
            id: "skill.integrations",
            title: "API design and robust integrations",
            text: "Clear REST or GraphQL APIs, versioning, rate limits, secure \
                   authentication, and third-party integrations that fail gracefully.",
            reasons: &[
                Reason {
                    when: &["symptoms.integrations"],
                    weight: 5,
                    why: "Your integrations break or take weeks to change.",
                },
                Reason {
                    when: &["integration-health.outage"],
                    weight: 4,
                    why: "A slow or changed partner system breaks features for your users.",
                },
                Reason {
                    when: &["integration-health.manual"],
                    weight: 3,
                    why: "Integration failures are found and patched by hand.",
                },
                Reason {
                    when: &["growth.integrations"],
                    weight: 2,
                    why: "The number of integrations and business rules keeps growing.",
                },
            ],
        },
        Advice {
            id: "skill.infrastructure",
            title: "Cloud infrastructure, CI/CD and monitoring",
            text: "Automated builds and deployments, containers, monitoring and alerting \
                   on a cloud platform, so that releases stop being risky.",
            reasons: &[
                Reason {
                    when: &["symptoms.instability"],
                    weight: 5,
                    why: "You see outages, failed deployments or incidents.",
                },
                Reason {
                    when: &["scaling.distributed"],
                    weight: 3,
                    why: "Microservices and event streaming need solid deployment and \
                          monitoring.",
                },
                Reason {
                    when: &["growth.users"],
                    weight: 2,
                    why: "Your traffic is growing and the infrastructure has to keep up.",
                },
            ],
        },
        Advice {
            id: "skill.architecture",
            title: "System design and scalability",
            text: "Judgment on monolithic versus distributed designs, clear API boundaries, \
                   modular growth, and bottlenecks spotted before they bite.",
            reasons: &[
                Reason {
                    when: &["stage.scaling"],
                    weight: 3,
                    why: "Your product is scaling fast and its architecture must keep pace.",
                },
                Reason {
                    when: &["scaling.distributed"],
                    weight: 3,
                    why: "Splitting into services or streams is an architecture decision \
                          with lasting trade-offs.",
                },
                Reason {
                    when: &["stage.growing"],
                    weight: 2,
                    why: "Your product has moved beyond its MVP.",
                },
            ],
        },
    ],
    fallback: "skill.architecture",
    fallback_why: "No single pain point stands out, so broad architecture judgment is the \
                   best first skill.",
};

/// The seniority mix of the hire.
pub const SENIORITY: AdviceGroup = AdviceGroup {
    heading: "Seniority mix",
    advices: &[
        Advice {
            id: "seniority.lead-first",
            title: "A senior or lead engineer first, juniors later",
            text: "Start with a senior backend engineer who can own design and \
                   architecture, then add juniors they can guide. Growing with juniors \
                   alone tends to set early mistakes in stone.",
            reasons: &[
                Reason {
                    when: &["seniority.juniors"],
                    weight: 5,
                    why: "Only juniors write your backend, and growth needs someone who \
                          owns its design.",
                },
                Reason {
                    when: &["leadership.nobody"],
                    weight: 5,
                    why: "Nobody in your company owns backend architecture decisions.",
                },
                Reason {
                    when: &["seniority.nobody"],
                    weight: 4,
                    why: "Nobody on your team works on the backend full time.",
                },
                Reason {
                    when: &["leadership.external"],
                    weight: 4,
                    why: "Your architecture decisions are made outside the company.",
                },
                Reason {
                    when: &["seniority.external"],
                    weight: 3,
                    why: "Your backend knowledge sits with an outside party.",
                },
            ],
        },
        Advice {
            id: "seniority.add-capacity",
            title: "A mid-level or senior engineer beside your lead",
            text: "Your lead can guide the next hire. A mid-level or senior engineer adds \
                   capacity without spreading that lead too thin.",
            reasons: &[
                Reason {
                    when: &["leadership.lead", "seniority.mixed"],
                    weight: 3,
                    why: "You already have a backend lead and a mixed team.",
                },
                Reason {
                    when: &["seniority.mixed"],
                    weight: 2,
                    why: "Your team already includes a senior engineer.",
                },
            ],
        },
        Advice {
            id: "seniority.juniors-next",
            title: "Juniors under your seniors",
            text: "Your senior engineers can mentor. Junior support around them adds \
                   capacity at lower cost and grows your future seniors.",
            reasons: &[
                Reason {
                    when: &["seniority.seniors"],
                    weight: 3,
                    why: "Your backend team is already senior-heavy.",
                },
                Reason {
                    when: &["leadership.lead"],
                    weight: 1,
                    why: "A senior engineer already owns your backend architecture.",
                },
            ],
        },
    ],
    fallback: "seniority.lead-first",
    fallback_why: "Without a clear picture of your team, a senior hire is the safer first \
                   step.",
};

/// The hiring model: in-house, dedicated (outsourced) or hybrid.
pub const MODELS: AdviceGroup = AdviceGroup {
    heading: "Hiring model",
    advices: &[
        Advice {
            id: "model.in-house",
            title: "Build in-house",
            text: "Hire permanent backend engineers who learn your domain and own the \
                   architecture for years.",
            reasons: &[
                Reason {
                    when: &["horizon.evolve", "leadership.lead"],
                    weight: 5,
                    why: "Long-term evolution matters most to you, and a backend lead can \
                          grow the team.",
                },
                Reason {
                    when: &["horizon.evolve", "leadership.cto"],
                    weight: 4,
                    why: "Long-term evolution matters most to you, and your CTO can anchor \
                          an in-house team.",
                },
                Reason {
                    when: &["horizon.evolve", "budget.permanent"],
                    weight: 3,
                    why: "You plan for years and can commit permanent headcount.",
                },
                Reason {
                    when: &["budget.permanent"],
                    weight: 2,
                    why: "You can commit permanent headcount for backend work.",
                },
                Reason {
                    when: &["horizon.evolve"],
                    weight: 1,
                    why: "Long-term product evolution needs domain knowledge in-house.",
                },
            ],
        },
        Advice {
            id: "model.dedicated",
            title: "Bring in a dedicated backend team",
            text: "Engage experienced backend specialists, a dedicated team or contractors, \
                   to stabilise the architecture fast without long-term headcount.",
            reasons: &[
                Reason {
                    when: &["timeline.weeks", "leadership.nobody"],
                    weight: 5,
                    why: "You need results within weeks and have nobody in-house to steer \
                          a new hire.",
                },
                Reason {
                    when: &["timeline.weeks", "leadership.external"],
                    weight: 5,
                    why: "You need results within weeks and your backend is already \
                          steered from outside.",
                },
                Reason {
                    when: &["horizon.stabilise", "budget.project"],
                    weight: 4,
                    why: "You want quick stabilisation on a project budget, without new \
                          headcount.",
                },
                Reason {
                    when: &["horizon.stabilise", "leadership.nobody"],
                    weight: 4,
                    why: "You want quick stabilisation and nobody in-house owns the backend.",
                },
                Reason {
                    when: &["budget.project"],
                    weight: 2,
                    why: "Your budget is for a project, not for permanent headcount.",
                },
                Reason {
                    when: &["horizon.stabilise"],
                    weight: 1,
                    why: "Your priority is stabilising what you have.",
                },
            ],
        },
        Advice {
            id: "model.hybrid",
            title: "Hybrid: specialists now, in-house over time",
            text: "Let experienced specialists stabilise the critical parts while you \
                   recruit in-house, then hand the knowledge over deliberately.",
            reasons: &[
                Reason {
                    when: &["timeline.weeks", "horizon.evolve"],
                    weight: 4,
                    why: "You need speed now and long-term ownership later.",
                },
                Reason {
                    when: &["timeline.weeks", "leadership.cto"],
                    weight: 4,
                    why: "You need results within weeks, and your CTO can lead the \
                          handover to an in-house team.",
                },
                Reason {
                    when: &["horizon.both"],
                    weight: 2,
                    why: "Stabilising now and evolving for years matter equally to you.",
                },
                Reason {
                    when: &["timeline.weeks"],
                    weight: 2,
                    why: "Your deadline is closer than a typical backend search takes.",
                },
            ],
        },
    ],
    fallback: "model.hybrid",
    fallback_why: "Your answers do not favour one model, so start with a mix you can shift \
                   as needs settle.",
};

/// Labels the result screen shows.
pub const RESULT_SCORE_LABEL: &str = "Backend hiring pressure";
pub const RESULT_AREAS_HEADING: &str = "By area";
pub const RESULT_AREA_NOT_SCORED: &str = "Not scored: no answers here";
