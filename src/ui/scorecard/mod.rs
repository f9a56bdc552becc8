//! The candidate scorecard widget: one stateful component (a reducer over
//! [`ScorecardState`]) that loads and saves the document, tells the host page what
//! changed, keeps the team reminded to back it up (`backup`), and shows the screen the
//! state names. The screens are display-only views
//! that send [`ScorecardMsg`]s.

mod backup;
mod calibration;
mod candidate;
mod compare;
mod interview;
mod judgement;
mod list;
mod persist;
mod questions;
mod radar;
mod role;
mod sharing;
mod signing;
pub mod state;
mod summary;
mod text;
mod transfer;

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

use self::state::{EdgeMsg, Event, Focus, Notice, ScorecardMsg, ScorecardState, Screen, ViewMsg};
use super::focus::use_focus_on_screen_change;
use super::notice::{notices_view, NoticeItem};
use super::stored::use_stored_doc;
use crate::browser::page::focus_in;
use crate::content::messages::{notices as notice_words, scorecard as words};
use crate::embed::events::{candidate_change, emit, Detail};
use crate::embed::options::WidgetOptions;
use crate::export::export_interview;
use crate::scorecard::ScorecardDoc;
use crate::storage::load::DocKeys;
use crate::ui::notice::{download_kept, held_actions};

#[derive(Properties, PartialEq)]
pub struct ScorecardProps {
    pub options: WidgetOptions,
    /// The `<backend-ready>` element, which sends events to the host page.
    pub host: HtmlElement,
}

#[component]
pub fn ScorecardWidget(props: &ScorecardProps) -> Html {
    let storage_key = props.options.storage_key.clone();
    let state = use_reducer(|| {
        if cfg!(feature = "prerender") {
            // The prerendered first screen: nothing stored, no link (`crate::ui::prerender`).
            return ScorecardState::default();
        }
        let mut state = persist::initial_state(&storage_key);
        backup::load_into(&mut state, &storage_key);
        state
    });
    let root = use_node_ref();
    use_stored_doc(&state, &storage_key, || {
        persist::StoredScorecard::new(&state)
    });
    persist::use_links(&state);
    role::use_forget_decided(&state, &storage_key);
    backup::use_durability(&state);
    // Before `use_events`, whose effect drains the events this one reads.
    let signing_over = use_mut_ref(Vec::new);
    signing::use_signatures(&state, &props.options.storage_key, &signing_over);
    use_events(
        &state,
        &props.host,
        props.options.submitted_file,
        &signing_over,
    );
    use_focus_on_screen_change(&root, focus_key(&state));
    use_focus_requests(&root, state.focus);

    // One callback for the widget's lifetime, so memoised parts of a screen (the
    // interview form's competencies) see equal props and skip re-rendering.
    let send = (*use_memo((), {
        let dispatcher = state.dispatcher();
        move |()| Callback::from(move |msg: ScorecardMsg| dispatcher.dispatch(msg))
    }))
    .clone();
    transfer::use_data_api(&state, &send, &props.host);
    let screen = match &state.screen {
        Screen::List => list::list_view(&state, &send),
        Screen::Candidate(id) => candidate::candidate_view(&state, id, &send),
        Screen::Interview(id) => interview::interview_view(&state, id, &send),
        Screen::Compare => compare::compare_view(&state, &send),
        Screen::Calibration => calibration::calibration_view(&state, &send),
    };
    html! {
        <div class="br-scorecard" ref={root}>
            { notices_view(notice_items(&state, &send, &storage_key)) }
            { sharing::offer_view(&state, &send) }
            { role::role_offer_view(&state, &send) }
            { screen }
        </div>
    }
}

fn notice_items(
    state: &ScorecardState,
    send: &Callback<ScorecardMsg>,
    storage_key: &str,
) -> Vec<NoticeItem> {
    state
        .notices
        .iter()
        .map(|notice| {
            let dismissed = notice.clone();
            let actions = match notice {
                Notice::Deleted(_) => vec![(
                    words::UNDO,
                    send.reform(|()| ScorecardMsg::View(ViewMsg::Undo)),
                )],
                Notice::OtherTabConflict(_) => vec![(
                    words::USE_OTHER_TAB_VERSION,
                    send.reform(|()| ScorecardMsg::View(ViewMsg::TakeTheirs)),
                )],
                Notice::KeptAside { key, .. } => {
                    vec![(notice_words::DOWNLOAD_KEPT, download_kept(key))]
                }
                Notice::Held => held_actions(
                    &DocKeys::new(storage_key, persist::KIND).doc,
                    state.keep,
                    &send.reform(|event| ScorecardMsg::Edge(EdgeMsg::Keep(event))),
                ),
                _ => Vec::new(),
            };
            NoticeItem {
                text: text::notice(notice, state),
                dismiss: send
                    .reform(move |()| ScorecardMsg::View(ViewMsg::Dismiss(dismissed.clone()))),
                actions,
            }
        })
        .collect()
}

