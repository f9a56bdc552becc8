//! The candidate scorecard in English: competencies, rating scale, stages and their
//! question banks, decisions, role levels, flags, the formula explanation and the presets'
//! rationales. Every locale has the same items with the same ids; only the texts differ.

use crate::content::scorecard::{
    ask, Competency, DecisionText, FlagText, RoleLevelText, ScaleLevel, Stage, WeightPreset,
    API_INTEGRATION, API_SCENARIOS, ARCHITECTURE_CASE_STUDY, COMMUNICATION, COMPETENCY_COUNT,
    DATABASE, DATABASE_MODELLING, EXPERIENCE, INFRASTRUCTURE, INFRASTRUCTURE_AWARENESS,
    JUNIOR_WEIGHTS, LEAD_WEIGHTS, MID_WEIGHTS, PORTFOLIO_WALKTHROUGH, SECURITY, SENIOR_WEIGHTS,
    SYSTEM_DESIGN,
};

/// The competencies, in display order. Ratings are stored in this order.
pub static COMPETENCIES: [Competency; COMPETENCY_COUNT] = [
    Competency {
        id: SYSTEM_DESIGN,
        label: "System design and scalability thinking",
        why: "Engineers who think in systems keep a growing product modular instead of \
              tangled.",
        look_for: &[
            "Splits a system into parts that each have one clear job",
            "Draws clear API boundaries between those parts",
            "Weighs one deployable application against distributed services for this \
             product, not in the abstract",
            "Spots likely bottlenecks before they hurt and says how to relieve them",
        ],
        anchors: [
            "Jumps straight to tools or frameworks, draws one box for everything, and \
             cannot say where load or failures will concentrate.",
            "Names sensible components but leaves their boundaries vague, and discusses \
             trade-offs only when prompted.",
            "Separates concerns behind clear interfaces, chooses monolith or services for \
             stated reasons, and finds the main bottleneck unprompted.",
            "Designs for the next stage of growth with a path to get there, estimates the \
             load, and says what they would deliberately keep simple.",
        ],
    },
    Competency {
        id: DATABASE,
        label: "Database depth",
        why: "Backends most often fail at the data layer, and data mistakes get costlier \
              as volume grows.",
        look_for: &[
            "Chooses between SQL and NoSQL from the shape of the data and how it is read",
            "Plans indexes and reads query plans to make slow queries fast",
            "Knows when transactions and ACID guarantees are needed and what they cost",
            "Models schemas that can take new relationships as the product grows",
        ],
        anchors: [
            "Treats the database as a black box: no indexing plan, no view on \
             consistency, tables copied from the screens.",
            "Produces a workable schema and knows indexes matter, but misses \
             concurrency edge cases or how data volume will grow.",
            "Models relationships deliberately, indexes for the real queries, and wraps \
             changes that must succeed together in transactions.",
            "Anticipates how relationships and volume will change, plans migrations and \
             read paths, and backs storage trade-offs with numbers.",
        ],
    },
    Competency {
        id: API_INTEGRATION,
        label: "API and integration mastery",
        why: "Backend engineers decide how systems talk to each other, and fragile \
              integrations make a product hard to extend.",
        look_for: &[
            "Designs REST and GraphQL APIs and knows when each fits",
            "Versions APIs and sets rate limits without breaking clients",
            "Secures endpoints with sound authentication and authorisation",
            "Builds third-party integrations that survive timeouts, retries and outages",
        ],
        anchors: [
            "Describes endpoints as database tables over HTTP, with no thought for \
             versioning, limits, or a partner that fails.",
            "Designs usable endpoints with basic login checks, but assumes third-party \
             calls always succeed and leaves versioning for later.",
            "Shapes resources around their clients, plans versioning and rate limits, \
             separates authentication from authorisation, and handles partner failures.",
            "Designs contracts other teams can rely on: safe retries, clear deprecation \
             paths, and integrations that degrade gracefully when a partner is down.",
        ],
    },
    Competency {
        id: INFRASTRUCTURE,
        label: "Cloud, infrastructure and deployment",
        why: "Backend work now overlaps with infrastructure, and that overlap decides how \
              resilient and maintainable services are.",
        look_for: &[
            "Has worked with a cloud platform such as AWS, Google Cloud or Azure",
            "Packages and runs services with containers and orchestration, such as \
             Docker and Kubernetes",
            "Ships through CI/CD pipelines with automated deployments",
            "Monitors services and acts on what the monitoring shows",
        ],
        anchors: [
            "Sees deployment as someone else's job and cannot say how code reaches \
             production or how they would notice it failing.",
            "Has used containers and a pipeline someone else set up, but is unsure about \
             scaling, rollbacks or alerting.",
            "Explains how code moves from commit to production, how it scales and rolls \
             back, and which metrics and alerts they would set up.",
            "Shapes the platform for the whole team: reproducible environments, safe \
             release strategies, and monitoring tied to what users experience.",
        ],
    },
    Competency {
        id: SECURITY,
        label: "Security-first engineering",
        why: "Security belongs in the foundations; added at the end it leaves gaps around \
              sensitive data.",
        look_for: &[
            "Builds authentication in from the start",
            "Validates every input at the system's boundary",
            "Encrypts data in transit and at rest, and keeps secrets out of code",
            "Thinks through likely threats and how to mitigate them",
        ],
        anchors: [
            "Raises security only when asked, and then as a feature for later; trusts \
             whatever the client sends.",
            "Knows the usual measures, such as hashed passwords, HTTPS and input checks, \
             but applies them unevenly and cannot name the main threats.",
            "Builds authentication, validation and encryption into the design from the \
             start and names the likely threats with their mitigations.",
            "Reasons like an attacker, designs least privilege and audit trails in, and \
             weighs risk against cost for sensitive or regulated data.",
        ],
    },
    Competency {
        id: COMMUNICATION,
        label: "Communication and collaboration",
        why: "Backend logic has to match what frontend, product and DevOps colleagues \
              need, and that takes conversation.",
        look_for: &[
            "Agrees interfaces and contracts with frontend engineers",
            "Turns product goals into backend decisions and explains trade-offs to \
             people who do not code",
            "Works with DevOps on how services are deployed and run",
        ],
        anchors: [
            "Is hard to follow, brushes off questions from other roles, and prefers to \
             decide alone.",
            "Is clear with fellow engineers but loses product or frontend listeners, and \
             rarely checks that a backend choice serves the business goal.",
            "Adapts explanations to the listener, asks about the product goal first, and \
             describes how they agreed interfaces with frontend and DevOps.",
            "Brings different teams to a shared decision, writes choices down for others \
             to build on, and ties technical choices to business outcomes unprompted.",
        ],
    },
    Competency {
        id: EXPERIENCE,
        label: "Practical experience",
        why: "What a candidate actually built and decided says more about their judgement \
              than a CV.",
        look_for: &[
            "Walks through architecture decisions from past projects and how they turned \
             out",
            "Shows a portfolio of systems they built or substantially shaped",
            "Shares code samples and explains the choices in them",
        ],
        anchors: [
            "Speaks in generalities or only about what the team did, and cannot point to \
             a decision or code of their own.",
            "Has relevant projects but describes what was built more than why, and says \
             little about what went wrong.",
            "Walks through concrete decisions they made, the alternatives and the \
             results, with code or designs to show.",
            "Shows decisions that held up under growth, reflects honestly on mistakes, \
             and explains what they would do differently today.",
        ],
    },
];

