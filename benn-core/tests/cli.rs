//! The `benn` command: output shapes, languages and exit codes.

mod common;

use std::path::PathBuf;
use std::process::{Command, Output};

use common::repo;

fn benn(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_benn"))
        .args(args)
        .current_dir(repo())
        .output()
        .expect("benn runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn valid_examples_pass() {
    let o = benn(&[
        "validate",
        "examples/weissensee-2023.json",
        "examples/allende-viertel-2025.json",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(
        stdout(&o).contains("2 Datei(en) geprüft: 0 Fehler"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn findings_print_like_a_compiler_in_german_by_default() {
    let o = benn(&["validate", "examples/broken/typo-fields.json"]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    let first = out.lines().next().unwrap();
    assert!(
        first.starts_with("examples/broken/typo-fields.json:4:3: error[field.unknown]: Unbekanntes Feld `titel` — meinten Sie `title`?"),
        "{first}"
    );
    assert!(out.contains("  = Stelle: /titel"), "{out}");
    assert!(out.contains("  = Tipp: Erlaubt sind:"), "{out}");
}

#[test]
fn english_and_related_places() {
    let o = benn(&[
        "validate",
        "--lang",
        "en",
        "examples/broken/duplicate-ids.json",
    ]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(
        out.contains("error[id.duplicate]: The id `s2` is taken"),
        "{out}"
    );
    assert!(
        out.contains("  = see: examples/broken/duplicate-ids.json:121:21 (/action_fields/0/goals/0/steps/1/id)"),
        "{out}"
    );
    assert!(out.contains("file(s) checked"), "{out}");
}

#[test]
fn json_output_for_programs() {
    let o = benn(&[
        "validate",
        "--format",
        "json",
        "--today",
        "2024-06-15",
        "examples/broken/truncated.json",
    ]);
    assert_eq!(o.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("valid JSON");
    let f = &v["files"][0]["findings"][0];
    assert_eq!(v["files"][0]["file"], "examples/broken/truncated.json");
    assert_eq!(f["code"], "json.syntax");
    assert_eq!(f["severity"], "error");
    assert!(f["line"].as_u64().unwrap() > 1);
    assert!(f["message"]["de"].is_string() && f["message"]["en"].is_string());
}

#[test]
fn missing_files_directories_and_bad_options_exit_2() {
    let o = benn(&["validate", "does-not-exist.json"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o)
        .contains("`does-not-exist.json` kann nicht gelesen werden: Datei nicht gefunden"));

    let o = benn(&["validate", "--lang", "en", "examples"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("`examples` is a directory"),
        "{}",
        stderr(&o)
    );

    for args in [
        &["validate", "--lang", "fr", "x.json"][..],
        &["validate", "--today", "2024-13-01", "x.json"],
        &["validate"],
        &["frobnicate"],
        &[],
    ] {
        let o = benn(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(
            stderr(&o).contains("benn --help"),
            "{args:?}: {}",
            stderr(&o)
        );
    }
}

#[test]
fn schema_prints_the_checked_in_schema() {
    let o = benn(&["schema"]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(stdout(&o), benn_core::SCHEMA_JSON);
    let o = benn(&["--lang", "en", "validate", "examples/weissensee-2023.json"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).contains("1 file(s) checked"), "{}", stdout(&o));
    let o = benn(&["schema", "--lang", "en"]);
    assert_eq!(stdout(&o), benn_core::SCHEMA_JSON);
    let o = benn(&["--lang", "en", "schema", "extra"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("takes no arguments"), "{}", stderr(&o));
}

#[test]
fn fmt_checks_and_rewrites() {
    let o = benn(&["fmt", "--check", "examples/weissensee-2023.json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));

    let dir = std::env::temp_dir().join(format!("benn-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file: PathBuf = dir.join("c.json");
    let canonical = std::fs::read_to_string(repo().join("examples/weissensee-2023.json")).unwrap();
    let compact: serde_json::Value = serde_json::from_str(&canonical).unwrap();
    std::fs::write(&file, serde_json::to_string(&compact).unwrap()).unwrap();
    let path = file.to_str().unwrap();

    let o = benn(&["fmt", "--check", path]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stdout(&o).contains("nicht in kanonischer Form"),
        "{}",
        stdout(&o)
    );
    let o = benn(&["fmt", path]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), canonical);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn fmt_leaves_unreadable_files_alone() {
    let before = std::fs::read(repo().join("examples/broken/truncated.json")).unwrap();
    let o = benn(&["fmt", "--lang", "en", "examples/broken/truncated.json"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("error[json.syntax]"), "{}", stderr(&o));
    assert_eq!(
        std::fs::read(repo().join("examples/broken/truncated.json")).unwrap(),
        before
    );
    let o = benn(&["fmt", "--bogus", "x.json"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn synth_writes_a_valid_concept() {
    let o = benn(&["synth", "25", "3"]);
    assert_eq!(o.status.code(), Some(0));
    let report = benn_core::validate(&o.stdout, &benn_core::Options::default());
    assert!(report.findings.is_empty(), "{:?}", report.findings);
    assert_eq!(benn_core::read(&o.stdout).unwrap().steps().count(), 25);
}
