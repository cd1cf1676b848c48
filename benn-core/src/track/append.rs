//! Appending an entry to a document's text without rewriting it: every byte
//! before and after the new entry stays as it was (the browser editor and
//! `benn log add` use this), and a canonical document stays canonical.

use std::collections::HashSet;

use super::canonical_json;
use crate::json::parser::{Kind, Parser, SyntaxError};
use crate::model::{Date, Id, LogEntry};

/// Why an entry cannot be appended to a text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum AppendError {
    /// The text is not JSON.
    #[error("[append.syntax] the document is not valid JSON (at byte {offset})")]
    Syntax {
        /// Byte offset of the first syntax error.
        offset: usize,
    },
    /// The document is not a JSON object.
    #[error("[append.not_object] the document is not a JSON object")]
    NotObject,
    /// The document's `log` (or a log file's `entries`) is not an array.
    #[error("[append.not_array] `{key}` is not an array")]
    NotArray {
        /// `log` or `entries`.
        key: &'static str,
    },
    /// The entry could not be written (it cannot for the model's types).
    #[error("[append.internal] the entry could not be written: {reason}")]
    Internal {
        /// What failed.
        reason: String,
    },
}

impl AppendError {
    /// The stable code of the error.
    pub fn code(&self) -> &'static str {
        match self {
            AppendError::Syntax { .. } => "append.syntax",
            AppendError::NotObject => "append.not_object",
            AppendError::NotArray { .. } => "append.not_array",
            AppendError::Internal { .. } => "append.internal",
        }
    }
}

impl From<SyntaxError> for AppendError {
    fn from(e: SyntaxError) -> Self {
        AppendError::Syntax { offset: e.offset }
    }
}

/// Where the entries' array sits in the text.
struct ArrayAt {
    /// Offset of `[`.
    open: usize,
    /// Offset of `]`.
    close: usize,
    /// Offsets of the first element's start and of the last element's end.
    elements: Option<(usize, usize)>,
}

/// What the top-level object holds, as far as appending needs it.
struct Outline {
    /// Offsets of `log` and `entries` and their arrays (`Err` for another kind).
    log: Option<Result<ArrayAt, ()>>,
    entries: Option<Result<ArrayAt, ()>>,
    /// Whether the document names a concept (`concept`) and has no
    /// `action_fields`: a log file.
    is_log_file: bool,
    /// Offset of the last member's key and the end of its value.
    last_member: Option<(usize, usize)>,
    /// Offset of `{`.
    open: usize,
}

/// Appends `entry` to the document `text`: at the end of a concept's `log`
/// array or of a log file's `entries` array (a document with `concept` and
/// without `action_fields`), creating the array at the end of the object when
/// there is none. The entry is written canonically and indented like the
/// entries before it; every other byte of `text` stays as it was, and a
/// canonical document stays canonical.
///
/// ```
/// use benn_core::{read_log, track::append_entry, EntryKind, Id, LogEntry};
/// let text = "{\n  \"format_version\": 3,\n  \"concept\": \"k-2024\",\n  \"entries\": []\n}\n";
/// let mut e = LogEntry::new(Id::new("e-1").unwrap(), "2024-03-12".parse().unwrap(), EntryKind::Note);
/// e.note = Some("Auftakt".into());
/// let out = append_entry(text, &e).unwrap();
/// assert!(out.starts_with("{\n  \"format_version\": 3,\n  \"concept\": \"k-2024\",\n  \"entries\": [\n    {\n"));
/// assert_eq!(read_log(out.as_bytes()).unwrap().entries, [e]);
/// ```
///
/// # Errors
/// [`AppendError`] when the text is not a JSON object or its array is no array.
pub fn append_entry(text: &str, entry: &LogEntry) -> Result<String, AppendError> {
    let outline = outline(text)?;
    let nl = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let pretty = text.contains('\n');
    let (key, array) = if outline.is_log_file {
        ("entries", outline.entries)
    } else {
        ("log", outline.log)
    };
    let body = |indent: &str| -> Result<String, AppendError> {
        if pretty {
            Ok(pretty_entry(entry)?.replace('\n', &format!("{nl}{indent}")))
        } else {
            Ok(canonical_json(entry))
        }
    };
    let (at, end, insert) = match array {
        Some(Err(())) => return Err(AppendError::NotArray { key }),
        Some(Ok(a)) => {
            if let Some((first, last_end)) = a.elements {
                let between = text.get(a.open + 1..first).unwrap_or_default();
                let insert = if between.contains('\n') {
                    let indent = line_indent(text, first);
                    format!(",{nl}{indent}{}", body(indent)?)
                } else {
                    format!(", {}", body(line_indent(text, first))?)
                };
                (last_end, last_end, insert)
            } else {
                // An empty array: its inside (only whitespace) is replaced.
                let insert = if pretty {
                    let base = line_indent(text, a.open);
                    let indent = format!("{base}  ");
                    format!("{nl}{indent}{}{nl}{base}", body(&indent)?)
                } else {
                    body("")?
                };
                (a.open + 1, a.close, insert)
            }
        }
        None => {
            let (after, comma, base) = match outline.last_member {
                Some((key_at, value_end)) => (value_end, ",", line_indent(text, key_at)),
                None => (outline.open + 1, "", "  "),
            };
            let insert = if pretty {
                let indent = format!("{base}  ");
                format!(
                    "{comma}{nl}{base}\"{key}\": [{nl}{indent}{}{nl}{base}]",
                    body(&indent)?
                )
            } else {
                format!("{comma} \"{key}\": [{}]", body("")?)
            };
            (after, after, insert)
        }
    };
    let (head, tail) = (
        text.get(..at).unwrap_or_default(),
        text.get(end..).unwrap_or_default(),
    );
    let mut out = String::with_capacity(text.len() + insert.len());
    out.push_str(head);
    out.push_str(&insert);
    out.push_str(tail);
    Ok(out)
}

