//! The persona table of docs/personas.md as data: companies described in the hiring
//! guide's terms, each with its answers as a v1 share link and the verdict a CTO who read
//! the guide would expect (issue 11). One test checks every row and reports all
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

const PERSONAS: &[Persona] = &[
    Persona {
        name: "Weekend prototype",
        link: "v1;stage:idea;growth:none;symptoms:none;priorities:low;scaling:not-needed;\
               sensitive:none;integrations:none;data-model:solid;leadership:cto;\
               seniority:nobody;timeline:year;horizon:evolve;budget:undecided",
        band: "not-yet",
        timing: "timing.watch",
        first_skill: "skill.architecture",
        also_skill: None,
        seniority: "seniority.lead-first",
        model: "model.in-house",
    },
    Persona {
        name: "Calm no-code MVP",
        link: "v1;stage:mvp;growth:none;symptoms:none;priorities:low;scaling:not-needed;\
               sensitive:none;integrations:third-party,cloud;integration-health:contained;\
               data-model:solid;leadership:cto;seniority:platform;timeline:year;\
               horizon:evolve;budget:undecided",
        band: "not-yet",
        timing: "timing.watch",
        first_skill: "skill.architecture",
        also_skill: None,
        seniority: "seniority.lead-first",
        model: "model.in-house",
    },
    Persona {
        name: "Calm MVP with seniors",
        link: "v1;stage:mvp;growth:none;symptoms:none;priorities:some;scaling:caching;\
               sensitive:personal;compliance:reviewed;integrations:third-party,cloud;\
               integration-health:contained;data-model:solid;leadership:lead;\
               seniority:seniors;timeline:year;horizon:evolve;budget:permanent",
        band: "not-yet",
        timing: "timing.watch",
        first_skill: "skill.architecture",
        also_skill: None,
        seniority: "seniority.juniors-next",
        model: "model.in-house",
    },
    Persona {
        name: "Established and stable",
        link: "v1;stage:stable;growth:none;symptoms:none;priorities:low;scaling:caching;\
               sensitive:personal;compliance:reviewed;integrations:databases,crm;\
               integration-health:contained;data-model:solid;leadership:lead;\
               seniority:mixed;timeline:year;horizon:evolve;budget:permanent",
        band: "not-yet",
        timing: "timing.watch",
        first_skill: "skill.architecture",
        also_skill: None,
        seniority: "seniority.add-capacity",
        model: "model.in-house",
    },
    Persona {
        name: "Senior team, growing",
        link: "v1;stage:growing;growth:users,data;symptoms:none;priorities:some;\
               scaling:caching;sensitive:personal;compliance:reviewed;\
               integrations:databases,third-party,analytics;integration-health:contained;\
               data-model:solid;leadership:lead;seniority:seniors;timeline:quarter;\
               horizon:evolve;budget:permanent",
        band: "prepare",
        timing: "timing.plan",
        first_skill: "skill.architecture",
        also_skill: None,
        seniority: "seniority.juniors-next",
        model: "model.in-house",
    },
    Persona {
        name: "Scale-ahead startup",
        link: "v1;stage:growing;growth:users,data;symptoms:none;priorities:strategic;\
               scaling:caching;sensitive:personal;compliance:reviewed;\
               integrations:third-party,analytics;integration-health:contained;\
               data-model:solid;leadership:cto;seniority:mixed;timeline:year;\
               horizon:evolve;budget:permanent",
        band: "prepare",
        timing: "timing.plan",
        first_skill: "skill.architecture",
        also_skill: Some("skill.performance"),
        seniority: "seniority.lead-first",
        model: "model.in-house",
    },
    Persona {
        name: "MVP in trouble",
        link: "v1;stage:mvp;growth:users;\
               symptoms:slow-apis,instability,integrations;priorities:some;\
               scaling:bigger-server;sensitive:none;integrations:third-party,cloud;\
               integration-health:outage;data-model:solid;leadership:nobody;\
               seniority:nobody;timeline:quarter;horizon:both;budget:undecided",
        band: "hire-now",
        timing: "timing.now",
        first_skill: "skill.integrations",
        also_skill: Some("skill.performance"),
        seniority: "seniority.lead-first",
        model: "model.hybrid",
    },
    Persona {
        name: "MVP in trouble, sensitive skipped",
        link: "v1;stage:mvp;growth:users;\
               symptoms:slow-apis,instability,integrations;priorities:some;\
               scaling:bigger-server;integrations:third-party,cloud;\
               integration-health:outage;data-model:solid;leadership:nobody;\
               seniority:nobody;timeline:quarter;horizon:both;budget:undecided",
        band: "hire-now",
        timing: "timing.now",
        first_skill: "skill.integrations",
        also_skill: Some("skill.performance"),
        seniority: "seniority.lead-first",
        model: "model.hybrid",
    },
    Persona {
        name: "Past-MVP startup, non-specialist CTO",
        link: "v1;stage:growing;growth:users;symptoms:slow-apis;priorities:strategic;\
               scaling:unknown;sensitive:personal;compliance:partial;\
               integrations:third-party;integration-health:manual;data-model:strained;\
               leadership:cto;seniority:mixed;timeline:quarter;horizon:evolve;\
               budget:permanent",
        band: "hire-now",
        timing: "timing.now",
        first_skill: "skill.architecture",
        also_skill: Some("skill.performance"),
        seniority: "seniority.lead-first",
        model: "model.in-house",
    },
    Persona {
        name: "Juniors-only, growing",
        link: "v1;stage:growing;growth:users,data;symptoms:slow-apis;priorities:some;\
               scaling:bigger-server;sensitive:personal;compliance:partial;\
               integrations:third-party;integration-health:manual;data-model:strained;\
               leadership:cto;seniority:juniors;timeline:quarter;horizon:evolve;\
               budget:permanent",
        band: "hire-now",
        timing: "timing.now",
        first_skill: "skill.architecture",
        also_skill: Some("skill.performance"),
        seniority: "seniority.lead-first",
        model: "model.in-house",
    },
    Persona {
        name: "Data disaster",
        link: "v1;stage:growing;growth:data;symptoms:bad-data;priorities:some;\
               scaling:caching;sensitive:personal;compliance:reviewed;\
               integrations:databases,analytics;integration-health:manual;\
               data-model:tangled;leadership:cto;seniority:mixed;timeline:quarter;\
               horizon:evolve;budget:permanent",
        band: "hire-now",
        timing: "timing.now",
        first_skill: "skill.architecture",
        also_skill: Some("skill.data"),
        seniority: "seniority.lead-first",
        model: "model.in-house",
    },
    Persona {
        name: "No-code backend outgrown",
        link: "v1;stage:growing;growth:users,data;symptoms:slow-apis;priorities:strategic;\
               scaling:unknown;sensitive:personal;compliance:reviewed;\
               integrations:third-party,cloud;integration-health:manual;\
               data-model:strained;leadership:cto;seniority:platform;timeline:quarter;\
               horizon:evolve;budget:permanent",
        band: "hire-now",
        timing: "timing.now",
        first_skill: "skill.architecture",
        also_skill: Some("skill.data"),
        seniority: "seniority.lead-first",
        model: "model.in-house",
    },
    Persona {
        name: "Integration-heavy",
        link: "v1;stage:growing;growth:integrations;symptoms:integrations;priorities:some;\
               scaling:caching;sensitive:personal;compliance:reviewed;\
               integrations:databases,third-party,analytics,crm,cloud;\
               integration-health:outage;data-model:solid;leadership:external;\
               seniority:external;timeline:quarter;horizon:both;budget:permanent",
        band: "hire-now",
        timing: "timing.now",
        first_skill: "skill.architecture",
        also_skill: Some("skill.integrations"),
        seniority: "seniority.lead-first",
        model: "model.hybrid",
    },
    Persona {
        name: "Agency MVP to stabilise",
        link: "v1;stage:mvp;growth:users;symptoms:slow-apis,instability;priorities:some;\
               scaling:bigger-server;sensitive:personal;compliance:partial;\
               integrations:third-party;integration-health:manual;data-model:strained;\
               leadership:external;seniority:external;timeline:quarter;\
               horizon:stabilise;budget:project",
        band: "hire-now",
        timing: "timing.now",
        first_skill: "skill.performance",
        also_skill: Some("skill.infrastructure"),
        seniority: "seniority.lead-first",
        model: "model.dedicated",
    },
    Persona {
        name: "Regulated payments, audit due",
        link: "v1;stage:growing;growth:users;symptoms:none;priorities:some;scaling:caching;\
               sensitive:personal,payments,regulated;compliance:audit-due;\
               integrations:third-party,crm;integration-health:contained;\
               data-model:solid;leadership:lead;seniority:mixed;timeline:quarter;\
               horizon:evolve;budget:permanent",
        band: "hire-now",
        timing: "timing.urgent",
        first_skill: "skill.security",
        also_skill: Some("skill.architecture"),
        seniority: "seniority.add-capacity",
        model: "model.in-house",
    },
    Persona {
        name: "Regulated scale-up in crisis",
        link: "v1;stage:scaling;growth:users,data,integrations;\
               symptoms:slow-apis,bad-data,instability;priorities:strategic;\
               scaling:bigger-server;sensitive:personal,payments,regulated;\
               compliance:audit-due;integrations:databases,third-party,crm,cloud;\
               integration-health:manual;data-model:strained;leadership:nobody;\
               seniority:mixed;timeline:weeks;horizon:stabilise;budget:project",
        band: "urgent",
        timing: "timing.urgent",
        first_skill: "skill.security",
        also_skill: Some("skill.architecture"),
        seniority: "seniority.lead-first",
        model: "model.dedicated",
    },
];

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
    for persona in PERSONAS {
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
        PERSONAS.len(),
        report.join("\n")
    );
}

/// The table is worth its name: a dozen or more companies, each named once.
#[test]
fn the_persona_table_is_complete() {
    assert!(PERSONAS.len() >= 14, "too few personas");
    for (index, persona) in PERSONAS.iter().enumerate() {
        assert!(
            PERSONAS[..index]
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
    for (index, persona) in PERSONAS.iter().enumerate() {
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
