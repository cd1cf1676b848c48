//! `benn import`: tracking entries from a table (CSV, JSON Lines or XLSX in
//! the shape of `benn export --table log`) appended to a concept's own log or
//! to a log file; validated first, written only without errors.

use std::io::Write as _;
use std::path::Path;
use std::process::ExitCode;

use benn_core::table::import::{self, Appended, ImportErrors, ImportedEntry};
use benn_core::{Lang, Log, Options, Report, Severity};

use crate::args::ImportArgs;
use crate::export::{print_findings, read_concept, read_log};
use crate::input;
use crate::output::{self, ERRORS, USAGE};

/// Runs `benn import`.
pub(crate) fn run(args: &ImportArgs, lang: Lang) -> ExitCode {
    let concept = match read_concept(&args.file, lang) {
        Ok(c) => c,
        Err(status) => return ExitCode::from(status),
    };
    let table_name = args.table.display().to_string();
    let Some(reader) = reader(&args.table) else {
        return output::usage_error(
            &tr!(
                lang,
                "`{table_name}`: unbekannte Dateiart; erwartet wird .csv, .jsonl oder .xlsx",
                "`{table_name}`: unknown kind of file; expected .csv, .jsonl or .xlsx"
            ),
            lang,
        );
    };
    let bytes = match input::check_files(std::slice::from_ref(&args.table), lang)
        .and_then(|limit| input::load(&args.table, limit, lang))
    {
        Ok(i) => i.bytes,
        Err(msg) => {
            eprintln!("benn: {msg}");
            return ExitCode::from(USAGE);
        }
    };
    let rows = match reader(&bytes) {
        Ok(rows) => rows,
        Err(errors) => return import_failed(&table_name, &errors, lang),
    };
    let options = Options {
        today: crate::validate::today(),
        ..Options::default()
    };
    let (target, result) = match &args.into {
        None => (
            args.file.as_path(),
            import::into_concept(&concept, rows, &options).map(|a| Outcome::from(&a)),
        ),
        Some(path) => {
            let log = if path.exists() {
                match read_log(path, &concept, lang) {
                    Ok(l) => l,
                    Err(status) => return ExitCode::from(status),
                }
            } else {
                Log {
                    concept: concept.id.clone(),
                    entries: Vec::new(),
                }
            };
            (
                path.as_path(),
                import::into_log(&log, &concept, rows, &options).map(|a| Outcome::from(&a)),
            )
        }
    };
    let outcome = match result {
        Ok(o) => o,
        Err(errors) => return import_failed(&table_name, &errors, lang),
    };
    finish(target, &outcome, args.check, lang)
}

type Reader = fn(&[u8]) -> Result<Vec<ImportedEntry>, ImportErrors>;

/// The reader for a table file, told by its extension.
fn reader(path: &Path) -> Option<Reader> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "csv" | "txt" => Some(import::read_csv),
        "jsonl" | "ndjson" => Some(import::read_jsonl),
        "xlsx" => Some(import::read_xlsx),
        _ => None,
    }
}

/// What an import leads to, whatever the document.
struct Outcome {
    text: String,
    report: Report,
    added: usize,
    unchanged: usize,
}

impl<T> From<&Appended<T>> for Outcome {
    fn from(a: &Appended<T>) -> Self {
        Outcome {
            text: a.text.clone(),
            report: a.report.clone(),
            added: a.added,
            unchanged: a.unchanged,
        }
    }
}

/// Prints the problems of the table, row by row; status 1.
fn import_failed(table: &str, errors: &ImportErrors, lang: Lang) -> ExitCode {
    let mut err = std::io::stderr().lock();
    for e in &errors.errors {
        let at = e.row().map(|r| format!(":{r}")).unwrap_or_default();
        let _ = writeln!(err, "{table}{at}: [{}] {}", e.code(), e.message().get(lang));
    }
    let n = errors.errors.len();
    let _ = writeln!(
        err,
        "{}",
        tr!(
            lang,
            "{n} Problem(e) in der Tabelle; nichts wurde übernommen",
            "{n} problem(s) in the table; nothing was imported"
        )
    );
    ExitCode::from(ERRORS)
}

/// Writes the document when the report has no errors; prints its findings.
fn finish(target: &Path, o: &Outcome, check: bool, lang: Lang) -> ExitCode {
    let name = target.display().to_string();
    print_findings(&name, &o.report.findings, lang);
    if o.report.has_errors() {
        let n = o
            .report
            .findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .count();
        eprintln!(
            "benn: {}",
            tr!(
                lang,
                "{name}: mit den neuen Einträgen hätte das Dokument {n} Fehler; nichts wurde geschrieben",
                "{name}: with the new entries the document would have {n} error(s); nothing was written"
            )
        );
        return ExitCode::from(ERRORS);
    }
    let (added, unchanged) = (o.added, o.unchanged);
    if !check && added > 0 {
        if let Err(e) = std::fs::write(target, &o.text) {
            return output::cannot_write(target, &e, lang);
        }
    }
    let msg = match (check, added) {
        (true, _) => tr!(
            lang,
            "{name}: {added} neue(r) Eintrag/Einträge, {unchanged} schon vorhanden (nur geprüft, nichts geschrieben)",
            "{name}: {added} new entry/entries, {unchanged} already there (checked only, nothing written)"
        ),
        (false, 0) => tr!(
            lang,
            "{name}: keine neuen Einträge ({unchanged} schon vorhanden)",
            "{name}: no new entries ({unchanged} already there)"
        ),
        (false, _) => tr!(
            lang,
            "{name}: {added} Eintrag/Einträge angefügt ({unchanged} schon vorhanden)",
            "{name}: {added} entry/entries appended ({unchanged} already there)"
        ),
    };
    let written = writeln!(std::io::stdout().lock(), "{msg}");
    output::finish(written, lang, ExitCode::SUCCESS)
}