/// An entry written as the canonical writer writes it (two-space indentation).
fn pretty_entry(entry: &LogEntry) -> Result<String, AppendError> {
    use serde::Serialize;
    let mut out = Vec::with_capacity(256);
    let formatter = serde_json::ser::PrettyFormatter::with_indent(b"  ");
    let mut ser = serde_json::Serializer::with_formatter(&mut out, formatter);
    let internal = |reason: String| AppendError::Internal { reason };
    entry
        .serialize(&mut ser)
        .map_err(|e| internal(e.to_string()))?;
    String::from_utf8(out).map_err(|e| internal(e.to_string()))
}

/// The spaces and tabs that start the line holding `offset`.
fn line_indent(text: &str, offset: usize) -> &str {
    let head = text.get(..offset).unwrap_or_default();
    let start = head.rfind(['\n', '\r']).map_or(0, |i| i + 1);
    let line = text.get(start..).unwrap_or_default();
    let width = line
        .bytes()
        .take_while(|b| *b == b' ' || *b == b'\t')
        .count();
    line.get(..width).unwrap_or_default()
}

/// One pass over the top-level object.
fn outline(text: &str) -> Result<Outline, AppendError> {
    let mut p = Parser::new(text);
    if text.starts_with('\u{feff}') {
        p.skip_to('\u{feff}'.len_utf8());
    }
    if p.peek()? != Kind::Object {
        return Err(AppendError::NotObject);
    }
    let mut o = Outline {
        log: None,
        entries: None,
        is_log_file: false,
        last_member: None,
        open: p.offset(),
    };
    let (mut concept, mut fields) = (false, false);
    p.begin_object()?;
    let mut first = true;
    while let Some((key, key_at)) = p.next_key(first)? {
        first = false;
        let kind = p.peek()?;
        let slot = match key.as_ref() {
            "log" => Some(&mut o.log),
            "entries" => Some(&mut o.entries),
            other => {
                concept |= other == "concept";
                fields |= other == "action_fields";
                None
            }
        };
        match slot {
            Some(slot) if kind == Kind::Array => *slot = Some(Ok(array(&mut p)?)),
            Some(slot) => {
                *slot = Some(Err(()));
                p.skip_value()?;
            }
            None => p.skip_value()?,
        }
        o.last_member = Some((key_at, p.offset()));
    }
    p.skip_ws();
    if p.offset() != text.len() {
        return Err(AppendError::Syntax { offset: p.offset() });
    }
    o.is_log_file = concept && !fields;
    Ok(o)
}

/// Reads an array (after `peek` said `Array`) and notes where it is.
fn array(p: &mut Parser<'_>) -> Result<ArrayAt, AppendError> {
    let open = p.offset();
    p.begin_array()?;
    let mut elements = None;
    let mut first = true;
    while p.next_element(first)? {
        first = false;
        p.peek()?;
        let at = p.offset();
        p.skip_value()?;
        let end = p.offset();
        elements = Some(elements.map_or((at, end), |(f, _)| (f, end)));
    }
    Ok(ArrayAt {
        open,
        close: p.offset().saturating_sub(1),
        elements,
    })
}

