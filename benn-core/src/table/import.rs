//! Import of tracking entries from a table in the shape of the `log` table
//! ([`super::log`]): mass updates from a spreadsheet.
//!
//! Every row is checked, every problem is reported with its row (counted as
//! a spreadsheet shows it: the header is row 1, the first entry row 2; in
//! JSON Lines the line) and its column name; when there is any problem no
//! entry is returned, so nothing is ever half-imported.
//!
//! The header names the columns; their order is free, absent optional
//! columns are empty, `id`, `date` and `kind` are required, unknown columns
//! are an error. A CSV file's separator is told from its header line
//! (a `;` means the German variant with decimal commas), a UTF-8 BOM is
//! skipped.
//!
//! [`into_concept`] and [`into_log`] then append the entries and validate the
//! result. An entry whose id is already in the log is taken as the same
//! entry when it is identical (so a spreadsheet exported, extended and
//! imported again adds only its new rows), and is an error otherwise: the log
//! is append-only, a change is a new entry that `corrects` the old one.
//!
//! ```
//! use benn_core::table::{self, import};
//! let text = "id,date,kind,step,status\r\ne-1,2024-03-12,status,w-s1,done\r\n";
//! # #[cfg(feature = "csv")] {
//! let rows = import::read_csv(text.as_bytes()).unwrap();
//! assert_eq!(rows[0].entry.status, Some(benn_core::StepStatus::Done));
//!
//! let bad = "id,date,kind\r\ne-1,2024-13-01,status\r\ne-2,2024-01-01,Notiz\r\n";
//! let errors = import::read_csv(bad.as_bytes()).unwrap_err();
//! let first = &errors.errors[0];
//! assert_eq!((first.code(), first.row()), ("import.cell.invalid", Some(2)));
//! assert!(first.message().en.contains("column `date`"));
//! assert!(errors.errors[1].message().de.contains("Zeile 3"));
//! # }
//! ```

use std::collections::HashMap;
use std::fmt;

use crate::diag::{text, Lang, Text};
use crate::model::{Cents, Concept, Log, LogEntry};
use crate::{Options, Report};

use super::log::{entry_from_row, RowReader, LOG_COLUMNS, REQUIRED, SPENT_CENTS};
use super::text::Dialect;

/// An entry read from a table, with the row it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportedEntry {
    /// The row as a spreadsheet numbers it (header = 1), or the line of a JSON Lines file.
    pub row: usize,
    /// The entry.
    pub entry: LogEntry,
}

/// What a cell should have held.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Expected {
    /// A date `YYYY-MM-DD`.
    Date,
    /// An entry kind.
    Kind,
    /// A step status.
    Status,
    /// An id (no spaces).
    Id,
    /// An amount in euros.
    Euros,
    /// A whole number of cents.
    Cents,
    /// A decimal number.
    Decimal,
    /// A year.
    Year,
    /// A whole number from 0.
    Count,
    /// A list (one item per line, or a JSON array of strings).
    List,
}

impl Expected {
    /// What was expected, in words.
    pub fn describe(self) -> Text {
        match self {
            Expected::Date => text!(
                "ein Datum JJJJ-MM-TT, z. B. 2024-03-12",
                "a date YYYY-MM-DD, e.g. 2024-03-12"
            ),
            Expected::Kind => text!(
                "eine Art: status, progress, spending, measurement, meeting oder note",
                "a kind: status, progress, spending, measurement, meeting or note"
            ),
            Expected::Status => text!(
                "ein Status: planned, in_progress, done, postponed oder dropped",
                "a status: planned, in_progress, done, postponed or dropped"
            ),
            Expected::Id => text!(
                "eine Kennung ohne Leerzeichen (höchstens 64 Zeichen)",
                "an id without spaces (at most 64 characters)"
            ),
            Expected::Euros => text!(
                "ein Betrag in Euro mit höchstens zwei Nachkommastellen, ohne Tausenderpunkte, z. B. 1234,50",
                "an amount in euros with at most two decimals and no thousands separators, e.g. 1234.50"
            ),
            Expected::Cents => text!("eine ganze Zahl von Cent", "a whole number of cents"),
            Expected::Decimal => text!("eine Zahl, z. B. 12,5", "a number, e.g. 12.5"),
            Expected::Year => text!("ein Jahr, z. B. 2024", "a year, e.g. 2024"),
            Expected::Count => text!("eine ganze Zahl ab 0", "a whole number from 0"),
            Expected::List => text!(
                "eine Liste: ein Eintrag je Zeile oder ein JSON-Array von Texten",
                "a list: one item per line, or a JSON array of strings"
            ),
        }
    }
}

