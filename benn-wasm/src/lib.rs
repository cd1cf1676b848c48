//! WebAssembly bindings of benn. Only conversions live here: results are the
//! core's JSON, parsed with `JSON.parse` into plain JS objects and arrays;
//! operational errors are thrown as real `Error`s.
//!
//! ```js
//! import init, { validate } from "./pkg-web/benn_wasm.js";
//! await init();
//! const { findings } = validate(text, "2024-06-30");
//! ```

use benn_core::{Code, Options};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** A text in German and English. */
export interface Text { de: string; en: string }
/** How bad a finding is. */
export type Severity = "error" | "warning" | "advice";
/** A second place that explains a finding. */
export interface Related { pointer: string; line?: number; column?: number; offset?: number }
/** One finding of validation. Lines and columns count from 1, offsets (bytes) from 0. */
export interface Finding {
  code: string;
  severity: Severity;
  pointer: string;
  line?: number;
  column?: number;
  offset?: number;
  message: Text;
  hint?: Text;
  related?: Related;
  /** The values the message was rendered from (ids, amounts in cents, years, …). */
  context?: Record<string, number | string | string[] | boolean>;
}
/** Every finding of a document, in source order. */
export interface Report { findings: Finding[] }
/** An entry of the code registry. */
export interface CodeInfo { code: string; severity: Severity; description: Text }
/** What the exports throw: a real `Error` (a `TypeError` for a wrong type) with a stable `code`. */
export interface BennError extends Error {
  code: "argument.type" | "argument.date" | "argument.today" | "argument.known_concepts";
}
/** A concept checked together with the document (the document itself included). */
export interface KnownConcept {
  id: string;
  period: { start: string; end: string };
  /** The site's district, `"01"` to `"12"`. */
  district?: string;
  /** The site's name. */
  site?: string;
}
/**
 * Validates a document and returns the report `{ findings: [...] }` with
 * **all** findings, in source order. Findings are data, never thrown.
 *
 * `data` is a string or a `Uint8Array`; a string with a lone surrogate is
 * reported as `json.utf8` at its place. `today` (`YYYY-MM-DD` or a `Date`,
 * taken as its day in UTC) enables rules about the present; `null` and
 * `undefined` leave it out. `knownConcepts` are the concepts checked
 * together: `previous` is resolved against them, and two with one id are an error.
 *
 * @throws {BennError} a `TypeError` with `code` `"argument.type"` for an
 * argument of another type or `"argument.date"` for an invalid `Date`; an
 * `Error` with `code` `"argument.today"` for a string that is no date, or
 * `"argument.known_concepts"` for a malformed known concept.
 */
export function validate(
  data: string | Uint8Array,
  today?: string | Date | null,
  knownConcepts?: KnownConcept[] | null,
): Report;
"#;

/// Thrown for an argument of the wrong type (`TypeError`).
pub const ARGUMENT_TYPE: &str = "argument.type";
/// Thrown for a `Date` that holds no time (`new Date("x")`, a `TypeError`).
pub const ARGUMENT_DATE: &str = "argument.date";
/// Thrown for a `today` that is no date `YYYY-MM-DD` (an `Error`).
pub const ARGUMENT_TODAY: &str = "argument.today";
/// Thrown for a known concept that is malformed (an `Error`).
pub const ARGUMENT_KNOWN_CONCEPTS: &str = "argument.known_concepts";

/// A thrown error: a real `Error` (or `TypeError`) with a stable `code`.
fn error(code: &str, message: &str, type_error: bool) -> JsValue {
    let error: js_sys::Error = if type_error {
        js_sys::TypeError::new(message).into()
    } else {
        js_sys::Error::new(message)
    };
    // Cannot fail: `error` is a fresh, extensible object.
    let _ = js_sys::Reflect::set(&error, &JsValue::from_str("code"), &JsValue::from_str(code));
    error.into()
}

/// What a value is, for messages: "a number", "null", "a Date", ...
fn describe(value: &JsValue) -> String {
    if value.is_null() {
        return "null".into();
    }
    let kind = value.js_typeof().as_string().unwrap_or_default();
    match kind.as_str() {
        "object" if js_sys::Array::is_array(value) => "an array".into(),
        "object" if value.is_instance_of::<js_sys::Date>() => "a Date".into(),
        "object" => "an object".into(),
        "undefined" => kind,
        _ => format!("a {kind}"),
    }
}

/// `today` as `YYYY-MM-DD`: a string as it is, a `Date` as its day in UTC.
fn today_text(function: &str, today: &JsValue) -> Result<String, JsValue> {
    if let Some(text) = today.as_string() {
        return Ok(text);
    }
    if let Some(date) = today.dyn_ref::<js_sys::Date>() {
        let time = date.get_time();
        if time.is_nan() {
            return Err(error(
                ARGUMENT_DATE,
                &format!("{function}: `today` is an invalid Date"),
                true,
            ));
        }
        // 0000-01-01 to 9999-12-31 (UTC, in ms): the years YYYY can write.
        if !(-62_167_219_200_000.0..253_402_300_800_000.0).contains(&time) {
            return Err(error(
                ARGUMENT_TODAY,
                &format!("{function}: `today` must lie in the years 0000 to 9999"),
                false,
            ));
        }
        return Ok(format!(
            "{:04}-{:02}-{:02}",
            date.get_utc_full_year(),
            date.get_utc_month() + 1,
            date.get_utc_date()
        ));
    }
    Err(error(
        ARGUMENT_TYPE,
        &format!(
            "{function}: `today` must be a date string YYYY-MM-DD or a Date, not {}",
            describe(today)
        ),
        true,
    ))
}