/// Sends the events the reducer queued, each once, to the host page, then has the
/// reducer drain them. Events are counted over the widget's life, so one queued while
/// a drain is on its way is neither lost nor sent twice. With `with_file` (the
/// `submitted-file` option), an `interview-submitted` event waits until its version's
/// signing is over (`over`), so its file is what "Send as file" writes; one still
/// waiting when the widget goes is sent then.
#[hook]
fn use_events(
    state: &UseReducerHandle<ScorecardState>,
    host: &HtmlElement,
    with_file: bool,
    over: &signing::SigningOver,
) {
    let total = state.events_drained + state.events.len() as u64;
    let sent = use_mut_ref(|| total);
    let waiting = (*use_memo((), |()| {
        Rc::new(WaitingFiles {
            host: host.clone(),
            events: RefCell::default(),
            over: over.clone(),
            latest: RefCell::new(state.clone()),
        })
    }))
    .clone();
    *waiting.latest.borrow_mut() = state.clone();
    let (state, host, queue) = (state.clone(), host.clone(), waiting.clone());
    use_effect_with(total, move |total| {
        let from = std::mem::replace(&mut *sent.borrow_mut(), *total);
        if from >= *total {
            return;
        }
        for (index, event) in (state.events_drained..).zip(&state.events) {
            match event {
                _ if index < from => {}
                Event::InterviewSubmitted { .. } if with_file => {
                    queue.events.borrow_mut().push(event.clone())
                }
                _ => send_event(&host, event, None),
            }
        }
        state.dispatch(ScorecardMsg::Edge(EdgeMsg::EventsSent(*total)));
    });
    let after_render = waiting.clone();
    use_effect(move || after_render.send(false));
    use_effect_with((), move |()| move || waiting.send(true));
}

/// The `interview-submitted` events that wait for their version's signing to be over,
/// to carry the file (`submitted-file`).
struct WaitingFiles {
    host: HtmlElement,
    events: RefCell<Vec<Event>>,
    /// The versions whose signing is over.
    over: signing::SigningOver,
    /// The newest state, for the file.
    latest: RefCell<UseReducerHandle<ScorecardState>>,
}

impl WaitingFiles {
    /// Sends the events whose version's signing is over, or `all` of them.
    fn send(&self, all: bool) {
        // Called after every render: with nothing waiting (nearly always), no more work.
        if self.events.borrow().is_empty() {
            return;
        }
        let (state, over) = (self.latest.borrow(), self.over.borrow());
        let is_over = |interview: &String, version: &u32| {
            over.iter().any(|(id, v)| id == interview && v == version)
        };
        let page = self.page_if_removed();
        self.events.borrow_mut().retain(|event| {
            let ready = match event {
                Event::InterviewSubmitted {
                    interview, version, ..
                } => all || is_over(interview, version),
                _ => true,
            };
            if ready {
                send_event(&self.host, event, Some(&state.doc));
                if let Some(page) = &page {
                    send_event(page, event, Some(&state.doc));
                }
            }
            !ready
        });
    }

    /// The page's root element when the widget's element has left the page: events
    /// sent as the widget goes (it is removed first) would reach no listener on the
    /// document or window, where the README has hosts listen, so they are sent there
    /// too, and each listener hears them once.
    fn page_if_removed(&self) -> Option<HtmlElement> {
        let document = self
            .host
            .owner_document()
            .filter(|_| !self.host.is_connected())?;
        Some(document.document_element()?.unchecked_into())
    }
}

/// Sends `event`; with `doc` (the `submitted-file` option), `interview-submitted` also
/// carries the submitted interview's file, as "send as file" writes it.
fn send_event(host: &HtmlElement, event: &Event, doc: Option<&ScorecardDoc>) {
    match event {
        Event::CandidateChanged { candidate, change } => {
            let detail = Detail::new()
                .with("candidateId", candidate.as_str())
                .with("change", candidate_change(*change));
            emit(host, "candidate-changed", detail);
        }
        Event::InterviewSubmitted {
            candidate,
            interview,
            stage,
            version,
        } => {
            let mut detail = Detail::new()
                .with("candidateId", candidate.as_str())
                .with("interviewId", interview.as_str())
                .with("stage", stage.as_str())
                .with("version", *version);
            let submitted = doc.and_then(|doc| {
                let mut held = doc.interviews.iter();
                held.find(|held| held.id == *interview && held.version == *version)
            });
            if let Some(submitted) = submitted {
                detail = detail.with("file", export_interview(submitted));
            }
            emit(host, "interview-submitted", detail);
        }
        Event::RoleAccepted {
            skills,
            level,
            model,
        } => {
            let detail = Detail::new()
                .with_strings("skills", skills.iter().copied())
                .with("level", *level)
                .with("model", *model);
            emit(host, "role-accepted", detail);
        }
    }
}

/// Moves focus where the reducer asked, after the change is rendered.
#[hook]
fn use_focus_requests(root: &NodeRef, request: (u32, Focus)) {
    let root = root.clone();
    use_effect_with(request, move |(count, target)| {
        if *count == 0 {
            return;
        }
        if let Some(root) = root.cast::<web_sys::Element>() {
            focus_in(&root, focus_selector(*target));
        }
    });
}

/// Where in the widget each focus target is.
fn focus_selector(target: Focus) -> &'static str {
    match target {
        Focus::Heading => "[data-focus]",
        Focus::Offer => ".br-offer h3",
        Focus::QuestionsHeading => "#br-questions-heading",
        Focus::QuestionText => "#br-question-text",
        Focus::RoleOffer => ".br-role-offer h3",
        Focus::Summary => "#br-summary-heading",
        Focus::StageButton => ".br-stage-list .br-actions .br-button",
        Focus::UndoButton => ".br-notice:last-child .br-button:not(.br-button--quiet)",
    }
}

/// What the heading focus follows: the screen, and on an interview its status and
/// version, because submitting or revising replaces the button that had focus.
fn focus_key(state: &ScorecardState) -> (Screen, Option<(bool, u32)>) {
    let interview = match &state.screen {
        Screen::Interview(id) => state.doc.interview(id),
        _ => None,
    };
    let status = interview.map(|interview| (interview.is_locked(), interview.version));
    (state.screen.clone(), status)
}
