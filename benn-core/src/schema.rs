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
    let mut value = schema.to_value();
    // `#[serde(flatten)]` loses the strictness of `Concept`; restore it, and
    // pin the version this schema describes.
    if let Some(root) = value.as_object_mut() {
        root.insert("additionalProperties".into(), false.into());
        root.insert(
            "$id".into(),
            "https://benn.berlin/schema/benn-concept-v1.schema.json".into(),
        );
        if let Some(v) = root
            .get_mut("properties")
            .and_then(|p| p.get_mut("format_version"))
            .and_then(|v| v.as_object_mut())
        {
            v.insert("const".into(), crate::model::FORMAT_VERSION.into());
        }
    }
    value
}

/// The schema as the canonical text that is checked in (two-space indent, final newline).
pub fn generate_text() -> String {
    let mut s = serde_json::to_string_pretty(&generate()).unwrap_or_default();
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use serde_json::Value;

    use crate::format::decode::MAX_FIELDS;
    use crate::model::*;

    /// The properties the schema lists for a definition (or the root).
    fn properties(schema: &Value, def: Option<&str>) -> Vec<String> {
        let node = match def {
            Some(d) => &schema["$defs"][d],
            None => schema,
        };
        let mut props: Vec<String> = node["properties"]
            .as_object()
            .unwrap_or_else(|| panic!("{def:?} has properties"))
            .keys()
            .cloned()
            .collect();
        props.sort();
        props
    }

    fn sorted(fields: &[&str]) -> Vec<String> {
        let mut v: Vec<String> = fields.iter().map(|s| (*s).to_owned()).collect();
        v.sort();
        v
    }

    #[test]
    fn decoder_and_schema_know_the_same_fields() {
        let schema = super::generate();
        let cases: &[(&str, &[&str])] = &[
            ("Site", Site::DECODED_FIELDS),
            ("Office", Office::DECODED_FIELDS),
            ("Area", Area::DECODED_FIELDS),
            ("Shelter", Shelter::DECODED_FIELDS),
            ("Body", Body::DECODED_FIELDS),
            ("Period", Period::DECODED_FIELDS),
            ("Adoption", Adoption::DECODED_FIELDS),
            ("Analysis", Analysis::DECODED_FIELDS),
            ("Need", Need::DECODED_FIELDS),
            ("Fact", Fact::DECODED_FIELDS),
            ("PublicRelations", PublicRelations::DECODED_FIELDS),
            ("YearBudget", YearBudget::DECODED_FIELDS),
            ("ActionField", ActionField::DECODED_FIELDS),
            ("Goal", Goal::DECODED_FIELDS),
            ("Indicator", Indicator::DECODED_FIELDS),
            ("Measurement", Measurement::DECODED_FIELDS),
            ("Step", Step::DECODED_FIELDS),
            ("Timeframe", Timeframe::DECODED_FIELDS),
        ];
        for (def, fields) in cases {
            assert_eq!(properties(&schema, Some(def)), sorted(fields), "{def}");
            assert!(fields.len() <= MAX_FIELDS, "{def} has too many fields");
            assert_eq!(
                schema["$defs"][def]["additionalProperties"],
                Value::Bool(false),
                "{def} is strict"
            );
        }
        assert_eq!(
            properties(&schema, None),
            sorted(crate::format::model_decode_fields())
        );
    }
}
