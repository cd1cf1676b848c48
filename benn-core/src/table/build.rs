//! The builders of the concept's tables: pure functions from the model to a
//! [`Table`]. Every builder documents its columns; they are stable.

use serde::Serialize;

use crate::model::{
    ActionField, Cents, Concept, Decimal, Goal, Id, IndicatorValue, LorCode, Measurement, Step,
    StepStatus,
};

use super::{Cell, Column, ColumnKind as K, Table};

/// The name a value of a model enum has in the format (`in_progress`), from
/// its one declaration (serde).
pub(crate) fn format_name<T: Serialize>(v: &T) -> String {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

fn ids(ids: &[Id]) -> Cell<'_> {
    Cell::list(ids.iter().map(Id::as_str))
}

fn texts(items: &[String]) -> Cell<'_> {
    Cell::list(items.iter().map(String::as_str))
}

fn areas(codes: &[LorCode]) -> [Cell<'_>; 2] {
    [
        Cell::list(codes.iter().map(LorCode::as_str)),
        Cell::list(
            codes
                .iter()
                .map(|c| crate::lor::find_code(c).map_or("", |u| u.name())),
        ),
    ]
}

/// The columns of [`steps`].
pub const STEP_COLUMNS: [Column; 14] = [
    Column::new("field", K::Text),
    Column::new("goal", K::Text),
    Column::new("step", K::Text),
    Column::new("text", K::Text),
    Column::new("status", K::Text),
    Column::new("start", K::YearMonth),
    Column::new("end", K::YearMonth),
    Column::new("responsible", K::Text),
    Column::new("partners", K::List),
    Column::new("planned_cost_eur", K::Cents),
    Column::new("planning_areas", K::List),
    Column::new("planning_area_names", K::List),
    Column::new("bodies", K::List),
    Column::new("weight", K::Decimal),
];

/// One row per step (*Handlungsschritt*), in the concept's order: the steps of
/// each goal, then the steps of the action field itself.
///
/// | column | kind | what |
/// |---|---|---|
/// | `field` | text | key of the action field (*Handlungsfeld*), e.g. `begegnung` |
/// | `goal` | text | id of the goal (*Ziel*); empty for a step of the field itself |
/// | `step` | text | id of the step |
/// | `text` | text | what will be done |
/// | `status` | text | `planned`, `in_progress`, `done`, `postponed` or `dropped` |
/// | `start`, `end` | month | the timeframe; empty when the step runs through the period |
/// | `responsible` | text | who is responsible (*Verantwortlich*) |
/// | `partners` | list | partner organisations (*Kooperationspartner*) |
/// | `planned_cost_eur` | money | planned cost from the action budget |
/// | `planning_areas` | list | LOR codes where the step takes place |
/// | `planning_area_names` | list | their LOR 2021 names, line by line beside the codes (empty for an unknown code) |
/// | `bodies` | list | ids of participation bodies involved |
/// | `weight` | decimal | weight in roll-ups; empty means 1 |
///
/// ```
/// let concept = benn_core::read(&std::fs::read("../examples/weissensee-2023.json").unwrap()).unwrap();
/// let t = benn_core::table::steps(&concept);
/// assert_eq!(t.rows.len(), concept.steps().count());
/// assert_eq!(t.columns[2].name, "step");
/// ```
pub fn steps(concept: &Concept) -> Table<'_> {
    let mut t = Table::new("steps", &STEP_COLUMNS);
    for field in &concept.action_fields {
        for goal in &field.goals {
            for step in &goal.steps {
                t.rows.push(step_row(field, Some(goal), step));
            }
        }
        for step in &field.steps {
            t.rows.push(step_row(field, None, step));
        }
    }
    t
}

