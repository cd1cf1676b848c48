//! The BENN site (*Standort*): where a team works, for whom, with whom.

use serde::Serialize;

use super::{AreaLevel, Date, District, Id, LorCode};

/// A BENN site (*BENN-Standort*, *BENN-Gebiet*).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Site {
    /// Name of the site, e.g. `BENN Weißensee`.
    pub name: String,
    /// The district (*Bezirk*) as its 2-digit code, e.g. `03` for Pankow.
    pub district: District,
    /// Kind of site (*BENN*, *BENNplus*, attached to a QM team).
    pub site_type: SiteType,
    /// The operator running the team (*Träger*).
    pub operator: String,
    /// The team's office (*Vor-Ort-Büro*).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub office: Option<Office>,
    /// The unit of the district office that coordinates the site (e.g. *OE SPK*).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coordination: Option<String>,
    /// The day the team started work.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_date: Option<Date>,
    /// The edition of the LOR the area's codes belong to, e.g. `2021`. When
    /// absent, LOR 2021 (the edition in force) applies; for an edition benn
    /// has no table for, codes and names are not checked against a catalogue.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lor_edition: Option<String>,
    /// The LOR units that make up the site's area (*BENN-Gebiet*).
    pub planning_areas: Vec<Area>,
    /// Shelters for refugees in the area (*Gemeinschaftsunterkünfte*).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub shelters: Vec<Shelter>,
    /// Participation bodies (*Beteiligungsgremien*) that goals and steps may refer to.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bodies: Vec<Body>,
}

/// Kind of BENN site.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum SiteType {
    /// A normal BENN site (30,000 € a year for actions).
    Benn,
    /// A *BENNplus* site working with a neighbourhood coordination office (20,000 € a year).
    BennPlus,
    /// A phase-1 site attached to a *Quartiersmanagement* team, using the QM's IHEK (20,000 € a year).
    QmAttached,
}

impl SiteType {
    /// The yearly action budget the programme gives this kind of site, in cents.
    pub const fn standard_budget(self) -> super::Cents {
        match self {
            SiteType::Benn => super::Cents::from_euros(30_000),
            SiteType::BennPlus | SiteType::QmAttached => super::Cents::from_euros(20_000),
        }
    }
}

/// The team's office.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Office {
    /// Postal address.
    pub address: String,
    /// Phone number as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// E-mail address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Web address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
}

/// A LOR unit of the site's area.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Area {
    /// The LOR code, e.g. `03500932`.
    pub code: LorCode,
    /// The unit's name, e.g. `Bühringstraße`.
    pub name: String,
    /// The level the author means; must agree with the code's length.
    pub level: AreaLevel,
}

/// A shelter for refugees (*Gemeinschaftsunterkunft*, GU).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Shelter {
    /// Name or address of the shelter, e.g. `GU Quittenweg`.
    pub name: String,
    /// Number of places.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capacity: Option<u32>,
    /// The shelter's operator.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operator: Option<String>,
    /// The planning area the shelter lies in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub planning_area: Option<LorCode>,
}

/// A participation body (*Beteiligungsgremium*).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Body {
    /// Stable id, referred to by goals and steps.
    pub id: Id,
    /// Kind of body.
    pub kind: BodyKind,
    /// Name as the site uses it, e.g. `Nachbarschaftsforum Weißensee`.
    pub name: String,
    /// How often it meets, as written (e.g. `zweimal jährlich`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meets: Option<String>,
}

/// Kinds of participation body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum BodyKind {
    /// *Nachbarschaftsforum*: open, often twice a year.
    NeighbourhoodForum,
    /// *Bewohnerrat* (phase 1).
    ResidentsCouncil,
    /// *Runder Tisch*.
    RoundTable,
    /// *Kiezwerkstatt*: workshops used to draft the concept.
    Workshop,
    /// *Aktivierende Befragung*: activating survey.
    Survey,
    /// *Jugendforum*.
    YouthForum,
    /// Any other body.
    Other,
}
