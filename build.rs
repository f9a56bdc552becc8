//! Turns the text tables of each locale (`src/content/<locale>/*.txt`) into Rust
//! constants, one module per table, and refuses to build when the locales disagree.
//!
//! A table line is `key = text`; a line starting with whitespace continues the text of
//! the line before (joined with one space); `#` starts a comment line. Keys use
//! `a-z`, `0-9`, `.`, `-` and `+`; the constant is the key in upper case with every other
//! character turned into `_` (`stage.mvp` → `STAGE_MVP`). A line `[name]` starts
//! a section: its keys (up to the next section) become constants of a submodule `name`,
//! and their full key is `name.key`. Every table also gets
//! `ENTRIES`, every `(key, text)` in file order, which only the locale tests read (the
//! linker drops it from the widget).
//!
//! Checked for every table: each locale has the same keys in the same order, no key
//! twice, no two keys with one constant name, no empty text, and the same `{name}`
//! placeholders in every locale.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

const LOCALES: &[&str] = &["en", "de"];
const CONTENT_DIR: &str = "src/content";

struct Table {
    path: PathBuf,
    /// `(key, text)`; a key of a section starts with the section's name and a `.`.
    entries: Vec<(String, String)>,
    /// The section names, in file order.
    sections: Vec<String>,
}

fn main() {
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR is set by cargo"));
    let names = table_names(&Path::new(CONTENT_DIR).join(LOCALES[0]));
    let mut problems = Vec::new();
    for name in &names {
        let tables: Vec<Table> = LOCALES
            .iter()
            .map(|locale| read_table(&Path::new(CONTENT_DIR).join(locale).join(name)))
            .collect();
        problems.extend(tables.iter().flat_map(check_table));
        problems.extend(
            tables[1..]
                .iter()
                .flat_map(|other| compare(&tables[0], other)),
        );
        for (locale, table) in LOCALES.iter().zip(&tables) {
            let dir = out_dir.join(locale);
            fs::create_dir_all(&dir).expect("create the generated text folder");
            let file = dir.join(name.replace(".txt", ".rs"));
            fs::write(file, generate(table)).expect("write a generated text table");
        }
    }
    for locale in &LOCALES[1..] {
        let others = table_names(&Path::new(CONTENT_DIR).join(locale));
        if others != names {
            problems.push(format!(
                "{locale} has the text tables {others:?}, {} has {names:?}",
                LOCALES[0]
            ));
        }
    }
    if !problems.is_empty() {
        panic!("the text tables disagree:\n  {}", problems.join("\n  "));
    }
}

/// The `.txt` files of one locale folder, sorted; each is reported to cargo.
fn table_names(dir: &Path) -> Vec<String> {
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut names: Vec<String> = fs::read_dir(dir)
        .expect("read a locale folder")
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(".txt"))
        .collect();
    names.sort();
    names
}

fn read_table(path: &Path) -> Table {
    println!("cargo:rerun-if-changed={}", path.display());
    let text = fs::read_to_string(path).unwrap_or_else(|error| panic!("{path:?}: {error}"));
    let mut entries: Vec<(String, String)> = Vec::new();
    let mut sections: Vec<String> = Vec::new();
    let mut section: Option<String> = None;
    for (number, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(name) = line
            .strip_prefix('[')
            .and_then(|rest| rest.strip_suffix(']'))
        {
            section = Some(name.to_owned());
            sections.push(name.to_owned());
            continue;
        }
        if line.starts_with([' ', '\t']) {
            let (_, last) = entries
                .last_mut()
                .unwrap_or_else(|| panic!("{path:?}:{}: continues nothing", number + 1));
            last.push(' ');
            last.push_str(line.trim());
            continue;
        }
        let (key, value) = line
            .split_once(" = ")
            .unwrap_or_else(|| panic!("{path:?}:{}: expected `key = text`", number + 1));
        let key = match &section {
            Some(name) => format!("{name}.{}", key.trim()),
            None => key.trim().to_owned(),
        };
        entries.push((key, value.trim().to_owned()));
    }
    Table {
        path: path.to_owned(),
        entries,
        sections,
    }
}

