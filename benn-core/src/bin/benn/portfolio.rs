//! `benn portfolio`: every concept of a folder on one day, grouped by
//! district, site and period (`benn_core::eval::portfolio`). Log files are
//! matched to their concepts by the id they name. While files are read, a
//! counter runs on standard error when that is a terminal.

use std::io::{IsTerminal as _, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use benn_core::eval::{self, Portfolio, Subtotal, Track};
use benn_core::{Concept, Lang, Log, LogEntry, Period};

use crate::args::{OutputFormat, PortfolioArgs};
use crate::output::{self, ERRORS, USAGE};
use crate::status::{self, money, percent, LoadError};

/// A counter on standard error (`3/12`), drawn only on a terminal.
struct Progress {
    on: bool,
    total: usize,
    lang: Lang,
}

impl Progress {
    fn step(&self, done: usize) {
        if self.on {
            let total = self.total;
            let msg = tr!(
                self.lang,
                "benn portfolio: {done}/{total} Dateien gelesen",
                "benn portfolio: {done}/{total} files read"
            );
            eprint!("\r{msg}");
        }
    }

    fn clear(&self) {
        if self.on {
            eprint!("\r\x1b[2K");
        }
    }
}

/// Runs `benn portfolio`.
pub(crate) fn run(args: &PortfolioArgs, lang: Lang) -> ExitCode {
    let as_of = match status::as_of(args.as_of.as_deref(), lang) {
        Ok(d) => d,
        Err(msg) => return output::usage_error(&msg, lang),
    };
    let (concepts, logs, mut failed) = match load_folder(&args.dir, lang) {
        Ok(loaded) => loaded,
        Err(status) => return status,
    };
    let (items, unmatched) = match_logs(&concepts, &logs, lang);
    failed |= unmatched;
    let p = eval::portfolio(&items, as_of, args.method.into());
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let written = match args.format {
        OutputFormat::Json => serde_json::to_writer_pretty(&mut out, &p)
            .map_err(std::io::Error::from)
            .and_then(|()| writeln!(out)),
        OutputFormat::Text => print_text(&mut out, &p, lang),
    }
    .and_then(|()| out.flush());
    let code = if failed {
        ExitCode::from(ERRORS)
    } else {
        ExitCode::SUCCESS
    };
    output::finish(written, lang, code)
}

fn period_text(p: &Period) -> String {
    p.label
        .clone()
        .unwrap_or_else(|| format!("{} – {}", p.start, p.end))
}

fn sums(label: String, s: &Subtotal, lang: Lang) -> Vec<String> {
    vec![
        label,
        String::new(),
        String::new(),
        percent(s.progress, lang),
        s.delayed.to_string(),
        s.shares.count(Track::Done).to_string(),
        s.shares.steps.to_string(),
        money(s.budget, lang),
        money(s.spent, lang),
        percent(s.budget_used.map(|x| x * 100.0), lang),
        s.last_entry.map(|d| d.to_string()).unwrap_or_default(),
    ]
}

fn print_text(out: &mut impl Write, p: &Portfolio, lang: Lang) -> std::io::Result<()> {
    let (day, method) = (p.as_of, status::method_label(p.method, lang));
    let n = p.total.concepts;
    writeln!(
        out,
        "{}\n",
        tr!(
            lang,
            "Gesamtübersicht: {n} Handlungskonzept(e), Stand {day}, Fortschritt: {method}",
            "Portfolio: {n} concept(s), as of {day}, progress: {method}"
        )
    )?;
    let mut rows = vec![vec![
        tr!(lang, "Bezirk / Standort", "District / site"),
        tr!(lang, "Konzept", "Concept"),
        tr!(lang, "Zeitraum", "Period"),
        tr!(lang, "Fortschritt", "Progress"),
        tr!(lang, "verzögert", "delayed"),
        tr!(lang, "erledigt", "done"),
        tr!(lang, "Schritte", "steps"),
        tr!(lang, "Budget", "Budget"),
        tr!(lang, "ausgegeben", "spent"),
        tr!(lang, "genutzt", "used"),
        tr!(lang, "letzter Eintrag", "last entry"),
    ]];
    for g in &p.districts {
        rows.push(vec![format!("{} {}", g.district, g.name)]);
        for r in &g.rows {
            rows.push(vec![
                format!("  {}", r.site),
                r.concept.to_string(),
                period_text(&r.period),
                percent(r.progress, lang),
                r.delayed.to_string(),
                r.shares.count(Track::Done).to_string(),
                r.shares.steps.to_string(),
                money(r.budget, lang),
                money(r.spent, lang),
                percent(r.budget_used.map(|x| x * 100.0), lang),
                r.last_entry.map(|d| d.to_string()).unwrap_or_default(),
            ]);
        }
        let name = &g.name;
        rows.push(sums(
            tr!(lang, "  Summe {name}", "  Total {name}"),
            &g.subtotal,
            lang,
        ));
    }
    rows.push(sums(tr!(lang, "Gesamt", "Total"), &p.total, lang));
    status::table(out, &rows)
}

/// What [`load_folder`] read: the concepts, the log files with their
/// names, and whether any file was skipped.
pub(crate) type Folder = (Vec<Concept>, Vec<(String, Log)>, bool);

/// Reads every concept and log file (`*.json`) of `dir`, in name order, with
/// a counter on a terminal. Files that cannot be read are named on standard
/// error and skipped; the flag says whether any was.
pub(crate) fn load_folder(dir: &std::path::Path, lang: Lang) -> Result<Folder, ExitCode> {
    let name = dir.display().to_string();
    let listing = match std::fs::read_dir(dir) {
        Ok(l) => l,
        Err(e) => {
            eprintln!(
                "benn: {}",
                tr!(
                    lang,
                    "Verzeichnis `{name}` kann nicht gelesen werden: {e}",
                    "cannot read the folder `{name}`: {e}"
                )
            );
            return Err(ExitCode::from(USAGE));
        }
    };
    let mut paths: Vec<PathBuf> = listing
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    let limit = match crate::input::check_files(&[], lang) {
        Ok(l) => l,
        Err(msg) => return Err(output::usage_error(&msg, lang)),
    };

    let progress = Progress {
        on: std::io::stderr().is_terminal(),
        total: paths.len(),
        lang,
    };
    let mut concepts: Vec<Concept> = Vec::new();
    let mut logs: Vec<(String, Log)> = Vec::new();
    let mut failed = false;
    for (i, path) in paths.iter().enumerate() {
        progress.step(i);
        let file = path.display().to_string();
        let is_log = file.ends_with(".log.json");
        let loaded = if is_log {
            status::load_log(path, limit, lang).map(|l| logs.push((file.clone(), l)))
        } else {
            status::load_concept(path, limit, lang).map(|c| concepts.push(c))
        };
        if let Err(e) = loaded {
            progress.clear();
            let msg = match e {
                LoadError::Usage(msg) => msg,
                LoadError::Invalid(_, findings) => {
                    let n = findings.len();
                    tr!(
                        lang,
                        "`{file}` wird übergangen: {n} Fehler (`benn validate {file}` zeigt sie)",
                        "`{file}` is skipped: {n} error(s) (`benn validate {file}` shows them)"
                    )
                }
            };
            eprintln!("benn: {msg}");
            failed = true;
        }
    }
    progress.step(paths.len());
    progress.clear();

    Ok((concepts, logs, failed))
}

/// Pairs each log with its concept by the id it names: every concept with
/// its own `log` and its log files' entries. Logs of concepts not in the
/// folder are named on standard error; the flag says whether any was.
pub(crate) fn match_logs<'a>(
    concepts: &'a [Concept],
    logs: &'a [(String, Log)],
    lang: Lang,
) -> (Vec<(&'a Concept, Vec<&'a LogEntry>)>, bool) {
    let mut failed = false;
    let mut items: Vec<(&Concept, Vec<&LogEntry>)> = concepts
        .iter()
        .map(|c| (c, c.log.iter().collect()))
        .collect();
    for (file, log) in logs {
        if let Some((_, entries)) = items.iter_mut().find(|(c, _)| c.id == log.concept) {
            entries.extend(&log.entries);
        } else {
            let id = &log.concept;
            eprintln!(
                "benn: {}",
                tr!(
                    lang,
                    "`{file}`: das Handlungskonzept `{id}` liegt nicht im Verzeichnis",
                    "`{file}`: the concept `{id}` is not in the folder"
                )
            );
            failed = true;
        }
    }
    (items, failed)
}
