//! wasm-bindgen tests of the exports, run in node by `scripts/wasm-cargo.sh test`
//! (and in headless Chromium with `WASM_BINDGEN_USE_BROWSER=1`).
#![cfg(target_arch = "wasm32")]

use benn_wasm::{codes, schema, validate};
use js_sys::{Array, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

const BROKEN: &str = r#"{"format_version": 1, "titel": "x"}"#;

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(key)).unwrap()
}

fn findings(report: &JsValue) -> Array {
    get(report, "findings").dyn_into::<Array>().unwrap()
}

#[wasm_bindgen_test]
fn validate_returns_plain_objects() {
    let report = validate(&JsValue::from_str(BROKEN), None).unwrap();
    let plain = js_sys::Object::get_prototype_of(&js_sys::Object::new());
    assert_eq!(js_sys::Object::get_prototype_of(&report), plain);
    let unknown = findings(&report)
        .iter()
        .find(|f| get(f, "code").as_string().as_deref() == Some("field.unknown"))
        .unwrap();
    assert_eq!(get(&unknown, "pointer").as_string().unwrap(), "/titel");
    assert_eq!(get(&unknown, "line").as_f64(), Some(1.0));
    assert_eq!(get(&unknown, "column").as_f64(), Some(23.0));
    assert!(get(&get(&unknown, "message"), "de").is_string());
    // A plain object, not an ES Map.
    assert!(!unknown.is_instance_of::<js_sys::Map>());
    assert_eq!(js_sys::Object::get_prototype_of(&unknown), plain);
}

#[wasm_bindgen_test]
fn strings_and_bytes_give_the_same_report() {
    let from_text = validate(&JsValue::from_str(BROKEN), None).unwrap();
    let bytes = Uint8Array::from(BROKEN.as_bytes());
    let from_bytes = validate(&bytes, Some("2024-06-30".into())).unwrap();
    assert_eq!(
        js_sys::JSON::stringify(&from_text).unwrap(),
        js_sys::JSON::stringify(&from_bytes).unwrap()
    );
    let invalid_utf8 = Uint8Array::from(&[0xff_u8, 0xfe, b'{', b'}'][..]);
    let report = validate(&invalid_utf8, None).unwrap();
    assert_eq!(
        get(&findings(&report).get(0), "code").as_string().unwrap(),
        "json.utf8"
    );
}

#[wasm_bindgen_test]
fn a_bad_today_throws_an_error() {
    let err = validate(&JsValue::from_str(BROKEN), Some("2024-02-30".into())).unwrap_err();
    let err = err.dyn_into::<js_sys::Error>().unwrap();
    let message = String::from(err.message());
    assert!(
        message.contains("today") && message.contains("2024-02-30"),
        "{message}"
    );
}

#[wasm_bindgen_test]
fn other_types_throw_a_type_error() {
    let err = validate(&JsValue::from_f64(42.0), None).unwrap_err();
    assert!(err.is_instance_of::<js_sys::TypeError>());
}

#[wasm_bindgen_test]
fn schema_and_codes_are_objects() {
    let schema = schema().unwrap();
    assert_eq!(
        get(&schema, "$schema").as_string().unwrap(),
        "https://json-schema.org/draft/2020-12/schema"
    );
    let codes = codes().unwrap().dyn_into::<Array>().unwrap();
    assert_eq!(codes.length() as usize, benn_core::Code::ALL.len());
    let first = benn_core::Code::ALL.first().unwrap();
    assert_eq!(
        get(&codes.get(0), "code").as_string().unwrap(),
        first.as_str()
    );
}
