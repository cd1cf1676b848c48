//! The action concept (*Handlungskonzept*) of a site for one two-year period.

use serde::Serialize;

use super::{ActionField, Cents, Date, Id, Period, Site};

/// The format version this library reads and writes.
pub const FORMAT_VERSION: u32 = 1;

/// An action concept (*Handlungskonzept*) for a two-year period.
///
/// The structure is concept → action fields (*Handlungsfelder*) → goals (*Ziele*)
/// → steps (*Handlungsschritte*). Read one with [`crate::read`], write it with
/// [`crate::write`].
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Concept {
    /// Stable id of the concept, e.g. `weissensee-2023`.
    pub id: Id,
    /// Title as published, e.g. *Für Teilhabe und Zusammenhalt in Weißensee*.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The site the concept is for.
    pub site: Site,
    /// The period the concept covers (*Förderzeitraum*), about 24 months.
    pub period: Period,
    /// Where the concept stands in the district's decision process.
    pub adoption: Adoption,
    /// Id of the previous concept this one updates (*Fortschreibung*).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<Id>,
    /// The overall aim (*Leitziel*).
    pub aim: String,
    /// Analysis of the area (*Quartiersanalyse*).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub analysis: Option<Analysis>,
    /// Plan for public relations (*Öffentlichkeitsarbeit*).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_relations: Option<PublicRelations>,
    /// Money for actions and material per calendar year (*Sachmittel*).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub budget: Vec<YearBudget>,
    /// The action fields (*Handlungsfelder*), in the order the site presents them.
    pub action_fields: Vec<ActionField>,
}

/// Decision state of a concept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Adoption {
    /// The state.
    pub status: AdoptionStatus,
    /// Date of the district office's resolution (*Bezirksamtsbeschluss*).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolution_date: Option<Date>,
    /// Number of the BVV paper (*Drucksache*), e.g. `0819/XXI`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub drucksache: Option<String>,
    /// Date the district assembly (*BVV*) took note of it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub noted_date: Option<Date>,
}

/// States of a concept's adoption.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum AdoptionStatus {
    /// *Entwurf*: being written.
    Draft,
    /// *Beschlossen*: the district office has decided on it.
    Adopted,
    /// *Zur Kenntnis genommen*: the BVV has noted the short version.
    Noted,
    /// *Abgelöst*: replaced by a newer concept.
    Superseded,
}

/// Analysis of the area (*Quartiersanalyse*).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Analysis {
    /// Summary in prose.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// Needs heard from residents and actors (*Bedarfe*).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub needs: Vec<Need>,
    /// Facts about the area, each with its source.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub facts: Vec<Fact>,
}

/// A need heard in the area (*Bedarf*).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Need {
    /// The need.
    pub text: String,
    /// Where it was heard, e.g. `Kiezwerkstatt März 2023`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// A fact about the area with its source.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Fact {
    /// The fact in words.
    pub text: String,
    /// The number, if the fact is one.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "super::number::optional"
    )]
    #[cfg_attr(feature = "schema", schemars(with = "Option<f64>"))]
    pub value: Option<f64>,
    /// Unit of the number, e.g. `Einwohnende` or `%`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// Where the fact comes from.
    pub source: String,
    /// The day the fact describes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
}

/// Plan for public relations (*Öffentlichkeitsarbeit*).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PublicRelations {
    /// The plan in prose.
    pub summary: String,
    /// Channels and measures, e.g. `Newsletter`, `Kiezzeitung`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub channels: Vec<String>,
}

/// Money for actions and material in one calendar year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct YearBudget {
    /// The calendar year.
    pub year: u16,
    /// Money for actions and material (*Sachmittel*), in cents.
    pub amount_cents: Cents,
    /// Staff hours budgeted for the year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub staff_hours: Option<u32>,
}

/// A concept as written to a file: the concept plus the format version.
#[derive(Debug, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(title = "BENN Handlungskonzept"))]
pub(crate) struct Document<'a> {
    /// Version of the benn concept format; this library writes and reads version 1.
    pub(crate) format_version: u32,
    #[serde(flatten)]
    pub(crate) concept: &'a Concept,
}