fn check_table(table: &Table) -> Vec<String> {
    let mut problems = Vec::new();
    let mut keys = BTreeSet::new();
    let mut consts = BTreeSet::new();
    for (key, text) in &table.entries {
        let where_ = format!("{}: {key}", table.path.display());
        if !key
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || ".-+".contains(c))
        {
            problems.push(format!("{where_}: a key uses a-z, 0-9, '.', '-', '+' only"));
        }
        if !keys.insert(key.as_str()) {
            problems.push(format!("{where_}: the key is there twice"));
        } else if !consts.insert(const_path(key, &table.sections)) {
            problems.push(format!("{where_}: another key has the same constant name"));
        }
        if text.is_empty() {
            problems.push(format!("{where_}: the text is empty"));
        }
    }
    problems
}

fn compare(first: &Table, other: &Table) -> Vec<String> {
    let keys = |table: &Table| -> Vec<String> {
        table.entries.iter().map(|(key, _)| key.clone()).collect()
    };
    if keys(first) != keys(other) {
        let a: BTreeSet<String> = keys(first).into_iter().collect();
        let b: BTreeSet<String> = keys(other).into_iter().collect();
        return vec![format!(
            "{} and {} differ in keys or their order; only in the first: {:?}; only in the second: {:?}",
            first.path.display(),
            other.path.display(),
            a.difference(&b).collect::<Vec<_>>(),
            b.difference(&a).collect::<Vec<_>>()
        )];
    }
    first
        .entries
        .iter()
        .zip(&other.entries)
        .filter(|((_, a), (_, b))| placeholders(a) != placeholders(b))
        .map(|((key, _), _)| {
            format!(
                "{}: {key}: the placeholders differ from {}",
                other.path.display(),
                first.path.display()
            )
        })
        .collect()
}

/// The `{name}` placeholders of a text.
fn placeholders(text: &str) -> BTreeSet<&str> {
    text.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect()
}

/// The section `key` belongs to, if any.
fn section_of<'a>(key: &str, sections: &'a [String]) -> Option<&'a String> {
    sections.iter().find(|name| {
        key.len() > name.len()
            && key.starts_with(name.as_str())
            && key[name.len()..].starts_with('.')
    })
}

/// The constant's path for `key`: `section::CONST` inside a section, else `CONST`.
fn const_path(key: &str, sections: &[String]) -> String {
    match section_of(key, sections) {
        Some(name) => format!(
            "{}::{}",
            name.replace('-', "_"),
            const_name(&key[name.len() + 1..])
        ),
        None => const_name(key),
    }
}

fn const_name(key: &str) -> String {
    key.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_uppercase()
            } else {
                '_'
            }
        })
        .collect()
}

fn generate(table: &Table) -> String {
    let mut code = format!("// Generated by build.rs from {}.\n", table.path.display());
    for (key, text) in &table.entries {
        if section_of(key, &table.sections).is_none() {
            let _ = writeln!(code, "pub const {}: &str = {text:?};", const_name(key));
        }
    }
    for name in &table.sections {
        let _ = writeln!(code, "pub mod {} {{", name.replace('-', "_"));
        for (key, text) in &table.entries {
            if section_of(key, &table.sections) == Some(name) {
                let short = const_name(&key[name.len() + 1..]);
                let _ = writeln!(code, "    pub const {short}: &str = {text:?};");
            }
        }
        code.push_str("}\n");
    }
    code.push_str("/// Every `(key, text)` of this table, in file order.\n");
    code.push_str("pub const ENTRIES: &[(&str, &str)] = &[\n");
    for (key, _) in &table.entries {
        let _ = writeln!(code, "    ({key:?}, {}),", const_path(key, &table.sections));
    }
    code.push_str("];\n");
    code
}
