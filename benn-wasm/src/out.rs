//! Results on their way out: the core's plain data as JSON text, keys turned
//! into camelCase, parsed with `JSON.parse` into plain JS objects and arrays.
//! Documents in the format's own shape (a concept, a log) keep their keys.
//!
//! [`data`] writes the text with its own small serde serializer ([`Camel`]):
//! the keys of every object in camelCase and in byte order, as
//! `serde_json::to_value` (whose map sorts), a camelCase pass and
//! `Value::to_string` would write them, without building the tree of values
//! (which took about 15 KB of the module in copies per result type).

use std::fmt::{self, Display};

use serde::ser::{self, Serialize};
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
    let text = json(value).map_err(|e| {
        crate::args::error(
            "output.json",
            &format!("cannot convert the result: {e}"),
            false,
        )
    })?;
    parse(&text)
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

/// `value` as compact JSON text with camelCase keys, each object's keys in
/// byte order (a later duplicate key replaces an earlier one): what
/// `camel_keys(serde_json::to_value(value)?).to_string()` writes, up to the
/// spelling of numbers and escapes (the same values for `JSON.parse`).
pub(crate) fn json<T: Serialize + ?Sized>(value: &T) -> Result<String, Error> {
    let mut w = Camel {
        out: String::new(),
        raw: false,
    };
    value.serialize(&mut w)?;
    Ok(w.out)
}

/// Why a result cannot be written (a map key that is no string, a number
/// out of range): never for the core's results.
#[derive(Debug)]
pub(crate) struct Error(String);

impl Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
}

/// The name `serde_json` gives the struct of a `RawValue`.
const RAW_VALUE: &str = "$serde_json::private::RawValue";

/// The serializer of [`json`]: writes into `out`.
struct Camel {
    out: String,
    /// The next string is the JSON text of a `RawValue`.
    raw: bool,
}

impl Camel {
    fn string(&mut self, s: &str) {
        self.out.push('"');
        let mut start = 0;
        for (i, b) in s.bytes().enumerate() {
            if b == b'"' || b == b'\\' || b < 0x20 {
                self.out.push_str(s.get(start..i).unwrap_or_default());
                self.out.push('\\');
                match b {
                    b'"' | b'\\' => self.out.push(char::from(b)),
                    b'\n' => self.out.push('n'),
                    b'\t' => self.out.push('t'),
                    b'\r' => self.out.push('r'),
                    0x08 => self.out.push('b'),
                    0x0c => self.out.push('f'),
                    _ => {
                        let hex = b"0123456789abcdef";
                        self.out.push_str("u00");
                        for nibble in [b >> 4, b & 15] {
                            self.out.push(char::from(
                                hex.get(usize::from(nibble)).copied().unwrap_or(b'0'),
                            ));
                        }
                    }
                }
                start = i + 1;
            }
        }
        self.out.push_str(s.get(start..).unwrap_or_default());
        self.out.push('"');
    }

    fn number(&mut self, n: impl Display) {
        use std::fmt::Write as _;
        let _ = write!(self.out, "{n}");
    }

    fn float(&mut self, v: f64) {
        match serde_json::Number::from_f64(v) {
            Some(n) => self.number(n),
            None => self.out.push_str("null"),
        }
    }

    /// Opens an object; with `variant`, the object `{"variant": {` of an enum's variant.
    fn object(&mut self, variant: Option<&str>) -> Object<'_> {
        if let Some(v) = variant {
            self.out.push('{');
            self.key(v);
        }
        self.out.push('{');
        Object {
            start: self.out.len(),
            keys: Vec::new(),
            wrapped: variant.is_some(),
            raw: false,
            w: self,
        }
    }

    /// Opens an array; with `variant`, `{"variant": [`.
    fn array(&mut self, variant: Option<&str>) -> Array<'_> {
        if let Some(v) = variant {
            self.out.push('{');
            self.key(v);
        }
        self.out.push('[');
        Array {
            first: true,
            wrapped: variant.is_some(),
            w: self,
        }
    }

    /// `"camelKey":`.
    fn key(&mut self, key: &str) {
        self.string(&camel(key));
        self.out.push(':');
    }
}

/// An object being written: where each entry starts, and its key, so that
/// `end` can put the entries in key order.
struct Object<'a> {
    w: &'a mut Camel,
    start: usize,
    keys: Vec<(String, usize)>,
    wrapped: bool,
    /// A `serde_json::value::RawValue`: its one field is JSON text.
    raw: bool,
}

