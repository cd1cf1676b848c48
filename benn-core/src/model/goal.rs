//! Goals (*Ziele*) and their indicators.

use serde::Serialize;

use super::{Date, Decimal, Id, LorCode, Step};

record! {
    /// A goal (*Ziel*), phrased as an intention ("Wir wollen …").
    pub struct Goal {
        /// Stable id.
        id: Id = required,
        /// The goal as the site wrote it.
        text: String = required,
        /// LOR units the goal targets; each must lie in the site's area.
        planning_areas: Vec<LorCode> = list,
        /// Target groups (*Zielgruppen*), e.g. `Kinder und Jugendliche`.
        target_groups: Vec<String> = list,
        /// Ids of participation bodies the goal involves.
        bodies: Vec<Id> = list,
        /// Level on the impact staircase (*Wirkungstreppe*) the goal aims at.
        impact_level: Option<ImpactLevel> = optional,
        /// How the goal is measured; optional.
        indicators: Vec<Indicator> = list,
        /// The steps (*Handlungsschritte*) towards the goal.
        steps: Vec<Step> = list,
    }
}

/// The seven steps of PHINEO's impact staircase (*Wirkungstreppe*).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ImpactLevel {
    /// 1 (output): *Aktivitäten finden wie geplant statt*.
    Activities,
    /// 2 (output): *Zielgruppen werden erreicht*.
    Reached,
    /// 3 (output): *Zielgruppen akzeptieren Angebote*.
    Accepted,
    /// 4 (outcome): *Zielgruppen verändern Bewusstsein bzw. Fähigkeiten*.
    Awareness,
    /// 5 (outcome): *Zielgruppen ändern ihr Handeln*.
    Behaviour,
    /// 6 (outcome): *Lebenslage der Zielgruppen ändert sich*.
    LivingSituation,
    /// 7 (impact): *Gesellschaft verändert sich*.
    Society,
}

/// The three stages the staircase is grouped into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ImpactStage {
    /// Steps 1–3.
    Output,
    /// Steps 4–6.
    Outcome,
    /// Step 7.
    Impact,
}

impl ImpactLevel {
    /// The step number, 1 to 7.
    pub const fn number(self) -> u8 {
        self as u8 + 1
    }

    /// Output, outcome or impact.
    pub const fn stage(self) -> ImpactStage {
        match self.number() {
            1..=3 => ImpactStage::Output,
            4..=6 => ImpactStage::Outcome,
            _ => ImpactStage::Impact,
        }
    }
}

record! {
    /// An indicator in the style of the IATI results standard.
    pub struct Indicator {
        /// Stable id, used by tracking entries.
        id: Id = required,
        /// What is measured, e.g. `Teilnehmende am Nachbarschaftsforum`.
        name: String = required,
        /// Kind of measure.
        measure: MeasureType = required,
        /// Unit of a `unit` measure, e.g. `Personen`.
        unit: Option<String> = optional,
        /// Whether more is better; absent for qualitative indicators.
        direction: Option<Direction> = optional,
        /// Where things stood when the concept was written.
        baseline: Option<Measurement> = optional,
        /// Where things should stand.
        target: Option<Measurement> = optional,
    }
}

/// Kind of an indicator's measure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum MeasureType {
    /// A count or amount in a unit.
    Unit,
    /// A share from 0 to 100.
    Percentage,
    /// A description in words.
    Qualitative,
}

/// Which way is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// Higher values are better.
    Increase,
    /// Lower values are better.
    Decrease,
}

record! {
    /// A value of an indicator at a date.
    pub struct Measurement {
        /// The value: a number for `unit` and `percentage`, a text for `qualitative`.
        value: IndicatorValue = required,
        /// The day the value refers to.
        date: Option<Date> = optional,
    }
}

/// A number or, for qualitative indicators, a text.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(untagged)]
pub enum IndicatorValue {
    /// A finite number.
    Number(Decimal),
    /// A description.
    Text(String),
}
