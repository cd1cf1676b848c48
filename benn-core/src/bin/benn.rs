//! `benn`: validate BENN action concepts and print the JSON Schema.

#![allow(clippy::print_stdout, clippy::print_stderr, clippy::exit)]

use std::io::Write as _;
use std::path::Path;
use std::process::ExitCode;

use benn_core::{Date, Finding, KnownConcept, Lang, Options, Report, Severity};

const USAGE_DE: &str = "\
benn – Handlungskonzepte des BENN-Programms prüfen

Aufruf:
  benn validate [--lang de|en] [--format text|json] [--today JJJJ-MM-TT] DATEI…
  benn fmt [--check] DATEI…
  benn schema
  benn synth SCHRITTE [SAAT]
  benn --help | --version

validate   prüft Dokumente und meldet alle Befunde; Status 1, wenn ein Fehler dabei ist
fmt        schreibt Dokumente in die kanonische Form (mit --check: prüft nur)
schema     gibt das JSON-Schema des Formats aus
synth      erzeugt ein gültiges synthetisches Konzept mit SCHRITTE Schritten (für Messungen)
--lang     Sprache der Meldungen (Standard: de)
--format   text (wie ein Compiler) oder json (für Programme)
--today    Stichtag statt des heutigen Datums";

const USAGE_EN: &str = "\
benn – check action concepts of the BENN programme

Usage:
  benn validate [--lang de|en] [--format text|json] [--today YYYY-MM-DD] FILE…
  benn fmt [--check] FILE…
  benn schema
  benn synth STEPS [SEED]
  benn --help | --version

validate   checks documents and reports every finding; exit status 1 if any is an error
fmt        rewrites documents in canonical form (with --check: only checks)
schema     prints the JSON Schema of the format
synth      writes a valid synthetic concept with STEPS steps (for measurements)
--lang     language of messages (default: de)
--format   text (like a compiler) or json (for programs)
--today    reference date instead of today";

struct Args {
    lang: Lang,
    json: bool,
    today: Option<Date>,
    files: Vec<String>,
}

fn main() -> ExitCode {
    let mut words: Vec<String> = std::env::args().skip(1).collect();
    let lang = lang_of(&words);
    // `--lang` may also come before the command: `benn --lang en validate …`.
    if words.first().is_some_and(|w| w == "--lang") && words.len() >= 2 {
        words.drain(..2);
    }
    match words.first().map(String::as_str) {
        Some("validate") => match parse_validate(words.get(1..).unwrap_or_default(), lang) {
            Ok(parsed) => run_validate(&parsed),
            Err(msg) => usage_error(&msg, lang),
        },
        Some("fmt") => run_fmt(words.get(1..).unwrap_or_default(), lang),
        Some("synth") => run_synth(words.get(1..).unwrap_or_default(), lang),
        Some("schema") => {
            let rest = words.get(1..).unwrap_or_default();
            if rest.is_empty() || (rest.len() == 2 && rest.first().is_some_and(|a| a == "--lang")) {
                print!("{}", benn_core::SCHEMA_JSON);
                ExitCode::SUCCESS
            } else {
                usage_error(
                    &pick(
                        lang,
                        "`benn schema` nimmt keine Argumente".into(),
                        "`benn schema` takes no arguments".into(),
                    ),
                    lang,
                )
            }
        }
        Some("--help" | "-h" | "help") => {
            println!("{}", if lang == Lang::En { USAGE_EN } else { USAGE_DE });
            ExitCode::SUCCESS
        }
        Some("--version" | "-V") => {
            println!("benn {}", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        Some(other) => usage_error(
            &pick(
                lang,
                format!("unbekannter Befehl `{other}`"),
                format!("unknown command `{other}`"),
            ),
            lang,
        ),
        None => usage_error(
            &pick(
                lang,
                "kein Befehl angegeben".into(),
                "no command given".into(),
            ),
            lang,
        ),
    }
}

/// `benn fmt`: canonical form in place, or `--check` that files are canonical.
fn run_fmt(rest: &[String], lang: Lang) -> ExitCode {
    let mut check = false;
    let mut files: Vec<&String> = Vec::new();
    let mut it = rest.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--check" => check = true,
            // Read before dispatch (`lang_of`); here only its value is skipped.
            "--lang" => {
                it.next();
            }
            flag if flag.starts_with("--") => {
                return usage_error(
                    &pick(
                        lang,
                        format!("unbekannte Option `{flag}`"),
                        format!("unknown option `{flag}`"),
                    ),
                    lang,
                );
            }
            _ => files.push(a),
        }
    }
    if files.is_empty() {
        return usage_error(
            &pick(lang, "keine Datei angegeben".into(), "no file given".into()),
            lang,
        );
    }
    let mut status = ExitCode::SUCCESS;
    for file in files {
        let bytes = match std::fs::read(file) {
            Ok(b) => b,
            Err(e) => {
                eprintln!(
                    "benn: {}",
                    pick(
                        lang,
                        format!("`{file}` kann nicht gelesen werden: {e}"),
                        format!("cannot read `{file}`: {e}")
                    )
                );
                status = ExitCode::from(2);
                continue;
            }
        };
        let text = match benn_core::read(&bytes)
            .map_err(|e| e.findings().to_vec())
            .and_then(|c| {
                benn_core::write(&c).map_err(|e| {
                    eprintln!("benn: {file}: {e}");
                    Vec::new()
                })
            }) {
            Ok(t) => t,
            Err(findings) => {
                let mut out = std::io::stderr().lock();
                for f in &findings {
                    print_finding(&mut out, file, f, lang);
                }
                status = ExitCode::from(1);
                continue;
            }
        };
        if text.as_bytes() == bytes.as_slice() {
            continue;
        }
        if check {
            println!(
                "{}",
                pick(
                    lang,
                    format!("{file}: nicht in kanonischer Form"),
                    format!("{file}: not in canonical form")
                )
            );
            status = ExitCode::from(1);
        } else if let Err(e) = std::fs::write(file, text) {
            eprintln!(
                "benn: {}",
                pick(
                    lang,
                    format!("`{file}` kann nicht geschrieben werden: {e}"),
                    format!("cannot write `{file}`: {e}")
                )
            );
            status = ExitCode::from(2);
        } else {
            println!(
                "{}",
                pick(
                    lang,
                    format!("{file}: neu geschrieben"),
                    format!("{file}: rewritten")
                )
            );
        }
    }
    status
}

