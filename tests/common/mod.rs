//! Helpers shared by the native tests (`mod common;` in a test file).
pub mod damage;
