//! The quiz's events to the host page: `quiz-started`, `quiz-answered`,
//! `quiz-completed`, `cta-clicked` and `role-drafted`, with ids and figures only.

use wasm_bindgen::JsValue;
use web_sys::HtmlElement;

use crate::embed::events::{emit, Detail};
use crate::quiz::{evaluate, normalise, Action, QuizResult, Session, Transition};

/// Sends the events that `action` causes when applied to `before`.
pub fn announce(host: &HtmlElement, before: &Session, action: &Action) {
    let mut after = before.clone();
    match after.apply(action.clone()) {
        Transition::Nothing => {}
        Transition::Started => emit(host, "quiz-started", Detail::new()),
        Transition::Answered { question } => answered(host, &after, question),
        Transition::Completed { question } => {
            answered(host, &after, question);
            emit(host, "quiz-completed", completed(&evaluate(&after.answers)));
        }
    }
}

fn answered(host: &HtmlElement, session: &Session, question: &'static str) {
    let normal = normalise(&session.answers);
    let answers = normal.chosen(question).iter().map(String::as_str);
    let detail = Detail::new()
        .with("question", question)
        .with_strings("answers", answers);
    emit(host, "quiz-answered", detail);
}

/// `{ score, band, areas: [{ area, score|null }], recommendation: [point ids] }`.
fn completed(result: &QuizResult) -> Detail {
    let advice = &result.recommendation;
    let recommendation = std::iter::once(&advice.timing)
        .chain(&advice.skills)
        .chain([&advice.seniority, &advice.model])
        .map(|point| point.id);
    let areas = result.areas.iter().map(|area| {
        let score = area.score.map_or(JsValue::NULL, JsValue::from);
        Detail::new()
            .with("area", area.area.id)
            .with("score", score)
    });
    Detail::new()
        .with("score", result.score)
        .with("band", result.band.id)
        .with_objects("areas", areas)
        .with_strings("recommendation", recommendation)
}

/// Sends `cta-clicked` with the link followed.
pub fn cta_clicked(host: &HtmlElement, url: &str) {
    emit(host, "cta-clicked", Detail::new().with("url", url));
}

/// Sends `role-drafted` with the recommendation's ids the draft carries.
pub fn role_drafted(host: &HtmlElement, skills: &[&str], seniority: &str, model: &str) {
    let detail = Detail::new()
        .with_strings("skills", skills.iter().copied())
        .with("seniority", seniority)
        .with("model", model);
    emit(host, "role-drafted", detail);
}
