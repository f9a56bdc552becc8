//! What a visitor answered: per question id, the chosen answer ids. Stored and shared
//! through the share-link format (`crate::quiz::share`).

use crate::content::quiz::{question, Kind};

/// Chosen answers by question id. May hold anything (stale, unknown or duplicate ids);
/// the engine reads it through [`crate::quiz::normalise`].
///
/// Kept as a list sorted by question id rather than a map: a `BTreeMap` instance costs
/// several KB of wasm, and a quiz has about fifteen questions.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Answers {
    chosen: Vec<(String, Vec<String>)>,
}

impl Answers {
    pub fn new() -> Self {
        Self::default()
    }

    /// Replaces the answers to `question`; an empty list removes them.
    pub fn set(&mut self, question: &str, answers: &[&str]) {
        let answers: Vec<String> = answers.iter().map(|id| id.to_string()).collect();
        self.set_owned(question, answers);
    }

    fn set_owned(&mut self, question: &str, answers: Vec<String>) {
        let position = self
            .chosen
            .binary_search_by(|(id, _)| id.as_str().cmp(question));
        match (position, answers.is_empty()) {
            (Ok(index), true) => {
                self.chosen.remove(index);
            }
            (Ok(index), false) => self.chosen[index].1 = answers,
            (Err(_), true) => {}
            (Err(index), false) => self.chosen.insert(index, (question.to_string(), answers)),
        }
    }

    /// The answer ids stored for `question`, as given.
    pub fn chosen(&self, question: &str) -> &[String] {
        self.chosen
            .binary_search_by(|(id, _)| id.as_str().cmp(question))
            .map_or(&[], |index| self.chosen[index].1.as_slice())
    }

    pub fn is_empty(&self) -> bool {
        self.chosen.is_empty()
    }

    /// What a click on `answer` of `question` does: a single-choice question takes it as
    /// its answer; a multi-choice question toggles it, and an exclusive ("none of these")
    /// answer clears the others and is cleared by them. Unknown ids change nothing.
    pub fn pick(&mut self, question_id: &str, answer_id: &str) {
        let Some(question) = question(question_id) else {
            return;
        };
        let Some(answer) = question.answer(answer_id) else {
            return;
        };
        let picked = match question.kind {
            Kind::Single => vec![answer.id.to_string()],
            Kind::Multi => self.toggled(question_id, answer.id, answer.exclusive),
        };
        self.set_owned(question_id, picked);
    }

    fn toggled(&self, question_id: &str, answer_id: &str, exclusive: bool) -> Vec<String> {
        let current = self.chosen(question_id);
        if current.iter().any(|id| id == answer_id) {
            return current
                .iter()
                .filter(|id| *id != answer_id)
                .cloned()
                .collect();
        }
        if exclusive {
            return vec![answer_id.to_string()];
        }
        let mut kept: Vec<String> = current
            .iter()
            .filter(|id| !is_exclusive(question_id, id))
            .cloned()
            .collect();
        kept.push(answer_id.to_string());
        kept
    }
}

fn is_exclusive(question_id: &str, answer_id: &str) -> bool {
    question(question_id)
        .and_then(|question| question.answer(answer_id))
        .is_some_and(|answer| answer.exclusive)
}
