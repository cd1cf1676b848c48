//! Steps (*Handlungsschritte*).

use serde::Serialize;

use super::{Cents, Id, LorCode, YearMonth};

record! {
    /// A step (*Handlungsschritt*): a concrete action towards a goal, or of
    /// an action field directly ([`super::ActionField::steps`]).
    pub struct Step {
        /// Stable id.
        id: Id = required,
        /// What will be done.
        text: String = required,
        /// When; a step without timeframe runs through the whole period.
        timeframe: Option<Timeframe> = optional,
        /// Who is responsible (*Verantwortlich*), e.g. `BENN-Team`.
        responsible: Option<String> = optional,
        /// Partner organisations (*Kooperationspartner*).
        partners: Vec<String> = list,
        /// Planned cost from the action budget, in cents.
        planned_cost_cents: Option<Cents> = optional,
        /// LOR units where the step takes place.
        planning_areas: Vec<LorCode> = list,
        /// Ids of participation bodies involved.
        bodies: Vec<Id> = list,
        /// Where the step stands.
        status: StepStatus = required,
        /// Weight in roll-ups (default 1); must be positive.
        #[serde(serialize_with = "super::number::optional")]
        #[cfg_attr(feature = "schema", schemars(with = "Option<f64>"))]
        weight: Option<f64> = optional,
    }
}

record! {
    /// First and last month of a step, both inclusive.
    #[derive(Copy, Eq)]
    pub struct Timeframe {
        /// First month.
        start: YearMonth = required,
        /// Last month, inclusive.
        end: YearMonth = required,
    }
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

impl StepStatus {
    /// Every status, in the format's order.
    pub const ALL: [StepStatus; 5] = [
        StepStatus::Planned,
        StepStatus::InProgress,
        StepStatus::Done,
        StepStatus::Postponed,
        StepStatus::Dropped,
    ];

    /// The name used in the format, e.g. `in_progress`.
    pub const fn as_str(self) -> &'static str {
        match self {
            StepStatus::Planned => "planned",
            StepStatus::InProgress => "in_progress",
            StepStatus::Done => "done",
            StepStatus::Postponed => "postponed",
            StepStatus::Dropped => "dropped",
        }
    }
}
