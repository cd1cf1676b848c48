//! Tables of the evaluation ([`crate::eval`]): the state of the steps on a
//! day, and the budget plan per year.

use crate::eval::budget::{planned_costs_by_year, standard_for_year};
use crate::eval::ConceptState;
use crate::model::{Concept, Decimal};

use super::build::format_name;
use super::{Cell, Column, ColumnKind as K, Table};

/// The columns of [`state`].
pub const STATE_COLUMNS: [Column; 10] = [
    Column::new("as_of", K::Date),
    Column::new("field", K::Text),
    Column::new("goal", K::Text),
    Column::new("step", K::Text),
    Column::new("status", K::Text),
    Column::new("track", K::Text),
    Column::new("progress_percent", K::Percent),
    Column::new("progress_source", K::Text),
    Column::new("spent_eur", K::Cents),
    Column::new("last_entry", K::Date),
];

/// One row per step: where it stands on the day of `state`
/// ([`crate::eval::state`]), in the concept's order; then, when money was
/// spent that no step names, one row without step holding it.
///
/// | column | kind | what |
/// |---|---|---|
/// | `as_of` | date | the day |
/// | `field` | text | key of the action field |
/// | `goal` | text | id of the goal; empty for a step of the field itself |
/// | `step` | text | id of the step; empty in the row of spending no step names |
/// | `status` | text | the status on the day |
/// | `track` | text | `done`, `on_track`, `delayed`, `not_started`, `postponed` or `dropped` |
/// | `progress_percent` | percent | progress, 0 to 100; empty for dropped steps |
/// | `progress_source` | text | `logged`, or `status` (the status's default progress) |
/// | `spent_eur` | money | money spent on the step up to the day |
/// | `last_entry` | date | the latest log entry about the step up to the day |
///
/// ```
/// use benn_core::{eval, read, read_log, table};
/// let concept = read(&std::fs::read("../examples/weissensee-2023.json").unwrap()).unwrap();
/// let log = read_log(&std::fs::read("../examples/weissensee-2023.log.json").unwrap()).unwrap();
/// let s = eval::state(&concept, &log.entries, "2024-06-30".parse().unwrap());
/// let t = table::state(&concept, &s);
/// assert!(t.rows.len() >= concept.steps().count());
/// ```
pub fn state(concept: &Concept, state: &ConceptState) -> Table {
    let mut t = Table::new("state", &STATE_COLUMNS);
    for s in &state.steps {
        let field = concept.action_fields.get(s.field);
        let goal = s.goal.and_then(|g| field.and_then(|f| f.goals.get(g)));
        t.rows.push(vec![
            Cell::Date(state.as_of),
            Cell::text(field.map(|f| f.key.as_str())),
            Cell::text(goal.map(|g| g.id.as_str())),
            Cell::Text(s.id.as_str().to_owned()),
            Cell::Text(format_name(&s.status)),
            Cell::Text(s.track.as_str().to_owned()),
            s.progress
                .and_then(|p| Decimal::from_f64(p).ok())
                .map_or(Cell::Empty, Cell::Percent),
            Cell::Text(format_name(&s.progress_source)),
            Cell::Cents(s.spent_cents),
            s.last_entry.map_or(Cell::Empty, Cell::Date),
        ]);
    }
    if state.unassigned_spent_cents.get() != 0 {
        let mut row = vec![Cell::Empty; STATE_COLUMNS.len()];
        if let Some(c) = row.first_mut() {
            *c = Cell::Date(state.as_of);
        }
        if let Some(c) = row.get_mut(8) {
            *c = Cell::Cents(state.unassigned_spent_cents);
        }
        t.rows.push(row);
    }
    t
}

/// The columns of [`budget`].
pub const BUDGET_COLUMNS: [Column; 5] = [
    Column::new("year", K::Integer),
    Column::new("budget_eur", K::Cents),
    Column::new("standard_eur", K::Cents),
    Column::new("planned_eur", K::Cents),
    Column::new("left_eur", K::Cents),
];

/// One row per calendar year of the period, or with a budget or planned
/// costs: the concept's budget for actions and material (*Sachmittel*), the
/// programme's standard for the site type and the months of the period in
/// that year, the planned cost of the steps ([`crate::eval::budget`],
/// dropped steps left out), and what the plan leaves of the budget.
///
/// | column | kind | what |
/// |---|---|---|
/// | `year` | integer | the calendar year |
/// | `budget_eur` | money | the concept's budget for the year; empty when it names none |
/// | `standard_eur` | money | the programme's standard for the months of the period in the year |
/// | `planned_eur` | money | the steps' planned cost in the year |
/// | `left_eur` | money | budget minus planned; empty without a budget |
pub fn budget(concept: &Concept) -> Table {
    let mut t = Table::new("budget", &BUDGET_COLUMNS);
    let planned = planned_costs_by_year(concept);
    let mut years: Vec<u16> = (concept.period.start.year()..=concept.period.end.year())
        .chain(concept.budget.iter().map(|b| b.year))
        .chain(planned.keys().copied())
        .collect();
    years.sort_unstable();
    years.dedup();
    for year in years {
        let budget = concept
            .budget
            .iter()
            .find(|b| b.year == year)
            .map(|b| b.amount_cents);
        let plan = planned.get(&year).copied().unwrap_or_default();
        t.rows.push(vec![
            Cell::Integer(i64::from(year)),
            budget.map_or(Cell::Empty, Cell::Cents),
            Cell::Cents(standard_for_year(
                concept.site.site_type,
                &concept.period,
                year,
            )),
            Cell::Cents(plan),
            budget.map_or(Cell::Empty, |b| {
                Cell::Cents(crate::model::Cents::new(b.get().saturating_sub(plan.get())))
            }),
        ]);
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn state_and_budget_of_weissensee() {
        let concept =
            crate::read(include_bytes!("../../../examples/weissensee-2023.json")).unwrap();
        let log =
            crate::read_log(include_bytes!("../../../examples/weissensee-2023.log.json")).unwrap();
        let s = crate::eval::state(&concept, &log.entries, "2024-06-30".parse().unwrap());
        let t = state(&concept, &s);
        let spent: i64 = t
            .rows
            .iter()
            .filter_map(|r| match r.get(8) {
                Some(Cell::Cents(c)) => Some(c.get()),
                _ => None,
            })
            .sum();
        assert_eq!(spent, s.spent_cents().get());
        let b = budget(&concept);
        assert_eq!(
            b.rows.first().and_then(|r| r.first()),
            Some(&Cell::Integer(i64::from(concept.period.start.year())))
        );
        assert!(b.rows.iter().all(|r| r.len() == BUDGET_COLUMNS.len()));
        assert!(t.rows.iter().all(|r| r.len() == STATE_COLUMNS.len()));
    }
}