impl Object<'_> {
    fn entry(&mut self, key: String) {
        if !self.keys.is_empty() {
            self.w.out.push(',');
        }
        self.keys.push((key, self.w.out.len()));
        // The key itself is written by `key` (struct fields) or by the map's key.
    }

    fn field<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> Result<(), Error> {
        self.key(key);
        value.serialize(&mut *self.w)
    }

    /// Starts the entry of `key` (or, in a `RawValue`, marks its text as coming).
    #[inline(never)]
    fn key(&mut self, key: &str) {
        if self.raw {
            self.w.raw = true;
            return;
        }
        let key = camel(key);
        self.entry(key.clone());
        self.w.string(&key);
        self.w.out.push(':');
    }

    fn end(self) {
        if self.raw {
            return;
        }
        sort_entries(&mut self.w.out, self.start, &self.keys);
        self.w.out.push('}');
        if self.wrapped {
            self.w.out.push('}');
        }
    }
}

/// Puts the entries of an object written from `start` in key order, the
/// last of equal keys only (what a map does when each is inserted in turn).
fn sort_entries(out: &mut String, start: usize, keys: &[(String, usize)]) {
    let sorted = keys.windows(2).all(|w| match w {
        [a, b] => a.0 < b.0,
        _ => true,
    });
    if sorted {
        return;
    }
    let body = out.split_off(start);
    let ends: Vec<usize> = keys
        .iter()
        .skip(1)
        .map(|(_, s)| s - start - 1) // before the comma
        .chain([body.len()])
        .collect();
    // By insertion (objects have a few keys; stable: of equal keys the
    // last one ends up last).
    let key = |i: usize| keys.get(i).map(|k| k.0.as_str());
    let mut order: Vec<usize> = Vec::with_capacity(keys.len());
    for i in 0..keys.len() {
        let at = order.partition_point(|&j| key(j) <= key(i));
        order.insert(at, i);
    }
    let mut first = true;
    for (n, &i) in order.iter().enumerate() {
        let next_same = order.get(n + 1).is_some_and(|&j| key(j) == key(i));
        if next_same {
            continue;
        }
        let from = keys.get(i).map_or(0, |k| k.1 - start);
        let to = ends.get(i).copied().unwrap_or(from);
        if !first {
            out.push(',');
        }
        first = false;
        out.push_str(body.get(from..to).unwrap_or_default());
    }
}

/// An array being written.
struct Array<'a> {
    w: &'a mut Camel,
    first: bool,
    wrapped: bool,
}

impl Array<'_> {
    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        if !self.first {
            self.w.out.push(',');
        }
        self.first = false;
        value.serialize(&mut *self.w)
    }

    fn end(self) {
        self.w.out.push(']');
        if self.wrapped {
            self.w.out.push('}');
        }
    }
}

impl<'a> ser::Serializer for &'a mut Camel {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Array<'a>;
    type SerializeTuple = Array<'a>;
    type SerializeTupleStruct = Array<'a>;
    type SerializeTupleVariant = Array<'a>;
    type SerializeMap = Object<'a>;
    type SerializeStruct = Object<'a>;
    type SerializeStructVariant = Object<'a>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.out.push_str(if v { "true" } else { "false" });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        self.number(v);
        Ok(())
    }
    fn serialize_i128(self, v: i128) -> Result<(), Error> {
        match i64::try_from(v) {
            Ok(v) => self.serialize_i64(v),
            Err(_) => self.serialize_u128(u128::try_from(v).unwrap_or(u128::MAX)),
        }
    }
    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        self.number(v);
        Ok(())
    }
    fn serialize_u128(self, v: u128) -> Result<(), Error> {
        u64::try_from(v)
            .map(|v| self.number(v))
            .map_err(|_| Error("number out of range".into()))
    }
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        self.float(f64::from(v));
        Ok(())
    }
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        self.float(v);
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.string(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        if std::mem::take(&mut self.raw) {
            // As `to_value` does: the text read as a value (then camelCase).
            let v: Value = serde_json::from_str(v).map_err(|e| Error(e.to_string()))?;
            return camel_keys(v).serialize(self);
        }
        self.string(v);
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        let mut a = self.array(None);
        for b in v {
            a.element(b)?;
        }
        a.end();
        Ok(())
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.out.push_str("null");
        Ok(())
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.out.push('{');
        self.key(variant);
        value.serialize(&mut *self)?;
        self.out.push('}');
        Ok(())
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Array<'a>, Error> {
        Ok(self.array(None))
    }
    fn serialize_tuple(self, _len: usize) -> Result<Array<'a>, Error> {
        Ok(self.array(None))
    }
    fn serialize_tuple_struct(self, _name: &'static str, _len: usize) -> Result<Array<'a>, Error> {
        Ok(self.array(None))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Array<'a>, Error> {
        Ok(self.array(Some(variant)))
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Object<'a>, Error> {
        Ok(self.object(None))
    }
    fn serialize_struct(self, name: &'static str, _len: usize) -> Result<Object<'a>, Error> {
        if name == RAW_VALUE {
            return Ok(Object {
                start: self.out.len(),
                keys: Vec::new(),
                wrapped: false,
                raw: true,
                w: self,
            });
        }
        Ok(self.object(None))
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Object<'a>, Error> {
        Ok(self.object(Some(variant)))
    }
}

impl ser::SerializeSeq for Array<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }
    fn end(self) -> Result<(), Error> {
        Array::end(self);
        Ok(())
    }
}

