//! The `benn` command: output shapes, languages and exit codes.

mod common;

use std::ffi::{OsStr, OsString};
use std::io::Write as _;
use std::os::unix::ffi::OsStrExt as _;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

use common::repo;

/// `benn` in the repository root, without the environment variables it reads.
fn command() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_benn"));
    c.current_dir(repo())
        .env_remove("BENN_LANG")
        .env_remove("BENN_STDIN_LIMIT");
    c
}

fn benn(args: &[&str]) -> Output {
    command().args(args).output().expect("benn runs")
}

/// `benn` with arbitrary (non-UTF-8) arguments, `stdin` on standard input and
/// extra environment variables.
fn benn_with(args: &[&OsStr], stdin: &[u8], env: &[(&str, &str)]) -> Output {
    let mut child = command()
        .args(args)
        .envs(env.iter().copied())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("benn runs");
    // benn may refuse before reading all of it (size limit): a broken pipe is fine.
    let _ = child.stdin.take().unwrap().write_all(stdin);
    child.wait_with_output().unwrap()
}

fn os(args: &[&str]) -> Vec<OsString> {
    args.iter().map(OsString::from).collect()
}

fn refs(args: &[OsString]) -> Vec<&OsStr> {
    args.iter().map(OsString::as_os_str).collect()
}

/// A fresh scratch directory for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("benn-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn example(name: &str) -> Vec<u8> {
    std::fs::read(repo().join("examples").join(name)).unwrap()
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

