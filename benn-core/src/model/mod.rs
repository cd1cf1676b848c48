//! The concept model: plain owned data, no behaviour beyond small helpers.

#[macro_use]
pub(crate) mod record;
mod concept;
mod field;
pub(crate) mod float;
mod goal;
mod id;
mod log;
mod lor;
mod money;
pub(crate) mod number;
mod site;
mod step;
pub(crate) mod time;

pub(crate) use concept::Document;
pub use concept::{
    Adoption, AdoptionEvent, AdoptionEventKind, AdoptionStatus, Analysis, Concept, ConceptVersion,
    Fact, Need, PublicRelations, YearBudget, FORMAT_VERSION, MIN_FORMAT_VERSION,
};
pub use field::{ActionField, FieldKey, FieldKeyError, StandardField};
pub use goal::{
    Direction, Goal, ImpactLevel, ImpactStage, Indicator, IndicatorValue, MeasureType, Measurement,
};
pub use id::{Id, IdError, MAX_ID_LEN};
pub(crate) use log::LogDocument;
pub use log::{EntryKind, Log, LogEntry};
pub use lor::{AreaLevel, District, LorCode, LorError};
pub use money::Cents;
pub use number::{Decimal, DecimalError};
pub use site::{Area, AreaSource, Body, BodyKind, Office, Shelter, Site, SiteType};
pub use step::{Step, StepStatus, Timeframe};
pub use time::{
    ApproxDate, CalendarError, Date, Period, PeriodLabelError, YearMonth, MAX_YEAR, MIN_YEAR,
};

impl Concept {
    /// The first thing the concept says that format version 1 cannot (a
    /// field name or value), or `None` when version 1 holds it all.
    ///
    /// ```
    /// let mut c = benn_core::synth::concept(1, 1);
    /// assert_eq!(c.version_2_feature(), None);
    /// c.adoption = None;
    /// assert_eq!(c.version_2_feature(), Some("adoption"));
    /// ```
    pub fn version_2_feature(&self) -> Option<&'static str> {
        let approx = |d: &Option<ApproxDate>| d.is_some_and(|d| !matches!(d, ApproxDate::Day(_)));
        let site = &self.site;
        let checks = [
            (self.version.is_some(), "version"),
            (
                self.adoption.as_ref().is_none_or(|a| {
                    matches!(
                        a.status,
                        AdoptionStatus::Published | AdoptionStatus::Unknown
                    )
                }),
                "adoption",
            ),
            (
                self.adoption.as_ref().is_some_and(|a| !a.events.is_empty()),
                "events",
            ),
            (site.operator.is_none(), "operator"),
            (site.operator_as_of.is_some(), "operator_as_of"),
            (
                site.office.as_ref().is_some_and(|o| o.address.is_none()),
                "address",
            ),
            (site.staff_positions.is_some(), "staff_positions"),
            (
                site.planning_areas_source.is_some(),
                "planning_areas_source",
            ),
            (approx(&site.start_date), "start_date"),
            (
                site.shelters.iter().any(|s| {
                    s.residents.is_some()
                        || s.approximate.is_some()
                        || s.as_of.is_some()
                        || s.opened.is_some()
                }),
                "shelters",
            ),
            (
                self.analysis
                    .as_ref()
                    .is_some_and(|a| a.facts.iter().any(|f| approx(&f.date))),
                "facts",
            ),
            (
                self.action_fields.iter().any(|f| !f.steps.is_empty()),
                "steps",
            ),
        ];
        checks
            .into_iter()
            .find(|(used, _)| *used)
            .map(|(_, name)| name)
    }

    /// All goals with the index of their action field.
    pub fn goals(&self) -> impl Iterator<Item = &Goal> {
        self.action_fields.iter().flat_map(|f| f.goals.iter())
    }

    /// All steps: of every goal, and those that belong to an action field
    /// directly. The one iterator every count and sum goes through.
    pub fn steps(&self) -> impl Iterator<Item = &Step> {
        self.action_fields.iter().flat_map(|f| {
            f.goals
                .iter()
                .flat_map(|g| g.steps.iter())
                .chain(f.steps.iter())
        })
    }
}
