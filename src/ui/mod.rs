//! Yew components, one screen or small family per file.

pub mod app;
pub mod intro;
pub mod option_error;
