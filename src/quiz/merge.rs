//! Merging the answers of two tabs showing the same quiz (same origin, same
//! `storage-key`), question by question: what only one tab answered is kept, and a
//! question the two tabs answered differently is reported as a conflict, not decided
//! silently. Pure; the UI decides what to show.

use crate::content::quiz::QUESTIONS;

use super::answers::Answers;

/// The merge of `ours` with `theirs`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Merged {
    /// Ours, plus their answers to every question we left unanswered.
    pub answers: Answers,
    /// Questions both answered differently (ours kept), in quiz order.
    pub conflicts: Vec<&'static str>,
}

/// Merges `theirs` into `ours` (see the module docs).
pub fn merge_answers(ours: &Answers, theirs: &Answers) -> Merged {
    let mut answers = ours.clone();
    let mut conflicts = Vec::new();
    for question in QUESTIONS {
        let (mine, other) = (ours.chosen(question.id), theirs.chosen(question.id));
        if other.is_empty() || same_choice(mine, other) {
            continue;
        }
        if mine.is_empty() {
            copy_answer(&mut answers, theirs, question.id);
        } else {
            conflicts.push(question.id);
        }
    }
    Merged { answers, conflicts }
}

/// Replaces our answers to `questions` with theirs.
pub fn adopt(ours: &mut Answers, theirs: &Answers, questions: &[&'static str]) {
    for question in questions {
        copy_answer(ours, theirs, question);
    }
}

fn copy_answer(into: &mut Answers, from: &Answers, question: &str) {
    let ids: Vec<&str> = from.chosen(question).iter().map(String::as_str).collect();
    into.set(question, &ids);
}

/// The same answers, in any order.
fn same_choice(a: &[String], b: &[String]) -> bool {
    a.len() == b.len() && a.iter().all(|id| b.contains(id))
}
