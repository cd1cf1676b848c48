//! The `log` table: tracking entries out ([`log`]) and back in
//! ([`entry_from_row`], used by [`super::import`]).

use std::collections::HashMap;

use crate::model::{Cents, Date, EntryKind, Id, IndicatorValue, LogEntry, StepStatus};

use super::build::{format_name, value_cells};
use super::import::{Expected, ImportError};
use super::text::{list_from_text, parse_decimal, parse_euros, unneutralise, Dialect};
use super::{Cell, Column, ColumnKind as K, Table};

/// The columns of [`log`], which are also the columns an import reads.
pub const LOG_COLUMNS: [Column; 19] = [
    Column::new("id", K::Text),
    Column::new("date", K::Date),
    Column::new("kind", K::Text),
    Column::new("step", K::Text),
    Column::new("goal", K::Text),
    Column::new("indicator", K::Text),
    Column::new("body", K::Text),
    Column::new("status", K::Text),
    Column::new("progress_percent", K::Percent),
    Column::new("spent_eur", K::Cents),
    Column::new("budget_year", K::Integer),
    Column::new("value", K::Decimal),
    Column::new("value_text", K::Text),
    Column::new("unit", K::Text),
    Column::new("participants", K::Integer),
    Column::new("note", K::Text),
    Column::new("evidence", K::List),
    Column::new("recorded_by", K::Text),
    Column::new("corrects", K::Text),
];

/// The exact-cents column an XLSX workbook adds beside `spent_eur`; the
/// import reads it too (and wins over `spent_eur` when both are given and agree).
pub(crate) const SPENT_CENTS: &str = "spent_cents";

/// Columns an import cannot do without.
pub(crate) const REQUIRED: [&str; 3] = ["id", "date", "kind"];

/// One row per tracking entry (*Eintrag*), in the given order; the fields of
/// [`LogEntry`] one to one.
///
/// | column | kind | what |
/// |---|---|---|
/// | `id` | text | the entry's id (required on import) |
/// | `date` | date | the day it happened (required) |
/// | `kind` | text | `status`, `progress`, `spending`, `measurement`, `meeting` or `note` (required) |
/// | `step`, `goal`, `indicator`, `body` | text | the id of what the entry is about |
/// | `status` | text | a step's new status: `planned`, `in_progress`, `done`, `postponed`, `dropped` |
/// | `progress_percent` | percent | progress, 0 to 100, as written |
/// | `spent_eur` | money | money spent, in euros with two decimals (XLSX adds `spent_cents`) |
/// | `budget_year` | integer | the year the money counts for |
/// | `value` | decimal | a measured number |
/// | `value_text` | text | a measured value in words (qualitative indicators) |
/// | `unit` | text | the unit of the value |
/// | `participants` | integer | people at a meeting |
/// | `note` | text | a note |
/// | `evidence` | list | links to evidence, one per line |
/// | `recorded_by` | text | who recorded it |
/// | `corrects` | text | the id of the entry this one corrects |
///
/// ```
/// let log = benn_core::read_log(&std::fs::read("../examples/weissensee-2023.log.json").unwrap()).unwrap();
/// let t = benn_core::table::log(&log.entries);
/// assert_eq!((t.name, t.rows.len()), ("log", log.entries.len()));
/// ```
pub fn log<'a, I: IntoIterator<Item = &'a LogEntry>>(entries: I) -> Table<'a> {
    let mut t = Table::new("log", &LOG_COLUMNS);
    for e in entries {
        let opt_id = |i: &'a Option<Id>| Cell::text(i.as_ref().map(Id::as_str));
        let [value, value_text] = value_cells(e.value.as_ref());
        t.rows.push(vec![
            Cell::Text(e.id.as_str().into()),
            Cell::Date(e.date),
            Cell::Text(e.kind.as_str().into()),
            opt_id(&e.step),
            opt_id(&e.goal),
            opt_id(&e.indicator),
            opt_id(&e.body),
            e.status
                .map_or(Cell::Empty, |s| Cell::Text(s.as_str().into())),
            e.progress.clone().map_or(Cell::Empty, Cell::Percent),
            e.spent_cents.map_or(Cell::Empty, Cell::Cents),
            e.budget_year
                .map_or(Cell::Empty, |y| Cell::Integer(i64::from(y))),
            value,
            value_text,
            Cell::text(e.unit.as_deref()),
            e.participants
                .map_or(Cell::Empty, |p| Cell::Integer(i64::from(p))),
            Cell::text(e.note.as_deref()),
            Cell::list(e.evidence.iter().map(String::as_str)),
            Cell::text(e.recorded_by.as_deref()),
            opt_id(&e.corrects),
        ]);
    }
    t
}

const STATUSES: [StepStatus; 5] = [
    StepStatus::Planned,
    StepStatus::InProgress,
    StepStatus::Done,
    StepStatus::Postponed,
    StepStatus::Dropped,
];

