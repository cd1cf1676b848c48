//! Conversions at the boundary: arguments in, errors and JSON out.

use std::borrow::Cow;
use std::str::FromStr;

use benn_core::eval::Method;
use benn_core::{Date, Options, Report};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyString};
use serde::Serialize;

// Defined in Python (`benn/_errors.py`), raised from here.
pyo3::import_exception!(benn._errors, BennError);
pyo3::import_exception!(benn._errors, ValidationError);

/// The document's bytes: `bytes` as they are, `str` as UTF-8.
///
/// A `str` with a lone surrogate (which UTF-8 cannot hold) is encoded with
/// `surrogatepass`, so the core reports invalid UTF-8 (`json.utf8`) at its
/// place, as benn-wasm does for a JS string with a lone surrogate.
pub(crate) fn bytes_of<'a>(data: &'a Bound<'_, PyAny>) -> PyResult<Cow<'a, [u8]>> {
    if let Ok(bytes) = data.cast::<PyBytes>() {
        Ok(Cow::Borrowed(bytes.as_bytes()))
    } else if let Ok(text) = data.cast::<PyString>() {
        Ok(match text.to_cow() {
            Ok(Cow::Borrowed(s)) => Cow::Borrowed(s.as_bytes()),
            Ok(Cow::Owned(s)) => Cow::Owned(s.into_bytes()),
            Err(_) => {
                let bytes = text.call_method1("encode", ("utf-8", "surrogatepass"))?;
                Cow::Owned(bytes.cast::<PyBytes>()?.as_bytes().to_vec())
            }
        })
    } else {
        let kind = data.get_type().name()?;
        Err(PyTypeError::new_err(format!(
            "data must be str or bytes, not {kind}"
        )))
    }
}

/// Validation options from the arguments: `today` as `YYYY-MM-DD`, the
/// known concepts as JSON text (see `KnownConcept::list_from_json`).
pub(crate) fn parse_options(today: Option<String>, known: Option<&str>) -> Result<Options, String> {
    let mut options = today.map_or_else(|| Ok(Options::default()), |t| Options::with_today(&t))?;
    if let Some(known) = known {
        options.known_concepts = benn_core::KnownConcept::list_from_json(known)?;
    }
    Ok(options)
}

/// [`parse_options`] with its message as a `ValueError`.
pub(crate) fn options(today: Option<String>, known: Option<&str>) -> PyResult<Options> {
    parse_options(today, known).map_err(PyValueError::new_err)
}

/// A day argument (`YYYY-MM-DD`, named `name` in the message).
pub(crate) fn date(name: &str, text: &str) -> PyResult<Date> {
    Date::from_str(text).map_err(|e| PyValueError::new_err(format!("{name}: {e}")))
}

/// A roll-up method argument (`mean`, `weight` or `cost`).
pub(crate) fn method(text: &str) -> PyResult<Method> {
    Method::from_str(text).map_err(|e| PyValueError::new_err(e.to_string()))
}

/// A value as JSON text; failing to serialise is a `BennError`.
pub(crate) fn to_json<T: Serialize + ?Sized>(value: &T) -> PyResult<String> {
    serde_json::to_string(value).map_err(|e| internal("internal.json", &e.to_string()))
}

/// A `benn.BennError` with a message and a code.
pub(crate) fn internal(code: &str, message: &str) -> PyErr {
    BennError::new_err((message.to_owned(), code.to_owned()))
}

/// The findings as Python objects (via `json.loads`).
fn findings_object(py: Python<'_>, json: &str) -> PyResult<Py<PyAny>> {
    Ok(py
        .import("json")?
        .call_method1("loads", (json,))?
        .get_item("findings")?
        .unbind())
}

/// The core's read error as `benn.ValidationError` (message, code, findings).
pub(crate) fn core_error(py: Python<'_>, e: &benn_core::Error, prefix: Option<&str>) -> PyErr {
    let report = Report {
        findings: e.findings().to_vec(),
    };
    let message = match prefix {
        Some(p) => format!("{p}{e}"),
        None => e.to_string(),
    };
    match findings_object(py, &report.to_json()) {
        Ok(findings) => ValidationError::new_err((message, e.code(), findings)),
        Err(err) => err,
    }
}

/// A report with errors as `benn.ValidationError` (all findings, code `validate.invalid`).
pub(crate) fn rules_error(py: Python<'_>, report: &Report) -> PyErr {
    let errors = report.count(benn_core::Severity::Error);
    let first = report
        .findings
        .iter()
        .find(|f| f.severity == benn_core::Severity::Error)
        .map(|f| {
            let at = f.location.unwrap_or_default();
            format!(
                ": {}:{}: [{}] {}",
                at.line,
                at.column,
                f.code,
                f.message.get(benn_core::Lang::En)
            )
        })
        .unwrap_or_default();
    let message = format!("the document has {errors} error(s){first}");
    match findings_object(py, &report.to_json()) {
        Ok(findings) => ValidationError::new_err((message, "validate.invalid", findings)),
        Err(err) => err,
    }
}