/// One problem of an import. The English message is the `Display` form;
/// [`ImportError::message`] gives both languages.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ImportError {
    /// The file is no readable table (not UTF-8, broken CSV quoting, no workbook…).
    #[error("[import.read] {}", self.message().en)]
    Read {
        /// What failed.
        reason: String,
    },
    /// A column the `log` table does not have.
    #[error("[import.column.unknown] {}", self.message().en)]
    UnknownColumn {
        /// Where the name is (the header row, or the line of a JSON Lines file).
        row: usize,
        /// The name.
        column: String,
        /// The nearest known name.
        suggestion: Option<&'static str>,
    },
    /// A required column (`id`, `date`, `kind`) is missing.
    #[error("[import.column.missing] {}", self.message().en)]
    MissingColumn {
        /// The column.
        column: &'static str,
    },
    /// A column appears twice in the header.
    #[error("[import.column.duplicate] {}", self.message().en)]
    DuplicateColumn {
        /// The header row.
        row: usize,
        /// The name.
        column: String,
    },
    /// A row has a value beyond the last column of the header.
    #[error("[import.cell.extra] {}", self.message().en)]
    ExtraCell {
        /// The row.
        row: usize,
        /// The position of the cell, 1-based (column A = 1).
        position: usize,
    },
    /// A required value (`id`, `date`, `kind`) is empty.
    #[error("[import.cell.missing] {}", self.message().en)]
    Missing {
        /// The row.
        row: usize,
        /// The column name.
        column: String,
    },
    /// A value is not what its column holds (a bad date, an unknown kind, a
    /// non-number amount…).
    #[error("[import.cell.invalid] {}", self.message().en)]
    Invalid {
        /// The row.
        row: usize,
        /// The column name.
        column: String,
        /// The value as found.
        value: String,
        /// What the column holds.
        expected: Expected,
    },
    /// `spent_eur` and `spent_cents` are both given and differ.
    #[error("[import.cell.amounts] {}", self.message().en)]
    AmountsDiffer {
        /// The row.
        row: usize,
        /// The amount of `spent_eur`.
        euros: Cents,
        /// The amount of `spent_cents`.
        cents: Cents,
    },
    /// Both `value` and `value_text` are given.
    #[error("[import.cell.value_twice] {}", self.message().en)]
    ValueTwice {
        /// The row.
        row: usize,
    },
    /// Two rows of the import have the same id.
    #[error("[import.id.duplicate] {}", self.message().en)]
    DuplicateId {
        /// The later row.
        row: usize,
        /// The row that has the id first.
        first: usize,
        /// The id.
        id: String,
    },
    /// The log already holds a different entry with this id.
    #[error("[import.id.taken] {}", self.message().en)]
    IdTaken {
        /// The row.
        row: usize,
        /// The id.
        id: String,
    },
    /// The document with the entries appended could not be written.
    #[error("[import.write] {}", self.message().en)]
    Write {
        /// What failed.
        reason: String,
    },
}

