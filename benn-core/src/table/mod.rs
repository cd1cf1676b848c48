//! Tables in and out of spreadsheets (*Tabellen*): a small typed table model,
//! one builder per table, writers for CSV, JSON Lines and XLSX, and the import
//! of tracking entries from the same shape as the `log` table.
//!
//! - The model: a [`Table`] has a name, typed [`Column`]s and rows of
//!   [`Cell`]s. The builders are pure functions over the concept model:
//!   [`steps`], [`goals`], [`indicators`], [`log`], and of the evaluation
//!   [`state`] (steps on a day), [`rollup`], [`budget`] (per year and field)
//!   and [`coverage`]. Each documents its
//!   columns; the columns are stable (new columns are only ever added at the end).
//! - Writers: [`jsonl::write`] (always), [`csv::write`] (feature `csv`),
//!   [`xlsx::write`] (feature `xlsx`).
//! - Import: [`import::read_jsonl`], [`import::read_csv`] (feature `csv`),
//!   [`import::read_xlsx`] (feature `xlsx`) read a table of tracking entries;
//!   every row is checked and nothing is half-imported;
//!   [`import::into_concept`] and [`import::into_log`] append the entries and
//!   validate the result.
//!
//! ## How cells are written
//!
//! | kind | CSV | CSV `--de` | JSON Lines | XLSX |
//! |---|---|---|---|---|
//! | text | as is, neutralised (below) | same | string | string |
//! | integer | `12` | `12` | number | number |
//! | money (`…_eur`) | `1234.50` | `1234,50` | number `1234.50` | euro number `#,##0.00 "€"`, plus a `…_cents` column with the exact cents |
//! | date | `2024-03-12` | same | string | date `yyyy-mm-dd` |
//! | month | `2024-03` | same | string | date `yyyy-mm` (first day) |
//! | decimal, percent | `2.5` as written | `2,5` | number as written | number |
//! | list | one item per line | same | array of strings | one item per line |
//!
//! An empty cell is an absent value (`null` in JSON Lines). Amounts carry no
//! thousands separators and always two decimals, so they are exact.
//!
//! A list whose items cannot be told apart line by line (an empty item, an
//! item with a line break, or a first item starting with `[`) is written as a
//! JSON array of strings, `["a","b"]`, and read back as such.
//!
//! ## Formula injection
//!
//! A spreadsheet takes a CSV cell starting with `=`, `+`, `-` or `@` (and,
//! in some programs, tab or carriage return) for a formula. The CSV writer
//! therefore puts an apostrophe `'` before every text or list cell that starts
//! with one of these characters **or with an apostrophe itself**, and before
//! a text of digits with a leading zero (a LOR code such as `03500932`,
//! which a spreadsheet would turn into the number 3500932); the import
//! of CSV removes exactly one leading apostrophe from such cells, so a text
//! goes through export and import unchanged (`=1+1` → `'=1+1` → `=1+1`,
//! `'x` → `''x` → `'x`, `03500932` → `'03500932` → `03500932`). A
//! spreadsheet shows such a cell with its apostrophe and keeps it text.
//! Numbers, amounts and dates are never prefixed.
//! JSON Lines and XLSX hold typed values (an XLSX text cell is never a
//! formula) and are written as they are.

pub mod build;
#[cfg(feature = "csv")]
pub mod csv;
mod eval;
pub mod import;
pub mod jsonl;
mod log;
#[cfg(feature = "xlsx")]
mod ooxml;
mod text;
#[cfg(feature = "xlsx")]
pub mod xlsx;

use std::borrow::Cow;

use crate::model::{Cents, Date, Decimal, YearMonth};

pub use build::{goals, indicators, steps, GOAL_COLUMNS, INDICATOR_COLUMNS, STEP_COLUMNS};
pub use eval::{
    budget, coverage, rollup, state, BUDGET_COLUMNS, COVERAGE_COLUMNS, ROLLUP_COLUMNS,
    STATE_COLUMNS,
};
pub use log::{log, LOG_COLUMNS};

/// A table: a name, typed columns, and rows with one cell per column.
///
/// Its texts borrow from what it was built from (`'a`, the concept or an
/// evaluation) wherever they can, so a table of 100 000 steps does not copy
/// every id and text; [`Table::into_owned`] makes it independent.
#[derive(Debug, Clone, PartialEq)]
pub struct Table<'a> {
    /// The table's name, e.g. `steps`; the sheet name in a workbook.
    pub name: &'static str,
    /// The columns, in order.
    pub columns: Vec<Column>,
    /// The rows; each has exactly one cell per column.
    pub rows: Vec<Vec<Cell<'a>>>,
}

