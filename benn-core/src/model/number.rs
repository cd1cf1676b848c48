//! Canonical numbers: a whole number is written without `.0`, so `1400` stays
//! `1400` through a read and a write.

use serde::Serializer;

/// Largest magnitude below which every whole `f64` is exact.
const EXACT: f64 = 9_007_199_254_740_992.0; // 2^53

#[allow(clippy::trivially_copy_pass_by_ref, clippy::cast_possible_truncation)] // serde's signature
pub(crate) fn number<S: Serializer>(v: &f64, s: S) -> Result<S::Ok, S::Error> {
    if v.fract() == 0.0 && v.abs() < EXACT {
        s.serialize_i64(*v as i64)
    } else {
        s.serialize_f64(*v)
    }
}

/// A number as the writer writes it (`120`, `0.5`), for messages. Shares the
/// writer's float formatting instead of pulling `core::fmt`'s into the wasm build.
pub(crate) fn display(v: f64) -> String {
    let mut out = Vec::new();
    let _ = number(&v, &mut serde_json::Serializer::new(&mut out));
    String::from_utf8(out).unwrap_or_default()
}

#[allow(clippy::ref_option)] // serde's signature
pub(crate) fn optional<S: Serializer>(v: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match v {
        Some(v) => number(v, s),
        None => s.serialize_none(),
    }
}

/// A decimal number exactly as written (*Dezimalzahl*), e.g. `0.1` or `2.5`:
/// indicator and fact values and staff positions keep their text, so nothing
/// is lost through a read and a write; comparisons are numeric.
///
/// ```
/// use benn_core::Decimal;
/// let d: Decimal = "0.10".parse().unwrap();
/// assert_eq!(d.as_str(), "0.10");
/// assert_eq!(d, "0.1".parse().unwrap());
/// assert!(d < "1e0".parse().unwrap());
/// assert!("1,5".parse::<Decimal>().is_err());
/// ```
#[derive(Debug, Clone)]
pub struct Decimal {
    text: Box<str>,
    value: f64,
}

/// Why a text is no decimal number.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a finite JSON number")]
pub struct DecimalError;

impl Decimal {
    /// The number as written.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The nearest double (for arithmetic and comparisons).
    pub fn value(&self) -> f64 {
        self.value
    }

    /// A decimal from a finite double, written as the writer writes numbers.
    pub fn from_f64(v: f64) -> Result<Self, DecimalError> {
        if !v.is_finite() {
            return Err(DecimalError);
        }
        display(v).parse()
    }
}

impl std::str::FromStr for Decimal {
    type Err = DecimalError;
    /// Accepts the JSON number grammar only, with a finite value.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if !is_json_number(s) {
            return Err(DecimalError);
        }
        match super::float::parse(s) {
            Some(value) if value.is_finite() => Ok(Decimal {
                text: s.into(),
                value,
            }),
            _ => Err(DecimalError),
        }
    }
}

/// Whether `s` is a number by JSON's grammar: `-? int frac? exp?`.
fn is_json_number(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = usize::from(b.first() == Some(&b'-'));
    let digits = |i: &mut usize| {
        let start = *i;
        while b.get(*i).is_some_and(u8::is_ascii_digit) {
            *i += 1;
        }
        *i - start
    };
    match b.get(i) {
        Some(b'0') => i += 1,
        Some(b'1'..=b'9') => {
            digits(&mut i);
        }
        _ => return false,
    }
    if b.get(i) == Some(&b'.') {
        i += 1;
        if digits(&mut i) == 0 {
            return false;
        }
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if digits(&mut i) == 0 {
            return false;
        }
    }
    i == b.len()
}

impl From<u32> for Decimal {
    fn from(v: u32) -> Self {
        Decimal {
            text: v.to_string().into(),
            value: f64::from(v),
        }
    }
}

impl PartialEq for Decimal {
    fn eq(&self, other: &Self) -> bool {
        self.value == other.value
    }
}

impl PartialOrd for Decimal {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        self.value.partial_cmp(&other.value)
    }
}

impl std::fmt::Display for Decimal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

impl serde::Serialize for Decimal {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        // The text is a checked JSON number: written verbatim.
        match serde_json::value::RawValue::from_string(self.text.to_string()) {
            Ok(raw) => raw.serialize(s),
            Err(_) => number(&self.value, s),
        }
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Decimal {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Decimal".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "number",
            "description": "A decimal number, kept exactly as written."
        })
    }
}