fn step_row<'a>(field: &'a ActionField, goal: Option<&'a Goal>, step: &'a Step) -> Vec<Cell<'a>> {
    let [codes, names] = areas(&step.planning_areas);
    vec![
        Cell::Text(field.key.as_str().into()),
        Cell::text(goal.map(|g| g.id.as_str())),
        Cell::Text(step.id.as_str().into()),
        Cell::Text(step.text.as_str().into()),
        Cell::Text(step.status.as_str().into()),
        step.timeframe
            .map_or(Cell::Empty, |t| Cell::YearMonth(t.start)),
        step.timeframe
            .map_or(Cell::Empty, |t| Cell::YearMonth(t.end)),
        Cell::text(step.responsible.as_deref()),
        texts(&step.partners),
        step.planned_cost_cents.map_or(Cell::Empty, Cell::Cents),
        codes,
        names,
        ids(&step.bodies),
        step.weight
            .and_then(|w| Decimal::from_f64(w).ok())
            .map_or(Cell::Empty, Cell::Decimal),
    ]
}

/// The columns of [`goals`].
pub const GOAL_COLUMNS: [Column; 12] = [
    Column::new("field", K::Text),
    Column::new("field_title", K::Text),
    Column::new("goal", K::Text),
    Column::new("text", K::Text),
    Column::new("impact_level", K::Text),
    Column::new("target_groups", K::List),
    Column::new("planning_areas", K::List),
    Column::new("planning_area_names", K::List),
    Column::new("bodies", K::List),
    Column::new("indicators", K::Integer),
    Column::new("steps", K::Integer),
    Column::new("planned_cost_eur", K::Cents),
];

/// One row per goal (*Ziel*), in the concept's order.
///
/// | column | kind | what |
/// |---|---|---|
/// | `field` | text | key of the action field |
/// | `field_title` | text | the action field's title as the site wrote it |
/// | `goal` | text | id of the goal |
/// | `text` | text | the goal |
/// | `impact_level` | text | level on the impact staircase, e.g. `reached`; empty when not given |
/// | `target_groups` | list | target groups (*Zielgruppen*) |
/// | `planning_areas` | list | LOR codes the goal targets |
/// | `planning_area_names` | list | their LOR 2021 names, beside the codes |
/// | `bodies` | list | ids of participation bodies |
/// | `indicators` | integer | number of indicators |
/// | `steps` | integer | number of steps |
/// | `planned_cost_eur` | money | planned cost of its steps, dropped steps left out (as in [`crate::eval::budget`]); empty when no step names a cost |
pub fn goals(concept: &Concept) -> Table<'_> {
    let mut t = Table::new("goals", &GOAL_COLUMNS);
    for field in &concept.action_fields {
        for goal in &field.goals {
            let [codes, names] = areas(&goal.planning_areas);
            let costs: Vec<Cents> = goal
                .steps
                .iter()
                .filter(|s| s.status != StepStatus::Dropped)
                .filter_map(|s| s.planned_cost_cents)
                .collect();
            let cost = if costs.is_empty() {
                Cell::Empty
            } else {
                Cell::Cents(costs.into_iter().sum())
            };
            t.rows.push(vec![
                Cell::Text(field.key.as_str().into()),
                Cell::Text(field.title.as_str().into()),
                Cell::Text(goal.id.as_str().into()),
                Cell::Text(goal.text.as_str().into()),
                goal.impact_level
                    .map_or(Cell::Empty, |l| Cell::owned(format_name(&l))),
                texts(&goal.target_groups),
                codes,
                names,
                ids(&goal.bodies),
                count(goal.indicators.len()),
                count(goal.steps.len()),
                cost,
            ]);
        }
    }
    t
}

fn count(n: usize) -> Cell<'static> {
    Cell::Integer(i64::try_from(n).unwrap_or(i64::MAX))
}

/// The columns of [`indicators`].
pub const INDICATOR_COLUMNS: [Column; 13] = [
    Column::new("field", K::Text),
    Column::new("goal", K::Text),
    Column::new("indicator", K::Text),
    Column::new("name", K::Text),
    Column::new("measure", K::Text),
    Column::new("unit", K::Text),
    Column::new("direction", K::Text),
    Column::new("baseline", K::Decimal),
    Column::new("baseline_text", K::Text),
    Column::new("baseline_date", K::Date),
    Column::new("target", K::Decimal),
    Column::new("target_text", K::Text),
    Column::new("target_date", K::Date),
];

