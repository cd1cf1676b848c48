//! Reports people read (*Berichte*, feature `report`): the *Kurzfassung* and
//! the progress report (*Sachstandsbericht*) as standalone HTML (or
//! Markdown), and each chart of the progress report as SVG. The core writes
//! every byte (`benn_core::report`), so the page shows what `benn report`
//! writes for the same input and day.

use benn_core::report::{self, chart, Format, Options};
use benn_core::{Concept, Date, Lang, LogEntry};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::args;
use crate::Document;

/// The keys of a report's `options` object.
const KEYS: [&str; 5] = ["lang", "method", "steps", "recent", "format"];

/// A report's options: the core's [`Options`] on `as_of`, and the format.
fn options(
    function: &str,
    as_of: Date,
    value: Option<JsValue>,
) -> Result<(Options, Format), JsValue> {
    let mut opts = Options::new(as_of);
    let mut format = Format::Html;
    let Some(value) = args::given(value) else {
        return Ok((opts, format));
    };
    if !value.is_object()
        || js_sys::Array::is_array(&value)
        || value.is_function()
        || value.is_instance_of::<js_sys::Date>()
        || value.is_instance_of::<js_sys::Uint8Array>()
    {
        return Err(args::wrong_type(function, "options", "an object", &value));
    }
    let object: &js_sys::Object = value.unchecked_ref();
    for key in js_sys::Object::keys(object).iter() {
        let key = key.as_string().unwrap_or_default();
        if !KEYS.contains(&key.as_str()) {
            return Err(args::error(
                args::ARGUMENT_VALUE,
                &format!(
                    "{function}: no option `{key}` (possible: {})",
                    KEYS.join(", ")
                ),
                false,
            ));
        }
    }
    let get = |key: &str| {
        args::given(Some(
            js_sys::Reflect::get(&value, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED),
        ))
    };
    if let Some(v) = get("lang") {
        opts.lang = match args::string(function, "options.lang", &v)?.as_str() {
            "de" => Lang::De,
            "en" => Lang::En,
            other => return Err(bad(function, "lang", other, "\"de\" or \"en\"")),
        };
    }
    if let Some(v) = get("method") {
        opts.method = args::method(function, &v)?;
    }
    opts.steps = args::flag(function, "options.steps", get("steps"))?;
    if let Some(v) = get("recent") {
        opts.recent = args::offset(function, "options.recent", &v)?;
    }
    if let Some(v) = get("format") {
        format = match args::string(function, "options.format", &v)?.as_str() {
            "html" => Format::Html,
            "markdown" | "md" => Format::Markdown,
            other => return Err(bad(function, "format", other, "\"html\" or \"markdown\"")),
        };
    }
    Ok((opts, format))
}

/// The `Error` for an option of the right type but an unknown value.
fn bad(function: &str, key: &str, value: &str, want: &str) -> JsValue {
    args::error(
        args::ARGUMENT_VALUE,
        &format!("{function}: `options.{key}` must be {want}, not `{value}`"),
        false,
    )
}

/// The charts by name; their ids start with the name (as `benn report --chart`).
fn svg(
    function: &str,
    name: &JsValue,
    c: &Concept,
    e: &[LogEntry],
    opts: &Options,
) -> Result<String, JsValue> {
    let name = args::string(function, "name", name)?;
    let refs: Vec<&LogEntry> = e.iter().collect();
    let data = || report::progress_data(c, &refs, opts);
    Ok(match name.as_str() {
        "gantt" => {
            let d = data();
            chart::gantt(
                &chart::gantt_rows(c, &d.state),
                &c.period,
                d.as_of,
                opts.lang,
                "gantt",
            )
        }
        "budget" => chart::budget(&data().budget, opts.lang, "budget"),
        "progress" => chart::progress(&data().rollup, opts.lang),
        "shares" => chart::shares(&data().shares, opts.lang, "shares"),
        _ => {
            return Err(args::error(
                args::ARGUMENT_VALUE,
                &format!(
                    "{function}: no chart `{name}` (possible: gantt, budget, progress, shares)"
                ),
                false,
            ))
        }
    })
}

fn kurzfassung_of(c: &Concept, opts: &Options, format: Format) -> String {
    report::render(&report::kurzfassung(c, opts), format)
}

fn progress_of(c: &Concept, e: &[LogEntry], opts: &Options, format: Format) -> String {
    let refs: Vec<&LogEntry> = e.iter().collect();
    report::render(&report::progress(c, &refs, opts), format)
}

/// The *Kurzfassung* (short version) of a concept as standalone HTML.
#[wasm_bindgen(skip_typescript)]
pub fn kurzfassung(
    concept: &JsValue,
    as_of: &JsValue,
    options: Option<JsValue>,
) -> Result<String, JsValue> {
    let f = "kurzfassung";
    let c = args::concept(f, "concept", concept)?;
    let day = args::day(f, "asOf", as_of)?;
    let (opts, format) = self::options(f, day, options)?;
    Ok(kurzfassung_of(&c, &opts, format))
}

