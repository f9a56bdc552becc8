//! The visitor's way through the quiz as a pure state machine: which screen is shown,
//! what was answered, and what each action (start, pick, next, back, retake, …) does.
//! The UI keeps one [`Session`] in a reducer and renders it; it never decides flow.

use super::answers::Answers;
use super::flow::visible_questions;
use super::merge::{adopt, merge_answers, merge_since};

/// The screen the quiz shows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Screen {
    #[default]
    Intro,
    /// The n-th visible question (0-based).
    Question(usize),
    Result,
}

/// What the visitor did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Start from the first question, keeping earlier answers (continue).
    Start,
    /// Forget every answer and start from the first question.
    StartOver,
    /// Go back to the n-th visible question of saved progress.
    Resume(usize),
    /// A click on an answer of the current question.
    Pick {
        question: &'static str,
        answer: &'static str,
    },
    Next,
    Back,
    /// Jump to the result of `answers` (a shared link).
    ShowShared(Answers),
}

/// What an action changed that the host page may hear about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Transition {
    Nothing,
    Started,
    /// The visitor moved on from `question` (answered or skipped) to the next one.
    Answered {
        question: &'static str,
    },
    /// The visitor moved on from the last `question` to the result.
    Completed {
        question: &'static str,
    },
}

/// One visitor's quiz.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Session {
    pub screen: Screen,
    pub answers: Answers,
}

impl Session {
    /// A session restored from storage: the screen is clamped to what exists now.
    pub fn restored(answers: Answers, screen: Screen) -> Self {
        let visible = visible_questions(&answers).len();
        let screen = match screen {
            Screen::Question(index) if index >= visible => Screen::Result,
            other => other,
        };
        Session { screen, answers }
    }

    /// Applies `action`, returning what changed.
    pub fn apply(&mut self, action: Action) -> Transition {
        match action {
            Action::Start => self.go(Screen::Question(0), Transition::Started),
            Action::StartOver => {
                self.answers = Answers::new();
                self.go(Screen::Question(0), Transition::Started)
            }
            Action::Resume(index) => {
                let last = visible_questions(&self.answers).len().saturating_sub(1);
                self.go(Screen::Question(index.min(last)), Transition::Nothing)
            }
            Action::Pick { question, answer } => self.pick(question, answer),
            Action::Next => self.next(),
            Action::Back => self.back(),
            Action::ShowShared(answers) => {
                self.answers = answers;
                self.go(Screen::Result, Transition::Nothing)
            }
        }
    }

    /// Whether there is progress worth offering to continue.
    pub fn has_progress(&self) -> bool {
        !self.answers.is_empty()
    }

    /// The current question's id, when a question is shown.
    pub fn current_question(&self) -> Option<&'static str> {
        let Screen::Question(index) = self.screen else {
            return None;
        };
        visible_questions(&self.answers).get(index).map(|q| q.id)
    }

    /// Merges another tab's answers into this session (see `crate::quiz::merge`),
    /// staying on the question shown even when branching moves it. Returns the
    /// questions the two tabs answered differently (ours kept).
    pub fn merge_from(&mut self, theirs: &Answers) -> Vec<&'static str> {
        let merged = merge_answers(&self.answers, theirs);
        self.replace_answers(merged.answers);
        merged.conflicts
    }

    /// Merges the answers a same-key widget of this page saved, against `base`, the
    /// answers the two last agreed on (see `crate::quiz::merge::merge_since`); stays on
    /// the question shown. Returns the questions both changed differently (ours kept).
    pub fn merge_since(&mut self, base: &Answers, theirs: &Answers) -> Vec<&'static str> {
        let merged = merge_since(base, &self.answers, theirs);
        self.replace_answers(merged.answers);
        merged.conflicts
    }

    /// Takes their answers to `questions` (after a conflict the visitor resolved).
    pub fn adopt_from(&mut self, theirs: &Answers, questions: &[&'static str]) {
        let mut answers = self.answers.clone();
        adopt(&mut answers, theirs, questions);
        self.replace_answers(answers);
    }

    fn replace_answers(&mut self, answers: Answers) {
        let current = self.current_question();
        self.answers = answers;
        let Screen::Question(shown) = self.screen else {
            return;
        };
        let visible = visible_questions(&self.answers);
        let index = current.and_then(|id| visible.iter().position(|question| question.id == id));
        // A question the new answers hide: the nearest one still shown.
        self.screen = Screen::Question(index.unwrap_or(shown.min(visible.len().saturating_sub(1))));
    }

    fn go(&mut self, screen: Screen, transition: Transition) -> Transition {
        self.screen = screen;
        transition
    }

    fn pick(&mut self, question: &str, answer: &str) -> Transition {
        if self.current_question() == Some(question) {
            self.answers.pick(question, answer);
        }
        Transition::Nothing
    }

    fn next(&mut self) -> Transition {
        let Screen::Question(index) = self.screen else {
            return Transition::Nothing;
        };
        let visible = visible_questions(&self.answers);
        let Some(question) = visible.get(index) else {
            return self.go(Screen::Result, Transition::Nothing);
        };
        if index + 1 >= visible.len() {
            return self.go(
                Screen::Result,
                Transition::Completed {
                    question: question.id,
                },
            );
        }
        let answered = Transition::Answered {
            question: question.id,
        };
        self.go(Screen::Question(index + 1), answered)
    }

    fn back(&mut self) -> Transition {
        self.screen = match self.screen {
            Screen::Intro | Screen::Question(0) => Screen::Intro,
            Screen::Question(index) => Screen::Question(index - 1),
            Screen::Result => {
                let last = visible_questions(&self.answers).len().saturating_sub(1);
                Screen::Question(last)
            }
        };
        Transition::Nothing
    }
}
