//! Evaluation (`benn_core::eval`) and the tracking log (`benn_core::track`):
//! each function reads its handles, calls the core without the GIL and
//! returns the result as JSON text.

use benn_core::{eval, track, Concept, LogEntry};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

use crate::convert::{core_error, date, internal, method, to_json};
use crate::{Doc, LogDoc};

/// The entries that count for a concept: its own log, then the log file's.
fn entries<'a>(concept: &'a Concept, log: Option<&'a LogDoc>) -> Vec<&'a LogEntry> {
    concept
        .log
        .iter()
        .chain(log.into_iter().flat_map(|l| l.log.entries.iter()))
        .collect()
}

/// The state of every step on `as_of` (`eval::state`), as JSON.
#[pyfunction]
#[pyo3(signature = (concept, log, as_of))]
pub(crate) fn state(
    py: Python<'_>,
    concept: &Bound<'_, Doc>,
    log: Option<&Bound<'_, LogDoc>>,
    as_of: &str,
) -> PyResult<String> {
    let day = date("as_of", as_of)?;
    let (c, l) = (&concept.get().concept, log.map(Bound::get));
    py.detach(|| to_json(&eval::state(c, entries(c, l), day)))
}

/// The roll-up of progress by `method` on `as_of` (`eval::rollup`), as JSON.
#[pyfunction]
#[pyo3(signature = (concept, log, as_of, method))]
pub(crate) fn rollup(
    py: Python<'_>,
    concept: &Bound<'_, Doc>,
    log: Option<&Bound<'_, LogDoc>>,
    as_of: &str,
    method: &str,
) -> PyResult<String> {
    let (day, m) = (date("as_of", as_of)?, self::method(method)?);
    let (c, l) = (&concept.get().concept, log.map(Bound::get));
    py.detach(|| {
        let s = eval::state(c, entries(c, l), day);
        to_json(&eval::rollup(c, &s, m))
    })
}

/// The status shares on `as_of` (`eval::shares`), as JSON.
#[pyfunction]
#[pyo3(signature = (concept, log, as_of))]
pub(crate) fn shares(
    py: Python<'_>,
    concept: &Bound<'_, Doc>,
    log: Option<&Bound<'_, LogDoc>>,
    as_of: &str,
) -> PyResult<String> {
    let day = date("as_of", as_of)?;
    let (c, l) = (&concept.get().concept, log.map(Bound::get));
    py.detach(|| {
        let s = eval::state(c, entries(c, l), day);
        to_json(&eval::shares(c, &s))
    })
}

/// The budget report on `as_of` (`eval::budget::report`), as JSON.
#[pyfunction]
#[pyo3(signature = (concept, log, as_of))]
pub(crate) fn budget(
    py: Python<'_>,
    concept: &Bound<'_, Doc>,
    log: Option<&Bound<'_, LogDoc>>,
    as_of: &str,
) -> PyResult<String> {
    let day = date("as_of", as_of)?;
    let (c, l) = (&concept.get().concept, log.map(Bound::get));
    py.detach(|| to_json(&eval::budget::report(c, entries(c, l), day)))
}

/// The indicators on `as_of` (`eval::indicators`), as JSON.
#[pyfunction]
#[pyo3(signature = (concept, log, as_of))]
pub(crate) fn indicators(
    py: Python<'_>,
    concept: &Bound<'_, Doc>,
    log: Option<&Bound<'_, LogDoc>>,
    as_of: &str,
) -> PyResult<String> {
    let day = date("as_of", as_of)?;
    let (c, l) = (&concept.get().concept, log.map(Bound::get));
    py.detach(|| to_json(&eval::indicators(c, entries(c, l), day)))
}

/// The coverage of planning areas and target groups (`eval::coverage`), as JSON.
#[pyfunction]
pub(crate) fn coverage(py: Python<'_>, concept: &Bound<'_, Doc>) -> PyResult<String> {
    let c = &concept.get().concept;
    py.detach(|| to_json(&eval::coverage(c)))
}

/// Two versions side by side (`eval::compare`), as JSON.
#[pyfunction]
pub(crate) fn compare(
    py: Python<'_>,
    old: &Bound<'_, Doc>,
    new: &Bound<'_, Doc>,
) -> PyResult<String> {
    let (o, n) = (&old.get().concept, &new.get().concept);
    py.detach(|| to_json(&eval::compare(o, n)))
}

