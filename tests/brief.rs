//! The one-page hiring brief (issue 17, item 2): one model built from the quiz result,
//! rendered as Markdown for the download (and as HTML on screen, from the same model).
//! The expected briefs are written out in full for realistic companies. English by
//! default; `cargo test --features de --test brief` checks the German brief.
#![cfg(not(target_arch = "wasm32"))]

use backend_ready::content::brief::MISTAKES;
use backend_ready::content::scorecard::{
    COMPETENCIES, COMPETENCY_LABELS, STAGES, STAGE_IDS, STAGE_LABELS, STAGE_PROBES,
};
use backend_ready::quiz::brief::{brief, escape_markdown, to_markdown, Brief, BRIEF_FILE};
use backend_ready::quiz::{decode_answers, evaluate};
use backend_ready::scorecard::role_draft::{draft_role, stage_probes};
use backend_ready::scorecard::role_link::decode_role;

/// A growing company whose data is wrong, whose model nobody dares change, with juniors
/// only (the role draft's data-heavy company).
const DATA_HEAVY: &str = "v1;stage:mvp;growth:data;symptoms:bad-data;data-model:tangled;\
                          leadership:nobody;seniority:juniors;horizon:evolve";

/// A very early startup: an idea, nothing growing or hurting, nobody on the backend, a
/// project budget.
const VERY_EARLY: &str = "v1;stage:idea;growth:none;symptoms:none;seniority:nobody;budget:project";

fn brief_of(answers: &str) -> Brief {
    brief(&evaluate(&decode_answers(answers).expect("answers decode")))
}

fn section<'a>(brief: &'a Brief, id: &str) -> &'a backend_ready::quiz::brief::Section {
    brief
        .sections
        .iter()
        .find(|section| section.id == id)
        .unwrap_or_else(|| panic!("no section {id}"))
}

fn ids(brief: &Brief, section_id: &str) -> Vec<&'static str> {
    section(brief, section_id)
        .items
        .iter()
        .map(|item| item.id)
        .collect()
}

/// Every `expected` piece is somewhere in `markdown`.
fn assert_contains_all(markdown: &str, expected: &[&str]) {
    for expected in expected {
        assert!(markdown.contains(expected), "{expected}\nin:\n{markdown}");
    }
}

#[test]
fn data_heavy_answers_put_database_depth_first() {
    let made = brief_of(DATA_HEAVY);
    assert_eq!(ids(&made, "skills"), ["skill.data", "skill.architecture"]);
    assert_eq!(ids(&made, "stages")[0], "database-modelling");
    assert_eq!(
        ids(&made, "role"),
        ["timing.now", "seniority.lead-first", "model.in-house"]
    );
    assert_eq!(made.sections.len(), 5);
    assert_eq!(section(&made, "mistakes").items.len(), 5);
}

#[test]
fn a_very_early_startup_is_told_not_yet_with_a_dedicated_team() {
    let made = brief_of(VERY_EARLY);
    assert_eq!(
        ids(&made, "role"),
        ["timing.watch", "seniority.lead-first", "model.dedicated"]
    );
    assert_eq!(ids(&made, "skills"), ["skill.architecture"]);
    assert_eq!(ids(&made, "stages")[0], "architecture-case-study");
    // No signal raised: the band's own sentence says why.
    assert_eq!(section(&made, "why").items.len(), 1);
}

/// The brief's stages are the role draft's plan, for every recommendation the quiz
/// can give: the brief and the scorecard role say the same thing.
#[test]
fn the_stages_are_the_role_drafts_plan() {
    let mut first_stages = Vec::new();
    for answers in [
        DATA_HEAVY,
        VERY_EARLY,
        "v1;stage:scaling;sensitive:payments;compliance:audit-due;symptoms:integrations",
    ] {
        let result = evaluate(&decode_answers(answers).unwrap());
        let rec = &result.recommendation;
        let skills: Vec<&str> = rec.skills.iter().map(|point| point.id).collect();
        let encoded = backend_ready::scorecard::role_link::encode_role(
            &skills,
            rec.seniority.id,
            rec.model.id,
        );
        let draft = draft_role(&decode_role(&encoded).unwrap());
        assert_eq!(ids(&brief(&result), "stages"), draft.plan, "{answers}");
        first_stages.push(draft.plan[0]);
    }
    first_stages.dedup();
    assert_eq!(first_stages.len(), 3, "three plans: {first_stages:?}");
}

/// The compile-time tables agree with the content they are read from.
#[test]
fn the_stage_tables_are_the_contents() {
    for (index, stage) in STAGES.iter().enumerate() {
        assert_eq!(
            (STAGE_IDS[index], STAGE_LABELS[index]),
            (stage.id, stage.label)
        );
        for (competency, known) in COMPETENCIES.iter().enumerate() {
            let probing = stage
                .questions
                .iter()
                .filter(|question| question.probes.contains(&known.id))
                .count();
            assert_eq!(usize::from(STAGE_PROBES[index][competency]), probing);
        }
        let probed = stage_probes(index);
        assert!(!probed.is_empty(), "{} probes something", stage.id);
        let counts: Vec<u8> = probed.iter().map(|c| STAGE_PROBES[index][*c]).collect();
        assert!(
            counts.windows(2).all(|pair| pair[0] >= pair[1]),
            "{counts:?}"
        );
    }
    for (index, competency) in COMPETENCIES.iter().enumerate() {
        assert_eq!(COMPETENCY_LABELS[index], competency.label);
    }
}

