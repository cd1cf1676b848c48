//! Checking the arguments of the exports and the errors they throw. Every
//! argument arrives as a `JsValue` and is checked here, so that a wrong type
//! is a `TypeError` with a `code` and a message naming the function and the
//! argument, never a crash of the module.

use benn_core::eval::Method;
use benn_core::{Concept, Date, LogEntry};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Thrown for an argument of the wrong type (`TypeError`).
pub const ARGUMENT_TYPE: &str = "argument.type";
/// Thrown for a `Date` that holds no time (`new Date("x")`, a `TypeError`).
pub const ARGUMENT_DATE: &str = "argument.date";
/// Thrown for a `today` that is no date `YYYY-MM-DD` (an `Error`).
pub const ARGUMENT_TODAY: &str = "argument.today";
/// Thrown for a known concept that is malformed (an `Error`).
pub const ARGUMENT_KNOWN_CONCEPTS: &str = "argument.known_concepts";
/// Thrown for an argument of the right type but a wrong value: a date text
/// that is no day, an unknown table name, an offset past the text (an `Error`).
pub const ARGUMENT_VALUE: &str = "argument.value";

/// A thrown error: a real `Error` (or `TypeError`) with a stable `code`.
pub(crate) fn error(code: &str, message: &str, type_error: bool) -> JsValue {
    let error: js_sys::Error = if type_error {
        js_sys::TypeError::new(message).into()
    } else {
        js_sys::Error::new(message)
    };
    // Cannot fail: `error` is a fresh, extensible object.
    let _ = js_sys::Reflect::set(&error, &JsValue::from_str("code"), &JsValue::from_str(code));
    error.into()
}

/// An `Error` with `code` and the findings that explain it (`error.findings`).
pub(crate) fn error_with_findings(
    code: &str,
    message: &str,
    report: &benn_core::Report,
) -> JsValue {
    let e = error(code, message, false);
    if let Ok(findings) = crate::out::report(report) {
        let list = js_sys::Reflect::get(&findings, &JsValue::from_str("findings"))
            .unwrap_or(JsValue::UNDEFINED);
        let _ = js_sys::Reflect::set(&e, &JsValue::from_str("findings"), &list);
    }
    e
}

/// A `TypeError` with code `argument.type`: `f: \`name\` must be WANT, not a number`.
pub(crate) fn wrong_type(function: &str, name: &str, want: &str, value: &JsValue) -> JsValue {
    error(
        ARGUMENT_TYPE,
        &format!(
            "{function}: `{name}` must be {want}, not {}",
            describe(value)
        ),
        true,
    )
}

/// What a value is, for messages: "a number", "null", "a Date", ...
pub(crate) fn describe(value: &JsValue) -> String {
    if value.is_null() {
        return "null".into();
    }
    let kind = value.js_typeof().as_string().unwrap_or_default();
    match kind.as_str() {
        "object" if js_sys::Array::is_array(value) => "an array".into(),
        "object" if value.is_instance_of::<js_sys::Date>() => "a Date".into(),
        "object" if value.is_instance_of::<js_sys::Uint8Array>() => "a Uint8Array".into(),
        "object" => "an object".into(),
        "undefined" => kind,
        _ => format!("a {kind}"),
    }
}

/// `null` and `undefined` are "left out".
pub(crate) fn given(value: Option<JsValue>) -> Option<JsValue> {
    value.filter(|v| !v.is_null() && !v.is_undefined())
}

