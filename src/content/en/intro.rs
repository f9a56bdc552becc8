//! Title screens of the two modes in English, written from the hiring guide.

use crate::content::intro::ModeIntro;

/// The quiz's title screen.
pub const QUIZ: ModeIntro = ModeIntro {
    eyebrow: "Backend readiness check",
    title: "Is your system backend-ready for scale?",
    lede: "Backend work tends to wait until something breaks: APIs slow down, data stops \
           adding up, releases get risky, integrations hurt. By then the architecture may \
           already be bent. A few questions about your product show whether it has \
           outgrown its backend and whether a backend engineer should join now.",
    points_heading: "What the check looks at",
    points: &[
        "Whether the product is moving past its MVP in users, data or integrations",
        "Symptoms: slow APIs, unreliable data, instability, painful integrations",
        "Scale and performance priorities, security and compliance duties",
        "Your in-house technical leadership and time to market",
    ],
    privacy: "Your answers stay in this browser. Nothing is sent anywhere.",
};

/// The scorecard's title screen.
pub const SCORECARD: ModeIntro = ModeIntro {
    eyebrow: "Structured interview scorecard",
    title: "Rate backend candidates on evidence, not on syntax",
    lede: "Knowing a language is not architectural judgment. Interview every candidate on \
           the same competencies, rate each against written anchors, keep interviewers \
           independent, and record the hiring decision last.",
    points_heading: "What the scorecard covers",
    points: &[
        "System design and scalability thinking",
        "Database depth, APIs and integrations",
        "Cloud, infrastructure and deployment",
        "Security-first engineering",
        "Communication, team fit and practical experience",
    ],
    privacy: "Candidates and ratings stay in this browser. Nothing is sent anywhere.",
};
