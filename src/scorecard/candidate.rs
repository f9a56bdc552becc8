//! Candidates, role levels, and roles with their weights.

use crate::content::scorecard::{RoleLevelText, ROLE_LEVELS};

use super::plan::PlannedStage;
use super::questions::TeamQuestion;
use super::weights::Weights;

/// The level of a role, or of a candidate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RoleLevel {
    Junior,
    Mid,
    Senior,
    Lead,
}

impl RoleLevel {
    /// In `ROLE_LEVELS` order.
    pub const ALL: [RoleLevel; 4] = [
        RoleLevel::Junior,
        RoleLevel::Mid,
        RoleLevel::Senior,
        RoleLevel::Lead,
    ];

    pub fn text(self) -> &'static RoleLevelText {
        &ROLE_LEVELS[self as usize]
    }

    pub fn id(self) -> &'static str {
        self.text().id
    }

    /// The level with `id`, if any.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|level| level.id() == id)
    }

    /// Whether a role at this level needs design and architecture leadership.
    pub fn needs_architecture_leadership(self) -> bool {
        matches!(self, RoleLevel::Senior | RoleLevel::Lead)
    }
}

/// Someone being interviewed for a role. Ids are made by the UI.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub id: String,
    pub name: String,
    /// The name of the [`Role`] applied for.
    pub role: String,
    /// The candidate's own level.
    pub level: RoleLevel,
    pub notes: String,
    /// Archived candidates are off the shortlist but keep their interviews.
    pub archived: bool,
    /// The interview plan (`super::plan`); empty: no plan. Optional in files and the
    /// stored document.
    pub plan: Vec<PlannedStage>,
    /// Someone with no interview of the candidate (a hiring manager) chose to see the
    /// ratings ("show the ratings"): remembered in this browser's stored document, never
    /// written to export files or links, so it travels to no one. The blind rule
    /// (`super::blind::may_see`) holds whatever it says.
    pub revealed: bool,
}

impl Candidate {
    pub fn new(id: &str, name: &str, role: &str, level: RoleLevel) -> Self {
        Candidate {
            id: id.to_string(),
            name: name.to_string(),
            role: role.to_string(),
            level,
            notes: String::new(),
            archived: false,
            plan: Vec::new(),
            revealed: false,
        }
    }
}

/// A role being hired for, with the weights declared up front for its candidates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Role {
    pub name: String,
    pub level: RoleLevel,
    pub weights: Weights,
    /// The role handles sensitive data (personal, financial or regulated): a yes while
    /// security is weak or unassessed raises a guard (`super::guards`). Optional in files
    /// and the stored document; absent means `false`.
    pub sensitive_data: bool,
    /// The team's own questions for this role's stages (`super::questions`), in the
    /// order added. Optional in files and the stored document; absent means none.
    pub questions: Vec<TeamQuestion>,
}

impl Role {
    /// A role with its level's preset weights.
    pub fn new(name: &str, level: RoleLevel) -> Self {
        Role {
            name: name.to_string(),
            level,
            weights: Weights::preset(level),
            sensitive_data: false,
            questions: Vec::new(),
        }
    }
}
