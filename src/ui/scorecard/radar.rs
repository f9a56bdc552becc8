//! The SVG radar chart of competency means, drawn by our own code with integers only.
//!
//! Seven spokes (one per competency, in `COMPETENCIES` order, the first pointing up and
//! the others clockwise), grid rings for the levels 1–4, and one closed outline per
//! series (up to four), told apart by colour AND dash pattern (CSS classes
//! `br-radar-series-1..4`), with a legend. The centre is 0, so a competency without a
//! mean is drawn at the centre and named in a note under the chart. The chart is an
//! image with a label: the callers show the same figures in a table.

use yew::prelude::*;

use crate::content::around;
use crate::content::scorecard::COMPETENCY_COUNT;
use crate::content::summary_text as text;

/// One outline of the chart: a name for the legend and a mean per competency.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RadarSeries {
    pub name: String,
    /// Hundredths, 100..=400, in `COMPETENCIES` order; `None`: not rated.
    pub means: [Option<u16>; COMPETENCY_COUNT],
}

/// How many series the chart tells apart.
const MAX_SERIES: usize = 4;

const WIDTH: i32 = 440;
const HEIGHT: i32 = 264;
const CENTRE_X: i32 = 220;
const CENTRE_Y: i32 = 134;
/// Radius of the level-4 ring.
const RADIUS: i32 = 104;
/// Distance of the spoke labels from the centre.
const LABEL_RADIUS: i32 = 116;
/// The top of the scale, in hundredths.
const SCALE_TOP: i32 = 400;

/// Unit vectors of the spokes × 1000: (sin, −cos) of k × 360°/7, clockwise from the top.
const SPOKES: [(i32, i32); COMPETENCY_COUNT] = [
    (0, -1000),
    (782, -623),
    (975, 223),
    (434, 901),
    (-434, 901),
    (-975, 223),
    (-782, -623),
];

/// Series classes, in series order.
const SERIES_CLASSES: [&str; MAX_SERIES] = [
    "br-radar-series br-radar-series-1",
    "br-radar-series br-radar-series-2",
    "br-radar-series br-radar-series-3",
    "br-radar-series br-radar-series-4",
];

/// The radar chart of `series` (the first four), labelled `label` for assistive
/// technology, with its legend and, when some mean is missing, a note saying which.
pub fn radar_view(series: &[RadarSeries], label: &str) -> Html {
    let series = &series[..series.len().min(MAX_SERIES)];
    html! {
        <div class="br-radar">
            <svg class="br-radar-chart" viewBox={view_box()} role="img" aria-label={label.to_owned()}
                focusable="false">
                <title>{ label }</title>
                { grid() }
                { for series.iter().enumerate().map(|(index, one)| outline(index, one)) }
            </svg>
            { legend(series) }
            { missing_note(series) }
        </div>
    }
}

fn view_box() -> String {
    let mut text = String::from("0 0 ");
    push_int(&mut text, WIDTH);
    text.push(' ');
    push_int(&mut text, HEIGHT);
    text
}

fn push_int(text: &mut String, value: i32) {
    text.push_str(&value.to_string());
}

/// The point at `hundredths` (0..=400) along spoke `spoke`.
fn point(spoke: usize, hundredths: i32) -> (i32, i32) {
    let (unit_x, unit_y) = SPOKES[spoke];
    let scale = RADIUS * hundredths;
    (
        CENTRE_X + divide_rounded(scale * unit_x, SCALE_TOP * 1000),
        CENTRE_Y + divide_rounded(scale * unit_y, SCALE_TOP * 1000),
    )
}

/// `numerator ÷ denominator` rounded to the nearest integer (`denominator` > 0).
fn divide_rounded(numerator: i32, denominator: i32) -> i32 {
    let half = denominator / 2;
    if numerator >= 0 {
        (numerator + half) / denominator
    } else {
        (numerator - half) / denominator
    }
}

/// `points` for a polygon through one point per spoke at the given radii.
fn points(radii: impl Iterator<Item = i32>) -> String {
    let mut text = String::new();
    for (spoke, hundredths) in radii.enumerate() {
        let (x, y) = point(spoke, hundredths);
        if !text.is_empty() {
            text.push(' ');
        }
        push_int(&mut text, x);
        text.push(',');
        push_int(&mut text, y);
    }
    text
}

