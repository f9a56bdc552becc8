//! Native proof that every locale is complete: every key of `content::en` exists in
//! `content::de` with the same shape (ids, kinds, conditions, points, weights, counts, in
//! the same order), every text is non-empty in both, and every text that should be
//! translated differs from the English one. Each build carries one locale (feature `de`);
//! these tests read both modules directly, whatever the build's locale is.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use backend_ready::content::quiz::{
    AREAS, BANDS, MODELS, QUESTIONS, RESULT_AREAS_HEADING, RESULT_AREA_NOT_SCORED,
    RESULT_SCORE_LABEL, RESULT_WHY_HEADING, SENIORITY, SIGNALS, SKILLS, TIMING, URGENCY,
};
use backend_ready::content::scorecard::{
    COMPETENCIES, COVERAGE_NONE, COVERAGE_SINGLE, DECISIONS, DISAGREEMENT, FORMULA_EXPLANATION,
    MISTAKES, NO_EVIDENCE, RATING_LEVELS, ROLE_LEVELS, STAGES, WEIGHT_PRESETS,
};
use backend_ready::content::{de, en, intro, messages};
use backend_ready::embed::options::SUPPORTED_LOCALES;
use backend_ready::quiz::{visible_questions, Answers};
use backend_ready::scorecard::{hundredths_text, hundredths_text_with};

/// Texts that are the same words in German (loanwords, names, numbers, punctuation).
const SAME_IN_GERMAN: &[&str] = &[
    "/100",
    ".",
    "APIs",
    "Interview: ",
    "Junior",
    "Lead",
    "Name",
    "Senior",
    "Version ",
];

/// Both texts are usable, shaped alike (fragments keep their edge spaces, so the
/// sentences they are assembled into read right) and, unless the words are the same in
/// German, translated.
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
    } else {
        assert_ne!(english, german, "{what} is not translated");
    }
    // German quotes are „…“: no straight double quotes, no English closing quote.
    assert!(
        !german.contains('"') && !german.contains('\u{201d}'),
        "{what} uses English quotes in German: {german:?}"
    );
}

fn check_texts(what: &str, english: &[&str], german: &[&str]) {
    assert_eq!(english.len(), german.len(), "{what}: different counts");
    for (index, (english, german)) in english.iter().zip(german).enumerate() {
        check_text(&format!("{what}[{index}]"), english, german);
    }
}

/// The `pub const`, `pub static` and `pub mod` items of a content file, with their
/// module path (`quiz::START`), in source order.
fn items(source: &str) -> Vec<String> {
    let mut path: Vec<String> = Vec::new();
    let mut found = Vec::new();
    for line in source.lines() {
        let code = line.trim_start();
        let depth = (line.len() - code.len()) / 4;
        path.truncate(depth);
        let Some(rest) = ["pub const ", "pub static ", "pub mod "]
            .iter()
            .find_map(|prefix| code.strip_prefix(prefix))
        else {
            continue;
        };
        let name: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        let full = path.iter().chain([&name]).cloned().collect::<Vec<_>>();
        found.push(full.join("::"));
        if code.starts_with("pub mod ") {
            path.push(name);
        }
    }
    found
}

