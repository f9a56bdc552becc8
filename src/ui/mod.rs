//! Yew components and display-only views, one screen or small family per file.

pub mod app;
pub mod button;
pub mod data_api;
pub mod focus;
pub mod intro;
pub mod mount;
pub mod notice;
pub mod option_error;
#[cfg(feature = "prerender")]
pub mod prerender;
pub mod quiz;
pub mod scorecard;
