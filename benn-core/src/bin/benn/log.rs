//! `benn log add` and `benn log merge`: the tracking log from the command
//! line. The core builds, checks, appends and merges; this module reads the
//! files, asks the clock for today and prints.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use benn_core::track::{append_entry, merge, next_id, Conflict};
use benn_core::{
    Cents, Concept, Date, Decimal, EntryKind, Id, IndicatorValue, Lang, Log, LogEntry, Options,
    Report, StepStatus,
};

use crate::args::{KindArg, LogAddArgs, LogArgs, LogCommand, LogMergeArgs, StatusArg};
use crate::input::{self, Input, STREAM_LIMIT};
use crate::output::{self, ERRORS};
use crate::pipeline::{self, Doc};

/// Runs `benn log …`.
pub(crate) fn run(args: &LogArgs, lang: Lang) -> ExitCode {
    let result = match &args.command {
        LogCommand::Add(a) => add(a, lang),
        LogCommand::Merge(a) => merge_files(a, lang),
    };
    match result {
        Ok(status) => status,
        Err(msg) => output::usage_error(&msg, lang),
    }
}

/// A file read as text, for a subcommand that changes it.
fn load(path: &Path, lang: Lang) -> Result<Input, String> {
    if input::is_stdin(path) {
        return Err(tr!(
            lang,
            "`benn log` arbeitet mit Dateien, nicht mit der Standardeingabe",
            "`benn log` works on files, not on standard input"
        ));
    }
    input::load(path, STREAM_LIMIT, lang)
}

/// The document's error findings when it cannot be read, printed; status 1.
fn unreadable(input: &Input, bytes: &[u8], lang: Lang) -> Result<ExitCode, String> {
    let report = benn_core::validate(bytes, &Options::default());
    let mut err = std::io::stderr().lock();
    for f in report
        .findings
        .iter()
        .filter(|f| f.severity == benn_core::Severity::Error)
    {
        output::print_finding(&mut err, &input.name, f, lang).map_err(|e| e.to_string())?;
    }
    Ok(ExitCode::from(ERRORS))
}

/// `benn log add`.
fn add(args: &LogAddArgs, lang: Lang) -> Result<ExitCode, String> {
    let today = crate::validate::today();
    let date = match &args.date {
        Some(d) => crate::output::date_arg(d, lang)?,
        None => today.ok_or_else(|| {
            tr!(
                lang,
                "das heutige Datum ist unbekannt; geben Sie `--date` an",
                "today's date is unknown; give `--date`"
            )
        })?,
    };
    let file = load(&args.file, lang)?;
    let Ok(text) = std::str::from_utf8(&file.bytes) else {
        return unreadable(&file, &file.bytes, lang);
    };
    let doc = pipeline::parse(&file.bytes);
    let existing: &[LogEntry] = match &doc {
        Doc::Log(l) => l.log().map_or(&[], |l| l.entries.as_slice()),
        Doc::Concept(p) => match p.concept() {
            Some(c) => &c.log,
            None => return unreadable(&file, &file.bytes, lang),
        },
    };
    let entry = build(args, date, existing, lang)?;
    let id = entry.id.clone();
    let appended = append_entry(text, &entry).map_err(|e| {
        let name = &file.name;
        tr!(
            lang,
            "an `{name}` kann nichts angehängt werden: {e}",
            "cannot append to `{name}`: {e}"
        )
    })?;
    let options = Options {
        today,
        ..Options::default()
    };
    let report = match &doc {
        Doc::Concept(_) => benn_core::validate(appended.as_bytes(), &options),
        Doc::Log(l) => {
            let concept_id = l.log().map(|l| l.concept.clone());
            let concept = concept_of(&args.file, args.concept.as_deref(), concept_id, lang)?;
            benn_core::parse_log(appended.as_bytes()).validate(&concept, &options)
        }
    };
    let name = &file.name;
    let mut out = std::io::stdout().lock();
    let print = |out: &mut std::io::StdoutLock<'_>, report: &Report| -> std::io::Result<()> {
        for f in &report.findings {
            output::print_finding(out, name, f, lang)?;
        }
        Ok(())
    };
    if report.has_errors() {
        print(&mut out, &report).map_err(|e| e.to_string())?;
        let msg = tr!(
            lang,
            "{name}: nicht geschrieben; das Dokument hätte Fehler",
            "{name}: not written; the document would have errors"
        );
        writeln!(out, "{msg}").map_err(|e| e.to_string())?;
        return Ok(ExitCode::from(ERRORS));
    }
    std::fs::write(&args.file, appended).map_err(|e| output::cannot_write_text(name, &e, lang))?;
    print(&mut out, &report).map_err(|e| e.to_string())?;
    let msg = tr!(
        lang,
        "{name}: Eintrag `{id}` hinzugefügt",
        "{name}: entry `{id}` added"
    );
    let written = writeln!(out, "{msg}");
    Ok(output::finish(written, lang, ExitCode::SUCCESS))
}

