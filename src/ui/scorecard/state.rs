//! The scorecard widget's state and reducer. Messages come in three kinds
//! ([`ScorecardMsg`]): document edits ([`DocEdit`], made by the pure model in
//! `crate::scorecard::doc_edit`, whose answer the reducer follows up here), what the
//! visitor does with what is shown ([`ViewMsg`]) and what the edge reports
//! ([`EdgeMsg`]), each matched exhaustively. What the host page should hear about is
//! queued in `events` until sent, and `saved_changes` tells the saving effect when there
//! is something new to write.

use std::rc::Rc;

use yew::Reducible;

use crate::codec::error::ImportError;
use crate::codec::json::Value;
use crate::export::link::LinkError;
use crate::scorecard::doc_edit::{self, Applied, CandidateChange, Refused};
use crate::scorecard::edit::{self, ImportReport, QuestionRefusal, Removed};
use crate::scorecard::role_draft::{draft_role, RoleDraft};
use crate::scorecard::role_link::{RoleLink, RoleLinkError};
use crate::scorecard::signing::Signature;
use crate::scorecard::{Interview, Role, ScorecardDoc};
use crate::storage::backup_info::{BackupInfo, Durability};
use crate::storage::headroom::Headroom;
use crate::storage::keep_aside::{KeepAside, KeepEvent, Unusable};
use crate::storage::scorecard_merge::{take_theirs, Conflict};

pub use crate::scorecard::doc_edit::{CandidateFields, DocEdit};

/// Which screen is shown.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Screen {
    #[default]
    List,
    Candidate(String),
    Interview(String),
    Compare,
    Calibration,
}

/// A message shown above the screen until dismissed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    StorageUnavailable,
    /// The last save failed; cleared by the next successful one.
    SaveFailed,
    /// The stored document could not be read; it was kept aside under `key`.
    KeptAside {
        why: Unusable,
        key: String,
    },
    /// The stored document could not be read nor kept aside: no save writes over it
    /// until it is safe (`ScorecardState::keep` says why and what the visitor did).
    Held,
    /// A file was imported.
    Imported(ImportReport),
    /// A candidate arrived alone (an interviewer being prepared) and was added: the name.
    CandidateImported(String),
    /// A file was refused, with the reason; nothing changed.
    ImportFailed(ImportRefusal),
    /// A link was refused, with the reason in link terms; nothing changed.
    LinkRefused(LinkRefusal),
    /// What arrived was previewed and ignored; nothing changed.
    Ignored,
    /// A deleted candidate's name, while undo is possible.
    Deleted(String),
    /// Another tab changed records this tab had also changed: ours are kept, theirs
    /// are in `ScorecardState::other_tab` until taken or dismissed.
    OtherTabConflict(usize),
    /// A candidate's interview plan was saved.
    PlanSaved,
    /// A role drafted from the quiz's recommendation was accepted, under this name.
    RoleAdded(String),
    /// The origin's storage is nearly full (`ScorecardState::headroom` says how full).
    NearlyFull,
    /// About this browser's interviewer key (`super::signing`).
    Signing(SigningNotice),
}

/// What the widget says about this browser's interviewer key (worded by `super::text`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SigningNotice {
    /// A submit was left unsigned (no Web Crypto).
    Unsigned,
    /// The stored key was damaged and replaced by a new one.
    NewKey,
}

/// Why a picked file was refused (worded by `super::text`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportRefusal {
    /// The browser could not read the file.
    Unreadable,
    /// Neither an export file nor an interview file: why not as an export file.
    Invalid(ImportError),
}

/// Why a link in the address was refused (worded by `super::text`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkRefusal {
    /// A `#br-interview=` link.
    Interview(LinkError),
    /// A `#br-role=` link.
    Role(RoleLinkError),
}

/// What arrived by link or file, before it is imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Incoming {
    Doc(ScorecardDoc),
    Interview(Box<Interview>),
}

