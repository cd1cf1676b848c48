//! The action concept (*Handlungskonzept*) of a site for one two-year period.

use serde::Serialize;

use super::{ActionField, ApproxDate, Cents, Date, Decimal, Id, LogEntry, Period, Site};

/// The format version this library writes.
///
/// Version 2 adds what real concepts need to say partial knowledge: an
/// optional adoption with the statuses `published` and `unknown` and dated
/// `events`; `version`; approximate dates ([`ApproxDate`]) for the site's
/// start, shelters and facts; exact decimals ([`Decimal`]); an optional
/// operator (with `operator_as_of`) and office address; `staff_positions`;
/// `planning_areas_source`; shelters' `residents`, `approximate`, `as_of`,
/// `opened`; and steps of an action field.
///
/// Version 3 adds the tracking log ([`LogEntry`]): the concept's `log`
/// section, and log files of their own ([`super::Log`]).
///
/// Each version is a subset of the next: older documents are read as they
/// are and written as the current version.
pub const FORMAT_VERSION: u32 = 3;

/// The oldest format version this library reads (each version is a subset of the next).
pub const MIN_FORMAT_VERSION: u32 = 1;

record! {
    root("format_version");
    /// An action concept (*Handlungskonzept*) for a two-year period.
    ///
    /// The structure is concept → action fields (*Handlungsfelder*) → goals (*Ziele*)
    /// → steps (*Handlungsschritte*). Read one with [`crate::read`], write it with
    /// [`crate::write`].
    pub struct Concept {
        /// Stable id of the concept, e.g. `weissensee-2023`.
        id: Id = required,
        /// Title as published, e.g. *Für Teilhabe und Zusammenhalt in Weißensee*.
        title: Option<String> = optional,
        /// The site the concept is for.
        site: Site = required,
        /// The period the concept covers (*Förderzeitraum*), about 24 months.
        period: Period = required,
        /// Which version of the concept this is, when it was updated within
        /// its period (*Fortschreibung*, e.g. a second version months later).
        version: Option<ConceptVersion> = optional,
        /// Where the concept stands in the district's decision process; absent when unknown.
        adoption: Option<Adoption> = optional,
        /// Id of the concept of the previous period that this one follows
        /// (*Fortschreibung* for the next period); a version within the same
        /// period is told by `version`, not by `previous`.
        previous: Option<Id> = optional,
        /// The overall aim (*Leitziel*).
        aim: String = required,
        /// Analysis of the area (*Quartiersanalyse*).
        analysis: Option<Analysis> = optional,
        /// Plan for public relations (*Öffentlichkeitsarbeit*).
        public_relations: Option<PublicRelations> = optional,
        /// Money for actions and material per calendar year (*Sachmittel*).
        budget: Vec<YearBudget> = list,
        /// The action fields (*Handlungsfelder*), in the order the site presents them.
        action_fields: Vec<ActionField> = required,
        /// The tracking log (*Sachstandsprotokoll*): what happened, entry by
        /// entry; it may also live in a log file of its own ([`super::Log`]).
        log: Vec<LogEntry> = list,
    }
}

record! {
    /// Decision state of a concept.
    #[derive(Eq)]
    pub struct Adoption {
        /// The state.
        status: AdoptionStatus = required,
        /// Date of the district office's resolution (*Bezirksamtsbeschluss*).
        resolution_date: Option<Date> = optional,
        /// Number of the BVV paper (*Drucksache*), e.g. `0819/XXI`.
        drucksache: Option<String> = optional,
        /// Date the district assembly (*BVV*) took note of it.
        noted_date: Option<Date> = optional,
        /// The decision path as dated events, in order; the status is checked against it.
        events: Vec<AdoptionEvent> = list,
    }
}

record! {
    /// One dated step of the decision path (*Beschlussweg*).
    #[derive(Eq)]
    pub struct AdoptionEvent {
        /// What happened.
        kind: AdoptionEventKind = required,
        /// When: a year, a month or a day.
        date: ApproxDate = required,
        /// Who acted, e.g. the BVV committee (*Ausschuss für Soziales*).
        body: Option<String> = optional,
        /// Number of the BVV paper (*Drucksache*), e.g. `0819/XXI`.
        drucksache: Option<String> = optional,
        /// A note as written.
        note: Option<String> = optional,
    }
}

