//! `benn report`: reports people read (`benn_core::report`): the progress
//! report or the Kurzfassung of a concept, the comparison and review of two
//! versions (`--compare`), the portfolio of a folder (`--portfolio`), as
//! standalone HTML, Markdown or PDF; or one chart as SVG (`--chart`).
//! This module reads the files, calls the core and writes the result; a PDF
//! is the HTML printed by headless Chromium.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use benn_core::report::{self, chart, Format, Options};
use benn_core::{Concept, Lang, LogEntry};

use crate::args::{ChartArg, ReportArgs, ReportFormatArg, ReportKindArg};
use crate::output::{self, ERRORS, USAGE};
use crate::status::{self, fail, load_concept, load_log, LoadError};

/// Exit status when a PDF was asked for and Chromium is not there.
pub(crate) const NO_CHROMIUM: u8 = 3;

/// The concept of `path` with its own log and the log files in `logs`
/// (each must name the concept).
fn concept_with_logs(
    path: &Path,
    logs: &[PathBuf],
    lang: Lang,
) -> Result<(Concept, Vec<LogEntry>), ExitCode> {
    let mut files = vec![path.to_path_buf()];
    files.extend(logs.iter().cloned());
    let limit =
        crate::input::check_files(&files, lang).map_err(|m| output::usage_error(&m, lang))?;
    let concept = load_concept(path, limit, lang).map_err(|e| fail(e, lang))?;
    let mut entries = concept.log.clone();
    for p in logs {
        let log = load_log(p, limit, lang).map_err(|e| fail(e, lang))?;
        if log.concept != concept.id {
            let (name, named, id) = (p.display(), &log.concept, &concept.id);
            return Err(fail(
                LoadError::Usage(tr!(
                    lang,
                    "`{name}` ist das Protokoll von `{named}`, nicht von `{id}`",
                    "`{name}` is the log of `{named}`, not of `{id}`"
                )),
                lang,
            ));
        }
        entries.extend(log.entries);
    }
    Ok((concept, entries))
}

/// What was made: the text, and what it is in words (for the message).
struct Made {
    text: String,
    what: String,
    failed: bool,
}

fn one_file(args: &ReportArgs, n: usize, lang: Lang) -> Result<&[PathBuf], ExitCode> {
    if args.files.len() == n {
        return Ok(&args.files);
    }
    let given = args.files.len();
    Err(output::usage_error(
        &match n {
            1 => tr!(
                lang,
                "`benn report` braucht genau ein Handlungskonzept ({given} angegeben); zwei mit --compare, ein Verzeichnis mit --portfolio",
                "`benn report` needs exactly one concept ({given} given); two with --compare, a folder with --portfolio"
            ),
            _ => tr!(
                lang,
                "`benn report --compare` braucht zwei Handlungskonzepte, das vorige und das nächste ({given} angegeben)",
                "`benn report --compare` needs two concepts, the previous and the next ({given} given)"
            ),
        },
        lang,
    ))
}

fn make(args: &ReportArgs, opts: &Options, format: Format, lang: Lang) -> Result<Made, ExitCode> {
    if let Some(dir) = &args.portfolio {
        if !args.files.is_empty() || !args.log.is_empty() {
            return Err(output::usage_error(
                &tr!(
                    lang,
                    "--portfolio liest alle Konzepte und Protokolle des Verzeichnisses; keine weiteren Dateien angeben",
                    "--portfolio reads every concept and log of the folder; give no other files"
                ),
                lang,
            ));
        }
        let (concepts, logs, mut failed) = crate::portfolio::load_folder(dir, lang)?;
        let (items, unmatched) = crate::portfolio::match_logs(&concepts, &logs, lang);
        failed |= unmatched;
        let doc = report::portfolio(&items, opts);
        return Ok(Made {
            text: report::render(&doc, format),
            what: tr!(lang, "Portfolio", "portfolio"),
            failed,
        });
    }
    if args.compare {
        let files = one_file(args, 2, lang)?;
        let (Some(old), Some(new)) = (files.first(), files.get(1)) else {
            return Err(ExitCode::from(USAGE));
        };
        let (previous, entries) = concept_with_logs(old, &args.log, lang)?;
        let (next, _) = concept_with_logs(new, &[], lang)?;
        let refs: Vec<&LogEntry> = entries.iter().collect();
        let doc = report::review(&previous, &refs, &next, opts);
        return Ok(Made {
            text: report::render(&doc, format),
            what: tr!(lang, "Vergleich und Rückblick", "comparison and review"),
            failed: false,
        });
    }
    let files = one_file(args, 1, lang)?;
    let Some(path) = files.first() else {
        return Err(ExitCode::from(USAGE));
    };
    let (concept, entries) = concept_with_logs(path, &args.log, lang)?;
    let refs: Vec<&LogEntry> = entries.iter().collect();
    if let Some(which) = args.chart {
        let data = report::progress_data(&concept, &refs, opts);
        let svg = match which {
            ChartArg::Gantt => chart::gantt(
                &chart::gantt_rows(&concept, &data.state),
                &concept.period,
                data.as_of,
                lang,
                "gantt",
            ),
            ChartArg::Budget => chart::budget(&data.budget, lang, "budget"),
            ChartArg::Progress => chart::progress(&data.rollup, lang),
            ChartArg::Shares => chart::shares(&data.shares, lang, "shares"),
        };
        return Ok(Made {
            text: svg + "\n",
            what: tr!(lang, "Grafik", "chart"),
            failed: false,
        });
    }
    let (doc, what) = match args.kind {
        ReportKindArg::Progress => (
            report::progress(&concept, &refs, opts),
            tr!(lang, "Sachstandsbericht", "progress report"),
        ),
        ReportKindArg::Short => (
            report::kurzfassung(&concept, opts),
            tr!(lang, "Kurzfassung", "Kurzfassung (short version)"),
        ),
    };
    Ok(Made {
        text: report::render(&doc, format),
        what,
        failed: false,
    })
}