/// The rating scale, weak (1) to exceptional (4), in that order.
pub static RATING_LEVELS: [ScaleLevel; 4] = [
    ScaleLevel {
        id: "weak",
        label: "Weak",
        meaning: "Clear gaps for this role, even with prompting.",
    },
    ScaleLevel {
        id: "mixed",
        label: "Mixed",
        meaning: "Some solid points and some gaps; partly meets the bar.",
    },
    ScaleLevel {
        id: "strong",
        label: "Strong",
        meaning: "Meets the bar for this role, with clear evidence.",
    },
    ScaleLevel {
        id: "exceptional",
        label: "Exceptional",
        meaning: "Well above the bar; would raise the team's level.",
    },
];

/// The choice for a competency the interview did not show. Left out of every average.
pub const NO_EVIDENCE: ScaleLevel = ScaleLevel {
    id: "no-evidence",
    label: "No evidence",
    meaning: "This interview did not show this competency, so it counts in no average.",
};

/// The interview stages, in the order they usually run.
pub const STAGES: &[Stage] = &[
    Stage {
        id: ARCHITECTURE_CASE_STUDY,
        label: "Architecture case study",
        purpose: "The candidate designs a system for a real need of your product, out \
                  loud.",
        questions: &[
            ask(
                "architecture.blueprint",
                "Sketch the backend for a product like ours as it grows from a thousand \
                 to a million users. Which parts would you separate first, and why?",
                &[SYSTEM_DESIGN, COMMUNICATION],
            ),
            ask(
                "architecture.monolith",
                "Would you start with one deployable application or several services? \
                 What would make you change your mind later?",
                &[SYSTEM_DESIGN, INFRASTRUCTURE],
            ),
            ask(
                "architecture.bottleneck",
                "Where will this design strain first at ten times today's traffic, and \
                 what would you do before it does?",
                &[SYSTEM_DESIGN, DATABASE],
            ),
            ask(
                "architecture.explain",
                "Explain your design to a product manager in two minutes: what does it \
                 make easy, and what does it make hard?",
                &[COMMUNICATION, SYSTEM_DESIGN],
            ),
        ],
    },
    Stage {
        id: DATABASE_MODELLING,
        label: "Database modelling challenge",
        purpose: "The candidate designs a schema and makes slow queries fast.",
        questions: &[
            ask(
                "database.schema",
                "Model customers, products and orders, including the changes you expect \
                 within a year. Which relationships worry you?",
                &[DATABASE, SYSTEM_DESIGN],
            ),
            ask(
                "database.slow-query",
                "A report query takes eight seconds on ten million rows. How do you find \
                 out why, and how do you make it fast?",
                &[DATABASE],
            ),
            ask(
                "database.last-item",
                "Two customers try to buy the last item in stock at the same moment. \
                 What happens in your design?",
                &[DATABASE, API_INTEGRATION],
            ),
            ask(
                "database.store-choice",
                "Would you keep this data in a relational database, a document store, or \
                 both? What do you gain and what do you give up?",
                &[DATABASE, SYSTEM_DESIGN],
            ),
        ],
    },
    Stage {
        id: API_SCENARIOS,
        label: "API and integration scenarios",
        purpose: "The candidate works through REST, GraphQL, authentication and partner \
                  integrations.",
        questions: &[
            ask(
                "api.design",
                "Design the API a mobile app and a partner would use to place orders. \
                 REST or GraphQL, and why?",
                &[API_INTEGRATION, COMMUNICATION],
            ),
            ask(
                "api.versioning",
                "You must change a field that paying partners depend on. How do you ship \
                 the change without breaking them?",
                &[API_INTEGRATION, COMMUNICATION],
            ),
            ask(
                "api.auth",
                "How do users and partner systems prove who they are, and how do you \
                 decide what each of them may do?",
                &[API_INTEGRATION, SECURITY],
            ),
            ask(
                "api.partner-timeout",
                "The payment provider times out on one call in fifty. Walk us through \
                 what your integration does.",
                &[API_INTEGRATION, INFRASTRUCTURE],
            ),
            ask(
                "api.abuse",
                "One client starts sending a thousand requests a second. How do you \
                 protect the service and the other clients?",
                &[API_INTEGRATION, SECURITY],
            ),
        ],
    },
    Stage {
        id: INFRASTRUCTURE_AWARENESS,
        label: "Infrastructure-awareness discussion",
        purpose: "The candidate explains how their code meets cloud infrastructure, \
                  deployment and monitoring.",
        questions: &[
            ask(
                "infrastructure.path",
                "Walk us from a merged pull request to code running in production. Which \
                 checks happen on the way?",
                &[INFRASTRUCTURE],
            ),
            ask(
                "infrastructure.containers",
                "When would you reach for containers and an orchestrator, and when are \
                 they more trouble than they are worth?",
                &[INFRASTRUCTURE, SYSTEM_DESIGN],
            ),
            ask(
                "infrastructure.monitoring",
                "Which signals would tell you this service is unhealthy before users \
                 complain, and who should be alerted?",
                &[INFRASTRUCTURE, COMMUNICATION],
            ),
            ask(
                "infrastructure.secrets",
                "Where do database passwords and API keys live, and how do they reach \
                 the running service?",
                &[INFRASTRUCTURE, SECURITY],
            ),
        ],
    },
    Stage {
        id: PORTFOLIO_WALKTHROUGH,
        label: "Past-decision and portfolio walkthrough",
        purpose: "The candidate walks through decisions, systems and code from their own \
                  past work.",
        questions: &[
            ask(
                "portfolio.decision",
                "Tell us about an architecture decision you made on a past project. What \
                 were the alternatives, and how did it turn out?",
                &[EXPERIENCE, SYSTEM_DESIGN],
            ),
            ask(
                "portfolio.code",
                "Show us a code sample you are proud of and walk us through the choices \
                 in it.",
                &[EXPERIENCE],
            ),
            ask(
                "portfolio.incident",
                "Describe a production problem you caused or fixed. What did you change \
                 afterwards?",
                &[EXPERIENCE, INFRASTRUCTURE],
            ),
            ask(
                "portfolio.collaboration",
                "Describe a time backend needs clashed with frontend or product plans. \
                 How was it resolved?",
                &[COMMUNICATION, EXPERIENCE],
            ),
            ask(
                "portfolio.security",
                "Tell us about a security weakness you found or prevented in a system \
                 you worked on.",
                &[SECURITY, EXPERIENCE],
            ),
        ],
    },
];

