//! The readiness quiz widget: one stateful component (a reducer over [`QuizState`])
//! that picks the screen to show and wires the display-only views to actions.

mod brief;
mod chart;
mod events;
mod persist;
mod question;
mod result;
pub mod state;

use web_sys::HtmlElement;
use yew::prelude::*;

use self::brief::{brief_view, BriefCallbacks};
use self::persist::{initial_state, join_same_page, other_tab_answers, retry_keep_aside, save};
use self::question::{question_view, QuestionCallbacks};
use self::result::{result_view, ResultCallbacks};
use self::state::{stored_message, BriefView, Notice, QuizMsg, QuizState, ShareState};
use super::button::{button_view, Look};
use super::focus::use_focus_on_screen_change;
use super::intro::intro_view;
use super::notice::{
    download_kept, held_actions, held_text, kept_aside_text, notices_view, NoticeItem,
};
use crate::browser::files::download;
use crate::browser::page::{copy_text, fragment_link, print, ROLE_PARAM, SHARE_PARAM};
use crate::browser::storage::{LocalStore, StoreError};
use crate::content::fill;
use crate::content::messages::{notices as notice_text, quiz as text};
use crate::embed::options::{CallToAction, Mode, WidgetOptions};
use crate::quiz::brief::{brief, to_markdown, BRIEF_FILE};
use crate::quiz::{encode_answers, evaluate, visible_questions, Action, QuizResult, Screen};
use crate::scorecard::role_link::encode_role;
use crate::storage::keep_aside::KeepAside;
use crate::storage::{document_key, role_draft_key};

#[derive(Properties, PartialEq)]
pub struct QuizProps {
    pub options: WidgetOptions,
    /// The `<backend-ready>` element, which sends events to the host page.
    pub host: HtmlElement,
}

#[component]
pub fn QuizWidget(props: &QuizProps) -> Html {
    let storage_key = props.options.storage_key.clone();
    let state = use_reducer(|| initial_state(&storage_key));
    let root = use_node_ref();
    use_other_tabs(&state, &storage_key);
    use_saving(&state, storage_key.clone());
    use_focus_on_screen_change(&root, (state.session.screen, state.brief));

    let flow = flow_callback(&state, &props.host);
    let result = (state.session.screen == Screen::Result).then(|| evaluate(&state.session.answers));
    let screen = match (state.session.screen, &result) {
        (Screen::Question(index), _) => question_screen(&state, &flow, index),
        (Screen::Result, Some(result)) => result_screen(&state, &flow, props, result),
        _ => intro_screen(&state, &flow),
    };
    html! {
        <div class="br-quiz" ref={root}>
            { notices_view(notice_items(&state, &storage_key)) }
            { screen }
            <p class="br-sr-only" aria-live="polite">{ announcement(result.as_ref()) }</p>
        </div>
    }
}

/// Applies a flow action, telling the host page what it changed.
fn flow_callback(state: &UseReducerHandle<QuizState>, host: &HtmlElement) -> Callback<Action> {
    let (state, host) = (state.clone(), host.clone());
    Callback::from(move |action: Action| {
        events::announce(&host, &state.session, &action);
        state.dispatch(QuizMsg::Flow(action));
    })
}

fn send(flow: &Callback<Action>, action: Action) -> Callback<()> {
    flow.reform(move |()| action.clone())
}

fn intro_screen(state: &QuizState, flow: &Callback<Action>) -> Html {
    let button = |label, action, look| button_view(label, look, &send(flow, action));
    let actions = match state.resume_at {
        Some(index) if state.session.has_progress() => html! {
            <div class="br-actions">
                { button(text::CONTINUE, Action::Resume(index), Look::Primary) }
                { button(text::START_OVER, Action::StartOver, Look::Quiet) }
            </div>
        },
        _ => html! {
            <div class="br-actions">{ button(text::START, Action::Start, Look::Primary) }</div>
        },
    };
    let actions = html! { <>{ actions }<p class="br-hint">{ text::LENGTH }</p></> };
    intro_view(Mode::Quiz, actions)
}

