//! Results on their way out: the core's plain data as JSON text, keys turned
//! into camelCase, parsed with `JSON.parse` into plain JS objects and arrays.
//! Documents in the format's own shape (a concept, a log) keep their keys.

use serde::Serialize;
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

/// Compact JSON text (as `serde_json` and the core write it) with every
/// object key in camelCase; values, and the order of keys, stay as they are.
///
/// Works on the text, not on a `serde_json::Value`: building a `Value` only to
/// rename its keys brought serde_json's value serializer into the module and
/// sorted every object's keys.
pub(crate) fn camel_json(json: &str) -> String {
    let bytes = json.as_bytes();
    let mut out = String::with_capacity(json.len());
    let (mut copied, mut at) = (0, 0);
    while let Some(open) = find_quote(bytes, at) {
        let end = string_end(bytes, open + 1);
        let key = bytes.get(end + 1) == Some(&b':');
        if let (true, Some(inner)) = (key, json.get(open + 1..end)) {
            if inner.contains('_') {
                out.push_str(json.get(copied..=open).unwrap_or_default());
                out.push_str(&camel(inner));
                copied = end;
            }
        }
        at = end + 1;
    }
    out.push_str(json.get(copied..).unwrap_or_default());
    out
}

/// The next `"` at or after `at`.
fn find_quote(bytes: &[u8], at: usize) -> Option<usize> {
    let rest = bytes.get(at..)?;
    rest.iter().position(|&b| b == b'"').map(|i| at + i)
}

/// The closing `"` of the string whose text starts at `at` (or the end of the text).
fn string_end(bytes: &[u8], mut at: usize) -> usize {
    while let Some(&b) = bytes.get(at) {
        match b {
            b'"' => return at,
            b'\\' => at += 2,
            _ => at += 1,
        }
    }
    bytes.len()
}

/// Plain data as a JS value with camelCase keys.
pub(crate) fn data<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsValue> {
    let text = serde_json::to_string(value).map_err(|e| {
        crate::args::error(
            "output.json",
            &format!("cannot convert the result: {e}"),
            false,
        )
    })?;
    parse(&camel_json(&text))
}

/// JSON text as a JS value.
pub(crate) fn parse(text: &str) -> Result<JsValue, JsValue> {
    js_sys::JSON::parse(text)
}

/// A report `{findings: [...]}` with camelCase keys (also in `context`).
pub(crate) fn report(report: &benn_core::Report) -> Result<JsValue, JsValue> {
    parse(&camel_json(&report.to_json()))
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
        let text = r#"{"a_b":[{"c_d":1}],"e":{"f_g":"h_i:","k\"_":"x_y"},"z_":["p_q"]}"#;
        assert_eq!(
            camel_json(text),
            r#"{"aB":[{"cD":1}],"e":{"fG":"h_i:","k\"":"x_y"},"z":["p_q"]}"#
        );
        assert_eq!(camel_json(""), "");
        assert_eq!(camel_json(r#"{"a_b"#), r#"{"a_b"#);
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod property {
        use super::*;
        use proptest::prelude::*;
        use serde_json::{Map, Value};

        /// What `camel_json` must do, on values: every object key in camelCase.
        fn camel_keys(value: Value) -> Value {
            match value {
                Value::Object(map) => Value::Object(
                    map.into_iter()
                        .map(|(k, v)| (camel(&k), camel_keys(v)))
                        .collect::<Map<_, _>>(),
                ),
                Value::Array(items) => Value::Array(items.into_iter().map(camel_keys).collect()),
                other => other,
            }
        }

        /// Keys and texts made of the characters that matter here.
        fn word() -> impl Strategy<Value = String> {
            proptest::string::string_regex("[a_:\\\\\"é{},\\[\\]]{0,6}").unwrap()
        }

        fn json_value() -> impl Strategy<Value = Value> {
            let leaf = prop_oneof![
                word().prop_map(Value::from),
                any::<i32>().prop_map(Value::from),
                Just(Value::Null),
            ];
            leaf.prop_recursive(4, 32, 5, |inner| {
                prop_oneof![
                    prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
                    prop::collection::vec((word(), inner), 0..5)
                        .prop_map(|kv| Value::Object(kv.into_iter().collect())),
                ]
            })
        }

        proptest! {
            /// On any compact JSON text, renaming in the text is renaming in the value.
            #[test]
            fn renaming_the_text_renames_the_value(v in json_value()) {
                let text = v.to_string();
                let renamed: Value = serde_json::from_str(&camel_json(&text)).unwrap();
                prop_assert_eq!(renamed, camel_keys(v));
            }
        }
    }
}
