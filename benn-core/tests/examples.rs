//! The shipped examples: the concepts are valid, clean and canonical; the
//! broken documents each show errors.

mod common;

use benn_core::{read, validate, write, Options};
use common::json_files as files;

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

#[test]
fn broken_examples_show_errors() {
    let files = files("examples/broken");
    assert!(files.len() >= 5);
    for file in files {
        let report = validate(&std::fs::read(&file).unwrap(), &Options::default());
        assert!(report.has_errors(), "{}", file.display());
    }
}