/// Level rings, spokes, spoke labels and level numbers.
fn grid() -> Html {
    let rings = (1..=4).map(|level| {
        let radius = level * 100;
        html! {
            <polygon class="br-radar-ring" points={points((0..COMPETENCY_COUNT).map(|_| radius))} />
        }
    });
    let levels = (1..=4).map(|level| {
        let (_, y) = point(0, level * 100);
        html! {
            <text class="br-radar-level" x={(CENTRE_X + 4).to_string()} y={(y + 11).to_string()}>
                { level }
            </text>
        }
    });
    let spokes = (0..COMPETENCY_COUNT).map(|spoke| {
        let (x, y) = point(spoke, SCALE_TOP);
        html! {
            <line class="br-radar-spoke" x1={CENTRE_X.to_string()} y1={CENTRE_Y.to_string()}
                x2={x.to_string()} y2={y.to_string()} />
        }
    });
    html! {
        <g class="br-radar-grid">
            { for rings }
            { for spokes }
            { for levels }
            { for (0..COMPETENCY_COUNT).map(spoke_label) }
        </g>
    }
}

fn spoke_label(spoke: usize) -> Html {
    let (unit_x, unit_y) = SPOKES[spoke];
    let x = CENTRE_X + LABEL_RADIUS * unit_x / 1000;
    let y = CENTRE_Y + LABEL_RADIUS * unit_y / 1000;
    let anchor = match unit_x {
        ..=-200 => "end",
        200.. => "start",
        _ => "middle",
    };
    // Move the baseline so the text sits beyond the ring, not across it.
    let shift = match unit_y {
        ..=-800 => -4,
        800.. => 13,
        _ => 5,
    };
    html! {
        <text class="br-radar-label" x={x.to_string()} y={(y + shift).to_string()}
            text-anchor={anchor}>{ text::RADAR_LABELS[spoke] }</text>
    }
}

/// One series: its outline and a dot on every rated spoke.
fn outline(index: usize, series: &RadarSeries) -> Html {
    let radius = |mean: &Option<u16>| mean.map_or(0, i32::from).min(SCALE_TOP);
    let dots = series.means.iter().enumerate().filter_map(|(spoke, mean)| {
        let (x, y) = point(spoke, i32::from((*mean)?).min(SCALE_TOP));
        Some(html! {
            <circle class="br-radar-dot" cx={x.to_string()} cy={y.to_string()} r="3.5" />
        })
    });
    html! {
        <g class={SERIES_CLASSES[index]}>
            <polygon class="br-radar-area" points={points(series.means.iter().map(radius))} />
            { for dots }
        </g>
    }
}

/// The legend: a line sample in each series' colour and dash pattern, and its name.
fn legend(series: &[RadarSeries]) -> Html {
    html! {
        <ul class="br-radar-legend">
            { for series.iter().enumerate().map(|(index, one)| html! {
                <li class="br-radar-key">
                    <svg class={classes!("br-radar-swatch", SERIES_CLASSES[index])} viewBox="0 0 36 12"
                        aria-hidden="true" focusable="false">
                        <line class="br-radar-area" x1="2" y1="6" x2="34" y2="6" />
                    </svg>
                    { one.name.as_str() }
                </li>
            }) }
        </ul>
    }
}

/// Which competencies each series draws at the centre because nobody rated them.
fn missing_note(series: &[RadarSeries]) -> Html {
    let missing: Vec<(&str, Vec<&'static str>)> = series
        .iter()
        .map(|one| {
            let labels = one
                .means
                .iter()
                .zip(text::RADAR_LABELS)
                .filter(|(mean, _)| mean.is_none())
                .map(|(_, label)| label)
                .collect();
            (one.name.as_str(), labels)
        })
        .filter(|(_, labels): &(&str, Vec<&str>)| !labels.is_empty())
        .collect();
    if missing.is_empty() {
        return Html::default();
    }
    let single = series.len() == 1;
    let (before, after) = around(text::RADAR_MISSING);
    html! {
        <p class="br-hint br-radar-note">
            { before }
            { for missing.iter().enumerate().map(|(index, (name, labels))| html! {
                <>
                    if index > 0 { { "; " } }
                    if !single { { *name }{ ": " } }
                    { labels.join(", ") }
                </>
            }) }
            { after }
        </p>
    }
}