fn question_screen(state: &QuizState, flow: &Callback<Action>, index: usize) -> Html {
    let visible = visible_questions(&state.session.answers);
    let Some(question) = visible.get(index) else {
        return Html::default();
    };
    let callbacks = QuestionCallbacks {
        pick: flow.reform(|(question, answer)| Action::Pick { question, answer }),
        next: send(flow, Action::Next),
        back: send(flow, Action::Back),
    };
    question_view(
        question,
        index,
        visible.len(),
        &state.session.answers,
        &callbacks,
    )
}

fn result_screen(
    state: &UseReducerHandle<QuizState>,
    flow: &Callback<Action>,
    props: &QuizProps,
    result: &QuizResult,
) -> Html {
    // With `cta-context`, the link (and the event) carry the band and the score.
    let cta = props
        .options
        .call_to_action
        .as_ref()
        .map(|cta| CallToAction {
            url: cta.href_for(result.band.id, result.score),
            ..cta.clone()
        });
    if state.brief == BriefView::Open {
        return brief_screen(state, result);
    }
    let host = props.host.clone();
    let callbacks = ResultCallbacks {
        retake: send(flow, Action::StartOver),
        share: share_callback(state),
        role: role_callback(state, &props.host, &props.options.storage_key, result),
        brief: brief_callback(state, true),
        print: Callback::from(|()| print()),
        cta: {
            let cta = cta.clone();
            Callback::from(move |()| {
                if let Some(cta) = &cta {
                    events::cta_clicked(&host, &cta.url);
                }
            })
        },
    };
    result_view(
        result,
        cta.as_ref(),
        state.share.as_ref(),
        state.shared,
        state.brief == BriefView::Left,
        &callbacks,
    )
}

/// The hiring brief in place of the result (issue 17): the same model on screen and in
/// the downloaded Markdown file.
fn brief_screen(state: &UseReducerHandle<QuizState>, result: &QuizResult) -> Html {
    let model = brief(result);
    let markdown = to_markdown(&model);
    let callbacks = BriefCallbacks {
        download: Callback::from(move |()| {
            download(BRIEF_FILE, "text/markdown", &markdown);
        }),
        print: Callback::from(|()| print()),
        back: brief_callback(state, false),
    };
    brief_view(&model, &callbacks)
}

fn brief_callback(state: &UseReducerHandle<QuizState>, open: bool) -> Callback<()> {
    let dispatcher = state.dispatcher();
    Callback::from(move |()| dispatcher.dispatch(QuizMsg::Brief(open)))
}

/// Copies a link that reproduces this result, then shows it with the outcome.
fn share_callback(state: &UseReducerHandle<QuizState>) -> Callback<()> {
    let link = fragment_link(SHARE_PARAM, &encode_answers(&state.session.answers));
    let dispatcher = state.dispatcher();
    Callback::from(move |()| {
        let (link, dispatcher) = (link.clone(), dispatcher.clone());
        wasm_bindgen_futures::spawn_local(async move {
            let copied = copy_text(&link).await;
            dispatcher.dispatch(QuizMsg::Shared(ShareState {
                link,
                copied,
                role: false,
            }));
        });
    })
}

/// Drafts a hiring role from the recommendation (issue 17): leaves it for the
/// scorecard on the same key, tells the host page (`role-drafted`, ids only), and
/// shows the link that carries it to another page or browser.
fn role_callback(
    state: &UseReducerHandle<QuizState>,
    host: &HtmlElement,
    storage_key: &str,
    result: &QuizResult,
) -> Callback<()> {
    let advice = &result.recommendation;
    let skills: Vec<&'static str> = advice.skills.iter().map(|point| point.id).collect();
    let (seniority, model) = (advice.seniority.id, advice.model.id);
    let encoded = encode_role(&skills, seniority, model);
    let (dispatcher, host, key) = (
        state.dispatcher(),
        host.clone(),
        role_draft_key(storage_key),
    );
    Callback::from(move |()| {
        let stored = LocalStore::open().write(&key, &encoded).is_ok();
        events::role_drafted(&host, &skills, seniority, model);
        let link = fragment_link(ROLE_PARAM, &encoded);
        dispatcher.dispatch(QuizMsg::Shared(ShareState {
            link,
            copied: stored,
            role: true,
        }));
    })
}