/// A day as `YYYY-MM-DD`: a string as it is, a `Date` as its day in UTC.
pub(crate) fn day_text(function: &str, name: &str, value: &JsValue) -> Result<String, JsValue> {
    if let Some(text) = value.as_string() {
        return Ok(text);
    }
    if let Some(date) = value.dyn_ref::<js_sys::Date>() {
        let time = date.get_time();
        if time.is_nan() {
            return Err(error(
                ARGUMENT_DATE,
                &format!("{function}: `{name}` is an invalid Date"),
                true,
            ));
        }
        // 0000-01-01 to 9999-12-31 (UTC, in ms): the years YYYY can write.
        if !(-62_167_219_200_000.0..253_402_300_800_000.0).contains(&time) {
            let code = if name == "today" {
                ARGUMENT_TODAY
            } else {
                ARGUMENT_VALUE
            };
            return Err(error(
                code,
                &format!("{function}: `{name}` must lie in the years 0000 to 9999"),
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
    Err(wrong_type(
        function,
        name,
        "a date string YYYY-MM-DD or a Date",
        value,
    ))
}

/// A required day (`asOf`): `YYYY-MM-DD` or a `Date`.
pub(crate) fn day(function: &str, name: &str, value: &JsValue) -> Result<Date, JsValue> {
    let text = day_text(function, name, value)?;
    text.parse::<Date>().map_err(|e| {
        error(
            ARGUMENT_VALUE,
            &format!("{function}: `{name}` `{text}` is no day: {e}"),
            false,
        )
    })
}

/// A string argument.
pub(crate) fn string(function: &str, name: &str, value: &JsValue) -> Result<String, JsValue> {
    value
        .as_string()
        .ok_or_else(|| wrong_type(function, name, "a string", value))
}

/// A whole number from 0 (an offset).
pub(crate) fn offset(function: &str, name: &str, value: &JsValue) -> Result<usize, JsValue> {
    match value.as_f64() {
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // checked
        Some(n) if n.fract() == 0.0 && (0.0..=9_007_199_254_740_991.0).contains(&n) => {
            Ok(n as usize)
        }
        Some(_) => Err(error(
            ARGUMENT_VALUE,
            &format!("{function}: `{name}` must be a whole number from 0"),
            false,
        )),
        None => Err(wrong_type(function, name, "a number", value)),
    }
}

/// An optional boolean (`null`/`undefined` are `false`).
#[cfg_attr(not(feature = "csv"), allow(dead_code))]
pub(crate) fn flag(function: &str, name: &str, value: Option<JsValue>) -> Result<bool, JsValue> {
    match given(value) {
        None => Ok(false),
        Some(v) => v
            .as_bool()
            .ok_or_else(|| wrong_type(function, name, "a boolean", &v)),
    }
}

/// The roll-up method, which is always explicit: `"mean"`, `"weight"` or `"cost"`.
pub(crate) fn method(function: &str, value: &JsValue) -> Result<Method, JsValue> {
    let text = value.as_string().ok_or_else(|| {
        wrong_type(
            function,
            "method",
            "\"mean\", \"weight\" or \"cost\"",
            value,
        )
    })?;
    text.parse::<Method>()
        .map_err(|e| error(ARGUMENT_VALUE, &format!("{function}: {e}"), false))
}

#[wasm_bindgen]
extern "C" {
    /// A JS string, for a method `js_sys` binds without `catch`.
    #[wasm_bindgen(extends = js_sys::JsString)]
    type Utf16;

    /// `String.prototype.isWellFormed`: no lone surrogate. An `Err` where
    /// the engine does not have it (before Chrome 111, Firefox 119, Safari
    /// 16.4, Node 20).
    #[wasm_bindgen(method, catch, js_name = isWellFormed)]
    fn is_well_formed(this: &Utf16) -> Result<bool, JsValue>;
}

/// A document from JS, on its way into the core.
pub(crate) enum Input {
    /// A well-formed string: UTF-8 once it is in the module, not checked again.
    Text(String),
    /// A `Uint8Array`, or a string with a lone surrogate ([`string_input`]).
    Bytes(Vec<u8>),
}

impl Input {
    /// The document read once.
    pub(crate) fn parse(&self) -> benn_core::Parsed<'_> {
        match self {
            Input::Text(text) => benn_core::parse_text(text),
            Input::Bytes(bytes) => benn_core::parse(bytes),
        }
    }

    /// The document's bytes, for what reads only bytes (logs, appending).
    pub(crate) fn into_bytes(self) -> Vec<u8> {
        match self {
            Input::Text(text) => text.into_bytes(),
            Input::Bytes(bytes) => bytes,
        }
    }
}

/// A JS string as UTF-8. A lone surrogate (which UTF-8 cannot hold) is
/// written as its three-byte form, as Python's `surrogatepass` does, so that
/// the core reports it as invalid UTF-8 (`json.utf8`) at its place, just as
/// benn-py does for a `str` with a lone surrogate: never a silent U+FFFD.
pub(crate) fn string_input(text: &js_sys::JsString) -> Input {
    // `isWellFormed` (ES2024) answers without a scan for most strings; where
    // the engine lacks it, the text is searched for the glue's U+FFFD, the
    // only place a lone surrogate can hide. Its first byte, 0xEF, is rare: a
    // byte search (word at a time) rules it out before the character search.
    let well_formed = text.unchecked_ref::<Utf16>().is_well_formed().ok();
    if well_formed != Some(false) {
        let utf8 = String::from(text);
        if well_formed == Some(true)
            || !utf8.as_bytes().contains(&0xEF)
            || !utf8.contains('\u{FFFD}')
        {
            return Input::Text(utf8);
        }
    }
    let mut bytes = Vec::with_capacity(text.length() as usize);
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
    Input::Bytes(bytes)
}

/// A document: a string as UTF-8, a `Uint8Array` (or Node `Buffer`) as it is.
pub(crate) fn input(function: &str, name: &str, data: &JsValue) -> Result<Input, JsValue> {
    if let Some(text) = data.dyn_ref::<js_sys::JsString>() {
        Ok(string_input(text))
    } else if let Some(bytes) = data.dyn_ref::<js_sys::Uint8Array>() {
        Ok(Input::Bytes(bytes.to_vec()))
    } else {
        Err(wrong_type(function, name, "a string or a Uint8Array", data))
    }
}

/// A document's bytes ([`input`]).
pub(crate) fn bytes(function: &str, name: &str, data: &JsValue) -> Result<Vec<u8>, JsValue> {
    input(function, name, data).map(Input::into_bytes)
}

/// A concept from its text or bytes; one that cannot be read throws an
/// `Error` with code `read.invalid` and its `findings`.
pub(crate) fn concept(function: &str, name: &str, data: &JsValue) -> Result<Concept, JsValue> {
    let src = input(function, name, data)?;
    src.parse()
        .into_concept()
        .map_err(|e| unreadable(function, name, &e))
}

/// The `Error` for a document that cannot be read.
pub(crate) fn unreadable(function: &str, name: &str, e: &benn_core::Error) -> JsValue {
    let report = benn_core::Report {
        findings: e.findings().to_vec(),
    };
    error_with_findings(e.code(), &format!("{function}: `{name}`: {e}"), &report)
}

/// The log entries to evaluate: the concept's own `log`, followed by the
/// entries of a log file when one is given (text or bytes).
pub(crate) fn entries(
    function: &str,
    concept: &Concept,
    log: Option<JsValue>,
) -> Result<Vec<LogEntry>, JsValue> {
    let mut entries = concept.log.clone();
    if let Some(log) = given(log) {
        let src = bytes(function, "log", &log)?;
        let file = benn_core::read_log(&src).map_err(|e| unreadable(function, "log", &e))?;
        entries.extend(file.entries);
    }
    Ok(entries)
}

/// A plain object or a string of JSON, as JSON text (for data in the
/// format's own shape, such as a log entry).
pub(crate) fn json_text(function: &str, name: &str, value: &JsValue) -> Result<String, JsValue> {
    if let Some(text) = value.as_string() {
        return Ok(text);
    }
    if !value.is_object() || js_sys::Array::is_array(value) || value.is_function() {
        return Err(wrong_type(
            function,
            name,
            "an object or a JSON string",
            value,
        ));
    }
    js_sys::JSON::stringify(value)
        .ok()
        .and_then(|t| t.as_string())
        .ok_or_else(|| {
            error(
                ARGUMENT_VALUE,
                &format!("{function}: `{name}` cannot be written as JSON"),
                false,
            )
        })
}