/// The concept a log file is checked against: `--concept`, else the concept
/// file in the log's folder whose id the log names (`ID.json` first).
fn concept_of(
    log_path: &Path,
    given: Option<&Path>,
    id: Option<Id>,
    lang: Lang,
) -> Result<Concept, String> {
    let read =
        |path: &Path| -> Option<Concept> { benn_core::read(&std::fs::read(path).ok()?).ok() };
    if let Some(path) = given {
        let name = path.display();
        return read(path).ok_or_else(|| {
            tr!(
                lang,
                "`{name}` ist kein lesbares Handlungskonzept",
                "`{name}` is not a readable concept"
            )
        });
    }
    let id = id.ok_or_else(|| String::from("?"))?;
    let dir = log_path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut candidates: Vec<PathBuf> = vec![dir.join(format!("{id}.json"))];
    if let Ok(list) = std::fs::read_dir(dir) {
        let mut more: Vec<PathBuf> = list
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                let n = p.to_string_lossy();
                n.ends_with(".json") && !n.ends_with(".log.json")
            })
            .collect();
        more.sort();
        candidates.extend(more);
    }
    candidates
        .iter()
        .filter_map(|p| read(p))
        .find(|c| c.id == id)
        .ok_or_else(|| {
            let dir = dir.display();
            tr!(
                lang,
                "das Handlungskonzept `{id}` ist nicht in `{dir}`; geben Sie es mit `--concept` an",
                "the concept `{id}` is not in `{dir}`; give it with `--concept`"
            )
        })
}

/// The entry the options describe.
fn build(
    args: &LogAddArgs,
    date: Date,
    existing: &[LogEntry],
    lang: Lang,
) -> Result<LogEntry, String> {
    let id_of = |flag: &str, v: &Option<String>| -> Result<Option<Id>, String> {
        v.as_deref()
            .map(|s| {
                Id::new(s).map_err(|e| {
                    tr!(
                        lang,
                        "`--{flag} {s}` ist keine gültige Id: {e}",
                        "`--{flag} {s}` is not a valid id: {e}"
                    )
                })
            })
            .transpose()
    };
    let id = match id_of("id", &args.id)? {
        Some(id) => id,
        None => next_id(existing, date),
    };
    let kind = match args.kind {
        KindArg::Status => EntryKind::Status,
        KindArg::Progress => EntryKind::Progress,
        KindArg::Spending => EntryKind::Spending,
        KindArg::Measurement => EntryKind::Measurement,
        KindArg::Meeting => EntryKind::Meeting,
        KindArg::Note => EntryKind::Note,
    };
    let mut e = LogEntry::new(id, date, kind);
    e.step = id_of("step", &args.step)?;
    e.goal = id_of("goal", &args.goal)?;
    e.indicator = id_of("indicator", &args.indicator)?;
    e.body = id_of("body", &args.body)?;
    e.corrects = id_of("corrects", &args.corrects)?;
    e.status = args.status.map(|s| match s {
        StatusArg::Planned => StepStatus::Planned,
        StatusArg::InProgress => StepStatus::InProgress,
        StatusArg::Done => StepStatus::Done,
        StatusArg::Postponed => StepStatus::Postponed,
        StatusArg::Dropped => StepStatus::Dropped,
    });
    e.progress = match &args.progress {
        None => None,
        Some(p) => Some(number(p).ok_or_else(|| {
            tr!(
                lang,
                "`--progress {p}` ist keine Zahl",
                "`--progress {p}` is not a number"
            )
        })?),
    };
    e.spent_cents = match &args.spent {
        None => None,
        Some(s) => Some(euros(s).ok_or_else(|| {
            tr!(
                lang,
                "`--spent {s}` ist kein Euro-Betrag wie `120,50` oder `120.50`",
                "`--spent {s}` is not an amount of euros like `120,50` or `120.50`"
            )
        })?),
    };
    e.budget_year = args.year;
    e.value = args.value.as_deref().map(|v| {
        number(v).map_or_else(
            || IndicatorValue::Text(v.to_owned()),
            IndicatorValue::Number,
        )
    });
    e.unit.clone_from(&args.unit);
    e.participants = args.participants;
    e.note.clone_from(&args.note);
    e.evidence.clone_from(&args.evidence);
    e.recorded_by.clone_from(&args.recorded_by);
    Ok(e)
}

/// A number as JSON writes it, or with a decimal comma (`72,5`).
fn number(s: &str) -> Option<Decimal> {
    let s = s.trim();
    s.parse()
        .ok()
        .or_else(|| s.replacen(',', ".", 1).parse().ok())
}

