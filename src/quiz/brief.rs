//! The one-page hiring brief (issue 17): one model of what a quiz result means for a
//! hire, built here from the result, rendered to Markdown here (the download) and to
//! HTML by `crate::ui::quiz::brief` (the screen and the printed page). Pure.
//!
//! What it says, all of it the quiz's and the scorecard's content, used as it is:
//! - the verdict and why: the band, the pressure score, and the signals that set the
//!   band (the band's own sentence when none did);
//! - the role to open: the role name the scorecard's draft would get, when to hire, the
//!   seniority mix and the hiring model, each with the quiz's why; the skills to
//!   prioritise, strongest first, each with the competency interviews assess it by
//!   (`crate::scorecard::role_draft::skill_competency`);
//! - the interview stages in the order the role draft plans them, and what each probes
//!   (`role_draft::plan_order`, `role_draft::stage_probes`): the guide's "structured
//!   evaluation process", those probing the prioritised skills first;
//! - the guide's five hiring mistakes (`crate::content::brief::MISTAKES`).
//!
//! Nothing the visitor typed reaches it (the quiz takes choices only); the Markdown
//! escapes every text anyway, so no translation can break the file.

use crate::content::active::role::review::{DEFAULT_NAME, PLAN_PROBES};
use crate::content::brief::{self as text, MISTAKES};
use crate::content::messages::quiz::OUT_OF;
use crate::content::quiz::{
    MODELS, RESULT_SCORE_LABEL, RESULT_WHY_HEADING, SENIORITY, SKILLS, TIMING,
};
use crate::content::scorecard::{competency_index, COMPETENCY_LABELS, STAGE_IDS, STAGE_LABELS};
use crate::content::{around, Fill};
use crate::scorecard::role_draft::{plan_order, seniority_level, skill_competency, stage_probes};

use super::{Point, QuizResult};

/// The name of the downloaded brief.
pub const BRIEF_FILE: &str = "backend-hiring-brief.md";

/// The brief: a title, the verdict, and its sections in reading order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Brief {
    /// "Hiring brief: Backend engineer (Senior)".
    pub title: String,
    /// The band's label.
    pub verdict: &'static str,
    /// The score out of 100 and what it measures.
    pub pressure: String,
    /// The band's summary.
    pub summary: &'static str,
    pub sections: Vec<Section>,
}

/// A headed list of the brief.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// `why`, `role`, `skills`, `stages` or `mistakes`.
    pub id: &'static str,
    pub heading: &'static str,
    /// A numbered list: the order is the advice.
    pub ordered: bool,
    pub items: Vec<Item>,
}

/// One line of a section: a bold lead (may be empty) and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// The content id it shows (a signal, advice, stage or mistake id).
    pub id: &'static str,
    pub lead: &'static str,
    pub text: String,
}

/// The brief for `result`.
pub fn brief(result: &QuizResult) -> Brief {
    let advice = &result.recommendation;
    let band = result.band;
    let (title, title_end) = around(text::TITLE);
    let (role, role_end) = around(DEFAULT_NAME);
    let level = seniority_level(advice.seniority.id).text().label;
    let mut pressure = String::new();
    result.score.push_to(&mut pressure);
    Brief {
        title: [title, role, level, role_end, title_end].concat(),
        verdict: band.label,
        pressure: [&pressure, OUT_OF, ", ", RESULT_SCORE_LABEL].concat(),
        summary: band.summary,
        sections: vec![
            section("why", RESULT_WHY_HEADING, false, why(result)),
            section("role", text::ROLE_HEADING, false, role_items(result)),
            section("skills", SKILLS.heading, true, skills(&advice.skills)),
            section("stages", text::STAGES_HEADING, true, stages(&advice.skills)),
            section("mistakes", text::MISTAKES_HEADING, false, mistakes()),
        ],
    }
}

fn section(id: &'static str, heading: &'static str, ordered: bool, items: Vec<Item>) -> Section {
    Section {
        id,
        heading,
        ordered,
        items,
    }
}

