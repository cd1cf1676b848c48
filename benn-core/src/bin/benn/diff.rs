//! `benn diff OLD NEW`: two versions of a concept side by side
//! (`benn_core::eval::compare`), as readable text or JSON.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use benn_core::eval::compare::{ChangeKind, FieldChange, ItemChange, MatchedBy, Place, Value};
use benn_core::eval::Comparison;
use benn_core::{Concept, Lang};

use crate::args::{DiffArgs, OutputFormat};
use crate::input;
use crate::output::{self, ERRORS};

/// Runs `benn diff`.
pub(crate) fn run(args: &DiffArgs, lang: Lang) -> ExitCode {
    let files = [args.old.clone(), args.new.clone()];
    let (old, new) = match (load_concept(&files, 0, lang), load_concept(&files, 1, lang)) {
        (Ok(old), Ok(new)) => (old, new),
        (Err(status), _) | (_, Err(status)) => return status,
    };
    let comparison = benn_core::eval::compare(&old, &new);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let written = match args.format {
        OutputFormat::Json => serde_json::to_writer_pretty(&mut out, &comparison)
            .map_err(std::io::Error::from)
            .and_then(|()| writeln!(out)),
        OutputFormat::Text => print_text(&mut out, &comparison, lang),
    }
    .and_then(|()| out.flush());
    output::finish(written, lang, ExitCode::SUCCESS)
}

/// Reads the concept `files[i]` for `diff` and `review` (both files are
/// checked first: `-` at most once). A file that cannot be read is a usage
/// error (status 2); a document that is no readable concept prints its
/// error findings and gives status 1.
pub(crate) fn load_concept(
    files: &[std::path::PathBuf],
    i: usize,
    lang: Lang,
) -> Result<Concept, ExitCode> {
    let limit = input::check_files(files, lang).map_err(|msg| output::usage_error(&msg, lang))?;
    let Some(path) = files.get(i) else {
        return Err(output::usage_error(
            &tr!(lang, "keine Datei angegeben", "no file given"),
            lang,
        ));
    };
    load(path, limit, lang, |bytes| {
        benn_core::read(bytes).map_err(|e| e.findings().to_vec())
    })
}

/// Reads a document with `read`; prints what went wrong.
pub(crate) fn load<T>(
    path: &Path,
    limit: u64,
    lang: Lang,
    read: impl FnOnce(&[u8]) -> Result<T, Vec<benn_core::Finding>>,
) -> Result<T, ExitCode> {
    let input = input::load(path, limit, lang).map_err(|msg| {
        eprintln!("benn: {msg}");
        ExitCode::from(output::USAGE)
    })?;
    read(&input.bytes).map_err(|findings| {
        let mut err = std::io::stderr().lock();
        let name = &input.name;
        let _ = writeln!(
            err,
            "benn: {}",
            tr!(
                lang,
                "`{name}` kann nicht gelesen werden (`benn validate` zeigt alle Befunde):",
                "cannot read `{name}` (`benn validate` shows every finding):"
            )
        );
        for f in findings.iter().take(5) {
            let _ = output::print_finding(&mut err, name, f, lang);
        }
        ExitCode::from(ERRORS)
    })
}

/// At most `max` characters of `text`, cut with `…`.
pub(crate) fn cut(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((at, _)) => format!("{}…", text.get(..at).unwrap_or(text).trim_end()),
        None => text.to_owned(),
    }
}

/// `0.932` → `0,93` in German, `0.93` in English.
pub(crate) fn similarity(s: f64, lang: Lang) -> String {
    let text = format!("{s:.2}");
    match lang {
        Lang::De => text.replace('.', ","),
        Lang::En => text,
    }
}

fn value(v: Option<&Value>, lang: Lang) -> String {
    v.map_or_else(|| "—".to_owned(), |v| cut(&v.display(lang), 100))
}