#[test]
fn every_locale_has_every_item_of_every_content_file() {
    let files = [
        (
            "messages",
            include_str!("../src/content/en/messages.rs"),
            include_str!("../src/content/de/messages.rs"),
        ),
        (
            "interview_text",
            include_str!("../src/content/en/interview_text.rs"),
            include_str!("../src/content/de/interview_text.rs"),
        ),
        (
            "summary_text",
            include_str!("../src/content/en/summary_text.rs"),
            include_str!("../src/content/de/summary_text.rs"),
        ),
    ];
    for (file, english, german) in files {
        let (english, german) = (items(english), items(german));
        assert!(english.len() > 1, "{file}: no items found");
        let only = |these: &[String], those: &[String]| -> Vec<String> {
            these
                .iter()
                .filter(|item| !those.contains(item))
                .cloned()
                .collect()
        };
        assert_eq!(only(&english, &german), [""; 0], "{file}: missing in de");
        assert_eq!(only(&german, &english), [""; 0], "{file}: missing in en");
        assert_eq!(english, german, "{file}: the items are in another order");
    }
    // The message-like files are compared value by value below; each list there must
    // name every item, so a new key cannot be left out of the comparison.
    let message_files = [
        (
            include_str!("../src/content/en/messages.rs"),
            messages_compared(),
        ),
        (
            include_str!("../src/content/en/interview_text.rs"),
            interview_text_compared(),
        ),
        (
            include_str!("../src/content/en/summary_text.rs"),
            summary_text_compared(),
        ),
    ];
    for (source, compared) in message_files {
        let declared: BTreeSet<String> = items(source)
            .into_iter()
            .filter(|item| {
                ![
                    "quiz",
                    "notices",
                    "options",
                    "share_link",
                    "scorecard",
                    "import",
                ]
                .contains(&item.as_str())
            })
            .collect();
        let compared: BTreeSet<String> = compared.into_iter().collect();
        assert_eq!(declared, compared, "items declared vs compared");
    }
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

#[test]
fn every_quiz_text_is_in_every_locale_and_translated() {
    check_table("quiz", en::quiz::ENTRIES, de::quiz::ENTRIES);
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
    for (key, text) in en::quiz::ENTRIES {
        assert!(
            shown.contains(text),
            "quiz text {key} is not used by any item"
        );
    }
    assert!(shown.iter().all(|text| !text.trim().is_empty()));
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

#[test]
fn every_scorecard_text_is_in_every_locale_and_translated() {
    check_table("scorecard", en::scorecard::ENTRIES, de::scorecard::ENTRIES);
}

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
    for (key, text) in en::scorecard::ENTRIES {
        assert!(
            shown.contains(text),
            "scorecard text {key} is not used by any item"
        );
    }
    assert!(shown.iter().all(|text| !text.trim().is_empty()));
}

// ---------------------------------------------------------------- intro

#[test]
fn the_title_screens_are_complete_in_every_locale() {
    check_table("intro", en::intro::ENTRIES, de::intro::ENTRIES);
    let mut shown: Vec<&str> = Vec::new();
    for intro in [&intro::QUIZ, &intro::SCORECARD] {
        shown.extend([intro.eyebrow, intro.title, intro.lede, intro.points_heading]);
        shown.extend(intro.points);
        shown.push(intro.privacy);
    }
    for (key, text) in en::intro::ENTRIES {
        assert!(shown.contains(text), "intro text {key} is not shown");
    }
}

// ---------------------------------------------------------------- messages

/// Texts of one item, whatever its shape: a text, a pair around a value, a list.
trait Texts {
    fn texts(&self) -> Vec<&'static str>;
}

impl Texts for &'static str {
    fn texts(&self) -> Vec<&'static str> {
        vec![self]
    }
}

impl Texts for (&'static str, &'static str) {
    fn texts(&self) -> Vec<&'static str> {
        vec![self.0, self.1]
    }
}

impl<const N: usize> Texts for [&'static str; N] {
    fn texts(&self) -> Vec<&'static str> {
        self.to_vec()
    }
}

/// Compares each named item of `en::<file>` with `de::<file>` (a missing item does not
/// compile) and returns the names compared.
macro_rules! compare {
    ($file:ident { $($($segment:ident)::+),* $(,)? }) => {{
        let mut names = Vec::new();
        $(
            let name = stringify!($($segment)::+).replace(' ', "");
            check_texts(
                &format!("{}::{name}", stringify!($file)),
                &Texts::texts(&en::$file::$($segment)::+),
                &Texts::texts(&de::$file::$($segment)::+),
            );
            names.push(name);
        )*
        names
    }};
}