#[test]
fn markdown_special_characters_are_escaped() {
    assert_eq!(
        escape_markdown(r"*bold* _it_ `code` [link](x) <b> # a|b \ 1."),
        r"\*bold\* \_it\_ \`code\` \[link\](x) \<b\> \# a\|b \\ 1."
    );
    assert_eq!(
        escape_markdown("Backend engineer (Senior)"),
        "Backend engineer (Senior)"
    );
}

/// Nothing the visitor typed reaches the brief (the quiz takes choices only), yet every
/// text is escaped: a translation with a `*` or `_` cannot break the file.
#[test]
fn every_text_in_the_markdown_is_escaped() {
    let mut made = brief_of(DATA_HEAVY);
    made.sections[0].items[0].text = "a *starred* _word_".into();
    let markdown = to_markdown(&made);
    assert!(markdown.contains(r"- a \*starred\* \_word\_"), "{markdown}");
}

#[test]
fn the_file_is_markdown() {
    assert!(BRIEF_FILE.ends_with(".md"));
    assert_eq!(MISTAKES.len(), 5);
}

#[cfg(not(feature = "de"))]
mod english {
    use super::*;

    const DATA_HEAVY_BRIEF: &str = "\
# Hiring brief: Backend engineer (Senior)

**Hire now** (47/100, Backend hiring pressure)

Your product has outgrown its backend. Problems like these usually mean the design is \
already bending, and each month makes it harder to straighten.

## Why this verdict

- Data that is wrong, duplicated or out of sync: the database design no longer holds.
- Nobody dares to change the data model, and reports disagree.
- Your product is moving past its first version: users, data or connections are growing.

## The role to open

- **When to hire:** Start hiring now. At least one problem has already surfaced, or \
several signals come together.
- **Seniority mix:** A senior or lead engineer first, juniors later. Only juniors write \
your backend, and growth needs someone who owns its design.
- **Hiring model:** Build in-house. Long-term product evolution needs domain knowledge \
in-house.

## Skills to prioritise

1. **Database modelling, transactions and consistency:** Your data is already wrong and \
the model is too risky to fix without database expertise. Interviews test it as: \
Database depth.
2. **System design and scalability:** An MVP that is about to grow needs a design that \
can grow with it. Interviews test it as: System design and scalability thinking.

## Interview stages, in this order

";

    #[test]
    fn the_data_heavy_brief_reads_as_expected() {
        let markdown = to_markdown(&brief_of(DATA_HEAVY));
        assert!(
            markdown.starts_with(DATA_HEAVY_BRIEF),
            "expected:\n{DATA_HEAVY_BRIEF}\ngot:\n{markdown}"
        );
        let stages = &markdown[DATA_HEAVY_BRIEF.len()..];
        assert!(
            stages.starts_with("1. **Database modelling challenge:** probes Database depth"),
            "{stages}"
        );
        assert_eq!(
            stages.matches("\n1. ").count() + 1,
            1,
            "one ordered list of stages"
        );
        assert!(markdown.contains(
            "## Hiring mistakes to avoid\n\n- **Hiring for a programming language:** Knowing \
             Python or Node.js well does not make someone a good system designer."
        ));
        assert!(markdown.ends_with(".\n"), "{markdown}");
        assert!(!markdown.contains("\n\n\n"));
    }

    #[test]
    fn a_very_early_startup_reads_not_yet() {
        let markdown = to_markdown(&brief_of(VERY_EARLY));
        assert_contains_all(
            &markdown,
            &[
                "**Not yet** (11/100, Backend hiring pressure)",
                "## Why this verdict\n\n- None of your answers shows strain or risk in the backend yet.\n",
                "- **When to hire:** Not yet: prepare the hire. None of your answers",
                "- **Hiring model:** Bring in a dedicated backend team. Your budget is for a \
                 project, not for permanent headcount.",
                "1. **Architecture case study:** probes System design and scalability thinking",
            ],
        );
    }
}

#[cfg(feature = "de")]
mod german {
    use super::*;

    #[test]
    fn the_data_heavy_brief_reads_in_german() {
        let markdown = to_markdown(&brief_of(DATA_HEAVY));
        assert_contains_all(
            &markdown,
            &[
                "# Recruiting-Briefing: Backend-Entwickler/in (Senior)\n\n",
                "## Warum dieses Ergebnis\n\n- ",
                "## Die Stelle, die Sie ausschreiben\n\n- **Wann einstellen:** ",
                "## Diese Fähigkeiten zuerst\n\n1. ",
                "Im Interview geprüft als: Datenbank-Know-how.",
                "## Interviewstufen in dieser Reihenfolge\n\n1. **Datenbank-Modellierungsaufgabe:** prüft Datenbank-Know-how",
                "## Diese Einstellungsfehler vermeiden\n\n- **Nach Programmiersprache einstellen:** ",
            ],
        );
        assert!(!markdown.contains("Interviews test"), "no English left");
    }
}
