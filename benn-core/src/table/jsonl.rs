//! JSON Lines (`.jsonl`): one JSON object per row, keys = column names in
//! column order, `null` for an empty cell, a final newline after every row.
//! Amounts are numbers in euros with two decimals (`1234.50`), decimals and
//! percentages numbers exactly as written, lists arrays of strings, dates and
//! months strings. Texts are not neutralised (JSON holds no formulas).

use serde_json::value::RawValue;

use super::import::{Grid, ImportError};
use super::text::{cell_to_text, list_to_text, Dialect};
use super::{Cell, Table};

/// Writes a table as JSON Lines.
///
/// ```
/// let log = benn_core::read_log(&std::fs::read("../examples/weissensee-2023.log.json").unwrap()).unwrap();
/// let text = benn_core::table::jsonl::write(&benn_core::table::log(&log.entries));
/// assert!(text.lines().next().unwrap().starts_with(r#"{"id":"#));
/// assert_eq!(text.lines().count(), log.entries.len());
/// ```
pub fn write(table: &Table) -> String {
    let mut out = String::new();
    for row in &table.rows {
        out.push('{');
        for (i, (column, cell)) in table.columns.iter().zip(row).enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push_str(&string(column.name));
            out.push(':');
            out.push_str(&value(cell));
        }
        out.push_str("}\n");
    }
    out
}

fn string(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

fn value(cell: &Cell) -> String {
    let plain = Dialect::default();
    match cell {
        Cell::Empty => "null".to_owned(),
        Cell::Text(s) => string(s),
        Cell::Date(_) | Cell::YearMonth(_) => string(&cell_to_text(cell, plain)),
        Cell::Integer(_) | Cell::Cents(_) | Cell::Decimal(_) | Cell::Percent(_) => {
            cell_to_text(cell, plain)
        }
        Cell::List(items) => serde_json::to_string(items).unwrap_or_default(),
    }
}

/// Reads JSON Lines into a grid of cell texts (blank lines are skipped).
pub(crate) fn grid(src: &[u8]) -> Result<Grid, ImportError> {
    let text = std::str::from_utf8(src).map_err(|e| ImportError::Read {
        reason: format!("not UTF-8: {e}"),
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut grid = Grid::default();
    for (i, line) in text.lines().enumerate() {
        let row = i + 1;
        if line.trim().is_empty() {
            continue;
        }
        let object = raw_object(line).map_err(|e| read_error(row, &e))?;
        let mut cells = vec![String::new(); grid.header.len()];
        for (key, raw) in object {
            let at = if let Some(at) = grid.header.iter().position(|(_, k)| *k == key) {
                at
            } else {
                grid.header.push((row, key.clone()));
                cells.push(String::new());
                grid.header.len() - 1
            };
            let cell = cell_text(&raw).ok_or_else(|| ImportError::Read {
                reason: format!("line {row}, key `{key}`: an object or a non-string list item"),
            })?;
            if let Some(slot) = cells.get_mut(at) {
                *slot = cell;
            }
        }
        grid.rows.push((row, cells));
    }
    Ok(grid)
}

fn read_error(row: usize, e: &serde_json::Error) -> ImportError {
    ImportError::Read {
        reason: format!("line {row}: {e}"),
    }
}

/// The members of an object with their values as written.
fn raw_object(line: &str) -> Result<Vec<(String, Box<RawValue>)>, serde_json::Error> {
    let map: std::collections::BTreeMap<String, Box<RawValue>> = serde_json::from_str(line)?;
    Ok(map.into_iter().collect())
}

/// A JSON value as the text of a cell: numbers as written, strings decoded,
/// `null` empty, arrays of strings as a list cell.
fn cell_text(raw: &RawValue) -> Option<String> {
    let s = raw.get().trim();
    match s.as_bytes().first() {
        Some(b'"') => serde_json::from_str::<String>(s).ok(),
        Some(b'[') => serde_json::from_str::<Vec<String>>(s)
            .ok()
            .map(|items| list_to_text(&items)),
        Some(b'{') | None => None,
        _ if s == "null" => Some(String::new()),
        _ => Some(s.to_owned()),
    }
}