fn print_fields(
    out: &mut impl Write,
    fields: &[FieldChange],
    indent: &str,
    lang: Lang,
) -> std::io::Result<()> {
    for f in fields {
        writeln!(
            out,
            "{indent}{}: {} → {}",
            f.field,
            value(f.old.as_ref(), lang),
            value(f.new.as_ref(), lang)
        )?;
    }
    Ok(())
}

fn place(p: &Place) -> String {
    match &p.goal {
        Some(g) => format!("{} / {g}", p.field),
        None => p.field.clone(),
    }
}

fn print_item(out: &mut impl Write, c: &ItemChange, lang: Lang) -> std::io::Result<()> {
    let id = |o: &Option<String>| o.clone().unwrap_or_default();
    let text = cut(&c.text, 80);
    match (c.change, c.matched_by) {
        (ChangeKind::Added, _) => writeln!(out, "  + {}: {text}", id(&c.new_id))?,
        (ChangeKind::Removed, _) => writeln!(out, "  − {}: {text}", id(&c.old_id))?,
        (ChangeKind::Changed, Some(MatchedBy::Text)) => {
            let s = similarity(c.similarity.unwrap_or_default(), lang);
            let (old, new) = (id(&c.old_id), id(&c.new_id));
            let how = tr!(lang, "ähnlicher Text, {s}", "similar text, {s}");
            writeln!(out, "  ≈ {old} → {new} ({how}): {text}")?;
        }
        (ChangeKind::Changed, _) => writeln!(out, "  ~ {}: {text}", id(&c.new_id))?,
    }
    if let Some(m) = &c.moved {
        let (from, to) = (place(&m.from), place(&m.to));
        let word = tr!(lang, "verschoben", "moved");
        writeln!(out, "      {word}: {from} → {to}")?;
    }
    print_fields(out, &c.fields, "      ", lang)
}

fn print_text(out: &mut impl Write, d: &Comparison, lang: Lang) -> std::io::Result<()> {
    let (old, new) = (&d.old_id, &d.new_id);
    writeln!(
        out,
        "{}",
        tr!(lang, "Vergleich {old} → {new}", "Comparison {old} → {new}")
    )?;
    if d.is_empty() {
        return writeln!(out, "{}", tr!(lang, "Keine Änderungen.", "No changes."));
    }
    if !d.concept.is_empty() {
        writeln!(out, "{}", tr!(lang, "Konzept", "Concept"))?;
        for f in &d.concept {
            writeln!(
                out,
                "  ~ {}: {} → {}",
                f.field,
                value(f.old.as_ref(), lang),
                value(f.new.as_ref(), lang)
            )?;
        }
    }
    let sections = [
        (
            tr!(lang, "Handlungsfelder", "Action fields"),
            &d.action_fields,
        ),
        (tr!(lang, "Ziele", "Goals"), &d.goals),
        (tr!(lang, "Handlungsschritte", "Steps"), &d.steps),
    ];
    for (title, items) in sections {
        if items.is_empty() {
            continue;
        }
        writeln!(out, "{title}")?;
        for c in items {
            print_item(out, c, lang)?;
        }
    }
    let count = |k: ChangeKind| {
        [&d.action_fields, &d.goals, &d.steps]
            .iter()
            .map(|l| l.iter().filter(|c| c.change == k).count())
            .sum::<usize>()
    };
    let (added, removed, changed) = (
        count(ChangeKind::Added),
        count(ChangeKind::Removed),
        count(ChangeKind::Changed),
    );
    let top = d.concept.len();
    writeln!(
        out,
        "{}",
        tr!(
            lang,
            "{added} hinzugefügt, {removed} entfernt, {changed} geändert; {top} Änderung(en) am Konzept selbst",
            "{added} added, {removed} removed, {changed} changed; {top} change(s) to the concept itself"
        )
    )?;
    if !d.text_matching {
        writeln!(
            out,
            "{}",
            tr!(
                lang,
                "Hinweis: zu viele Einträge ohne gleiche Id – nur nach Id verglichen.",
                "Note: too many items without a matching id – compared by id only."
            )
        )?;
    }
    Ok(())
}
