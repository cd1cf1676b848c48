//! XLSX workbooks (feature `xlsx`): written by `table::ooxml` (in the crate), read with
//! `calamine`.
//!
//! One sheet per table, named like the table; a bold header row that stays
//! frozen when scrolling; column widths from the longest value (8 to 60
//! characters). Dates are real dates (`yyyy-mm-dd`; months are the first day
//! shown as `yyyy-mm`), amounts euro numbers shown as `#,##0.00 "€"` with a
//! column `…_cents` beside each (`spent_eur` → `spent_cents`) that keeps the
//! exact cents, decimals and percentages numbers, lists one item per line.
//! Texts are written as text cells (never formulas), so they need no
//! neutralising.

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};

use super::import::{Grid, ImportError};
use super::ooxml::{workbook, Sheet, Style, EXCEL_UNIX_DAYS};
use super::text::{list_to_text, Dialect};
use super::{Cell, ColumnKind, Table, TableError};

const MIN_WIDTH: usize = 8;
const MAX_WIDTH: usize = 60;

/// The name of the exact-cents column beside a money column.
pub(crate) fn cents_column(name: &str) -> String {
    format!("{}_cents", name.strip_suffix("_eur").unwrap_or(name))
}

/// Writes the tables as a workbook, one sheet each.
///
/// ```
/// let concept = benn_core::read(&std::fs::read("../examples/weissensee-2023.json").unwrap()).unwrap();
/// let day = "2024-06-30".parse().unwrap();
/// let tables = benn_core::table::all(&concept, &concept.log, day, benn_core::eval::Method::Mean);
/// let bytes = benn_core::table::xlsx::write(&tables).unwrap();
/// assert!(bytes.starts_with(b"PK"));
/// ```
pub fn write(tables: &[Table]) -> Result<Vec<u8>, TableError> {
    let sheets = tables
        .iter()
        .map(write_sheet)
        .collect::<Result<Vec<_>, _>>()?;
    workbook(&sheets)
}

fn write_sheet(table: &Table) -> Result<Sheet, TableError> {
    let mut sheet = Sheet::new(table.name);
    // The sheet's columns: each table column, and a cents column after each money column.
    let mut headers: Vec<String> = Vec::new();
    for c in &table.columns {
        headers.push(c.name.to_owned());
        if c.kind == ColumnKind::Cents {
            headers.push(cents_column(c.name));
        }
    }
    let mut widths: Vec<usize> = headers.iter().map(|h| h.chars().count() + 2).collect();
    for (col, h) in (0u16..).zip(&headers) {
        sheet.text(0, col, h, Style::Header)?;
    }
    for (r, row) in (1u32..).zip(&table.rows) {
        let mut col: u16 = 0;
        for (column, cell) in table.columns.iter().zip(row) {
            let width = write_cell(&mut sheet, r, col, cell)?;
            bump(&mut widths, col, width);
            col += 1;
            if column.kind == ColumnKind::Cents {
                if let Cell::Cents(c) = cell {
                    #[allow(clippy::cast_precision_loss)] // exact below 2^53 cents
                    sheet.number(r, col, c.get() as f64, Style::Plain)?;
                    bump(&mut widths, col, c.get().to_string().len());
                }
                col += 1;
            }
        }
    }
    for (col, w) in (0u16..).zip(&widths) {
        #[allow(clippy::cast_precision_loss)] // at most MAX_WIDTH
        sheet.width(col, (*w).clamp(MIN_WIDTH, MAX_WIDTH) as f64);
    }
    Ok(sheet)
}

fn bump(widths: &mut [usize], col: u16, width: usize) {
    if let Some(w) = widths.get_mut(usize::from(col)) {
        *w = (*w).max(width + 2);
    }
}

