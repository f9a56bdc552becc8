//! Quiz answers written the short way the engine's and the session's tests use.
#![allow(dead_code)]

use backend_ready::quiz::Answers;

/// The answers with each `(question, chosen ids)` set in turn.
pub fn answers(pairs: &[(&str, &[&str])]) -> Answers {
    let mut answers = Answers::new();
    for (question, chosen) in pairs {
        answers.set(question, chosen);
    }
    answers
}

/// Every answer of the multiple-choice questions but "none": the content's full lists,
/// pinned here so that a removed answer fails the tests that pick them all.
pub const EVERY_GROWTH: &[&str] = &["growth.users", "growth.data", "growth.integrations"];
pub const EVERY_SYMPTOM: &[&str] = &[
    "symptoms.slow-apis",
    "symptoms.bad-data",
    "symptoms.instability",
    "symptoms.integrations",
];
pub const EVERY_SENSITIVE: &[&str] = &[
    "sensitive.personal",
    "sensitive.payments",
    "sensitive.regulated",
];
pub const EVERY_INTEGRATION: &[&str] = &[
    "integrations.databases",
    "integrations.third-party",
    "integrations.analytics",
    "integrations.crm",
    "integrations.cloud",
];
