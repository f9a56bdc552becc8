//! A hiring team's own questions (issue 12.5): questions a team adds to a stage's bank
//! for one role, each mapped to the guide's competencies it probes. The seven
//! competencies stay the guide's: a team adds questions, never competencies, so every
//! question gives evidence on at least one of them. The guide asks for structured
//! stages that "assess how candidates think about trade-offs, performance bottlenecks,
//! and long-term maintainability"; a team's own question is one more way into a stage,
//! rated on the same scale.
//!
//! The rules, for the editor and for every reader of a file or stored document:
//! - a question's stage is a `STAGES` id; its text is trimmed, 1 to
//!   [`MAX_QUESTION_CHARS`] characters; it probes 1 to 7 competencies, each a
//!   `COMPETENCIES` id named once, kept in `COMPETENCIES` order;
//! - a role's bank holds a question once: two with the same stage and text are the same
//!   question, whatever they probe (the one held keeps its probes);
//! - a role holds at most [`MAX_QUESTIONS`].
//!
//! Importing ([`merge_bank`], from `super::edit::import_doc`) follows the import rule
//! (`super::merge`): nothing held is changed or removed; questions the role held here
//! lacks are added in the file's order while the limit allows, and one held already is
//! not added again.

use crate::content::scorecard::{competency_index, stage, COMPETENCIES, COMPETENCY_COUNT};

/// Longest question text, in characters.
pub const MAX_QUESTION_CHARS: usize = 500;
/// Most questions of one role (over all its stages).
pub const MAX_QUESTIONS: usize = 100;

/// A question a hiring team added to a stage's bank for a role.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamQuestion {
    /// A `STAGES` id.
    pub stage: &'static str,
    /// Trimmed, 1 to [`MAX_QUESTION_CHARS`] characters.
    pub text: String,
    /// `COMPETENCIES` ids, at least one, in that order, each once.
    pub probes: Vec<&'static str>,
}

/// Why a question was refused. A competency is named by its position in the probes
/// given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuestionProblem {
    UnknownStage,
    /// The text is empty once trimmed.
    BlankText,
    TooLong,
    /// It probes no competency.
    NoProbes,
    UnknownCompetency(usize),
    RepeatedCompetency(usize),
}

impl TeamQuestion {
    /// A question by the rules above: the text trimmed, the probes put in
    /// `COMPETENCIES` order.
    pub fn new(stage_id: &str, text: &str, probes: &[&str]) -> Result<Self, QuestionProblem> {
        let stage = stage(stage_id).ok_or(QuestionProblem::UnknownStage)?;
        let text = text.trim();
        if text.is_empty() {
            return Err(QuestionProblem::BlankText);
        }
        if text.chars().nth(MAX_QUESTION_CHARS).is_some() {
            return Err(QuestionProblem::TooLong);
        }
        let mut probed = [false; COMPETENCY_COUNT];
        for (given, id) in probes.iter().enumerate() {
            let index = competency_index(id).ok_or(QuestionProblem::UnknownCompetency(given))?;
            if std::mem::replace(&mut probed[index], true) {
                return Err(QuestionProblem::RepeatedCompetency(given));
            }
        }
        let probes: Vec<&'static str> = COMPETENCIES
            .iter()
            .zip(probed)
            .filter_map(|(competency, probed)| probed.then_some(competency.id))
            .collect();
        if probes.is_empty() {
            return Err(QuestionProblem::NoProbes);
        }
        Ok(TeamQuestion {
            stage: stage.id,
            text: text.to_owned(),
            probes,
        })
    }

    /// Whether `other` is the same question (same stage, same text).
    pub fn same_as(&self, other: &TeamQuestion) -> bool {
        self.stage == other.stage && self.text == other.text
    }
}

/// Why a question could not join a bank; the bank is unchanged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BankRefusal {
    /// The bank holds this question (same stage and text) already.
    Duplicate,
    /// The bank holds [`MAX_QUESTIONS`] already.
    Full,
}

/// Adds `question` to `bank` (after the questions held).
pub fn add_to_bank(
    bank: &mut Vec<TeamQuestion>,
    question: TeamQuestion,
) -> Result<(), BankRefusal> {
    if bank.iter().any(|held| held.same_as(&question)) {
        return Err(BankRefusal::Duplicate);
    }
    if bank.len() >= MAX_QUESTIONS {
        return Err(BankRefusal::Full);
    }
    bank.push(question);
    Ok(())
}

/// Removes the question with this stage and text; `false` when the bank has none.
pub fn remove_from_bank(bank: &mut Vec<TeamQuestion>, stage: &str, text: &str) -> bool {
    let before = bank.len();
    bank.retain(|held| !(held.stage == stage && held.text == text));
    bank.len() != before
}

/// The first rule of a bank read from outside that `bank` breaks: the index of a
/// question that repeats an earlier one, or [`BankRefusal::Full`] past the limit.
pub fn check_bank(bank: &[TeamQuestion]) -> Result<(), (usize, BankRefusal)> {
    if bank.len() > MAX_QUESTIONS {
        return Err((MAX_QUESTIONS, BankRefusal::Full));
    }
    for (index, question) in bank.iter().enumerate() {
        if bank[..index]
            .iter()
            .any(|earlier| earlier.same_as(question))
        {
            return Err((index, BankRefusal::Duplicate));
        }
    }
    Ok(())
}

/// Adds the questions of `incoming` that `bank` lacks, in their order, while the limit
/// allows; returns how many were added. Nothing held changes.
pub fn merge_bank(bank: &mut Vec<TeamQuestion>, incoming: Vec<TeamQuestion>) -> usize {
    incoming
        .into_iter()
        .map(|question| add_to_bank(bank, question))
        .filter(Result::is_ok)
        .count()
}

/// The questions of `bank` at `stage`, in the bank's order.
pub fn at_stage<'a>(
    bank: &'a [TeamQuestion],
    stage: &'a str,
) -> impl Iterator<Item = &'a TeamQuestion> + 'a {
    bank.iter().filter(move |question| question.stage == stage)
}
