//! The core's tables (`benn_core::table`) by column, for pandas and for
//! lists of dicts: `{"name", "columns": [{"name", "kind", "values"}]}`.
//!
//! Values by kind: text and list as strings, integer and money (exact
//! cents) as integers, day and month as `YYYY-MM-DD` / `YYYY-MM` text,
//! decimal and percent as their exact text; an empty cell is `null`.

use benn_core::table::{self as core_table, Cell, ColumnKind, Table};
use benn_core::{eval, Concept, LogEntry};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use serde::Serialize;
use serde_json::Value;

use crate::convert::{date, method, to_json};
use crate::{Doc, LogDoc};

/// One column with its values.
#[derive(Serialize)]
struct ColumnOut {
    name: &'static str,
    kind: &'static str,
    values: Vec<Value>,
}

/// A table by column.
#[derive(Serialize)]
struct TableOut {
    name: &'static str,
    columns: Vec<ColumnOut>,
}

fn kind_name(kind: ColumnKind) -> &'static str {
    match kind {
        ColumnKind::Text => "text",
        ColumnKind::Integer => "integer",
        ColumnKind::Cents => "cents",
        ColumnKind::Date => "date",
        ColumnKind::YearMonth => "month",
        ColumnKind::Decimal => "decimal",
        ColumnKind::Percent => "percent",
        ColumnKind::List => "list",
    }
}

fn value(cell: &Cell) -> Value {
    match cell {
        Cell::Empty => Value::Null,
        Cell::Text(s) => Value::String(s.clone()),
        Cell::Integer(i) => Value::from(*i),
        Cell::Cents(c) => Value::from(c.get()),
        Cell::Date(d) => Value::String(d.to_string()),
        Cell::YearMonth(m) => Value::String(m.to_string()),
        Cell::Decimal(d) | Cell::Percent(d) => Value::String(d.as_str().to_owned()),
        Cell::List(items) => Value::from(items.clone()),
    }
}

fn by_column(t: &Table) -> TableOut {
    let columns = t
        .columns
        .iter()
        .enumerate()
        .map(|(i, c)| ColumnOut {
            name: c.name,
            kind: kind_name(c.kind),
            values: t
                .rows
                .iter()
                .map(|r| r.get(i).map_or(Value::Null, value))
                .collect(),
        })
        .collect();
    TableOut {
        name: t.name,
        columns,
    }
}

/// The names of the tables.
const NAMES: &str = "steps, goals, indicators, log, state, rollup, budget, coverage";

/// The table `name` of a concept (and its log file) by column, as JSON.
/// `state`, `rollup` and `budget` need `as_of`; `rollup` also `method`.
#[pyfunction]
#[pyo3(signature = (name, concept, log=None, as_of=None, method="mean"))]
pub(crate) fn table(
    py: Python<'_>,
    name: &str,
    concept: &Bound<'_, Doc>,
    log: Option<&Bound<'_, LogDoc>>,
    as_of: Option<&str>,
    method: &str,
) -> PyResult<String> {
    let m = self::method(method)?;
    let day = match (name, as_of) {
        ("state" | "rollup" | "budget", None) => {
            return Err(PyValueError::new_err(format!(
                "the table `{name}` needs as_of"
            )))
        }
        (_, Some(d)) => Some(date("as_of", d)?),
        (_, None) => None,
    };
    let c: &Concept = &concept.get().concept;
    let l = log.map(Bound::get);
    let name = name.to_owned();
    py.detach(move || {
        let entries: Vec<&LogEntry> = c
            .log
            .iter()
            .chain(l.into_iter().flat_map(|l| l.log.entries.iter()))
            .collect();
        let t = match (name.as_str(), day) {
            ("steps", _) => core_table::steps(c),
            ("goals", _) => core_table::goals(c),
            ("indicators", _) => core_table::indicators(c),
            ("coverage", _) => core_table::coverage(&eval::coverage(c)),
            ("log", _) => {
                let owned: Vec<LogEntry> = entries.iter().map(|&e| e.clone()).collect();
                core_table::log(&owned)
            }
            ("state", Some(d)) => core_table::state(c, &eval::state(c, entries, d)),
            ("rollup", Some(d)) => {
                core_table::rollup(&eval::rollup(c, &eval::state(c, entries, d), m))
            }
            ("budget", Some(d)) => core_table::budget(c, &eval::budget::report(c, entries, d)),
            _ => {
                return Err(PyValueError::new_err(format!(
                    "unknown table `{name}` (possible: {NAMES})"
                )))
            }
        };
        to_json(&by_column(&t))
    })
}