/// What arrived, waiting for the user's Import or Ignore: nothing changes before.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Offer {
    pub incoming: Incoming,
    /// Brought by a link (`#br-interview=…`) rather than a picked file.
    pub from_link: bool,
    /// What importing it would do, from a trial on a copy of the document.
    pub preview: ImportReport,
    /// Its signatures wait to be checked at the edge (`super::signing`): nothing is
    /// shown nor imported before.
    pub unchecked: bool,
    /// The `(interview id, version)` whose signature did not verify (removed).
    pub bad: Vec<(String, u32)>,
}

/// A role drafted from the quiz's recommendation, waiting for Accept or Decline:
/// nothing changes before.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleOffer {
    pub draft: RoleDraft,
    /// Brought by a `#br-role=` link rather than left by the quiz under the same key.
    pub from_link: bool,
}

/// What the host page is told, by id only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    CandidateChanged {
        candidate: String,
        change: CandidateChange,
    },
    InterviewSubmitted {
        candidate: String,
        interview: String,
        stage: String,
        version: u32,
    },
    /// A role drafted from the quiz was accepted: the recommendation's content ids.
    RoleAccepted {
        skills: Vec<&'static str>,
        level: &'static str,
        model: &'static str,
    },
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ScorecardState {
    /// Shared, so a message that does not edit it (a filter, a screen) never copies it.
    pub doc: Rc<ScorecardDoc>,
    /// The name this browser's user interviews as.
    pub interviewer: String,
    /// Top-level members of the stored document this build does not know.
    pub unknown: Vec<(String, Value)>,
    pub screen: Screen,
    pub notices: Vec<Notice>,
    /// Whether saves may write over the stored document (`storage::keep_aside`).
    pub keep: KeepAside,
    pub removed: Option<Removed>,
    /// The other tab's versions of records both tabs changed, until taken or dismissed.
    pub other_tab: Vec<Conflict>,
    /// What arrived by link or file, shown as a preview until imported or ignored.
    pub offer: Option<Offer>,
    /// A role drafted from the quiz, shown for review until accepted or declined.
    pub role_offer: Option<RoleOffer>,
    /// Interviews that arrived in conflict with one held here: kept beside it, flagged,
    /// never counted (saved with the document, see `persist`).
    pub kept_aside: Vec<Interview>,
    /// Candidates picked for comparison, in the order picked.
    pub compare: Vec<String>,
    pub show_archived: bool,
    pub filter: String,
    /// How many candidates of the filtered list are shown.
    pub shown: usize,
    /// Why the last edit was refused, shown where it was made (worded by
    /// `super::text::problem`).
    pub problem: Option<Problem>,
    /// Why the last team question was not added, shown by the questions editor.
    pub question_refused: Option<QuestionRefusal>,
    /// Bumped on every change worth saving.
    pub saved_changes: u32,
    /// Where keyboard focus goes when the focused control disappears (a deleted row, a
    /// dismissed notice), and a counter that changes with each request.
    pub focus: (u32, Focus),
    /// The events not yet sent to the host page, in order; the widget emits them and
    /// then drains them ([`ScorecardMsg::EventsSent`]), so the queue never only grows.
    pub events: Vec<Event>,
    /// How many events were drained from the front of `events` so far: event `i` of
    /// `events` is the `events_drained + i`-th of the widget's life.
    pub events_drained: u64,
    /// The last export of everything and the changes since (`storage::backup_info`).
    pub backup: BackupInfo,
    /// Whether the browser keeps the data.
    pub durability: Durability,
    /// How full the origin's storage is, once measured (`storage::headroom`).
    pub headroom: Option<Headroom>,
}

/// Where keyboard focus goes after a change removed the focused control (the view
/// finds the element, `super::focus_selector`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Focus {
    /// The screen's heading, where focus goes when nothing better is left.
    #[default]
    Heading,
    /// The import preview's heading.
    Offer,
    /// The team questions editor's heading.
    QuestionsHeading,
    /// The team questions editor's question field.
    QuestionText,
    /// The role review's heading.
    RoleOffer,
    /// The summary's heading, once the ratings are shown (the button asking goes).
    Summary,
    /// The first stage's button, once a name given on the candidate page makes it appear.
    StageButton,
    /// The delete notice's Undo button (that notice is always the last one).
    UndoButton,
}

