//! The prerendered first screens (issue 14): what a visitor with nothing stored sees
//! first in each mode, and the scorecard's frame for a team with candidates stored (its
//! list screen down to the add form: the list and the files come with the app, below
//! it), rendered to HTML natively at build time by Yew's server renderer from the same
//! [`App`] the wasm mounts (`src/bin/prerender.rs` writes the files for embed.js).
//! Under the `prerender` feature the widgets start from a fresh state and read nothing
//! from the browser while rendering; their effects, which do, never run on a server.

use std::cell::Cell;

use wasm_bindgen::JsCast;
use yew::LocalServerRenderer;

use super::app::{App, AppProps, Widget};
use crate::embed::options::{parse_options, Mode};

thread_local! {
    static FRAME_ONLY: Cell<bool> = const { Cell::new(false) };
}

/// Whether the screen being rendered is the scorecard's frame for a returning team.
pub fn frame_only() -> bool {
    FRAME_ONLY.with(Cell::get)
}

/// The first screen of `mode` in this build's language, as HTML without hydration marks;
/// with `frame_only`, the scorecard's frame for a team with candidates stored.
pub fn first_screen(mode: Mode, frame_only: bool) -> String {
    FRAME_ONLY.with(|frame| frame.set(frame_only));
    let raw = [("mode".to_owned(), mode.as_str().to_owned())];
    let widget = Widget {
        options: parse_options(&raw, None).result,
        // No element to send events from: no effect runs, so none is sent.
        host: wasm_bindgen::JsValue::UNDEFINED.unchecked_into(),
        generation: 0,
    };
    let renderer = LocalServerRenderer::<App>::with_props(AppProps {
        widget: Some(widget),
    })
    .hydratable(false);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a current-thread runtime");
    tokio::task::LocalSet::new().block_on(&runtime, renderer.render())
}