fn messages_compared() -> Vec<String> {
    let mut names = compare!(messages {
        OPTION_ERROR_HEADING, OPTION_ERROR_HINT, MODE_NOT_IN_BUILD,
        options::MODE, options::THEME, options::STORAGE_KEY, options::LOCALE,
        options::CTA_LABEL_WITHOUT_URL, options::CTA_URL, options::CTA_LABEL,
        options::CTA_LABEL_DEFAULT, options::SWITCH,
        quiz::START, quiz::CONTINUE, quiz::START_OVER, quiz::LENGTH, quiz::BACK, quiz::NEXT,
        quiz::SKIP, quiz::SEE_RESULT, quiz::CHOOSE_ONE, quiz::CHOOSE_ANY, quiz::QUESTION_OF,
        quiz::RESULT_HEADING, quiz::OUT_OF, quiz::RECOMMENDATION_HEADING, quiz::WHY,
        quiz::RETAKE, quiz::SHARE, quiz::PRINT, quiz::COPIED, quiz::COPY_FAILED,
        quiz::SHARE_LINK_LABEL, quiz::SHARED_RESULT,
        notices::DISMISS, notices::DOWNLOAD_KEPT, notices::KEPT_ASIDE, notices::STARTING_FRESH, notices::BAD_SHARE_LINK,
        notices::OTHER_TAB, notices::USE_OTHER_TAB, notices::STORAGE_UNAVAILABLE,
        notices::SAVE_FAILED, notices::NEWER_VERSION, notices::UNREADABLE,
        share_link::TOO_LONG, share_link::MISSING_VERSION, share_link::UNSUPPORTED_VERSION,
        share_link::MALFORMED, share_link::UNKNOWN_QUESTION, share_link::UNKNOWN_ANSWER,
        share_link::DUPLICATE_QUESTION, share_link::DUPLICATE_ANSWER,
        share_link::CONFLICTING_ANSWERS,
        scorecard::LIST_HEADING, scorecard::YOUR_NAME, scorecard::YOUR_NAME_HINT,
        scorecard::NAME_FIRST, scorecard::ADD_HEADING, scorecard::NAME, scorecard::ROLE,
        scorecard::ROLE_DEFAULT, scorecard::LEVEL, scorecard::NOTES, scorecard::ADD,
        scorecard::FILTER, scorecard::SHOW_ARCHIVED, scorecard::SHOW_MORE, scorecard::SHOWING,
        scorecard::EMPTY, scorecard::NO_MATCH, scorecard::INTERVIEWS, scorecard::ARCHIVED,
        scorecard::ARCHIVE, scorecard::UNARCHIVE, scorecard::DELETE, scorecard::OPEN,
        scorecard::PICK_COMPARE, scorecard::COMPARE, scorecard::COMPARE_HINT,
        scorecard::CALIBRATION, scorecard::BACK_TO_LIST, scorecard::DELETED, scorecard::UNDO,
        scorecard::FILES_HEADING, scorecard::FILES_HINT, scorecard::EXPORT_ALL,
        scorecard::EXPORT_CSV, scorecard::IMPORT, scorecard::IMPORT_HINT,
        scorecard::IMPORT_FAILED, scorecard::IMPORT_UNREADABLE, scorecard::IMPORTED,
        scorecard::IMPORTED_PARTS, scorecard::IMPORT_REFUSED, scorecard::UNKNOWN_CANDIDATE,
        scorecard::CONFLICTING_VERSION, scorecard::DIFFERENT_INTERVIEW,
        scorecard::INVALID_INTERVIEW, scorecard::NOT_SUBMITTED, scorecard::WEIGHTS_REFUSED,
        scorecard::OTHER_TAB, scorecard::USE_OTHER_TAB_VERSION, scorecard::STORED_NEWER,
        scorecard::STORED_UNREADABLE, scorecard::EDIT_LOCKED, scorecard::EDIT_UNRATED,
        scorecard::EDIT_DECISION_MISSING, scorecard::EDIT_NOT_SUBMITTED,
        scorecard::EDIT_UNKNOWN, scorecard::STORAGE_NOT_SAVED, scorecard::SAVE_FAILED,
        import::WHOLE_FILE, import::NOT_JSON, import::AT_BYTE, import::NEWER_VERSION,
        import::WRONG_FORMAT, import::FOUND_FORMAT, import::WRONG_TYPE, import::UNKNOWN,
        import::DUPLICATE, import::FORBIDDEN_KEY, import::OUT_OF_RANGE, import::TOO_LONG,
        import::TOO_MANY, import::MISSING, import::BLANK, import::ZERO_WEIGHTS,
        import::INTERVIEW_MISSING_ID, import::INTERVIEW_MISSING_CANDIDATE,
        import::INTERVIEW_MISSING_INTERVIEWER, import::INTERVIEW_UNKNOWN_STAGE,
        import::INTERVIEW_ZERO_VERSION, import::INTERVIEW_HISTORY_OUT_OF_ORDER,
        import::INTERVIEW_UNRATED_SUBMISSION, import::INTERVIEW_DECISION_MISSING,
        import::INTERVIEW_DECISION_BEFORE_RATINGS, import::COMPETENCY, import::SCORE,
        import::STAGE, import::LEVEL, import::STATUS, import::DECISION, import::CANDIDATE,
        import::ROLE, import::CANDIDATE_ID, import::INTERVIEW_ID, import::KIND_NULL,
        import::KIND_BOOLEAN, import::KIND_NUMBER, import::KIND_STRING, import::KIND_ARRAY,
        import::KIND_OBJECT, import::KIND_WHOLE_NUMBER, import::KIND_TRUE_OR_FALSE,
        import::JSON_TOO_LONG, import::JSON_TOO_DEEP, import::JSON_TOO_MANY_VALUES,
        import::JSON_UNEXPECTED_END, import::JSON_EXPECTED_VALUE, import::JSON_EXPECTED_KEY,
        import::JSON_EXPECTED_COLON, import::JSON_EXPECTED_COMMA_OR_END,
        import::JSON_TRAILING_TEXT, import::JSON_BAD_LITERAL, import::JSON_BAD_NUMBER,
        import::JSON_LEADING_ZERO, import::JSON_FRACTION_OR_EXPONENT,
        import::JSON_NUMBER_OUT_OF_RANGE, import::JSON_CONTROL_CHARACTER,
        import::JSON_BAD_ESCAPE, import::JSON_BAD_UNICODE_ESCAPE, import::JSON_LONE_SURROGATE,
        import::JSON_DUPLICATE_KEY,
    });
    // Not texts: the language tag, the number signs and the quote marks differ by design.
    assert_eq!((en::messages::LANG, de::messages::LANG), ("en", "de"));
    assert_eq!(
        (
            en::messages::DECIMAL_SEPARATOR,
            de::messages::DECIMAL_SEPARATOR
        ),
        ('.', ',')
    );
    assert_eq!(en::messages::notices::QUOTE, ("\u{201c}", "\u{201d}"));
    assert_eq!(de::messages::notices::QUOTE, ("\u{201e}", "\u{201c}"));
    assert_eq!(
        (en::messages::PERCENT_SIGN, de::messages::PERCENT_SIGN),
        ("%", "\u{a0}%")
    );
    names.extend(
        [
            "LANG",
            "DECIMAL_SEPARATOR",
            "PERCENT_SIGN",
            "notices::QUOTE",
        ]
        .map(String::from),
    );
    names
}