/// The review of the previous concept's goals for the next (`eval::review`), as JSON.
#[pyfunction]
#[pyo3(signature = (previous, log, next, as_of))]
pub(crate) fn review(
    py: Python<'_>,
    previous: &Bound<'_, Doc>,
    log: Option<&Bound<'_, LogDoc>>,
    next: &Bound<'_, Doc>,
    as_of: &str,
) -> PyResult<String> {
    let day = date("as_of", as_of)?;
    let (p, l, n) = (
        &previous.get().concept,
        log.map(Bound::get),
        &next.get().concept,
    );
    py.detach(|| to_json(&eval::review(p, entries(p, l), n, day)))
}

/// Many concepts on one day (`eval::portfolio`), as JSON. `items` pairs each
/// concept with its log file, if any.
#[pyfunction]
#[pyo3(signature = (items, as_of, method))]
#[allow(clippy::needless_pass_by_value)]
pub(crate) fn portfolio(
    py: Python<'_>,
    items: Vec<(Bound<'_, Doc>, Option<Bound<'_, LogDoc>>)>,
    as_of: &str,
    method: &str,
) -> PyResult<String> {
    let (day, m) = (date("as_of", as_of)?, self::method(method)?);
    let pairs: Vec<(&Concept, Option<&LogDoc>)> = items
        .iter()
        .map(|(c, l)| (&c.get().concept, l.as_ref().map(Bound::get)))
        .collect();
    py.detach(|| {
        let items: Vec<(&Concept, Vec<&LogEntry>)> =
            pairs.iter().map(|&(c, l)| (c, entries(c, l))).collect();
        to_json(&eval::portfolio(&items, day, m))
    })
}

/// One log entry from its JSON (a dict of the format), checked by the core;
/// returns it written canonically. Raises `benn.ValidationError`.
#[pyfunction]
pub(crate) fn entry(py: Python<'_>, json: &str) -> PyResult<String> {
    let one = read_entry(py, json)?;
    to_json(&one)
}

fn read_entry(py: Python<'_>, json: &str) -> PyResult<LogEntry> {
    let doc = format!("{{\"format_version\": 3, \"concept\": \"entry\", \"entries\": [{json}]}}");
    let log = py
        .detach(|| benn_core::read_log(doc.as_bytes()))
        .map_err(|e| core_error(py, &e, Some("log entry: ")))?;
    log.entries
        .into_iter()
        .next()
        .ok_or_else(|| PyValueError::new_err("log entry: no entry"))
}

/// Appends an entry (JSON of the format) to a document's text (a concept
/// with its `log` or a log file) without rewriting the rest (`track::append_entry`).
#[pyfunction]
pub(crate) fn append_entry(py: Python<'_>, text: &str, entry: &str) -> PyResult<String> {
    let e = read_entry(py, entry)?;
    py.detach(|| track::append_entry(text, &e))
        .map_err(|e| internal(e.code(), &e.to_string()))
}

/// The next free entry id for a day (`track::next_id`), over the entries of
/// the concept and its log file.
#[pyfunction]
#[pyo3(signature = (concept, log, day))]
pub(crate) fn next_id(
    concept: Option<&Bound<'_, Doc>>,
    log: Option<&Bound<'_, LogDoc>>,
    day: &str,
) -> PyResult<String> {
    let day = date("date", day)?;
    let mut all: Vec<LogEntry> = Vec::new();
    if let Some(c) = concept {
        all.extend(c.get().concept.log.iter().cloned());
    }
    if let Some(l) = log {
        all.extend(l.get().log.entries.iter().cloned());
    }
    Ok(track::next_id(&all, day).to_string())
}

/// Merges two copies of a log (`track::merge`): `{"entries", "conflicts"}` as JSON.
#[pyfunction]
pub(crate) fn merge(
    py: Python<'_>,
    a: &Bound<'_, LogDoc>,
    b: &Bound<'_, LogDoc>,
) -> PyResult<String> {
    let (a, b) = (&a.get().log.entries, &b.get().log.entries);
    py.detach(|| to_json(&track::merge(a, b)))
}
