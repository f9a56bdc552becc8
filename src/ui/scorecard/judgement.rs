//! The scorecard's judgement (issue 12) on the candidate page: the mistake guards with
//! what raised them, the role's sensitive-data setting that the security guard reads,
//! the interview plan with its progress, and what scores rest on (coverage, and the
//! comparison's ranks). Display only; texts from `crate::content::active::judgement`.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::candidate::stage_label;
use super::state::{DocEdit, ScorecardMsg, ScorecardState};
use crate::content::active::judgement as text;
use crate::content::fill_named as fill;
use crate::content::scorecard::{competency, NO_EVIDENCE, STAGES};
use crate::scorecard::guards::{Evidence, Vote};
use crate::scorecard::plan::{is_done, progress};
use crate::scorecard::{
    hundredths_text, Candidate, ComparisonRow, Coverage, Guard, Interview, PlannedStage, Role,
    Score, StageSet, COMPLETE_COVERAGE_PERCENT,
};

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
        Score::Level(level) => [&level.value().to_string(), " (", level.text().label, ")"].concat(),
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

/// A "not done yet" flag's text (its one placeholder `{0}`) with the pending stages named.
pub fn pending_text(template: &str, stages: StageSet) -> String {
    let labels: Vec<&str> = stages.ids().map(stage_label).collect();
    let mut out = String::new();
    crate::content::push_values(&mut out, template, &[&labels.join("; ")]);
    out
}