/// A column: its stable name and the kind of its cells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    /// The name in the header row, e.g. `planned_cost_eur`.
    pub name: &'static str,
    /// What its cells hold.
    pub kind: ColumnKind,
}

impl Column {
    /// A column.
    pub const fn new(name: &'static str, kind: ColumnKind) -> Self {
        Column { name, kind }
    }
}

/// What the cells of a column hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ColumnKind {
    /// Text.
    Text,
    /// A whole number.
    Integer,
    /// Money, exact in cents, shown in euros.
    Cents,
    /// A day.
    Date,
    /// A month.
    YearMonth,
    /// A decimal number kept exactly as written.
    Decimal,
    /// A percentage from 0 to 100 (the number of percent, not a fraction).
    Percent,
    /// A list of texts.
    List,
}

/// One cell. [`Cell::Empty`] stands for an absent value in any column.
/// Texts are borrowed or owned ([`Cow`]).
#[derive(Debug, Clone, PartialEq)]
pub enum Cell<'a> {
    /// No value.
    Empty,
    /// Text.
    Text(Cow<'a, str>),
    /// A whole number.
    Integer(i64),
    /// Money.
    Cents(Cents),
    /// A day.
    Date(Date),
    /// A month.
    YearMonth(YearMonth),
    /// A decimal number.
    Decimal(Decimal),
    /// A percentage (0–100).
    Percent(Decimal),
    /// A list of texts.
    List(Vec<Cow<'a, str>>),
}

impl<'a> Cell<'a> {
    /// A text cell borrowing `s`, or [`Cell::Empty`] for `None`.
    pub fn text(s: Option<&'a str>) -> Cell<'a> {
        s.map_or(Cell::Empty, |s| Cell::Text(Cow::Borrowed(s)))
    }

    /// A text cell owning `s`.
    pub fn owned(s: String) -> Cell<'static> {
        Cell::Text(Cow::Owned(s))
    }

    /// A list cell borrowing its items.
    pub fn list<I: IntoIterator<Item = &'a str>>(items: I) -> Cell<'a> {
        Cell::List(items.into_iter().map(Cow::Borrowed).collect())
    }

    /// The same cell owning its texts.
    pub fn into_owned(self) -> Cell<'static> {
        match self {
            Cell::Empty => Cell::Empty,
            Cell::Text(s) => Cell::Text(Cow::Owned(s.into_owned())),
            Cell::Integer(i) => Cell::Integer(i),
            Cell::Cents(c) => Cell::Cents(c),
            Cell::Date(d) => Cell::Date(d),
            Cell::YearMonth(m) => Cell::YearMonth(m),
            Cell::Decimal(d) => Cell::Decimal(d),
            Cell::Percent(d) => Cell::Percent(d),
            Cell::List(items) => Cell::List(
                items
                    .into_iter()
                    .map(|i| Cow::Owned(i.into_owned()))
                    .collect(),
            ),
        }
    }
}

impl Table<'_> {
    /// An empty table with these columns.
    pub fn new(name: &'static str, columns: &[Column]) -> Self {
        Table {
            name,
            columns: columns.to_vec(),
            rows: Vec::new(),
        }
    }

    /// The index of the column named `name`.
    pub fn column(&self, name: &str) -> Option<usize> {
        self.columns.iter().position(|c| c.name == name)
    }

    /// The same table owning its texts, free of what it was built from.
    pub fn into_owned(self) -> Table<'static> {
        Table {
            name: self.name,
            columns: self.columns,
            rows: self
                .rows
                .into_iter()
                .map(|r| r.into_iter().map(Cell::into_owned).collect())
                .collect(),
        }
    }
}

/// The names of the tables the builders make, in the order of a workbook.
pub const TABLES: [&str; 8] = [
    "steps",
    "goals",
    "indicators",
    "log",
    "state",
    "rollup",
    "budget",
    "coverage",
];

/// Every table of a concept, in the order of [`TABLES`]: `log` from
/// `log_entries` (the concept's own log or a log file's entries), the
/// evaluation ([`crate::eval`]) as of `as_of` from them, the roll-up by
/// `method`. What `benn export --format xlsx` writes as a workbook.
pub fn all<'a>(
    concept: &'a crate::Concept,
    log_entries: &'a [crate::LogEntry],
    as_of: crate::Date,
    method: crate::eval::Method,
) -> Vec<Table<'a>> {
    let day = crate::eval::state(concept, log_entries, as_of);
    vec![
        steps(concept),
        goals(concept),
        indicators(concept),
        log(log_entries),
        state(concept, &day).into_owned(),
        rollup(&crate::eval::rollup(concept, &day, method)).into_owned(),
        budget(concept, &crate::eval::budget::report_on(concept, &day)).into_owned(),
        coverage(&crate::eval::coverage(concept)).into_owned(),
    ]
}

