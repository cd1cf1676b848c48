//! `benn fmt`: rewrite documents in canonical form, or `--check` that they
//! are, showing where they are not as a unified diff.

use std::io::Write;
use std::process::ExitCode;
use std::time::Duration;

use benn_core::Lang;
use similar::{ChangeTag, TextDiff};

use crate::args::FmtArgs;
use crate::input::{self, Input};
use crate::output::{self, ERRORS, USAGE};
use crate::pipeline::{self, NotCanonical};

/// Hunks of a `--check` diff shown per file.
const MAX_HUNKS: usize = 3;
/// Lines of a `--check` diff shown per file (headers not counted).
const MAX_DIFF_LINES: usize = 40;
/// Characters shown of one diff line (a compact document is one long line).
const MAX_LINE_CHARS: usize = 120;
/// Unchanged lines shown around a change.
const CONTEXT: usize = 2;
/// Time the diff may take before it settles for a coarser difference.
const DIFF_TIMEOUT: Duration = Duration::from_millis(500);

/// Runs `benn fmt`.
pub(crate) fn run(args: &FmtArgs, lang: Lang) -> ExitCode {
    let limit = match input::check_files(&args.files, lang) {
        Ok(l) => l,
        Err(msg) => return output::usage_error(&msg, lang),
    };
    // The worst outcome of all files: 2 (could not read or write), 1 (not
    // canonical or unreadable as a concept), 0.
    let mut worst = 0u8;
    for path in &args.files {
        let input = match input::load(path, limit, lang) {
            Ok(i) => i,
            Err(msg) => {
                eprintln!("benn: {msg}");
                worst = worst.max(USAGE);
                continue;
            }
        };
        match one(&input, path, args.check, lang) {
            Ok(status) => worst = worst.max(status),
            Err(e) => return output::finish(Err(e), lang, ExitCode::from(USAGE)),
        }
    }
    ExitCode::from(worst)
}

/// Formats or checks one document; the status it earns (0, 1 or 2). An
/// error is a failure to write standard output.
fn one(input: &Input, path: &std::path::Path, check: bool, lang: Lang) -> std::io::Result<u8> {
    let file = &input.name;
    let text = match pipeline::canonical(&input.bytes) {
        Ok(t) => t,
        Err(NotCanonical::Unreadable(findings)) => {
            let mut err = std::io::stderr().lock();
            for f in &findings {
                output::print_finding(&mut err, file, f, lang)?;
            }
            return Ok(ERRORS);
        }
        Err(NotCanonical::Write(e)) => {
            eprintln!("benn: {file}: {e}");
            return Ok(USAGE);
        }
    };
    let same = text.as_bytes() == input.bytes.as_slice();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if check {
        if same {
            return Ok(0);
        }
        let msg = tr!(
            lang,
            "{file}: nicht in kanonischer Form",
            "{file}: not in canonical form"
        );
        writeln!(out, "{msg}")?;
        write_diff(
            &mut out,
            file,
            &String::from_utf8_lossy(&input.bytes),
            &text,
            lang,
        )?;
        return Ok(ERRORS);
    }
    if input.is_stdin {
        out.write_all(text.as_bytes())?;
        return Ok(0);
    }
    if same {
        return Ok(0);
    }
    if let Err(e) = std::fs::write(path, text) {
        eprintln!("benn: {}", output::cannot_write_text(file, &e, lang));
        return Ok(USAGE);
    }
    let msg = tr!(lang, "{file}: neu geschrieben", "{file}: rewritten");
    writeln!(out, "{msg}")?;
    Ok(0)
}

/// The first differences between `old` and the canonical `new` as a unified
/// diff: at most [`MAX_HUNKS`] hunks and [`MAX_DIFF_LINES`] lines, each line
/// cut at [`MAX_LINE_CHARS`] characters.
fn write_diff(
    out: &mut impl Write,
    file: &str,
    old: &str,
    new: &str,
    lang: Lang,
) -> std::io::Result<()> {
    let diff = TextDiff::configure()
        .timeout(DIFF_TIMEOUT)
        .diff_lines(old, new);
    let canonical = tr!(lang, "kanonisch", "canonical");
    writeln!(out, "--- {file}")?;
    writeln!(out, "+++ {file} ({canonical})")?;
    let mut unified = diff.unified_diff();
    unified.context_radius(CONTEXT);
    let hunks: Vec<_> = unified.iter_hunks().collect();
    let mut lines = 0;
    for hunk in hunks.iter().take(MAX_HUNKS) {
        writeln!(out, "{}", hunk.header())?;
        for change in hunk.iter_changes() {
            if lines == MAX_DIFF_LINES {
                let more = tr!(lang, "… (gekürzt)", "… (cut short)");
                return writeln!(out, "{more}");
            }
            lines += 1;
            let sign = match change.tag() {
                ChangeTag::Delete => '-',
                ChangeTag::Insert => '+',
                ChangeTag::Equal => ' ',
            };
            let value = change.value();
            let (line, newline) = value
                .strip_suffix('\n')
                .map_or((value, false), |l| (l, true));
            // A CR of a CRLF line ending is the difference: show it.
            let (line, cr) = line.strip_suffix('\r').map_or((line, ""), |l| (l, "␍"));
            writeln!(out, "{sign}{}{cr}", clip(line))?;
            if !newline {
                let note = tr!(
                    lang,
                    "\\ Kein Zeilenumbruch am Dateiende",
                    "\\ No newline at end of file"
                );
                writeln!(out, "{note}")?;
            }
        }
    }
    if hunks.len() > MAX_HUNKS {
        let n = hunks.len() - MAX_HUNKS;
        let more = tr!(
            lang,
            "… und {n} weitere Abschnitte; `benn fmt` schreibt die kanonische Form",
            "… and {n} more hunks; `benn fmt` writes the canonical form"
        );
        writeln!(out, "{more}")?;
    }
    Ok(())
}

/// `line` cut at [`MAX_LINE_CHARS`] characters, with `…` if cut.
fn clip(line: &str) -> std::borrow::Cow<'_, str> {
    match line.char_indices().nth(MAX_LINE_CHARS) {
        None => line.into(),
        Some((at, _)) => format!("{}…", line.get(..at).unwrap_or(line)).into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clip_counts_characters_not_bytes() {
        let short = "ä".repeat(MAX_LINE_CHARS);
        assert_eq!(clip(&short), short);
        let long = "ä".repeat(MAX_LINE_CHARS + 1);
        assert_eq!(clip(&long), format!("{short}…"));
    }

    #[test]
    fn diff_marks_a_missing_final_newline() {
        let mut out = Vec::new();
        write_diff(&mut out, "f", "a\nb", "a\nb\n", Lang::En).unwrap();
        let out = String::from_utf8(out).unwrap();
        assert_eq!(
            out,
            "--- f\n+++ f (canonical)\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n"
        );
    }
}