/// Why an edit was refused; nothing changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// An interview needs the interviewer's name first.
    NameFirst,
    /// A weight that is not a whole number from 0 to 1000, or all of them 0.
    Weights,
    /// The interview refused the edit.
    Edit(crate::scorecard::EditError),
    /// A role drafted from the quiz needs a name.
    RoleNameBlank,
    /// Another role has that name.
    RoleNameTaken,
}

/// How many candidates the list shows at first and adds per "show more".
pub const PAGE_SIZE: usize = 50;

/// Everything that changes the scorecard widget's state, in three kinds.
#[derive(Debug, Clone, PartialEq)]
pub enum ScorecardMsg {
    /// A change of the stored document, made by the pure model
    /// (`crate::scorecard::doc_edit`).
    Edit(DocEdit),
    /// What the visitor does with what is shown: screens, the list, notices, what
    /// waits for review (an import's preview, a drafted role), undo.
    View(ViewMsg),
    /// What the edge reports: events sent, signatures made and checked, other tabs'
    /// saves, the hold on the stored document, the backup, the browser's storage.
    Edge(EdgeMsg),
}

/// What the visitor does with what is shown.
#[derive(Debug, Clone, PartialEq)]
pub enum ViewMsg {
    Open(Screen),
    /// The name this browser's user interviews as (saved, not in the files).
    SetInterviewer(String),
    /// Puts the last deleted candidate back.
    Undo,
    ToggleCompare(String),
    Filter(String),
    ShowArchived(bool),
    ShowMore,
    /// Something arrived: preview it and ask (nothing changes yet).
    Offer {
        incoming: Incoming,
        from_link: bool,
    },
    /// Import what the preview shows.
    AcceptOffer,
    /// Drop what the preview shows; nothing changes.
    IgnoreOffer,
    /// A role drafted from the quiz's recommendation: review it (nothing changes yet).
    OfferRole {
        link: RoleLink,
        from_link: bool,
    },
    /// Add the reviewed role under `name`.
    AcceptRole {
        name: String,
    },
    /// Drop the reviewed role; nothing changes.
    DeclineRole,
    /// Drop a kept-aside interview (its index in `kept_aside`).
    DiscardAside(usize),
    /// An edit the view itself refused, with the reason.
    Refuse(Problem),
    /// Take the other tab's versions of the records both tabs changed.
    TakeTheirs,
    Show(Notice),
    Dismiss(Notice),
}

/// What the edge reports.
#[derive(Debug, Clone, PartialEq)]
pub enum EdgeMsg {
    /// The first `0` events of the widget's life were sent: drop them from the queue.
    EventsSent(u64),
    /// This browser signed a submitted version (`super::signing`).
    Signed {
        interview: String,
        version: u32,
        signature: Signature,
    },
    /// The signatures of what is offered were checked at the edge: those of `bad` did
    /// not verify (`super::signing`).
    Verified {
        incoming: Incoming,
        bad: Vec<(String, u32)>,
    },
    /// What another tab saved as kept aside: it replaces this tab's list (not saved
    /// again, storage has it).
    KeptAsideElsewhere(Vec<Interview>),
    /// The merge of this widget's document with one that another tab, or a same-key
    /// widget of this page, saved; `save` when it holds changes that storage does not
    /// have yet. A widget of this page also sends the interviewer to take (one page,
    /// one visitor); another tab's is not taken.
    Replace {
        doc: Rc<ScorecardDoc>,
        interviewer: Option<String>,
        save: bool,
    },
    /// Records both tabs changed differently (ours were kept).
    OtherTabConflicts(Vec<Conflict>),
    /// What happened to a stored document saves are held for.
    Keep(KeepEvent),
    /// A held document was kept aside after all, under this key (a save retried the
    /// copy and it fitted).
    KeptAside(String),
    /// Everything was exported, at this time (seconds since 1970).
    Exported(u32),
    /// The backup lines another tab or same-key widget wrote (or storage holds).
    BackupHeard(BackupInfo),
    /// What the browser said about keeping the data.
    Durability(Durability),
    /// How full the origin's storage is, measured after a save.
    Headroom(Headroom),
}

