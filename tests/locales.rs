//! Native proof that every locale is complete: every text table
//! (`src/content/<locale>/*.txt`, as `build.rs` generates it) has the same keys in the
//! same order in every locale, every text is non-empty in both, every text that should
//! be translated differs from the English one, and every text a structure item shows is
//! in its table. The structure (ids, kinds, conditions, points, weights) is written once. Each build carries one locale (feature `de`);
//! these tests read both modules directly, whatever the build's locale is.
#![cfg(not(target_arch = "wasm32"))]

use backend_ready::content::quiz::{
    AREAS, BANDS, MODELS, QUESTIONS, RESULT_AREAS_HEADING, RESULT_AREA_NOT_SCORED,
    RESULT_SCORE_LABEL, RESULT_WHY_HEADING, SENIORITY, SIGNALS, SKILLS, TIMING, URGENCY,
};
use backend_ready::content::scorecard::{
    COMPETENCIES, COVERAGE_NONE, COVERAGE_SINGLE, DECISIONS, DISAGREEMENT, FORMULA_EXPLANATION,
    MISTAKES, NO_EVIDENCE, RATING_LEVELS, ROLE_LEVELS, STAGES, WEIGHT_PRESETS,
};
use backend_ready::content::{
    around, de, en, intro, messages, plural, push_values, same_names, Fill, Template,
};
use backend_ready::embed::options::SUPPORTED_LOCALES;
use backend_ready::quiz::{visible_questions, Answers};
use backend_ready::scorecard::{hundredths_text, hundredths_text_with};

/// Texts that are the same words in German (loanwords, names, numbers, punctuation).
const SAME_IN_GERMAN: &[&str] = &[
    "/100",
    "APIs",
    "Interview: {name}",
    "Junior",
    "Lead",
    "Name",
    "Senior",
    "Version {version}: {decision}",
];

/// True for a text with no words outside its `{placeholders}` (`{a} ({b}): {c}`, `.`):
/// it may read the same in another language.
fn only_placeholders(text: &str) -> bool {
    let mut outside = String::new();
    let mut depth = 0;
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ if depth == 0 => outside.push(c),
            _ => {}
        }
    }
    !outside.chars().any(char::is_alphabetic)
}

/// Both texts are usable, without edge spaces (sentences are whole, with placeholders)
/// and, unless the words are the same in German, translated.
fn check_text(what: &str, english: &str, german: &str) {
    for (locale, text) in [("en", english), ("de", german)] {
        assert!(!text.trim().is_empty(), "{what} is empty in {locale}");
        assert!(
            !text.contains("  "),
            "{what} has a double space in {locale}: {text:?}"
        );
    }
    assert_eq!(
        english.starts_with(' '),
        german.starts_with(' '),
        "{what}: a leading space in one locale only: {english:?} / {german:?}"
    );
    assert_eq!(
        english.ends_with(' '),
        german.ends_with(' '),
        "{what}: a trailing space in one locale only: {english:?} / {german:?}"
    );
    if SAME_IN_GERMAN.contains(&english) {
        assert_eq!(english, german, "{what}");
    } else if !only_placeholders(english) {
        assert_ne!(english, german, "{what} is not translated");
    }
    // German quotes are „…“: no straight double quotes, no English closing quote.
    assert!(
        !german.contains('"') && !german.contains('\u{201d}'),
        "{what} uses English quotes in German: {german:?}"
    );
}

// ---------------------------------------------------------------- quiz

/// A text table as `build.rs` generates it.
type Table = &'static [(&'static str, &'static str)];

/// Every text table (`src/content/<locale>/*.txt`) of both locales: the same keys in the
/// same order (`build.rs` refuses to build otherwise; checked again here on the tables
/// the crate carries), and every text usable and translated.
fn check_table(what: &str, english: Table, german: Table) {
    let keys = |table: Table| -> Vec<&'static str> { table.iter().map(|(key, _)| *key).collect() };
    assert_eq!(keys(english), keys(german), "{what}: keys");
    for ((key, e), (_, g)) in english.iter().zip(german) {
        check_text(&format!("{what}: {key}"), e, g);
    }
}

