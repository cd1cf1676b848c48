//! The concept model: plain owned data, no behaviour beyond small helpers.

#[macro_use]
pub(crate) mod record;
mod concept;
mod field;
mod goal;
mod id;
mod lor;
mod money;
pub(crate) mod number;
mod site;
mod step;
mod time;

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
pub use lor::{AreaLevel, District, LorCode, LorError};
pub use money::Cents;
pub use number::{Decimal, DecimalError};
pub use site::{Area, AreaSource, Body, BodyKind, Office, Shelter, Site, SiteType};
pub use step::{Step, StepStatus, Timeframe};
pub use time::{
    ApproxDate, CalendarError, Date, Period, PeriodLabelError, YearMonth, MAX_YEAR, MIN_YEAR,
};

impl Concept {
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