impl ScorecardMsg {
    /// Whether this message, when it asks for a save, is a change made in this
    /// widget: not the interviewer's name (not in the files), nor what the edge
    /// reports (a merge of another's save, the release of a held save, an export, a
    /// signature).
    fn is_own_edit(&self) -> bool {
        match self {
            ScorecardMsg::Edit(_) => true,
            ScorecardMsg::View(view) => !matches!(view, ViewMsg::SetInterviewer(_)),
            ScorecardMsg::Edge(_) => false,
        }
    }
}

/// What a message is to the reducer: an edit, a view message or a report from the
/// edge that may change what the screen shows, or bookkeeping.
enum Report {
    /// Bookkeeping (sent events drained, what the browser or storage reports): it
    /// leaves what the screen shows (a refusal's reason) alone; `repeats` when it only
    /// repeats what the state holds (the browser's answers, the backup lines heard again).
    Bookkeeping { repeats: bool },
    /// An edit, a view message, or anything else the edge reports: it clears the
    /// reason of the last refusal.
    News,
}

impl EdgeMsg {
    fn report(&self, state: &ScorecardState) -> Report {
        let bookkeeping = |repeats| Report::Bookkeeping { repeats };
        match self {
            EdgeMsg::Durability(durability) => bookkeeping(state.durability == *durability),
            EdgeMsg::Headroom(headroom) => bookkeeping(state.headroom == Some(*headroom)),
            EdgeMsg::BackupHeard(info) => bookkeeping(state.backup.merge(*info) == state.backup),
            EdgeMsg::EventsSent(_) => bookkeeping(false),
            EdgeMsg::Signed { .. }
            | EdgeMsg::Verified { .. }
            | EdgeMsg::KeptAsideElsewhere(_)
            | EdgeMsg::Replace { .. }
            | EdgeMsg::OtherTabConflicts(_)
            | EdgeMsg::Keep(_)
            | EdgeMsg::KeptAside(_)
            | EdgeMsg::Exported(_) => Report::News,
        }
    }
}

impl From<DocEdit> for ScorecardMsg {
    fn from(edit: DocEdit) -> Self {
        ScorecardMsg::Edit(edit)
    }
}

impl From<ViewMsg> for ScorecardMsg {
    fn from(view: ViewMsg) -> Self {
        ScorecardMsg::View(view)
    }
}

impl From<EdgeMsg> for ScorecardMsg {
    fn from(edge: EdgeMsg) -> Self {
        ScorecardMsg::Edge(edge)
    }
}

impl Reducible for ScorecardState {
    type Action = ScorecardMsg;

    fn reduce(self: Rc<Self>, msg: ScorecardMsg) -> Rc<Self> {
        // A report that changes nothing keeps the state as it is, so nothing renders (a
        // render resets a field's text the visitor has typed but not yet left).
        let report = match &msg {
            ScorecardMsg::Edge(edge) => edge.report(&self),
            ScorecardMsg::Edit(_) | ScorecardMsg::View(_) => Report::News,
        };
        if let Report::Bookkeeping { repeats: true } = report {
            return self;
        }
        let mut state = Rc::unwrap_or_clone(self);
        if let Report::News = report {
            state.problem = None;
            state.question_refused = None;
        }
        let own_edit = msg.is_own_edit();
        if state.apply(msg) {
            state.saved_changes = state.saved_changes.wrapping_add(1);
            if own_edit {
                state.backup = state.backup.changed();
            }
        }
        Rc::new(state)
    }
}

impl ScorecardState {
    /// Applies `msg`; `true` when the document (or the interviewer) changed.
    pub fn apply(&mut self, msg: ScorecardMsg) -> bool {
        match msg {
            ScorecardMsg::Edit(change) => self.edit(change),
            ScorecardMsg::View(view) => self.apply_view(view),
            ScorecardMsg::Edge(edge) => self.heard(edge),
        }
    }

