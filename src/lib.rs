//! backend-ready: a backend readiness quiz and a structured candidate scorecard,
//! embeddable on any page with one script tag.
//!
//! Module map: `content` (texts as data, pure), `embed` (options, mount entry point,
//! events), `ui` (Yew components).

pub mod content;
pub mod embed;
pub mod quiz;
pub mod ui;

pub use embed::mount::{mount, MountedWidget};