fn run_synth(rest: &[String], lang: Lang) -> ExitCode {
    let num = |i: usize| rest.get(i).map(|s| s.parse::<u64>());
    let (steps, seed) = match (num(0), num(1), rest.len()) {
        (Some(Ok(steps)), None, 1) => (steps, 1),
        (Some(Ok(steps)), Some(Ok(seed)), 2) => (steps, seed),
        _ => {
            return usage_error(
                &pick(
                    lang,
                    "`benn synth` erwartet eine Schrittzahl und optional eine Saat".into(),
                    "`benn synth` expects a number of steps and optionally a seed".into(),
                ),
                lang,
            )
        }
    };
    let concept = benn_core::synth::concept(usize::try_from(steps).unwrap_or(usize::MAX), seed);
    match benn_core::write(&concept) {
        Ok(text) => {
            let _ = std::io::stdout().lock().write_all(text.as_bytes());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("benn: {e}");
            ExitCode::from(2)
        }
    }
}

fn pick(lang: Lang, de: String, en: String) -> String {
    if lang == Lang::En {
        en
    } else {
        de
    }
}

/// `--lang` may stand anywhere; read it first so that usage errors use it.
fn lang_of(argv: &[String]) -> Lang {
    argv.windows(2)
        .find(|w| w.first().is_some_and(|a| a == "--lang"))
        .and_then(|w| w.get(1))
        .and_then(|l| l.parse().ok())
        .unwrap_or_default()
}

fn usage_error(msg: &str, lang: Lang) -> ExitCode {
    let more = pick(
        lang,
        "`benn --help` zeigt die Aufrufe.".into(),
        "`benn --help` shows the usage.".into(),
    );
    eprintln!("benn: {msg}\n{more}");
    ExitCode::from(2)
}

fn parse_validate(rest: &[String], lang: Lang) -> Result<Args, String> {
    let mut args = Args {
        lang,
        json: false,
        today: None,
        files: Vec::new(),
    };
    let mut it = rest.iter();
    while let Some(a) = it.next() {
        let mut value = |name: &str| {
            it.next().cloned().ok_or_else(|| {
                pick(
                    lang,
                    format!("`{name}` braucht einen Wert"),
                    format!("`{name}` needs a value"),
                )
            })
        };
        match a.as_str() {
            "--lang" => args.lang = value("--lang")?.parse()?,
            "--format" => {
                args.json = match value("--format")?.as_str() {
                    "json" => true,
                    "text" => false,
                    other => {
                        return Err(pick(
                            lang,
                            format!("unbekanntes Format `{other}` (text, json)"),
                            format!("unknown format `{other}` (text, json)"),
                        ))
                    }
                }
            }
            "--today" => {
                let v = value("--today")?;
                args.today = Some(v.parse().map_err(|_| {
                    pick(
                        lang,
                        format!("`{v}` ist kein Datum der Form JJJJ-MM-TT"),
                        format!("`{v}` is not a date of the form YYYY-MM-DD"),
                    )
                })?);
            }
            flag if flag.starts_with("--") => {
                return Err(pick(
                    lang,
                    format!("unbekannte Option `{flag}`"),
                    format!("unknown option `{flag}`"),
                ))
            }
            file => args.files.push(file.to_owned()),
        }
    }
    if args.files.is_empty() {
        return Err(pick(
            lang,
            "keine Datei angegeben".into(),
            "no file given".into(),
        ));
    }
    Ok(args)
}

