//! A candidate's summary: how many interviews are submitted, the recommendations
//! (apart from the ratings), the ratings table with the radar chart drawn from it, the
//! overall score with every term of its formula, the flags in plain words, and the
//! role's weights editor. Display only; the caller applies the blind rule.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::scorecard::number::wide_hundredths_text;

use super::judgement::{coverage_view, guards_view, pending_text, sensitive_view};
use super::radar::{radar_view, RadarSeries};
use super::state::{DocEdit, Problem, ScorecardMsg, ScorecardState, ViewMsg};
use crate::content::messages::scorecard::BACK_TO_LIST;
use crate::content::scorecard::{
    weight_preset, COMPETENCIES, COMPETENCY_COUNT, DECISIONS, FORMULA_EXPLANATION,
};
use crate::content::summary_text as text;
use crate::content::{around, fill};
use crate::scorecard::{
    hundredths_text, may_see, summarise, Candidate, CompetencyStats, Coverage, Flag, Formula,
    RatingLevel, Role, RoleLevel, Weights, MAX_WEIGHT,
};
use crate::ui::button::{button_view, Look};

/// The summary of `candidate`: aggregate table, radar chart, formula, flags, weights.
pub fn summary_view(
    state: &ScorecardState,
    candidate: &Candidate,
    send: &Callback<ScorecardMsg>,
) -> Html {
    let role = state.doc.role_of(candidate);
    // The only-juniors guard reads other candidates' recommendations: only those of
    // candidates of the role the viewer may see (the blind rule) count here.
    let interviews = &state.doc.interviews;
    let role_candidates: Vec<Rc<Candidate>> = state
        .doc
        .candidates
        .iter()
        .filter(|other| {
            other.role == role.name && may_see(&state.interviewer, &other.id, interviews)
        })
        .cloned()
        .collect();
    let summary = summarise(candidate, &role, &role_candidates, interviews);
    let mut means = [None; COMPETENCY_COUNT];
    for (mean, stat) in means.iter_mut().zip(&summary.competencies) {
        *mean = stat.mean;
    }
    let series = [RadarSeries {
        name: candidate.name.clone(),
        means,
    }];
    let radar_label = fill!(text::SUMMARY_RADAR_LABEL, name = candidate.name);
    html! {
        <section class="br-summary" aria-labelledby="br-summary-heading">
            <h3 id="br-summary-heading" class="br-subtitle" tabindex="-1">{ text::SUMMARY_HEADING }</h3>
            <p>
                { around(text::SUBMITTED_COUNT).0 }{ summary.submissions }
                { around(text::SUBMITTED_COUNT).1 }
            </p>
            if summary.submissions == 0 {
                <p class="br-hint">{ text::NOTHING_SUBMITTED }</p>
            }
            { decisions_view(&summary.decisions) }
            <h4 class="br-summary-subheading">{ text::RATINGS_HEADING }</h4>
            { ratings_table(&summary.competencies) }
            { radar_view(&series, &radar_label) }
            { formula_view(&summary.formula, &summary.coverage) }
            { guards_view(&summary.guards, summary.submissions) }
            { flags_view(&summary.flags, summary.submissions) }
            { weights_view(state, &role, send) }
        </section>
    }
}

/// A data table in a wrapper that scrolls sideways only when the table cannot fit
/// (named by the table's caption, and focusable so a keyboard can scroll it).
pub(super) fn table_wrap(caption_id: &'static str, table: Html) -> Html {
    html! {
        <div class="br-table-wrap" role="region" aria-labelledby={caption_id} tabindex="0">
            { table }
        </div>
    }
}

/// A screen opened from the list (the comparison, the calibration): its section named
/// by its heading (focused on arrival), the way `back` to the list, then `body`.
pub(super) fn list_child_view(
    class: &'static str,
    title_id: &'static str,
    heading: &str,
    back: &Callback<()>,
    body: Html,
) -> Html {
    html! {
        <section class={classes!("br-screen", class)} aria-labelledby={title_id}>
            <h2 id={title_id} class="br-title" tabindex="-1" data-focus="">{ heading }</h2>
            <div class="br-actions br-no-print">{ button_view(BACK_TO_LIST, Look::Quiet, back) }</div>
            { body }
        </section>
    }
}

/// A table of the summary's look (`br-summary-table`, plus `class`): its caption, one
/// heading per column, then `body` (its `tbody`, and a `tfoot` where it has one), in a
/// [`table_wrap`] named by the caption.
pub(super) fn summary_table(
    class: Option<&'static str>,
    caption_id: &'static str,
    caption: &str,
    columns: &[&str],
    body: Html,
) -> Html {
    let table = html! {
        <table class={classes!("br-summary-table", class)}>
            <caption id={caption_id}>{ caption }</caption>
            <thead>
                <tr>{ for columns.iter().map(|column| html! { <th scope="col">{ *column }</th> }) }</tr>
            </thead>
            { body }
        </table>
    };
    table_wrap(caption_id, table)
}

