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
