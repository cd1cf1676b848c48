//! Python bindings: `benn._benn`. Only conversions live here; the public API
//! (`benn.load`, `benn.validate`, the model classes, ...) and the exception
//! classes are in `python/benn/`. Documents go in as bytes or text; results
//! come back as JSON text, which the Python side turns into its objects.
//!
//! A read concept or log stays on this side as a frozen handle ([`Doc`],
//! [`LogDoc`]) so evaluation does not read it again. Handles are immutable,
//! hence safe to share between threads; every call that may take long runs
//! without the GIL (`Python::detach`).

mod convert;
mod eval;
mod report;
mod table;

use benn_core::{Code, Concept, Log};
use pyo3::prelude::*;

use convert::{bytes_of, core_error, internal, options};

/// A concept read by the core (immutable; safe to share between threads).
#[derive(Debug)]
#[pyclass(frozen, module = "benn._benn")]
pub struct Doc {
    pub(crate) concept: Concept,
}

/// A log file read by the core (immutable; safe to share between threads).
#[derive(Debug)]
#[pyclass(frozen, module = "benn._benn")]
pub struct LogDoc {
    pub(crate) log: Log,
}

#[pymethods]
impl Doc {
    /// The concept written canonically (the core's `write`).
    fn write(&self, py: Python<'_>) -> PyResult<String> {
        let c = &self.concept;
        py.detach(|| benn_core::write(c))
            .map_err(|e| internal(e.code(), &e.to_string()))
    }

    /// The id of the concept.
    #[getter]
    fn id(&self) -> String {
        self.concept.id.to_string()
    }
}

#[pymethods]
impl LogDoc {
    /// The log written canonically (the core's `write_log`).
    fn write(&self, py: Python<'_>) -> PyResult<String> {
        let l = &self.log;
        py.detach(|| benn_core::write_log(l))
            .map_err(|e| internal(e.code(), &e.to_string()))
    }

    /// The id of the concept the log belongs to.
    #[getter]
    fn concept(&self) -> String {
        self.log.concept.to_string()
    }
}

/// Validates a document; returns the report as JSON (`{"findings": [...]}`).
#[pyfunction]
#[pyo3(signature = (data, today=None, known_concepts=None))]
// pyo3 extracts owned strings under the abi3-py39 limited API.
#[allow(clippy::needless_pass_by_value)]
fn validate(
    py: Python<'_>,
    data: &Bound<'_, PyAny>,
    today: Option<String>,
    known_concepts: Option<String>,
) -> PyResult<String> {
    let options = options(today, known_concepts.as_deref())?;
    let src = bytes_of(data)?;
    Ok(py.detach(|| benn_core::validate(&src, &options).to_json()))
}

/// Reads a document and returns it written canonically (JSON text).
/// Raises `benn.ValidationError` when it cannot be read.
#[pyfunction]
fn read(py: Python<'_>, data: &Bound<'_, PyAny>) -> PyResult<String> {
    let src = bytes_of(data)?;
    let result = py.detach(|| benn_core::read(&src).map(|c| benn_core::write(&c)));
    match result {
        Ok(Ok(text)) => Ok(text),
        Ok(Err(e)) => Err(internal(e.code(), &e.to_string())),
        Err(e) => Err(core_error(py, &e, None)),
    }
}

/// Reads a concept: the handle and the report (JSON) when `strict` (all
/// rules). Raises `benn.ValidationError` when it cannot be read, or when
/// `strict` and the report has an error. The Python side asks the handle for
/// its canonical text only when it needs the data.
#[pyfunction]
#[pyo3(signature = (data, strict=true, today=None, known_concepts=None))]
#[allow(clippy::needless_pass_by_value)]
fn load(
    py: Python<'_>,
    data: &Bound<'_, PyAny>,
    strict: bool,
    today: Option<String>,
    known_concepts: Option<String>,
) -> PyResult<(Doc, String)> {
    let options = options(today, known_concepts.as_deref())?;
    let src = bytes_of(data)?;
    let result = py.detach(|| {
        let parsed = benn_core::parse(&src);
        let report = strict.then(|| parsed.validate(&options));
        if let Some(r) = report.as_ref().filter(|r| r.has_errors()) {
            return Err(LoadError::Rules(r.clone()));
        }
        let concept = parsed.into_concept().map_err(LoadError::Read)?;
        Ok((Doc { concept }, report.unwrap_or_default().to_json()))
    });
    result.map_err(|e| e.into_py(py))
}

/// Reads a log file: the handle and the report (JSON). With `concept`,
/// `strict` checks it against the concept (all log rules). Raises
/// `benn.ValidationError` like [`load`].
#[pyfunction]
#[pyo3(signature = (data, concept=None, strict=true, today=None))]
#[allow(clippy::needless_pass_by_value)]
fn load_log(
    py: Python<'_>,
    data: &Bound<'_, PyAny>,
    concept: Option<&Bound<'_, Doc>>,
    strict: bool,
    today: Option<String>,
) -> PyResult<(LogDoc, String)> {
    let options = options(today, None)?;
    let src = bytes_of(data)?;
    let concept = concept.map(|c| &c.get().concept);
    let result = py.detach(|| {
        let parsed = benn_core::parse_log(&src);
        let report = concept
            .filter(|_| strict)
            .map(|c| parsed.validate(c, &options));
        if let Some(r) = report.as_ref().filter(|r| r.has_errors()) {
            return Err(LoadError::Rules(r.clone()));
        }
        let log = parsed.into_log().map_err(LoadError::Read)?;
        Ok((LogDoc { log }, report.unwrap_or_default().to_json()))
    });
    result.map_err(|e| e.into_py(py))
}

