//! Printing findings and usage errors, and ending on output errors.

use std::io::Write;
use std::process::ExitCode;

use benn_core::{Finding, Lang};

/// Exit status when the call itself failed.
pub(crate) const USAGE: u8 = 2;

/// Exit status when findings with errors were found.
pub(crate) const ERRORS: u8 = 1;

/// A date given on the command line (`--today`, `--as-of`, `--date`), or
/// the message that says why it is none: the one wording for every command.
pub(crate) fn date_arg(v: &str, lang: Lang) -> Result<benn_core::Date, String> {
    v.parse().map_err(|_| {
        tr!(
            lang,
            "`{v}` ist kein Datum der Form JJJJ-MM-TT",
            "`{v}` is not a date of the form YYYY-MM-DD"
        )
    })
}

/// Writes an output file (`-o`), making its folder first when it is
/// missing; else a message naming the file and status 2.
pub(crate) fn write_file(path: &std::path::Path, bytes: &[u8], lang: Lang) -> Result<(), ExitCode> {
    let written = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => std::fs::create_dir_all(dir),
        _ => Ok(()),
    }
    .and_then(|()| std::fs::write(path, bytes));
    written.map_err(|e| cannot_write(path, &e, lang))
}

/// The message that the file `name` cannot be written: the one wording for
/// every command.
pub(crate) fn cannot_write_text(
    name: impl std::fmt::Display,
    e: &std::io::Error,
    lang: Lang,
) -> String {
    tr!(
        lang,
        "`{name}` kann nicht geschrieben werden: {e}",
        "cannot write `{name}`: {e}"
    )
}

/// Prints that `path` cannot be written; status 2.
pub(crate) fn cannot_write(path: &std::path::Path, e: &std::io::Error, lang: Lang) -> ExitCode {
    eprintln!("benn: {}", cannot_write_text(path.display(), e, lang));
    ExitCode::from(USAGE)
}

/// Prints a usage error (with a pointer to `--help`) and returns status 2.
pub(crate) fn usage_error(msg: &str, lang: Lang) -> ExitCode {
    let more = tr!(
        lang,
        "`benn --help` zeigt die Aufrufe.",
        "`benn --help` shows the usage."
    );
    eprintln!("benn: {msg}\n{more}");
    ExitCode::from(USAGE)
}

/// `status` if writing the output worked; else a message (none for a closed
/// pipe, as in `benn validate … | head`) and status 2.
pub(crate) fn finish(written: std::io::Result<()>, lang: Lang, status: ExitCode) -> ExitCode {
    match written {
        Ok(()) => status,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::from(USAGE),
        Err(e) => {
            eprintln!(
                "benn: {}",
                tr!(
                    lang,
                    "Ausgabe kann nicht geschrieben werden: {e}",
                    "cannot write the output: {e}"
                )
            );
            ExitCode::from(USAGE)
        }
    }
}

/// Prints a finding like a compiler: `file:line:col: severity[code]: message`,
/// then its pointer, hint and related place.
pub(crate) fn print_finding(
    out: &mut impl Write,
    file: &str,
    f: &Finding,
    lang: Lang,
) -> std::io::Result<()> {
    let at = f
        .location
        .map_or_else(|| "1:1".into(), |l| format!("{}:{}", l.line, l.column));
    writeln!(
        out,
        "{file}:{at}: {}[{}]: {}",
        f.severity,
        f.code,
        f.message.get(lang)
    )?;
    let pointer = if f.pointer.is_empty() {
        "/"
    } else {
        &f.pointer
    };
    let (at_word, hint_word, see_word) = match lang {
        Lang::De => ("Stelle", "Tipp", "siehe"),
        Lang::En => ("at", "hint", "see"),
    };
    writeln!(out, "  = {at_word}: {pointer}")?;
    if let Some(h) = &f.hint {
        writeln!(out, "  = {hint_word}: {}", h.get(lang))?;
    }
    if let Some(r) = &f.related {
        let rat = r
            .location
            .map(|l| format!("{file}:{}:{} ", l.line, l.column))
            .unwrap_or_default();
        writeln!(out, "  = {see_word}: {rat}({})", r.pointer)?;
    }
    Ok(())
}