impl ImportError {
    /// The stable code, e.g. `import.cell.invalid`.
    pub fn code(&self) -> &'static str {
        match self {
            ImportError::Read { .. } => "import.read",
            ImportError::UnknownColumn { .. } => "import.column.unknown",
            ImportError::MissingColumn { .. } => "import.column.missing",
            ImportError::DuplicateColumn { .. } => "import.column.duplicate",
            ImportError::ExtraCell { .. } => "import.cell.extra",
            ImportError::Missing { .. } => "import.cell.missing",
            ImportError::Invalid { .. } => "import.cell.invalid",
            ImportError::AmountsDiffer { .. } => "import.cell.amounts",
            ImportError::ValueTwice { .. } => "import.cell.value_twice",
            ImportError::DuplicateId { .. } => "import.id.duplicate",
            ImportError::IdTaken { .. } => "import.id.taken",
            ImportError::Write { .. } => "import.write",
        }
    }

    /// The row the problem is in, when it is in one.
    pub fn row(&self) -> Option<usize> {
        match self {
            ImportError::UnknownColumn { row, .. }
            | ImportError::DuplicateColumn { row, .. }
            | ImportError::ExtraCell { row, .. }
            | ImportError::Missing { row, .. }
            | ImportError::Invalid { row, .. }
            | ImportError::AmountsDiffer { row, .. }
            | ImportError::ValueTwice { row }
            | ImportError::DuplicateId { row, .. }
            | ImportError::IdTaken { row, .. } => Some(*row),
            ImportError::Read { .. }
            | ImportError::MissingColumn { .. }
            | ImportError::Write { .. } => None,
        }
    }

    /// The message in German and English; it names the row and the column.
    pub fn message(&self) -> Text {
        match self {
            ImportError::Read { reason } => text!(
                "Die Tabelle kann nicht gelesen werden: {reason}",
                "The table cannot be read: {reason}"
            ),
            ImportError::UnknownColumn {
                row,
                column,
                suggestion,
            } => {
                let t = text!(
                    "Zeile {row}: unbekannte Spalte `{column}`.",
                    "Row {row}: unknown column `{column}`."
                );
                match suggestion {
                    Some(s) => Text::new(
                        format!("{} Meinten Sie `{s}`?", t.de),
                        format!("{} Did you mean `{s}`?", t.en),
                    ),
                    None => t,
                }
            }
            ImportError::MissingColumn { column } => text!(
                "Die Spalte `{column}` fehlt in der Kopfzeile; sie ist Pflicht.",
                "The column `{column}` is missing from the header; it is required."
            ),
            ImportError::DuplicateColumn { row, column } => text!(
                "Zeile {row}: die Spalte `{column}` steht zweimal in der Kopfzeile.",
                "Row {row}: the column `{column}` appears twice in the header."
            ),
            ImportError::ExtraCell { row, position } => text!(
                "Zeile {row}: Zelle {position} steht rechts der letzten Spalte der Kopfzeile.",
                "Row {row}: cell {position} lies beyond the last column of the header."
            ),
            ImportError::Missing { row, column } => text!(
                "Zeile {row}, Spalte `{column}`: der Wert fehlt; er ist Pflicht.",
                "Row {row}, column `{column}`: the value is missing; it is required."
            ),
            ImportError::Invalid {
                row,
                column,
                value,
                expected,
            } => {
                let e = expected.describe();
                let (de, en) = (e.de, e.en);
                text!(
                    "Zeile {row}, Spalte `{column}`: `{value}` passt nicht; erwartet wird {de}.",
                    "Row {row}, column `{column}`: `{value}` is not {en}."
                )
            }
            ImportError::AmountsDiffer { row, euros, cents } => {
                let (c, e) = (cents.get(), super::text::euros(*euros, false));
                text!(
                    "Zeile {row}: `spent_eur` ({euros}) und `spent_cents` ({c}) widersprechen sich; ändern Sie beide oder löschen Sie eine.",
                    "Row {row}: `spent_eur` ({e}) and `spent_cents` ({c}) differ; change both or clear one."
                )
            }
            ImportError::ValueTwice { row } => text!(
                "Zeile {row}: `value` und `value_text` sind beide gefüllt; ein Messwert ist eine Zahl oder ein Text.",
                "Row {row}: both `value` and `value_text` are filled; a measured value is a number or a text."
            ),
            ImportError::DuplicateId { row, first, id } => text!(
                "Zeile {row}, Spalte `id`: die Kennung `{id}` steht schon in Zeile {first}.",
                "Row {row}, column `id`: the id `{id}` is already used in row {first}."
            ),
            ImportError::IdTaken { row, id } => text!(
                "Zeile {row}, Spalte `id`: das Protokoll hat schon einen anderen Eintrag `{id}`. Einträge werden nie geändert; erfassen Sie eine Korrektur mit neuer Kennung und `corrects` = `{id}`.",
                "Row {row}, column `id`: the log already has a different entry `{id}`. Entries are never changed; record a correction with a new id and `corrects` = `{id}`."
            ),
            ImportError::Write { reason } => text!(
                "Das Dokument mit den neuen Einträgen kann nicht geschrieben werden: {reason}",
                "The document with the new entries cannot be written: {reason}"
            ),
        }
    }
}