impl ser::SerializeTuple for Array<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }
    fn end(self) -> Result<(), Error> {
        Array::end(self);
        Ok(())
    }
}

impl ser::SerializeTupleStruct for Array<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }
    fn end(self) -> Result<(), Error> {
        Array::end(self);
        Ok(())
    }
}

impl ser::SerializeTupleVariant for Array<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }
    fn end(self) -> Result<(), Error> {
        Array::end(self);
        Ok(())
    }
}

impl ser::SerializeMap for Object<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        let key = key.serialize(Key)?;
        self.key(&key);
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        value.serialize(&mut *self.w)
    }
    fn end(self) -> Result<(), Error> {
        Object::end(self);
        Ok(())
    }
}

impl ser::SerializeStruct for Object<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.field(key, value)
    }
    fn end(self) -> Result<(), Error> {
        Object::end(self);
        Ok(())
    }
}

impl ser::SerializeStructVariant for Object<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.field(key, value)
    }
    fn end(self) -> Result<(), Error> {
        Object::end(self);
        Ok(())
    }
}

/// A map key as text: strings, characters, numbers and booleans (as
/// `serde_json`'s map keys); anything else is an error.
struct Key;

fn not_a_key<T>() -> Result<T, Error> {
    Err(Error("key must be a string".into()))
}

impl ser::Serializer for Key {
    type Ok = String;
    type Error = Error;
    type SerializeSeq = ser::Impossible<String, Error>;
    type SerializeTuple = ser::Impossible<String, Error>;
    type SerializeTupleStruct = ser::Impossible<String, Error>;
    type SerializeTupleVariant = ser::Impossible<String, Error>;
    type SerializeMap = ser::Impossible<String, Error>;
    type SerializeStruct = ser::Impossible<String, Error>;
    type SerializeStructVariant = ser::Impossible<String, Error>;