/// Writes one cell; returns the width it needs in characters.
fn write_cell(sheet: &mut Sheet, r: u32, col: u16, cell: &Cell) -> Result<usize, TableError> {
    Ok(match cell {
        Cell::Empty => 0,
        Cell::Text(s) => {
            sheet.text(r, col, s, Style::Plain)?;
            s.chars().count()
        }
        #[allow(clippy::cast_precision_loss)] // counts and years
        Cell::Integer(i) => {
            sheet.number(r, col, *i as f64, Style::Plain)?;
            i.to_string().len()
        }
        Cell::Cents(c) => {
            #[allow(clippy::cast_precision_loss)] // exact below 2^53 cents
            let euros = c.get() as f64 / 100.0;
            sheet.number(r, col, euros, Style::Money)?;
            super::text::euros(*c, false).len() + 4
        }
        Cell::Date(d) => {
            sheet.date(r, col, (d.year(), d.month(), d.day()), Style::Date)?;
            10
        }
        Cell::YearMonth(m) => {
            sheet.date(r, col, (m.year(), m.month(), 1), Style::Month)?;
            8
        }
        Cell::Decimal(d) => {
            sheet.number(r, col, d.value(), Style::Plain)?;
            d.as_str().len()
        }
        Cell::Percent(d) => {
            sheet.number(r, col, d.value(), Style::Percent)?;
            d.as_str().len() + 2
        }
        Cell::List(items) => {
            if !items.is_empty() {
                sheet.text(r, col, &list_to_text(items), Style::Wrap)?;
            }
            items.iter().map(|i| i.chars().count()).max().unwrap_or(0)
        }
    })
}

/// Reads the sheet `log` (else the first sheet) into a grid of cell texts.
pub(crate) fn grid(src: &[u8]) -> Result<Grid, ImportError> {
    let read = |e: &dyn std::fmt::Display| ImportError::Read {
        reason: e.to_string(),
    };
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(src)).map_err(|e| read(&e))?;
    let names = book.sheet_names();
    let name = names
        .iter()
        .find(|n| n.as_str() == "log")
        .or_else(|| names.first())
        .cloned()
        .ok_or_else(|| read(&"the workbook has no sheet"))?;
    let range = book.worksheet_range(&name).map_err(|e| read(&e))?;
    let (first_row, first_col) = range.start().unwrap_or((0, 0));
    let mut grid = Grid {
        dialect: Dialect::default(),
        ..Grid::default()
    };
    for (i, cells) in range.rows().enumerate() {
        let row = usize::try_from(first_row).unwrap_or(0) + i + 1;
        let lead = usize::try_from(first_col).unwrap_or(0);
        let mut texts = vec![String::new(); lead];
        for (j, cell) in cells.iter().enumerate() {
            texts.push(cell_text(cell).ok_or_else(|| {
                ImportError::Invalid {
                    row,
                    column: grid
                        .header
                        .get(lead + j)
                        .map_or_else(|| (lead + j + 1).to_string(), |(_, h)| h.clone()),
                    value: cell.to_string(),
                    expected: super::import::Expected::Decimal,
                }
            })?);
        }
        if grid.header.is_empty() {
            grid.header = texts.into_iter().map(|t| (row, t)).collect();
        } else if texts.iter().any(|t| !t.is_empty()) {
            grid.rows.push((row, texts));
        }
    }
    Ok(grid)
}

/// A cell as text: numbers in their shortest exact form, dates `YYYY-MM-DD`.
fn cell_text(cell: &Data) -> Option<String> {
    Some(match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(x) => number(*x),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(dt) => {
            #[allow(clippy::cast_possible_truncation)] // a day count
            let days = dt.as_f64().floor() as i64;
            crate::model::Date::from_unix_days(days - EXCEL_UNIX_DAYS)
                .ok()?
                .to_string()
        }
        Data::DateTimeIso(s) => s.get(..10).unwrap_or(s).to_owned(),
        Data::DurationIso(_) | Data::Error(_) => return None,
    })
}

/// A float as its shortest text that reads back exactly, without exponent.
fn number(x: f64) -> String {
    #[allow(clippy::cast_possible_truncation)] // checked whole and in range
    if x.fract() == 0.0 && x.abs() < 9_007_199_254_740_992.0 {
        (x as i64).to_string()
    } else {
        x.to_string()
    }
}
