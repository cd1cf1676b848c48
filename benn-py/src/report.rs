//! Reports people read (`benn_core::report`): the Kurzfassung, the progress
//! report, the review and the portfolio as HTML or Markdown, and the charts
//! as SVG. The core renders; this only reads the arguments.

use benn_core::eval::Method;
use benn_core::report::{self as core_report, chart as core_chart, Format, Options};
use benn_core::{eval, Concept, Lang, LogEntry};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

use crate::convert::{date, method};
use crate::{Doc, LogDoc};

fn lang(text: &str) -> PyResult<Lang> {
    match text {
        "de" => Ok(Lang::De),
        "en" => Ok(Lang::En),
        other => Err(PyValueError::new_err(format!(
            "lang must be 'de' or 'en', not '{other}'"
        ))),
    }
}

fn format(text: &str) -> PyResult<Format> {
    match text {
        "html" => Ok(Format::Html),
        "markdown" => Ok(Format::Markdown),
        other => Err(PyValueError::new_err(format!(
            "format must be 'html' or 'markdown', not '{other}'"
        ))),
    }
}

fn options(as_of: &str, lang_: &str, method_: &str) -> PyResult<Options> {
    let mut o = Options::new(date("as_of", as_of)?);
    o.lang = lang(lang_)?;
    o.method = method(method_)?;
    Ok(o)
}

fn entries<'a>(concept: &'a Concept, log: Option<&'a LogDoc>) -> Vec<&'a LogEntry> {
    concept
        .log
        .iter()
        .chain(log.into_iter().flat_map(|l| l.log.entries.iter()))
        .collect()
}

/// A report of one concept: `progress` (*Sachstandsbericht*) or
/// `kurzfassung`, as HTML or Markdown.
#[pyfunction]
#[pyo3(signature = (kind, concept, log, as_of, lang, method, format, steps=false))]
#[allow(clippy::too_many_arguments)]
pub(crate) fn report(
    py: Python<'_>,
    kind: &str,
    concept: &Bound<'_, Doc>,
    log: Option<&Bound<'_, LogDoc>>,
    as_of: &str,
    lang: &str,
    method: &str,
    format: &str,
    steps: bool,
) -> PyResult<String> {
    let mut opts = options(as_of, lang, method)?;
    opts.steps = steps;
    let f = self::format(format)?;
    let (c, l) = (&concept.get().concept, log.map(Bound::get));
    match kind {
        "progress" => {
            Ok(py.detach(|| {
                core_report::render(&core_report::progress(c, &entries(c, l), &opts), f)
            }))
        }
        "kurzfassung" => {
            Ok(py.detach(|| core_report::render(&core_report::kurzfassung(c, &opts), f)))
        }
        other => Err(PyValueError::new_err(format!(
            "kind must be 'progress' or 'kurzfassung', not '{other}'"
        ))),
    }
}

/// The review (*Vergleich und Rückblick*) of `previous` for `next`.
#[pyfunction]
#[pyo3(signature = (previous, log, next, as_of, lang, format))]
pub(crate) fn review_report(
    py: Python<'_>,
    previous: &Bound<'_, Doc>,
    log: Option<&Bound<'_, LogDoc>>,
    next: &Bound<'_, Doc>,
    as_of: &str,
    lang: &str,
    format: &str,
) -> PyResult<String> {
    let opts = options(as_of, lang, Method::Mean.as_str())?;
    let f = self::format(format)?;
    let (p, l, n) = (
        &previous.get().concept,
        log.map(Bound::get),
        &next.get().concept,
    );
    Ok(py.detach(|| core_report::render(&core_report::review(p, &entries(p, l), n, &opts), f)))
}

/// The portfolio report of many concepts.
#[pyfunction]
#[pyo3(signature = (items, as_of, lang, method, format))]
#[allow(clippy::needless_pass_by_value)]
pub(crate) fn portfolio_report(
    py: Python<'_>,
    items: Vec<(Bound<'_, Doc>, Option<Bound<'_, LogDoc>>)>,
    as_of: &str,
    lang: &str,
    method: &str,
    format: &str,
) -> PyResult<String> {
    let opts = options(as_of, lang, method)?;
    let f = self::format(format)?;
    let pairs: Vec<(&Concept, Option<&LogDoc>)> = items
        .iter()
        .map(|(c, l)| (&c.get().concept, l.as_ref().map(Bound::get)))
        .collect();
    Ok(py.detach(|| {
        let items: Vec<(&Concept, Vec<&LogEntry>)> =
            pairs.iter().map(|&(c, l)| (c, entries(c, l))).collect();
        core_report::render(&core_report::portfolio(&items, &opts), f)
    }))
}

/// One chart of a concept as SVG: `gantt`, `budget`, `progress` or `shares`.
#[pyfunction]
#[pyo3(signature = (name, concept, log, as_of, lang, method, key))]
#[allow(clippy::too_many_arguments)]
pub(crate) fn chart(
    py: Python<'_>,
    name: &str,
    concept: &Bound<'_, Doc>,
    log: Option<&Bound<'_, LogDoc>>,
    as_of: &str,
    lang: &str,
    method: &str,
    key: &str,
) -> PyResult<String> {
    let opts = options(as_of, lang, method)?;
    let (c, l) = (&concept.get().concept, log.map(Bound::get));
    let (day, lg, m) = (opts.as_of, opts.lang, opts.method);
    let name = name.to_owned();
    py.detach(move || {
        let es = entries(c, l);
        let state = eval::state(c, es.iter().copied(), day);
        Ok(match name.as_str() {
            "gantt" => {
                core_chart::gantt(&core_chart::gantt_rows(c, &state), &c.period, day, lg, key)
            }
            "budget" => {
                core_chart::budget(&eval::budget::report(c, es.iter().copied(), day), lg, key)
            }
            "progress" => core_chart::progress(&eval::rollup(c, &state, m), lg),
            "shares" => core_chart::shares(&eval::shares(c, &state), lg, key),
            other => {
                return Err(PyValueError::new_err(format!(
                    "unknown chart `{other}` (possible: gantt, budget, progress, shares)"
                )))
            }
        })
    })
}