/// Every text table of every locale, as the crate carries it (a new table is checked
/// without being named here).
#[test]
fn every_text_is_in_every_locale_and_translated() {
    assert_eq!(en::TABLES.len(), de::TABLES.len());
    assert!(en::TABLES.len() >= 6);
    for ((what, english), (other, german)) in en::TABLES.iter().zip(de::TABLES) {
        assert_eq!(what, other);
        check_table(what, english, german);
    }
}

/// Every text of `table` is shown by an item, and every item shown has a text.
fn check_shown(what: &str, table: Table, shown: &[&str]) {
    for (key, text) in table {
        assert!(
            shown.contains(text),
            "{what} text {key} is not used by any item"
        );
    }
    assert!(shown.iter().all(|text| !text.trim().is_empty()));
}

/// Every item the quiz shows takes its text from the table: a structure item without a
/// text, or a text no item uses, would show as a gap or drift unnoticed.
#[test]
fn every_quiz_item_has_a_text_and_every_text_an_item() {
    let mut shown: Vec<&str> = Vec::new();
    for area in AREAS {
        shown.push(area.label);
    }
    for question in QUESTIONS {
        shown.extend([question.prompt, question.hint]);
        shown.extend(question.answers.iter().map(|answer| answer.label));
    }
    for band in BANDS {
        shown.extend([band.label, band.summary, band.why]);
    }
    for group in [&TIMING, &SKILLS, &SENIORITY, &MODELS] {
        shown.extend([group.heading, group.fallback_why]);
        for advice in group.advices {
            shown.extend([advice.title, advice.text]);
            shown.extend(advice.reasons.iter().map(|reason| reason.why));
        }
    }
    shown.extend(URGENCY.iter().map(|reason| reason.why));
    shown.extend(SIGNALS.iter().map(|signal| signal.why));
    shown.extend([
        RESULT_SCORE_LABEL,
        RESULT_AREAS_HEADING,
        RESULT_AREA_NOT_SCORED,
        RESULT_WHY_HEADING,
    ]);
    check_shown("quiz", en::quiz::ENTRIES, &shown);
}

#[test]
fn each_locale_states_the_real_number_of_questions() {
    let fewest = visible_questions(&Answers::new()).len();
    let most = QUESTIONS.len();
    for (length, promise) in [
        (
            en::messages::quiz::LENGTH,
            format!("{fewest} to {most} questions"),
        ),
        (
            de::messages::quiz::LENGTH,
            format!("{fewest} bis {most} Fragen"),
        ),
    ] {
        assert!(
            length.contains(&promise),
            "{length:?} should say {promise:?}"
        );
    }
}

// ---------------------------------------------------------------- scorecard

/// Every text of the scorecard's table is shown by an item, and every item has a text.
#[test]
fn every_scorecard_item_has_a_text_and_every_text_an_item() {
    let mut shown: Vec<&str> = Vec::new();
    for competency in &COMPETENCIES {
        shown.extend([competency.label, competency.why]);
        shown.extend(competency.look_for);
        shown.extend(competency.anchors);
    }
    for level in RATING_LEVELS.iter().chain([&NO_EVIDENCE]) {
        shown.extend([level.label, level.meaning]);
    }
    for stage in STAGES {
        shown.extend([stage.label, stage.purpose]);
        shown.extend(stage.questions.iter().map(|question| question.prompt));
    }
    for decision in &DECISIONS {
        shown.extend([decision.label, decision.meaning]);
    }
    shown.extend(ROLE_LEVELS.iter().map(|level| level.label));
    for flag in [DISAGREEMENT, COVERAGE_NONE, COVERAGE_SINGLE]
        .iter()
        .chain(&MISTAKES)
    {
        shown.extend([flag.title, flag.text]);
    }
    shown.push(FORMULA_EXPLANATION);
    shown.extend(WEIGHT_PRESETS.iter().map(|preset| preset.rationale));
    check_shown("scorecard", en::scorecard::ENTRIES, &shown);
}

