//! The scorecard widget's state and reducer. The document (candidates, roles,
//! interviews) changes only through [`ScorecardMsg`]s, which the reducer applies with
//! the model's rules and document edits (`crate::scorecard`, `crate::scorecard::edit`); what the host page
//! should hear about is queued in `events`, and `saved_changes` tells the saving effect
//! when there is something new to write.

use std::rc::Rc;

use yew::Reducible;

use crate::codec::error::ImportError;
use crate::codec::json::Value;
use crate::export::link::LinkError;
use crate::scorecard::edit::{self, ImportReport, QuestionRefusal, Removed};
use crate::scorecard::role_draft::{draft_role, RoleDraft};
use crate::scorecard::role_link::{RoleLink, RoleLinkError};
use crate::scorecard::signing::Signature;
use crate::scorecard::{
    Candidate, Decision, Interview, PlannedStage, Role, RoleLevel, Score, ScorecardDoc,
    TeamQuestion, Weights,
};
use crate::storage::backup_info::{BackupInfo, Durability};
use crate::storage::headroom::Headroom;
use crate::storage::keep_aside::{KeepAside, KeepEvent, Unusable};
use crate::storage::scorecard_merge::{take_theirs, Conflict};

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
    /// About this browser's interviewer key (`super::signing`): a submit left unsigned,
    /// or a damaged key replaced.
    Signing(&'static str),
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
        change: &'static str,
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

/// Fields of the candidate form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CandidateFields {
    pub name: String,
    pub role: String,
    pub level: RoleLevel,
    pub notes: String,
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

/// Everything that changes the scorecard widget's state.
#[derive(Debug, Clone, PartialEq)]
pub enum ScorecardMsg {
    /// The first `0` events of the widget's life were sent: drop them from the queue.
    EventsSent(u64),
    Open(Screen),
    SetInterviewer(String),
    AddCandidate {
        id: String,
        fields: CandidateFields,
    },
    EditCandidate {
        id: String,
        fields: CandidateFields,
    },
    SetArchived {
        id: String,
        archived: bool,
    },
    Delete(String),
    Undo,
    StartInterview {
        id: String,
        candidate: String,
        stage: &'static str,
    },
    Rate {
        interview: String,
        competency: &'static str,
        score: Score,
    },
    Note {
        interview: String,
        competency: &'static str,
        note: String,
    },
    Decide {
        interview: String,
        decision: Decision,
    },
    Submit(String),
    Revise(String),
    DiscardDraft(String),
    SetWeight {
        role: String,
        competency: &'static str,
        weight: u16,
    },
    UsePreset {
        role: String,
        level: RoleLevel,
    },
    /// Replaces a candidate's interview plan (empty: no plan).
    SetPlan {
        candidate: String,
        plan: Vec<PlannedStage>,
    },
    /// Whether the role handles sensitive data (the security guard reads it).
    SetSensitiveData {
        role: String,
        sensitive: bool,
    },
    /// Adds a team's own question to the stage's bank of the candidate's role.
    AddQuestion {
        candidate: String,
        stage: &'static str,
        text: String,
        probes: Vec<&'static str>,
    },
    /// Removes a team's own question from the role's bank.
    RemoveQuestion {
        role: String,
        stage: &'static str,
        text: String,
    },
    ToggleCompare(String),
    /// Someone with no interview of the candidate chose to see the ratings: remembered
    /// on the candidate in the stored document (`Candidate::revealed`).
    Reveal(String),
    Filter(String),
    ShowArchived(bool),
    ShowMore,
    ImportDoc(ScorecardDoc),
    ImportInterview(Box<Interview>),
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
    /// An edit the view itself refused, with the reason.
    Refuse(Problem),
    /// Records both tabs changed differently (ours were kept).
    OtherTabConflicts(Vec<Conflict>),
    /// Take the other tab's versions of those records.
    TakeTheirs,
    Show(Notice),
    Dismiss(Notice),
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
    /// widget: not a merge of another's save, the interviewer's name (not in the
    /// files), the release of a held save or an export.
    fn is_own_edit(&self) -> bool {
        !matches!(
            self,
            ScorecardMsg::SetInterviewer(_)
                | ScorecardMsg::Replace { .. }
                | ScorecardMsg::Keep(_)
                | ScorecardMsg::KeptAside(_)
                | ScorecardMsg::Exported(_)
                | ScorecardMsg::Signed { .. }
        )
    }
}

impl Reducible for ScorecardState {
    type Action = ScorecardMsg;

    fn reduce(self: Rc<Self>, msg: ScorecardMsg) -> Rc<Self> {
        // A report that changes nothing keeps the state as it is, so nothing renders (a
        // render resets a field's text the visitor has typed but not yet left).
        let unchanged = match &msg {
            ScorecardMsg::Durability(durability) => self.durability == *durability,
            ScorecardMsg::Headroom(headroom) => self.headroom == Some(*headroom),
            ScorecardMsg::BackupHeard(info) => self.backup.merge(*info) == self.backup,
            _ => false,
        };
        if unchanged {
            return self;
        }
        let mut state = Rc::unwrap_or_clone(self);
        // Draining sent events and what the browser or storage reports are bookkeeping:
        // they leave what the screen shows alone.
        if !matches!(
            msg,
            ScorecardMsg::EventsSent(_)
                | ScorecardMsg::BackupHeard(_)
                | ScorecardMsg::Durability(_)
                | ScorecardMsg::Headroom(_)
        ) {
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
            ScorecardMsg::EventsSent(upto) => {
                self.drain_events(upto);
                false
            }
            ScorecardMsg::SetInterviewer(name) => self.set_interviewer(name.trim()),
            ScorecardMsg::Reveal(id) => self.reveal(&id),
            ScorecardMsg::AddCandidate { id, fields } => self.add(id, fields),
            ScorecardMsg::EditCandidate { id, fields } => self.edit(id, fields),
            ScorecardMsg::SetArchived { id, archived } => self.archive(id, archived),
            ScorecardMsg::Delete(id) => self.delete(&id),
            ScorecardMsg::Undo => self.undo(),
            ScorecardMsg::StartInterview {
                id,
                candidate,
                stage,
            } => self.start_interview(id, candidate, stage),
            ScorecardMsg::Rate {
                interview,
                competency,
                score,
            } => self.edit_interview(&interview, |i| i.rate(competency, score)),
            ScorecardMsg::Note {
                interview,
                competency,
                note,
            } => self.edit_interview(&interview, |i| i.set_note(competency, &note)),
            ScorecardMsg::Decide {
                interview,
                decision,
            } => self.edit_interview(&interview, |i| i.record_decision(decision)),
            ScorecardMsg::Submit(id) => self.submit(&id),
            ScorecardMsg::Revise(id) => self.edit_interview(&id, Interview::revise),
            ScorecardMsg::DiscardDraft(id) => self.discard_draft(&id),
            ScorecardMsg::SetWeight {
                role,
                competency,
                weight,
            } => self.set_weights(&role, |w| w.with(competency, weight).ok()),
            ScorecardMsg::UsePreset { role, level } => {
                self.set_weights(&role, |_| Some(Weights::preset(level)))
            }
            ScorecardMsg::SetPlan { candidate, plan } => self.set_plan(&candidate, plan),
            ScorecardMsg::SetSensitiveData { role, sensitive } => {
                self.set_sensitive_data(&role, sensitive)
            }
            ScorecardMsg::AddQuestion {
                candidate,
                stage,
                text,
                probes,
            } => self.add_question(&candidate, stage, &text, &probes),
            ScorecardMsg::RemoveQuestion { role, stage, text } => {
                self.question_refused = None;
                let removed = edit::remove_question(self.doc_mut(), &role, stage, &text);
                if removed {
                    self.focus_on(Focus::QuestionsHeading);
                }
                removed
            }
            ScorecardMsg::ImportDoc(incoming) => {
                let report = edit::import_doc(self.doc_mut(), incoming);
                self.imported(report)
            }
            ScorecardMsg::ImportInterview(incoming) => {
                let report = edit::import_interview(self.doc_mut(), *incoming);
                self.imported(report)
            }
            ScorecardMsg::Offer {
                incoming,
                from_link,
            } => {
                self.offer(incoming, from_link);
                false
            }
            ScorecardMsg::AcceptOffer => match self.offer.take() {
                Some(offer) if offer.unchecked => {
                    self.offer = Some(offer);
                    false
                }
                Some(offer) => self.import(offer.incoming),
                None => false,
            },
            ScorecardMsg::IgnoreOffer => {
                if self.offer.take().is_some() {
                    self.show(Notice::Ignored);
                }
                false
            }
            ScorecardMsg::AcceptRole { name } => self.accept_role(&name),
            ScorecardMsg::Signed {
                interview,
                version,
                signature,
            } => super::signing::attach(self, &interview, version, signature),
            ScorecardMsg::Verified { incoming, bad } => {
                super::signing::verified(self, incoming, bad);
                false
            }
            ScorecardMsg::DiscardAside(index) => {
                if index < self.kept_aside.len() {
                    self.kept_aside.remove(index);
                    true
                } else {
                    false
                }
            }
            ScorecardMsg::Replace {
                doc,
                interviewer,
                save,
            } => self.replace(doc, interviewer, save),
            ScorecardMsg::TakeTheirs => self.take_theirs(),
            ScorecardMsg::Keep(event) => self.keep_event(event, None),
            ScorecardMsg::KeptAside(key) => self.keep_event(KeepEvent::Copied, Some(key)),
            ScorecardMsg::Exported(now) => {
                // Saved like a change, so the date is stored and other widgets hear it.
                self.backup = BackupInfo::exported_at(now);
                true
            }
            // What follows changes only what is shown, never the document.
            ScorecardMsg::Open(screen) => self.view(|state| state.screen = screen),
            ScorecardMsg::ToggleCompare(id) => self.view(|state| state.toggle_compare(id)),
            ScorecardMsg::Filter(filter) => self.view(|state| {
                state.filter = filter;
                state.shown = PAGE_SIZE;
            }),
            ScorecardMsg::ShowArchived(show) => self.view(|state| state.show_archived = show),
            ScorecardMsg::ShowMore => {
                self.view(|state| state.shown = state.page_size() + PAGE_SIZE)
            }
            ScorecardMsg::Refuse(problem) => self.view(|state| state.problem = Some(problem)),
            ScorecardMsg::OtherTabConflicts(conflicts) => {
                self.view(|state| state.other_tab_conflicts(conflicts))
            }
            ScorecardMsg::KeptAsideElsewhere(kept) => self.view(|state| state.kept_aside = kept),
            ScorecardMsg::Show(notice) => self.view(|state| state.show(notice)),
            ScorecardMsg::Dismiss(notice) => self.view(|state| state.dismiss(notice)),
            ScorecardMsg::OfferRole { link, from_link } => {
                self.view(|state| state.offer_role(&link, from_link))
            }
            ScorecardMsg::DeclineRole => self.view(Self::decline_role),
            ScorecardMsg::BackupHeard(info) => {
                self.view(|state| state.backup = state.backup.merge(info))
            }
            ScorecardMsg::Durability(durability) => {
                self.view(|state| state.durability = durability)
            }
            ScorecardMsg::Headroom(headroom) => self.view(|state| state.set_headroom(headroom)),
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

    fn changed(&mut self, candidate: &str, change: &'static str) {
        self.events.push(Event::CandidateChanged {
            candidate: candidate.to_owned(),
            change,
        });
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

    /// Remembers that the viewer chose to see the candidate's ratings.
    fn reveal(&mut self, id: &str) -> bool {
        let Some(current) = self.doc.candidate(id).filter(|c| !c.revealed) else {
            return false;
        };
        let mut updated = current.clone();
        updated.revealed = true;
        self.focus_on(Focus::Summary);
        edit::update_candidate(self.doc_mut(), updated)
    }

    fn add(&mut self, id: String, fields: CandidateFields) -> bool {
        let name = fields.name.trim();
        if name.is_empty() {
            return false;
        }
        let mut candidate = Candidate::new(&id, name, fields.role.trim(), fields.level);
        candidate.notes = fields.notes;
        candidate.plan = edit::role_plan(&self.doc, &candidate.role);
        let added = edit::add_candidate(self.doc_mut(), candidate);
        if added {
            self.changed(&id, "added");
        }
        added
    }

    fn edit(&mut self, id: String, fields: CandidateFields) -> bool {
        let Some(current) = self.doc.candidate(&id) else {
            return false;
        };
        let name = fields.name.trim();
        let mut updated = current.clone();
        if !name.is_empty() {
            updated.name = name.to_owned();
        }
        updated.role = fields.role.trim().to_owned();
        updated.level = fields.level;
        updated.notes = fields.notes;
        if updated == *current {
            return false;
        }
        edit::update_candidate(self.doc_mut(), updated);
        self.changed(&id, "updated");
        true
    }

    fn archive(&mut self, id: String, archived: bool) -> bool {
        let Some(current) = self.doc.candidate(&id) else {
            return false;
        };
        if current.archived == archived {
            return false;
        }
        let mut updated = current.clone();
        updated.archived = archived;
        edit::update_candidate(self.doc_mut(), updated);
        self.compare.retain(|picked| *picked != id);
        if archived && !self.show_archived && self.screen == Screen::List {
            self.focus_on(Focus::Heading);
        }
        self.changed(&id, if archived { "archived" } else { "unarchived" });
        true
    }

    fn delete(&mut self, id: &str) -> bool {
        let Some(removed) = edit::delete_candidate(self.doc_mut(), id) else {
            return false;
        };
        self.notices
            .retain(|notice| !matches!(notice, Notice::Deleted(_)));
        self.notices
            .push(Notice::Deleted(removed.candidate.name.clone()));
        self.removed = Some(removed);
        self.focus_on(Focus::UndoButton);
        self.compare.retain(|picked| picked != id);
        if self.screen != Screen::List {
            self.screen = Screen::List;
        }
        self.changed(id, "deleted");
        true
    }

    fn undo(&mut self) -> bool {
        let Some(removed) = self.removed.take() else {
            return false;
        };
        self.notices
            .retain(|notice| !matches!(notice, Notice::Deleted(_)));
        let id = removed.candidate.id.clone();
        edit::restore_candidate(self.doc_mut(), removed);
        self.focus_on(Focus::Heading);
        self.changed(&id, "restored");
        true
    }

    /// Opens this interviewer's draft for the candidate and stage, or starts one.
    fn start_interview(&mut self, id: String, candidate: String, stage: &'static str) -> bool {
        if self.interviewer.is_empty() || self.doc.candidate(&candidate).is_none() {
            self.problem = Some(Problem::NameFirst);
            return false;
        }
        let existing = self.doc.interviews.iter().find(|interview| {
            interview.candidate_id == candidate
                && interview.stage == stage
                && interview.interviewer == self.interviewer
        });
        if let Some(existing) = existing {
            self.screen = Screen::Interview(existing.id.clone());
            return false;
        }
        let interview = Interview::new(&id, &candidate, &self.interviewer, stage);
        self.doc_mut().interviews.push(interview);
        self.screen = Screen::Interview(id);
        true
    }

    fn edit_interview(
        &mut self,
        id: &str,
        edit: impl FnOnce(&mut Interview) -> Result<(), crate::scorecard::EditError>,
    ) -> bool {
        let mut refused = None;
        let changed = edit::edit_interview(self.doc_mut(), id, |interview| {
            let before = interview.clone();
            match edit(interview) {
                Ok(()) => *interview != before,
                Err(error) => {
                    refused = Some(error);
                    false
                }
            }
        });
        if let Some(error) = refused {
            self.problem = Some(Problem::Edit(error));
        }
        changed
    }

    fn submit(&mut self, id: &str) -> bool {
        if !self.edit_interview(id, Interview::submit) {
            return false;
        }
        if let Some(interview) = self.doc.interviews.iter().find(|i| i.id == id) {
            let event = Event::InterviewSubmitted {
                candidate: interview.candidate_id.clone(),
                interview: interview.id.clone(),
                stage: interview.stage.clone(),
                version: interview.version,
            };
            self.events.push(event);
        }
        true
    }

    /// Deletes a draft that was never submitted (a revision draft is kept).
    fn discard_draft(&mut self, id: &str) -> bool {
        let position = self.doc.interviews.iter().position(|interview| {
            interview.id == id && !interview.is_locked() && interview.history.is_empty()
        });
        let Some(position) = position else {
            return false;
        };
        let discarded = self.doc_mut().interviews.remove(position);
        if self.screen == Screen::Interview(id.to_owned()) {
            self.screen = Screen::Candidate(discarded.candidate_id);
        }
        true
    }

    fn set_weights(
        &mut self,
        role: &str,
        change: impl FnOnce(&Weights) -> Option<Weights>,
    ) -> bool {
        let Some(role) = self
            .doc_mut()
            .roles
            .iter_mut()
            .find(|known| known.name == role)
        else {
            return false;
        };
        match change(&role.weights) {
            Some(weights) if weights != role.weights => {
                role.weights = weights;
                true
            }
            Some(_) => false,
            None => {
                self.problem = Some(Problem::Weights);
                false
            }
        }
    }

    /// Saves a candidate's interview plan: one entry per stage, interviewer names
    /// trimmed.
    fn set_plan(&mut self, id: &str, mut plan: Vec<PlannedStage>) -> bool {
        let Some(current) = self.doc.candidate(id) else {
            return false;
        };
        for planned in &mut plan {
            planned.interviewer = planned.interviewer.trim().to_owned();
        }
        let mut seen = Vec::new();
        plan.retain(|planned| {
            let first = !seen.contains(&planned.stage);
            seen.push(planned.stage.clone());
            first
        });
        if current.plan == plan {
            return false;
        }
        let mut updated = current.clone();
        updated.plan = plan;
        edit::update_candidate(self.doc_mut(), updated);
        self.show(Notice::PlanSaved);
        self.changed(id, "updated");
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
        if !edit::add_role(self.doc_mut(), role) {
            self.problem = Some(Problem::RoleNameTaken);
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

    fn set_sensitive_data(&mut self, role: &str, sensitive: bool) -> bool {
        let roles = &self.doc.roles;
        if !roles
            .iter()
            .any(|known| known.name == role && known.sensitive_data != sensitive)
        {
            return false;
        }
        let doc = self.doc_mut();
        for known in doc.roles.iter_mut().filter(|known| known.name == role) {
            known.sensitive_data = sensitive;
        }
        true
    }

    /// Adds a team's question for the candidate's role; why not, when refused.
    fn add_question(
        &mut self,
        candidate: &str,
        stage: &str,
        text: &str,
        probes: &[&'static str],
    ) -> bool {
        let Some(candidate) = self.doc.candidate(candidate) else {
            return false;
        };
        let (role, level) = (candidate.role.clone(), candidate.level);
        let added = TeamQuestion::new(stage, text, probes)
            .map_err(QuestionRefusal::Invalid)
            .and_then(|question| edit::add_question(self.doc_mut(), &role, level, question));
        self.question_refused = added.err();
        if added.is_ok() {
            self.focus_on(Focus::QuestionText);
        }
        added.is_ok()
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
            _ => self.imported(report),
        }
    }

    fn imported(&mut self, mut report: ImportReport) -> bool {
        let changed = report.changes_anything();
        for (interview, _) in std::mem::take(&mut report.kept_aside) {
            if !self.kept_aside.contains(&interview) {
                self.kept_aside.push(interview);
            }
        }
        self.show(Notice::Imported(report));
        changed
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
