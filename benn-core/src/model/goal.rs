//! Goals (*Ziele*) and their indicators.

use serde::Serialize;

use super::{Date, Id, LorCode, Step};

/// A goal (*Ziel*), phrased as an intention ("Wir wollen …").
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Goal {
    /// Stable id.
    pub id: Id,
    /// The goal as the site wrote it.
    pub text: String,
    /// LOR units the goal targets; each must lie in the site's area.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub planning_areas: Vec<LorCode>,
    /// Target groups (*Zielgruppen*), e.g. `Kinder und Jugendliche`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub target_groups: Vec<String>,
    /// Ids of participation bodies the goal involves.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bodies: Vec<Id>,
    /// Level on the impact staircase (*Wirkungstreppe*) the goal aims at.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub impact_level: Option<ImpactLevel>,
    /// How the goal is measured; optional.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub indicators: Vec<Indicator>,
    /// The steps (*Handlungsschritte*) towards the goal.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub steps: Vec<Step>,
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

/// An indicator in the style of the IATI results standard.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    /// Stable id, used by tracking entries.
    pub id: Id,
    /// What is measured, e.g. `Teilnehmende am Nachbarschaftsforum`.
    pub name: String,
    /// Kind of measure.
    pub measure: MeasureType,
    /// Unit of a `unit` measure, e.g. `Personen`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// Whether more is better; absent for qualitative indicators.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction: Option<Direction>,
    /// Where things stood when the concept was written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline: Option<Measurement>,
    /// Where things should stand.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<Measurement>,
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

/// A value of an indicator at a date.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Measurement {
    /// The value: a number for `unit` and `percentage`, a text for `qualitative`.
    pub value: IndicatorValue,
    /// The day the value refers to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
}

/// A number or, for qualitative indicators, a text.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(untagged)]
pub enum IndicatorValue {
    /// A finite number.
    Number(
        #[serde(serialize_with = "super::number::number")]
        #[cfg_attr(feature = "schema", schemars(with = "f64"))]
        f64,
    ),
    /// A description.
    Text(String),
}
