//! Prints this build's prerendered first screens as JSON, `{"quiz": html, "scorecard":
//! html, "scorecard-frame": html}` (the last for a team with candidates stored), in the
//! language the build was compiled for (`--features prerender[,de]`). Run by the Trunk
//! hook (`scripts/post-build.mjs`), which writes one file per build and screen.

use backend_ready::embed::options::Mode;
use backend_ready::ui::prerender::first_screen;

fn main() {
    let quiz = json_string(&first_screen(Mode::Quiz, false));
    let scorecard = json_string(&first_screen(Mode::Scorecard, false));
    let frame = json_string(&first_screen(Mode::Scorecard, true));
    println!("{{\"quiz\":{quiz},\"scorecard\":{scorecard},\"scorecard-frame\":{frame}}}");
}

/// `text` as a JSON string.
fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