fn interview_text_compared() -> Vec<String> {
    compare!(interview_text {
        CANDIDATE_NOT_FOUND,
        EDIT_HEADING,
        SAVE,
        DELETE_HINT,
        STAGES_HEADING,
        STAGES_HINT,
        NAME_ON_LIST,
        QUESTION_BANK,
        PROBES,
        START,
        CONTINUE,
        VIEW_OWN,
        INTERVIEWS_HEADING,
        NO_INTERVIEWS,
        YOU,
        DRAFT,
        SUBMITTED,
        VERSION,
        RECOMMENDATION,
        BLIND_SUBMIT_FIRST,
        BLIND_NOT_SHOWN,
        SUMMARY_HEADING,
        SUMMARY_SUBMIT_FIRST,
        SUMMARY_NOT_INTERVIEWING,
        REVEAL,
        EXPORT_CANDIDATE,
        PRINT,
        INTERVIEW_NOT_FOUND,
        INTERVIEW_HEADING,
        BY,
        BACK_TO_CANDIDATE,
        FORM_HINT,
        SCALE_HEADING,
        LISTEN_FOR,
        NOTE_LABEL,
        NOTE_HINT,
        DECISION_LEGEND,
        DECISION_HINT,
        DECISION_WAITING,
        SUBMIT,
        SUBMIT_HINT,
        DISCARD,
        REVISION_NOTE,
        LOCKED_NOTE,
        NOT_YOURS,
        HIDDEN,
        NOT_SCORED,
        NOT_RECORDED,
        NO_NOTE,
        REVISE,
        DOWNLOAD,
        DOWNLOAD_HINT,
        LINK_SUMMARY,
        LINK_LABEL,
        LINK_HINT,
        HISTORY,
        VERSION_LABEL,
    })
}

