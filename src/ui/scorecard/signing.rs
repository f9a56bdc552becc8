//! placeholder
use crate::scorecard::signing::KeyProblem;
pub fn revision_why(_p: KeyProblem) -> &'static str { "" }