    /// Makes `change` to the document, then what follows from it here: the host
    /// page's events, focus, notices, the screen; the reason when it was refused.
    fn edit(&mut self, change: DocEdit) -> bool {
        if matches!(
            change,
            DocEdit::AddQuestion { .. } | DocEdit::RemoveQuestion { .. }
        ) {
            // The questions editor's reason is about the last change of the bank.
            self.question_refused = None;
        }
        let doc = Rc::make_mut(&mut self.doc);
        match doc_edit::apply(doc, change, &self.interviewer) {
            Ok(applied) => {
                let changed = applied.changed();
                self.follow(applied);
                changed
            }
            Err(refused) => {
                self.refused(refused);
                false
            }
        }
    }

    /// What follows here from an applied edit.
    fn follow(&mut self, applied: Applied) {
        match applied {
            Applied::Nothing | Applied::Changed => {}
            Applied::Candidate(id, change) => self.candidate_changed(id, change),
            Applied::Deleted(removed) => self.deleted(removed),
            Applied::Revealed => self.focus_on(Focus::Summary),
            Applied::Started(id) | Applied::Opened(id) => self.screen = Screen::Interview(id),
            Applied::Submitted {
                candidate,
                interview,
                stage,
                version,
            } => self.events.push(Event::InterviewSubmitted {
                candidate,
                interview,
                stage,
                version,
            }),
            Applied::Discarded {
                interview,
                candidate,
            } => {
                if self.screen == Screen::Interview(interview) {
                    self.screen = Screen::Candidate(candidate);
                }
            }
            Applied::PlanSaved(id) => {
                self.show(Notice::PlanSaved);
                self.candidate_changed(id, CandidateChange::Updated);
            }
            Applied::QuestionAdded => self.focus_on(Focus::QuestionText),
            Applied::QuestionRemoved => self.focus_on(Focus::QuestionsHeading),
            Applied::Imported(report) => self.imported(report),
        }
    }

    /// Why an edit was refused, shown where it was made.
    fn refused(&mut self, refused: Refused) {
        match refused {
            Refused::NameFirst => self.problem = Some(Problem::NameFirst),
            Refused::Weights => self.problem = Some(Problem::Weights),
            Refused::Interview(error) => self.problem = Some(Problem::Edit(error)),
            Refused::RoleNameTaken => self.problem = Some(Problem::RoleNameTaken),
            Refused::Question(refusal) => self.question_refused = Some(refusal),
        }
    }

    /// Tells the host page that a candidate changed; an archived one leaves the list
    /// and the comparison, a restored one takes its notice away.
    fn candidate_changed(&mut self, id: String, change: CandidateChange) {
        match change {
            CandidateChange::Archived | CandidateChange::Unarchived => {
                self.compare.retain(|picked| *picked != id);
                let gone = change == CandidateChange::Archived && !self.show_archived;
                if gone && self.screen == Screen::List {
                    self.focus_on(Focus::Heading);
                }
            }
            CandidateChange::Restored => {
                self.notices
                    .retain(|notice| !matches!(notice, Notice::Deleted(_)));
                self.focus_on(Focus::Heading);
            }
            CandidateChange::Added | CandidateChange::Updated | CandidateChange::Deleted => {}
        }
        self.events.push(Event::CandidateChanged {
            candidate: id,
            change,
        });
    }

    /// A deleted candidate: named in a notice with Undo (the last one), out of the
    /// comparison, back on the list.
    fn deleted(&mut self, removed: Removed) {
        let id = removed.candidate.id.clone();
        self.notices
            .retain(|notice| !matches!(notice, Notice::Deleted(_)));
        self.notices
            .push(Notice::Deleted(removed.candidate.name.clone()));
        self.removed = Some(removed);
        self.focus_on(Focus::UndoButton);
        self.compare.retain(|picked| *picked != id);
        if self.screen != Screen::List {
            self.screen = Screen::List;
        }
        self.candidate_changed(id, CandidateChange::Deleted);
    }