    fn serialize_bool(self, v: bool) -> Result<String, Error> {
        Ok(v.to_string())
    }
    fn serialize_i8(self, v: i8) -> Result<String, Error> {
        Ok(v.to_string())
    }
    fn serialize_i16(self, v: i16) -> Result<String, Error> {
        Ok(v.to_string())
    }
    fn serialize_i32(self, v: i32) -> Result<String, Error> {
        Ok(v.to_string())
    }
    fn serialize_i64(self, v: i64) -> Result<String, Error> {
        Ok(v.to_string())
    }
    fn serialize_i128(self, v: i128) -> Result<String, Error> {
        Ok(v.to_string())
    }
    fn serialize_u8(self, v: u8) -> Result<String, Error> {
        Ok(v.to_string())
    }
    fn serialize_u16(self, v: u16) -> Result<String, Error> {
        Ok(v.to_string())
    }
    fn serialize_u32(self, v: u32) -> Result<String, Error> {
        Ok(v.to_string())
    }
    fn serialize_u64(self, v: u64) -> Result<String, Error> {
        Ok(v.to_string())
    }
    fn serialize_u128(self, v: u128) -> Result<String, Error> {
        Ok(v.to_string())
    }
    fn serialize_f32(self, v: f32) -> Result<String, Error> {
        self.serialize_f64(f64::from(v))
    }
    fn serialize_f64(self, v: f64) -> Result<String, Error> {
        serde_json::Number::from_f64(v)
            .map(|n| n.to_string())
            .ok_or_else(|| Error("float key must be finite (got NaN or +/-inf)".into()))
    }
    fn serialize_char(self, v: char) -> Result<String, Error> {
        Ok(v.to_string())
    }
    fn serialize_str(self, v: &str) -> Result<String, Error> {
        Ok(v.to_owned())
    }
    fn serialize_bytes(self, _v: &[u8]) -> Result<String, Error> {
        not_a_key()
    }
    fn serialize_none(self) -> Result<String, Error> {
        not_a_key()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, _value: &T) -> Result<String, Error> {
        not_a_key()
    }
    fn serialize_unit(self) -> Result<String, Error> {
        not_a_key()
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<String, Error> {
        not_a_key()
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<String, Error> {
        Ok(variant.to_owned())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<String, Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _value: &T,
    ) -> Result<String, Error> {
        not_a_key()
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Self::SerializeSeq, Error> {
        not_a_key()
    }
    fn serialize_tuple(self, _len: usize) -> Result<Self::SerializeTuple, Error> {
        not_a_key()
    }
    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleStruct, Error> {
        not_a_key()
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        not_a_key()
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Self::SerializeMap, Error> {
        not_a_key()
    }
    fn serialize_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStruct, Error> {
        not_a_key()
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        not_a_key()
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

    /// What `data` wrote before: the tree of values, camelCase, as text.
    fn by_value<T: Serialize>(value: &T) -> String {
        camel_keys(serde_json::to_value(value).unwrap()).to_string()
    }

    /// The same bytes as before (keys in order, numbers and escapes spelled alike).
    fn same<T: Serialize>(value: &T) {
        assert_eq!(json(value).unwrap(), by_value(value));
    }

    #[derive(serde::Serialize)]
    #[serde(rename_all = "snake_case")]
    enum Kind {
        OnTrack,
        Plain(u8),
        Pair(i32, String),
        Shaped { the_x: f64, b: Option<bool> },
    }

    #[derive(serde::Serialize)]
    #[serde(tag = "type", content = "value", rename_all = "snake_case")]
    enum Tagged {
        Text(String),
        List(Vec<String>),
    }

    #[derive(serde::Serialize)]
    struct Sample {
        zeta_last: u64,
        as_of: &'static str,
        alpha: Vec<Kind>,
        tagged: Vec<Tagged>,
        #[serde(skip_serializing_if = "Option::is_none")]
        skipped: Option<u8>,
        none: Option<u8>,
        map: std::collections::BTreeMap<String, i64>,
        floats: Vec<f64>,
        text: String,
        ch: char,
        unit: (),
        tuple: (u8, &'static str),
        big: i128,
    }

    #[test]
    fn writes_what_the_tree_of_values_wrote() {
        let sample = Sample {
            zeta_last: u64::MAX,
            as_of: "2024-06-30",
            alpha: vec![
                Kind::OnTrack,
                Kind::Plain(7),
                Kind::Pair(-3, "x".into()),
                Kind::Shaped {
                    the_x: 0.1,
                    b: None,
                },
            ],
            tagged: vec![Tagged::Text("t".into()), Tagged::List(vec!["a".into()])],
            skipped: None,
            none: None,
            map: [
                ("b_c".to_owned(), 1),
                ("a".to_owned(), -2),
                ("bC".to_owned(), 5),
            ]
            .into_iter()
            .collect(),
            floats: vec![0.0, -0.0, 1.5, 1e20, 1e-7, f64::NAN, f64::INFINITY, 54.26],
            text: "quote \" backslash \\ newline \n tab \t nul \u{0} ü €".into(),
            ch: '"',
            unit: (),
            tuple: (1, "two"),
            big: -(1 << 40),
        };
        same(&sample);
        same(&serde_json::json!({"z_y": [1, {"b_a": null, "a_b": "c_d"}], "a": 2.5}));
        same(&Vec::<u8>::new());
        let raw = serde_json::value::RawValue::from_string(r#"{"b_c": 1.50, "a": [2]}"#.into());
        same(&vec![raw.unwrap()]);
        same(&"text");
    }

    #[test]
    fn writes_what_the_tree_of_values_wrote_for_the_examples() {
        use benn_core::eval::{self, Method};
        let file = |name: &str| std::fs::read(format!("../examples/{name}")).unwrap();
        let old = benn_core::read(&file("weissensee-2023.json")).unwrap();
        let new = benn_core::read(&file("weissensee-2025.json")).unwrap();
        let log = benn_core::read_log(&file("weissensee-2023.log.json")).unwrap();
        let allende = benn_core::read(&file("allende-viertel-2025.json")).unwrap();
        for day in ["2023-06-30", "2024-06-30", "2025-12-31"] {
            let day = day.parse().unwrap();
            for (c, e) in [(&old, &log.entries), (&allende, &allende.log)] {
                let state = eval::state(c, e, day);
                same(&state);
                for m in [Method::Mean, Method::Weight, Method::Cost] {
                    same(&eval::rollup(c, &state, m));
                }
                same(&eval::shares(c, &state));
                same(&eval::budget::report(c, e, day));
                same(&eval::indicators(c, e, day));
            }
            same(&eval::review(&old, &log.entries, &new, day));
        }
        for c in [&old, &new, &allende] {
            same(&eval::coverage(c));
        }
        same(&eval::compare(&old, &new));
        same(&eval::compare(&new, &allende));
    }

    #[test]
    fn a_later_duplicate_key_wins() {
        let mut out = String::from("{\"b\":1,\"a\":2,\"b\":3");
        let keys = vec![
            ("b".to_owned(), 1),
            ("a".to_owned(), 7),
            ("b".to_owned(), 13),
        ];
        sort_entries(&mut out, 1, &keys);
        assert_eq!(out, "{\"a\":2,\"b\":3");
    }
}
