//! The embed layer: options parsing (pure), the `mount` entry point called by
//! `embed.js`, and the DOM events the widget sends to its host page.
//!
//! `embed.js` (beside this file, copied to `dist/` by Trunk) owns the custom element,
//! the script-tag form, `window.BackendReady` and the shadow root; it calls [`mount::mount`].
//! A fault inside the app shows an alert in place of the widget ([`fault`]).

pub mod events;
pub mod fault;
pub mod mount;
pub mod options;
