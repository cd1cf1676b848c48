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

use std::borrow::Cow;
use std::collections::HashMap;

use benn_core::table::{self as core_table, Cell, ColumnKind, Table};
use benn_core::{Concept, Date};
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

/// A cell of a byte kind as its 8 bytes, or `None` when empty.
fn number_bytes(cell: &Cell) -> Option<[u8; 8]> {
    match cell {
        Cell::Integer(i) => Some(i.to_le_bytes()),
        Cell::Cents(c) => Some(c.get().to_le_bytes()),
        Cell::Date(d) => Some(d.to_unix_days().to_le_bytes()),
        Cell::YearMonth(m) => Date::new(m.year(), m.month(), 1)
            .ok()
            .map(|d| d.to_unix_days().to_le_bytes()),
        Cell::Decimal(x) | Cell::Percent(x) => Some(x.value().to_le_bytes()),
        _ => None,
    }
}

/// Rows looked at before a text column stops sharing objects (when nearly
/// every text was new).
const SAMPLE_ROWS: usize = 256;

/// A hash map keyed by the table's own texts, with a fast hash (the texts
/// come from the document, not from an attacker choosing collisions for a
/// long-running service; foldhash still seeds per map).
type Seen<'t, V> = HashMap<&'t str, V, foldhash::fast::RandomState>;

/// One column's values as they are gathered, row by row.
enum Builder<'t, 'py> {
    /// Texts repeat (field, goal, status, ...): one Python object per
    /// distinct text, unless the first rows show a column of unique texts
    /// (ids, descriptions), where looking up would only cost.
    Text {
        values: Vec<Option<Bound<'py, PyString>>>,
        seen: Seen<'t, Bound<'py, PyString>>,
        share: bool,
    },
    /// Tuples (immutable, so rows may share one): one per distinct list.
    List {
        values: Vec<Bound<'py, PyTuple>>,
        seen: HashMap<&'t [Cow<'t, str>], Bound<'py, PyTuple>, foldhash::fast::RandomState>,
    },
    /// Packed little-endian 64-bit values and a byte per row: 1 when empty.
    Bytes { data: Vec<u8>, missing: Vec<u8> },
}

impl<'t, 'py> Builder<'t, 'py> {
    fn new(kind: ColumnKind, rows: usize) -> Self {
        match kind {
            ColumnKind::Text => Builder::Text {
                values: Vec::with_capacity(rows),
                seen: Seen::default(),
                share: true,
            },
            ColumnKind::List => Builder::List {
                values: Vec::with_capacity(rows),
                seen: HashMap::default(),
            },
            _ => Builder::Bytes {
                data: Vec::with_capacity(rows * 8),
                missing: Vec::with_capacity(rows),
            },
        }
    }

    fn push(&mut self, py: Python<'py>, row: usize, cell: &'t Cell) -> PyResult<()> {
        match self {
            Builder::Text {
                values,
                seen,
                share,
            } => {
                let value = match cell {
                    Cell::Text(s) if *share => {
                        if row == SAMPLE_ROWS && seen.len() * 10 > SAMPLE_ROWS * 9 {
                            *share = false;
                            *seen = Seen::default();
                            Some(PyString::new(py, s))
                        } else {
                            Some(
                                seen.entry(s.as_ref())
                                    .or_insert_with(|| PyString::new(py, s))
                                    .clone(),
                            )
                        }
                    }
                    Cell::Text(s) => Some(PyString::new(py, s)),
                    _ => None,
                };
                values.push(value);
            }
            Builder::List { values, seen } => {
                let items: &[Cow<'t, str>] = match cell {
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
            Builder::Bytes { data, missing } => {
                let bytes = number_bytes(cell);
                data.extend_from_slice(&bytes.unwrap_or_default());
                missing.push(u8::from(bytes.is_none()));
            }
        }
        Ok(())
    }

    fn finish(self, py: Python<'py>) -> PyResult<(Bound<'py, PyAny>, Option<Bound<'py, PyBytes>>)> {
        Ok(match self {
            Builder::Text { values, .. } => (PyList::new(py, values)?.into_any(), None),
            Builder::List { values, .. } => (PyList::new(py, values)?.into_any(), None),
            Builder::Bytes { data, missing } => (
                PyBytes::new(py, &data).into_any(),
                Some(PyBytes::new(py, &missing)),
            ),
        })
    }
}

/// Every column as Python objects: (name, kind, values, missing). One pass
/// over the rows, filling all columns at once: a row's cells lie together
/// in memory, a column's do not.
fn columns<'py>(py: Python<'py>, t: &Table) -> PyResult<Vec<Column<'py>>> {
    let mut builders: Vec<Builder<'_, 'py>> = t
        .columns
        .iter()
        .map(|c| Builder::new(c.kind, t.rows.len()))
        .collect();
    for (i, row) in t.rows.iter().enumerate() {
        for (j, b) in builders.iter_mut().enumerate() {
            b.push(py, i, row.get(j).unwrap_or(&Cell::Empty))?;
        }
    }
    t.columns
        .iter()
        .zip(builders)
        .map(|(c, b)| {
            let (values, missing) = b.finish(py)?;
            Ok((c.name, kind_name(c.kind), values, missing))
        })
        .collect()
}

/// The table `name` of a concept (and its log file) by column
/// ([`core_table::named`]). `state`, `rollup` and `budget` need `as_of`;
/// `rollup` also `method`.
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
    let day = as_of.map(|d| date("as_of", d)).transpose()?;
    let c: &Concept = &concept.get().concept;
    let l = log.map(Bound::get);
    let name = name.to_owned();
    let t = py
        .detach(move || {
            let entries = c
                .log
                .iter()
                .chain(l.into_iter().flat_map(|l| l.log.entries.iter()));
            core_table::named(&name, c, entries, day, m)
        })
        .map_err(|e| PyValueError::new_err(e.to_string()))?;
    let columns = columns(py, &t)?;
    Ok((t.name, columns))
}

/// A column as [`table`] returns it.
type Column<'py> = (
    &'static str,
    &'static str,
    Bound<'py, PyAny>,
    Option<Bound<'py, PyBytes>>,
);
