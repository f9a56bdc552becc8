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
    for file in ["backend-ready.js", "backend-ready_bg.wasm", "widget.css"] {
        assert!(EMBED_JS.contains(&format!("base + \"{file}\"")), "{file}");
    }
}
