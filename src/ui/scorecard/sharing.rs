//! Sharing interviews in the widget: a link read into an offer (or refused in link
//! terms), the preview that asks Import or Ignore before anything changes, the short
//! notice after an import, the interviews kept aside, the Copy button and the folded
//! link of an interview or a candidate, and preparing the interviewers (the candidate
//! alone, as a file or a link). Texts: `crate::content::active::sharing` and
//! `crate::content::active::workflow`.

use yew::prelude::*;

use super::state::{Incoming, LinkRefusal, Notice, ScorecardMsg, ScorecardState, ViewMsg};
use super::transfer::download_for_interviewers;
use crate::browser::page::{copy_text, interview_link, remove_fragment_param, INTERVIEW_PARAM};
use crate::content::active::sharing as text;
use crate::content::active::workflow;
use crate::content::messages::scorecard as words;
use crate::content::scorecard::stage;
use crate::export::export_for_interviewers;
use crate::export::link::{read_link, LinkContent, LinkError, MAX_LINK_BYTES};
use crate::scorecard::{
    Candidate, ChangeKind, Decision, ImportReport, InterviewChange, MergeError, Refusal,
};
use crate::ui::button::{button_view, Look};

/// The message for a link's `br-interview=` value (still encoded): an offer to preview,
/// or the refusal in link terms.
pub fn link_message(encoded: &str) -> ScorecardMsg {
    match read_link(encoded) {
        Ok(content) => ScorecardMsg::View(ViewMsg::Offer {
            incoming: match content {
                LinkContent::Doc(doc) => Incoming::Doc(doc),
                LinkContent::Interview(interview) => Incoming::Interview(interview),
            },
            from_link: true,
        }),
        Err(error) => ScorecardMsg::View(ViewMsg::Show(Notice::LinkRefused(
            LinkRefusal::Interview(error),
        ))),
    }
}

/// Whether a link message is a refusal (the link is then handled at once).
pub fn is_refusal(msg: &ScorecardMsg) -> bool {
    matches!(
        msg,
        ScorecardMsg::View(ViewMsg::Show(Notice::LinkRefused(_)))
    )
}

/// Why an interview link was refused, in link terms.
pub fn link_refusal(error: &LinkError) -> &'static str {
    match error {
        LinkError::TooLarge => text::LINK_TOO_LARGE,
        LinkError::Damaged => text::LINK_DAMAGED,
        LinkError::Bulk => text::LINK_BULK,
        LinkError::Newer => text::LINK_NEWER,
    }
}

/// Removes the interview link from the address, so a reload does not read it again.
pub fn forget_link() {
    remove_fragment_param(INTERVIEW_PARAM);
}

pub use crate::content::fill_named as fill;

fn stage_label(id: &str) -> &str {
    stage(id).map_or(id, |stage| stage.label)
}

fn decision_label(decision: Option<Decision>) -> &'static str {
    decision.map_or(crate::content::interview_text::NOT_RECORDED, |decision| {
        decision.text().label
    })
}

/// The candidate's name: from the document, else from what arrived, else the id.
fn candidate_name(state: &ScorecardState, incoming: Option<&Incoming>, id: &str) -> String {
    let arrived = match incoming {
        Some(Incoming::Doc(doc)) => doc.candidate(id),
        _ => None,
    };
    state
        .doc
        .candidate(id)
        .or(arrived)
        .map_or_else(|| id.to_owned(), |candidate| candidate.name.clone())
}