/// A mean (or overall score) in hundredths as text, or "Not rated".
pub(super) fn mean_text(mean: Option<u16>) -> String {
    mean.map_or_else(|| text::NOT_RATED.to_owned(), hundredths_text)
}

fn decisions_view(decisions: &[u32; 5]) -> Html {
    html! {
        <>
            <h4 class="br-summary-subheading">{ text::DECISIONS_HEADING }</h4>
            <p class="br-hint">{ text::DECISIONS_HINT }</p>
            <dl class="br-summary-decisions">
                { for DECISIONS.iter().zip(decisions).map(|(decision, count)| html! {
                    <div class="br-summary-decision">
                        <dt>{ decision.label }</dt>
                        <dd>{ *count }</dd>
                    </div>
                }) }
            </dl>
        </>
    }
}

fn level_text(level: RatingLevel) -> String {
    let mut text = level.value().to_string();
    text.push_str(" (");
    text.push_str(level.text().label);
    text.push(')');
    text
}

fn range_text(stat: &CompetencyStats) -> String {
    match (stat.lowest, stat.highest) {
        (Some(lowest), Some(highest)) if lowest == highest => lowest.value().to_string(),
        (Some(lowest), Some(highest)) => {
            let (lowest, highest) = (u32::from(lowest.value()), u32::from(highest.value()));
            fill!(text::RANGE_TO, lowest = lowest, highest = highest)
        }
        _ => text::NOT_RATED.to_owned(),
    }
}

fn ratings_table(stats: &[CompetencyStats]) -> Html {
    let columns = [
        text::COL_COMPETENCY,
        text::COL_MEAN,
        text::COL_RATINGS,
        text::COL_NO_EVIDENCE,
        text::COL_RATERS,
        text::COL_RANGE,
    ];
    let body = html! {
            <tbody>
                { for stats.iter().map(|stat| html! {
                    <tr>
                        <th scope="row">{ stat.competency.label }</th>
                        <td class="br-summary-num">{ mean_text(stat.mean) }</td>
                        <td class="br-summary-num">{ stat.ratings }</td>
                        <td class="br-summary-num">{ stat.no_evidence }</td>
                        <td class="br-summary-num">{ stat.raters }</td>
                        <td>{ range_text(stat) }</td>
                    </tr>
                }) }
            </tbody>
    };
    summary_table(
        None,
        "br-summary-ratings",
        text::RATINGS_CAPTION,
        &columns,
        body,
    )
}

fn formula_view(formula: &Formula, coverage: &Coverage) -> Html {
    let rows = formula.terms.iter().map(|term| {
        let product = term
            .product()
            .map_or_else(|| text::LEFT_OUT.to_owned(), wide_hundredths_text);
        html! {
            <tr>
                <th scope="row">{ term.competency.label }</th>
                <td class="br-summary-num">{ term.weight }</td>
                <td class="br-summary-num">{ mean_text(term.mean) }</td>
                <td class="br-summary-num">{ product }</td>
            </tr>
        }
    });
    let columns = [
        text::COL_COMPETENCY,
        text::COL_WEIGHT,
        text::COL_MEAN,
        text::COL_PRODUCT,
    ];
    let body = html! {
        <>
            <tbody>{ for rows }</tbody>
            <tfoot>
                <tr>
                    <th scope="row">{ text::SUM_ROW }</th>
                    <td class="br-summary-num">{ formula.weight_total }</td>
                    <td></td>
                    <td class="br-summary-num">{ wide_hundredths_text(formula.weighted_sum) }</td>
                </tr>
            </tfoot>
        </>
    };
    let table = summary_table(
        None,
        "br-summary-formula",
        text::FORMULA_CAPTION,
        &columns,
        body,
    );
    html! {
        <>
            <h4 class="br-summary-subheading">{ text::FORMULA_HEADING }</h4>
            <p class="br-summary-overall">
                if let Some(overall) = formula.overall {
                    { around(text::OVERALL).0 }<strong>{ hundredths_text(overall) }</strong>
                    { around(text::OVERALL).1 }
                } else {
                    { text::NO_OVERALL }
                }
            </p>
            { coverage_view(coverage) }
            { table }
            if let Some(overall) = formula.overall {
                <p class="br-summary-formula-line">
                    { fill!(text::FORMULA_LINE, products = wide_hundredths_text(formula.weighted_sum), weights = formula.weight_total, score = hundredths_text(overall)) }
                </p>
            }
            <p class="br-hint">{ FORMULA_EXPLANATION }</p>
        </>
    }
}

