//! Python bindings: `benn._benn`. Only conversions live here; the public API
//! (`benn.validate`, `benn.read`, ...) and the exception classes are in
//! `python/benn/__init__.py`. Results cross the boundary as JSON text, which
//! Python's `json.loads` turns into plain dicts and lists.

use std::borrow::Cow;

use benn_core::{Code, Options};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyString};

// Defined in Python (`benn/__init__.py`), raised from here.
pyo3::import_exception!(benn, BennError);
pyo3::import_exception!(benn, InvalidDocument);

/// The document's bytes: `bytes` as they are, `str` as UTF-8.
///
/// A `str` with a lone surrogate (which UTF-8 cannot hold) is encoded with
/// `surrogatepass`, so the core reports invalid UTF-8 (`json.utf8`) at its
/// place, as benn-wasm does for a JS string with a lone surrogate.
fn input<'a>(data: &'a Bound<'_, PyAny>) -> PyResult<Cow<'a, [u8]>> {
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
fn options(today: Option<String>, known: Option<&str>) -> Result<Options, String> {
    let mut options = today.map_or_else(|| Ok(Options::default()), |t| Options::with_today(&t))?;
    if let Some(known) = known {
        options.known_concepts = benn_core::KnownConcept::list_from_json(known)?;
    }
    Ok(options)
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
    let options = options(today, known_concepts.as_deref()).map_err(PyValueError::new_err)?;
    let src = input(data)?;
    Ok(py.detach(|| benn_core::validate(&src, &options).to_json()))
}

/// Reads a document and returns it written canonically (JSON text).
/// Raises `benn.InvalidDocument` when it cannot be read.
#[pyfunction]
fn read(py: Python<'_>, data: &Bound<'_, PyAny>) -> PyResult<String> {
    let src = input(data)?;
    let result = py.detach(|| benn_core::read(&src).map(|c| benn_core::write(&c)));
    match result {
        Ok(Ok(text)) => Ok(text),
        Ok(Err(e)) => Err(BennError::new_err((e.to_string(), e.code()))),
        Err(e) => {
            let findings = serde_json::to_string(e.findings()).unwrap_or_else(|_| "[]".into());
            let findings = py.import("json")?.call_method1("loads", (findings,))?;
            Err(InvalidDocument::new_err((
                e.to_string(),
                e.code(),
                findings.unbind(),
            )))
        }
    }
}

/// The registry of finding codes (JSON text).
#[pyfunction]
fn codes() -> String {
    Code::registry_json()
}

/// The compiled part of the `benn` package.
#[pymodule]
mod _benn {
    #[pymodule_export]
    use super::{codes, read, validate};

    /// The JSON Schema (draft 2020-12) of the concept format.
    #[pymodule_export]
    const SCHEMA_JSON: &str = benn_core::SCHEMA_JSON;

    /// The version of the package (the workspace's version).
    #[pymodule_export]
    const VERSION: &str = env!("CARGO_PKG_VERSION");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn today_is_parsed_or_explained() {
        assert_eq!(options(None, None).unwrap().today, None);
        let o = options(Some("2024-02-29".into()), None).unwrap();
        assert_eq!(o.today.unwrap().to_string(), "2024-02-29");
        let e = options(Some("2023-02-29".into()), None).unwrap_err();
        assert!(e.contains("`2023-02-29`"), "{e}");
        assert!(options(Some("yesterday".into()), None).is_err());
        assert!(options(Some(String::new()), None).is_err());
    }

    #[test]
    fn known_concepts_are_read_or_explained() {
        let known = r#"[{"id": "a-2021", "period": {"start": "2021-01", "end": "2022-12"}}]"#;
        assert_eq!(options(None, Some(known)).unwrap().known_concepts.len(), 1);
        let e = options(None, Some(r#"[{"id": "a"}]"#)).unwrap_err();
        assert!(e.contains("period"), "{e}");
    }
}
