//! The quiz flow: which questions are visible for given answers, whether the quiz is
//! complete, and the normal form of answers that everything else reads.
//!
//! Normal form, built question by question in quiz order:
//! - questions hidden by branching, unknown question ids and unknown or duplicate answer
//!   ids are dropped;
//! - a single-choice question keeps its first valid answer (in the order given);
//! - a multi-choice question keeps its valid answers in content order; an exclusive
//!   ("none of these") answer is kept only when no other answer is chosen;
//! - a question left with no answer is dropped.
//!
//! A question with a `shown_if` condition is visible when the question it names is
//! visible and, in normal form, holds one of the listed answers.

use crate::content::quiz::{AnswerOption, Kind, Question, QUESTIONS};

use super::answers::Answers;

/// A visible question and its answers in normal form (possibly none).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Selection {
    pub question: &'static Question,
    pub answers: Vec<&'static AnswerOption>,
}

/// The visible questions in quiz order, each with its normalised answers.
pub(crate) fn walk(answers: &Answers) -> Vec<Selection> {
    let mut walked: Vec<Selection> = Vec::new();
    for question in QUESTIONS {
        if is_visible(question, &walked) {
            let chosen = valid_answers(question, answers.chosen(question.id));
            walked.push(Selection {
                question,
                answers: chosen,
            });
        }
    }
    walked
}

fn is_visible(question: &Question, walked: &[Selection]) -> bool {
    let Some(condition) = question.shown_if else {
        return true;
    };
    walked
        .iter()
        .find(|selection| selection.question.id == condition.question)
        .is_some_and(|selection| {
            selection
                .answers
                .iter()
                .any(|answer| condition.any_of.contains(&answer.id))
        })
}

fn valid_answers(question: &'static Question, given: &[String]) -> Vec<&'static AnswerOption> {
    match question.kind {
        Kind::Single => first_valid(question, given).into_iter().collect(),
        Kind::Multi => valid_multi(question, given),
    }
}

fn first_valid(question: &'static Question, given: &[String]) -> Option<&'static AnswerOption> {
    given.iter().find_map(|id| question.answer(id))
}

fn valid_multi(question: &'static Question, given: &[String]) -> Vec<&'static AnswerOption> {
    let chosen: Vec<&'static AnswerOption> = question
        .answers
        .iter()
        .filter(|answer| given.iter().any(|id| id == answer.id))
        .collect();
    if chosen.iter().any(|answer| !answer.exclusive) {
        return chosen
            .into_iter()
            .filter(|answer| !answer.exclusive)
            .collect();
    }
    chosen.into_iter().take(1).collect()
}

/// `answers` in normal form (see the module docs).
pub fn normalise(answers: &Answers) -> Answers {
    let mut normal = Answers::new();
    for selection in walk(answers) {
        let ids: Vec<&str> = selection.answers.iter().map(|answer| answer.id).collect();
        normal.set(selection.question.id, &ids);
    }
    normal
}

/// The questions to show for `answers`, in quiz order.
pub fn visible_questions(answers: &Answers) -> Vec<&'static Question> {
    walk(answers)
        .into_iter()
        .map(|selection| selection.question)
        .collect()
}

/// Whether every visible question has a valid answer.
pub fn is_complete(answers: &Answers) -> bool {
    walk(answers)
        .iter()
        .all(|selection| !selection.answers.is_empty())
}
