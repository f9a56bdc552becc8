//! The review of a role drafted from the quiz's recommendation (issue 17): where the
//! draft comes from (a `#br-role=` link, or the quiz on the same storage key), and the
//! screen that shows it (name, level, weights with why each was raised, the plan, the
//! advised hiring model) until Accept or Decline. Nothing changes before Accept;
//! either way the link is removed from the address (`history.replaceState`) and the
//! draft the quiz left under the key is removed, so Decline leaves no trace.
//! Texts: `crate::content::active::role`.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::state::{LinkRefusal, Notice, Problem, ScorecardMsg, ScorecardState, ViewMsg};
use super::summary::summary_table;
use crate::browser::page::{fragment_param, remove_fragment_param, ROLE_PARAM};
use crate::browser::storage;
use crate::content::active::role::{link as link_text, review as text};
use crate::content::fill;
use crate::content::scorecard::{COMPETENCIES, COMPETENCY_LABELS, STAGE_IDS, STAGE_LABELS};
use crate::scorecard::role_draft::{stage_probes, RoleDraft};
use crate::scorecard::role_link::{decode_role, RoleLinkError};
use crate::storage::role_draft_key;
use crate::storage::store::Store;
use crate::ui::button::{button_view, Look};

/// The role draft waiting at mount: a `#br-role=` link first, else the draft the quiz
/// left under `storage_key`. A refused link is removed from the address and named in a
/// notice; a refused stored draft is removed.
pub fn waiting_draft(storage_key: &str) -> Option<ScorecardMsg> {
    if let Some(encoded) = fragment_param(ROLE_PARAM) {
        return Some(link_message(&encoded));
    }
    let store = storage::open();
    let key = role_draft_key(storage_key);
    let encoded = store.get(&key).ok().flatten()?;
    match decode_role(&encoded) {
        Ok(link) => Some(ScorecardMsg::View(ViewMsg::OfferRole {
            link,
            from_link: false,
        })),
        Err(_) => {
            let _ = store.remove(&key);
            None
        }
    }
}

/// The message for a link's `br-role=` value: the draft to review, or the refusal
/// (the link is then removed from the address at once).
pub fn link_message(encoded: &str) -> ScorecardMsg {
    match decode_role(encoded) {
        Ok(link) => ScorecardMsg::View(ViewMsg::OfferRole {
            link,
            from_link: true,
        }),
        Err(error) => {
            remove_fragment_param(ROLE_PARAM);
            ScorecardMsg::View(ViewMsg::Show(Notice::LinkRefused(LinkRefusal::Role(error))))
        }
    }
}

/// Why a role link was refused, in link terms.
pub fn refusal(error: RoleLinkError) -> &'static str {
    match error {
        RoleLinkError::TooLong => link_text::TOO_LONG,
        RoleLinkError::MissingVersion => link_text::MISSING_VERSION,
        RoleLinkError::UnsupportedVersion => link_text::UNSUPPORTED_VERSION,
        RoleLinkError::Malformed => link_text::MALFORMED,
        RoleLinkError::UnknownField => link_text::UNKNOWN_FIELD,
        RoleLinkError::DuplicateField => link_text::DUPLICATE_FIELD,
        RoleLinkError::MissingField => link_text::MISSING_FIELD,
        RoleLinkError::UnknownValue => link_text::UNKNOWN_VALUE,
        RoleLinkError::DuplicateValue => link_text::DUPLICATE_VALUE,
        RoleLinkError::TooManySkills => link_text::TOO_MANY_SKILLS,
    }
}

/// Once the review is decided (accepted or declined), removes where the draft came
/// from: the link from the address, or the quiz's draft from storage.
#[hook]
pub fn use_forget_decided(state: &ScorecardState, storage_key: &str) {
    let waiting = state.role_offer.as_ref().map(|offer| offer.from_link);
    let shown = use_mut_ref(|| None::<bool>);
    let key = role_draft_key(storage_key);
    use_effect_with(waiting, move |waiting| {
        let before = std::mem::replace(&mut *shown.borrow_mut(), *waiting);
        match (before, waiting) {
            (Some(true), None) => remove_fragment_param(ROLE_PARAM),
            (Some(false), None) => {
                let _ = storage::open().remove(&key);
            }
            _ => {}
        }
    });
}

