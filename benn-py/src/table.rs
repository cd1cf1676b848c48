//! The core's tables (`benn_core::table`) by column, for pandas and for
//! lists of dicts: `(name, [(column, kind, values, missing)])`.
//!
//! Values by kind, made here directly as Python objects (no JSON on the way,
//! so a table of 100 000 rows is cheap):
//! - `text`: a list of `str` or `None`; `list`: a list of tuples of `str`
//!   (rows with equal texts or lists share one object);
//! - `integer` and `cents` (exact cents): `bytes` of little-endian `i64`;
//! - `date` and `month` (its first day): `bytes` of little-endian `i64`
//!   days since 1970-01-01;
//! - `decimal` and `percent`: `bytes` of little-endian `f64`;
//!
//! and for the byte kinds `missing`: `bytes` with 1 for an empty cell, else 0
//! (`None` for the other kinds).

use std::collections::HashMap;

use benn_core::table::{self as core_table, Cell, ColumnKind, Table};
use benn_core::{eval, Concept, Date, LogEntry};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyList, PyString, PyTuple};

use crate::convert::{date, method};
use crate::{Doc, LogDoc};

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

/// Days since 1970-01-01 of a day (the proleptic Gregorian calendar).
fn unix_days(d: Date) -> i64 {
    let (y, m, day) = (
        i64::from(d.year()),
        i64::from(d.month()),
        i64::from(d.day()),
    );
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// A cell of a byte kind as its 8 bytes, or `None` when empty.
fn number_bytes(cell: &Cell) -> Option<[u8; 8]> {
    match cell {
        Cell::Integer(i) => Some(i.to_le_bytes()),
        Cell::Cents(c) => Some(c.get().to_le_bytes()),
        Cell::Date(d) => Some(unix_days(*d).to_le_bytes()),
        Cell::YearMonth(m) => Date::new(m.year(), m.month(), 1)
            .ok()
            .map(|d| unix_days(d).to_le_bytes()),
        Cell::Decimal(x) | Cell::Percent(x) => Some(x.value().to_le_bytes()),
        _ => None,
    }
}

/// Rows looked at before a text column stops sharing objects (when nearly
/// every text was new).
const SAMPLE_ROWS: usize = 256;

/// One column as Python objects: (name, kind, values, missing).
fn column<'py>(py: Python<'py>, t: &Table, i: usize) -> PyResult<Column<'py>> {
    let col = t
        .columns
        .get(i)
        .ok_or_else(|| PyValueError::new_err("column"))?;
    let cells = t.rows.iter().map(|r| r.get(i).unwrap_or(&Cell::Empty));
    let kind = kind_name(col.kind);
    match col.kind {
        ColumnKind::Text => {
            // Texts repeat (field, goal, status, ...): one Python object per
            // distinct text, unless the first rows show a column of unique
            // texts (ids, descriptions), where looking up would only cost.
            let mut seen: HashMap<&str, Bound<'py, PyString>> = HashMap::new();
            let mut share = true;
            let values: Vec<Option<Bound<'py, PyString>>> = cells
                .enumerate()
                .map(|(row, c)| match c {
                    Cell::Text(s) if share => {
                        if row == SAMPLE_ROWS && seen.len() * 10 > SAMPLE_ROWS * 9 {
                            share = false;
                            seen.clear();
                            return Some(PyString::new(py, s));
                        }
                        Some(
                            seen.entry(s.as_str())
                                .or_insert_with(|| PyString::new(py, s))
                                .clone(),
                        )
                    }
                    Cell::Text(s) => Some(PyString::new(py, s)),
                    _ => None,
                })
                .collect();
            Ok((col.name, kind, PyList::new(py, values)?.into_any(), None))
        }
        ColumnKind::List => {
            // Tuples (immutable, so rows may share one): one per distinct list.
            let mut seen: HashMap<&[String], Bound<'py, PyTuple>> = HashMap::new();
            let mut values = Vec::with_capacity(t.rows.len());
            for c in cells {
                let items: &[String] = match c {
                    Cell::List(items) => items,
                    _ => &[],
                };
                let tuple = if let Some(t) = seen.get(items) {
                    t.clone()
                } else {
                    let t = PyTuple::new(py, items)?;
                    seen.insert(items, t.clone());
                    t
                };
                values.push(tuple);
            }
            Ok((col.name, kind, PyList::new(py, values)?.into_any(), None))
        }
        _ => {
            let mut data = Vec::with_capacity(t.rows.len() * 8);
            let mut missing = Vec::with_capacity(t.rows.len());
            for c in cells {
                let bytes = number_bytes(c);
                data.extend_from_slice(&bytes.unwrap_or_default());
                missing.push(u8::from(bytes.is_none()));
            }
            Ok((
                col.name,
                kind,
                PyBytes::new(py, &data).into_any(),
                Some(PyBytes::new(py, &missing)),
            ))
        }
    }
}

/// The names of the tables.
const NAMES: &str = "steps, goals, indicators, log, state, rollup, budget, coverage";

/// The table `name` of a concept (and its log file) by column, as JSON.
/// `state`, `rollup` and `budget` need `as_of`; `rollup` also `method`.
#[pyfunction]
#[pyo3(signature = (name, concept, log=None, as_of=None, method="mean"))]
pub(crate) fn table<'py>(
    py: Python<'py>,
    name: &str,
    concept: &Bound<'py, Doc>,
    log: Option<&Bound<'py, LogDoc>>,
    as_of: Option<&str>,
    method: &str,
) -> PyResult<(&'static str, Vec<Column<'py>>)> {
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
    let t = py.detach(move || {
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
            ("log", _) => match l {
                None => core_table::log(&c.log),
                Some(l) if c.log.is_empty() => core_table::log(&l.log.entries),
                Some(_) => {
                    let owned: Vec<LogEntry> = entries.iter().map(|&e| e.clone()).collect();
                    core_table::log(&owned)
                }
            },
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
        Ok(t)
    })?;
    let columns = (0..t.columns.len())
        .map(|i| column(py, &t, i))
        .collect::<PyResult<Vec<_>>>()?;
    Ok((t.name, columns))
}

/// A column as [`table`] returns it.
type Column<'py> = (
    &'static str,
    &'static str,
    Bound<'py, PyAny>,
    Option<Bound<'py, PyBytes>>,
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unix_days_agree_with_the_core() {
        let mut checked = 0;
        for days in (0..80_000_i64).step_by(7) {
            if let Ok(d) = Date::from_unix_days(days) {
                assert_eq!(unix_days(d), days, "{d}");
                checked += 1;
            }
        }
        assert!(checked > 1_000);
        let leap = Date::new(2024, 2, 29).unwrap();
        assert_eq!(unix_days(leap), 19_782);
    }
}
