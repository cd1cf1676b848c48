//! `benn status`: where a concept stands on a day, as a table or JSON. The
//! numbers all come from `benn_core::eval`; this module reads the files and
//! prints.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use benn_core::eval::{self, budget::BudgetReport, IndicatorReport, Method, Rollup, Shares, Track};
use benn_core::{Cents, Concept, Date, IndicatorValue, Lang, Log, LogEntry, StepStatus};
use serde::Serialize;

use crate::args::{OutputFormat, StatusArgs};
use crate::input;
use crate::output::{self, ERRORS, USAGE};

/// The day to evaluate: `--as-of`, else today from the clock.
pub(crate) fn as_of(arg: Option<&str>, lang: Lang) -> Result<Date, String> {
    match arg {
        Some(v) => output::date_arg(v, lang),
        None => crate::validate::today().ok_or_else(|| {
            tr!(
                lang,
                "das heutige Datum ist unbekannt; geben Sie --as-of an",
                "today's date is unknown; give --as-of"
            )
        }),
    }
}

/// Why a file could not be used.
pub(crate) enum LoadError {
    /// The call failed (missing file, not a concept): exit status 2.
    Usage(String),
    /// The document has errors: shown, exit status 1.
    Invalid(String, Vec<benn_core::Finding>),
}

/// Reads a concept.
pub(crate) fn load_concept(path: &Path, limit: u64, lang: Lang) -> Result<Concept, LoadError> {
    let file = input::load(path, limit, lang).map_err(LoadError::Usage)?;
    benn_core::read(&file.bytes).map_err(|e| {
        if benn_core::read_log(&file.bytes).is_ok() {
            let name = &file.name;
            return LoadError::Usage(tr!(
                lang,
                "`{name}` ist ein Sachstandsprotokoll; geben Sie das Handlungskonzept an und das Protokoll mit --log",
                "`{name}` is a log; give the concept, and the log with --log"
            ));
        }
        LoadError::Invalid(file.name, e.findings().to_vec())
    })
}

/// Reads a log file.
pub(crate) fn load_log(path: &Path, limit: u64, lang: Lang) -> Result<Log, LoadError> {
    let file = input::load(path, limit, lang).map_err(LoadError::Usage)?;
    benn_core::read_log(&file.bytes)
        .map_err(|e| LoadError::Invalid(file.name, e.findings().to_vec()))
}

/// Prints a load error and returns the exit status.
pub(crate) fn fail(e: LoadError, lang: Lang) -> ExitCode {
    match e {
        LoadError::Usage(msg) => {
            eprintln!("benn: {msg}");
            ExitCode::from(USAGE)
        }
        LoadError::Invalid(name, findings) => {
            let mut err = std::io::stderr().lock();
            for f in &findings {
                let _ = output::print_finding(&mut err, &name, f, lang);
            }
            let n = findings.len();
            let _ = writeln!(
                err,
                "benn: {}",
                tr!(
                    lang,
                    "`{name}` kann nicht ausgewertet werden ({n} Fehler)",
                    "cannot evaluate `{name}` ({n} error(s))"
                )
            );
            ExitCode::from(ERRORS)
        }
    }
}

/// A step delayed on the day.
#[derive(Debug, Serialize)]
struct Delayed {
    id: String,
    field: String,
    status: StepStatus,
    end: String,
}

/// Everything `benn status` shows, as its JSON.
#[derive(Debug, Serialize)]
struct Status<'a> {
    concept: &'a str,
    site: &'a str,
    as_of: Date,
    method: Method,
    rollup: Rollup,
    shares: Shares,
    delayed: Vec<Delayed>,
    budget: BudgetReport,
    indicators: IndicatorReport,
}

impl<'a> Status<'a> {
    fn new(concept: &'a Concept, entries: &[&LogEntry], as_of: Date, method: Method) -> Self {
        let state = eval::state(concept, entries.iter().copied(), as_of);
        let delayed = concept
            .steps()
            .zip(&state.steps)
            .filter(|(_, s)| s.track == Track::Delayed)
            .map(|(step, s)| Delayed {
                id: step.id.to_string(),
                field: concept
                    .action_fields
                    .get(s.field)
                    .map(|f| f.key.to_string())
                    .unwrap_or_default(),
                status: s.status,
                end: step
                    .timeframe
                    .map_or(concept.period.end, |t| t.end)
                    .to_string(),
            })
            .collect();
        Status {
            concept: concept.id.as_str(),
            site: &concept.site.name,
            as_of,
            method,
            rollup: eval::rollup(concept, &state, method),
            shares: eval::shares(concept, &state),
            delayed,
            budget: eval::budget::report_on(concept, &state),
            indicators: eval::indicators(concept, entries.iter().copied(), as_of),
        }
    }
}

