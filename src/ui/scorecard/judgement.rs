//! The scorecard's judgement (issue 12) on the candidate page: the mistake guards with
//! what raised them, and the role's sensitive-data setting that the security guard
//! reads. Display only; texts from `crate::content::active::judgement`.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::candidate::stage_label;
use super::state::ScorecardMsg;
use crate::content::active::judgement as text;
use crate::content::fill;
use crate::content::scorecard::{competency, NO_EVIDENCE};
use crate::scorecard::guards::{Evidence, Vote};
use crate::scorecard::{hundredths_text, Guard, Role, Score};

/// The guards of a summary, each with the recommendations and ratings that raised it.
pub fn guards_view(guards: &[Guard], submissions: usize) -> Html {
    html! {
        <div class="br-summary-guards">
            <h4 class="br-summary-subheading">{ text::GUARDS_HEADING }</h4>
            if guards.is_empty() {
                if submissions > 0 { <p>{ text::GUARDS_NONE }</p> }
            } else {
                <p class="br-hint">{ text::GUARDS_HINT }</p>
                <ul class="br-summary-flags">{ for guards.iter().map(guard_view) }</ul>
            }
        </div>
    }
}

fn guard_view(guard: &Guard) -> Html {
    let details: Vec<String> = match guard {
        Guard::YesWhileWeak {
            rule,
            yes,
            ratings,
            mean,
        } => {
            let label = competency(rule.competency).map_or(rule.competency, |c| c.label);
            let votes: Vec<String> = yes.iter().map(vote_text).collect();
            let scores: Vec<String> = ratings.iter().map(evidence_text).collect();
            let why = match mean {
                Some(mean) => fill(
                    text::GUARD_WEAK,
                    &[
                        ("mean", &hundredths_text(*mean)),
                        ("bar", &hundredths_text(rule.weak_below)),
                    ],
                ),
                None => text::GUARD_UNASSESSED.to_owned(),
            };
            vec![
                fill(text::GUARD_VOTES, &[("votes", &votes.join("; "))]),
                fill(
                    text::GUARD_RATINGS,
                    &[("competency", label), ("ratings", &scores.join("; "))],
                ),
                why,
            ]
        }
        Guard::JuniorsOnly { role, advanced } => {
            let names: Vec<String> = advanced
                .iter()
                .map(|(name, level)| {
                    fill(
                        text::GUARD_ADVANCED_ONE,
                        &[("name", name), ("level", level.text().label)],
                    )
                })
                .collect();
            vec![fill(
                text::GUARD_ADVANCED,
                &[("role", role), ("candidates", &names.join("; "))],
            )]
        }
    };
    html! {
        <li class="br-summary-flag br-summary-guard" data-guard={guard.id()}>
            <strong>{ guard.title() }</strong>
            <p>{ guard.text() }</p>
            { for details.into_iter().map(|line| html! { <p>{ line }</p> }) }
        </li>
    }
}

fn vote_text(vote: &Vote) -> String {
    fill(
        text::GUARD_VOTE,
        &[
            ("interviewer", &vote.interviewer),
            ("stage", stage_label(&vote.stage)),
            ("decision", vote.decision.text().label),
        ],
    )
}

fn evidence_text(evidence: &Evidence) -> String {
    let score = match evidence.score {
        Score::Level(level) => format!("{} ({})", level.value(), level.text().label),
        _ => NO_EVIDENCE.label.to_owned(),
    };
    fill(
        text::GUARD_RATING,
        &[
            ("interviewer", &evidence.interviewer),
            ("stage", stage_label(&evidence.stage)),
            ("score", &score),
        ],
    )
}

/// The role's sensitive-data checkbox, which the security guard reads.
pub fn sensitive_view(role: &Role, send: &Callback<ScorecardMsg>) -> Html {
    let name = role.name.clone();
    let onchange = send.reform(move |event: Event| {
        let input: HtmlInputElement = event.target_unchecked_into();
        ScorecardMsg::SetSensitiveData {
            role: name.clone(),
            sensitive: input.checked(),
        }
    });
    html! {
        <div class="br-field">
            <label class="br-check">
                <input type="checkbox" id="br-role-sensitive" checked={role.sensitive_data}
                    {onchange} aria-describedby="br-role-sensitive-hint" />
                { text::ROLE_SENSITIVE }
            </label>
            <p class="br-hint" id="br-role-sensitive-hint">{ text::ROLE_SENSITIVE_HINT }</p>
        </div>
    }
}
