//! Reading, checking and writing documents: concepts and log files from a
//! string or bytes, canonical writing, appending a log entry, the outline of
//! a text, the LOR lookup, the schemas, the code registry and the versions.

use benn_core::{Code, LogEntry, Options};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::args::{self, error, given, ARGUMENT_KNOWN_CONCEPTS, ARGUMENT_TODAY, ARGUMENT_VALUE};
use crate::out;

/// Validation options from the arguments; `null` and `undefined` mean none.
pub(crate) fn options(
    function: &str,
    today: Option<JsValue>,
    known: Option<JsValue>,
) -> Result<Options, JsValue> {
    let mut options = match given(today) {
        None => Options::default(),
        Some(today) => Options::with_today(&args::day_text(function, "today", &today)?)
            .map_err(|e| error(ARGUMENT_TODAY, &e, false))?,
    };
    if let Some(known) = given(known) {
        if !js_sys::Array::is_array(&known) {
            return Err(args::wrong_type(
                function,
                "knownConcepts",
                "an array",
                &known,
            ));
        }
        // Plain data: stringify cannot throw on an array of plain objects;
        // anything it cannot write (a cycle, a BigInt) is a malformed entry.
        let text = js_sys::JSON::stringify(&known)
            .ok()
            .and_then(|t| t.as_string())
            .ok_or_else(|| {
                error(
                    ARGUMENT_KNOWN_CONCEPTS,
                    &format!("{function}: `knownConcepts` cannot be written as JSON"),
                    false,
                )
            })?;
        options.known_concepts = benn_core::KnownConcept::list_from_json(&text)
            .map_err(|e| error(ARGUMENT_KNOWN_CONCEPTS, &format!("{function}: {e}"), false))?;
    }
    Ok(options)
}

/// Validates a document and returns the report `{ findings: [...] }` with
/// **all** findings, in source order. Findings are data, never thrown.
///
/// `data` is a string or a `Uint8Array`; a string with a lone surrogate is
/// reported as `json.utf8` at its place. `today` (`YYYY-MM-DD` or a `Date`,
/// taken as its day in UTC) enables rules about the present; `null` and
/// `undefined` leave it out. `knownConcepts`: the concepts checked together.
#[wasm_bindgen(skip_typescript)]
pub fn validate(
    data: &JsValue,
    today: Option<JsValue>,
    known_concepts: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    let src = args::input("validate", "data", data)?;
    let options = options("validate", today, known_concepts)?;
    out::report(&src.parse().into_report(&options))
}

/// Validates a log file against its concept: `{ findings }` located in the log's text.
#[wasm_bindgen(js_name = validateLog, skip_typescript)]
pub fn validate_log(
    log: &JsValue,
    concept: &JsValue,
    today: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    let f = "validateLog";
    let src = args::bytes(f, "log", log)?;
    let c = args::concept(f, "concept", concept)?;
    let options = options(f, today, None)?;
    out::report(&benn_core::parse_log(&src).validate(&c, &options))
}

/// Reads a concept (syntax and shape) and returns it as a plain object in the
/// format's own shape (the keys of the file, as `write` writes them).
#[wasm_bindgen(skip_typescript)]
pub fn read(data: &JsValue) -> Result<JsValue, JsValue> {
    let c = args::concept("read", "data", data)?;
    write_concept("read", &c).and_then(|t| out::parse(&t))
}

/// Reads a log file and returns it as a plain object in the format's shape.
#[wasm_bindgen(js_name = readLog, skip_typescript)]
pub fn read_log(data: &JsValue) -> Result<JsValue, JsValue> {
    let src = args::bytes("readLog", "data", data)?;
    let log = benn_core::read_log(&src).map_err(|e| args::unreadable("readLog", "data", &e))?;
    write_log_text("readLog", &log).and_then(|t| out::parse(&t))
}

fn write_concept(function: &str, c: &benn_core::Concept) -> Result<String, JsValue> {
    benn_core::write(c).map_err(|e| error(e.code(), &format!("{function}: {e}"), false))
}

fn write_log_text(function: &str, log: &benn_core::Log) -> Result<String, JsValue> {
    benn_core::write_log(log).map_err(|e| error(e.code(), &format!("{function}: {e}"), false))
}

/// The document's bytes from a string, bytes or a plain object.
fn document_bytes(function: &str, data: &JsValue) -> Result<Vec<u8>, JsValue> {
    if data.is_string() || data.is_instance_of::<js_sys::Uint8Array>() {
        args::bytes(function, "data", data)
    } else if data.is_object() && !js_sys::Array::is_array(data) && !data.is_function() {
        Ok(args::json_text(function, "data", data)?.into_bytes())
    } else {
        Err(args::wrong_type(
            function,
            "data",
            "a string, a Uint8Array or an object",
            data,
        ))
    }
}