/// Kinds of events on a concept's decision path.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum AdoptionEventKind {
    /// *Bezirksamtsbeschluss*: the district office decided on the concept.
    Resolution,
    /// *Überweisung*: referred to a committee of the BVV.
    Referred,
    /// *Vertagt*: the decision or discussion was postponed.
    Postponed,
    /// *Im Ausschuss zur Kenntnis genommen*: noted by a BVV committee.
    NotedByCommittee,
    /// *Von der BVV zur Kenntnis genommen*: noted by the district assembly.
    NotedByBvv,
    /// *Veröffentlicht*: published (web page, brochure).
    Published,
    /// *Abgelöst*: replaced by a newer concept.
    Superseded,
}

impl AdoptionEventKind {
    /// The status an event of this kind leads to, if it moves the status.
    pub const fn status(self) -> Option<AdoptionStatus> {
        match self {
            AdoptionEventKind::Resolution => Some(AdoptionStatus::Adopted),
            AdoptionEventKind::NotedByBvv => Some(AdoptionStatus::Noted),
            AdoptionEventKind::Superseded => Some(AdoptionStatus::Superseded),
            AdoptionEventKind::Published => Some(AdoptionStatus::Published),
            AdoptionEventKind::Referred
            | AdoptionEventKind::Postponed
            | AdoptionEventKind::NotedByCommittee => None,
        }
    }
}

impl Adoption {
    /// The status the events lead to: the last event that moves the status
    /// (publication does not undo a resolution). `None` without such events.
    pub fn derived_status(&self) -> Option<AdoptionStatus> {
        self.events
            .iter()
            .fold(None, |acc, e| match (acc, e.kind.status()) {
                (Some(s), Some(AdoptionStatus::Published)) if s != AdoptionStatus::Draft => Some(s),
                (acc, None) => acc,
                (_, next) => next,
            })
    }
}

record! {
    /// A version of a concept within its period (*Fortschreibung*, *Stand*).
    #[derive(Eq)]
    pub struct ConceptVersion {
        /// The version number as written, e.g. `2` or `2.1`.
        number: Option<String> = optional,
        /// The version's date: a year, a month or a day.
        date: Option<ApproxDate> = optional,
    }
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
    /// *Veröffentlicht*: published (e.g. as a brochure), resolution data unknown.
    Published,
    /// *Unbekannt*: the state is not known.
    Unknown,
}

record! {
    /// Analysis of the area (*Quartiersanalyse*).
    pub struct Analysis {
        /// Summary in prose.
        summary: Option<String> = optional,
        /// Needs heard from residents and actors (*Bedarfe*).
        needs: Vec<Need> = list,
        /// Facts about the area, each with its source.
        facts: Vec<Fact> = list,
    }
}

record! {
    /// A need heard in the area (*Bedarf*).
    #[derive(Eq)]
    pub struct Need {
        /// The need.
        text: String = required,
        /// Where it was heard, e.g. `Kiezwerkstatt März 2023`.
        source: Option<String> = optional,
    }
}

record! {
    /// A fact about the area with its source.
    pub struct Fact {
        /// The fact in words.
        text: String = required,
        /// The number, if the fact is one, exactly as written.
        value: Option<Decimal> = optional,
        /// Unit of the number, e.g. `Einwohnende` or `%`.
        unit: Option<String> = optional,
        /// Where the fact comes from.
        source: String = required,
        /// When the fact was true: a year, a month or a day.
        date: Option<ApproxDate> = optional,
    }
}

record! {
    /// Plan for public relations (*Öffentlichkeitsarbeit*).
    #[derive(Eq)]
    pub struct PublicRelations {
        /// The plan in prose.
        summary: String = required,
        /// Channels and measures, e.g. `Newsletter`, `Kiezzeitung`.
        channels: Vec<String> = list,
    }
}

record! {
    /// Money for actions and material in one calendar year.
    #[derive(Eq)]
    pub struct YearBudget {
        /// The calendar year.
        year: u16 = required,
        /// Money for actions and material (*Sachmittel*), in cents.
        amount_cents: Cents = required,
        /// Staff hours budgeted for the year.
        staff_hours: Option<u32> = optional,
    }
}

/// A concept as written to a file: the concept plus the format version.
#[derive(Debug, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(title = "BENN Handlungskonzept"))]
pub(crate) struct Document<'a> {
    /// Version of the benn concept format; this library writes version 3 and reads versions 1 to 3.
    pub(crate) format_version: u32,
    #[serde(flatten)]
    pub(crate) concept: &'a Concept,
}