/// Every problem of an import (at least one), in row order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportErrors {
    /// The problems.
    pub errors: Vec<ImportError>,
}

impl ImportErrors {
    /// The problems as lines in `lang`.
    pub fn lines(&self, lang: Lang) -> Vec<String> {
        self.errors
            .iter()
            .map(|e| format!("[{}] {}", e.code(), e.message().get(lang)))
            .collect()
    }
}

impl fmt::Display for ImportErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.lines(Lang::En).join("\n"))
    }
}

impl std::error::Error for ImportErrors {}

impl From<ImportError> for ImportErrors {
    fn from(e: ImportError) -> Self {
        ImportErrors { errors: vec![e] }
    }
}

/// A table read from a file, as text: the header names (each with the row
/// it is found in) and the rows with their numbers.
#[derive(Debug, Default)]
pub(crate) struct Grid {
    pub(crate) header: Vec<(usize, String)>,
    pub(crate) rows: Vec<(usize, Vec<String>)>,
    pub(crate) dialect: Dialect,
}

/// Reads the entries of a grid, all or none.
pub(crate) fn entries(grid: &Grid) -> Result<Vec<ImportedEntry>, ImportErrors> {
    let mut errors = Vec::new();
    let mut columns: HashMap<&'static str, usize> = HashMap::new();
    let known: Vec<&'static str> = LOG_COLUMNS
        .iter()
        .map(|c| c.name)
        .chain([SPENT_CENTS])
        .collect();
    for (i, (row, name)) in grid.header.iter().enumerate() {
        let trimmed = name.trim();
        match known.iter().find(|k| **k == trimmed) {
            Some(k) if columns.contains_key(k) => errors.push(ImportError::DuplicateColumn {
                row: *row,
                column: trimmed.to_owned(),
            }),
            Some(k) => {
                columns.insert(k, i);
            }
            None => errors.push(ImportError::UnknownColumn {
                row: *row,
                column: name.clone(),
                suggestion: crate::suggest(trimmed, &known),
            }),
        }
    }
    for column in REQUIRED {
        if !columns.contains_key(column) {
            errors.push(ImportError::MissingColumn { column });
        }
    }
    if grid.rows.is_empty() {
        // Nothing to import (JSON Lines without lines have no header either).
        return if grid.header.is_empty() || errors.is_empty() {
            Ok(Vec::new())
        } else {
            Err(ImportErrors { errors })
        };
    }
    if !errors.is_empty() {
        return Err(ImportErrors { errors });
    }
    let mut out = Vec::with_capacity(grid.rows.len());
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (row, cells) in &grid.rows {
        if let Some(extra) = cells
            .iter()
            .enumerate()
            .skip(grid.header.len())
            .find(|(_, c)| !c.trim().is_empty())
        {
            errors.push(ImportError::ExtraCell {
                row: *row,
                position: extra.0 + 1,
            });
        }
        let mut reader = RowReader {
            columns: &columns,
            cells,
            row: *row,
            dialect: grid.dialect,
            errors: &mut errors,
        };
        if let Some(entry) = entry_from_row(&mut reader) {
            let id = entry.id.as_str().to_owned();
            if let Some(first) = seen.get(&id) {
                errors.push(ImportError::DuplicateId {
                    row: *row,
                    first: *first,
                    id,
                });
            } else {
                seen.insert(id, *row);
                out.push(ImportedEntry { row: *row, entry });
            }
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(ImportErrors { errors })
    }
}

/// Reads tracking entries from JSON Lines in the shape of the `log` table
/// (one object per line, keys = column names), all or none.
pub fn read_jsonl(src: &[u8]) -> Result<Vec<ImportedEntry>, ImportErrors> {
    entries(&super::jsonl::grid(src)?)
}

/// Reads tracking entries from CSV in the shape of the `log` table (either
/// variant; a `;` in the header line means the German one), all or none.
#[cfg(feature = "csv")]
pub fn read_csv(src: &[u8]) -> Result<Vec<ImportedEntry>, ImportErrors> {
    entries(&super::csv::grid(src)?)
}

/// Reads tracking entries from an XLSX workbook: its sheet `log`, else its
/// first sheet, in the shape of the `log` table; all or none.
#[cfg(feature = "xlsx")]
pub fn read_xlsx(src: &[u8]) -> Result<Vec<ImportedEntry>, ImportErrors> {
    entries(&super::xlsx::grid(src)?)
}

/// The entries of `imported` that `log` does not hold yet, in order; an
/// imported entry whose id is in `log` must be identical to it.
pub fn new_entries(
    log: &[LogEntry],
    imported: Vec<ImportedEntry>,
) -> Result<Vec<LogEntry>, ImportErrors> {
    let by_id: HashMap<&str, &LogEntry> = log.iter().map(|e| (e.id.as_str(), e)).collect();
    let mut errors = Vec::new();
    let mut out = Vec::new();
    for ImportedEntry { row, entry } in imported {
        match by_id.get(entry.id.as_str()) {
            Some(old) if **old == entry => {}
            Some(_) => errors.push(ImportError::IdTaken {
                row,
                id: entry.id.as_str().to_owned(),
            }),
            None => out.push(entry),
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(ImportErrors { errors })
    }
}

/// A document with imported entries appended: the new document, its
/// canonical text, and the findings of validating that text (positions refer
/// to it). Write `text` only when `report` has no errors.
#[derive(Debug, Clone)]
pub struct Appended<T> {
    /// The document with the new entries at the end of its log.
    pub document: T,
    /// Its canonical text.
    pub text: String,
    /// The findings of the new text.
    pub report: Report,
    /// How many entries were added.
    pub added: usize,
    /// How many imported rows were already in the log, identical.
    pub unchanged: usize,
}

/// Appends imported entries to the concept's own log and validates the result.
pub fn into_concept(
    concept: &Concept,
    imported: Vec<ImportedEntry>,
    options: &Options,
) -> Result<Appended<Concept>, ImportErrors> {
    let total = imported.len();
    let new = new_entries(&concept.log, imported)?;
    let added = new.len();
    let mut document = concept.clone();
    document.log.extend(new);
    let text = crate::write(&document).map_err(|e| ImportError::Write {
        reason: e.to_string(),
    })?;
    let report = crate::validate(text.as_bytes(), options);
    Ok(Appended {
        document,
        text,
        report,
        added,
        unchanged: total - added,
    })
}

/// Appends imported entries to a log file of `concept` and validates the
/// result against the concept.
pub fn into_log(
    log: &Log,
    concept: &Concept,
    imported: Vec<ImportedEntry>,
    options: &Options,
) -> Result<Appended<Log>, ImportErrors> {
    let total = imported.len();
    let new = new_entries(&log.entries, imported)?;
    let added = new.len();
    let mut document = log.clone();
    document.entries.extend(new);
    let text = crate::write_log(&document).map_err(|e| ImportError::Write {
        reason: e.to_string(),
    })?;
    let report = crate::parse_log(text.as_bytes()).validate(concept, options);
    Ok(Appended {
        document,
        text,
        report,
        added,
        unchanged: total - added,
    })
}
