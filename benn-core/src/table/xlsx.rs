//! XLSX workbooks (feature `xlsx`): written with `rust_xlsxwriter`, read with
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
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, Worksheet, XlsxError};

use super::import::{Grid, ImportError};
use super::text::{list_to_text, Dialect};
use super::{Cell, ColumnKind, Table, TableError};

const MIN_WIDTH: usize = 8;
const MAX_WIDTH: usize = 60;

fn error(e: &XlsxError) -> TableError {
    TableError::Xlsx {
        reason: e.to_string(),
    }
}

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
    let mut workbook = Workbook::new();
    for table in tables {
        let sheet = workbook.add_worksheet();
        write_sheet(sheet, table).map_err(|e| error(&e))?;
    }
    workbook.save_to_buffer().map_err(|e| error(&e))
}

struct Formats {
    header: Format,
    money: Format,
    date: Format,
    month: Format,
    percent: Format,
    wrap: Format,
}

fn write_sheet(sheet: &mut Worksheet, table: &Table) -> Result<(), XlsxError> {
    let f = Formats {
        header: Format::new().set_bold(),
        money: Format::new().set_num_format("#,##0.00 \"€\""),
        date: Format::new().set_num_format("yyyy-mm-dd"),
        month: Format::new().set_num_format("yyyy-mm"),
        percent: Format::new().set_num_format("General\" %\""),
        wrap: Format::new().set_text_wrap(),
    };
    sheet.set_name(table.name)?;
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
        sheet.write_string_with_format(0, col, h, &f.header)?;
    }
    for (r, row) in (1u32..).zip(&table.rows) {
        let mut col: u16 = 0;
        for (column, cell) in table.columns.iter().zip(row) {
            let width = write_cell(sheet, r, col, cell, &f)?;
            bump(&mut widths, col, width);
            col += 1;
            if column.kind == ColumnKind::Cents {
                if let Cell::Cents(c) = cell {
                    #[allow(clippy::cast_precision_loss)] // exact below 2^53 cents
                    sheet.write_number(r, col, c.get() as f64)?;
                    bump(&mut widths, col, c.get().to_string().len());
                }
                col += 1;
            }
        }
    }
    for (col, w) in (0u16..).zip(&widths) {
        #[allow(clippy::cast_precision_loss)] // at most MAX_WIDTH
        sheet.set_column_width(col, (*w).clamp(MIN_WIDTH, MAX_WIDTH) as f64)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    Ok(())
}

fn bump(widths: &mut [usize], col: u16, width: usize) {
    if let Some(w) = widths.get_mut(usize::from(col)) {
        *w = (*w).max(width + 2);
    }
}

/// Writes one cell; returns the width it needs in characters.
fn write_cell(
    sheet: &mut Worksheet,
    r: u32,
    col: u16,
    cell: &Cell,
    f: &Formats,
) -> Result<usize, XlsxError> {
    Ok(match cell {
        Cell::Empty => 0,
        Cell::Text(s) => {
            sheet.write_string(r, col, s.as_ref())?;
            s.chars().count()
        }
        #[allow(clippy::cast_precision_loss)] // counts and years
        Cell::Integer(i) => {
            sheet.write_number(r, col, *i as f64)?;
            i.to_string().len()
        }
        Cell::Cents(c) => {
            #[allow(clippy::cast_precision_loss)] // exact below 2^53 cents
            let euros = c.get() as f64 / 100.0;
            sheet.write_number_with_format(r, col, euros, &f.money)?;
            super::text::euros(*c, false).len() + 4
        }
        Cell::Date(d) => {
            let dt = ExcelDateTime::from_ymd(d.year(), d.month(), d.day())?;
            sheet.write_datetime_with_format(r, col, dt, &f.date)?;
            10
        }
        Cell::YearMonth(m) => {
            let dt = ExcelDateTime::from_ymd(m.year(), m.month(), 1)?;
            sheet.write_datetime_with_format(r, col, dt, &f.month)?;
            8
        }
        Cell::Decimal(d) => {
            sheet.write_number(r, col, d.value())?;
            d.as_str().len()
        }
        Cell::Percent(d) => {
            sheet.write_number_with_format(r, col, d.value(), &f.percent)?;
            d.as_str().len() + 2
        }
        Cell::List(items) => {
            if !items.is_empty() {
                sheet.write_string_with_format(r, col, list_to_text(items), &f.wrap)?;
            }
            items.iter().map(|i| i.chars().count()).max().unwrap_or(0)
        }
    })
}

/// Days from Excel's day 0 (1899-12-30) to 1970-01-01.
const EXCEL_UNIX_DAYS: i64 = 25_569;

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
