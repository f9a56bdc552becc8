//! Files in and out of the scorecard: export everything (dated by `super::backup`,
//! whose reminder shows beside it) or one candidate as JSON, the ratings as CSV, send one interview as a small file, import any of these, and save a
//! stored document that was kept aside. Import reads the file, checks it completely
//! (`crate::export`), and only then offers it for a preview (`super::sharing`); a
//! refused file changes nothing, and an offered one nothing before Import is chosen.
//! The host page's data API (`exportData`, `importData`) takes the same paths.

use std::cell::RefCell;
use std::rc::Rc;

use web_sys::{HtmlElement, HtmlInputElement};
use yew::prelude::*;

use super::backup::{backup_view, export_all};
use super::state::{ImportRefusal, Incoming, Notice, ScorecardMsg, ScorecardState, ViewMsg};
use crate::browser::files::{download, picked_text};
use crate::content::active::backup as backup_text;
use crate::content::messages::scorecard as text;
use crate::export::{export_candidate, export_doc, import_doc, import_interview, ratings_csv};
use crate::scorecard::ScorecardDoc;
use crate::ui::button::{button_view, Look};
use crate::ui::data_api::{register, DataApi, ImportOutcome};

const JSON: &str = "application/json";

/// The list screen's files and backups (the backup lines and exporting everything come
/// from `super::backup`).
pub fn files_view(state: &ScorecardState, send: &Callback<ScorecardMsg>) -> Html {
    let doc = state.doc.clone();
    let export_csv = Callback::from(move |()| {
        download("backend-ready-ratings.csv", "text/csv", &ratings_csv(&doc));
    });
    let onchange = import_callback(send);
    html! {
        <section class="br-files" aria-labelledby="br-files-heading">
            <h3 id="br-files-heading" class="br-subtitle">{ backup_text::HEADING }</h3>
            <p class="br-hint">{ text::FILES_HINT }</p>
            { backup_view(state) }
            <div class="br-actions">
                { button_view(text::EXPORT_ALL, Look::Quiet, &export_all(state, send)) }
                { button_view(text::EXPORT_CSV, Look::Quiet, &export_csv) }
            </div>
            <label class="br-field">
                <span class="br-label">{ text::IMPORT }</span>
                <input type="file" accept=".json,application/json" {onchange}
                    aria-describedby="br-import-hint" />
                <span id="br-import-hint" class="br-hint">{ text::IMPORT_HINT }</span>
            </label>
        </section>
    }
}

fn import_callback(send: &Callback<ScorecardMsg>) -> Callback<Event> {
    let send = send.clone();
    Callback::from(move |event: Event| {
        let input: HtmlInputElement = event.target_unchecked_into();
        let send = send.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let message = match picked_text(&input).await {
                Some(file) => read_import(&file),
                None => ScorecardMsg::View(ViewMsg::Show(Notice::ImportFailed(
                    ImportRefusal::Unreadable,
                ))),
            };
            send.emit(message);
        });
    })
}

/// The message for a picked file: a scorecard or a single interview to preview (nothing
/// changes before the user chooses Import), or the refusal.
pub fn read_import(file: &str) -> ScorecardMsg {
    let offer = |incoming| {
        ScorecardMsg::View(ViewMsg::Offer {
            incoming,
            from_link: false,
        })
    };
    match import_doc(file) {
        Ok(doc) => offer(Incoming::Doc(doc)),
        Err(doc_error) => match import_interview(file) {
            Ok(interview) => offer(Incoming::Interview(Box::new(interview))),
            Err(_) => ScorecardMsg::View(ViewMsg::Show(Notice::ImportFailed(
                ImportRefusal::Invalid(doc_error),
            ))),
        },
    }
}

/// Saves one candidate, their role and interviews as a JSON file.
pub fn download_candidate(state: &ScorecardState, id: &str) -> Callback<()> {
    let file = export_candidate(&state.doc, id);
    let name = file_name(
        "candidate",
        state.doc.candidate(id).map(|c| c.name.as_str()),
    );
    Callback::from(move |()| {
        if let Some(file) = &file {
            download(&name, JSON, file);
        }
    })
}

/// Saves a file made by `crate::export::export_for_interviewers` to the computer.
pub fn download_for_interviewers(name: &str, file: String) -> Callback<()> {
    let name = file_name("candidate-for-interviewers", Some(name));
    Callback::from(move |()| {
        download(&name, JSON, &file);
    })
}

/// One interview with its candidate and role, as a scorecard file to send to the hiring
/// manager; importing it adds the candidate when missing and merges the interview. The
/// role goes without the team's own questions: the file is also a link, which must stay
/// short (the candidate's and the whole export carry them).
pub fn interview_file(state: &ScorecardState, interview_id: &str) -> Option<String> {
    let interview = state.doc.interview(interview_id)?;
    let candidate = state.doc.candidate(&interview.candidate_id)?;
    let mut role = state.doc.role_of(candidate);
    role.questions.clear();
    let single = ScorecardDoc {
        candidates: vec![Rc::new(candidate.clone())],
        roles: vec![role],
        interviews: vec![Rc::clone(interview)],
    };
    Some(export_doc(&single))
}

/// Saves [`interview_file`] to the computer.
pub fn download_interview(state: &ScorecardState, interview_id: &str) -> Callback<()> {
    let file = interview_file(state, interview_id);
    let interview = state.doc.interview(interview_id);
    let name = file_name("interview", interview.map(|i| i.interviewer.as_str()));
    Callback::from(move |()| {
        if let Some(file) = &file {
            download(&name, JSON, file);
        }
    })
}

/// `backend-ready-<kind>-<who>.json`, with `who` reduced to safe file-name characters.
fn file_name(kind: &str, who: Option<&str>) -> String {
    let who: String = who
        .unwrap_or_default()
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .take(40)
        .collect();
    format!("backend-ready-{kind}-{}.json", who.trim_matches('-'))
}

/// The scorecard's data API (`crate::ui::data_api`): the export file of the live
/// document, and imports that take the import control's path.
struct ScorecardApi {
    doc: Rc<RefCell<Rc<ScorecardDoc>>>,
    send: Callback<ScorecardMsg>,
}

impl DataApi for ScorecardApi {
    fn export_data(&self) -> String {
        export_doc(&self.doc.borrow())
    }

    fn import_data(&self, text: &str) -> ImportOutcome {
        let message = read_import(text);
        let outcome = match &message {
            ScorecardMsg::View(ViewMsg::Offer {
                incoming: Incoming::Doc(_),
                ..
            }) => ImportOutcome::Offered("scorecard"),
            ScorecardMsg::View(ViewMsg::Offer { .. }) => ImportOutcome::Offered("interview"),
            ScorecardMsg::View(ViewMsg::Show(Notice::ImportFailed(why))) => {
                ImportOutcome::Refused(super::text::import_reason(why))
            }
            _ => ImportOutcome::Refused(String::new()),
        };
        self.send.emit(message);
        outcome
    }
}

/// Registers the scorecard's data API for `host` while the widget is mounted.
#[hook]
pub fn use_data_api(state: &ScorecardState, send: &Callback<ScorecardMsg>, host: &HtmlElement) {
    let doc = use_mut_ref(|| state.doc.clone());
    *doc.borrow_mut() = state.doc.clone();
    let api = ScorecardApi {
        doc,
        send: send.clone(),
    };
    let host = host.clone();
    use_effect_with((), move |()| {
        let registration = register(&host, Rc::new(api));
        move || drop(registration)
    });
}