/// Runs `benn status`.
pub(crate) fn run(args: &StatusArgs, lang: Lang) -> ExitCode {
    let as_of = match as_of(args.as_of.as_deref(), lang) {
        Ok(d) => d,
        Err(msg) => return output::usage_error(&msg, lang),
    };
    let mut files = vec![args.file.clone()];
    files.extend(args.log.iter().cloned());
    let limit = match input::check_files(&files, lang) {
        Ok(l) => l,
        Err(msg) => return output::usage_error(&msg, lang),
    };
    let concept = match load_concept(&args.file, limit, lang) {
        Ok(c) => c,
        Err(e) => return fail(e, lang),
    };
    let mut logs = Vec::new();
    for path in &args.log {
        match load_log(path, limit, lang) {
            Ok(log) if log.concept == concept.id => logs.push(log),
            Ok(log) => {
                let (name, named, id) = (path.display(), &log.concept, &concept.id);
                return fail(
                    LoadError::Usage(tr!(
                        lang,
                        "`{name}` ist das Protokoll von `{named}`, nicht von `{id}`",
                        "`{name}` is the log of `{named}`, not of `{id}`"
                    )),
                    lang,
                );
            }
            Err(e) => return fail(e, lang),
        }
    }
    let entries: Vec<&LogEntry> = concept
        .log
        .iter()
        .chain(logs.iter().flat_map(|l| &l.entries))
        .collect();
    let status = Status::new(&concept, &entries, as_of, args.method.into());
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let written = match args.format {
        OutputFormat::Json => serde_json::to_writer_pretty(&mut out, &status)
            .map_err(std::io::Error::from)
            .and_then(|()| writeln!(out)),
        OutputFormat::Text => print_text(&mut out, &concept, &status, lang),
    }
    .and_then(|()| out.flush());
    output::finish(written, lang, ExitCode::SUCCESS)
}

/// A percentage as people write it: `54,3 %` in German, `54.3%` in English.
pub(crate) fn percent(p: Option<f64>, lang: Lang) -> String {
    match (p, lang) {
        (None, _) => "–".into(),
        (Some(p), Lang::De) => format!("{p:.1} %").replace('.', ","),
        (Some(p), Lang::En) => format!("{p:.1}%"),
    }
}

/// Money in the language's notation.
pub(crate) fn money(c: Cents, lang: Lang) -> String {
    match lang {
        Lang::De => c.to_string(),
        Lang::En => c.format_en(),
    }
}

pub(crate) fn track_label(t: Track, lang: Lang) -> &'static str {
    match lang {
        Lang::De => t.label_de(),
        Lang::En => t.label_en(),
    }
}

pub(crate) fn method_label(m: Method, lang: Lang) -> &'static str {
    match lang {
        Lang::De => m.label_de(),
        Lang::En => m.label_en(),
    }
}

fn value_text(v: &IndicatorValue, lang: Lang) -> String {
    match v {
        IndicatorValue::Number(d) => match lang {
            Lang::De => d.to_string().replace('.', ","),
            Lang::En => d.to_string(),
        },
        IndicatorValue::Text(t) => format!("„{t}“"),
    }
}