/// An item whose text is `parts` joined.
fn push(items: &mut Vec<Item>, id: &'static str, lead: &'static str, parts: &[&str]) {
    items.push(Item {
        id,
        lead,
        text: parts.concat(),
    });
}

/// The signals that set the band, or the band's own sentence.
fn why(result: &QuizResult) -> Vec<Item> {
    let mut items = Vec::new();
    for signal in &result.signals {
        push(&mut items, signal.id, "", &[signal.why]);
    }
    if items.is_empty() {
        push(&mut items, result.band.id, "", &[result.band.why]);
    }
    items
}

/// When to hire, the seniority mix and the hiring model, each with its why.
fn role_items(result: &QuizResult) -> Vec<Item> {
    let advice = &result.recommendation;
    let mut items = Vec::new();
    for (heading, point) in [
        (TIMING.heading, &advice.timing),
        (SENIORITY.heading, &advice.seniority),
        (MODELS.heading, &advice.model),
    ] {
        push(
            &mut items,
            point.id,
            heading,
            &[point.title, ". ", point.why],
        );
    }
    items
}

/// The skills to prioritise, strongest first, with the competency that assesses each.
fn skills(points: &[Point]) -> Vec<Item> {
    let (assessed, assessed_end) = around(text::ASSESSED);
    let mut items = Vec::new();
    for point in points {
        let competency = competency_index(skill_competency(point.id))
            .map_or("", |index| COMPETENCY_LABELS[index]);
        let parts = [point.why, " ", assessed, competency, assessed_end];
        push(&mut items, point.id, point.title, &parts);
    }
    items
}

/// Every interview stage in the role draft's order, with what it probes.
fn stages(points: &[Point]) -> Vec<Item> {
    let mut competencies = Vec::new();
    for point in points {
        competencies.push(skill_competency(point.id));
    }
    let (probes, probes_end) = around(PLAN_PROBES);
    let mut items = Vec::new();
    for stage in plan_order(&competencies) {
        let mut parts = vec![probes];
        for (index, competency) in stage_probes(stage).into_iter().enumerate() {
            parts.push(if index == 0 { "" } else { "; " });
            parts.push(COMPETENCY_LABELS[competency]);
        }
        parts.push(probes_end);
        push(&mut items, STAGE_IDS[stage], STAGE_LABELS[stage], &parts);
    }
    items
}

fn mistakes() -> Vec<Item> {
    let mut items = Vec::new();
    for mistake in &MISTAKES {
        push(&mut items, mistake.id, mistake.title, &[mistake.text]);
    }
    items
}

/// The brief as a Markdown file: a `#` title, the verdict in bold, a `##` heading per
/// section over a bulleted or numbered list, every text escaped.
pub fn to_markdown(brief: &Brief) -> String {
    let mut out = String::from("# ");
    push_escaped(&mut out, &brief.title);
    out.push_str("\n\n**");
    push_escaped(&mut out, brief.verdict);
    out.push_str("** (");
    push_escaped(&mut out, &brief.pressure);
    out.push_str(")\n\n");
    push_escaped(&mut out, brief.summary);
    for section in &brief.sections {
        out.push_str("\n\n## ");
        push_escaped(&mut out, section.heading);
        out.push_str("\n\n");
        for (index, item) in section.items.iter().enumerate() {
            if section.ordered {
                (index + 1).push_to(&mut out);
                out.push_str(". ");
            } else {
                out.push_str("- ");
            }
            if !item.lead.is_empty() {
                out.push_str("**");
                push_escaped(&mut out, item.lead);
                out.push_str(":** ");
            }
            push_escaped(&mut out, &item.text);
            out.push('\n');
        }
        // Drops the list's last newline (ASCII: no character decoding needed).
        out.truncate(out.len() - 1);
    }
    out.push('\n');
    out
}

/// `text` with every character Markdown could read as markup preceded by `\`.
pub fn escape_markdown(text: &str) -> String {
    let mut out = String::new();
    push_escaped(&mut out, text);
    out
}

fn push_escaped(out: &mut String, text: &str) {
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
}
