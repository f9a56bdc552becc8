//! The quiz widget's state and reducer: the pure [`Session`] plus what only the screen
//! needs (notices, the share link). Actions are plain data; see `QuizMsg`.

use std::rc::Rc;

use yew::Reducible;

use crate::content::messages::notices;
use crate::quiz::{Action, Answers, Session};
use crate::storage::keep_aside::{KeepAside, KeepEvent, Unusable};

/// A message shown above the quiz until dismissed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// Storage cannot be used at all.
    StorageUnavailable,
    /// The last save failed; cleared by the next successful one.
    SaveFailed,
    /// A stored document could not be read and was kept aside under `key`.
    KeptAside { message: &'static str, key: String },
    /// The stored document could not be read nor kept aside: no save writes over it
    /// until it is safe (`QuizState::keep` says why and what the visitor did).
    Held,
    /// A share link in the page address could not be read.
    BadShareLink(&'static str),
    /// Another tab answered these questions differently; ours are shown.
    OtherTabDiffers(usize),
}

/// Answers another tab saved that differ from ours, kept until the visitor chooses.
#[derive(Debug, Clone, PartialEq)]
pub struct OtherTab {
    pub answers: Answers,
    pub questions: Vec<&'static str>,
}

/// The link shown after "copy a share link", or after "use this for a hiring role"
/// (issue 17).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShareState {
    pub link: String,
    /// A share link: copied to the clipboard. A role link: the draft was also left for
    /// the scorecard under the storage key.
    pub copied: bool,
    /// A role link (`#br-role=`) rather than a share link.
    pub role: bool,
}

/// Whether the hiring brief (issue 17) stands in for the result screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum BriefView {
    #[default]
    Closed,
    Open,
    /// Closed from the brief: focus goes back to the button that opened it.
    Left,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct QuizState {
    pub session: Session,
    /// Where saved progress stopped, offered as "continue" on the intro screen.
    pub resume_at: Option<usize>,
    /// Lines of the stored document this build does not know, written back unchanged.
    pub unknown_lines: Vec<String>,
    pub notices: Vec<Notice>,
    /// Whether saves may write over the stored document (`storage::keep_aside`).
    pub keep: KeepAside,
    pub share: Option<ShareState>,
    /// The result on screen came from a share link.
    pub shared: bool,
    pub brief: BriefView,
    /// A conflict with another tab's answers, until resolved or dismissed.
    pub other_tab: Option<OtherTab>,
    /// Bumped on every change worth saving (progress, or a released hold): the saving
    /// effect watches it. Answers taken from a same-key widget of this page that add
    /// nothing to what it saved do not count (storage has them).
    pub saves: u32,
    /// This widget among the same-key widgets of the page (`crate::browser::same_page`).
    pub page_id: u64,
    /// The answers this widget and storage last agreed on (it saved them, or heard a
    /// same-key widget of this page save them): the base of a three-way merge.
    pub agreed: Answers,
}

/// Everything that changes the quiz widget's state.
pub enum QuizMsg {
    Flow(Action),
    Show(Notice),
    Dismiss(Notice),
    Shared(ShareState),
    /// Open (true) or close the hiring brief.
    Brief(bool),
    /// Another tab saved these answers.
    FromOtherTab(Answers),
    /// A same-key widget of this page saved these answers.
    FromSamePage(Answers),
    /// These answers were saved.
    Saved(Answers),
    /// Take the other tab's answers where the two differ.
    AdoptOtherTab,
    /// What happened to a stored document saves are held for.
    Keep(KeepEvent),
    /// A held document was kept aside after all, under this key.
    KeptAside(String),
}

impl Reducible for QuizState {
    type Action = QuizMsg;

