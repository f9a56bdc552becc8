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

#[test]
fn embed_js_loads_the_files_trunk_emits() {
    for file in [
        "base + \"backend-ready-\" + build + \".js\"",
        "base + \"backend-ready-\" + build + \"_bg.wasm\"",
        "[\"widget.css\", \"scorecard.css\"]",
        "base + file",
    ] {
        assert!(EMBED_JS.contains(file), "embed.js must load {file}");
    }
}

#[test]
fn every_mode_has_its_own_build_in_the_trunk_page() {
    let index = include_str!("../index.html");
    for mode in ["quiz", "scorecard"] {
        let manifest = format!("builds/{mode}/Cargo.toml");
        assert!(
            index.contains(&format!("href=\"{manifest}\"")),
            "{manifest} in index.html"
        );
        let cargo = std::fs::read_to_string(format!("{}/{manifest}", env!("CARGO_MANIFEST_DIR")))
            .expect("the build's manifest");
        assert!(
            cargo.contains(&format!("name = \"backend-ready-{mode}\"")),
            "{manifest}"
        );
        assert!(
            cargo.contains(&format!("features = [\"{mode}\"]")),
            "{manifest}"
        );
        assert!(
            EMBED_JS.contains(&format!("\"{mode}\"")),
            "embed.js knows {mode}"
        );
    }
}