fn summary_text_compared() -> Vec<String> {
    compare!(summary_text {
        RADAR_LABELS,
        RADAR_MISSING,
        SUMMARY_HEADING,
        SUBMITTED_COUNT,
        NOTHING_SUBMITTED,
        DECISIONS_HEADING,
        DECISIONS_HINT,
        RATINGS_HEADING,
        RATINGS_CAPTION,
        COL_COMPETENCY,
        COL_MEAN,
        COL_RATINGS,
        COL_NO_EVIDENCE,
        COL_RATERS,
        COL_RANGE,
        NOT_RATED,
        RANGE_TO,
        SUMMARY_RADAR_LABEL,
        FORMULA_HEADING,
        OVERALL,
        NO_OVERALL,
        FORMULA_CAPTION,
        COL_WEIGHT,
        COL_PRODUCT,
        LEFT_OUT,
        SUM_ROW,
        FORMULA_LINE,
        FLAGS_HEADING,
        FLAGS_HINT,
        NO_FLAGS,
        NO_FLAGS_YET,
        FLAG_COMPETENCY,
        FLAG_RANGE,
        FLAG_RATERS,
        WEIGHTS_HEADING,
        WEIGHTS_HINT,
        WEIGHTS_LEGEND,
        WEIGHT_TOTAL,
        PRESETS_LEGEND,
        USE_PRESET,
        PRESET_IN_USE,
        COMPARE_HEADING,
        COMPARE_CAPTION,
        OVERALL_ROW,
        COMPARE_WEIGHTS,
        COMPARE_MIXED_ROLES,
        COMPARE_HIDDEN_HEADING,
        COMPARE_HIDDEN_REASON,
        COMPARE_TOO_FEW,
        COMPARE_RADAR_LABEL,
        CALIBRATION_HEADING,
        CALIBRATION_PURPOSE,
        CALIBRATION_AUDIENCE,
        LEAN_EXPLANATION,
        SHARES_HINT,
        NO_CALIBRATION,
        CALIBRATION_BLIND,
        CALIBRATION_CAPTION,
        COL_INTERVIEWER,
        COL_RATED,
        COL_LEAN,
        COL_TENDENCY,
        TEAM_ROW,
        TEAM_TENDENCY,
        LENIENT,
        SEVERE,
        IN_LINE,
        NOT_ENOUGH_DATA,
        NO_FIGURE,
    })
}

#[test]
fn the_messages_are_complete_in_every_locale() {
    messages_compared();
    interview_text_compared();
    summary_text_compared();
}

// ---------------------------------------------------------------- the build's locale

#[test]
fn numbers_use_each_locales_decimal_separator() {
    assert_eq!(
        hundredths_text_with(250, en::messages::DECIMAL_SEPARATOR),
        "2.50"
    );
    assert_eq!(
        hundredths_text_with(250, de::messages::DECIMAL_SEPARATOR),
        "2,50"
    );
    assert_eq!(
        hundredths_text_with(5, de::messages::DECIMAL_SEPARATOR),
        "0,05"
    );
    // The build's own formatting follows the build's locale.
    let separator = messages::DECIMAL_SEPARATOR;
    assert_eq!(hundredths_text(367), format!("3{separator}67"));
}

#[test]
fn the_build_falls_back_to_its_own_locale() {
    assert_eq!(SUPPORTED_LOCALES, [messages::LANG]);
}
