//! Embed options: the public option names and their validation.
//!
//! Pure: takes the raw `name -> text` pairs the host page gave (attributes, `data-*`
//! on the script tag, or keys of `BackendReady.mount`) and returns either checked
//! [`WidgetOptions`] or every problem found, each with a sentence a site owner can act on
//! (in the build's language, from `crate::content::messages::options`).

use crate::content::messages::{options as text, LANG};

/// Every option the embed contract knows, in kebab-case. `embed.js` observes the same list.
pub const OPTION_NAMES: [&str; 8] = [
    "mode",
    "storage-key",
    "locale",
    "theme",
    "cta-url",
    "cta-label",
    "cta-context",
    "submitted-file",
];

/// The locale this build shows (one build per mode and locale; `embed.js` picks it).
/// A `locale` in another language, or none, falls back to it.
pub const SUPPORTED_LOCALES: [&str; 1] = [LANG];

const DEFAULT_STORAGE_KEY: &str = "backend-ready";
const MAX_STORAGE_KEY_LEN: usize = 64;
const MAX_CTA_LABEL_CHARS: usize = 80;
const ALLOWED_URL_SCHEMES: [&str; 4] = ["https", "http", "mailto", "tel"];

/// Which tool the widget shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Quiz,
    Scorecard,
}

impl Mode {
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Quiz => "quiz",
            Mode::Scorecard => "scorecard",
        }
    }
}

/// Colour scheme; `Auto` follows `prefers-color-scheme`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
    Auto,
}

impl Theme {
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Auto => "auto",
        }
    }
}

/// The quiz result's call to action, already checked to be a safe link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallToAction {
    pub url: String,
    pub label: String,
    /// `cta-context="on"`: the link carries the result's band and score (and nothing
    /// else) as `br-band` and `br-score` query parameters, for the site's sales team.
    pub with_context: bool,
}

impl CallToAction {
    /// The address the link opens for a result with `band` and `score`: the page's
    /// `cta-url`, plus the context parameters when asked for and the link is a web
    /// address (a `mailto:` or `tel:` link is never changed).
    pub fn href_for(&self, band: &str, score: u8) -> String {
        let scheme = self.url.split_once(':').map(|(scheme, _)| scheme);
        let is_web = match scheme {
            Some(scheme) if !scheme.contains(['/', '?', '#']) => {
                scheme.eq_ignore_ascii_case("https") || scheme.eq_ignore_ascii_case("http")
            }
            _ => true,
        };
        if !self.with_context || !is_web {
            return self.url.clone();
        }
        let (base, fragment) = match self.url.find('#') {
            Some(at) => self.url.split_at(at),
            None => (self.url.as_str(), ""),
        };
        let joiner = if base.contains('?') { '&' } else { '?' };
        format!("{base}{joiner}br-band={band}&br-score={score}{fragment}")
    }
}

/// Checked options of one widget.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WidgetOptions {
    pub mode: Mode,
    /// Namespace of everything this widget keeps in localStorage.
    pub storage_key: String,
    /// A supported locale tag (see [`SUPPORTED_LOCALES`]).
    pub locale: String,
    pub theme: Theme,
    pub call_to_action: Option<CallToAction>,
    /// Opt-in (scorecard): `interview-submitted` carries the submitted interview's file,
    /// so the host's own code can forward it (e.g. to its applicant tracking system).
    pub submitted_file: bool,
}

/// One malformed option, explained.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptionProblem {
    pub option: String,
    pub value: String,
    pub message: String,
}

/// The outcome of parsing: the options or the problems, plus names nobody knows
/// (reported as warnings, never fatal, so an older embed tolerates newer pages).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedOptions {
    pub result: Result<WidgetOptions, Vec<OptionProblem>>,
    pub unknown_names: Vec<String>,
}

/// Parses raw option pairs (a later pair wins over an earlier one of the same name).
/// `page_lang` is the language the element is in, used when no `locale` option is given
/// (the widget passes none: its build has one language, which embed.js chose).
pub fn parse_options(raw: &[(String, String)], page_lang: Option<&str>) -> ParsedOptions {
    let mut problems = Vec::new();
    let take = |wanted: &str| {
        let found = raw.iter().rev().find(|(name, _)| name == wanted);
        found.map(|(_, value)| value.trim().to_owned())
    };

    let mode = parse_mode(take("mode"), &mut problems);
    let theme = parse_theme(take("theme"), &mut problems);
    let storage_key = parse_storage_key(take("storage-key"), &mut problems);
    let locale = parse_locale(take("locale"), page_lang, &mut problems);
    let with_context = parse_switch("cta-context", take("cta-context"), &mut problems);
    let submitted_file = parse_switch("submitted-file", take("submitted-file"), &mut problems);
    let call_to_action = parse_call_to_action(take("cta-url"), take("cta-label"), &mut problems)
        .map(|cta| CallToAction {
            with_context,
            ..cta
        });

    let unknown_names = raw
        .iter()
        .map(|(name, _)| name)
        .filter(|name| !OPTION_NAMES.contains(&name.as_str()))
        .cloned()
        .collect();
    let result = if problems.is_empty() {
        Ok(WidgetOptions {
            mode,
            storage_key,
            locale,
            theme,
            call_to_action,
            submitted_file,
        })
    } else {
        Err(problems)
    };
    ParsedOptions {
        result,
        unknown_names,
    }
}

