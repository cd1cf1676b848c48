//! Steps (*Handlungsschritte*).

use serde::Serialize;

use super::{Cents, Id, LorCode, YearMonth};

/// A step (*Handlungsschritt*): a concrete action towards a goal.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// Stable id.
    pub id: Id,
    /// What will be done.
    pub text: String,
    /// When; a step without timeframe runs through the whole period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeframe: Option<Timeframe>,
    /// Who is responsible (*Verantwortlich*), e.g. `BENN-Team`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub responsible: Option<String>,
    /// Partner organisations (*Kooperationspartner*).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub partners: Vec<String>,
    /// Planned cost from the action budget, in cents.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub planned_cost_cents: Option<Cents>,
    /// LOR units where the step takes place.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub planning_areas: Vec<LorCode>,
    /// Ids of participation bodies involved.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bodies: Vec<Id>,
    /// Where the step stands.
    pub status: StepStatus,
    /// Weight in roll-ups (default 1); must be positive.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "super::number::optional"
    )]
    #[cfg_attr(feature = "schema", schemars(with = "Option<f64>"))]
    pub weight: Option<f64>,
}

/// First and last month of a step, both inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Timeframe {
    /// First month.
    pub start: YearMonth,
    /// Last month, inclusive.
    pub end: YearMonth,
}

/// Status of a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum StepStatus {
    /// *Geplant*.
    Planned,
    /// *In Umsetzung*.
    InProgress,
    /// *Umgesetzt*.
    Done,
    /// *Verschoben*.
    Postponed,
    /// *Entfallen*: excluded from roll-ups.
    Dropped,
}
