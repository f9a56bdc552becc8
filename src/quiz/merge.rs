//! Merging the answers of two tabs showing the same quiz (same origin, same
//! `storage-key`), question by question: what only one tab answered is kept, and a
//! question the two tabs answered differently is reported as a conflict, not decided
//! silently. Pure; the UI decides what to show.
//!
//! Two widgets of one page on the same key merge against a base, the answers they last
//! agreed on ([`merge_since`]): there a changed or removed answer is taken too, since
//! one visitor gave it a moment ago.

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

/// The three-way merge of `theirs` into `ours`, both changed from `base`, question by
/// question: the side that changed it wins (a removed answer included), both changed
/// alike is that, both changed differently is a conflict (ours kept).
pub fn merge_since(base: &Answers, ours: &Answers, theirs: &Answers) -> Merged {
    let mut answers = ours.clone();
    let mut conflicts = Vec::new();
    for question in QUESTIONS {
        let id = question.id;
        let (old, mine, other) = (base.chosen(id), ours.chosen(id), theirs.chosen(id));
        if same_choice(mine, other) || same_choice(other, old) {
            continue;
        }
        if same_choice(mine, old) {
            copy_answer(&mut answers, theirs, id);
        } else {
            conflicts.push(id);
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
