//! The persona table of docs/personas.md as data (tests/fixtures/personas.txt): companies
//! described in the hiring guide's terms, each with its answers as a v1 share link and the
//! verdict a CTO who read the guide would expect (issue 11). One test checks every row and reports all
//! mismatches at once; `print_persona_verdicts` (ignored) prints what the current build
//! says, as markdown table rows.
#![cfg(not(target_arch = "wasm32"))]

use backend_ready::quiz::{decode_answers, evaluate, QuizResult};

/// One company and the verdict the guide implies for it.
struct Persona {
    name: &'static str,
    /// The answers, as a v1 share link.
    link: &'static str,
    /// `QuizResult::band.id`.
    band: &'static str,
    /// `recommendation.timing.id`.
    timing: &'static str,
    /// `recommendation.skills[0].id`.
    first_skill: &'static str,
    /// A skill that must also be among the ranked skills.
    also_skill: Option<&'static str>,
    /// `recommendation.seniority.id`.
    seniority: &'static str,
    /// `recommendation.model.id`.
    model: &'static str,
}

/// The table, one company a block of three lines: name, link, verdict (see the file's
/// header).
const TABLE: &str = include_str!("fixtures/personas.txt");

/// The persona table read from [`TABLE`] (its first block, the header, left out); panics
/// on a block that is not three lines with a six-word verdict.
fn personas() -> Vec<Persona> {
    TABLE
        .split("\n\n")
        .filter(|block| !block.starts_with('#'))
        .map(|block| persona(block.trim()))
        .collect()
}

fn persona(block: &'static str) -> Persona {
    let [name, link, verdict]: [&str; 3] = block.lines().collect::<Vec<_>>().try_into().unwrap();
    let words: Vec<&str> = verdict.split(' ').collect();
    let [band, timing, first_skill, also, seniority, model] = words[..].try_into().unwrap();
    Persona {
        name,
        link,
        band,
        timing,
        first_skill,
        also_skill: (also != "-").then_some(also),
        seniority,
        model,
    }
}

/// The persona's answers, evaluated, or why its link does not decode.
fn verdict(persona: &Persona) -> Result<QuizResult, String> {
    decode_answers(persona.link)
        .map(|answers| evaluate(&answers))
        .map_err(|error| format!("link does not decode ({error:?}: {error})"))
}

/// Every way `result` differs from what `persona` expects.
fn mismatches(persona: &Persona, result: &QuizResult) -> Vec<String> {
    let recommendation = &result.recommendation;
    let skills: Vec<&str> = recommendation.skills.iter().map(|s| s.id).collect();
    let mut found = Vec::new();
    let mut check = |field: &str, expected: &str, actual: &str| {
        if expected != actual {
            found.push(format!("{field}: expected {expected}, got {actual}"));
        }
    };
    check("band", persona.band, result.band.id);
    check("timing", persona.timing, recommendation.timing.id);
    check(
        "first skill",
        persona.first_skill,
        skills.first().copied().unwrap_or("(none)"),
    );
    check("seniority", persona.seniority, recommendation.seniority.id);
    check("model", persona.model, recommendation.model.id);
    if let Some(also) = persona.also_skill {
        if !skills.contains(&also) {
            found.push(format!(
                "skills: expected {also} in the top 3, got [{}]",
                skills.join(", ")
            ));
        }
    }
    found
}

#[test]
fn every_persona_gets_the_verdict_the_guide_implies() {
    let mut report = Vec::new();
    let personas = personas();
    for persona in &personas {
        let found = match verdict(persona) {
            Ok(result) => mismatches(persona, &result),
            Err(error) => vec![error],
        };
        if !found.is_empty() {
            report.push(format!("- {}:\n    {}", persona.name, found.join("\n    ")));
        }
    }
    assert!(
        report.is_empty(),
        "{} of {} personas get a verdict the guide does not support:\n{}",
        report.len(),
        personas.len(),
        report.join("\n")
    );
}

/// The table is worth its name: a dozen or more companies, each named once.
#[test]
fn the_persona_table_is_complete() {
    let personas = personas();
    assert!(personas.len() >= 14, "too few personas");
    for (index, persona) in personas.iter().enumerate() {
        assert!(
            personas[..index]
                .iter()
                .all(|other| other.name != persona.name),
            "{} appears twice",
            persona.name
        );
    }
}

/// Prints the verdict the current build gives each persona, as markdown table rows:
/// `cargo test --test personas -- --ignored --nocapture print_persona_verdicts`.
#[test]
#[ignore = "prints a table for docs/personas.md; checks nothing"]
fn print_persona_verdicts() {
    println!("| # | Company | Band | Score | Timing | Skills | Seniority | Model |");
    println!("|---|---|---|---|---|---|---|---|");
    for (index, persona) in personas().iter().enumerate() {
        let number = index + 1;
        match verdict(persona) {
            Ok(result) => {
                let recommendation = &result.recommendation;
                let skills: Vec<&str> = recommendation.skills.iter().map(|s| s.id).collect();
                println!(
                    "| {number} | {} | {} | {} | {} | {} | {} | {} |",
                    persona.name,
                    result.band.id,
                    result.score,
                    recommendation.timing.id,
                    skills.join(", "),
                    recommendation.seniority.id,
                    recommendation.model.id,
                );
            }
            Err(_) => println!(
                "| {number} | {} | new answer, not in this release | | | | | |",
                persona.name
            ),
        }
    }
}
