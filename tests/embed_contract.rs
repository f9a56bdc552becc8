//! Native checks that embed.js and the Rust side agree on the embed contract.
#![cfg(not(target_arch = "wasm32"))]

use backend_ready::embed::options::OPTION_NAMES;

const EMBED_JS: &str = include_str!("../src/embed/embed.js");

#[test]
fn embed_js_observes_exactly_the_options_rust_parses() {
    let quoted: Vec<String> = OPTION_NAMES.iter().map(|n| format!("\"{n}\"")).collect();
    let expected = format!("var OPTION_NAMES = [{}];", quoted.join(", "));
    assert!(
        EMBED_JS.contains(&expected),
        "embed.js must declare: {expected}"
    );
}

/// The prerendered first screen is shown only when every option passes embed.js's copy
/// of its rule (issue 14): each option Rust parses needs one there, or a new option
/// would let a prerendered screen show where the app refuses the options.
#[test]
fn embed_js_checks_every_option_before_a_prerendered_screen() {
    let start = EMBED_JS
        .find("var FIRST_SCREEN_OPTIONS = {")
        .expect("embed.js has FIRST_SCREEN_OPTIONS");
    let table = &EMBED_JS[start..start + EMBED_JS[start..].find("};").unwrap()];
    assert_every_option(table, "\n    ", ": /", "FIRST_SCREEN_OPTIONS in embed.js");
}

#[test]
fn embed_js_loads_the_files_trunk_emits() {
    for file in [
        "\"backend-ready-\" + build + \".js\"",
        "\"backend-ready-\" + build + \"_bg.wasm\"",
        "parts[1].FIRST_SCREENS",
        "import(base + glueFile)",
        "fetch(base + wasmFile, { integrity: integrityOf(wasmFile) })",
        "[\"widget.css\", \"scorecard.css\"]",
        "base + file",
    ] {
        assert!(EMBED_JS.contains(file), "embed.js must load {file}");
    }
}

/// Every build: its name (`backend-ready-<build>`), the root crate's features it turns on.
const BUILDS: [(&str, &str); 4] = [
    ("quiz", "\"quiz\""),
    ("scorecard", "\"scorecard\""),
    ("quiz-de", "\"quiz\", \"de\""),
    ("scorecard-de", "\"scorecard\", \"de\""),
];

fn read(path: &str) -> String {
    std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR")))
        .unwrap_or_else(|error| panic!("{path}: {error}"))
}

#[test]
fn every_mode_and_language_has_its_own_build_in_the_trunk_page() {
    let index = include_str!("../index.html");
    let workspace = read("Cargo.toml");
    let lines: Vec<&str> = index.lines().collect();
    // A build's link tag: the line with its manifest and the line of options after it.
    let link_of = |manifest: &str| {
        let at = lines
            .iter()
            .position(|line| line.contains(&format!("href=\"{manifest}\"")))
            .unwrap_or_else(|| panic!("{manifest} in index.html"));
        format!("{}\n{}", lines[at], lines[at + 1])
    };
    let quiz_link = link_of("builds/quiz/Cargo.toml");
    for (build, features) in BUILDS {
        let manifest = format!("builds/{build}/Cargo.toml");
        let link = link_of(&manifest);
        // The same options as the quiz build's link; only the first is Trunk's "main".
        let expected = quiz_link
            .replace("builds/quiz/", &format!("builds/{build}/"))
            .replace(
                "data-type=\"main\"",
                if build == "quiz" {
                    "data-type=\"main\""
                } else {
                    "data-type=\"worker\""
                },
            );
        assert_eq!(link, expected, "{manifest}'s link in index.html");
        let cargo = read(&manifest);
        assert!(
            cargo.contains(&format!("name = \"backend-ready-{build}\"")),
            "{manifest}"
        );
        assert!(
            cargo.contains(&format!("features = [{features}]")),
            "{manifest}"
        );
        assert!(
            workspace.contains(&format!("\"builds/{build}\"")),
            "builds/{build} is a workspace member"
        );
    }
    for mode in ["quiz", "scorecard"] {
        assert!(
            EMBED_JS.contains(&format!("\"{mode}\"")),
            "embed.js knows {mode}"
        );
    }
    assert!(
        EMBED_JS.contains("? build + \"-de\" : build"),
        "embed.js picks the German build"
    );
}