    /// Applies what the visitor did with what is shown; `true` when the document (or
    /// the interviewer) changed.
    fn apply_view(&mut self, view: ViewMsg) -> bool {
        match view {
            ViewMsg::SetInterviewer(name) => self.set_interviewer(name.trim()),
            ViewMsg::Undo => match self.removed.take() {
                Some(removed) => self.edit(DocEdit::Restore(removed)),
                None => false,
            },
            ViewMsg::Offer {
                incoming,
                from_link,
            } => self.view(|state| state.offer(incoming, from_link)),
            ViewMsg::AcceptOffer => match self.offer.take() {
                Some(offer) if offer.unchecked => {
                    self.offer = Some(offer);
                    false
                }
                Some(offer) => self.import(offer.incoming),
                None => false,
            },
            ViewMsg::IgnoreOffer => self.view(|state| {
                if state.offer.take().is_some() {
                    state.show(Notice::Ignored);
                }
            }),
            ViewMsg::AcceptRole { name } => self.accept_role(&name),
            ViewMsg::DiscardAside(index) => {
                let known = index < self.kept_aside.len();
                if known {
                    self.kept_aside.remove(index);
                }
                known
            }
            ViewMsg::TakeTheirs => self.take_theirs(),
            // What follows changes only what is shown, never the document.
            ViewMsg::Open(screen) => self.view(|state| state.screen = screen),
            ViewMsg::ToggleCompare(id) => self.view(|state| state.toggle_compare(id)),
            ViewMsg::Filter(filter) => self.view(|state| {
                state.filter = filter;
                state.shown = PAGE_SIZE;
            }),
            ViewMsg::ShowArchived(show) => self.view(|state| state.show_archived = show),
            ViewMsg::ShowMore => self.view(|state| state.shown = state.page_size() + PAGE_SIZE),
            ViewMsg::Refuse(problem) => self.view(|state| state.problem = Some(problem)),
            ViewMsg::Show(notice) => self.view(|state| state.show(notice)),
            ViewMsg::Dismiss(notice) => self.view(|state| state.dismiss(notice)),
            ViewMsg::OfferRole { link, from_link } => {
                self.view(|state| state.offer_role(&link, from_link))
            }
            ViewMsg::DeclineRole => self.view(Self::decline_role),
        }
    }

    /// Takes what the edge reports; `true` when it asks for a save.
    fn heard(&mut self, edge: EdgeMsg) -> bool {
        match edge {
            EdgeMsg::EventsSent(upto) => self.view(|state| state.drain_events(upto)),
            EdgeMsg::Signed {
                interview,
                version,
                signature,
            } => self.edit(DocEdit::Sign {
                interview,
                version,
                signature,
            }),
            EdgeMsg::Verified { incoming, bad } => {
                self.view(|state| super::signing::verified(state, incoming, bad))
            }
            EdgeMsg::Replace {
                doc,
                interviewer,
                save,
            } => self.replace(doc, interviewer, save),
            EdgeMsg::Keep(event) => self.keep_event(event, None),
            EdgeMsg::KeptAside(key) => self.keep_event(KeepEvent::Copied, Some(key)),
            EdgeMsg::Exported(now) => {
                // Saved like a change, so the date is stored and other widgets hear it.
                self.backup = BackupInfo::exported_at(now);
                true
            }
            EdgeMsg::KeptAsideElsewhere(kept) => self.view(|state| state.kept_aside = kept),
            EdgeMsg::OtherTabConflicts(conflicts) => {
                self.view(|state| state.other_tab_conflicts(conflicts))
            }
            EdgeMsg::BackupHeard(info) => {
                self.view(|state| state.backup = state.backup.merge(info))
            }
            EdgeMsg::Durability(durability) => self.view(|state| state.durability = durability),
            EdgeMsg::Headroom(headroom) => self.view(|state| state.set_headroom(headroom)),
        }
    }

    /// Applies a change to what is shown only: the document did not change.
    fn view(&mut self, change: impl FnOnce(&mut Self)) -> bool {
        change(self);
        false
    }