/// The overall recommendations, from most negative to most positive, then abstaining.
pub static DECISIONS: [DecisionText; 5] = [
    DecisionText {
        id: "strong-no",
        label: "Strong no",
        meaning: "Clear evidence this candidate should not be hired for this role.",
    },
    DecisionText {
        id: "no",
        label: "No",
        meaning: "On balance, do not hire for this role.",
    },
    DecisionText {
        id: "yes",
        label: "Yes",
        meaning: "On balance, hire for this role.",
    },
    DecisionText {
        id: "strong-yes",
        label: "Strong yes",
        meaning: "Clear evidence this candidate should be hired for this role.",
    },
    DecisionText {
        id: "no-decision",
        label: "No decision",
        meaning: "This interview did not give enough evidence to recommend either way.",
    },
];

/// The role levels, from least to most senior.
pub static ROLE_LEVELS: [RoleLevelText; 4] = [
    RoleLevelText {
        id: "junior",
        label: "Junior",
    },
    RoleLevelText {
        id: "mid",
        label: "Mid-level",
    },
    RoleLevelText {
        id: "senior",
        label: "Senior",
    },
    RoleLevelText {
        id: "lead",
        label: "Lead",
    },
];

/// Two ratings of one competency are two or more levels apart.
pub const DISAGREEMENT: FlagText = FlagText {
    id: "disagreement",
    title: "Interviewers disagree",
    text: "Two ratings of this competency are two or more levels apart. Compare the \
           evidence behind them before deciding.",
};

