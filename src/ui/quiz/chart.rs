//! The SVG bar chart of the area sub-scores, drawn by our own code. Hidden from
//! assistive technology, which reads the same figures from the list beside it.

use yew::prelude::*;

use crate::content::messages::quiz::OUT_OF;
use crate::content::quiz::RESULT_AREA_NOT_SCORED;
use crate::quiz::AreaScore;

const WIDTH: usize = 400;
const ROW_HEIGHT: usize = 46;
const BAR_WIDTH: usize = 340;

/// One labelled bar per area, 0–100; an unscored area gets an empty track and a dash.
pub fn area_chart(areas: &[AreaScore]) -> Html {
    let height = areas.len() * ROW_HEIGHT;
    html! {
        <svg class="br-chart" viewBox={format!("0 0 {WIDTH} {height}")} width="100%"
            aria-hidden="true" focusable="false">
            { for areas.iter().enumerate().map(|(row, area)| bar(row, area)) }
        </svg>
    }
}

fn bar(row: usize, area: &AreaScore) -> Html {
    let top = row * ROW_HEIGHT;
    let width = area
        .score
        .map_or(0, |score| usize::from(score) * BAR_WIDTH / 100);
    let figure = area.score.map_or("–".to_owned(), |score| score.to_string());
    html! {
        <g>
            <text class="br-chart-label" x="0" y={(top + 16).to_string()}>{ area.area.label }</text>
            <rect class="br-chart-track" x="0" y={(top + 24).to_string()}
                width={BAR_WIDTH.to_string()} height="14" rx="4" />
            <rect class="br-chart-bar" x="0" y={(top + 24).to_string()}
                width={width.to_string()} height="14" rx="4" />
            <text class="br-chart-figure" x={WIDTH.to_string()} y={(top + 36).to_string()}
                text-anchor="end">{ figure }</text>
        </g>
    }
}

/// The chart's figures as text ("Data: 70/100"), visually hidden.
pub fn area_list(areas: &[AreaScore]) -> Html {
    html! {
        <ul class="br-sr-only">
            { for areas.iter().map(|area| html! {
                <li>{ area.area.label }{ ": " }{ match area.score {
                    Some(score) => format!("{score}{OUT_OF}"),
                    None => RESULT_AREA_NOT_SCORED.to_owned(),
                } }</li>
            }) }
        </ul>
    }
}