fn print_text(
    out: &mut impl Write,
    concept: &Concept,
    s: &Status<'_>,
    lang: Lang,
) -> std::io::Result<()> {
    let (id, site, day) = (s.concept, s.site, s.as_of);
    let title = concept.title.as_deref().unwrap_or(site);
    writeln!(
        out,
        "{}",
        tr!(
            lang,
            "{title} ({id}, {site}), Stand {day}",
            "{title} ({id}, {site}), as of {day}"
        )
    )?;
    let method = method_label(s.method, lang);
    let total = percent(s.rollup.progress, lang);
    writeln!(
        out,
        "{}\n",
        tr!(
            lang,
            "Fortschritt ({method}): {total}",
            "Progress ({method}): {total}"
        )
    )?;

    // Progress and shares per action field.
    let mut header = vec![
        tr!(lang, "Handlungsfeld", "Action field"),
        tr!(lang, "Fortschritt", "Progress"),
    ];
    header.extend(Track::ALL.iter().map(|t| track_label(*t, lang).to_owned()));
    let mut rows = vec![header];
    for (f, sh) in s.rollup.fields.iter().zip(&s.shares.fields) {
        let mut row = vec![f.key.clone(), percent(f.progress, lang)];
        row.extend(sh.counts.counts().iter().map(ToString::to_string));
        rows.push(row);
    }
    let mut row = vec![tr!(lang, "gesamt", "total"), total.clone()];
    row.extend(s.shares.total.counts().iter().map(ToString::to_string));
    rows.push(row);
    table(out, &rows)?;

    if !s.delayed.is_empty() {
        writeln!(
            out,
            "\n{}",
            tr!(lang, "Verzögerte Schritte:", "Delayed steps:")
        )?;
        for d in &s.delayed {
            let (id, field, end) = (&d.id, &d.field, &d.end);
            let status = match (d.status, lang) {
                (StepStatus::Planned, Lang::De) => "geplant",
                (StepStatus::Planned, Lang::En) => "planned",
                (_, Lang::De) => "in Umsetzung",
                (_, Lang::En) => "in progress",
            };
            writeln!(
                out,
                "  {}",
                tr!(
                    lang,
                    "{id} ({field}): {status}, Zeitraum endete {end}",
                    "{id} ({field}): {status}, timeframe ended {end}"
                )
            )?;
        }
    }

    writeln!(
        out,
        "\n{}",
        tr!(lang, "Budget je Jahr:", "Budget per year:")
    )?;
    let mut rows = vec![vec![
        tr!(lang, "Jahr", "Year"),
        tr!(lang, "Budget", "Budget"),
        tr!(lang, "geplant", "planned"),
        tr!(lang, "ausgegeben", "spent"),
        tr!(lang, "übrig", "left"),
        tr!(lang, "Jahr vergangen", "year elapsed"),
        tr!(lang, "Budget ausgegeben", "budget spent"),
    ]];
    for y in &s.budget.years {
        rows.push(vec![
            y.year.to_string(),
            y.budget.map_or_else(|| "–".into(), |b| money(b, lang)),
            money(y.planned, lang),
            money(y.spent, lang),
            y.left.map_or_else(|| "–".into(), |b| money(b, lang)),
            percent(Some(y.elapsed * 100.0), lang),
            percent(y.spent_share.map(|x| x * 100.0), lang),
        ]);
    }
    table(out, &rows)?;
    let unassigned: Cents = s.budget.unassigned.iter().map(|y| y.spent).sum();
    if unassigned != Cents::ZERO {
        let m = money(unassigned, lang);
        writeln!(
            out,
            "{}",
            tr!(
                lang,
                "davon keinem Schritt zugeordnet: {m}",
                "of which assigned to no step: {m}"
            )
        )?;
    }

    if !s.indicators.indicators.is_empty() {
        writeln!(
            out,
            "\n{}",
            tr!(
                lang,
                "Indikatoren (Ausgangswert → Istwert → Zielwert):",
                "Indicators (baseline → actual → target):"
            )
        )?;
        for i in &s.indicators.indicators {
            let shown = |value: Option<&IndicatorValue>| {
                value.map_or_else(|| "–".into(), |value| value_text(value, lang))
            };
            let (base, actual, target) = (
                shown(i.baseline.as_ref()),
                shown(i.actual.as_ref().map(|m| &m.value)),
                shown(i.target.as_ref()),
            );
            let unit = i
                .unit
                .as_deref()
                .map(|u| format!(" {u}"))
                .unwrap_or_default();
            let mut line = format!("  {} {}: {base} → {actual} → {target}{unit}", i.id, i.name);
            if let Some(m) = &i.actual {
                let date = m.date;
                line.push_str(&tr!(lang, " (gemessen {date})", " (measured {date})"));
                if m.unit_differs {
                    let u = m.unit.as_deref().unwrap_or_default();
                    line.push_str(&tr!(
                        lang,
                        " – gemessen in {u}, nicht vergleichbar",
                        " – measured in {u}, not comparable"
                    ));
                }
            }
            if i.achieved.is_some() {
                let p = percent(i.achieved, lang);
                line.push_str(&tr!(lang, ", erreicht: {p}", ", achieved: {p}"));
            }
            writeln!(out, "{line}")?;
        }
    }
    Ok(())
}

/// Prints rows as columns: the first left-aligned, the others right-aligned.
pub(crate) fn table(out: &mut impl Write, rows: &[Vec<String>]) -> std::io::Result<()> {
    let cols = rows.iter().map(Vec::len).max().unwrap_or(0);
    let width: Vec<usize> = (0..cols)
        .map(|c| {
            rows.iter()
                .filter_map(|r| r.get(c))
                .map(|s| s.chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    for row in rows {
        let mut line = String::new();
        for (c, (cell, w)) in row.iter().zip(&width).enumerate() {
            let pad = " ".repeat(w.saturating_sub(cell.chars().count()));
            if c == 0 {
                line.push_str(cell);
                line.push_str(&pad);
            } else {
                line.push_str("  ");
                line.push_str(&pad);
                line.push_str(cell);
            }
        }
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}