/// Why an interview was refused or kept aside.
pub fn why(error: &Refusal) -> String {
    let merge = match error {
        Refusal::UnknownCandidate => return words::UNKNOWN_CANDIDATE.to_owned(),
        Refusal::Merge(merge) => merge,
    };
    match merge {
        MergeError::VersionGap { held, incoming } => fill(
            text::WHY_VERSION_GAP,
            &[
                ("incoming", &incoming.to_string()),
                ("held", &held.to_string()),
            ],
        ),
        MergeError::AbsurdVersion(version) => fill(
            text::WHY_ABSURD_VERSION,
            &[("version", &version.to_string())],
        ),
        MergeError::IncompleteHistory => text::WHY_INCOMPLETE_HISTORY.to_owned(),
        MergeError::ConflictingVersion(version) => fill(
            text::WHY_CONFLICTING_VERSION,
            &[("version", &version.to_string())],
        ),
        MergeError::DuplicateInterviewer { .. } => text::WHY_DUPLICATE_INTERVIEWER.to_owned(),
        MergeError::DraftHeld(version) => {
            fill(text::WHY_DRAFT_HELD, &[("version", &version.to_string())])
        }
        MergeError::DifferentInterview => words::DIFFERENT_INTERVIEW.to_owned(),
        MergeError::Unverified(problem) => super::signing::revision_why(*problem).to_owned(),
        MergeError::NotSubmitted => words::NOT_SUBMITTED.to_owned(),
        MergeError::Invalid(_) => words::INVALID_INTERVIEW.to_owned(),
    }
}

/// What importing one interview does, in words.
fn what(change: &InterviewChange) -> String {
    match &change.kind {
        ChangeKind::Added => fill(
            text::CHANGE_ADDED,
            &[("decision", decision_label(change.decision))],
        ),
        ChangeKind::Replaced {
            previous_version,
            previous_decision,
        } => fill(
            text::CHANGE_REPLACED,
            &[
                ("previous", &previous_version.to_string()),
                ("before", decision_label(*previous_decision)),
                ("after", decision_label(change.decision)),
            ],
        ),
        ChangeKind::Unchanged => text::CHANGE_UNCHANGED.to_owned(),
        ChangeKind::KeptAside(error) => fill(
            text::CHANGE_KEPT_ASIDE,
            &[("why", &why(&Refusal::Merge(error.clone())))],
        ),
        ChangeKind::Refused(refusal) => fill(text::CHANGE_REFUSED, &[("why", &why(refusal))]),
    }
}

fn change_line(
    state: &ScorecardState,
    incoming: Option<&Incoming>,
    change: &InterviewChange,
) -> String {
    fill(
        text::IMPORT_LINE,
        &[
            ("who", &change.interviewer),
            (
                "candidate",
                &candidate_name(state, incoming, &change.candidate_id),
            ),
            ("stage", stage_label(&change.stage)),
            ("version", &change.version.to_string()),
            ("what", &what(change)),
        ],
    )
}

/// How many interview lines a preview lists before "… and N more".
const PREVIEW_LINES: usize = 10;