fn today() -> Option<Date> {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?
        .as_secs();
    Date::from_unix_days(i64::try_from(secs / 86_400).ok()?).ok()
}

fn run_validate(args: &Args) -> ExitCode {
    let lang = args.lang;
    let mut inputs: Vec<(String, Vec<u8>)> = Vec::new();
    let mut io_failed = false;
    for file in &args.files {
        let path = Path::new(file);
        if path.is_dir() {
            eprintln!(
                "benn: {}",
                pick(
                    lang,
                    format!(
                        "`{file}` ist ein Verzeichnis; geben Sie Dateien an, z. B. `{file}/*.json`"
                    ),
                    format!("`{file}` is a directory; give files, e.g. `{file}/*.json`"),
                )
            );
            io_failed = true;
            continue;
        }
        match std::fs::read(path) {
            Ok(bytes) => inputs.push((file.clone(), bytes)),
            Err(e) => {
                let reason = match e.kind() {
                    std::io::ErrorKind::NotFound => {
                        pick(lang, "Datei nicht gefunden".into(), "file not found".into())
                    }
                    std::io::ErrorKind::PermissionDenied => pick(
                        lang,
                        "keine Leseberechtigung".into(),
                        "permission denied".into(),
                    ),
                    _ => e.to_string(),
                };
                eprintln!(
                    "benn: {}",
                    pick(
                        lang,
                        format!("`{file}` kann nicht gelesen werden: {reason}"),
                        format!("cannot read `{file}`: {reason}"),
                    )
                );
                io_failed = true;
            }
        }
    }
    // Each file is parsed once; concepts given together can refer to each
    // other as `previous`.
    let parsed: Vec<(&str, benn_core::Parsed<'_>)> = inputs
        .iter()
        .map(|(file, bytes)| (file.as_str(), benn_core::parse(bytes)))
        .collect();
    let known: Vec<KnownConcept> = parsed
        .iter()
        .filter_map(|(_, p)| p.concept())
        .map(KnownConcept::from)
        .collect();
    let options = Options {
        today: args.today.or_else(today),
        known_concepts: if known.len() > 1 { known } else { Vec::new() },
    };
    let reports: Vec<(&str, Report)> = parsed
        .iter()
        .map(|(file, p)| (*file, p.validate(&options)))
        .collect();
    drop(parsed);

    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if args.json {
        #[derive(serde::Serialize)]
        struct FileReport<'a> {
            file: &'a str,
            findings: &'a [Finding],
        }
        #[derive(serde::Serialize)]
        struct Output<'a> {
            files: Vec<FileReport<'a>>,
        }
        let files: Vec<FileReport<'_>> = reports
            .iter()
            .map(|(file, r)| FileReport {
                file,
                findings: &r.findings,
            })
            .collect();
        let _ = writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&Output { files }).unwrap_or_default()
        );
    } else {
        let (mut errors, mut warnings, mut advice) = (0, 0, 0);
        for (file, report) in &reports {
            for f in &report.findings {
                print_finding(&mut out, file, f, lang);
            }
            errors += report.count(Severity::Error);
            warnings += report.count(Severity::Warning);
            advice += report.count(Severity::Advice);
        }
        let n = reports.len();
        let summary = pick(
            lang,
            format!("{n} Datei(en) geprüft: {errors} Fehler, {warnings} Warnung(en), {advice} Hinweis(e)"),
            format!("{n} file(s) checked: {errors} error(s), {warnings} warning(s), {advice} advice"),
        );
        let _ = writeln!(out, "{summary}");
    }
    let failed = reports.iter().any(|(_, r)| r.has_errors());
    if io_failed {
        ExitCode::from(2)
    } else if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn print_finding(out: &mut impl std::io::Write, file: &str, f: &Finding, lang: Lang) {
    let at = f
        .location
        .map_or_else(|| "1:1".into(), |l| format!("{}:{}", l.line, l.column));
    let _ = writeln!(
        out,
        "{file}:{at}: {}[{}]: {}",
        f.severity,
        f.code,
        f.message.get(lang)
    );
    let pointer = if f.pointer.is_empty() {
        "/"
    } else {
        &f.pointer
    };
    let (at_word, hint_word, see_word) = match lang {
        Lang::De => ("Stelle", "Tipp", "siehe"),
        Lang::En => ("at", "hint", "see"),
    };
    let _ = writeln!(out, "  = {at_word}: {pointer}");
    if let Some(h) = &f.hint {
        let _ = writeln!(out, "  = {hint_word}: {}", h.get(lang));
    }
    if let Some(r) = &f.related {
        let rat = r
            .location
            .map(|l| format!("{file}:{}:{} ", l.line, l.column))
            .unwrap_or_default();
        let _ = writeln!(out, "  = {see_word}: {rat}({})", r.pointer);
    }
}