/// Validation options from the arguments; `null` and `undefined` mean none.
fn options(
    function: &str,
    today: Option<JsValue>,
    known: Option<JsValue>,
) -> Result<Options, JsValue> {
    let mut options = match today {
        None => Options::default(),
        Some(today) => Options::with_today(&today_text(function, &today)?)
            .map_err(|e| error(ARGUMENT_TODAY, &e, false))?,
    };
    if let Some(known) = known.filter(|k| !k.is_null() && !k.is_undefined()) {
        if !js_sys::Array::is_array(&known) {
            return Err(error(
                ARGUMENT_TYPE,
                &format!(
                    "{function}: `knownConcepts` must be an array, not {}",
                    describe(&known)
                ),
                true,
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

/// A JS string as UTF-8. A lone surrogate (which UTF-8 cannot hold) is
/// written as its three-byte form, as Python's `surrogatepass` does, so that
/// the core reports it as invalid UTF-8 (`json.utf8`) at its place, just as
/// benn-py does for a `str` with a lone surrogate: never a silent U+FFFD.
fn string_bytes(text: &js_sys::JsString) -> Vec<u8> {
    let utf8 = String::from(text);
    // Only the glue's U+FFFD replacement can hide a lone surrogate.
    if !utf8.contains('\u{FFFD}') {
        return utf8.into_bytes();
    }
    let mut bytes = Vec::with_capacity(utf8.len());
    for unit in char::decode_utf16(text.iter()) {
        match unit {
            Ok(c) => bytes.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes()),
            Err(e) => {
                let s = e.unpaired_surrogate();
                bytes.extend_from_slice(&[
                    0xE0 | (s >> 12) as u8,
                    0x80 | ((s >> 6) & 0x3F) as u8,
                    0x80 | (s & 0x3F) as u8,
                ]);
            }
        }
    }
    bytes
}

/// The document's bytes: a string as UTF-8, a `Uint8Array` (or Node `Buffer`) as it is.
fn input(function: &str, data: &JsValue) -> Result<Vec<u8>, JsValue> {
    if let Some(text) = data.dyn_ref::<js_sys::JsString>() {
        Ok(string_bytes(text))
    } else if let Some(bytes) = data.dyn_ref::<js_sys::Uint8Array>() {
        Ok(bytes.to_vec())
    } else {
        Err(error(
            ARGUMENT_TYPE,
            &format!(
                "{function}: `data` must be a string or a Uint8Array, not {}",
                describe(data)
            ),
            true,
        ))
    }
}

fn parse_json(text: &str) -> Result<JsValue, JsValue> {
    js_sys::JSON::parse(text)
}

/// Validates a document and returns the report `{ findings: [...] }` with
/// **all** findings, in source order. Findings are data, never thrown.
///
/// `data` is a string or a `Uint8Array`; a string with a lone surrogate is
/// reported as `json.utf8` at its place. `today` (`YYYY-MM-DD` or a `Date`,
/// taken as its day in UTC) enables rules about the present; `null` and
/// `undefined` leave it out.
///
/// Throws a `TypeError` with `code` `"argument.type"` for an argument of
/// another type, `"argument.date"` for an invalid `Date`, and an `Error`
/// with `code` `"argument.today"` for a string that is no date.
/// `known_concepts` (JS `knownConcepts`): the concepts checked together, an
/// array of `{id, period: {start, end}, district?, site?}`; a malformed entry
/// throws an `Error` with `code` `"argument.known_concepts"` naming it.
///
/// Its TypeScript declaration is written out above (`TYPES`), so that
/// `today` stays optional.
#[wasm_bindgen(skip_typescript)]
pub fn validate(
    data: &JsValue,
    today: Option<JsValue>,
    known_concepts: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    let src = input("validate", data)?;
    let options = options("validate", today, known_concepts)?;
    parse_json(&benn_core::validate(&src, &options).to_json())
}

/// The JSON Schema (draft 2020-12) of the concept format, as an object.
#[wasm_bindgen(unchecked_return_type = "Record<string, unknown>")]
pub fn schema() -> Result<JsValue, JsValue> {
    parse_json(benn_core::SCHEMA_JSON)
}

/// The registry of finding codes: `{code, severity, description: {de, en}}` each.
#[wasm_bindgen(unchecked_return_type = "CodeInfo[]")]
pub fn codes() -> Result<JsValue, JsValue> {
    parse_json(&Code::registry_json())
}
