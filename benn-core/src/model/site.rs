//! The BENN site (*Standort*): where a team works, for whom, with whom.

use serde::Serialize;

use super::{ApproxDate, AreaLevel, Decimal, District, Id, LorCode};

record! {
    /// A BENN site (*BENN-Standort*, *BENN-Gebiet*).
    pub struct Site {
        /// Name of the site, e.g. `BENN Weißensee`.
        name: String = required,
        /// The district (*Bezirk*) as its 2-digit code, e.g. `03` for Pankow.
        district: District = required,
        /// Kind of site (*BENN*, *BENNplus*, attached to a QM team).
        site_type: SiteType = required,
        /// The operator running the team (*Träger*), when known.
        operator: Option<String> = optional,
        /// When the operator was last confirmed, e.g. `2018` for an operator
        /// known only from a source of that year (*Stand*).
        operator_as_of: Option<ApproxDate> = optional,
        /// The team's office (*Vor-Ort-Büro*).
        office: Option<Office> = optional,
        /// The unit of the district office that coordinates the site (e.g. *OE SPK*).
        coordination: Option<String> = optional,
        /// When the team started work: a year, a month or a day.
        start_date: Option<ApproxDate> = optional,
        /// Staff positions of the team (*Personalstellen*), e.g. `2.5`, kept as written.
        staff_positions: Option<Decimal> = optional,
        /// The edition of the LOR the area's codes belong to, e.g. `2021`. When
        /// absent, LOR 2021 (the edition in force) applies; for an edition benn
        /// has no table for, codes and names are not checked against a catalogue.
        lor_edition: Option<String> = optional,
        /// The LOR units that make up the site's area (*BENN-Gebiet*).
        planning_areas: Vec<Area> = required,
        /// Where the list of planning areas comes from; absent means the concept itself.
        planning_areas_source: Option<AreaSource> = optional,
        /// Shelters for refugees in the area (*Gemeinschaftsunterkünfte*).
        shelters: Vec<Shelter> = list,
        /// Participation bodies (*Beteiligungsgremien*) that goals and steps may refer to.
        bodies: Vec<Body> = list,
    }
}

/// Where a site's list of planning areas comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum AreaSource {
    /// Taken from the concept (or another official source).
    Concept,
    /// Derived by the document's author (e.g. from a map or the shelters' addresses), unconfirmed.
    Derived,
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

record! {
    /// The team's office.
    #[derive(Eq)]
    pub struct Office {
        /// Postal address; some sites publish only a website.
        address: Option<String> = optional,
        /// Phone number as written.
        phone: Option<String> = optional,
        /// E-mail address.
        email: Option<String> = optional,
        /// Web address.
        website: Option<String> = optional,
    }
}

record! {
    /// A LOR unit of the site's area.
    #[derive(Eq)]
    pub struct Area {
        /// The LOR code, e.g. `03500932`.
        code: LorCode = required,
        /// The unit's name, e.g. `Bühringstraße`.
        name: String = required,
        /// The level the author means; must agree with the code's length.
        level: AreaLevel = required,
    }
}

record! {
    /// A shelter for refugees (*Gemeinschaftsunterkunft*, GU).
    #[derive(Eq)]
    pub struct Shelter {
        /// Name or address of the shelter, e.g. `GU Quittenweg`.
        name: String = required,
        /// Number of places (*Plätze*).
        capacity: Option<u32> = optional,
        /// Number of people living there (*Bewohnende*), when that is what is known.
        residents: Option<u32> = optional,
        /// Whether the numbers are approximate (*ca.*).
        approximate: Option<bool> = optional,
        /// When the numbers were true (*Stand*): a year, a month or a day.
        as_of: Option<ApproxDate> = optional,
        /// When the shelter opened: a year, a month or a day.
        opened: Option<ApproxDate> = optional,
        /// The shelter's operator.
        operator: Option<String> = optional,
        /// The planning area the shelter lies in.
        planning_area: Option<LorCode> = optional,
    }
}

record! {
    /// A participation body (*Beteiligungsgremium*).
    #[derive(Eq)]
    pub struct Body {
        /// Stable id, referred to by goals and steps.
        id: Id = required,
        /// Kind of body.
        kind: BodyKind = required,
        /// Name as the site uses it, e.g. `Nachbarschaftsforum Weißensee`.
        name: String = required,
        /// How often it meets, as written (e.g. `zweimal jährlich`).
        meets: Option<String> = optional,
    }
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