/// Nobody gave a 1–4 rating for a competency.
pub const COVERAGE_NONE: FlagText = FlagText {
    id: "coverage-none",
    title: "Not assessed",
    text: "No interviewer found evidence for this competency. Plan a conversation that \
           probes it before deciding.",
};

/// Only one interviewer gave a 1–4 rating for a competency.
pub const COVERAGE_SINGLE: FlagText = FlagText {
    id: "coverage-single",
    title: "One opinion only",
    text: "Only one interviewer rated this competency, so a single view decides it. A \
           second interviewer would make it more reliable.",
};

/// Hiring mistake 1: judging on language familiarity without system design evidence.
pub const MISTAKE_LANGUAGE_ONLY: FlagText = FlagText {
    id: "language-only",
    title: "No system design evidence",
    text: "There are ratings, but nobody saw evidence of system design. Knowing a \
           language well is not architectural judgement: probe design reasoning and \
           trade-offs too.",
};

/// Hiring mistake 2: underestimating data complexity.
pub const MISTAKE_DATA_COMPLEXITY: FlagText = FlagText {
    id: "data-complexity",
    title: "No database modelling evidence",
    text: "Nobody assessed database depth. Data relationships outgrow early assumptions \
           as a product grows, and weak modelling gets expensive later.",
};