/// The preview of what arrived, with Import and Ignore; nothing when nothing waits.
pub fn offer_view(state: &ScorecardState, send: &Callback<ScorecardMsg>) -> Html {
    let Some(offer) = &state.offer else {
        return Html::default();
    };
    if offer.unchecked {
        return super::signing::checking_view();
    }
    let preview = &offer.preview;
    let incoming = Some(&offer.incoming);
    let (one, alone) = match &offer.incoming {
        Incoming::Interview(_) => (true, false),
        Incoming::Doc(doc) => (
            doc.interviews.len() <= 1,
            doc.interviews.is_empty() && doc.candidates.len() == 1,
        ),
    };
    let heading = match (alone, one) {
        (true, _) => workflow::IMPORT_HEADING,
        (_, true) => text::IMPORT_HEADING_ONE,
        _ => text::IMPORT_HEADING_MANY,
    };
    let intro = match (offer.from_link, alone) {
        (true, true) => workflow::IMPORT_FROM_LINK,
        (true, false) => text::IMPORT_FROM_LINK,
        _ => text::IMPORT_FROM_FILE,
    };
    let new_candidates: Vec<String> = match &offer.incoming {
        Incoming::Doc(doc) if preview.candidates_added == 1 => doc
            .candidates
            .iter()
            .filter(|candidate| state.doc.candidate(&candidate.id).is_none())
            .map(|candidate| {
                fill(
                    text::IMPORT_NEW_CANDIDATE,
                    &[("name", &candidate.name), ("role", &candidate.role)],
                )
            })
            .collect(),
        _ if preview.candidates_added > 1 => vec![fill(
            text::IMPORT_NEW_CANDIDATES,
            &[("count", &preview.candidates_added.to_string())],
        )],
        _ => Vec::new(),
    };
    let lines: Vec<(String, String)> = preview
        .changes
        .iter()
        .take(PREVIEW_LINES)
        .map(|change| {
            let signer = super::signing::offer_line(state, offer, change);
            (change_line(state, incoming, change), signer)
        })
        .collect();
    let more = preview.changes.len().saturating_sub(PREVIEW_LINES);
    let questions = (preview.questions_added > 0).then(|| {
        fill(
            crate::content::active::questions::OFFER,
            &[("count", &preview.questions_added.to_string())],
        )
    });
    let nothing = lines.is_empty() && new_candidates.is_empty() && questions.is_none();
    let from_link = offer.from_link;
    let accept = send.reform(move |()| {
        if from_link {
            forget_link();
        }
        ScorecardMsg::View(ViewMsg::AcceptOffer)
    });
    let ignore = send.reform(move |()| {
        if from_link {
            forget_link();
        }
        ScorecardMsg::View(ViewMsg::IgnoreOffer)
    });
    html! {
        <section class="br-offer br-bank" aria-labelledby="br-offer-heading">
            <h3 id="br-offer-heading" class="br-subtitle" tabindex="-1">{ heading }</h3>
            <p class="br-hint">{ intro }</p>
            <ul class="br-offer-list">
                { for new_candidates.into_iter().map(|line| html! { <li>{ line }</li> }) }
                { for questions.into_iter().map(|line| html! { <li>{ line }</li> }) }
                { for lines.into_iter().map(|(line, signer)| html! {
                    <li class="br-offer-change">
                        { line }{ " " }<span class="br-signer">{ signer }</span>
                    </li>
                }) }
                if more > 0 {
                    <li>{ fill(text::IMPORT_MORE, &[("count", &more.to_string())]) }</li>
                }
                if nothing { <li>{ text::IMPORT_NOTHING }</li> }
            </ul>
            <div class="br-actions">
                { button_view(text::IMPORT_ACCEPT, Look::Primary, &accept) }
                { button_view(text::IMPORT_IGNORE, Look::Quiet, &ignore) }
            </div>
        </section>
    }
}

/// The short notice for an import of one interview; `None` for a bulk import (its
/// counts say more).
pub fn import_notice(report: &ImportReport, state: &ScorecardState) -> Option<String> {
    let [change] = report.changes.as_slice() else {
        return None;
    };
    let name = candidate_name(state, None, &change.candidate_id);
    let mut values = vec![
        ("who", change.interviewer.clone()),
        ("candidate", name),
        ("stage", stage_label(&change.stage).to_owned()),
        ("version", change.version.to_string()),
    ];
    let template = match &change.kind {
        ChangeKind::Added | ChangeKind::Replaced { .. } => text::DONE_ONE,
        ChangeKind::Unchanged => text::DONE_UNCHANGED,
        ChangeKind::KeptAside(error) => {
            values.push(("why", why(&Refusal::Merge(error.clone()))));
            text::DONE_KEPT_ASIDE
        }
        ChangeKind::Refused(refusal) => {
            values.push(("why", why(refusal)));
            text::DONE_REFUSED
        }
    };
    let values: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
    Some(fill(template, &values))
}

