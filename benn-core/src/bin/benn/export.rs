//! `benn export`: a concept's tables (steps, goals, indicators, the tracking
//! log, and the evaluation on a day: state, roll-up, budget, coverage) as
//! CSV, JSON Lines or an XLSX workbook.

use std::io::{IsTerminal as _, Write as _};
use std::path::Path;
use std::process::ExitCode;

use benn_core::table::{self, csv::CsvOptions, Table};
use benn_core::{eval, Concept, Lang, Log};

use crate::args::{ExportArgs, TableArg, TableFormat};
use crate::input;
use crate::output::{self, ERRORS, USAGE};

/// Runs `benn export`.
pub(crate) fn run(args: &ExportArgs, lang: Lang) -> ExitCode {
    let (concept, log) = match load(&args.file, args.log.as_deref(), lang) {
        Ok(v) => v,
        Err(status) => return ExitCode::from(status),
    };
    let entries = log.as_ref().map_or(&concept.log, |l| &l.entries);
    let as_of = match args.as_of.as_deref().map(|v| output::date_arg(v, lang)) {
        None => crate::validate::today()
            .unwrap_or_else(|| benn_core::ApproxDate::from(concept.period.end).last_day()),
        Some(Ok(d)) => d,
        Some(Err(msg)) => return output::usage_error(&msg, lang),
    };
    let tables: Vec<Table> = match args.table {
        TableArg::All => table::all(&concept, entries, as_of, args.method.into()),
        TableArg::State => {
            vec![table::state(&concept, &eval::state(&concept, entries, as_of)).into_owned()]
        }
        TableArg::Rollup => {
            let day = eval::state(&concept, entries, as_of);
            vec![table::rollup(&eval::rollup(&concept, &day, args.method.into())).into_owned()]
        }
        TableArg::Budget => {
            vec![
                table::budget(&concept, &eval::budget::report(&concept, entries, as_of))
                    .into_owned(),
            ]
        }
        TableArg::Coverage => vec![table::coverage(&eval::coverage(&concept)).into_owned()],
        TableArg::Steps => vec![table::steps(&concept)],
        TableArg::Goals => vec![table::goals(&concept)],
        TableArg::Indicators => vec![table::indicators(&concept)],
        TableArg::Log => vec![table::log(entries)],
    };
    let bytes = match (args.format, tables.as_slice()) {
        (TableFormat::Xlsx, _) => table::xlsx::write(&tables).map_err(|e| e.to_string()),
        (TableFormat::Csv, [t]) => table::csv::write(
            t,
            CsvOptions {
                german: args.de,
                bom: args.bom,
            },
        )
        .map_err(|e| e.to_string()),
        (TableFormat::Jsonl, [t]) => Ok(table::jsonl::write(t).into_bytes()),
        _ => {
            return output::usage_error(
                &tr!(
                    lang,
                    "CSV und JSON Lines fassen eine Tabelle; wählen Sie sie mit `--table` (alle Tabellen: `--format xlsx`)",
                    "CSV and JSON Lines hold one table; choose it with `--table` (every table: `--format xlsx`)"
                ),
                lang,
            )
        }
    };
    let bytes = match bytes {
        Ok(b) => b,
        Err(e) => {
            eprintln!("benn: {e}");
            return ExitCode::from(ERRORS);
        }
    };
    if let Some(out) = &args.output {
        return match output::write_file(out, &bytes, lang) {
            Ok(()) => ExitCode::SUCCESS,
            Err(status) => status,
        };
    }
    let stdout = std::io::stdout();
    if args.format == TableFormat::Xlsx && stdout.is_terminal() {
        return output::usage_error(
            &tr!(
                lang,
                "eine XLSX-Arbeitsmappe ist binär; geben Sie `-o DATEI.xlsx` an oder leiten Sie die Ausgabe um",
                "an XLSX workbook is binary; give `-o FILE.xlsx` or redirect the output"
            ),
            lang,
        );
    }
    let written = stdout.lock().write_all(&bytes);
    output::finish(written, lang, ExitCode::SUCCESS)
}

/// Reads the concept and, when given, its log file. On failure the findings
/// or the message are printed and the exit status is returned.
pub(crate) fn load(
    file: &Path,
    log: Option<&Path>,
    lang: Lang,
) -> Result<(Concept, Option<Log>), u8> {
    let concept = read_concept(file, lang)?;
    let Some(log_path) = log else {
        return Ok((concept, None));
    };
    let log = read_log(log_path, &concept, lang)?;
    Ok((concept, Some(log)))
}

/// Reads a concept; prints why it cannot be read.
pub(crate) fn read_concept(file: &Path, lang: Lang) -> Result<Concept, u8> {
    let input = load_input(file, lang)?;
    benn_core::read(&input.bytes).map_err(|e| {
        print_findings(&input.name, e.findings(), lang);
        ERRORS
    })
}

/// Reads a log file that must belong to `concept`; prints why it cannot be read.
pub(crate) fn read_log(file: &Path, concept: &Concept, lang: Lang) -> Result<Log, u8> {
    let input = load_input(file, lang)?;
    let log = benn_core::read_log(&input.bytes).map_err(|e| {
        print_findings(&input.name, e.findings(), lang);
        ERRORS
    })?;
    if log.concept != concept.id {
        let (name, named, given) = (&input.name, log.concept.as_str(), concept.id.as_str());
        eprintln!(
            "benn: {}",
            tr!(
                lang,
                "{name}: das Protokoll gehört zum Handlungskonzept `{named}`, nicht zu `{given}`",
                "{name}: the log belongs to the concept `{named}`, not to `{given}`"
            )
        );
        return Err(ERRORS);
    }
    Ok(log)
}

fn load_input(file: &Path, lang: Lang) -> Result<input::Input, u8> {
    let limit = input::check_files(&[file.to_path_buf()], lang).map_err(|msg| {
        eprintln!("benn: {msg}");
        USAGE
    })?;
    input::load(file, limit, lang).map_err(|msg| {
        eprintln!("benn: {msg}");
        USAGE
    })
}

pub(crate) fn print_findings(name: &str, findings: &[benn_core::Finding], lang: Lang) {
    let mut err = std::io::stderr().lock();
    for f in findings {
        let _ = output::print_finding(&mut err, name, f, lang);
    }
}