/// Validates a log file against its concept; the report as JSON.
#[pyfunction]
#[pyo3(signature = (data, concept, today=None))]
#[allow(clippy::needless_pass_by_value)]
fn validate_log(
    py: Python<'_>,
    data: &Bound<'_, PyAny>,
    concept: &Bound<'_, Doc>,
    today: Option<String>,
) -> PyResult<String> {
    let options = options(today, None)?;
    let src = bytes_of(data)?;
    let concept = &concept.get().concept;
    Ok(py.detach(|| {
        benn_core::parse_log(&src)
            .validate(concept, &options)
            .to_json()
    }))
}

/// Why [`load`] or [`load_log`] failed.
enum LoadError {
    Read(benn_core::Error),
    Rules(benn_core::Report),
}

impl LoadError {
    fn into_py(self, py: Python<'_>) -> PyErr {
        match self {
            LoadError::Read(e) => core_error(py, &e, None),
            LoadError::Rules(r) => convert::rules_error(py, &r),
        }
    }
}

/// The registry of finding codes (JSON text).
#[pyfunction]
fn codes() -> String {
    Code::registry_json()
}

/// The LOR 2021 catalogue entry of a code as JSON (`null` when unknown).
#[pyfunction]
fn lor_name(code: &str) -> Option<String> {
    benn_core::LorCode::new(code)
        .ok()
        .and_then(|c| benn_core::lor::find_code(&c).map(|u| u.name().to_owned()))
}

/// A valid synthetic concept with `steps` steps (`benn_core::synth::concept`),
/// reproducible from `seed`.
#[pyfunction]
#[pyo3(signature = (steps, seed=7))]
fn synth(py: Python<'_>, steps: usize, seed: u64) -> PyResult<Doc> {
    if steps > 10_000_000 {
        return Err(pyo3::exceptions::PyValueError::new_err(
            "steps: at most 10 000 000",
        ));
    }
    Ok(py.detach(|| Doc {
        concept: benn_core::synth::concept(steps, seed),
    }))
}

/// The best time in seconds of `runs` native loads (parse, every rule, the
/// concept) of `data`, timed in Rust without Python: the yardstick of
/// `benches/bench_load.py`.
#[pyfunction]
fn native_load_seconds(py: Python<'_>, data: &Bound<'_, PyAny>, runs: u32) -> PyResult<f64> {
    let src = bytes_of(data)?;
    let options = benn_core::Options::default();
    Ok(py.detach(|| {
        let mut best = f64::INFINITY;
        for _ in 0..runs.max(1) {
            let start = std::time::Instant::now();
            let parsed = benn_core::parse(&src);
            let report = parsed.validate(&options);
            let concept = parsed.into_concept();
            best = best.min(start.elapsed().as_secs_f64());
            drop((report, concept));
        }
        best
    }))
}

/// The compiled part of the `benn` package.
#[pymodule]
mod _benn {
    #[pymodule_export]
    use super::{
        codes, load, load_log, lor_name, native_load_seconds, read, synth, validate, validate_log,
        Doc, LogDoc,
    };

    #[pymodule_export]
    use super::eval::{
        append_entry, budget, compare, coverage, entry, indicators, merge, next_id, portfolio,
        review, rollup, shares, state,
    };

    #[pymodule_export]
    use super::table::table;

    #[pymodule_export]
    use super::report::{chart, portfolio_report, report, review_report};

    /// The JSON Schema (draft 2020-12) of the concept format.
    #[pymodule_export]
    const SCHEMA_JSON: &str = benn_core::SCHEMA_JSON;

    /// The JSON Schema (draft 2020-12) of a log file.
    #[pymodule_export]
    const LOG_SCHEMA_JSON: &str = benn_core::LOG_SCHEMA_JSON;

    /// The version of the package (the workspace's version).
    #[pymodule_export]
    const VERSION: &str = env!("CARGO_PKG_VERSION");
}

#[cfg(test)]
mod tests {
    use super::convert::parse_options;

    #[test]
    fn today_is_parsed_or_explained() {
        assert_eq!(parse_options(None, None).unwrap().today, None);
        let o = parse_options(Some("2024-02-29".into()), None).unwrap();
        assert_eq!(o.today.unwrap().to_string(), "2024-02-29");
        let e = parse_options(Some("2023-02-29".into()), None).unwrap_err();
        assert!(e.contains("`2023-02-29`"), "{e}");
        assert!(parse_options(Some("yesterday".into()), None).is_err());
        assert!(parse_options(Some(String::new()), None).is_err());
    }

    #[test]
    fn known_concepts_are_read_or_explained() {
        let known = r#"[{"id": "a-2021", "period": {"start": "2021-01", "end": "2022-12"}}]"#;
        assert_eq!(
            parse_options(None, Some(known))
                .unwrap()
                .known_concepts
                .len(),
            1
        );
        let e = parse_options(None, Some(r#"[{"id": "a"}]"#)).unwrap_err();
        assert!(e.contains("period"), "{e}");
    }
}