    /// Reviews a role drafted from the quiz's recommendation.
    fn offer_role(&mut self, link: &RoleLink, from_link: bool) {
        let draft = draft_role(link);
        self.role_offer = Some(RoleOffer { draft, from_link });
        self.focus_on(Focus::RoleOffer);
    }

    /// Drops the reviewed role, if any; nothing changes in the document.
    fn decline_role(&mut self) {
        if self.role_offer.take().is_some() {
            self.focus_on(Focus::Heading);
        }
    }

    /// Applies `event` to the hold on the stored document; `true` (save everything now)
    /// when it releases the hold. A copy kept aside is then named in a notice.
    fn keep_event(&mut self, event: KeepEvent, kept_under: Option<String>) -> bool {
        let before = self.keep;
        self.keep = before.next(event);
        if before.may_write() || !self.keep.may_write() {
            return false;
        }
        self.notices.retain(|notice| *notice != Notice::Held);
        if let (KeepAside::Held { why, .. }, Some(key)) = (before, kept_under) {
            self.notices.push(Notice::KeptAside { why, key });
        }
        if event == KeepEvent::Confirmed {
            // The confirm button went with its notice.
            self.focus_on(Focus::Heading);
        }
        true
    }

    /// Takes the merge of this widget's document with another tab's or widget's.
    fn replace(&mut self, doc: Rc<ScorecardDoc>, interviewer: Option<String>, save: bool) -> bool {
        self.doc = doc;
        if let Some(interviewer) = interviewer {
            self.interviewer = interviewer;
        }
        self.compare.retain(|id| self.doc.candidate(id).is_some());
        // Written back only when storage lacks some of it, so the tabs settle.
        save
    }

    /// Takes a measured headroom; the warning shows when storage becomes nearly full
    /// and goes when it is not any more.
    pub fn set_headroom(&mut self, headroom: Headroom) {
        let was_low = self.headroom.is_some_and(|known| known.low);
        self.headroom = Some(headroom);
        if !headroom.low {
            self.notices.retain(|notice| *notice != Notice::NearlyFull);
        } else if !was_low {
            self.show(Notice::NearlyFull);
        }
    }

    fn other_tab_conflicts(&mut self, conflicts: Vec<Conflict>) {
        self.notices
            .retain(|notice| !matches!(notice, Notice::OtherTabConflict(_)));
        self.notices.push(Notice::OtherTabConflict(conflicts.len()));
        self.other_tab = conflicts;
    }

    fn dismiss(&mut self, notice: Notice) {
        match notice {
            Notice::Deleted(_) => self.removed = None,
            Notice::OtherTabConflict(_) => self.other_tab.clear(),
            _ => {}
        }
        self.notices.retain(|shown| *shown != notice);
        self.focus_on(Focus::Heading);
    }

    /// The document, to edit: copied first only while an earlier state still holds it.
    pub fn doc_mut(&mut self) -> &mut ScorecardDoc {
        Rc::make_mut(&mut self.doc)
    }

    /// How many candidates the list shows.
    pub fn page_size(&self) -> usize {
        self.shown.max(PAGE_SIZE)
    }

    /// Shows `notice` once; an import notice replaces the previous import notice.
    pub fn show(&mut self, notice: Notice) {
        if notice == Notice::Held && self.keep.may_write() {
            return; // released since the save that was held
        }
        if about_import(&notice) {
            self.notices.retain(|shown| !about_import(shown));
        }
        if !self.notices.contains(&notice) {
            self.notices.push(notice);
        }
    }

    /// Asks for focus on `target`.
    fn focus_on(&mut self, target: Focus) {
        self.focus = (self.focus.0.wrapping_add(1), target);
    }

    /// Drops the events sent so far (the first `upto` of the widget's life).
    fn drain_events(&mut self, upto: u64) {
        let sent = upto.saturating_sub(self.events_drained);
        let count = usize::try_from(sent)
            .unwrap_or(usize::MAX)
            .min(self.events.len());
        self.events.drain(..count);
        self.events_drained += count as u64;
    }