    fn reduce(self: Rc<Self>, msg: QuizMsg) -> Rc<Self> {
        let mut state = Rc::unwrap_or_clone(self);
        let (answers, keep) = (state.session.answers.clone(), state.keep);
        // Whether to save: after progress, a merge that adds to what storage has, and a
        // released hold (checked below).
        let mut save = false;
        match msg {
            QuizMsg::Flow(action) => {
                state.share = None;
                state.brief = BriefView::Closed;
                state.shared &= matches!(action, Action::ShowShared(_));
                if matches!(action, Action::Resume(_) | Action::StartOver) {
                    state.resume_at = None;
                }
                state.session.apply(action);
                save = true;
            }
            // A held notice that arrives after the hold was released is stale.
            QuizMsg::Show(Notice::Held) if state.keep.may_write() => {}
            QuizMsg::Show(notice) if !state.notices.contains(&notice) => state.notices.push(notice),
            QuizMsg::Show(_) => {}
            QuizMsg::Dismiss(notice) => {
                if matches!(notice, Notice::OtherTabDiffers(_)) {
                    state.other_tab = None;
                }
                state.notices.retain(|shown| *shown != notice);
            }
            QuizMsg::FromOtherTab(theirs) => {
                state.merge_other_tab(theirs);
                save = state.session.answers != answers;
            }
            QuizMsg::FromSamePage(theirs) => {
                let base = std::mem::replace(&mut state.agreed, theirs.clone());
                state.merge_same_page(&base, &theirs);
                save = state.session.answers != theirs;
            }
            QuizMsg::Saved(answers) => {
                state.agreed = answers;
                state.notices.retain(|shown| *shown != Notice::SaveFailed);
            }
            QuizMsg::AdoptOtherTab => {
                state.adopt_other_tab();
                save = state.session.answers != answers;
            }
            QuizMsg::Shared(share) => state.share = Some(share),
            QuizMsg::Brief(open) => {
                state.brief = if open {
                    BriefView::Open
                } else {
                    BriefView::Left
                };
            }
            QuizMsg::Keep(event) => state.keep_event(event, None),
            QuizMsg::KeptAside(key) => state.keep_event(KeepEvent::Copied, Some(key)),
        }
        if save || state.keep != keep {
            state.saves = state.saves.wrapping_add(1);
        }
        Rc::new(state)
    }
}

impl QuizState {
    /// Applies `event` to the hold on the stored document; when that releases it, the
    /// held notice goes (a copy kept aside is named instead) and the saving effect, which
    /// watches `keep`, writes the progress.
    fn keep_event(&mut self, event: KeepEvent, kept_under: Option<String>) {
        let before = self.keep;
        self.keep = before.next(event);
        if before.may_write() || !self.keep.may_write() {
            return;
        }
        self.notices.retain(|notice| *notice != Notice::Held);
        if let (KeepAside::Held { why, .. }, Some(key)) = (before, kept_under) {
            let message = stored_message(why);
            self.notices.push(Notice::KeptAside { message, key });
        }
    }

    fn merge_other_tab(&mut self, theirs: Answers) {
        self.notices
            .retain(|notice| !matches!(notice, Notice::OtherTabDiffers(_)));
        let questions = self.session.merge_from(&theirs);
        self.other_tab = None;
        if !questions.is_empty() {
            self.notices.push(Notice::OtherTabDiffers(questions.len()));
            self.other_tab = Some(OtherTab {
                answers: theirs,
                questions,
            });
        }
    }

    /// Takes what a same-key widget of this page saved. A conflict (both changed a
    /// question since they last agreed, which needs a save that failed) is offered like
    /// another tab's.
    fn merge_same_page(&mut self, base: &Answers, theirs: &Answers) {
        let questions = self.session.merge_since(base, theirs);
        if questions.is_empty() {
            return;
        }
        self.notices
            .retain(|notice| !matches!(notice, Notice::OtherTabDiffers(_)));
        self.notices.push(Notice::OtherTabDiffers(questions.len()));
        self.other_tab = Some(OtherTab {
            answers: theirs.clone(),
            questions,
        });
    }

    fn adopt_other_tab(&mut self) {
        if let Some(other) = self.other_tab.take() {
            self.session.adopt_from(&other.answers, &other.questions);
        }
        self.notices
            .retain(|notice| !matches!(notice, Notice::OtherTabDiffers(_)));
    }
}

/// Why the stored progress could not be used, in a sentence.
pub fn stored_message(why: Unusable) -> &'static str {
    match why {
        Unusable::NewerVersion => notices::NEWER_VERSION,
        Unusable::Damaged => notices::UNREADABLE,
    }
}
