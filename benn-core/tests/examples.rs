//! The shipped examples: the concepts are valid, clean and canonical; the
//! broken documents each show errors.

use std::path::{Path, PathBuf};

use benn_core::{read, validate, write, Options};

fn files(dir: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(dir);
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    v.sort();
    v
}

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
