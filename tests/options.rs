//! Native tests of embed option parsing (src/embed/options.rs).
#![cfg(not(target_arch = "wasm32"))]

use backend_ready::embed::options::{is_safe_link, parse_options, Mode, Theme, WidgetOptions};

fn raw(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

fn parsed(pairs: &[(&str, &str)]) -> WidgetOptions {
    parse_options(&raw(pairs), None)
        .result
        .expect("options should parse")
}

fn problem_names(pairs: &[(&str, &str)]) -> Vec<String> {
    let problems = parse_options(&raw(pairs), None)
        .result
        .expect_err("should fail");
    problems.into_iter().map(|p| p.option).collect()
}

#[test]
fn defaults_when_nothing_is_given() {
    let options = parsed(&[]);
    assert_eq!(options.mode, Mode::Quiz);
    assert_eq!(options.theme, Theme::Light);
    assert_eq!(options.storage_key, "backend-ready");
    assert_eq!(options.locale, "en");
    assert_eq!(options.call_to_action, None);
}

#[test]
fn reads_every_option() {
    let options = parsed(&[
        ("mode", " Scorecard "),
        ("theme", "dark"),
        ("storage-key", "acme.hiring:v1"),
        ("locale", "en-GB"),
        ("cta-url", "https://example.com/contact?from=quiz"),
        ("cta-label", "Book a call"),
    ]);
    assert_eq!(options.mode, Mode::Scorecard);
    assert_eq!(options.theme, Theme::Dark);
    assert_eq!(options.storage_key, "acme.hiring:v1");
    assert_eq!(options.locale, "en");
    let cta = options.call_to_action.expect("cta");
    assert_eq!(cta.url, "https://example.com/contact?from=quiz");
    assert_eq!(cta.label, "Book a call");
}

#[test]
fn unknown_mode_and_theme_are_problems() {
    assert_eq!(problem_names(&[("mode", "survey")]), ["mode"]);
    assert_eq!(problem_names(&[("theme", "purple")]), ["theme"]);
    assert_eq!(
        problem_names(&[("mode", ""), ("theme", "")]),
        ["mode", "theme"]
    );
}

#[test]
fn every_problem_is_reported_at_once_with_its_value() {
    let problems = parse_options(&raw(&[("mode", "x"), ("storage-key", "a b")]), None)
        .result
        .unwrap_err();
    assert_eq!(problems.len(), 2);
    assert_eq!(problems[0].value, "x");
    assert!(problems[0].message.contains("quiz"));
    assert_eq!(problems[1].option, "storage-key");
}

#[test]
fn storage_key_is_limited_to_safe_characters() {
    assert_eq!(problem_names(&[("storage-key", "")]), ["storage-key"]);
    assert_eq!(problem_names(&[("storage-key", "a/b")]), ["storage-key"]);
    assert_eq!(
        problem_names(&[("storage-key", &"k".repeat(65))]),
        ["storage-key"]
    );
    assert_eq!(
        parsed(&[("storage-key", &"k".repeat(64))])
            .storage_key
            .len(),
        64
    );
}

#[test]
fn locale_comes_from_the_page_and_falls_back_to_english() {
    let from_page = parse_options(&raw(&[]), Some("en-US")).result.unwrap();
    assert_eq!(from_page.locale, "en");
    let unsupported = parse_options(&raw(&[]), Some("fr")).result.unwrap();
    assert_eq!(unsupported.locale, "en");
    assert_eq!(problem_names(&[("locale", "english please")]), ["locale"]);
    assert_eq!(problem_names(&[("locale", "e")]), ["locale"]);
}

#[test]
fn cta_url_must_be_a_safe_link() {
    for url in [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "data:text/html,x",
        "java\tscript:x",
        "vbscript:x",
    ] {
        assert_eq!(problem_names(&[("cta-url", url)]), ["cta-url"], "{url}");
    }
    for url in [
        "https://a.example",
        "http://a.example/x",
        "/contact",
        "contact.html",
        "#form",
        "mailto:hi@a.example",
        "/path:with-colon",
    ] {
        assert!(
            parsed(&[("cta-url", url)]).call_to_action.is_some(),
            "{url}"
        );
    }
}

#[test]
fn cta_label_needs_a_url_and_stays_short() {
    assert_eq!(problem_names(&[("cta-label", "Call us")]), ["cta-label"]);
    assert_eq!(
        problem_names(&[("cta-url", "/x"), ("cta-label", &"x".repeat(81))]),
        ["cta-label"]
    );
    assert_eq!(
        parsed(&[("cta-url", "/x")]).call_to_action.unwrap().label,
        "Talk to us"
    );
}

#[test]
fn unknown_names_are_warnings_not_problems() {
    let parsed = parse_options(&raw(&[("mdoe", "quiz"), ("mode", "quiz")]), None);
    assert!(parsed.result.is_ok());
    assert_eq!(parsed.unknown_names, ["mdoe"]);
}

#[test]
fn safe_link_rules() {
    assert!(!is_safe_link(""));
    assert!(!is_safe_link(" https://a.example"));
    assert!(is_safe_link("tel:+4930123"));
    assert!(!is_safe_link("file:///etc/passwd"));
}

/// `cta-context` is off unless asked for; on, a web link carries the band and score
/// and nothing else, placed before any fragment; mail and phone links never change.
#[test]
fn cta_context_adds_band_and_score_only_when_asked() {
    let cta = |pairs: &[(&str, &str)]| parsed(pairs).call_to_action.unwrap();
    let plain = cta(&[("cta-url", "https://example.com/contact")]);
    assert!(!plain.with_context);
    assert_eq!(
        plain.href_for("hire-now", 62),
        "https://example.com/contact"
    );
    for on in ["on", "true", ""] {
        let with = cta(&[
            ("cta-url", "https://example.com/contact"),
            ("cta-context", on),
        ]);
        assert_eq!(
            with.href_for("hire-now", 62),
            "https://example.com/contact?br-band=hire-now&br-score=62",
            "{on:?}"
        );
    }
    let cases = [
        (
            "/contact?src=quiz#form",
            "/contact?src=quiz&br-band=prepare&br-score=7#form",
        ),
        (
            "HTTPS://example.com",
            "HTTPS://example.com?br-band=prepare&br-score=7",
        ),
        ("mailto:sales@example.com", "mailto:sales@example.com"),
        ("tel:+4930123", "tel:+4930123"),
    ];
    for (url, expected) in cases {
        let with = cta(&[("cta-url", url), ("cta-context", "on")]);
        assert_eq!(with.href_for("prepare", 7), expected);
    }
    let off = cta(&[("cta-url", "/contact"), ("cta-context", "off")]);
    assert_eq!(off.href_for("urgent", 90), "/contact");
    assert_eq!(problem_names(&[("cta-context", "yes")]), ["cta-context"]);
}

/// `submitted-file` is off unless asked for: by default events carry ids only.
#[test]
fn submitted_file_is_an_opt_in_switch() {
    assert!(!parsed(&[]).submitted_file);
    assert!(!parsed(&[("submitted-file", "off")]).submitted_file);
    for on in ["", "on", "true"] {
        assert!(parsed(&[("submitted-file", on)]).submitted_file, "{on:?}");
    }
    assert_eq!(
        problem_names(&[("submitted-file", "yes please")]),
        ["submitted-file"]
    );
}