/// Writes a concept canonically (what `benn fmt` writes): from its text,
/// bytes or the object `read` returns.
#[wasm_bindgen(skip_typescript)]
pub fn write(data: &JsValue) -> Result<String, JsValue> {
    let src = document_bytes("write", data)?;
    let c = benn_core::read(&src).map_err(|e| args::unreadable("write", "data", &e))?;
    write_concept("write", &c)
}

/// Writes a log file canonically: from its text, bytes or the object `readLog` returns.
#[wasm_bindgen(js_name = writeLog, skip_typescript)]
pub fn write_log(data: &JsValue) -> Result<String, JsValue> {
    let src = document_bytes("writeLog", data)?;
    let log = benn_core::read_log(&src).map_err(|e| args::unreadable("writeLog", "data", &e))?;
    write_log_text("writeLog", &log)
}

/// A log entry from a plain object in the format's shape (`{date, kind, step,
/// status, progress, spent_cents, note, ...}`); without an `id` it gets the
/// next free one of `existing` for its date.
pub(crate) fn entry(
    function: &str,
    value: &JsValue,
    existing: &[LogEntry],
) -> Result<LogEntry, JsValue> {
    let text = args::json_text(function, "entry", value)?;
    // Read by JS's own JSON (a copy: the caller's object is left alone), so
    // that the module needs no JSON deserializer of its own for it.
    let no_object = |why: &str| {
        error(
            ARGUMENT_VALUE,
            &format!("{function}: `entry` is no JSON object: {why}"),
            false,
        )
    };
    let object = js_sys::JSON::parse(&text).map_err(|_| no_object("not JSON"))?;
    if !object.is_object() || js_sys::Array::is_array(&object) {
        return Err(no_object("not an object"));
    }
    let id = JsValue::from_str("id");
    let placeholder = js_sys::Reflect::get(&object, &id).map_or(true, |v| v.is_undefined());
    let text = if placeholder {
        let _ = js_sys::Reflect::set(&object, &id, &"e-new".into());
        js_sys::JSON::stringify(&object)
            .ok()
            .and_then(|t| t.as_string())
            .ok_or_else(|| no_object("cannot be written as JSON"))?
    } else {
        text
    };
    let doc = format!(
        r#"{{"format_version":{},"concept":"x","entries":[{text}]}}"#,
        benn_core::FORMAT_VERSION
    );
    let log = benn_core::read_log(doc.as_bytes()).map_err(|e| {
        let report = benn_core::Report {
            findings: e.findings().to_vec(),
        };
        args::error_with_findings(
            "argument.entry",
            &format!("{function}: `entry`: {e}"),
            &report,
        )
    })?;
    let mut e = log.entries.into_iter().next().ok_or_else(|| {
        error(
            "argument.entry",
            &format!("{function}: `entry` is empty"),
            false,
        )
    })?;
    if placeholder {
        e.id = benn_core::track::next_id(existing, e.date);
    }
    Ok(e)
}

/// The entries of a concept's `log` or a log file's `entries`, when the text can be read.
pub(crate) fn existing_entries(src: &[u8]) -> Vec<LogEntry> {
    if let Some(c) = benn_core::parse(src).concept() {
        return c.log.clone();
    }
    benn_core::parse_log(src)
        .log()
        .map(|l| l.entries.clone())
        .unwrap_or_default()
}

/// Appends a log entry to a concept's `log` (or a log file's `entries`) in
/// `text`, leaving every other byte as it was. Returns the new text.
#[wasm_bindgen(js_name = appendEntry, skip_typescript)]
pub fn append_entry(text: &JsValue, entry: &JsValue) -> Result<String, JsValue> {
    let f = "appendEntry";
    let text = args::string(f, "text", text)?;
    let e = self::entry(f, entry, &existing_entries(text.as_bytes()))?;
    append(f, &text, &e)
}

pub(crate) fn append(function: &str, text: &str, e: &LogEntry) -> Result<String, JsValue> {
    benn_core::track::append_entry(text, e)
        .map_err(|err| error(err.code(), &format!("{function}: {err}"), false))
}

/// Resolves a LOR code or name: `[{code, name, level, kind, distance?}]`, best first.
#[wasm_bindgen(skip_typescript)]
pub fn lor(query: &JsValue) -> Result<JsValue, JsValue> {
    let q = args::string("lor", "query", query)?;
    let list: Vec<serde_json::Value> = benn_core::lor::lookup(&q)
        .into_iter()
        .map(|m| {
            let mut v = serde_json::json!({
                "code": m.unit.code(),
                "name": m.unit.name(),
                "level": m.unit.level(),
                "kind": m.kind.as_str(),
            });
            if let (benn_core::lor::MatchKind::Nearest { distance }, serde_json::Value::Object(o)) =
                (m.kind, &mut v)
            {
                o.insert("distance".into(), distance.into());
            }
            v
        })
        .collect();
    out::data(&list)
}

