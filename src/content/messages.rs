//! Messages about the widget itself (not about hiring): option errors, buttons, notices,
//! the language tag and the decimal separator.
//!
//! The texts live per locale (`super::en::messages`, `super::de::messages`, …); this
//! module re-exports the build's locale, submodules included.

pub use super::active::messages::*;