/// Hiring mistake 3: only juniors when growth needs design leadership.
pub const MISTAKE_JUNIOR_ONLY: FlagText = FlagText {
    id: "junior-only-shortlist",
    title: "Only juniors on the shortlist",
    text: "Every active candidate for this role is junior, but the role needs design \
           and architecture leadership. Growth goes better when senior expertise leads \
           and juniors support it.",
};

/// Hiring mistake 4: ignoring soft skills and team fit.
pub const MISTAKE_SOFT_SKILLS: FlagText = FlagText {
    id: "soft-skills",
    title: "No communication evidence",
    text: "Nobody assessed communication and collaboration. Backend engineers work with \
           frontend, product and DevOps every day, so this needs evidence too.",
};

/// Hiring mistake 5: not assessing practical experience.
pub const MISTAKE_PRACTICAL_EXPERIENCE: FlagText = FlagText {
    id: "practical-experience",
    title: "No practical experience evidence",
    text: "Nobody looked at past decisions, a portfolio or code samples. They show \
           real-world judgement far better than a CV does.",
};

/// The guide's five hiring mistakes, in the guide's order.
pub static MISTAKES: [FlagText; 5] = [
    MISTAKE_LANGUAGE_ONLY,
    MISTAKE_DATA_COMPLEXITY,
    MISTAKE_JUNIOR_ONLY,
    MISTAKE_SOFT_SKILLS,
    MISTAKE_PRACTICAL_EXPERIENCE,
];

/// How the summary's numbers are computed, shown next to the formula.
pub const FORMULA_EXPLANATION: &str =
    "Each competency's mean is the average of the 1–4 ratings it received in submitted \
     interviews; \"no evidence\" counts in no average. The overall score is the weighted \
     mean of those means: multiply each mean by its weight, add the products, and divide \
     by the sum of the weights of the competencies that have a mean. A competency nobody \
     rated drops out, and the other weights still count in full. Means and the overall \
     score are rounded to two decimals.";

/// Default weights per role level, in [`ROLE_LEVELS`] order.
pub static WEIGHT_PRESETS: [WeightPreset; 4] = [
    WeightPreset {
        level: "junior",
        rationale: "Solid data and API fundamentals and the ability to learn with the \
                    team matter most; architecture is led by others.",
        weights: JUNIOR_WEIGHTS,
    },
    WeightPreset {
        level: "mid",
        rationale: "Independent delivery: data, APIs and security carry the most, with \
                    growing design responsibility.",
        weights: MID_WEIGHTS,
    },
    WeightPreset {
        level: "senior",
        rationale: "Owns the design of whole services: system design leads, backed by \
                    depth in data, infrastructure and security.",
        weights: SENIOR_WEIGHTS,
    },
    WeightPreset {
        level: "lead",
        rationale: "Leads architecture across teams: system design, communication and a \
                    record of decisions that held up weigh the most.",
        weights: LEAD_WEIGHTS,
    },
];
