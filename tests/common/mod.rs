//! Helpers shared by the native tests (`mod common;` in a test file).
pub mod damage;
pub mod json;
pub mod links;
pub mod quiz;
pub mod scorecard;

/// The competencies' ids in the order version 1 of the stored document and the files
/// keep their ratings: pinned, so a change to them is a new version and a migration.
#[allow(dead_code)]
pub const COMPETENCY_IDS_V1: [&str; 7] = [
    "system-design",
    "database",
    "api-integration",
    "infrastructure",
    "security",
    "communication",
    "experience",
];
