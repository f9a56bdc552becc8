//! Weights: how much each competency counts in the overall score, declared up front per
//! role. A [`Weights`] value is always valid: every weight is a whole number from 0 to
//! [`MAX_WEIGHT`] (never negative) and their sum is above 0.

use crate::content::scorecard::{competency_index, weight_preset, COMPETENCIES, COMPETENCY_COUNT};

use super::candidate::RoleLevel;

/// The largest weight one competency can have.
pub const MAX_WEIGHT: u16 = 1000;

/// A weight per competency, in `COMPETENCIES` order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Weights {
    values: [u16; COMPETENCY_COUNT],
}

/// Why weights were refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WeightsError {
    UnknownCompetency(String),
    Duplicate(&'static str),
    Missing(&'static str),
    TooLarge(&'static str),
    /// Every weight is 0, so no overall score could be computed.
    ZeroTotal,
}

impl Weights {
    /// Weights for every competency, each given exactly once by id.
    pub fn new(pairs: &[(&str, u16)]) -> Result<Self, WeightsError> {
        let mut given: [Option<u16>; COMPETENCY_COUNT] = [None; COMPETENCY_COUNT];
        for (id, weight) in pairs {
            let index = competency_index(id)
                .ok_or_else(|| WeightsError::UnknownCompetency(id.to_string()))?;
            if given[index].replace(*weight).is_some() {
                return Err(WeightsError::Duplicate(COMPETENCIES[index].id));
            }
        }
        let mut values = [0; COMPETENCY_COUNT];
        for (index, weight) in given.into_iter().enumerate() {
            values[index] = weight.ok_or(WeightsError::Missing(COMPETENCIES[index].id))?;
        }
        Self::checked(values)
    }

    /// The content preset for `level` (validated by the content tests).
    pub fn preset(level: RoleLevel) -> Self {
        let mut values = [0; COMPETENCY_COUNT];
        let pairs = weight_preset(level.id()).map_or(&[][..], |preset| preset.weights);
        for (id, weight) in pairs {
            if let Some(index) = competency_index(id) {
                values[index] = *weight;
            }
        }
        Weights { values }
    }

    /// A copy with `competency`'s weight set to `weight`, if the result is valid.
    pub fn with(&self, competency: &str, weight: u16) -> Result<Self, WeightsError> {
        let index = competency_index(competency)
            .ok_or_else(|| WeightsError::UnknownCompetency(competency.to_string()))?;
        let mut values = self.values;
        values[index] = weight;
        Self::checked(values)
    }

    fn checked(values: [u16; COMPETENCY_COUNT]) -> Result<Self, WeightsError> {
        if let Some(index) = values.iter().position(|weight| *weight > MAX_WEIGHT) {
            return Err(WeightsError::TooLarge(COMPETENCIES[index].id));
        }
        let weights = Weights { values };
        if weights.total() == 0 {
            return Err(WeightsError::ZeroTotal);
        }
        Ok(weights)
    }

    /// The weight of the competency with `id`; 0 for an unknown id.
    pub fn get(&self, id: &str) -> u16 {
        competency_index(id).map_or(0, |index| self.values[index])
    }

    /// The weights in `COMPETENCIES` order.
    pub fn values(&self) -> [u16; COMPETENCY_COUNT] {
        self.values
    }

    pub fn total(&self) -> u32 {
        self.values.iter().map(|weight| u32::from(*weight)).sum()
    }
}
