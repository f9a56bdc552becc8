//! The embed layer: options parsing (pure) and the DOM events the widget sends to its
//! host page. It imports nothing of `ui`.
//!
//! `embed.js` (beside this file, copied to `dist/` by Trunk) owns the custom element,
//! the script-tag form, `window.BackendReady` and the shadow root; it calls the wasm
//! entry point `crate::ui::mount::mount`. A fault inside the app shows an alert in
//! place of the widget ([`fault`]).

pub mod events;
pub mod fault;
pub mod options;