/// The table `name` (one of [`TABLES`]) of a concept and its log entries
/// (the concept's own and a log file's, in that order): what the bindings
/// offer by name. `state`, `rollup` and `budget` need `as_of`; `rollup` is
/// made by `method`. Tables of an evaluation own their texts, the others
/// borrow them from `concept` and `entries`.
///
/// ```
/// use benn_core::{eval::Method, read, table};
/// let concept = read(&std::fs::read("../examples/allende-viertel-2025.json").unwrap()).unwrap();
/// let t = table::named("steps", &concept, &concept.log, None, Method::Mean).unwrap();
/// assert_eq!(t.rows.len(), concept.steps().count());
/// let e = table::named("budget", &concept, &concept.log, None, Method::Mean).unwrap_err();
/// assert_eq!(e.code(), "table.as_of");
/// ```
pub fn named<'a, I>(
    name: &str,
    concept: &'a crate::Concept,
    entries: I,
    as_of: Option<crate::Date>,
    method: crate::eval::Method,
) -> Result<Table<'a>, TableError>
where
    I: IntoIterator<Item = &'a crate::LogEntry>,
    I::IntoIter: Clone,
{
    use crate::eval;
    let day = || {
        as_of.ok_or_else(|| TableError::AsOf {
            name: name.to_owned(),
        })
    };
    Ok(match name {
        "steps" => steps(concept),
        "goals" => goals(concept),
        "indicators" => indicators(concept),
        "log" => log(entries),
        "state" => state(concept, &eval::state(concept, entries, day()?)).into_owned(),
        "rollup" => {
            let s = eval::state(concept, entries, day()?);
            rollup(&eval::rollup(concept, &s, method)).into_owned()
        }
        "budget" => budget(concept, &eval::budget::report(concept, entries, day()?)).into_owned(),
        "coverage" => coverage(&eval::coverage(concept)).into_owned(),
        _ => {
            return Err(TableError::Unknown {
                name: name.to_owned(),
            })
        }
    })
}

/// Errors of the writers and of [`named`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum TableError {
    /// [`named`] was asked for a table that does not exist.
    #[error("[table.unknown] no table `{name}` (possible: {})", TABLES.join(", "))]
    Unknown {
        /// The name asked for.
        name: String,
    },
    /// [`named`] was asked for a table of a day without the day.
    #[error("[table.as_of] the table `{name}` needs the day (as_of)")]
    AsOf {
        /// The table.
        name: String,
    },
    /// The CSV writer failed (it cannot when writing to memory).
    #[error("[table.csv] the CSV could not be written: {reason}")]
    Csv {
        /// What failed.
        reason: String,
    },
    /// The XLSX writer refused the table (e.g. a text over 32 767 characters,
    /// more than 1 048 576 rows).
    #[error("[table.xlsx] the workbook could not be written: {reason}")]
    Xlsx {
        /// What failed.
        reason: String,
    },
}

impl TableError {
    /// The stable code of the error.
    pub fn code(&self) -> &'static str {
        match self {
            TableError::Csv { .. } => "table.csv",
            TableError::Xlsx { .. } => "table.xlsx",
            TableError::Unknown { .. } => "table.unknown",
            TableError::AsOf { .. } => "table.as_of",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::Method;

    #[test]
    fn every_table_has_its_name() {
        let c = crate::read(include_bytes!(
            "../../../examples/allende-viertel-2025.json"
        ))
        .unwrap();
        let end = crate::ApproxDate::from(c.period.end).last_day();
        let day = Some(end);
        let all = all(&c, &c.log, end, Method::Cost);
        for (name, whole) in TABLES.iter().zip(&all) {
            let t = named(name, &c, &c.log, day, Method::Cost).unwrap();
            assert_eq!(&t, whole, "{name}");
        }
        let e = named("stpes", &c, &c.log, day, Method::Mean).unwrap_err();
        assert_eq!(e.code(), "table.unknown");
        assert!(e.to_string().contains("steps, goals"), "{e}");
        let e = named("state", &c, &c.log, None, Method::Mean).unwrap_err();
        assert_eq!(e.code(), "table.as_of");
    }
}
