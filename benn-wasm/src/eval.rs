//! Evaluation (*Auswertung*) of a concept given as text or bytes: the state
//! on a day, roll-ups, status shares, budget, indicators, coverage, the
//! comparison of two versions and the review of the previous concept.
//! The [`crate::Document`] handle offers the same on a document parsed once.

use benn_core::eval::{self, Method};
use benn_core::{Concept, Date, LogEntry};
use wasm_bindgen::prelude::*;

use crate::args;
use crate::out;

/// What the evaluation exports compute, on a concept already read.
pub(crate) fn state(c: &Concept, e: &[LogEntry], as_of: Date) -> Result<JsValue, JsValue> {
    out::data(&eval::state(c, e, as_of))
}

pub(crate) fn rollup(
    c: &Concept,
    e: &[LogEntry],
    as_of: Date,
    method: Method,
) -> Result<JsValue, JsValue> {
    out::data(&eval::rollup(c, &eval::state(c, e, as_of), method))
}

pub(crate) fn shares(c: &Concept, e: &[LogEntry], as_of: Date) -> Result<JsValue, JsValue> {
    out::data(&eval::shares(c, &eval::state(c, e, as_of)))
}

pub(crate) fn budget(c: &Concept, e: &[LogEntry], as_of: Date) -> Result<JsValue, JsValue> {
    out::data(&eval::budget::report(c, e, as_of))
}

pub(crate) fn indicators(c: &Concept, e: &[LogEntry], as_of: Date) -> Result<JsValue, JsValue> {
    out::data(&eval::indicators(c, e, as_of))
}

/// The concept, its entries and the day from the arguments, checked in order.
fn inputs(
    function: &str,
    concept: &JsValue,
    as_of: &JsValue,
    log: Option<JsValue>,
) -> Result<(Concept, Vec<LogEntry>, Date), JsValue> {
    let c = args::concept(function, "concept", concept)?;
    let day = args::day(function, "asOf", as_of)?;
    let e = args::entries(function, &c, log)?;
    Ok((c, e, day))
}

/// The state of every step on `asOf`.
#[wasm_bindgen(js_name = state, skip_typescript)]
pub fn state_of(
    concept: &JsValue,
    as_of: &JsValue,
    log: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    let (c, e, day) = inputs("state", concept, as_of, log)?;
    state(&c, &e, day)
}

/// The progress of goals, action fields and the concept by an explicit method.
#[wasm_bindgen(js_name = rollup, skip_typescript)]
pub fn rollup_of(
    concept: &JsValue,
    as_of: &JsValue,
    method: &JsValue,
    log: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    let (c, e, day) = inputs("rollup", concept, as_of, log)?;
    let m = args::method("rollup", method)?;
    rollup(&c, &e, day, m)
}

/// Status shares per action field and overall.
#[wasm_bindgen(js_name = shares, skip_typescript)]
pub fn shares_of(
    concept: &JsValue,
    as_of: &JsValue,
    log: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    let (c, e, day) = inputs("shares", concept, as_of, log)?;
    shares(&c, &e, day)
}

/// Money planned and spent per year and per action field, in cents.
#[wasm_bindgen(js_name = budget, skip_typescript)]
pub fn budget_of(
    concept: &JsValue,
    as_of: &JsValue,
    log: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    let (c, e, day) = inputs("budget", concept, as_of, log)?;
    budget(&c, &e, day)
}

/// Baseline → latest actual → target of every indicator.
#[wasm_bindgen(js_name = indicators, skip_typescript)]
pub fn indicators_of(
    concept: &JsValue,
    as_of: &JsValue,
    log: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    let (c, e, day) = inputs("indicators", concept, as_of, log)?;
    indicators(&c, &e, day)
}

/// The planning areas and target groups each action field reaches, and the gaps.
#[wasm_bindgen(js_name = coverage, skip_typescript)]
pub fn coverage_of(concept: &JsValue) -> Result<JsValue, JsValue> {
    let c = args::concept("coverage", "concept", concept)?;
    out::data(&eval::coverage(&c))
}