/// Runs `benn report`.
pub(crate) fn run(args: &ReportArgs, lang: Lang) -> ExitCode {
    let as_of = match status::as_of(args.as_of.as_deref(), lang) {
        Ok(d) => d,
        Err(msg) => return output::usage_error(&msg, lang),
    };
    let mut opts = Options::new(as_of);
    opts.lang = lang;
    opts.method = args.method.into();
    opts.steps = args.steps;
    let format = match args.format {
        ReportFormatArg::Md => Format::Markdown,
        ReportFormatArg::Html | ReportFormatArg::Pdf => Format::Html,
    };
    let pdf = args.format == ReportFormatArg::Pdf && args.chart.is_none();
    if pdf && args.output.is_none() {
        return output::usage_error(
            &tr!(
                lang,
                "--format pdf braucht eine Ausgabedatei: -o BERICHT.pdf",
                "--format pdf needs an output file: -o REPORT.pdf"
            ),
            lang,
        );
    }
    let made = match make(args, &opts, format, lang) {
        Ok(m) => m,
        Err(status) => return status,
    };
    let code = if made.failed {
        ExitCode::from(ERRORS)
    } else {
        ExitCode::SUCCESS
    };
    let Some(out) = &args.output else {
        let stdout = std::io::stdout();
        let mut lock = stdout.lock();
        let written = lock
            .write_all(made.text.as_bytes())
            .and_then(|()| lock.flush());
        return output::finish(written, lang, code);
    };
    let written = if pdf {
        print_pdf(&made.text, out, lang)
    } else {
        output::write_file(out, made.text.as_bytes(), lang)
    };
    if let Err(status) = written {
        return status;
    }
    let name = out.display();
    let what = made.what;
    println!(
        "{}",
        tr!(
            lang,
            "benn: {what} geschrieben: {name}",
            "benn: {what} written to {name}"
        )
    );
    code
}

/// Prints `html` to the PDF `out` with headless Chromium (`BENN_CHROMIUM`,
/// else `chromium`). Chromium missing: a message and status 3.
fn print_pdf(html: &str, out: &Path, lang: Lang) -> Result<(), ExitCode> {
    let program = std::env::var_os("BENN_CHROMIUM").unwrap_or_else(|| "chromium".into());
    let tmp = std::env::temp_dir().join(format!("benn-report-{}.html", std::process::id()));
    std::fs::write(&tmp, html).map_err(|e| output::cannot_write(&tmp, &e, lang))?;
    let target = if out.is_absolute() {
        out.to_path_buf()
    } else {
        std::env::current_dir().map_or_else(|_| out.to_path_buf(), |d| d.join(out))
    };
    let _ = std::fs::remove_file(&target);
    if let Some(dir) = target.parent() {
        std::fs::create_dir_all(dir).map_err(|e| output::cannot_write(out, &e, lang))?;
    }
    let result = std::process::Command::new(&program)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--no-pdf-header-footer",
        ])
        .arg(format!("--print-to-pdf={}", target.display()))
        .arg(format!("file://{}", tmp.display()))
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status();
    let _ = std::fs::remove_file(&tmp);
    let program = PathBuf::from(program);
    let program = program.display();
    match result {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            eprintln!(
                "benn: {}",
                tr!(
                    lang,
                    "Chromium (`{program}`) wurde nicht gefunden. Für --format pdf druckt benn den HTML-Bericht mit headless Chromium: installieren Sie es (Debian: `apt-get install chromium`) oder nennen Sie das Programm in BENN_CHROMIUM. Ohne Chromium: --format html schreiben und im Browser als PDF drucken.",
                    "Chromium (`{program}`) was not found. For --format pdf benn prints the HTML report with headless Chromium: install it (Debian: `apt-get install chromium`) or name the program in BENN_CHROMIUM. Without Chromium: write --format html and print it to PDF in a browser."
                )
            );
            Err(ExitCode::from(NO_CHROMIUM))
        }
        Err(e) => Err(output::cannot_write(out, &e, lang)),
        Ok(s) if s.success() && target.metadata().is_ok_and(|m| m.len() > 0) => Ok(()),
        Ok(s) => {
            let name = out.display();
            eprintln!(
                "benn: {}",
                tr!(
                    lang,
                    "Chromium (`{program}`) hat `{name}` nicht geschrieben ({s})",
                    "Chromium (`{program}`) did not write `{name}` ({s})"
                )
            );
            Err(ExitCode::from(NO_CHROMIUM))
        }
    }
}
