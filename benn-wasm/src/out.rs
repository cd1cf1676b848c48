//! Results on their way out: the core's plain data as JSON text, keys turned
//! into camelCase, parsed with `JSON.parse` into plain JS objects and arrays.
//! Documents in the format's own shape (a concept, a log) keep their keys.

use serde::Serialize;
use serde_json::{Map, Value};
use wasm_bindgen::prelude::*;

/// `as_of` → `asOf`, `spent_cents` → `spentCents`; other keys as they are.
pub(crate) fn camel(key: &str) -> String {
    let mut out = String::with_capacity(key.len());
    let mut upper = false;
    for c in key.chars() {
        if c == '_' && !out.is_empty() {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// Every object key of `value` in camelCase.
pub(crate) fn camel_keys(value: Value) -> Value {
    match value {
        Value::Object(map) => {
            // By `insert`: `collect` into a map sorts (one more copy of the
            // standard sort in the module).
            let mut out = Map::new();
            for (k, v) in map {
                out.insert(camel(&k), camel_keys(v));
            }
            Value::Object(out)
        }
        Value::Array(items) => Value::Array(items.into_iter().map(camel_keys).collect()),
        other => other,
    }
}

/// Plain data as a JS value with camelCase keys.
pub(crate) fn data<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsValue> {
    let value = serde_json::to_value(value).map_err(|e| {
        crate::args::error(
            "output.json",
            &format!("cannot convert the result: {e}"),
            false,
        )
    })?;
    parse(&camel_keys(value).to_string())
}

/// JSON text as a JS value.
pub(crate) fn parse(text: &str) -> Result<JsValue, JsValue> {
    js_sys::JSON::parse(text)
}

/// A report `{findings: [...]}` with camelCase keys (also in `context`).
pub(crate) fn report(report: &benn_core::Report) -> Result<JsValue, JsValue> {
    let json = report.to_json();
    // Most reports have no context key with `_`: no second pass for them.
    if !json.contains('_') {
        return parse(&json);
    }
    match serde_json::from_str::<Value>(&json) {
        Ok(v) => parse(&camel_keys(v).to_string()),
        Err(_) => parse(&json),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_become_camel_case() {
        assert_eq!(camel("as_of"), "asOf");
        assert_eq!(camel("unassigned_spent_cents"), "unassignedSpentCents");
        assert_eq!(camel("code"), "code");
        assert_eq!(camel("_x"), "_x");
        let v = camel_keys(serde_json::json!({"a_b": [{"c_d": 1}], "e": {"f_g": "h_i"}}));
        assert_eq!(
            v,
            serde_json::json!({"aB": [{"cD": 1}], "e": {"fG": "h_i"}})
        );
    }
}
