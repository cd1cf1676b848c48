//! `benn validate`: every finding of every file, as text or JSON.

use std::io::Write;
use std::process::ExitCode;

use benn_core::{Date, Finding, KnownConcept, Lang, Options, Report, Severity};

use crate::args::{OutputFormat, ValidateArgs};
use crate::input;
use crate::output::{self, ERRORS, USAGE};
use crate::pipeline;

/// Runs `benn validate`.
pub(crate) fn run(args: &ValidateArgs, lang: Lang) -> ExitCode {
    let today = match &args.today {
        None => today(),
        Some(v) => match output::date_arg(v, lang) {
            Ok(d) => Some(d),
            Err(msg) => return output::usage_error(&msg, lang),
        },
    };
    let limit = match input::check_files(&args.files, lang) {
        Ok(l) => l,
        Err(msg) => return output::usage_error(&msg, lang),
    };

    let mut inputs = Vec::new();
    let mut io_failed = false;
    for path in &args.files {
        match input::load(path, limit, lang) {
            Ok(i) => inputs.push(i),
            Err(msg) => {
                eprintln!("benn: {msg}");
                io_failed = true;
            }
        }
    }
    // Each file is parsed once; concepts given together can refer to each
    // other as `previous`, and two of them with one id are an error.
    let parsed: Vec<pipeline::Doc<'_>> = inputs.iter().map(|i| pipeline::parse(&i.bytes)).collect();
    let known: Vec<KnownConcept> = if parsed.len() > 1 {
        parsed.iter().filter_map(pipeline::known).collect()
    } else {
        Vec::new()
    };
    let options = Options {
        today,
        known_concepts: if known.len() > 1 { known } else { Vec::new() },
    };
    let mut reports: Vec<(String, Report)> = Vec::new();
    for (i, p) in inputs.iter().zip(&parsed) {
        if let Some(r) = pipeline::report(p, &parsed, &options) {
            reports.push((i.name.clone(), r));
        } else {
            let name = &i.name;
            eprintln!(
                "benn: {}",
                tr!(
                    lang,
                    "{name}: ein Sachstandsprotokoll wird mit seinem Handlungskonzept geprüft; geben Sie auch dessen Datei an",
                    "{name}: a log is checked against its concept; give the concept's file too"
                )
            );
            io_failed = true;
        }
    }

    let failed = reports.iter().any(|(_, r)| r.has_errors());
    let status = if io_failed {
        ExitCode::from(USAGE)
    } else if failed {
        ExitCode::from(ERRORS)
    } else {
        ExitCode::SUCCESS
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let written = match args.format {
        OutputFormat::Json => print_json(&mut out, &reports),
        OutputFormat::Text => print_text(&mut out, &reports, lang),
    }
    .and_then(|()| out.flush());
    output::finish(written, lang, status)
}

fn print_json(out: &mut impl Write, reports: &[(String, Report)]) -> std::io::Result<()> {
    #[derive(serde::Serialize)]
    struct FileReport<'a> {
        file: &'a str,
        findings: &'a [Finding],
    }
    #[derive(serde::Serialize)]
    struct Output<'a> {
        files: Vec<FileReport<'a>>,
    }
    let files = reports
        .iter()
        .map(|(file, r)| FileReport {
            file,
            findings: &r.findings,
        })
        .collect();
    serde_json::to_writer_pretty(&mut *out, &Output { files })?;
    writeln!(out)
}

fn print_text(
    out: &mut impl Write,
    reports: &[(String, Report)],
    lang: Lang,
) -> std::io::Result<()> {
    let (mut errors, mut warnings, mut advice) = (0, 0, 0);
    for (file, report) in reports {
        for f in &report.findings {
            output::print_finding(out, file, f, lang)?;
        }
        errors += report.count(Severity::Error);
        warnings += report.count(Severity::Warning);
        advice += report.count(Severity::Advice);
    }
    let n = reports.len();
    let summary = tr!(
        lang,
        "{n} Datei(en) geprüft: {errors} Fehler, {warnings} Warnung(en), {advice} Hinweis(e)",
        "{n} file(s) checked: {errors} error(s), {warnings} warning(s), {advice} advice"
    );
    writeln!(out, "{summary}")
}

/// Today's date from the system clock (the core never reads it).
pub(crate) fn today() -> Option<Date> {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?
        .as_secs();
    Date::from_unix_days(i64::try_from(secs / 86_400).ok()?).ok()
}