/// An amount of euros in cents: `120`, `120,50`, `120.5`, `1.234,56`,
/// `1,234.56`, `-5`; an optional `€`. `None` for anything else.
fn euros(s: &str) -> Option<Cents> {
    let s = s.trim().trim_end_matches('€').trim_end();
    let (negative, s) = s.strip_prefix('-').map_or((false, s), |r| (true, r));
    // The decimal separator is the last `,` or `.` followed by one or two digits.
    let (whole, fraction) = match s.rfind([',', '.']) {
        Some(i) if (2..=3).contains(&(s.len() - i)) => {
            let (whole, separator) = (s.get(..i)?, s.get(i..=i)?);
            if whole.contains(separator) {
                return None; // `12,345,6`: one sign for two things
            }
            (whole, s.get(i + 1..)?)
        }
        _ => (s, ""),
    };
    // What is left may group thousands with the other separator.
    let groups: Vec<&str> = whole.split([',', '.']).collect();
    let grouped = groups.len() > 1;
    let separators_agree = whole.contains(',') != whole.contains('.');
    if grouped
        && (!separators_agree
            || groups.first().is_none_or(|g| g.is_empty() || g.len() > 3)
            || groups.iter().skip(1).any(|g| g.len() != 3))
    {
        return None;
    }
    let digits: String = groups.concat();
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let euros: i64 = digits.parse().ok()?;
    let cents: i64 = match fraction.len() {
        0 => 0,
        1 => fraction.parse::<i64>().ok()? * 10,
        _ => fraction.parse().ok()?,
    };
    let total = euros.checked_mul(100)?.checked_add(cents)?;
    Some(Cents::new(if negative { -total } else { total }))
}

/// `benn log merge`.
fn merge_files(args: &LogMergeArgs, lang: Lang) -> Result<ExitCode, String> {
    let a = load(&args.a, lang)?;
    let b = load(&args.b, lang)?;
    let (da, db) = (pipeline::parse(&a.bytes), pipeline::parse(&b.bytes));
    let owner = |doc: &Doc<'_>| -> Option<(Id, Vec<LogEntry>)> {
        match doc {
            Doc::Log(l) => l.log().map(|l| (l.concept.clone(), l.entries.clone())),
            Doc::Concept(p) => p.concept().map(|c| (c.id.clone(), c.log.clone())),
        }
    };
    let Some((id_a, entries_a)) = owner(&da) else {
        return unreadable(&a, &a.bytes, lang);
    };
    let Some((id_b, entries_b)) = owner(&db) else {
        return unreadable(&b, &b.bytes, lang);
    };
    if id_a != id_b {
        let (na, nb) = (&a.name, &b.name);
        return Err(tr!(
            lang,
            "`{na}` gehört zu `{id_a}`, `{nb}` zu `{id_b}`: nur Protokolle desselben Handlungskonzepts lassen sich zusammenführen",
            "`{na}` belongs to `{id_a}`, `{nb}` to `{id_b}`: only logs of one concept can be merged"
        ));
    }
    let merged = merge(&entries_a, &entries_b);
    let text = match &da {
        Doc::Log(_) => benn_core::write_log(&Log {
            concept: id_a,
            entries: merged.entries,
        }),
        Doc::Concept(p) => {
            let mut c = p.concept().cloned().ok_or_else(String::new)?;
            c.log = merged.entries;
            benn_core::write(&c)
        }
    }
    .map_err(|e| e.to_string())?;
    let mut err = std::io::stderr().lock();
    for c in &merged.conflicts {
        let line = conflict(c, lang);
        writeln!(err, "benn: {line}").map_err(|e| e.to_string())?;
    }
    let status = if merged.conflicts.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(ERRORS)
    };
    let Some(path) = &args.output else {
        let written = std::io::stdout().lock().write_all(text.as_bytes());
        return Ok(output::finish(written, lang, status));
    };
    Ok(match output::write_file(path, text.as_bytes(), lang) {
        Ok(()) => status,
        Err(failed) => failed,
    })
}

/// One conflict for standard error.
fn conflict(c: &Conflict, lang: Lang) -> String {
    match c {
        Conflict::SameId { id, .. } => tr!(
            lang,
            "Konflikt: zwei verschiedene Einträge mit der Id `{id}`; behalten ist der erste nach kanonischem JSON",
            "conflict: two different entries with the id `{id}`; kept is the first by canonical JSON"
        ),
        Conflict::SameDay {
            step,
            date,
            entries,
        } => {
            let ids = entries
                .iter()
                .map(|i| format!("`{i}`"))
                .collect::<Vec<_>>()
                .join(", ");
            tr!(
                lang,
                "Konflikt: der Schritt `{step}` bekommt am {date} verschiedene Status ({ids})",
                "conflict: the step `{step}` gets different statuses on {date} ({ids})"
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn euros_as_people_write_them() {
        let c = |s: &str| euros(s).map(Cents::get);
        assert_eq!(c("120"), Some(12_000));
        assert_eq!(c("120,50"), Some(12_050));
        assert_eq!(c("120.5"), Some(12_050));
        assert_eq!(c("1.234,56 €"), Some(123_456));
        assert_eq!(c("1,234.56"), Some(123_456));
        assert_eq!(c("1.234"), Some(123_400));
        assert_eq!(c("-5"), Some(-500));
        for bad in [
            "", "abc", "1,2,3", "12.34.5", "1.23,4.5", "1e3", "12,345,6", ",5",
        ] {
            assert_eq!(c(bad), None, "{bad}");
        }
    }

    #[test]
    fn numbers_take_a_decimal_comma() {
        assert_eq!(number("72,5").unwrap().as_str(), "72.5");
        assert_eq!(number("40").unwrap().as_str(), "40");
        assert!(number("viele").is_none());
    }
}
