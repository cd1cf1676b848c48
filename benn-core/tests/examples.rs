//! The shipped examples: the concepts are valid, clean and canonical; the
//! broken documents each show errors.

mod common;

use benn_core::{parse_log, read, read_log, validate, write, write_log, Options};
use common::{concept_files as files, log_files};

#[test]
fn shipped_concepts_are_clean_and_canonical() {
    let files = files("examples");
    assert!(files.len() >= 2);
    for file in files {
        let bytes = std::fs::read(&file).unwrap();
        let report = validate(&bytes, &Options::default());
        assert!(
            report.findings.is_empty(),
            "{}: {:#?}",
            file.display(),
            report.findings
        );
        let written = write(&read(&bytes).unwrap()).unwrap();
        assert!(
            written.as_bytes() == bytes.as_slice(),
            "{} is not canonical; run `benn fmt` on it",
            file.display()
        );
    }
}

/// Each shipped log file belongs to a shipped concept, is clean against it
/// and canonical.
#[test]
fn shipped_logs_are_clean_and_canonical() {
    let logs = log_files("examples");
    assert!(!logs.is_empty());
    for file in logs {
        let bytes = std::fs::read(&file).unwrap();
        let parsed = parse_log(&bytes);
        let log = parsed.log().unwrap_or_else(|| panic!("{}", file.display()));
        let concept_file = common::repo()
            .join("examples")
            .join(format!("{}.json", log.concept));
        let concept = read(&std::fs::read(concept_file).unwrap()).unwrap();
        let report = parsed.validate(&concept, &Options::default());
        assert!(
            report.findings.is_empty(),
            "{}: {:#?}",
            file.display(),
            report.findings
        );
        let written = write_log(&read_log(&bytes).unwrap()).unwrap();
        assert!(
            written.as_bytes() == bytes.as_slice(),
            "{} is not canonical; run `benn fmt` on it",
            file.display()
        );
    }
}

#[test]
fn broken_examples_show_errors() {
    let files = files("examples/broken");
    assert!(files.len() >= 5);
    for file in files {
        let report = validate(&std::fs::read(&file).unwrap(), &Options::default());
        assert!(report.has_errors(), "{}", file.display());
    }
}

/// Version 1 is a subset of versions 2 and 3: every version-1 document
/// (vector inputs, examples, broken examples) reads as before and is written
/// as version 3, which reads back to the same concept.
#[test]
fn version_1_documents_are_read_and_upgraded() {
    let mut inputs: Vec<std::path::PathBuf> = files("examples");
    inputs.extend(files("examples/broken"));
    for entry in std::fs::read_dir(common::repo().join("tests/vectors")).unwrap() {
        inputs.push(entry.unwrap().path().join("input.json"));
    }
    let (mut v1, mut read_ok) = (0, 0);
    for file in inputs {
        let Ok(bytes) = std::fs::read(&file) else {
            continue;
        };
        let Ok(doc) = serde_json::from_slice::<serde_json::Value>(&bytes) else {
            continue;
        };
        if doc["format_version"] != 1 {
            continue;
        }
        v1 += 1;
        // Reading a version-1 document never fails because of its version.
        let report = validate(&bytes, &Options::default());
        assert!(
            !report
                .findings
                .iter()
                .any(|f| f.code.as_str() == "format.version"),
            "{}",
            file.display()
        );
        let mut as_v2 = doc.clone();
        as_v2["format_version"] = 2.into();
        let v2_bytes = serde_json::to_vec(&as_v2).unwrap();
        if let Ok(c) = read(&bytes) {
            read_ok += 1;
            let written = write(&c).unwrap();
            assert!(written.starts_with("{\n  \"format_version\": 3,\n"));
            assert_eq!(read(written.as_bytes()).unwrap(), c, "{}", file.display());
            assert_eq!(read(&v2_bytes).unwrap(), c, "{}", file.display());
        }
    }
    assert!(v1 >= 60, "only {v1} version-1 documents");
    // A canonical document without a log written as version 1 comes back
    // byte for byte, but for its version.
    for file in files("examples") {
        let v2 = std::fs::read_to_string(&file).unwrap();
        if !read(v2.as_bytes()).unwrap().log.is_empty() {
            continue;
        }
        let v1 = v2.replacen("\"format_version\": 3,", "\"format_version\": 1,", 1);
        assert_ne!(v1, v2);
        assert_eq!(write(&read(v1.as_bytes()).unwrap()).unwrap(), v2);
    }
    assert!(read_ok >= 40, "only {read_ok} read");
}