/// A fresh id for an entry of `date`: `e-YYYY-MM-DD-N` with the smallest
/// `N` from 1 that no entry has. The same log and date give the same id.
///
/// ```
/// use benn_core::{track::next_id, EntryKind, Id, LogEntry};
/// let day = "2024-03-12".parse().unwrap();
/// assert_eq!(next_id(&[], day).as_str(), "e-2024-03-12-1");
/// let taken = LogEntry::new(Id::new("e-2024-03-12-1").unwrap(), day, EntryKind::Note);
/// assert_eq!(next_id(&[taken], day).as_str(), "e-2024-03-12-2");
/// ```
pub fn next_id(entries: &[LogEntry], date: Date) -> Id {
    let taken: HashSet<&str> = entries.iter().map(|e| e.id.as_str()).collect();
    let mut n = 1usize;
    loop {
        let candidate = format!("e-{date}-{n}");
        if !taken.contains(candidate.as_str()) {
            if let Ok(id) = Id::new(&candidate) {
                return id;
            }
        }
        n += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Cents, EntryKind, StepStatus};

    fn entry() -> LogEntry {
        let mut e = LogEntry::new(
            Id::new("e-new").unwrap(),
            "2024-06-30".parse().unwrap(),
            EntryKind::Status,
        );
        e.step = Some(Id::new("s1").unwrap());
        e.status = Some(StepStatus::Done);
        e.evidence = vec!["https://example.org/a.pdf".into()];
        e
    }

    /// `out` is `text` with one piece inserted: the bytes before and after it are `text`'s.
    fn inserted_once(text: &str, out: &str) {
        let common = text
            .bytes()
            .zip(out.bytes())
            .take_while(|(a, b)| a == b)
            .count();
        assert!(out.len() > text.len());
        let rest = &text.as_bytes()[common..];
        assert!(
            out.as_bytes().ends_with(rest),
            "the text after the insertion changed:\n{out}"
        );
    }

    fn example(name: &str) -> String {
        std::fs::read_to_string(format!("../examples/{name}")).unwrap()
    }

    #[test]
    fn appends_to_a_log_file_and_stays_canonical() {
        let text = example("weissensee-2023.log.json");
        let out = append_entry(&text, &entry()).unwrap();
        inserted_once(&text, &out);
        let mut log = crate::read_log(text.as_bytes()).unwrap();
        log.entries.push(entry());
        assert_eq!(crate::read_log(out.as_bytes()).unwrap(), log);
        assert_eq!(
            crate::write_log(&log).unwrap(),
            out,
            "canonical in, canonical out"
        );
    }

    #[test]
    fn appends_to_a_concepts_log_and_stays_canonical() {
        let text = example("allende-viertel-2025.json");
        let mut e = entry();
        e.step = Some(Id::new("s-a-netzwerk-2-2").unwrap());
        let out = append_entry(&text, &e).unwrap();
        inserted_once(&text, &out);
        let mut c = crate::read(text.as_bytes()).unwrap();
        c.log.push(e);
        assert_eq!(crate::read(out.as_bytes()).unwrap(), c);
        assert_eq!(crate::write(&c).unwrap(), out);
    }

    #[test]
    fn creates_the_array_when_there_is_none() {
        let text = example("weissensee-2023.json");
        let out = append_entry(&text, &entry()).unwrap();
        inserted_once(&text, &out);
        let mut c = crate::read(text.as_bytes()).unwrap();
        c.log.push(entry());
        assert_eq!(crate::write(&c).unwrap(), out);
        // Compact, with CRLF, with a byte-order mark, in an empty array.
        let mut spent = entry();
        spent.kind = EntryKind::Spending;
        spent.spent_cents = Some(Cents::new(5));
        for text in [
            r#"{"concept": "k", "entries": [{"id": "a", "date": "2024-01-01", "kind": "note", "note": "x"}]}"#,
            "{\r\n  \"concept\": \"k\"\r\n}\r\n",
            "\u{feff}{\"concept\": \"k\", \"entries\": [ ]}",
            "{\n  \"concept\": \"k\",\n  \"entries\": []\n}\n",
        ] {
            let out = append_entry(text, &spent).unwrap();
            let start = if out.starts_with('\u{feff}') { 3 } else { 0 };
            let v: serde_json::Value = serde_json::from_str(&out[start..]).unwrap();
            let last = v["entries"].as_array().unwrap().last().unwrap().clone();
            assert_eq!(last["spent_cents"], 5, "{out}");
            if text.contains("\r\n") {
                assert!(!out.replace("\r\n", "").contains('\n'), "{out:?}");
            }
        }
    }

    #[test]
    fn refuses_what_it_cannot_append_to() {
        let e = entry();
        assert_eq!(
            append_entry("[]", &e).unwrap_err().code(),
            "append.not_object"
        );
        assert_eq!(append_entry("{", &e).unwrap_err().code(), "append.syntax");
        assert_eq!(
            append_entry("{} x", &e).unwrap_err().code(),
            "append.syntax"
        );
        assert_eq!(
            append_entry(r#"{"log": {}}"#, &e).unwrap_err(),
            AppendError::NotArray { key: "log" }
        );
    }
}
