//! The JSON Schema (draft 2020-12) of the concept format, derived from the
//! model with schemars. The generated text is checked into the repository as
//! `benn-core/schema/benn-concept.schema.json`; a test fails when it is stale.

use crate::model::Document;

/// The schema as a JSON value.
///
/// ```
/// let schema = benn_core::schema::generate();
/// assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
/// ```
pub fn generate() -> serde_json::Value {
    let generator = schemars::generate::SchemaSettings::draft2020_12().into_generator();
    let schema = generator.into_root_schema_for::<Document<'static>>();
    schema.to_value()
}

/// The schema as the canonical text that is checked in (two-space indent, final newline).
pub fn generate_text() -> String {
    let mut s = serde_json::to_string_pretty(&generate()).unwrap_or_default();
    s.push('\n');
    s
}