    /// The name this browser's user interviews as. Given on a candidate page (where the
    /// stages wait for it), focus moves on to the first stage's button.
    fn set_interviewer(&mut self, name: &str) -> bool {
        if self.interviewer == name {
            return false;
        }
        if self.interviewer.is_empty() && matches!(self.screen, Screen::Candidate(_)) {
            self.focus_on(Focus::StageButton);
        }
        self.interviewer = name.to_owned();
        true
    }

    /// Adds the reviewed role under `name` (trimmed): its level, weights and plan.
    /// Refused, with the reason, for a blank name or one a role has already.
    fn accept_role(&mut self, name: &str) -> bool {
        let Some(offer) = &self.role_offer else {
            return false;
        };
        let name = name.trim();
        if name.is_empty() {
            self.problem = Some(Problem::RoleNameBlank);
            return false;
        }
        let draft = offer.draft.clone();
        let mut role = Role::new(name, draft.level);
        role.weights = draft.weights;
        role.plan = draft.plan.iter().map(|stage| (*stage).to_owned()).collect();
        if !self.edit(DocEdit::AddRole(role)) {
            return false;
        }
        self.events.push(Event::RoleAccepted {
            skills: draft.link.skills.clone(),
            level: draft.level.id(),
            model: draft.link.model,
        });
        self.role_offer = None;
        self.show(Notice::RoleAdded(name.to_owned()));
        self.focus_on(Focus::Heading);
        true
    }

    fn take_theirs(&mut self) -> bool {
        let conflicts = std::mem::take(&mut self.other_tab);
        for conflict in &conflicts {
            take_theirs(self.doc_mut(), conflict);
        }
        self.notices
            .retain(|notice| !matches!(notice, Notice::OtherTabConflict(_)));
        self.focus_on(Focus::Heading);
        !conflicts.is_empty()
    }

    fn toggle_compare(&mut self, id: String) {
        if let Some(position) = self.compare.iter().position(|picked| *picked == id) {
            self.compare.remove(position);
        } else if self.compare.len() < 4 {
            self.compare.push(id);
        }
    }

    /// Previews `incoming`: what importing it would do, tried on a copy of the
    /// document. The document is not touched.
    fn offer(&mut self, incoming: Incoming, from_link: bool) {
        let mut trial = (*self.doc).clone();
        let preview = match incoming.clone() {
            Incoming::Doc(doc) => edit::import_doc(&mut trial, doc),
            Incoming::Interview(interview) => edit::import_interview(&mut trial, *interview),
        };
        self.notices.retain(|shown| !about_import(shown));
        let unchecked = super::signing::has_signatures(&incoming);
        self.offer = Some(Offer {
            incoming,
            from_link,
            preview,
            unchecked,
            bad: Vec::new(),
        });
        self.focus_on(Focus::Offer);
    }

    fn import(&mut self, incoming: Incoming) -> bool {
        let alone = match &incoming {
            Incoming::Doc(doc) if doc.interviews.is_empty() => match doc.candidates.as_slice() {
                [candidate] => Some(candidate.name.clone()),
                _ => None,
            },
            _ => None,
        };
        let report = match incoming {
            Incoming::Doc(doc) => edit::import_doc(self.doc_mut(), doc),
            Incoming::Interview(interview) => edit::import_interview(self.doc_mut(), *interview),
        };
        self.focus_on(Focus::Heading);
        match alone {
            Some(name) if report.candidates_added == 1 => {
                self.show(Notice::CandidateImported(name));
                true
            }
            _ => {
                let changed = report.changes_anything();
                self.imported(report);
                changed
            }
        }
    }

    fn imported(&mut self, mut report: ImportReport) {
        for (interview, _) in std::mem::take(&mut report.kept_aside) {
            if !self.kept_aside.contains(&interview) {
                self.kept_aside.push(interview);
            }
        }
        self.show(Notice::Imported(report));
    }
}

/// Whether `notice` tells what became of something that arrived (one at a time).
fn about_import(notice: &Notice) -> bool {
    matches!(
        notice,
        Notice::Imported(_)
            | Notice::CandidateImported(_)
            | Notice::ImportFailed(_)
            | Notice::LinkRefused(_)
            | Notice::Ignored
    )
}
