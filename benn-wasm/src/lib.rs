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
}
/** Every finding of a document, in source order. */
export interface Report { findings: Finding[] }
/** An entry of the code registry. */
export interface CodeInfo { code: string; severity: Severity; description: Text }
"#;

/// Validation options from the arguments.
fn options(today: Option<String>) -> Result<Options, String> {
    today.map_or_else(|| Ok(Options::default()), |t| Options::with_today(&t))
}

/// The document's bytes: a string as UTF-8, a `Uint8Array` (or Node `Buffer`) as it is.
fn input(data: &JsValue) -> Result<Vec<u8>, JsValue> {
    if let Some(text) = data.as_string() {
        Ok(text.into_bytes())
    } else if let Some(bytes) = data.dyn_ref::<js_sys::Uint8Array>() {
        Ok(bytes.to_vec())
    } else {
        Err(js_sys::TypeError::new("data must be a string or a Uint8Array").into())
    }
}

fn parse_json(text: &str) -> Result<JsValue, JsValue> {
    js_sys::JSON::parse(text)
}

/// Validates a document and returns the report `{ findings: [...] }` with
/// **all** findings, in source order. Findings are data, never thrown.
/// `today` (`YYYY-MM-DD`) enables rules about the present; a malformed date
/// throws an `Error`, and data of another type a `TypeError`.
#[wasm_bindgen(unchecked_return_type = "Report")]
pub fn validate(
    #[wasm_bindgen(unchecked_param_type = "string | Uint8Array")] data: &JsValue,
    today: Option<String>,
) -> Result<JsValue, JsValue> {
    let options = options(today).map_err(|e| JsError::new(&e))?;
    let src = input(data)?;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn today_is_parsed_or_explained() {
        assert_eq!(options(None).unwrap().today, None);
        assert_eq!(
            options(Some("2024-02-29".into()))
                .unwrap()
                .today
                .unwrap()
                .to_string(),
            "2024-02-29"
        );
        let e = options(Some("2023-02-29".into())).unwrap_err();
        assert!(e.contains("`2023-02-29`"), "{e}");
        assert!(options(Some("29.02.2024".into())).is_err());
    }
}