#[test]
fn every_subcommand_has_help() {
    let o = benn(&["--help"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    for sub in ["validate", "fmt", "schema", "synth", "export", "import"] {
        assert!(stdout(&o).contains(sub), "{sub}: {}", stdout(&o));
        for args in [[sub, "--help"], [sub, "-h"], ["help", sub]] {
            let o = benn(&args);
            assert_eq!(o.status.code(), Some(0), "{args:?}: {}", stderr(&o));
            assert!(
                stdout(&o).contains(&format!("Usage: benn {sub}")),
                "{args:?}: {}",
                stdout(&o)
            );
        }
    }
    // Help names the limits.
    assert!(stdout(&benn(&["validate", "--help"])).contains("1 GiB"));
    assert!(stdout(&benn(&["synth", "--help"])).contains("2 000 000"));
    let o = benn(&["--version"]);
    assert_eq!(
        stdout(&o).trim(),
        format!("benn {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn unknown_options_in_the_chosen_language() {
    let o = benn(&["validate", "--bogus", "x.json"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("benn: unbekannte Option `--bogus`"),
        "{}",
        stderr(&o)
    );
    assert!(stderr(&o).contains("`benn --help` zeigt die Aufrufe."));

    // `--lang` before or after the command, or in the environment.
    for o in [
        benn(&["--lang", "en", "validate", "--bogus", "x.json"]),
        benn(&["validate", "--bogus", "x.json", "--lang", "en"]),
        benn(&["validate", "--lang=en", "--bogus", "x.json"]),
        benn_with(
            &refs(&os(&["validate", "--bogus", "x.json"])),
            b"",
            &[("BENN_LANG", "en")],
        ),
    ] {
        assert_eq!(o.status.code(), Some(2));
        assert!(
            stderr(&o).contains("benn: unknown option `--bogus`"),
            "{}",
            stderr(&o)
        );
        assert!(stderr(&o).contains("`benn --help` shows the usage."));
    }
    // `--lang` wins over the environment.
    let o = benn_with(
        &refs(&os(&["fmt", "--bogus", "--lang", "de", "x"])),
        b"",
        &[("BENN_LANG", "en")],
    );
    assert!(stderr(&o).contains("unbekannte Option"), "{}", stderr(&o));

    // Suggestions, bad values, missing values, stray arguments, unknown commands.
    let cases: [(&[&str], &str); 8] = [
        (
            &["fmt", "--chek", "x"],
            "unbekannte Option `--chek` – meinten Sie `--check`?",
        ),
        (
            &["--lang", "en", "fmt", "--chek", "x"],
            "unknown option `--chek` – did you mean `--check`?",
        ),
        (
            &["validate", "--format", "yaml", "x"],
            "ungültiger Wert `yaml` für `--format` (möglich: text, json)",
        ),
        (
            &["--lang", "en", "validate", "--format", "yaml", "x"],
            "invalid value `yaml` for `--format` (possible: text, json)",
        ),
        (
            &["validate", "x", "--today"],
            "`--today` braucht einen Wert",
        ),
        (
            &["--lang", "en", "synth", "1", "2", "3"],
            "unexpected argument `3`",
        ),
        (
            &["valdate", "x"],
            "unbekannter Befehl `valdate` – meinten Sie `validate`?",
        ),
        (&["--lang", "en"], "no command given"),
    ];
    for (args, expected) in cases {
        let o = benn(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(stderr(&o).contains(expected), "{args:?}: {}", stderr(&o));
    }

    // A language benn does not speak, in the environment, is said, not ignored.
    let o = benn_with(&refs(&os(&["schema"])), b"", &[("BENN_LANG", "fr")]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("BENN_LANG=`fr`"), "{}", stderr(&o));
}

#[test]
fn dash_reads_standard_input() {
    let o = benn_with(
        &refs(&os(&["validate", "-"])),
        &example("weissensee-2023.json"),
        &[],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("1 Datei(en) geprüft: 0 Fehler"),
        "{}",
        stdout(&o)
    );

    let o = benn_with(
        &refs(&os(&["validate", "--format", "json", "-"])),
        &example("broken/duplicate-ids.json"),
        &[],
    );
    assert_eq!(o.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("valid JSON");
    assert_eq!(v["files"][0]["file"], "<stdin>");
    assert_eq!(v["files"][0]["findings"][0]["code"], "id.duplicate");

    // Standard input together with files.
    let o = benn_with(
        &refs(&os(&[
            "validate",
            "--lang",
            "en",
            "examples/weissensee-2023.json",
            "-",
        ])),
        &example("broken/typo-fields.json"),
        &[],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stdout(&o).contains("<stdin>:4:3: error[field.unknown]"),
        "{}",
        stdout(&o)
    );
    assert!(stdout(&o).contains("2 file(s) checked"), "{}", stdout(&o));

    // `fmt -` writes the canonical form to standard output.
    let canonical = example("weissensee-2023.json");
    let compact: serde_json::Value = serde_json::from_slice(&canonical).unwrap();
    let compact = serde_json::to_vec(&compact).unwrap();
    let o = benn_with(&refs(&os(&["fmt", "-"])), &compact, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(o.stdout, canonical);
    let o = benn_with(&refs(&os(&["fmt", "-"])), &canonical, &[]);
    assert_eq!(o.stdout, canonical);
    let o = benn_with(&refs(&os(&["fmt", "--check", "-"])), &canonical, &[]);
    assert_eq!((o.status.code(), o.stdout.len()), (Some(0), 0));
    let o = benn_with(&refs(&os(&["fmt", "--check", "-"])), &compact, &[]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stdout(&o).starts_with("<stdin>: nicht in kanonischer Form\n--- <stdin>\n"),
        "{}",
        stdout(&o)
    );

    // Standard input can be read only once.
    let o = benn_with(
        &refs(&os(&["--lang", "en", "validate", "-", "-"])),
        b"{}",
        &[],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("may be given only once"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn streams_are_bounded() {
    let doc = example("weissensee-2023.json");
    let len = doc.len().to_string();
    let short = (doc.len() - 1).to_string();
    // Exactly the limit is read; one byte more is refused.
    let o = benn_with(
        &refs(&os(&["validate", "-"])),
        &doc,
        &[("BENN_STDIN_LIMIT", &len)],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    for (sub, lang, expected) in [
        (
            "validate",
            "de",
            format!("`<stdin>` ist größer als {short} B, die Grenze für Standardeingabe"),
        ),
        (
            "fmt",
            "en",
            format!("`<stdin>` is larger than {short} B, the limit for standard input"),
        ),
    ] {
        let o = benn_with(
            &refs(&os(&["--lang", lang, sub, "-"])),
            &doc,
            &[("BENN_STDIN_LIMIT", &short)],
        );
        assert_eq!(o.status.code(), Some(2), "{sub}");
        assert!(stderr(&o).contains(&expected), "{sub}: {}", stderr(&o));
        assert!(o.stdout.is_empty() || sub == "validate", "{}", stdout(&o));
    }
    // A device that never ends: bounded, not read forever.
    let o = benn_with(
        &refs(&os(&["validate", "/dev/zero"])),
        b"",
        &[("BENN_STDIN_LIMIT", "4096")],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("`/dev/zero` ist größer als 4 KiB"),
        "{}",
        stderr(&o)
    );
    // A FIFO too.
    let dir = scratch("fifo");
    let fifo = dir.join("pipe.json");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    let writer = {
        let fifo = fifo.clone();
        std::thread::spawn(move || {
            let _ = std::fs::write(&fifo, example("weissensee-2023.json"));
        })
    };
    let o = benn_with(
        &refs(&[OsString::from("validate"), fifo.clone().into_os_string()]),
        b"",
        &[("BENN_STDIN_LIMIT", "1024")],
    );
    writer.join().unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("ist größer als 1 KiB"),
        "{}",
        stderr(&o)
    );
    std::fs::remove_dir_all(&dir).unwrap();

    let o = benn_with(
        &refs(&os(&["validate", "-"])),
        b"{}",
        &[("BENN_STDIN_LIMIT", "lots")],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("BENN_STDIN_LIMIT=`lots`"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn non_utf8_names_and_arguments_do_not_panic() {
    let dir = scratch("utf8");
    let name = OsStr::from_bytes(b"konzept-\xff.json");
    let file = dir.join(name);
    std::fs::write(&file, example("broken/typo-fields.json")).unwrap();
    let o = benn_with(&[OsStr::new("validate"), file.as_os_str()], b"", &[]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("konzept-\u{FFFD}.json:4:3: error[field.unknown]"),
        "{}",
        stdout(&o)
    );
    let o = benn_with(
        &[
            OsStr::new("validate"),
            OsStr::new("--format"),
            OsStr::new("json"),
            file.as_os_str(),
        ],
        b"",
        &[],
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("valid JSON");
    assert!(v["files"][0]["file"]
        .as_str()
        .unwrap()
        .ends_with("konzept-\u{FFFD}.json"));
    let o = benn_with(
        &[OsStr::new("fmt"), OsStr::new("--check"), file.as_os_str()],
        b"",
        &[],
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("konzept-\u{FFFD}.json:4:3"),
        "{}",
        stderr(&o)
    );

    let missing = dir.join(OsStr::from_bytes(b"fehlt-\xfe.json"));
    let o = benn_with(&[OsStr::new("validate"), missing.as_os_str()], b"", &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("fehlt-\u{FFFD}.json` kann nicht gelesen werden: Datei nicht gefunden"),
        "{}",
        stderr(&o)
    );
    std::fs::remove_dir_all(&dir).unwrap();

    // Where a text is needed, non-UTF-8 is a usage error, never a panic (101).
    let bad = OsStr::from_bytes(b"\xff");
    for args in [
        vec![
            OsStr::new("validate"),
            OsStr::new("--today"),
            bad,
            OsStr::new("x.json"),
        ],
        vec![
            OsStr::new("--lang"),
            OsStr::new("en"),
            OsStr::new("synth"),
            bad,
        ],
        vec![
            OsStr::new("validate"),
            OsStr::new("--lang"),
            bad,
            OsStr::new("x.json"),
        ],
        vec![bad],
        vec![
            OsStr::new("fmt"),
            OsStr::from_bytes(b"--\xff"),
            OsStr::new("x.json"),
        ],
    ] {
        let o = benn_with(&args, b"", &[]);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert!(stderr(&o).starts_with("benn: "), "{args:?}: {}", stderr(&o));
        assert!(
            stderr(&o).contains("benn --help"),
            "{args:?}: {}",
            stderr(&o)
        );
    }
    let o = benn_with(&[OsStr::new("synth"), bad], b"", &[]);
    assert!(stderr(&o).contains("kein gültiges UTF-8"), "{}", stderr(&o));
}

#[test]
fn synth_refuses_absurd_counts() {
    for (steps, expected) in [
        ("1000000000000", "`1000000000000` Schritte sind zu viele: `benn synth` schreibt höchstens 2 000 000 Schritte"),
        ("2000001", "höchstens 2 000 000 Schritte"),
        ("99999999999999999999999999999", "zu viele"),
        ("zehn", "`zehn` ist keine Schrittzahl"),
        ("1e6", "`1e6` ist keine Schrittzahl"),
        ("", "ist keine Schrittzahl"),
    ] {
        let o = benn(&["synth", steps]);
        assert_eq!(o.status.code(), Some(2), "{steps}");
        assert!(o.stdout.is_empty());
        assert!(stderr(&o).contains(expected), "{steps}: {}", stderr(&o));
    }
    let o = benn(&["--lang", "en", "synth", "10", "18446744073709551616"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("is not a seed"), "{}", stderr(&o));
    let o = benn(&["synth", "3", "18446744073709551615"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(benn_core::read(&o.stdout).unwrap().steps().count(), 3);
}

#[test]
fn fmt_check_shows_where_a_file_differs() {
    let dir = scratch("diff");
    let file = dir.join("c.json");
    let canonical = String::from_utf8(example("weissensee-2023.json")).unwrap();
    // A space before the colon of each `"title"`: five places, far apart.
    let spaced = canonical.replace("\"title\":", "\"title\" :");
    assert_eq!(spaced.matches("\"title\" :").count(), 5);
    std::fs::write(&file, &spaced).unwrap();
    let path = file.to_str().unwrap();
    let o = benn(&["fmt", "--check", path]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let out = stdout(&o);
    let expected = format!(
        "{path}: nicht in kanonischer Form\n\
         --- {path}\n\
         +++ {path} (kanonisch)\n\
         @@ -2,5 +2,5 @@\n   \"format_version\": 3,\n   \"id\": \"weissensee-2023\",\n\
         -  \"title\" : \"Für Teilhabe und Zusammenhalt in Weißensee\",\n\
         +  \"title\": \"Für Teilhabe und Zusammenhalt in Weißensee\",\n"
    );
    assert!(out.starts_with(&expected), "{out}");
    // Three hunks are shown, the rest is counted.
    assert_eq!(out.matches("\n@@ ").count(), 3, "{out}");
    assert!(
        out.ends_with("… und 2 weitere Abschnitte; `benn fmt` schreibt die kanonische Form\n"),
        "{out}"
    );
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        spaced,
        "--check writes nothing"
    );

    // A compact document is one long line: it is cut, and so is the diff.
    let compact: serde_json::Value = serde_json::from_str(&canonical).unwrap();
    std::fs::write(&file, serde_json::to_string(&compact).unwrap()).unwrap();
    let o = benn(&["--lang", "en", "fmt", "--check", path]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    let removed = out.lines().find(|l| l.starts_with("-{")).unwrap();
    assert!(
        removed.ends_with('…') && removed.chars().count() == 122,
        "{removed}"
    );
    assert!(out.contains("\\ No newline at end of file"), "{out}");
    assert!(out.ends_with("… (cut short)\n"), "{out}");
    assert!(out.lines().count() < 50, "{out}");

    // CRLF line endings are what differs: the diff shows them.
    std::fs::write(&file, canonical.replace('\n', "\r\n")).unwrap();
    let o = benn(&["fmt", "--check", path]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).contains("\n-{␍\n"), "{}", stdout(&o));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn fmt_status_is_the_worst_of_all_files() {
    // A missing file (2) is not hidden by an unreadable concept after it (1).
    let o = benn(&[
        "fmt",
        "--check",
        "missing.json",
        "examples/broken/truncated.json",
    ]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let o = benn(&[
        "fmt",
        "--check",
        "examples/broken/truncated.json",
        "examples/weissensee-2023.json",
    ]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
}

#[test]
fn lor_prints_a_unit_with_its_parents_and_children() {
    let o = benn(&["--lang", "en", "lor", "Weissensee-Ost"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.starts_with("035010 Weißensee Ost\n"), "{out}");
    assert!(out.contains("03 Pankow (district)"), "{out}");
    assert!(out.contains("03501037 Rathaus Weißensee"), "{out}");
    // Several words are one name; German by default.
    let o = benn(&["lor", "Rathaus", "Weißensee"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stdout(&o).starts_with("03501037 Rathaus Weißensee\n"),
        "{}",
        stdout(&o)
    );
    assert!(stdout(&o).contains("Ebene:"), "{}", stdout(&o));
    // Nothing matches: a message on standard error and status 1.
    let o = benn(&["lor", "Atlantis"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(o.stdout.is_empty());
    assert!(stderr(&o).contains("„Atlantis“"), "{}", stderr(&o));
    let o = benn(&["lor", "--help"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).contains("NAME-OR-CODE"), "{}", stdout(&o));
}

#[test]
fn diff_shows_the_next_period_of_weissensee() {
    let o = benn(&[
        "diff",
        "examples/weissensee-2023.json",
        "examples/weissensee-2025.json",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.starts_with("Vergleich weissensee-2023 → weissensee-2025\nKonzept\n"),
        "{out}"
    );
    assert!(out.contains("  ~ previous: — → weissensee-2023\n"), "{out}");
    assert!(out.contains("  ~ budget.2025: — → 30.000,00 €\n"), "{out}");
    // Added, removed, changed (field: old → new), matched by text, moved.
    assert!(out.contains("\n  + z-netzwerk-4: "), "{out}");
    assert!(out.contains("\n  − z-netzwerk-1: "), "{out}");
    assert!(out.contains("\n  ~ s-begegnung-1-3: "), "{out}");
    assert!(
        out.contains("      timeframe: 2024-03..2024-10 → 2025-03..2026-10\n"),
        "{out}"
    );
    assert!(
        out.contains("      planned_cost_cents: 2.000,00 € → 1.500,00 €\n"),
        "{out}"
    );
    assert!(
        out.contains("\n  ≈ z-empowerment-2 → z-empowerment-mso (ähnlicher Text, 0,92): "),
        "{out}"
    );
    assert!(
        out.contains("      verschoben: netzwerk / z-netzwerk-1 → netzwerk / z-netzwerk-4\n"),
        "{out}"
    );
    assert!(out.ends_with("Änderung(en) am Konzept selbst\n"), "{out}");

    // English, and JSON for programs.
    let o = benn(&[
        "--lang",
        "en",
        "diff",
        "examples/weissensee-2023.json",
        "examples/weissensee-2025.json",
    ]);
    let out = stdout(&o);
    assert!(out.contains("(similar text, 0.92)"), "{out}");
    assert!(out.contains("€2,000.00 → €1,500.00"), "{out}");
    assert!(
        out.contains("      moved: netzwerk / z-netzwerk-1"),
        "{out}"
    );
    let o = benn(&[
        "diff",
        "--format",
        "json",
        "examples/weissensee-2023.json",
        "examples/weissensee-2025.json",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(json["old_id"], "weissensee-2023");
    let goal = json["goals"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["old_id"] == "z-empowerment-2")
        .unwrap();
    assert_eq!(goal["matched_by"], "text");
    assert_eq!(goal["new_id"], "z-empowerment-mso");
}

#[test]
fn diff_of_a_concept_with_itself_has_no_changes() {
    for file in [
        "examples/weissensee-2023.json",
        "examples/weissensee-2025.json",
        "examples/allende-viertel-2025.json",
    ] {
        let o = benn(&["diff", file, file]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        assert!(
            stdout(&o).ends_with("\nKeine Änderungen.\n"),
            "{}",
            stdout(&o)
        );
        let o = benn(&["--lang", "en", "diff", "--format", "json", file, file]);
        let json: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        for list in ["concept", "action_fields", "goals", "steps"] {
            assert_eq!(json[list], serde_json::json!([]), "{file}: {list}");
        }
    }
    // Standard input for one of the two.
    let o = benn_with(
        &refs(&os(&["diff", "-", "examples/weissensee-2023.json"])),
        &example("weissensee-2023.json"),
        &[],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("Keine Änderungen."), "{}", stdout(&o));
}

#[test]
fn diff_and_review_refuse_what_they_cannot_read() {
    // A missing file is a failed call; an unreadable concept shows its errors.
    let o = benn(&["diff", "missing.json", "examples/weissensee-2023.json"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("missing.json"), "{}", stderr(&o));
    let o = benn(&[
        "--lang",
        "en",
        "diff",
        "examples/broken/truncated.json",
        "examples/weissensee-2023.json",
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("error[json.syntax]"), "{}", stderr(&o));
    assert!(o.stdout.is_empty());
    let o = benn(&["diff", "examples/weissensee-2023.json"]);
    assert_eq!(o.status.code(), Some(2));
    // A log of another concept, a bad date.
    let o = benn(&[
        "--lang",
        "en",
        "review",
        "--log",
        "examples/weissensee-2023.log.json",
        "examples/allende-viertel-2025.json",
        "examples/weissensee-2025.json",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("the log belongs to `weissensee-2023`"),
        "{}",
        stderr(&o)
    );
    let o = benn(&[
        "review",
        "--as-of",
        "2024-02-30",
        "examples/weissensee-2023.json",
        "examples/weissensee-2025.json",
    ]);
    assert_eq!(o.status.code(), Some(2));
    for sub in ["diff", "review"] {
        let o = benn(&[sub, "--help"]);
        assert_eq!(o.status.code(), Some(0));
        assert!(
            stdout(&o).contains(&format!("Usage: benn {sub}")),
            "{}",
            stdout(&o)
        );
    }
}

#[test]
fn review_of_weissensee_2023_for_2025() {
    let o = benn(&[
        "review",
        "examples/weissensee-2023.json",
        "examples/weissensee-2025.json",
        "--log",
        "examples/weissensee-2023.log.json",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.starts_with(
            "Rückblick weissensee-2023 → weissensee-2025 (Stand 2024-12-31)\nbegegnung\n"
        ),
        "{out}"
    );
    assert!(
        out.contains(
            "  z-empowerment-2: fortgeführt als z-empowerment-mso (ähnlicher Text, 0,92), erreicht (2/3 Schritte erledigt, 1/1 Indikatoren am Ziel)\n"
        ),
        "{out}"
    );
    assert!(
        out.contains("  z-netzwerk-1: erreicht (2/2 Schritte erledigt, 1/1 Indikatoren am Ziel)\n"),
        "{out}"
    );
    assert!(
        out.contains("Neue Ziele: z-empowerment-5, z-netzwerk-4\n"),
        "{out}"
    );
    assert!(
        out.ends_with(
            "11 Ziele: 2 erreicht, 9 fortgeführt, 0 nicht weiterverfolgt (8 erreicht insgesamt)\n"
        ),
        "{out}"
    );

    // Earlier, in English, as JSON: the day judged is --as-of.
    let o = benn(&[
        "--lang",
        "en",
        "review",
        "--format",
        "json",
        "--as-of",
        "2023-09-30",
        "--log",
        "examples/weissensee-2023.log.json",
        "examples/weissensee-2023.json",
        "examples/weissensee-2025.json",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(json["judged_on"], "2023-09-30");
    assert_eq!(json["previous_ok"], true);
    let goal = &json["goals"][0];
    assert_eq!(goal["id"], "z-begegnung-1");
    assert_eq!(goal["outcome"], "carried_over");
    assert_eq!(goal["next_goal"], "z-begegnung-1");
    assert_eq!(goal["steps_done"], 1);

    // The wrong way round: the next concept does not name the previous one.
    let o = benn(&[
        "--lang",
        "en",
        "review",
        "examples/weissensee-2025.json",
        "examples/weissensee-2023.json",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("Note: weissensee-2023 names no previous concept (`previous`)."),
        "{}",
        stdout(&o)
    );
}

// ---- eval: `benn status` and `benn portfolio`

#[test]
fn status_shows_progress_shares_budget_and_indicators() {
    let out = benn(&[
        "status",
        "examples/weissensee-2023.json",
        "--log",
        "examples/weissensee-2023.log.json",
        "--as-of",
        "2024-06-30",
    ]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Stand 2024-06-30"), "{text}");
    assert!(
        text.contains("Fortschritt (einfacher Mittelwert)"),
        "{text}"
    );
    assert!(text.contains("30.000,00 €"), "{text}");
    assert!(text.contains("i-netzwerk-1-1"), "{text}");

    let out = benn(&[
        "--lang",
        "en",
        "status",
        "examples/allende-viertel-2025.json",
        "--as-of",
        "2026-09-15",
        "--method",
        "cost",
    ]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("Progress (weighted by planned cost)"),
        "{text}"
    );
    assert!(
        text.contains("s-a-netzwerk-1-2 (netzwerk): planned, timeframe ended 2026-08"),
        "{text}"
    );
}

#[test]
fn status_as_json_names_its_method_and_day() {
    let out = benn(&[
        "status",
        "examples/allende-viertel-2025.json",
        "--as-of",
        "2026-11-22",
        "--method",
        "weight",
        "--format",
        "json",
    ]);
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["method"], "weight");
    assert_eq!(v["rollup"]["method"], "weight");
    assert_eq!(v["as_of"], "2026-11-22");
    assert_eq!(v["concept"], "allende-viertel-2025");
    assert_eq!(v["delayed"].as_array().unwrap().len(), 0);
    let years: Vec<u64> = v["budget"]["years"]
        .as_array()
        .unwrap()
        .iter()
        .map(|y| y["year"].as_u64().unwrap())
        .collect();
    assert_eq!(years, [2025, 2026, 2027]);
}

#[test]
fn status_refuses_a_log_of_another_concept_and_bad_options() {
    let out = benn(&[
        "status",
        "examples/allende-viertel-2025.json",
        "--log",
        "examples/weissensee-2023.log.json",
        "--as-of",
        "2026-11-22",
    ]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("ist das Protokoll von `weissensee-2023`"),
        "{err}"
    );

    let out = benn(&[
        "status",
        "examples/weissensee-2023.json",
        "--method",
        "median",
    ]);
    assert_eq!(out.status.code(), Some(2));
    let out = benn(&[
        "status",
        "examples/weissensee-2023.json",
        "--as-of",
        "2024-02-30",
    ]);
    assert_eq!(out.status.code(), Some(2));
    let out = benn(&["status", "examples/weissensee-2023.log.json"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr).unwrap().contains("--log"));
}

#[test]
fn portfolio_groups_the_examples_by_district() {
    let out = benn(&["portfolio", "examples", "--as-of", "2026-11-22"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let text = String::from_utf8(out.stdout).unwrap();
    let pankow = text.find("03 Pankow").unwrap();
    let treptow = text.find("09 Treptow-Köpenick").unwrap();
    assert!(pankow < treptow, "{text}");
    assert!(text.contains("Gesamt"), "{text}");
    // Not a terminal: no counter on standard error.
    assert!(out.stderr.is_empty());

    let out = benn(&[
        "portfolio",
        "examples",
        "--as-of",
        "2024-06-30",
        "--format",
        "json",
        "--method",
        "cost",
    ]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["method"], "cost");
    assert_eq!(v["total"]["concepts"], 3);
    let w = &v["districts"][0]["rows"][0];
    assert_eq!(w["concept"], "weissensee-2023");
    assert_eq!(w["last_entry"], "2024-06-30", "the log file was matched");
}

#[test]
fn portfolio_reports_unreadable_files_and_orphan_logs() {
    let dir = scratch("portfolio");
    std::fs::write(dir.join("a.json"), example("allende-viertel-2025.json")).unwrap();
    std::fs::write(dir.join("w.log.json"), example("weissensee-2023.log.json")).unwrap();
    std::fs::write(dir.join("broken.json"), b"{").unwrap();
    let out = benn(&[
        "--lang",
        "en",
        "portfolio",
        dir.to_str().unwrap(),
        "--as-of",
        "2026-11-22",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("broken.json` is skipped"), "{err}");
    assert!(
        err.contains("the concept `weissensee-2023` is not in the folder"),
        "{err}"
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("allende-viertel-2025"), "{text}");

    let out = benn(&["portfolio", dir.join("nowhere").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
}

/// A scratch folder with the Weißensee concept and its log.
fn weissensee_copy(name: &str) -> PathBuf {
    let dir = scratch(name);
    for f in ["weissensee-2023.json", "weissensee-2023.log.json"] {
        std::fs::write(dir.join(f), example(f)).unwrap();
    }
    dir
}

fn path_str(p: &std::path::Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn log_add_appends_a_checked_entry_to_a_log_file() {
    let dir = weissensee_copy("log-add");
    let log = dir.join("weissensee-2023.log.json");
    let before = std::fs::read_to_string(&log).unwrap();
    let o = benn(&[
        "log",
        "add",
        path_str(&log),
        "--kind",
        "spending",
        "--step",
        "s-begegnung-2-3",
        "--spent",
        "120,50",
        "--date",
        "2024-07-02",
        "--by",
        "Team",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}{}", stdout(&o), stderr(&o));
    assert!(
        stdout(&o).contains("Eintrag `e-2024-07-02-1` hinzugefügt"),
        "{}",
        stdout(&o)
    );
    let after = std::fs::read_to_string(&log).unwrap();
    // Only inserted: the text before the new entry and its end are unchanged.
    let cut = before.rfind("\n  ]").unwrap();
    assert!(after.starts_with(&before[..cut]) && after.ends_with(&before[cut..]));
    let read = benn_core::read_log(after.as_bytes()).unwrap();
    let e = read.entries.last().unwrap();
    assert_eq!(e.spent_cents, Some(benn_core::Cents::new(12_050)));
    // The sibling concept was found; the file is still canonical.
    let o = benn(&["fmt", "--check", path_str(&log)]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
}

#[test]
fn log_add_refuses_an_entry_that_makes_an_error() {
    let dir = weissensee_copy("log-add-error");
    let log = dir.join("weissensee-2023.log.json");
    let before = std::fs::read(&log).unwrap();
    let o = benn(&[
        "--lang",
        "en",
        "log",
        "add",
        path_str(&log),
        "--kind",
        "status",
        "--step",
        "s-nope",
        "--status",
        "done",
        "--date",
        "2024-07-01",
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).contains("error[log.ref]"), "{}", stdout(&o));
    assert!(stdout(&o).contains("not written"), "{}", stdout(&o));
    assert_eq!(std::fs::read(&log).unwrap(), before);
    // A concept's own log, with --concept not needed; a bad amount is a usage error.
    let concept = dir.join("weissensee-2023.json");
    let o = benn(&[
        "log",
        "add",
        path_str(&concept),
        "--kind",
        "spending",
        "--spent",
        "12,3,4",
    ]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let o = benn(&[
        "log",
        "add",
        path_str(&concept),
        "--kind",
        "progress",
        "--step",
        "s-begegnung-1-3",
        "--progress",
        "55",
        "--date",
        "2024-07-01",
        "--id",
        "p-1",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    let c = benn_core::read(&std::fs::read(&concept).unwrap()).unwrap();
    assert_eq!(c.log.last().unwrap().id.as_str(), "p-1");
}

#[test]
fn log_merge_reports_conflicts_and_writes_every_entry_once() {
    let dir = weissensee_copy("log-merge");
    let a = dir.join("weissensee-2023.log.json");
    let b = dir.join("b.log.json");
    std::fs::copy(&a, &b).unwrap();
    let add = |file: &PathBuf, status: &str| {
        let o = benn(&[
            "log",
            "add",
            path_str(file),
            "--concept",
            path_str(&dir.join("weissensee-2023.json")),
            "--kind",
            "status",
            "--step",
            "s-begegnung-2-3",
            "--status",
            status,
            "--date",
            "2024-07-01",
        ]);
        assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    };
    add(&a, "in_progress");
    add(&b, "done");
    let out = dir.join("merged.log.json");
    let o = benn(&[
        "--lang",
        "en",
        "log",
        "merge",
        path_str(&a),
        path_str(&b),
        "-o",
        path_str(&out),
    ]);
    // Both used the id e-2024-07-01-1 for different entries: a conflict, one kept.
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("two different entries with the id `e-2024-07-01-1`"),
        "{}",
        stderr(&o)
    );
    let merged = benn_core::read_log(&std::fs::read(&out).unwrap()).unwrap();
    let shipped = benn_core::read_log(&example("weissensee-2023.log.json")).unwrap();
    assert_eq!(merged.entries.len(), shipped.entries.len() + 1);
    // A log merged with itself: no conflicts, every entry once, sorted by
    // date (w-013 of 2023-09-05 moves after w-014 of 2023-08-31), on standard output.
    let o = benn(&["log", "merge", path_str(&a), path_str(&a)]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let own = benn_core::read_log(&std::fs::read(&a).unwrap()).unwrap();
    let sorted = benn_core::read_log(&o.stdout).unwrap();
    assert_eq!(sorted.entries.len(), own.entries.len());
    let ids: Vec<&str> = sorted.entries.iter().map(|e| e.id.as_str()).collect();
    let at = |id| ids.iter().position(|i| *i == id).unwrap();
    assert!(at("w-014") < at("w-013"));
    std::fs::write(&out, &o.stdout).unwrap();
    let again = benn(&["log", "merge", path_str(&out), path_str(&out)]);
    assert_eq!(again.stdout, o.stdout, "merging is idempotent");
}

#[test]
fn fmt_writes_log_files_canonically() {
    let dir = scratch("fmt-log");
    let log = dir.join("x.log.json");
    std::fs::write(
        &log,
        r#"{"format_version": 3, "concept": "k-2024", "entries": [{"kind": "note", "date": "2024-01-02", "id": "e-1", "note": "x"}]}"#,
    )
    .unwrap();
    let o = benn(&["fmt", path_str(&log)]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = std::fs::read_to_string(&log).unwrap();
    assert!(text.contains("\"id\": \"e-1\",\n      \"date\""), "{text}");
}

// ---- table: `benn export` and `benn import`

#[test]
fn export_writes_each_table_in_each_format() {
    let concept = "examples/weissensee-2023.json";
    let log = "examples/weissensee-2023.log.json";
    let o = benn(&["export", concept, "--table", "steps"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.starts_with("field,goal,step,text,status,start,end,"),
        "{out}"
    );
    assert!(out.contains(",'03500932,Bühringstraße,"), "{out}");
    // German CSV with a byte order mark; amounts with a decimal comma.
    let o = benn(&[
        "export", concept, "--log", log, "--table", "log", "--de", "--bom",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(o.stdout.starts_with(b"\xEF\xBB\xBFid;date;kind;"));
    let entries = benn_core::read_log(&example("weissensee-2023.log.json"))
        .unwrap()
        .entries;
    let rows = benn_core::table::import::read_csv(&o.stdout).unwrap();
    assert_eq!(rows.len(), entries.len());
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(
        out.lines()
            .any(|l| l.contains(";spending;") && l.contains(',')),
        "{out}"
    );
    // JSON Lines: one object per row.
    let o = benn(&[
        "export", concept, "--log", log, "--table", "log", "--format", "jsonl",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    for line in stdout(&o).lines() {
        assert!(
            line.starts_with("{\"id\":") && line.ends_with('}'),
            "{line}"
        );
    }
    // XLSX: every table as a sheet, written to a file.
    let dir = scratch("export");
    let book = dir.join("weissensee.xlsx");
    let o = command()
        .args(["export", concept, "--log", log, "--format", "xlsx", "-o"])
        .arg(&book)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(std::fs::read(&book).unwrap().starts_with(b"PK"));
    // One table only for CSV; a log of another concept is refused.
    let o = benn(&["--lang", "en", "export", concept]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("choose it with `--table`"),
        "{}",
        stderr(&o)
    );
    let o = benn(&[
        "--lang",
        "en",
        "export",
        concept,
        "--log",
        "examples/allende-viertel-2025.json",
        "--table",
        "log",
    ]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn import_appends_new_rows_validates_and_refuses_bad_tables_whole() {
    let dir = scratch("import");
    let concept = dir.join("c.json");
    let log = dir.join("c.log.json");
    std::fs::write(&concept, example("weissensee-2023.json")).unwrap();
    std::fs::write(&log, example("weissensee-2023.log.json")).unwrap();
    let n = benn_core::read_log(&example("weissensee-2023.log.json"))
        .unwrap()
        .entries
        .len();
    let table = dir.join("log.csv");
    let o = command()
        .args(["export", "--table", "log", "--de", "-o"])
        .arg(&table)
        .arg(&concept)
        .arg("--log")
        .arg(&log)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let import = |table: &std::path::Path, extra: &[&str]| {
        command()
            .args(["--lang", "en", "import"])
            .arg(&concept)
            .arg(table)
            .arg("--into")
            .arg(&log)
            .args(extra)
            .output()
            .unwrap()
    };
    // A new row typed into the exported sheet: only it is appended.
    let mut csv = std::fs::read_to_string(&table).unwrap();
    csv.push_str("w-neu-1;2024-06-20;note;;;;;;;;;;;;;Sommerfest mit 120 Gästen;;Team;\r\n");
    std::fs::write(&table, &csv).unwrap();
    let before = std::fs::read(&log).unwrap();
    let o = import(&table, &["--check"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stdout(&o).contains(&format!("1 new entry/entries, {n} already there")),
        "{}",
        stdout(&o)
    );
    assert_eq!(
        std::fs::read(&log).unwrap(),
        before,
        "--check writes nothing"
    );
    let o = import(&table, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stdout(&o).contains(&format!("1 entry/entries appended ({n} already there)")),
        "{}",
        stdout(&o)
    );
    let written = std::fs::read_to_string(&log).unwrap();
    assert!(written.contains("Sommerfest mit 120 Gästen"));
    let o = command()
        .arg("validate")
        .arg(&concept)
        .arg(&log)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    // Importing the same sheet again adds nothing.
    let o = import(&table, &[]);
    assert!(
        stdout(&o).contains(&format!("no new entries ({} already there)", n + 1)),
        "{}",
        stdout(&o)
    );

    // Bad rows: every problem named by row and column; nothing is written.
    csv.push_str("w-neu-2;2024-13-01;Notiz;;;;;;;zwölf;;;;;;;;;\r\n");
    // Header, the entries, the row added above, then this one.
    let bad = n + 3;
    std::fs::write(&table, &csv).unwrap();
    let before = std::fs::read(&log).unwrap();
    let o = import(&table, &[]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains(&format!(
            "log.csv:{bad}: [import.cell.invalid] Row {bad}, column `date`"
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!("Row {bad}, column `kind`: `Notiz`")),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "Row {bad}, column `spent_eur`: `zwölf` is not an amount"
        )),
        "{err}"
    );
    assert!(err.contains("nothing was imported"), "{err}");
    assert_eq!(std::fs::read(&log).unwrap(), before);

    // Into the concept's own log, from a workbook.
    let book = dir.join("log.xlsx");
    let o = command()
        .args(["export", "--table", "log", "--format", "xlsx", "-o"])
        .arg(&book)
        .arg(&concept)
        .arg("--log")
        .arg(&log)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = command()
        .args(["import"])
        .arg(&concept)
        .arg(&book)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let c = benn_core::read(&std::fs::read(&concept).unwrap()).unwrap();
    assert_eq!(c.log.len(), n + 1);
    // An unknown kind of file is a usage error.
    let o = command()
        .arg("import")
        .arg(&concept)
        .arg(dir.join("log.ods"))
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn export_writes_the_evaluation_tables() {
    let o = benn(&[
        "export",
        "examples/weissensee-2023.json",
        "--log",
        "examples/weissensee-2023.log.json",
        "--table",
        "state",
        "--as-of",
        "2024-06-30",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.starts_with("as_of,field,goal,step,status,track,"),
        "{out}"
    );
    assert!(
        out.contains("2024-06-30,begegnung,z-begegnung-1,s-begegnung-1-2,done,done,100,status,3412.00,2023-09-05"),
        "{out}"
    );
    let o = benn(&[
        "export",
        "examples/weissensee-2023.json",
        "--table",
        "budget",
        "--format",
        "jsonl",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stdout(&o).contains(r#""year":2023,"scope":"concept","field":null,"budget_eur":30000.00,"standard_eur":30000.00,"#),
        "{}",
        stdout(&o)
    );
    let o = benn(&[
        "--lang",
        "en",
        "export",
        "examples/weissensee-2023.json",
        "--table",
        "state",
        "--as-of",
        "2024-02-30",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("`2024-02-30` is not a date"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn every_command_refuses_a_bad_date_alike() {
    let w = "examples/weissensee-2023.json";
    let calls: [&[&str]; 5] = [
        &["validate", "--today", "2024-13-01", w],
        &["status", w, "--as-of", "2024-13-01"],
        &[
            "review",
            w,
            "examples/weissensee-2025.json",
            "--as-of",
            "2024-13-01",
        ],
        &["export", w, "--table", "steps", "--as-of", "2024-13-01"],
        &["portfolio", "examples", "--as-of", "2024-13-01"],
    ];
    for args in calls {
        let o = benn(&[&["--lang", "en"], args].concat());
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert!(
            stderr(&o).contains("`2024-13-01` is not a date of the form YYYY-MM-DD"),
            "{args:?}: {}",
            stderr(&o)
        );
    }
}

#[test]
fn output_files_get_their_folder_and_unwritable_ones_a_message() {
    let dir = scratch("out-folder");
    let concept = repo().join("examples").join("weissensee-2023.json");
    let html = dir.join("reports").join("2024").join("w.html");
    let o = benn(&[
        "--lang",
        "en",
        "report",
        path_str(&concept),
        "--kind",
        "short",
        "-o",
        path_str(&html),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(std::fs::read_to_string(&html).unwrap().contains("<html"));
    let csv = dir.join("tables").join("steps.csv");
    let o = benn(&[
        "export",
        path_str(&concept),
        "--table",
        "steps",
        "-o",
        path_str(&csv),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(std::fs::read_to_string(&csv).unwrap().starts_with("field,"));
    let log = repo().join("examples").join("weissensee-2023.log.json");
    let merged = dir.join("logs").join("merged.log.json");
    let o = benn(&[
        "log",
        "merge",
        path_str(&log),
        path_str(&log),
        "-o",
        path_str(&merged),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(benn_core::read_log(&std::fs::read(&merged).unwrap()).is_ok());
    // A folder where the file should be: status 2 and the file's name.
    let o = benn(&[
        "--lang",
        "en",
        "export",
        path_str(&concept),
        "--table",
        "steps",
        "-o",
        path_str(&dir),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("cannot write"), "{}", stderr(&o));
}