/// The review of the waiting role draft, if any.
pub fn role_offer_view(state: &ScorecardState, send: &Callback<ScorecardMsg>) -> Html {
    let Some(offer) = &state.role_offer else {
        return Html::default();
    };
    let draft = &offer.draft;
    let name_ref = NodeRef::default();
    let from_link = offer.from_link;
    let accept = {
        let name_ref = name_ref.clone();
        send.reform(move |()| {
            let name = name_ref
                .cast::<HtmlInputElement>()
                .map(|input| input.value())
                .unwrap_or_default();
            ScorecardMsg::View(ViewMsg::AcceptRole { name })
        })
    };
    let decline = send.reform(|()| ScorecardMsg::View(ViewMsg::DeclineRole));
    let problem = state
        .problem
        .as_ref()
        .filter(|problem| matches!(problem, Problem::RoleNameBlank | Problem::RoleNameTaken));
    let problem = problem.map(super::text::problem);
    let level = draft.level.text().label;
    html! {
        <section class="br-role-offer br-bank" aria-labelledby="br-role-heading">
            <h3 id="br-role-heading" class="br-subtitle" tabindex="-1">{ text::HEADING }</h3>
            <p class="br-hint">{ if from_link { text::FROM_LINK } else { text::FROM_QUIZ } }</p>
            <div class="br-field">
                <label class="br-label" for="br-role-name">{ text::NAME_LABEL }</label>
                <input class="br-input" type="text" id="br-role-name" ref={name_ref}
                    maxlength="200" autocomplete="off" value={free_name(state, draft)}
                    aria-describedby={problem.map(|_| "br-role-problem")} />
                if let Some(problem) = problem {
                    <p class="br-alert" id="br-role-problem">{ problem }</p>
                }
            </div>
            <p><strong>{ fill!(text::LEVEL, level = level) }</strong>{ " " }{ seniority_why(draft) }</p>
            { weights_table(draft) }
            <h4 class="br-summary-subheading">{ text::PLAN_HEADING }</h4>
            <ol class="br-role-plan">{ for draft.plan.iter().map(|id| plan_item(id)) }</ol>
            <p>{ model_text(draft) }</p>
            <div class="br-actions">
                { button_view(text::ACCEPT, Look::Primary, &accept) }
                { button_view(text::DECLINE, Look::Quiet, &decline) }
            </div>
        </section>
    }
}

/// "Backend engineer (Senior)", or with " 2", " 3", … when a role has that name.
fn free_name(state: &ScorecardState, draft: &RoleDraft) -> String {
    let base = fill!(text::DEFAULT_NAME, level = draft.level.text().label);
    let taken = |name: &str| state.doc.roles.iter().any(|role| role.name == name);
    let mut name = base.clone();
    let mut count = 1;
    while taken(&name) {
        count += 1;
        name = [base.as_str(), " ", &count.to_string()].concat();
    }
    name
}

fn seniority_why(draft: &RoleDraft) -> &'static str {
    match draft.link.seniority {
        "seniority.add-capacity" => text::LEVEL_SENIORITY_ADD_CAPACITY,
        "seniority.juniors-next" => text::LEVEL_SENIORITY_JUNIORS_NEXT,
        _ => text::LEVEL_SENIORITY_LEAD_FIRST,
    }
}

fn model_text(draft: &RoleDraft) -> &'static str {
    match draft.link.model {
        "model.in-house" => text::MODEL_MODEL_IN_HOUSE,
        "model.dedicated" => text::MODEL_MODEL_DEDICATED,
        _ => text::MODEL_MODEL_HYBRID,
    }
}

fn raised_why(skill: &str) -> &'static str {
    match skill {
        "skill.security" => text::RAISED_SKILL_SECURITY,
        "skill.data" => text::RAISED_SKILL_DATA,
        "skill.performance" => text::RAISED_SKILL_PERFORMANCE,
        "skill.integrations" => text::RAISED_SKILL_INTEGRATIONS,
        "skill.infrastructure" => text::RAISED_SKILL_INFRASTRUCTURE,
        _ => text::RAISED_SKILL_ARCHITECTURE,
    }
}

/// The weights, highest first, each with why: raised by a skill, or the preset's.
fn weights_table(draft: &RoleDraft) -> Html {
    let values = draft.weights.values();
    // Highest first, the content's order breaking ties (insertion: seven rows).
    let mut rows: Vec<usize> = Vec::new();
    for index in 0..COMPETENCIES.len() {
        let at = rows.partition_point(|placed| values[*placed] >= values[index]);
        rows.insert(at, index);
    }
    let preset = fill!(text::FROM_PRESET, level = draft.level.text().label);
    let row = |index: usize| {
        let competency = &COMPETENCIES[index];
        let raised = draft.raised.iter().find(|r| r.competency == competency.id);
        let why = raised.map_or(preset.as_str(), |raised| raised_why(raised.skill));
        html! {
            <tr data-competency={competency.id}>
                <th scope="row">{ competency.label }</th>
                <td class="br-summary-num">{ values[index] }</td>
                <td>{ why }</td>
            </tr>
        }
    };
    let columns = [text::COL_COMPETENCY, text::COL_WEIGHT, text::COL_WHY];
    let body = html! { <tbody>{ for rows.into_iter().map(row) }</tbody> };
    html! {
        <>
            { summary_table(Some("br-role-weights"), "br-role-weights", text::WEIGHTS_CAPTION, &columns, body) }
            <p>{ fill!(text::TOTAL, total = draft.weights.total()) }</p>
        </>
    }
}

/// A planned stage and the competencies its questions probe.
fn plan_item(id: &str) -> Html {
    let Some(position) = STAGE_IDS.iter().position(|known| *known == id) else {
        return Html::default();
    };
    let probes: Vec<&str> = stage_probes(position)
        .into_iter()
        .map(|competency| COMPETENCY_LABELS[competency])
        .collect();
    let probes = fill!(text::PLAN_PROBES, competencies = probes.join("; "));
    html! {
        <li data-stage={STAGE_IDS[position]}><strong>{ STAGE_LABELS[position] }</strong>{ ": " }{ probes }</li>
    }
}