/// The progress report (*Sachstandsbericht*) on `asOf` as standalone HTML.
#[wasm_bindgen(js_name = progressReport, skip_typescript)]
pub fn progress_report(
    concept: &JsValue,
    as_of: &JsValue,
    log: Option<JsValue>,
    options: Option<JsValue>,
) -> Result<String, JsValue> {
    let f = "progressReport";
    let c = args::concept(f, "concept", concept)?;
    let day = args::day(f, "asOf", as_of)?;
    let e = args::entries(f, &c, log)?;
    let (opts, format) = self::options(f, day, options)?;
    Ok(progress_of(&c, &e, &opts, format))
}

/// One chart of the progress report as SVG: `gantt`, `budget`, `progress` or `shares`.
#[wasm_bindgen(skip_typescript)]
pub fn chart(
    name: &JsValue,
    concept: &JsValue,
    as_of: &JsValue,
    log: Option<JsValue>,
    options: Option<JsValue>,
) -> Result<String, JsValue> {
    let f = "chart";
    let c = args::concept(f, "concept", concept)?;
    let day = args::day(f, "asOf", as_of)?;
    let e = args::entries(f, &c, log)?;
    let (opts, _) = self::options(f, day, options)?;
    svg(f, name, &c, &e, &opts)
}

#[wasm_bindgen]
impl Document {
    /// The *Kurzfassung* of the concept as standalone HTML.
    pub fn kurzfassung(
        &self,
        as_of: &JsValue,
        options: Option<JsValue>,
    ) -> Result<String, JsValue> {
        let f = "Document.kurzfassung";
        let day = args::day(f, "asOf", as_of)?;
        let c = self.concept_or_throw("kurzfassung")?;
        let (opts, format) = self::options(f, day, options)?;
        Ok(kurzfassung_of(c, &opts, format))
    }

    /// The progress report on `asOf` as standalone HTML.
    #[wasm_bindgen(js_name = progressReport)]
    pub fn progress_report(
        &self,
        as_of: &JsValue,
        log: Option<JsValue>,
        options: Option<JsValue>,
    ) -> Result<String, JsValue> {
        let f = "Document.progressReport";
        let (c, e, day) = self.inputs("progressReport", as_of, log)?;
        let (opts, format) = self::options(f, day, options)?;
        Ok(progress_of(c, &e, &opts, format))
    }

    /// One chart of the progress report as SVG.
    pub fn chart(
        &self,
        name: &JsValue,
        as_of: &JsValue,
        log: Option<JsValue>,
        options: Option<JsValue>,
    ) -> Result<String, JsValue> {
        let f = "Document.chart";
        let (c, e, day) = self.inputs("chart", as_of, log)?;
        let (opts, _) = self::options(f, day, options)?;
        svg(f, name, c, &e, &opts)
    }
}

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** What a report is made with; every key may be left out. */
export interface ReportOptions {
  /** The language (German by default). */
  lang?: "de" | "en";
  /** How progress rolls up (`"mean"` by default, as `benn report`). */
  method?: Method;
  /** Whether the Kurzfassung lists each goal's steps. */
  steps?: boolean;
  /** How many of the latest log entries the progress report lists (10 by default). */
  recent?: number;
  /** Standalone HTML (default) or Markdown; charts ignore it. */
  format?: "html" | "markdown" | "md";
}
/** The charts of the progress report. */
export type ChartName = "gantt" | "budget" | "progress" | "shares";
/**
 * The *Kurzfassung* (short version) of a concept: standalone HTML with inline CSS, no script, user text
 * escaped; the same bytes as `benn report --kind short`. Only in builds with the `report` feature.
 */
export function kurzfassung(concept: Source, asOf: Day, options?: ReportOptions | null): string;
/** The progress report (*Sachstandsbericht*) on `asOf`, with its charts; the same bytes as `benn report`. */
export function progressReport(concept: Source, asOf: Day, log?: Source | null, options?: ReportOptions | null): string;
/**
 * One chart of the progress report as an `<svg>` (`data-chart` names it, each bar has `data-bar`);
 * the same bytes as `benn report --chart NAME` without its final newline.
 */
export function chart(name: ChartName, concept: Source, asOf: Day, log?: Source | null, options?: ReportOptions | null): string;
export interface Document {
  /** The *Kurzfassung* of the concept (standalone HTML). */
  kurzfassung(asOf: Day, options?: ReportOptions | null): string;
  /** The progress report on `asOf` (standalone HTML). */
  progressReport(asOf: Day, log?: Source | null, options?: ReportOptions | null): string;
  /** One chart of the progress report as SVG. */
  chart(name: ChartName, asOf: Day, log?: Source | null, options?: ReportOptions | null): string;
}
"#;
