//! CSV (feature `csv`): a header row of column names, then one row per
//! record, CRLF line ends (RFC 4180), quotes only where needed. Cells as in
//! the table of [`super`]; texts neutralised against formula injection.

use ::csv::ReaderBuilder;

use super::import::{Grid, ImportError};
use super::text::{cell_to_text, Dialect};
use super::{Table, TableError};

/// How to write a CSV file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CsvOptions {
    /// The German variant: `;` between cells and a decimal comma in amounts,
    /// decimals and percentages (what a spreadsheet set to German expects).
    pub german: bool,
    /// Start with a UTF-8 byte order mark, so that Excel reads the file as UTF-8.
    pub bom: bool,
}

/// The UTF-8 byte order mark.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Writes a table as CSV.
///
/// ```
/// use benn_core::table::{self, csv::{write, CsvOptions}};
/// let log = benn_core::read_log(&std::fs::read("../examples/weissensee-2023.log.json").unwrap()).unwrap();
/// let t = table::log(&log.entries);
/// let de = write(&t, CsvOptions { german: true, bom: true }).unwrap();
/// assert!(de.starts_with(b"\xEF\xBB\xBFid;date;kind;"));
/// ```
pub fn write(table: &Table, options: CsvOptions) -> Result<Vec<u8>, TableError> {
    let dialect = Dialect {
        decimal_comma: options.german,
        neutralised: true,
    };
    let delimiter = if options.german { b';' } else { b',' };
    let mut out = Vec::with_capacity(64 * (table.rows.len() + 1));
    if options.bom {
        out.extend_from_slice(BOM);
    }
    let columns = table.columns.len();
    record(&mut out, delimiter, table.columns.iter().map(|c| c.name));
    for row in &table.rows {
        if row.len() != columns {
            return Err(TableError::Csv {
                reason: format!(
                    "CSV error: found record with {} fields, but the previous record has {columns} fields",
                    row.len()
                ),
            });
        }
        record(
            &mut out,
            delimiter,
            row.iter().map(|c| cell_to_text(c, dialect)),
        );
    }
    Ok(out)
}

/// One record, written as the `csv` crate writes it with `QuoteStyle::Necessary`
/// and CRLF (its writer brings in `f64` parsing for a quoting style not used
/// here, a 20 KB table in the wasm build): a field with the delimiter, a quote
/// or a line break is quoted with its quotes doubled, and a record with no
/// bytes at all (one empty field) is written as `""`.
fn record<S: AsRef<str>>(out: &mut Vec<u8>, delimiter: u8, fields: impl Iterator<Item = S>) {
    let start = out.len();
    for (i, field) in fields.enumerate() {
        if i > 0 {
            out.push(delimiter);
        }
        let bytes = field.as_ref().as_bytes();
        if bytes
            .iter()
            .any(|&b| b == delimiter || matches!(b, b'"' | b'\r' | b'\n'))
        {
            out.push(b'"');
            for &b in bytes {
                if b == b'"' {
                    out.push(b'"');
                }
                out.push(b);
            }
            out.push(b'"');
        } else {
            out.extend_from_slice(bytes);
        }
    }
    if out.len() == start {
        out.extend_from_slice(b"\"\"");
    }
    out.extend_from_slice(b"\r\n");
}

/// Reads CSV into a grid of cell texts. The separator is told from the
/// header line: `;` means the German variant with decimal commas. Rows with
/// no value at all are skipped (but counted).
pub(crate) fn grid(src: &[u8]) -> Result<Grid, ImportError> {
    let src = src.strip_prefix(BOM).unwrap_or(src);
    let first_line = src.split(|b| *b == b'\n').next().unwrap_or_default();
    let german = first_line.contains(&b';');
    let mut reader = ReaderBuilder::new()
        .delimiter(if german { b';' } else { b',' })
        .has_headers(false)
        .flexible(true)
        .from_reader(src);
    let mut grid = Grid {
        dialect: Dialect {
            decimal_comma: german,
            neutralised: true,
        },
        ..Grid::default()
    };
    // Rows are counted as a spreadsheet shows them: a blank line (which the
    // reader skips) is an empty row, a cell with line breaks stays one row.
    let mut row = 0usize;
    let mut next_line = 1u64;
    let mut first = true;
    for record in reader.records() {
        let record = record.map_err(|e| ImportError::Read {
            reason: format!("row {}: {e}", row + 1),
        })?;
        let start = record.position().map_or(next_line, ::csv::Position::line);
        row += usize::try_from(start.saturating_sub(next_line)).unwrap_or(0) + 1;
        let breaks: usize = record.iter().map(|f| f.matches('\n').count()).sum();
        next_line = start + 1 + u64::try_from(breaks).unwrap_or(0);
        let cells: Vec<String> = record.iter().map(str::to_owned).collect();
        if first {
            grid.header = cells.into_iter().map(|c| (row, c)).collect();
            first = false;
        } else if cells.iter().any(|c| !c.is_empty()) {
            grid.rows.push((row, cells));
        }
    }
    Ok(grid)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::table::{Cell, Column, ColumnKind};

    /// The records the `csv` crate writes with the options `write` had before.
    fn by_the_crate(records: &[Vec<&str>], delimiter: u8) -> Vec<u8> {
        let mut w = ::csv::WriterBuilder::new()
            .delimiter(delimiter)
            .terminator(::csv::Terminator::CRLF)
            .quote_style(::csv::QuoteStyle::Necessary)
            .flexible(true)
            .from_writer(Vec::new());
        for r in records {
            w.write_record(r).unwrap();
        }
        w.into_inner().unwrap()
    }

    #[test]
    fn records_as_the_csv_crate_writes_them() {
        let records: Vec<Vec<&str>> = vec![
            vec!["a", "b", "c"],
            vec!["", "", ""],
            vec![""],
            vec![],
            vec!["x,y", "say \"hi\"", "semi;colon"],
            vec!["line\nbreak", "cr\rhere", " spaced ", "#hash", "tab\there"],
            vec!["\"", "\"\"", "ünïcödé €", "1.5", "-0", "1e400"],
        ];
        for delimiter in [b',', b';'] {
            let mut mine = Vec::new();
            for r in &records {
                record(&mut mine, delimiter, r.iter());
            }
            assert_eq!(
                String::from_utf8(mine).unwrap(),
                String::from_utf8(by_the_crate(&records, delimiter)).unwrap()
            );
        }
    }

    #[test]
    fn rows_of_another_length_are_an_error() {
        let table = Table {
            name: "t",
            columns: vec![
                Column {
                    name: "a",
                    kind: ColumnKind::Text,
                },
                Column {
                    name: "b",
                    kind: ColumnKind::Text,
                },
            ],
            rows: vec![vec![Cell::Empty]],
        };
        let Err(TableError::Csv { reason }) = write(&table, CsvOptions::default()) else {
            panic!("a short row is an error");
        };
        assert_eq!(
            reason,
            "CSV error: found record with 1 fields, but the previous record has 2 fields"
        );
    }
}
