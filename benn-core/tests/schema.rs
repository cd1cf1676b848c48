//! The checked-in JSON Schema is fresh, and a real JSON Schema validator
//! agrees with benn about the shape of every example and test vector.
//!
//! Refresh the file with `BENN_BLESS=1 cargo test -p benn-core --test schema`.

mod common;

use std::path::{Path, PathBuf};

use benn_core::{validate, ContextValue, Options, Severity};
use common::{json_files, repo};

use serde_json::Value;

fn schema_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/benn-concept.schema.json")
}

#[test]
fn checked_in_schema_is_fresh() {
    let generated = benn_core::schema::generate_text();
    if std::env::var_os("BENN_BLESS").is_some() {
        std::fs::write(schema_path(), &generated).unwrap();
    }
    let on_disk = std::fs::read_to_string(schema_path()).unwrap();
    assert!(
        on_disk == generated,
        "benn-core/schema/benn-concept.schema.json is stale; run `BENN_BLESS=1 cargo test -p benn-core --test schema`"
    );
    assert_eq!(benn_core::SCHEMA_JSON, generated, "rebuild after blessing");
}

#[test]
fn checked_in_log_schema_is_fresh() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/benn-log.schema.json");
    let generated = benn_core::schema::generate_log_text();
    if std::env::var_os("BENN_BLESS").is_some() {
        std::fs::write(&path, &generated).unwrap();
    }
    let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        on_disk == generated,
        "benn-core/schema/benn-log.schema.json is stale; run `BENN_BLESS=1 cargo test -p benn-core --test schema`"
    );
    assert_eq!(
        benn_core::LOG_SCHEMA_JSON,
        generated,
        "rebuild after blessing"
    );
}

fn validator() -> jsonschema::Validator {
    validator_of(benn_core::SCHEMA_JSON)
}

fn validator_of(text: &str) -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(text).unwrap();
    jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the schema is a valid draft 2020-12 schema")
}

#[test]
fn schema_accepts_every_shipped_example() {
    let (concepts, logs) = (validator(), validator_of(benn_core::LOG_SCHEMA_JSON));
    let files = json_files("examples");
    assert!(files.len() >= 2, "examples/ holds the shipped concepts");
    for file in files {
        let v = if common::is_log(&file) {
            &logs
        } else {
            &concepts
        };
        let doc: Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
        let errors: Vec<String> = v
            .iter_errors(&doc)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{}: {errors:#?}", file.display());
    }
}

#[test]
fn schema_and_reader_agree_on_shape() {
    let v = validator();
    let mut compared = 0;
    for entry in std::fs::read_dir(repo().join("tests/vectors")).unwrap() {
        let dir = entry.unwrap().path();
        let Ok(bytes) = std::fs::read(dir.join("input.json")) else {
            continue;
        };
        // Only documents that are JSON and whose shape benn judged.
        let Ok(doc) = serde_json::from_slice::<Value>(&bytes) else {
            continue;
        };
        let report = validate(&bytes, &Options::default());
        if report.findings.iter().any(|f| {
            f.code.as_str().starts_with("json.") && f.severity == Severity::Error
                || f.code.as_str() == "format.version"
        }) {
            continue;
        }
        // By design stricter than JSON Schema, whose `integer` takes any
        // integral number: benn's integer fields take only integer literals
        // (`3000000.0` and `1e5` are type.mismatch), read without a double.
        let only_integer_literals = report.has_errors()
            && report.findings.iter().all(|f| {
                f.severity != Severity::Error
                    || f.code.as_str() == "type.mismatch"
                        && f.context.iter().any(|(k, v)| {
                            *k == "expected" && *v == ContextValue::Text("integer".into())
                        })
                        && f.context.iter().any(|(k, v)| {
                            *k == "found" && *v == ContextValue::Text("number".into())
                        })
            });
        if only_integer_literals {
            continue;
        }
        let shape_error = benn_core::read(&bytes).is_err();
        let schema_ok = v.is_valid(&doc);
        assert_eq!(
            schema_ok,
            !shape_error,
            "{}: schema says valid={schema_ok}, benn found shape errors={shape_error}: {:?}",
            dir.display(),
            v.iter_errors(&doc)
                .map(|e| e.to_string())
                .collect::<Vec<_>>()
        );
        compared += 1;
    }
    assert!(compared >= 20, "only {compared} vectors compared");
}