/// One row of an import: the header's column positions and the row's cells.
pub(crate) struct RowReader<'a> {
    pub(crate) columns: &'a HashMap<&'static str, usize>,
    pub(crate) cells: &'a [String],
    pub(crate) row: usize,
    pub(crate) dialect: Dialect,
    pub(crate) errors: &'a mut Vec<ImportError>,
}

impl RowReader<'_> {
    /// The cell of `column` as written, neutralisation taken back for text;
    /// `None` when the column is absent or the cell empty.
    fn raw(&self, column: &'static str) -> Option<String> {
        let i = *self.columns.get(column)?;
        let s = self.cells.get(i)?;
        let text_kind = LOG_COLUMNS
            .iter()
            .find(|c| c.name == column)
            .is_some_and(|c| matches!(c.kind, K::Text | K::List));
        let s = if text_kind && self.dialect.neutralised {
            unneutralise(s)
        } else if text_kind {
            s.as_str()
        } else {
            s.trim()
        };
        (!s.is_empty()).then(|| s.to_owned())
    }

    fn invalid(&mut self, column: &'static str, value: String, expected: Expected) {
        self.errors.push(ImportError::Invalid {
            row: self.row,
            column: column.to_owned(),
            value,
            expected,
        });
    }

    fn parse<T>(
        &mut self,
        column: &'static str,
        expected: Expected,
        f: impl FnOnce(&str) -> Option<T>,
    ) -> Option<T> {
        let s = self.raw(column)?;
        let v = f(&s);
        if v.is_none() {
            self.invalid(column, s, expected);
        }
        v
    }

    fn required<T>(
        &mut self,
        column: &'static str,
        expected: Expected,
        f: impl FnOnce(&str) -> Option<T>,
    ) -> Option<T> {
        if self.raw(column).is_none() {
            self.errors.push(ImportError::Missing {
                row: self.row,
                column: column.to_owned(),
            });
            return None;
        }
        self.parse(column, expected, f)
    }

    fn id(&mut self, column: &'static str) -> Option<Id> {
        self.parse(column, Expected::Id, |s| Id::new(s).ok())
    }

    fn text(&mut self, column: &'static str) -> Option<String> {
        self.raw(column)
    }
}

/// Reads one row of the `log` table into an entry; every cell is checked and
/// every problem pushed to `r.errors`. `None` when any cell was wrong.
pub(crate) fn entry_from_row(r: &mut RowReader<'_>) -> Option<LogEntry> {
    let before = r.errors.len();
    let id = r.required("id", Expected::Id, |s| Id::new(s).ok());
    let date = r.required("date", Expected::Date, |s| s.parse::<Date>().ok());
    let kind = r.required("kind", Expected::Kind, |s| {
        EntryKind::ALL.into_iter().find(|k| k.as_str() == s)
    });
    let step = r.id("step");
    let goal = r.id("goal");
    let indicator = r.id("indicator");
    let body = r.id("body");
    let status = r.parse("status", Expected::Status, |s| {
        STATUSES.into_iter().find(|st| format_name(st) == s)
    });
    let progress = r.parse("progress_percent", Expected::Decimal, parse_decimal);
    let euros = r.parse("spent_eur", Expected::Euros, parse_euros);
    let cents = r.parse(SPENT_CENTS, Expected::Cents, |s| {
        s.parse::<i64>().ok().map(Cents::new)
    });
    let spent_cents = match (euros, cents) {
        // A spreadsheet's euro number is a double: beyond 2^50 cents (11
        // trillion euros) it may be off by a few cents, which is no disagreement.
        (Some(e), Some(c)) if e.get().abs_diff(c.get()) > c.get().unsigned_abs() >> 50 => {
            r.errors.push(ImportError::AmountsDiffer {
                row: r.row,
                euros: e,
                cents: c,
            });
            None
        }
        (e, c) => c.or(e),
    };
    let budget_year = r.parse("budget_year", Expected::Year, |s| s.parse::<u16>().ok());
    let number = r.parse("value", Expected::Decimal, parse_decimal);
    let words = r.text("value_text");
    let value = match (number, words) {
        (Some(_), Some(_)) => {
            r.errors.push(ImportError::ValueTwice { row: r.row });
            None
        }
        (Some(n), None) => Some(IndicatorValue::Number(n)),
        (None, w) => w.map(IndicatorValue::Text),
    };
    let unit = r.text("unit");
    let participants = r.parse("participants", Expected::Count, |s| s.parse::<u32>().ok());
    let note = r.text("note");
    let evidence = r
        .parse("evidence", Expected::List, list_from_text)
        .unwrap_or_default();
    let recorded_by = r.text("recorded_by");
    let corrects = r.id("corrects");
    if r.errors.len() > before {
        return None;
    }
    let mut e = LogEntry::new(id?, date?, kind?);
    e.step = step;
    e.goal = goal;
    e.indicator = indicator;
    e.body = body;
    e.status = status;
    e.progress = progress;
    e.spent_cents = spent_cents;
    e.budget_year = budget_year;
    e.value = value;
    e.unit = unit;
    e.participants = participants;
    e.note = note;
    e.evidence = evidence;
    e.recorded_by = recorded_by;
    e.corrects = corrects;
    Some(e)
}
