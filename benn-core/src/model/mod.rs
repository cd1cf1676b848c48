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
        self.steps_at().map(|(.., step)| step)
    }

    /// All steps in the order of [`Concept::steps`], each with its indices:
    /// action field, goal (`None` for a step of the field itself) and step.
    pub(crate) fn steps_at(&self) -> StepsAt<'_> {
        StepsAt {
            fields: &self.action_fields,
            field: 0,
            goal: 0,
            step: 0,
        }
    }
}

/// The iterator of [`Concept::steps_at`]. A plain walk over three indices
/// rather than nested `flat_map`s, which the size-optimised wasm build
/// does not inline: every rule and evaluation walks the steps.
#[derive(Debug, Clone)]
pub(crate) struct StepsAt<'c> {
    fields: &'c [ActionField],
    field: usize,
    /// Index of the goal; past the last goal: the field's own steps.
    goal: usize,
    step: usize,
}

impl<'c> Iterator for StepsAt<'c> {
    type Item = (usize, Option<usize>, usize, &'c Step);

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let field = self.fields.get(self.field)?;
            let (goal, steps) = match field.goals.get(self.goal) {
                Some(goal) => (Some(self.goal), &goal.steps),
                None => (None, &field.steps),
            };
            if let Some(step) = steps.get(self.step) {
                self.step += 1;
                return Some((self.field, goal, self.step - 1, step));
            }
            self.step = 0;
            if goal.is_some() {
                self.goal += 1;
            } else {
                self.goal = 0;
                self.field += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn steps_come_in_the_order_of_fields_goals_and_field_steps() {
        let mut c = crate::synth::concept(40, 1);
        // Steps of a field itself, after its goals' steps; a field without goals.
        let spare = c.action_fields[1].goals[0].steps[0].clone();
        c.action_fields[0].steps.push(spare.clone());
        c.action_fields[2].goals.clear();
        c.action_fields[2].steps = vec![spare.clone(), spare];
        let mut expected = Vec::new();
        for (f, field) in c.action_fields.iter().enumerate() {
            for (g, goal) in field.goals.iter().enumerate() {
                for (s, step) in goal.steps.iter().enumerate() {
                    expected.push((f, Some(g), s, step));
                }
            }
            for (s, step) in field.steps.iter().enumerate() {
                expected.push((f, None, s, step));
            }
        }
        assert!(expected.iter().any(|e| e.1.is_none()));
        let got: Vec<_> = c.steps_at().collect();
        assert_eq!(got, expected);
        assert_eq!(c.steps().count(), expected.len());
    }
}
