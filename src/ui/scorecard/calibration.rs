//! The interviewer calibration screen: the team's rating distribution, then each
//! interviewer's, with their lean against the team and a tendency in words. Over the
//! latest submitted version of every interview; drafts are not counted. Hidden while the
//! blind rule (`crate::scorecard::may_see_all`) keeps the viewer from some candidate's
//! ratings.

use yew::prelude::*;

use super::state::{ScorecardMsg, ScorecardState, Screen, ViewMsg};
use super::summary::{list_child_view, summary_table};
use crate::content::fill;
use crate::content::scorecard::{NO_EVIDENCE, RATING_LEVELS};
use crate::content::summary_text as text;
use crate::scorecard::number::rounded_ratio;
use crate::scorecard::{
    calibrate, hundredths_text, may_see_all, signed_hundredths_text, Calibration, Distribution,
    RatingLevel, Tendency, LEAN_THRESHOLD,
};

/// Each interviewer's rating distribution against the team's.
pub fn calibration_view(state: &ScorecardState, send: &Callback<ScorecardMsg>) -> Html {
    let calibration = calibrate(&state.doc.interviews);
    let back = send.reform(|()| ScorecardMsg::View(ViewMsg::Open(Screen::List)));
    let threshold = hundredths_text(LEAN_THRESHOLD.unsigned_abs() as u16);
    let body = html! {
        <>
            <p>{ text::CALIBRATION_PURPOSE }</p>
            <p>{ text::CALIBRATION_AUDIENCE }</p>
            if !may_see_all(&state.interviewer, &state.doc.interviews) {
                <p class="br-hidden-note">{ text::CALIBRATION_BLIND }</p>
            } else if calibration.interviewers.is_empty() {
                <p>{ text::NO_CALIBRATION }</p>
            } else {
                <p class="br-hint">
                    { fill!(text::LEAN_EXPLANATION, threshold = threshold) }
                    { " " }{ text::SHARES_HINT }
                </p>
                { table(&calibration) }
            }
        </>
    };
    list_child_view(
        "br-calibration",
        "br-calibration-title",
        text::CALIBRATION_HEADING,
        &back,
        body,
    )
}

/// The team's line, then one line per interviewer.
fn table(calibration: &Calibration) -> Html {
    let mut columns = vec![text::COL_INTERVIEWER, text::COL_RATED];
    columns.extend(RATING_LEVELS.iter().map(|level| level.label));
    columns.extend([
        NO_EVIDENCE.label,
        text::COL_MEAN,
        text::COL_LEAN,
        text::COL_TENDENCY,
    ]);
    let body = html! {
        <tbody>
            { row(text::TEAM_ROW, &calibration.team, None, text::TEAM_TENDENCY) }
            { for calibration.interviewers.iter().map(|line| row(
                &line.interviewer,
                &line.distribution,
                Some(line.lean.map_or_else(|| text::NO_FIGURE.to_owned(), signed_hundredths_text)),
                tendency_text(line.tendency),
            )) }
        </tbody>
    };
    summary_table(
        Some("br-calibration-table"),
        "br-calibration-caption",
        text::CALIBRATION_CAPTION,
        &columns,
        body,
    )
}

fn tendency_text(tendency: Tendency) -> &'static str {
    match tendency {
        Tendency::Lenient => text::LENIENT,
        Tendency::Severe => text::SEVERE,
        Tendency::InLine => text::IN_LINE,
        Tendency::NotEnoughData => text::NOT_ENOUGH_DATA,
    }
}

fn percent_text(percent: Option<u16>) -> String {
    match percent {
        Some(percent) => fill!(
            crate::content::messages::PERCENT,
            percent = u32::from(percent)
        ),
        None => text::NO_FIGURE.to_owned(),
    }
}

/// One line of the table; `lean` is `None` on the team's line (left empty).
fn row(name: &str, distribution: &Distribution, lean: Option<String>, tendency: &str) -> Html {
    let given = distribution.rated() + distribution.no_evidence;
    let no_evidence = rounded_ratio(100 * distribution.no_evidence, given);
    let mean = distribution
        .mean()
        .map_or_else(|| text::NO_FIGURE.to_owned(), hundredths_text);
    html! {
        <tr>
            <th scope="row">{ name }</th>
            <td class="br-summary-num">{ distribution.rated() }</td>
            { for RatingLevel::ALL.iter().map(|level| html! {
                <td class="br-summary-num">{ percent_text(distribution.percent(*level)) }</td>
            }) }
            <td class="br-summary-num">{ percent_text(no_evidence) }</td>
            <td class="br-summary-num">{ mean }</td>
            <td class="br-summary-num">{ lean.unwrap_or_default() }</td>
            <td>{ tendency }</td>
        </tr>
    }
}
