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
