//! Tables of the evaluation ([`crate::eval`]): the state of the steps on a
//! day, and the budget plan per year.

use crate::eval::budget::{standard_for_year, BudgetReport, FieldYear};
use crate::eval::{ConceptState, Coverage, Rollup};
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
pub fn state<'a>(concept: &'a Concept, state: &'a ConceptState) -> Table<'a> {
    let mut t = Table::new("state", &STATE_COLUMNS);
    for s in &state.steps {
        let field = concept.action_fields.get(s.field);
        let goal = s.goal.and_then(|g| field.and_then(|f| f.goals.get(g)));
        t.rows.push(vec![
            Cell::Date(state.as_of),
            Cell::text(field.map(|f| f.key.as_str())),
            Cell::text(goal.map(|g| g.id.as_str())),
            Cell::Text(s.id.as_str().into()),
            Cell::Text(s.status.as_str().into()),
            Cell::Text(s.track.as_str().into()),
            s.progress
                .and_then(|p| Decimal::from_f64(p).ok())
                .map_or(Cell::Empty, Cell::Percent),
            Cell::owned(format_name(&s.progress_source)),
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
pub const BUDGET_COLUMNS: [Column; 11] = [
    Column::new("as_of", K::Date),
    Column::new("year", K::Integer),
    Column::new("scope", K::Text),
    Column::new("field", K::Text),
    Column::new("budget_eur", K::Cents),
    Column::new("standard_eur", K::Cents),
    Column::new("planned_eur", K::Cents),
    Column::new("spent_eur", K::Cents),
    Column::new("left_eur", K::Cents),
    Column::new("elapsed_percent", K::Percent),
    Column::new("spent_percent", K::Percent),
];

/// A share (0–1) as a percentage with at most two decimals.
fn percent(share: f64) -> Cell<'static> {
    Decimal::from_f64((share * 10_000.0).round() / 100.0).map_or(Cell::Empty, Cell::Percent)
}

/// The budget on a day ([`crate::eval::budget::report`]): for every year a
/// row of the whole concept, then one per action field, then one of the
/// spending no step names (when there is any).
///
/// | column | kind | what |
/// |---|---|---|
/// | `as_of` | date | the day |
/// | `year` | integer | the calendar year |
/// | `scope` | text | `concept`, `field` or `unassigned` (spending no step names) |
/// | `field` | text | key of the action field (scope `field`) |
/// | `budget_eur` | money | the year's budget (*Sachmittel*); concept rows, empty when none is given |
/// | `standard_eur` | money | the programme's standard for the months of the period in the year (concept rows) |
/// | `planned_eur` | money | the steps' planned cost in the year, dropped steps left out |
/// | `spent_eur` | money | spent for the year up to the day |
/// | `left_eur` | money | budget minus spent (concept rows with a budget) |
/// | `elapsed_percent` | percent | the share of the year's part of the period that has passed (concept rows) |
/// | `spent_percent` | percent | spent against the budget (concept rows with a positive budget) |
///
/// ```
/// use benn_core::{eval, read, read_log, table};
/// let concept = read(&std::fs::read("../examples/weissensee-2023.json").unwrap()).unwrap();
/// let log = read_log(&std::fs::read("../examples/weissensee-2023.log.json").unwrap()).unwrap();
/// let day = "2023-12-31".parse().unwrap();
/// let report = eval::budget::report(&concept, &log.entries, day);
/// let t = table::budget(&concept, &report);
/// assert_eq!(t.rows[0][2], table::Cell::Text("concept".into()));
/// ```
pub fn budget<'a>(concept: &'a Concept, report: &'a BudgetReport) -> Table<'a> {
    let mut t = Table::new("budget", &BUDGET_COLUMNS);
    let as_of = Cell::Date(report.as_of);
    for (i, y) in report.years.iter().enumerate() {
        let year = Cell::Integer(i64::from(y.year));
        t.rows.push(vec![
            as_of.clone(),
            year.clone(),
            Cell::Text("concept".into()),
            Cell::Empty,
            y.budget.map_or(Cell::Empty, Cell::Cents),
            Cell::Cents(standard_for_year(
                concept.site.site_type,
                &concept.period,
                y.year,
            )),
            Cell::Cents(y.planned),
            Cell::Cents(y.spent),
            y.left.map_or(Cell::Empty, Cell::Cents),
            percent(y.elapsed),
            y.spent_share.map_or(Cell::Empty, percent),
        ]);
        let part = |scope: &'static str, field: Cell<'a>, fy: &FieldYear| {
            vec![
                as_of.clone(),
                year.clone(),
                Cell::Text(scope.into()),
                field,
                Cell::Empty,
                Cell::Empty,
                Cell::Cents(fy.planned),
                Cell::Cents(fy.spent),
                Cell::Empty,
                Cell::Empty,
                Cell::Empty,
            ]
        };
        for f in &report.fields {
            if let Some(fy) = f.years.get(i) {
                t.rows
                    .push(part("field", Cell::Text(f.key.as_str().into()), fy));
            }
        }
        for fy in report.unassigned.iter().filter(|u| u.year == y.year) {
            if fy.spent.get() != 0 || fy.planned.get() != 0 {
                t.rows.push(part("unassigned", Cell::Empty, fy));
            }
        }
    }
    t
}

/// The columns of [`coverage`].
pub const COVERAGE_COLUMNS: [Column; 7] = [
    Column::new("field", K::Text),
    Column::new("field_title", K::Text),
    Column::new("kind", K::Text),
    Column::new("code", K::Text),
    Column::new("name", K::Text),
    Column::new("goals", K::Integer),
    Column::new("steps", K::Integer),
];

/// Which planning areas and target groups each action field reaches
/// ([`crate::eval::coverage`]), then the site's planning areas no field
/// reaches (the gaps).
///
/// | column | kind | what |
/// |---|---|---|
/// | `field` | text | key of the action field; empty for a gap |
/// | `field_title` | text | its title |
/// | `kind` | text | `area` (a LOR unit), `target_group`, or `gap` (a planning area of the site no field reaches) |
/// | `code` | text | the LOR code (areas and gaps) |
/// | `name` | text | the LOR name, or the target group |
/// | `goals` | integer | goals of the field that reach it |
/// | `steps` | integer | steps of the field that reach it |
pub fn coverage(coverage: &Coverage) -> Table<'_> {
    let mut t = Table::new("coverage", &COVERAGE_COLUMNS);
    for f in &coverage.fields {
        for a in &f.areas {
            t.rows.push(vec![
                Cell::Text(f.key.as_str().into()),
                Cell::Text(f.title.as_str().into()),
                Cell::Text("area".into()),
                Cell::Text(a.code.as_str().into()),
                Cell::text(a.name.as_deref()),
                count(a.goals),
                count(a.steps),
            ]);
        }
        for g in &f.target_groups {
            t.rows.push(vec![
                Cell::Text(f.key.as_str().into()),
                Cell::Text(f.title.as_str().into()),
                Cell::Text("target_group".into()),
                Cell::Empty,
                Cell::Text(g.name.as_str().into()),
                count(g.goals),
                count(g.steps),
            ]);
        }
    }
    for g in &coverage.gaps {
        t.rows.push(vec![
            Cell::Empty,
            Cell::Empty,
            Cell::Text("gap".into()),
            Cell::Text(g.code.as_str().into()),
            Cell::text(g.name.as_deref()),
            Cell::Integer(0),
            Cell::Integer(0),
        ]);
    }
    t
}

fn count(n: usize) -> Cell<'static> {
    Cell::Integer(i64::try_from(n).unwrap_or(i64::MAX))
}

/// The columns of [`rollup`].
pub const ROLLUP_COLUMNS: [Column; 8] = [
    Column::new("as_of", K::Date),
    Column::new("method", K::Text),
    Column::new("level", K::Text),
    Column::new("field", K::Text),
    Column::new("goal", K::Text),
    Column::new("progress_percent", K::Percent),
    Column::new("steps", K::Integer),
    Column::new("weight", K::Decimal),
];

/// Progress rolled up from the steps ([`crate::eval::rollup`]): a row of the
/// concept, then each action field followed by its goals.
///
/// | column | kind | what |
/// |---|---|---|
/// | `as_of` | date | the day |
/// | `method` | text | `mean`, `weight` or `cost` |
/// | `level` | text | `concept`, `field` or `goal` |
/// | `field` | text | key of the action field (fields and goals) |
/// | `goal` | text | id of the goal (goals) |
/// | `progress_percent` | percent | the rolled-up progress; empty when nothing weighs |
/// | `steps` | integer | steps counted (dropped steps are left out) |
/// | `weight` | decimal | their total weight under the method |
pub fn rollup<'a>(rollup: &'a Rollup) -> Table<'a> {
    let mut t = Table::new("rollup", &ROLLUP_COLUMNS);
    let row = |level: &'static str,
               field: Cell<'a>,
               goal: Cell<'a>,
               progress: Option<f64>,
               steps: usize,
               weight: f64| {
        vec![
            Cell::Date(rollup.as_of),
            Cell::Text(rollup.method.as_str().into()),
            Cell::Text(level.into()),
            field,
            goal,
            progress
                .and_then(|p| Decimal::from_f64(p).ok())
                .map_or(Cell::Empty, Cell::Percent),
            count(steps),
            Decimal::from_f64(weight).map_or(Cell::Empty, Cell::Decimal),
        ]
    };
    t.rows.push(row(
        "concept",
        Cell::Empty,
        Cell::Empty,
        rollup.progress,
        rollup.steps,
        rollup.weight,
    ));
    for f in &rollup.fields {
        t.rows.push(row(
            "field",
            Cell::Text(f.key.as_str().into()),
            Cell::Empty,
            f.progress,
            f.steps,
            f.weight,
        ));
        for g in &f.goals {
            t.rows.push(row(
                "goal",
                Cell::Text(f.key.as_str().into()),
                Cell::Text(g.id.as_str().into()),
                g.progress,
                g.steps,
                g.weight,
            ));
        }
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[allow(clippy::many_single_char_names)] // one letter per table
    fn the_evaluation_tables_of_weissensee() {
        let concept =
            crate::read(include_bytes!("../../../examples/weissensee-2023.json")).unwrap();
        let log =
            crate::read_log(include_bytes!("../../../examples/weissensee-2023.log.json")).unwrap();
        let day = "2024-06-30".parse().unwrap();
        let s = crate::eval::state(&concept, &log.entries, day);
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
        let report = crate::eval::budget::report(&concept, &log.entries, day);
        let b = budget(&concept, &report);
        let total: i64 = b
            .rows
            .iter()
            .filter(|r| r.get(2) == Some(&Cell::Text("concept".into())))
            .filter_map(|r| match r.get(7) {
                Some(Cell::Cents(c)) => Some(c.get()),
                _ => None,
            })
            .sum();
        assert_eq!(total, report.total_spent.get());
        let cov = crate::eval::coverage(&concept);
        let c = coverage(&cov);
        let ru = crate::eval::rollup(&concept, &s, crate::eval::Method::Cost);
        let r = rollup(&ru);
        assert_eq!(r.rows[0][1], Cell::Text("cost".into()));
        for (t, n) in [
            (&t, STATE_COLUMNS.len()),
            (&b, BUDGET_COLUMNS.len()),
            (&c, COVERAGE_COLUMNS.len()),
            (&r, ROLLUP_COLUMNS.len()),
        ] {
            assert!(!t.rows.is_empty(), "{}", t.name);
            assert!(t.rows.iter().all(|row| row.len() == n), "{}", t.name);
        }
    }
}
