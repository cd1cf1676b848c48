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
    let report = validate(&JsValue::from_str(BROKEN), None, None).unwrap();
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
    let from_text = validate(&JsValue::from_str(BROKEN), None, None).unwrap();
    let bytes = Uint8Array::from(BROKEN.as_bytes());
    let from_bytes = validate(&bytes, Some("2024-06-30".into()), None).unwrap();
    assert_eq!(
        js_sys::JSON::stringify(&from_text).unwrap(),
        js_sys::JSON::stringify(&from_bytes).unwrap()
    );
    let invalid_utf8 = Uint8Array::from(&[0xff_u8, 0xfe, b'{', b'}'][..]);
    let report = validate(&invalid_utf8, None, None).unwrap();
    assert_eq!(
        get(&findings(&report).get(0), "code").as_string().unwrap(),
        "json.utf8"
    );
}

#[wasm_bindgen_test]
fn a_bad_today_throws_an_error() {
    let err = validate(&JsValue::from_str(BROKEN), Some("2024-02-30".into()), None).unwrap_err();
    assert_eq!(code(&err), benn_wasm::ARGUMENT_TODAY);
    let err = err.dyn_into::<js_sys::Error>().unwrap();
    let message = String::from(err.message());
    assert!(
        message.contains("today") && message.contains("2024-02-30"),
        "{message}"
    );
}

fn code(err: &JsValue) -> String {
    get(err, "code").as_string().unwrap()
}

#[wasm_bindgen_test]
fn other_types_throw_a_type_error_with_a_code() {
    let doc = JsValue::from_str(BROKEN);
    let date = js_sys::Date::new(&JsValue::from_str("2024-06-30T12:00:00Z"));
    for data in [
        JsValue::from_f64(42.0),
        JsValue::TRUE,
        JsValue::NULL,
        JsValue::UNDEFINED,
        js_sys::Object::new().into(),
        date.clone().into(),
    ] {
        let err = validate(&data, None, None).unwrap_err();
        assert!(err.is_instance_of::<js_sys::TypeError>());
        assert_eq!(code(&err), benn_wasm::ARGUMENT_TYPE);
        let message = String::from(err.dyn_into::<js_sys::Error>().unwrap().message());
        assert!(message.starts_with("validate: `data` must be"), "{message}");
    }
    for today in [
        JsValue::from_f64(20_240_630.0),
        JsValue::FALSE,
        js_sys::Object::new().into(),
    ] {
        let err = validate(&doc, Some(today), None).unwrap_err();
        assert!(err.is_instance_of::<js_sys::TypeError>());
        assert_eq!(code(&err), benn_wasm::ARGUMENT_TYPE);
    }
    let invalid = js_sys::Date::new(&JsValue::from_str("not a date"));
    let err = validate(&doc, Some(invalid.into()), None).unwrap_err();
    assert!(err.is_instance_of::<js_sys::TypeError>());
    assert_eq!(code(&err), benn_wasm::ARGUMENT_DATE);
    // Still works afterwards.
    assert!(validate(&doc, Some(date.into()), None).is_ok());
}

#[wasm_bindgen_test]
fn a_date_is_its_day_in_utc() {
    let doc = JsValue::from_str(BROKEN);
    let date = js_sys::Date::new(&JsValue::from_str("2024-06-30T23:30:00Z"));
    let by_date = validate(&doc, Some(date.into()), None).unwrap();
    let by_text = validate(&doc, Some("2024-06-30".into()), None).unwrap();
    assert_eq!(
        js_sys::JSON::stringify(&by_date).unwrap(),
        js_sys::JSON::stringify(&by_text).unwrap()
    );
}

#[wasm_bindgen_test]
fn a_lone_surrogate_is_invalid_utf8_at_its_place() {
    // '{"title": "\ud800"}': the surrogate is the 12th code unit.
    let units: Vec<u16> = r#"{"title": "x"}"#
        .encode_utf16()
        .map(|u| if u == u16::from(b'x') { 0xD800 } else { u })
        .collect();
    let text = js_sys::JsString::from_char_code(&units);
    let report = validate(&text, None, None).unwrap();
    let first = findings(&report).get(0);
    assert_eq!(get(&first, "code").as_string().unwrap(), "json.utf8");
    assert_eq!(get(&first, "offset").as_f64(), Some(11.0));
    assert_eq!(get(&first, "column").as_f64(), Some(12.0));
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