fn flag_view(flag: &Flag) -> Html {
    let flag_text = flag.text();
    let detail = match flag {
        Flag::Disagreement {
            lowest, highest, ..
        } => {
            let (lowest, highest) = (level_text(*lowest), level_text(*highest));
            html! { <p>{ fill!(text::FLAG_RANGE, lowest = lowest, highest = highest) }</p> }
        }
        Flag::CoverageGap { raters, .. } | Flag::NotDoneYet { raters, .. } => html! {
            <p>{ around(text::FLAG_RATERS).0 }{ *raters }{ around(text::FLAG_RATERS).1 }</p>
        },
        Flag::Mistake(_) | Flag::Missed { .. } => Html::default(),
    };
    let body = match flag {
        Flag::NotDoneYet { stages, .. } => pending_text(flag_text.text, *stages),
        _ => flag_text.text.to_owned(),
    };
    html! {
        <li class="br-summary-flag" data-flag={flag_text.id}>
            <strong>{ flag_text.title }</strong>
            if let Some(competency) = flag.competency() {
                <p>
                    { around(text::FLAG_COMPETENCY).0 }{ competency.label }
                    { around(text::FLAG_COMPETENCY).1 }
                </p>
            }
            <p>{ body }</p>
            { detail }
        </li>
    }
}

fn flags_view(flags: &[Flag], submissions: usize) -> Html {
    let none = if submissions == 0 {
        text::NO_FLAGS_YET
    } else {
        text::NO_FLAGS
    };
    html! {
        <>
            <h4 class="br-summary-subheading">{ text::FLAGS_HEADING }</h4>
            if flags.is_empty() {
                <p>{ none }</p>
            } else {
                <p class="br-hint">{ text::FLAGS_HINT }</p>
                <ul class="br-summary-flags">{ for flags.iter().map(flag_view) }</ul>
            }
        </>
    }
}

/// The role's weights: a number per competency, the total, and the level presets.
fn weights_view(state: &ScorecardState, role: &Role, send: &Callback<ScorecardMsg>) -> Html {
    let values = role.weights.values();
    let (before, after) = around(text::WEIGHTS_HEADING);
    // The refusal of a weight, next to the inputs (the candidate page announces it).
    let problem =
        (state.problem == Some(Problem::Weights)).then(|| super::text::problem(&Problem::Weights));
    let described_by = if problem.is_some() {
        "br-weights-hint br-weights-problem"
    } else {
        "br-weights-hint"
    };
    let inputs = COMPETENCIES.iter().zip(values).map(|(competency, weight)| {
        let id = ["br-weight-", competency.id].concat();
        let (send, role_name, competency_id) = (send.clone(), role.name.clone(), competency.id);
        let onchange = Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let typed = input.value();
            // The field shows the weight in use until the new one is accepted.
            input.set_value(&weight.to_string());
            send.emit(match typed.trim().parse::<u16>() {
                Ok(weight) => ScorecardMsg::Edit(DocEdit::SetWeight {
                    role: role_name.clone(),
                    competency: competency_id,
                    weight,
                }),
                Err(_) => ScorecardMsg::View(ViewMsg::Refuse(Problem::Weights)),
            });
        });
        html! {
            <div class="br-summary-weight">
                <label for={id.clone()}>{ competency.label }</label>
                <input class="br-input" type="number" {id} min="0" max={MAX_WEIGHT.to_string()}
                    step="1" inputmode="numeric" value={weight.to_string()} {onchange}
                    aria-describedby={described_by} />
            </div>
        }
    });
    html! {
        <div class="br-summary-weights br-no-print">
            <h4 class="br-summary-subheading">{ before }{ role.name.as_str() }{ after }</h4>
            <p class="br-hint" id="br-weights-hint">{ text::WEIGHTS_HINT }</p>
            if let Some(problem) = problem {
                <p class="br-alert" id="br-weights-problem">{ problem }</p>
            }
            <fieldset class="br-fieldset">
                <legend class="br-legend br-label">{ text::WEIGHTS_LEGEND }</legend>
                <div class="br-summary-weight-grid">{ for inputs }</div>
            </fieldset>
            <p>
                { around(text::WEIGHT_TOTAL).0 }<strong>{ role.weights.total() }</strong>
                { around(text::WEIGHT_TOTAL).1 }
            </p>
            { sensitive_view(role, send) }
            { presets_view(role, send) }
        </div>
    }
}

fn presets_view(role: &Role, send: &Callback<ScorecardMsg>) -> Html {
    let (before, after) = around(text::USE_PRESET);
    let presets = RoleLevel::ALL.into_iter().map(|level| {
        let rationale = weight_preset(level.id()).map_or("", |preset| preset.rationale);
        let hint_id = ["br-preset-", level.id()].concat();
        let in_use = role.weights == Weights::preset(level);
        let role_name = role.name.clone();
        let onclick = send.reform(move |_: MouseEvent| {
            ScorecardMsg::Edit(DocEdit::UsePreset {
                role: role_name.clone(),
                level,
            })
        });
        html! {
            <li class="br-summary-preset">
                <button type="button" class="br-button br-button--quiet" {onclick}
                    aria-describedby={hint_id.clone()}>
                    { before }{ level.text().label }{ after }
                </button>
                <span class="br-hint" id={hint_id}>
                    if in_use { <strong>{ text::PRESET_IN_USE }</strong>{ " " } }
                    { rationale }
                </span>
            </li>
        }
    });
    html! {
        <fieldset class="br-fieldset">
            <legend class="br-legend br-label">{ text::PRESETS_LEGEND }</legend>
            <ul class="br-summary-presets">{ for presets }</ul>
        </fieldset>
    }
}