/// The role's sensitive-data checkbox, which the security guard reads.
pub fn sensitive_view(role: &Role, send: &Callback<ScorecardMsg>) -> Html {
    let name = role.name.clone();
    let onchange = send.reform(move |event: Event| {
        let input: HtmlInputElement = event.target_unchecked_into();
        ScorecardMsg::Edit(DocEdit::SetSensitiveData {
            role: name.clone(),
            sensitive: input.checked(),
        })
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

/// The candidate's interview plan: a checkbox and an optional interviewer per stage,
/// each planned stage's status, and the progress.
pub fn plan_view(
    state: &ScorecardState,
    candidate: &Candidate,
    send: &Callback<ScorecardMsg>,
) -> Html {
    let refs: Vec<(NodeRef, NodeRef)> = STAGES.iter().map(|_| Default::default()).collect();
    let onsubmit = {
        let (refs, id, send) = (refs.clone(), candidate.id.clone(), send.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            send.emit(ScorecardMsg::Edit(DocEdit::SetPlan {
                candidate: id.clone(),
                plan: read_plan(&refs),
            }));
        })
    };
    let interviews = &state.doc.interviews;
    let rows = STAGES.iter().zip(refs).map(|(stage, (check, who))| {
        let planned = candidate.plan.iter().find(|planned| planned.stage == stage.id);
        let label = fill(text::PLAN_STAGE, &[("stage", stage.label)]);
        let who_label = fill(text::PLAN_INTERVIEWER, &[("stage", stage.label)]);
        let (check_id, who_id) = (
            ["br-plan-", stage.id].concat(),
            ["br-plan-who-", stage.id].concat(),
        );
        let status = planned.map(|planned| {
            let by = if planned.interviewer.is_empty() {
                text::PLAN_PLANNED.to_owned()
            } else {
                fill(text::PLAN_PLANNED_BY, &[("name", &planned.interviewer)])
            };
            let done = is_done(&candidate.id, stage.id, interviews);
            let (state_text, class) = if done {
                (text::PLAN_DONE, "br-plan-status br-plan-status--done")
            } else {
                (text::PLAN_PENDING, "br-plan-status br-plan-status--pending")
            };
            html! { <p class={class} data-stage={stage.id}>{ by }{ " \u{b7} " }{ state_text }</p> }
        });
        html! {
            <li class="br-plan-stage">
                <label class="br-check" for={check_id.clone()}>
                    <input type="checkbox" id={check_id} ref={check} checked={planned.is_some()} />
                    { label }
                </label>
                <label class="br-label" for={who_id.clone()}>{ who_label }</label>
                <input class="br-input" type="text" id={who_id} ref={who} maxlength="200"
                    autocomplete="off"
                    value={planned.map(|planned| planned.interviewer.clone()).unwrap_or_default()} />
                { status.unwrap_or_default() }
            </li>
        }
    });
    let summary =
        progress_text(candidate, interviews).unwrap_or_else(|| text::PLAN_NONE.to_owned());
    html! {
        <section class="br-plan" aria-labelledby="br-plan-heading">
            <h3 id="br-plan-heading" class="br-subtitle">{ text::PLAN_HEADING }</h3>
            <p class="br-plan-progress">{ summary }</p>
            <form class="br-plan-form br-no-print" {onsubmit}>
                <p class="br-hint" id="br-plan-hint">{ text::PLAN_HINT }</p>
                <fieldset class="br-fieldset" aria-describedby="br-plan-hint">
                    <legend class="br-legend br-label">{ text::PLAN_LEGEND }</legend>
                    <ul class="br-plan-stages">{ for rows }</ul>
                </fieldset>
                <div class="br-actions">
                    <button type="submit" class="br-button br-button--quiet">{ text::PLAN_SAVE }</button>
                </div>
            </form>
        </section>
    }
}

/// The stages ticked in the plan form, each with the interviewer typed beside it.
fn read_plan(refs: &[(NodeRef, NodeRef)]) -> Vec<PlannedStage> {
    STAGES
        .iter()
        .zip(refs)
        .filter_map(|(stage, (check, who))| {
            let check = check.cast::<HtmlInputElement>()?;
            let who = who.cast::<HtmlInputElement>()?;
            check.checked().then(|| PlannedStage {
                stage: stage.id.to_owned(),
                interviewer: who.value().trim().to_owned(),
            })
        })
        .collect()
}

/// The list's progress line for a candidate with a plan ("2 of 4 planned interviews
/// submitted"); `None` without a plan.
pub fn progress_text(candidate: &Candidate, interviews: &[Rc<Interview>]) -> Option<String> {
    let progress = progress(candidate, interviews)?;
    Some(fill(
        text::PLAN_PROGRESS,
        &[
            ("done", &progress.submitted.to_string()),
            ("planned", &progress.planned.to_string()),
        ],
    ))
}

/// What the overall score rests on, and whether it is incomplete.
pub fn coverage_view(coverage: &Coverage) -> Html {
    let rests_on = fill(
        text::COVERAGE_OVERALL,
        &[
            ("percent", &coverage.percent().to_string()),
            ("rated", &coverage.rated_weight.to_string()),
            ("total", &coverage.role_weight.to_string()),
            ("interviews", &coverage.interviews.to_string()),
        ],
    );
    html! {
        <>
            <p class="br-summary-coverage">{ rests_on }</p>
            if !coverage.is_complete() {
                <p class="br-summary-coverage"><strong>{ incomplete_text() }</strong></p>
            }
        </>
    }
}

fn threshold() -> String {
    COMPLETE_COVERAGE_PERCENT.to_string()
}

fn incomplete_text() -> String {
    fill(text::COVERAGE_INCOMPLETE, &[("threshold", &threshold())])
}

/// The comparison's coverage and rank rows, for its table's foot.
pub fn compare_rows(rows: &[ComparisonRow]) -> Html {
    let coverage = rows.iter().map(|row| {
        let cell = fill(
            text::COVERAGE_CELL,
            &[
                ("percent", &row.coverage.percent().to_string()),
                ("interviews", &row.coverage.interviews.to_string()),
            ],
        );
        html! { <td class="br-summary-num">{ cell }</td> }
    });
    let ranks = rows.iter().map(|row| match row.rank {
        Some(rank) => html! { <td class="br-summary-num"><strong>{ rank }</strong></td> },
        None => html! { <td class="br-compare-unranked">{ text::COVERAGE_UNRANKED }</td> },
    });
    html! {
        <>
            <tr class="br-compare-coverage">
                <th scope="row">{ text::COVERAGE_ROW }</th>
                { for coverage }
            </tr>
            <tr class="br-compare-rank">
                <th scope="row">{ text::COVERAGE_RANK_ROW }</th>
                { for ranks }
            </tr>
        </>
    }
}

/// The ranking rule, under the comparison.
pub fn coverage_rule() -> Html {
    let rule = fill(text::COVERAGE_RULE, &[("threshold", &threshold())]);
    html! { <p class="br-hint br-compare-rule">{ rule }</p> }
}
