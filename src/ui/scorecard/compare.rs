//! The comparison of 2–4 candidates: a table (competencies as rows, candidates as
//! columns, the overall score last) and the radar chart of all of them, every one
//! scored with the same weights. The blind rule (`crate::scorecard::may_see`) holds: a
//! candidate the viewer has a never-submitted interview of is left out, with the reason.

use yew::prelude::*;

use super::judgement::{compare_rows, coverage_rule};
use super::radar::{radar_view, RadarSeries};
use super::state::{ScorecardMsg, ScorecardState, Screen, ViewMsg};
use super::summary::{list_child_view, mean_text, summary_table};
use crate::content::around;
use crate::content::messages::scorecard::COMPARE_HINT;
use crate::content::scorecard::COMPETENCIES;
use crate::content::summary_text as text;
use crate::scorecard::{compare, may_see, Candidate, ComparisonRow};

/// The comparison of the picked candidates.
pub fn compare_view(state: &ScorecardState, send: &Callback<ScorecardMsg>) -> Html {
    let doc = &state.doc;
    let picked: Vec<&Candidate> = state
        .compare
        .iter()
        .filter_map(|id| doc.candidate(id))
        .collect();
    let (visible, hidden): (Vec<&Candidate>, Vec<&Candidate>) = picked
        .into_iter()
        .partition(|picked| may_see(&state.interviewer, &picked.id, &doc.interviews));
    let back = send.reform(|()| ScorecardMsg::View(ViewMsg::Open(Screen::List)));
    let body = html! {
        <>
            { hidden_view(&hidden) }
            { comparison(state, &visible, !hidden.is_empty()) }
        </>
    };
    list_child_view(
        "br-compare",
        "br-compare-title",
        text::COMPARE_HEADING,
        &back,
        body,
    )
}

fn hidden_view(hidden: &[&Candidate]) -> Html {
    let (reason_before, reason_after) = around(text::COMPARE_HIDDEN_REASON);
    if hidden.is_empty() {
        return Html::default();
    }
    html! {
        <>
            <h3 class="br-subtitle">{ text::COMPARE_HIDDEN_HEADING }</h3>
            <ul class="br-compare-hidden">
                { for hidden.iter().map(|candidate| html! {
                    <li>
                        { reason_before }<strong>{ candidate.name.as_str() }</strong>{ reason_after }
                    </li>
                }) }
            </ul>
        </>
    }
}

/// The table and chart of the `visible` candidates, or why there is none.
fn comparison(state: &ScorecardState, visible: &[&Candidate], some_hidden: bool) -> Html {
    let doc = &state.doc;
    let ids: Vec<&str> = visible.iter().map(|picked| picked.id.as_str()).collect();
    let role = visible.first().map(|first| doc.role_of(first));
    let rows = role
        .as_ref()
        .and_then(|role| compare(&ids, &doc.candidates, &doc.interviews, &role.weights).ok());
    let (Some(first), Some(role), Some(rows)) = (visible.first(), role, rows) else {
        return html! {
            <p>
                if some_hidden { { text::COMPARE_TOO_FEW }{ " " } }
                { COMPARE_HINT }
            </p>
        };
    };
    let mixed = visible.iter().any(|picked| picked.role != first.role);
    let (before, after) = around(text::COMPARE_WEIGHTS);
    let series: Vec<RadarSeries> = rows
        .iter()
        .map(|row| RadarSeries {
            name: row.name.clone(),
            means: row.means,
        })
        .collect();
    html! {
        <>
            <p>
                { before }{ role.name.as_str() }{ after }
                if mixed { { " " }{ text::COMPARE_MIXED_ROLES } }
            </p>
            { table(&rows) }
            { coverage_rule() }
            { radar_view(&series, text::COMPARE_RADAR_LABEL) }
        </>
    }
}

fn table(rows: &[ComparisonRow]) -> Html {
    let mut columns = vec![text::COL_COMPETENCY];
    columns.extend(rows.iter().map(|row| row.name.as_str()));
    let body = html! {
        <>
            <tbody>
                { for COMPETENCIES.iter().enumerate().map(|(index, competency)| html! {
                    <tr>
                        <th scope="row">{ competency.label }</th>
                        { for rows.iter().map(|row| html! {
                            <td class="br-summary-num">{ mean_text(row.means[index]) }</td>
                        }) }
                    </tr>
                }) }
            </tbody>
            <tfoot>
                <tr>
                    <th scope="row">{ text::OVERALL_ROW }</th>
                    { for rows.iter().map(|row| html! {
                        <td class="br-summary-num"><strong>{ mean_text(row.overall) }</strong></td>
                    }) }
                </tr>
                { compare_rows(rows) }
            </tfoot>
        </>
    };
    summary_table(
        Some("br-compare-table"),
        "br-compare-caption",
        text::COMPARE_CAPTION,
        &columns,
        body,
    )
}