fn notice_items(state: &UseReducerHandle<QuizState>, storage_key: &str) -> Vec<NoticeItem> {
    state
        .notices
        .iter()
        .map(|notice| {
            let dismissed = notice.clone();
            let dispatcher = state.dispatcher();
            let actions = match notice {
                Notice::OtherTabDiffers(_) => {
                    let dispatcher = state.dispatcher();
                    let adopt =
                        Callback::from(move |()| dispatcher.dispatch(QuizMsg::AdoptOtherTab));
                    vec![(notice_text::USE_OTHER_TAB, adopt)]
                }
                Notice::KeptAside { key, .. } => {
                    vec![(notice_text::DOWNLOAD_KEPT, download_kept(key))]
                }
                Notice::Held => {
                    let dispatcher = state.dispatcher();
                    let on_keep =
                        Callback::from(move |event| dispatcher.dispatch(QuizMsg::Keep(event)));
                    held_actions(
                        &document_key(storage_key, persist::MODE),
                        state.keep,
                        &on_keep,
                    )
                }
                _ => Vec::new(),
            };
            NoticeItem {
                actions,
                text: notice_text(notice, state.keep),
                dismiss: Callback::from(move |()| {
                    dispatcher.dispatch(QuizMsg::Dismiss(dismissed.clone()))
                }),
            }
        })
        .collect()
}

fn notice_text(notice: &Notice, keep: KeepAside) -> String {
    match notice {
        Notice::Held => match keep {
            KeepAside::Held { why, .. } => held_text(stored_message(why), keep),
            KeepAside::Kept => String::new(),
        },
        Notice::StorageUnavailable => StoreError::Unavailable.message().to_owned(),
        Notice::SaveFailed => StoreError::WriteRefused.message().to_owned(),
        Notice::KeptAside { message, key } => kept_aside_text(message, key),
        Notice::BadShareLink(message) => fill!(notice_text::BAD_SHARE_LINK, why = message),
        Notice::OtherTabDiffers(count) => fill!(notice_text::OTHER_TAB, count = count),
    }
}

/// What the live region says: the result when it is shown.
fn announcement(result: Option<&QuizResult>) -> String {
    let Some(result) = result else {
        return String::new();
    };
    format!(
        "{}: {}{}, {}.",
        text::RESULT_HEADING,
        result.score,
        text::OUT_OF,
        result.band.label
    )
}

/// Saves after every change of the session (and when a hold on the stored document is
/// released); failures become notices, and the next successful save clears them and
/// tells the same-key widgets of this page.
#[hook]
fn use_saving(state: &UseReducerHandle<QuizState>, storage_key: String) {
    let state = state.clone();
    use_effect_with(state.saves, move |_| {
        let session = &state.session;
        let nothing_to_save =
            !session.has_progress() && session.screen == Screen::Intro && state.resume_at.is_none();
        if nothing_to_save || state.notices.contains(&Notice::StorageUnavailable) {
            return;
        }
        // Never over a stored document that could not be kept aside.
        if let Some(msg) = retry_keep_aside(&state, &storage_key) {
            return state.dispatch(msg);
        }
        match save(&state, &storage_key) {
            Ok(()) => state.dispatch(QuizMsg::Saved(state.session.answers.clone())),
            Err(StoreError::Unavailable) => {
                state.dispatch(QuizMsg::Show(Notice::StorageUnavailable))
            }
            Err(StoreError::WriteRefused) => state.dispatch(QuizMsg::Show(Notice::SaveFailed)),
        }
    });
}

/// Merges what another tab of this origin, or another widget on the same key in this
/// page, saves, while mounted.
#[hook]
fn use_other_tabs(state: &UseReducerHandle<QuizState>, storage_key: &str) {
    let dispatcher = state.dispatcher();
    let page_id = state.page_id;
    use_effect_with(storage_key.to_owned(), move |storage_key| {
        let same_page = dispatcher.clone();
        let peer = join_same_page(page_id, storage_key, move |msg| same_page.dispatch(msg));
        let storage_key = storage_key.clone();
        let listener = web_sys::window().map(|window| {
            gloo_events::EventListener::new(&window, "storage", move |event| {
                if let Some(answers) = other_tab_answers(event, &storage_key) {
                    dispatcher.dispatch(QuizMsg::FromOtherTab(answers));
                }
            })
        });
        move || drop((listener, peer))
    });
}