/// The JSON Schema (draft 2020-12) of the concept format, as an object.
#[wasm_bindgen(skip_typescript)]
pub fn schema() -> Result<JsValue, JsValue> {
    out::parse(std::str::from_utf8(&SCHEMA).unwrap_or_default())
}

/// The JSON Schema of a log file, as an object.
#[wasm_bindgen(js_name = logSchema, skip_typescript)]
pub fn log_schema() -> Result<JsValue, JsValue> {
    out::parse(std::str::from_utf8(&LOG_SCHEMA).unwrap_or_default())
}

/// The schemas without the whitespace between tokens, made when compiling:
/// the same objects for `JSON.parse`, a third fewer bytes in the module
/// (the texts themselves are not kept: nothing else here uses them). Only
/// ASCII whitespace goes, so they stay UTF-8.
static SCHEMA: [u8; minified_len(benn_core::SCHEMA_JSON.as_bytes())] =
    minified(benn_core::SCHEMA_JSON.as_bytes());
static LOG_SCHEMA: [u8; minified_len(benn_core::LOG_SCHEMA_JSON.as_bytes())] =
    minified(benn_core::LOG_SCHEMA_JSON.as_bytes());

/// Whether `b` is whitespace between JSON tokens.
const fn blank(b: u8) -> bool {
    matches!(b, b' ' | b'\n' | b'\r' | b'\t')
}

/// Where a scan of JSON text is: inside a string, and right after a
/// backslash there.
#[derive(Clone, Copy)]
struct Scan {
    in_string: bool,
    escaped: bool,
}

impl Scan {
    const START: Scan = Scan {
        in_string: false,
        escaped: false,
    };

    /// Whether byte `b` is kept (it is no whitespace between tokens), and
    /// where the scan is after it.
    const fn next(self, b: u8) -> (bool, Scan) {
        let keep = self.in_string || !blank(b);
        let (in_string, escaped) = match (self.in_string, self.escaped, b) {
            (true, true, _) => (true, false),
            (true, false, b'\\') => (true, true),
            (true, false, b'"') | (false, _, b'"') => (!self.in_string, false),
            _ => (self.in_string, false),
        };
        (keep, Scan { in_string, escaped })
    }
}

/// The length of JSON `text` without the whitespace outside strings.
const fn minified_len(text: &[u8]) -> usize {
    let (mut n, mut scan, mut rest) = (0, Scan::START, text);
    while let [b, tail @ ..] = rest {
        let (keep, next) = scan.next(*b);
        if keep {
            n += 1;
        }
        (scan, rest) = (next, tail);
    }
    n
}

/// JSON `text` without the whitespace outside strings (`N` from [`minified_len`]).
// Only evaluated when compiling: an index out of range is a compile error.
#[allow(clippy::indexing_slicing)]
const fn minified<const N: usize>(text: &[u8]) -> [u8; N] {
    let (mut out, mut n, mut scan, mut rest) = ([0u8; N], 0, Scan::START, text);
    while let [b, tail @ ..] = rest {
        let (keep, next) = scan.next(*b);
        if keep {
            out[n] = *b;
            n += 1;
        }
        (scan, rest) = (next, tail);
    }
    out
}

/// The registry of finding codes: `{code, severity, description: {de, en}}` each.
#[wasm_bindgen(skip_typescript)]
pub fn codes() -> Result<JsValue, JsValue> {
    out::parse(&Code::registry_json())
}

/// The library's version and the format versions it reads and writes.
#[wasm_bindgen(skip_typescript)]
pub fn version() -> Result<JsValue, JsValue> {
    let features: Vec<&str> = [
        ("csv", cfg!(feature = "csv")),
        ("xlsx", cfg!(feature = "xlsx")),
        ("report", cfg!(feature = "report")),
    ]
    .into_iter()
    .filter_map(|(name, on)| on.then_some(name))
    .collect();
    out::data(&serde_json::json!({
        "library": env!("CARGO_PKG_VERSION"),
        "format_version": benn_core::FORMAT_VERSION,
        "min_format_version": benn_core::MIN_FORMAT_VERSION,
        "features": features,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_schemas_lose_only_whitespace() {
        const TEXT: &[u8] = br#"{ "a b": "x \" y\\", "c": [1, 2] }"#;
        for (small, text) in [
            (&SCHEMA[..], benn_core::SCHEMA_JSON),
            (&LOG_SCHEMA[..], benn_core::LOG_SCHEMA_JSON),
        ] {
            let a: serde_json::Value = serde_json::from_slice(small).unwrap();
            let b: serde_json::Value = serde_json::from_str(text).unwrap();
            assert_eq!(a, b);
            assert_eq!(small, a.to_string().as_bytes());
            assert!(small.len() * 10 < text.len() * 7);
        }
        let small: [u8; minified_len(TEXT)] = minified(TEXT);
        assert_eq!(&small, br#"{"a b":"x \" y\\","c":[1,2]}"#);
    }
}
