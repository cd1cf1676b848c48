//! The JSON Schema (draft 2020-12) of the concept format, derived from the
//! model with schemars. The generated text is checked into the repository as
//! `benn-core/schema/benn-concept.schema.json`; a test fails when it is stale.

use crate::model::{Document, LogDocument};

/// The schema of the concept format as a JSON value.
///
/// ```
/// let schema = benn_core::schema::generate();
/// assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
/// ```
pub fn generate() -> serde_json::Value {
    root::<Document<'static>>("https://benn.berlin/schema/benn-concept-v3.schema.json")
}

/// The schema of a log file (*Sachstandsprotokoll*) as a JSON value.
///
/// ```
/// let schema = benn_core::schema::generate_log();
/// assert_eq!(schema["required"], serde_json::json!(["format_version", "concept"]));
/// ```
pub fn generate_log() -> serde_json::Value {
    root::<LogDocument<'static>>("https://benn.berlin/schema/benn-log-v3.schema.json")
}

/// The schema of a document kind, strict at the root and with its versions pinned.
fn root<T: schemars::JsonSchema>(id: &str) -> serde_json::Value {
    let generator = schemars::generate::SchemaSettings::draft2020_12().into_generator();
    let schema = generator.into_root_schema_for::<T>();
    let mut value = schema.to_value();
    // `#[serde(flatten)]` loses the strictness of the root record; restore
    // it, and pin the versions this schema describes (each is a subset of the next).
    if let Some(root) = value.as_object_mut() {
        root.insert("additionalProperties".into(), false.into());
        root.insert("$id".into(), id.into());
        if let Some(v) = root
            .get_mut("properties")
            .and_then(|p| p.get_mut("format_version"))
            .and_then(|v| v.as_object_mut())
        {
            let versions: Vec<serde_json::Value> = (crate::model::MIN_FORMAT_VERSION
                ..=crate::model::FORMAT_VERSION)
                .map(Into::into)
                .collect();
            v.insert("enum".into(), versions.into());
        }
    }
    value
}

/// The concept schema as the canonical text that is checked in (two-space indent, final newline).
pub fn generate_text() -> String {
    text(&generate())
}

/// The log schema as the canonical text that is checked in.
pub fn generate_log_text() -> String {
    text(&generate_log())
}

fn text(value: &serde_json::Value) -> String {
    let mut s = serde_json::to_string_pretty(value).unwrap_or_default();
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use serde_json::Value;

    use crate::format::decode::MAX_FIELDS;
    use crate::model::record::FieldKind;
    use crate::model::*;

    type Table = &'static [(&'static str, FieldKind)];

    fn sorted<'a>(names: impl Iterator<Item = &'a str>) -> Vec<String> {
        let mut v: Vec<String> = names.map(str::to_owned).collect();
        v.sort();
        v
    }

    /// The object's properties and its `required` list, sorted.
    fn shape(node: &Value) -> (Vec<String>, Vec<String>) {
        let props = node["properties"]
            .as_object()
            .unwrap_or_else(|| panic!("{node} has properties"));
        let required = node["required"]
            .as_array()
            .map(|r| r.iter().filter_map(Value::as_str).collect::<Vec<_>>())
            .unwrap_or_default();
        (
            sorted(props.keys().map(String::as_str)),
            sorted(required.into_iter()),
        )
    }

    /// The decoder's view of a record: its fields and the required ones.
    fn table(fields: Table) -> (Vec<String>, Vec<String>) {
        (
            sorted(fields.iter().map(|(n, _)| *n)),
            sorted(
                fields
                    .iter()
                    .filter(|(_, k)| *k == FieldKind::Required)
                    .map(|(n, _)| *n),
            ),
        )
    }

    /// Every record of the format with its field table.
    fn records() -> Vec<(&'static str, Table)> {
        vec![
            ("Site", Site::FIELDS),
            ("Office", Office::FIELDS),
            ("Area", Area::FIELDS),
            ("Shelter", Shelter::FIELDS),
            ("Body", Body::FIELDS),
            ("Period", Period::FIELDS),
            ("Adoption", Adoption::FIELDS),
            ("AdoptionEvent", AdoptionEvent::FIELDS),
            ("ConceptVersion", ConceptVersion::FIELDS),
            ("Analysis", Analysis::FIELDS),
            ("Need", Need::FIELDS),
            ("Fact", Fact::FIELDS),
            ("PublicRelations", PublicRelations::FIELDS),
            ("YearBudget", YearBudget::FIELDS),
            ("ActionField", ActionField::FIELDS),
            ("Goal", Goal::FIELDS),
            ("Indicator", Indicator::FIELDS),
            ("Measurement", Measurement::FIELDS),
            ("Step", Step::FIELDS),
            ("Timeframe", Timeframe::FIELDS),
            ("LogEntry", LogEntry::FIELDS),
        ]
    }

    /// Fields and required/optional status agree between the one declaration
    /// the decoder reads and the schema, for every object of the schema.
    #[test]
    fn decoder_and_schema_agree_on_fields_and_requiredness() {
        let schema = super::generate();
        let defs = schema["$defs"].as_object().expect("$defs");
        let records = records();
        for (def, node) in defs {
            if node.get("properties").is_none() {
                continue;
            }
            let (_, fields) = records
                .iter()
                .find(|(n, _)| n == def)
                .unwrap_or_else(|| panic!("the schema object {def} is not in the test's list"));
            assert_eq!(shape(node), table(fields), "{def}");
            assert!(fields.len() <= MAX_FIELDS, "{def} has too many fields");
            assert_eq!(
                node["additionalProperties"],
                Value::Bool(false),
                "{def} is strict"
            );
        }
        for (def, _) in &records {
            assert!(defs.contains_key(*def), "{def} is in the schema");
        }
        // The root: `format_version` (required) and the concept's fields.
        let (props, required) = shape(&schema);
        let (mut fields, mut req) = table(Concept::FIELDS);
        fields.push("format_version".into());
        fields.sort();
        req.push("format_version".into());
        req.sort();
        assert_eq!((props, required), (fields, req), "root");
        assert_eq!(
            sorted(Concept::ROOT_FIELD_NAMES.iter().copied()),
            shape(&schema).0
        );
        assert!(Concept::ROOT_FIELD_NAMES.len() <= MAX_FIELDS);
    }

    /// The test above can fail: a required field marked optional differs.
    #[test]
    fn requiredness_mismatch_is_seen() {
        let schema = super::generate();
        let node = &schema["$defs"]["Site"];
        let mut wrong: Vec<(&str, FieldKind)> = Site::FIELDS.to_vec();
        if let Some(f) = wrong.iter_mut().find(|(_, k)| *k == FieldKind::Required) {
            f.1 = FieldKind::Optional;
        }
        let leaked: Table = Box::leak(wrong.into_boxed_slice());
        assert_ne!(shape(node), table(leaked));
    }
}