/// `text` as a JS string literal in embed.js (non-ASCII characters as `\uXXXX`).
fn js_string(text: &str) -> String {
    let mut literal = String::from('"');
    for character in text.chars() {
        match character {
            '"' => literal.push_str("\\\""),
            c if c.is_ascii() => literal.push(c),
            c => {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    literal.push_str(&format!("\\u{unit:04x}"));
                }
            }
        }
    }
    literal.push('"');
    literal
}

#[test]
fn embed_js_shows_the_fault_texts_of_each_locale() {
    use backend_ready::content::{de, en};
    for (locale, fault, reload) in [
        (
            "en",
            en::messages::notices::FAULT,
            en::messages::notices::RELOAD,
        ),
        (
            "de",
            de::messages::notices::FAULT,
            de::messages::notices::RELOAD,
        ),
    ] {
        let expected = format!("{locale}: [{}, {}]", js_string(fault), js_string(reload));
        assert!(
            EMBED_JS.contains(&expected),
            "embed.js must declare: {expected}"
        );
    }
}

#[test]
fn embed_js_calls_the_exported_stop_writing() {
    // `embed::fault::stop_writing` is exported under this name.
    assert!(EMBED_JS.contains(".stopWriting()"));
}

const TYPES: &str = include_str!("../npm/types/index.d.ts");

#[test]
fn the_npm_package_has_the_crate_version() {
    let manifest = read("npm/package.json");
    let expected = format!("\"version\": \"{}\"", env!("CARGO_PKG_VERSION"));
    assert!(manifest.contains(&expected), "npm/package.json: {expected}");
}

#[test]
fn the_type_declarations_know_every_option() {
    assert_every_option(TYPES, "  ", "?: ", "types/index.d.ts");
}

/// Every option name stands in `text` between `before` and `after`, plain or quoted (as
/// a JavaScript or TypeScript member); `what` names `text` in a failure.
fn assert_every_option(text: &str, before: &str, after: &str, what: &str) {
    for name in OPTION_NAMES {
        let plain = format!("{before}{name}{after}");
        let quoted = format!("{before}\"{name}\"{after}");
        assert!(
            text.contains(&plain) || text.contains(&quoted),
            "{what} needs the option {name}"
        );
    }
}

/// The `backend-ready:*` names at the start of lines in `text` that begin with `start`.
fn event_names(text: &str, start: &str) -> std::collections::BTreeSet<String> {
    text.lines()
        .filter_map(|line| line.trim_start().strip_prefix(start))
        .filter_map(|rest| rest.strip_prefix("backend-ready:"))
        .map(|rest| rest.split(['`', '"']).next().unwrap_or("").to_owned())
        .collect()
}

#[test]
fn the_type_declarations_and_the_readme_list_the_same_events() {
    let readme = event_names(&read("README.md"), "| `");
    let declared = event_names(TYPES, "\"");
    assert!(readme.len() >= 10, "the README's events table: {readme:?}");
    assert_eq!(declared, readme, "types/index.d.ts and the README's events");
}

/// The `change` of `candidate-changed` is a public contract: each way a candidate
/// changes keeps the word it was sent as, and the type declarations list exactly those.
#[test]
fn candidate_changes_keep_their_words_in_the_event() {
    use backend_ready::embed::events::candidate_change;
    use backend_ready::scorecard::doc_edit::CandidateChange::{self, *};
    let words: Vec<(CandidateChange, &str)> = CandidateChange::ALL
        .into_iter()
        .map(|change| (change, candidate_change(change)))
        .collect();
    assert_eq!(
        words,
        [
            (Added, "added"),
            (Updated, "updated"),
            (Archived, "archived"),
            (Unarchived, "unarchived"),
            (Deleted, "deleted"),
            (Restored, "restored"),
        ]
    );
    let union: Vec<String> = words
        .iter()
        .map(|(_, word)| format!("\"{word}\""))
        .collect();
    let declared = format!("export type CandidateChange = {};", union.join(" | "));
    assert!(TYPES.contains(&declared), "types/index.d.ts: {declared}");
}