fn problem(problems: &mut Vec<OptionProblem>, option: &str, value: &str, message: &str) {
    problems.push(OptionProblem {
        option: option.to_owned(),
        value: value.to_owned(),
        message: message.to_owned(),
    });
}

fn parse_mode(value: Option<String>, problems: &mut Vec<OptionProblem>) -> Mode {
    match value.as_deref().map(str::to_ascii_lowercase).as_deref() {
        None | Some("quiz") => Mode::Quiz,
        Some("scorecard") => Mode::Scorecard,
        Some(_) => {
            let value = value.unwrap_or_default();
            problem(problems, "mode", &value, text::MODE);
            Mode::Quiz
        }
    }
}

fn parse_theme(value: Option<String>, problems: &mut Vec<OptionProblem>) -> Theme {
    match value.as_deref().map(str::to_ascii_lowercase).as_deref() {
        None | Some("light") => Theme::Light,
        Some("dark") => Theme::Dark,
        Some("auto") => Theme::Auto,
        Some(_) => {
            let value = value.unwrap_or_default();
            problem(problems, "theme", &value, text::THEME);
            Theme::Light
        }
    }
}

fn parse_storage_key(value: Option<String>, problems: &mut Vec<OptionProblem>) -> String {
    let Some(value) = value else {
        return DEFAULT_STORAGE_KEY.to_owned();
    };
    let allowed = |c: char| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | ':');
    if value.is_empty() || value.len() > MAX_STORAGE_KEY_LEN || !value.chars().all(allowed) {
        problem(problems, "storage-key", &value, text::STORAGE_KEY);
    }
    value
}

fn parse_locale(
    value: Option<String>,
    page_lang: Option<&str>,
    problems: &mut Vec<OptionProblem>,
) -> String {
    let requested = match value {
        Some(value) if !is_language_tag(&value) => {
            problem(problems, "locale", &value, text::LOCALE);
            return SUPPORTED_LOCALES[0].to_owned();
        }
        Some(value) => value,
        None => page_lang.unwrap_or_default().trim().to_owned(),
    };
    let primary = requested
        .split(['-', '_'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    SUPPORTED_LOCALES
        .iter()
        .find(|supported| **supported == primary)
        .unwrap_or(&SUPPORTED_LOCALES[0])
        .to_string()
}

/// A BCP 47-shaped tag: 2–3 letters, then subtags of 1–8 letters or digits.
fn is_language_tag(value: &str) -> bool {
    let mut parts = value.split('-');
    let primary_ok = parts
        .next()
        .is_some_and(|p| (2..=3).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphabetic()));
    primary_ok
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

fn parse_call_to_action(
    url: Option<String>,
    label: Option<String>,
    problems: &mut Vec<OptionProblem>,
) -> Option<CallToAction> {
    let label = label.filter(|label| !label.is_empty());
    let Some(url) = url else {
        if let Some(label) = label {
            problem(problems, "cta-label", &label, text::CTA_LABEL_WITHOUT_URL);
        }
        return None;
    };
    if !is_safe_link(&url) {
        problem(problems, "cta-url", &url, text::CTA_URL);
        return None;
    }
    let label = label.unwrap_or_else(|| text::CTA_LABEL_DEFAULT.to_owned());
    if label.chars().count() > MAX_CTA_LABEL_CHARS || label.chars().any(char::is_control) {
        problem(problems, "cta-label", &label, text::CTA_LABEL);
        return None;
    }
    Some(CallToAction {
        url,
        label,
        with_context: false,
    })
}

/// An on/off option: `on`, `true` or present without a value (an HTML boolean
/// attribute) is on; `off`, `false` or absent is off.
fn parse_switch(name: &str, value: Option<String>, problems: &mut Vec<OptionProblem>) -> bool {
    match value.as_deref() {
        None | Some("off" | "false") => false,
        Some("" | "on" | "true") => true,
        Some(other) => {
            problem(problems, name, other, text::SWITCH);
            false
        }
    }
}

/// True for relative links and for absolute links with an allowed scheme. Anything
/// with control characters or whitespace inside is refused, so `java\tscript:` cannot
/// slip through a browser's URL cleanup.
pub fn is_safe_link(url: &str) -> bool {
    if url.is_empty() || url.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return false;
    }
    let scheme_end = url.find(':');
    let path_start = url.find(['/', '?', '#']);
    match (scheme_end, path_start) {
        (Some(colon), Some(slash)) if slash < colon => true,
        (Some(colon), _) => {
            let scheme = url[..colon].to_ascii_lowercase();
            ALLOWED_URL_SCHEMES.contains(&scheme.as_str())
        }
        (None, _) => true,
    }
}
