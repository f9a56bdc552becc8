//! The embed layer: options parsing (pure), the `mount` entry point called by
//! `embed.js`, and the DOM events the widget sends to its host page.
//!
//! `embed.js` (beside this file, copied to `dist/` by Trunk) owns the custom element,
//! the script-tag form, `window.BackendReady` and the shadow root; it calls [`mount::mount`].

pub mod events;
pub mod mount;
pub mod options;