// ---------------------------------------------------------------- intro

#[test]
fn the_title_screens_are_complete_in_every_locale() {
    let mut shown: Vec<&str> = Vec::new();
    for intro in [&intro::QUIZ, &intro::SCORECARD] {
        shown.extend([intro.eyebrow, intro.title, intro.lede, intro.points_heading]);
        shown.extend(intro.points);
        shown.push(intro.privacy);
    }
    check_shown("intro", en::intro::ENTRIES, &shown);
}

// ---------------------------------------------------------------- messages

#[test]
fn the_messages_signs_differ_by_design() {
    // Not texts: the language tag, the number signs and the quote marks differ by design.
    assert_eq!((en::messages::LANG, de::messages::LANG), ("en", "de"));
    assert_eq!(
        (
            en::messages::DECIMAL_SEPARATOR,
            de::messages::DECIMAL_SEPARATOR
        ),
        (".", ",")
    );
    assert_eq!(en::messages::notices::QUOTE.text, "\u{201c}{0}\u{201d}");
    assert_eq!(de::messages::notices::QUOTE.text, "\u{201e}{0}\u{201c}");
    assert_eq!(
        (en::messages::PERCENT.text, de::messages::PERCENT.text),
        ("{0}%", "{0}\u{a0}%")
    );
}

/// The whole sentences fill in as the fragments they replace read, whatever order a
/// locale puts the placeholders in.
#[test]
fn sentences_fill_their_placeholders() {
    let filled = |template: Template, values: &[&dyn Fill]| {
        let mut out = String::new();
        push_values(&mut out, template.text, values);
        out
    };
    let question = en::messages::quiz::QUESTION_OF;
    assert_eq!(question.names, ["number", "total"]);
    assert_eq!(de::messages::quiz::QUESTION_OF.names, question.names);
    assert_eq!(filled(question, &[&3_u32, &14_u32]), "Question 3 of 14");
    assert_eq!(
        filled(de::messages::quiz::QUESTION_OF, &[&3_u32, &14_u32]),
        "Frage 3 von 14"
    );
    assert_eq!(
        around(en::summary_text::WEIGHTS_HEADING),
        ("Weights of the role \u{201c}", "\u{201d}")
    );
    let reordered = Template {
        text: "{1} before {0}",
        names: &["a", "b"],
        before: "",
        after: " before {0}",
    };
    assert_eq!(filled(reordered, &[&"A", &"B"]), "B before A");
    assert!(same_names(&["a", "b"], &["a", "b"]));
    assert!(!same_names(&["a", "b"], &["b", "a"]));
    assert_eq!(plural(1, "one", "other"), "one");
    assert_eq!(plural(0, "one", "other"), "other");
    assert_eq!(plural(2, "one", "other"), "other");
}

// ---------------------------------------------------------------- the build's locale

#[test]
fn numbers_use_each_locales_decimal_separator() {
    let separator = |text: &str| text.chars().next().unwrap();
    let (en_separator, de_separator) = (
        separator(en::messages::DECIMAL_SEPARATOR),
        separator(de::messages::DECIMAL_SEPARATOR),
    );
    assert_eq!(hundredths_text_with(250, en_separator), "2.50");
    assert_eq!(hundredths_text_with(250, de_separator), "2,50");
    assert_eq!(hundredths_text_with(5, de_separator), "0,05");
    // The build's own formatting follows the build's locale.
    let separator = messages::DECIMAL_SEPARATOR;
    assert_eq!(hundredths_text(367), format!("3{separator}67"));
}

#[test]
fn the_build_falls_back_to_its_own_locale() {
    assert_eq!(SUPPORTED_LOCALES, [messages::LANG]);
}