/// Two versions of a concept side by side.
#[wasm_bindgen(js_name = compare, skip_typescript)]
pub fn compare_of(old: &JsValue, new: &JsValue) -> Result<JsValue, JsValue> {
    let a = args::concept("compare", "old", old)?;
    let b = args::concept("compare", "new", new)?;
    out::data(&eval::compare(&a, &b))
}

/// The review (*Rückblick*) of the previous concept's goals for the next one.
#[wasm_bindgen(js_name = review, skip_typescript)]
pub fn review_of(
    previous: &JsValue,
    next: &JsValue,
    as_of: &JsValue,
    previous_log: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    let p = args::concept("review", "previous", previous)?;
    let n = args::concept("review", "next", next)?;
    let day = args::day("review", "asOf", as_of)?;
    let e = args::entries("review", &p, previous_log)?;
    out::data(&eval::review(&p, &e, &n, day))
}

/// Tables by name, for the exports of this module and the document handle.
pub(crate) fn table<'a>(
    function: &str,
    name: &JsValue,
    c: &'a Concept,
    e: &'a [LogEntry],
    as_of: Date,
    method: Method,
) -> Result<benn_core::table::Table<'a>, JsValue> {
    let name = args::string(function, "name", name)?;
    benn_core::table::named(&name, c, e, Some(as_of), method)
        .map_err(|err| args::error(args::ARGUMENT_VALUE, &format!("{function}: {err}"), false))
}

/// One table as CSV bytes (`german`: `;` and decimal commas, with a BOM for Excel).
#[cfg(feature = "csv")]
pub(crate) fn csv(table: &benn_core::table::Table, german: bool) -> Result<JsValue, JsValue> {
    let options = benn_core::table::csv::CsvOptions {
        german,
        bom: german,
    };
    benn_core::table::csv::write(table, options)
        .map(|b| js_sys::Uint8Array::from(b.as_slice()).into())
        .map_err(|e| args::error(e.code(), &e.to_string(), false))
}

/// Every table as one XLSX workbook.
#[cfg(feature = "xlsx")]
pub(crate) fn xlsx(
    c: &Concept,
    e: &[LogEntry],
    as_of: Date,
    method: Method,
) -> Result<JsValue, JsValue> {
    let tables = benn_core::table::all(c, e, as_of, method);
    benn_core::table::xlsx::write(&tables)
        .map(|b| js_sys::Uint8Array::from(b.as_slice()).into())
        .map_err(|e| args::error(e.code(), &e.to_string(), false))
}

/// One table as CSV bytes.
#[cfg(feature = "csv")]
#[wasm_bindgen(js_name = tableCsv, skip_typescript)]
pub fn table_csv(
    name: &JsValue,
    concept: &JsValue,
    as_of: &JsValue,
    method: &JsValue,
    log: Option<JsValue>,
    german: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    let f = "tableCsv";
    let (c, e, day) = inputs(f, concept, as_of, log)?;
    let m = args::method(f, method)?;
    let german = args::flag(f, "german", german)?;
    csv(&table(f, name, &c, &e, day, m)?, german)
}

/// One table as JSON Lines text.
#[wasm_bindgen(js_name = tableJsonl, skip_typescript)]
pub fn table_jsonl(
    name: &JsValue,
    concept: &JsValue,
    as_of: &JsValue,
    method: &JsValue,
    log: Option<JsValue>,
) -> Result<String, JsValue> {
    let f = "tableJsonl";
    let (c, e, day) = inputs(f, concept, as_of, log)?;
    let m = args::method(f, method)?;
    Ok(benn_core::table::jsonl::write(&table(
        f, name, &c, &e, day, m,
    )?))
}

/// Every table as an XLSX workbook (bytes).
#[cfg(feature = "xlsx")]
#[wasm_bindgen(skip_typescript)]
pub fn workbook(
    concept: &JsValue,
    as_of: &JsValue,
    method: &JsValue,
    log: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    let (c, e, day) = inputs("workbook", concept, as_of, log)?;
    let m = args::method("workbook", method)?;
    xlsx(&c, &e, day, m)
}