/// One row per indicator, in the concept's order.
///
/// | column | kind | what |
/// |---|---|---|
/// | `field` | text | key of the action field |
/// | `goal` | text | id of the goal |
/// | `indicator` | text | id of the indicator |
/// | `name` | text | what is measured |
/// | `measure` | text | `unit`, `percentage` or `qualitative` |
/// | `unit` | text | unit of a `unit` measure |
/// | `direction` | text | `increase` or `decrease`; empty for qualitative ones |
/// | `baseline` | decimal | the baseline value when it is a number |
/// | `baseline_text` | text | the baseline when it is words (qualitative) |
/// | `baseline_date` | date | the day the baseline refers to |
/// | `target`, `target_text`, `target_date` | | the same for the target |
pub fn indicators(concept: &Concept) -> Table<'_> {
    let mut t = Table::new("indicators", &INDICATOR_COLUMNS);
    for field in &concept.action_fields {
        for goal in &field.goals {
            for ind in &goal.indicators {
                let mut row = vec![
                    Cell::Text(field.key.as_str().into()),
                    Cell::Text(goal.id.as_str().into()),
                    Cell::Text(ind.id.as_str().into()),
                    Cell::Text(ind.name.as_str().into()),
                    Cell::owned(format_name(&ind.measure)),
                    Cell::text(ind.unit.as_deref()),
                    ind.direction
                        .map_or(Cell::Empty, |d| Cell::owned(format_name(&d))),
                ];
                row.extend(measurement(ind.baseline.as_ref()));
                row.extend(measurement(ind.target.as_ref()));
                t.rows.push(row);
            }
        }
    }
    t
}

/// A value as a number cell and a text cell, one of them empty.
pub(crate) fn value_cells(v: Option<&IndicatorValue>) -> [Cell<'_>; 2] {
    match v {
        Some(IndicatorValue::Number(d)) => [Cell::Decimal(d.clone()), Cell::Empty],
        Some(IndicatorValue::Text(s)) => [Cell::Empty, Cell::Text(s.as_str().into())],
        None => [Cell::Empty, Cell::Empty],
    }
}

fn measurement(m: Option<&Measurement>) -> [Cell<'_>; 3] {
    let [number, text] = value_cells(m.map(|m| &m.value));
    let date = m.and_then(|m| m.date).map_or(Cell::Empty, Cell::Date);
    [number, text, date]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn weissensee() -> Concept {
        crate::read(include_bytes!("../../../examples/weissensee-2023.json")).unwrap()
    }

    #[test]
    fn every_row_has_one_cell_per_column() {
        let c = weissensee();
        for t in [steps(&c), goals(&c), indicators(&c)] {
            assert!(!t.rows.is_empty(), "{}", t.name);
            for row in &t.rows {
                assert_eq!(row.len(), t.columns.len(), "{}", t.name);
            }
        }
        assert_eq!(goals(&c).rows.len(), c.goals().count());
    }

    #[test]
    fn planning_areas_carry_their_lor_names() {
        let c = weissensee();
        let t = steps(&c);
        let (codes, names) = (
            t.column("planning_areas").unwrap(),
            t.column("planning_area_names").unwrap(),
        );
        let row = t
            .rows
            .iter()
            .find(|r| matches!(&r[codes], Cell::List(l) if !l.is_empty()))
            .expect("a step with planning areas");
        let (Cell::List(codes), Cell::List(names)) = (&row[codes], &row[names]) else {
            panic!("lists")
        };
        assert_eq!(codes.len(), names.len());
        assert_eq!(crate::lor::find(&codes[0]).unwrap().name(), names[0]);
    }

    #[test]
    fn status_names_are_the_format_names() {
        for s in StepStatus::ALL {
            assert_eq!(format_name(&s), s.as_str());
        }
    }
}