/// The interviews of `candidate_id` kept aside, flagged, each with Discard.
pub fn aside_view(
    state: &ScorecardState,
    candidate_id: &str,
    send: &Callback<ScorecardMsg>,
) -> Html {
    let kept: Vec<(usize, &crate::scorecard::Interview)> = state
        .kept_aside
        .iter()
        .enumerate()
        .filter(|(_, interview)| interview.candidate_id == candidate_id)
        .collect();
    if kept.is_empty() {
        return Html::default();
    }
    html! {
        <section class="br-aside br-bank" aria-labelledby="br-aside-heading">
            <h3 id="br-aside-heading" class="br-subtitle">{ text::ASIDE_HEADING }</h3>
            <p class="br-hint">{ text::ASIDE_HINT }</p>
            <ul class="br-aside-list">
                { for kept.into_iter().map(|(index, interview)| {
                    let line = fill(text::ASIDE_ITEM, &[
                        ("who", &interview.interviewer),
                        ("stage", stage_label(&interview.stage)),
                        ("version", &interview.version.to_string()),
                        ("decision", decision_label(interview.decision)),
                    ]);
                    let discard = send.reform(move |()| ScorecardMsg::View(ViewMsg::DiscardAside(index)));
                    let flag = super::signing::aside_flag(state, interview);
                    html! {
                        <li class="br-aside-item">
                            <span>
                                { line }
                                { for flag.map(|flag| html! { <>{ " " }<span class="br-signer">{ flag }</span></> }) }
                            </span>
                            { button_view(text::ASIDE_DISCARD, Look::Quiet, &discard) }
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct CopyLinkProps {
    pub link: String,
}

/// A Copy button for an interview link; when the browser blocks the clipboard, it says
/// to select and copy the link in the field below.
#[component]
pub fn CopyLink(props: &CopyLinkProps) -> Html {
    let status = use_state(|| None::<bool>);
    let onclick = {
        let (status, link) = (status.clone(), props.link.clone());
        Callback::from(move |_: MouseEvent| {
            let (status, link) = (status.clone(), link.clone());
            wasm_bindgen_futures::spawn_local(async move {
                status.set(Some(copy_text(&link).await));
            });
        })
    };
    let said = match *status {
        Some(true) => text::COPY_DONE,
        Some(false) => text::COPY_FAILED,
        None => "",
    };
    html! {
        <div class="br-copy">
            <button type="button" class="br-button" {onclick}>{ text::COPY_BUTTON }</button>
            <p class="br-hint" role="status">{ said }</p>
        </div>
    }
}

/// Texts of a folded link.
pub struct LinkTexts {
    pub summary: &'static str,
    pub label: &'static str,
    pub hint: &'static str,
    /// Said instead when the link would be over the size a link may carry.
    pub too_long: &'static str,
    /// The hint's element id.
    pub hint_id: &'static str,
}

/// `file` as a link to send, folded away: the Copy button, the field and the hint; or,
/// for a file over [`MAX_LINK_BYTES`] once encoded, why to send the file instead.
pub fn link_details(file: &str, texts: &LinkTexts) -> Html {
    let link = interview_link(file);
    let carried = link.split(INTERVIEW_PARAM).nth(1).unwrap_or_default();
    let body = if carried.len() > MAX_LINK_BYTES {
        html! { <p class="br-hint">{ texts.too_long }</p> }
    } else {
        html! {
            <>
                <CopyLink link={link.clone()} />
                <label class="br-field">
                    <span class="br-label">{ texts.label }</span>
                    <input type="text" readonly=true value={link}
                        aria-describedby={texts.hint_id} />
                </label>
                <p id={texts.hint_id} class="br-hint">{ texts.hint }</p>
            </>
        }
    };
    html! {
        <details class="br-bank br-no-print">
            <summary>{ texts.summary }</summary>
            { body }
        </details>
    }
}

/// Preparing the interviewers: the candidate alone (with the role and the plan, without
/// anyone's ratings) as a file to download or a link to send. What the interviewers
/// import is previewed first, like any file or link.
pub fn prepare_view(state: &ScorecardState, candidate: &Candidate) -> Html {
    let Some(file) = export_for_interviewers(&state.doc, &candidate.id) else {
        return Html::default();
    };
    let download = download_for_interviewers(&candidate.name, file.clone());
    let texts = LinkTexts {
        summary: workflow::PREPARE_LINK_SUMMARY,
        label: workflow::PREPARE_LINK_LABEL,
        hint: workflow::PREPARE_LINK_HINT,
        too_long: workflow::PREPARE_TOO_LONG,
        hint_id: "br-prepare-link-hint",
    };
    html! {
        <section class="br-prepare br-no-print" aria-labelledby="br-prepare-heading">
            <h3 id="br-prepare-heading" class="br-subtitle">{ workflow::PREPARE_HEADING }</h3>
            <p class="br-hint">{ workflow::PREPARE_HINT }</p>
            <div class="br-actions">
                { button_view(workflow::PREPARE_DOWNLOAD, Look::Quiet, &download) }
            </div>
            { link_details(&file, &texts) }
        </section>
    }
}
