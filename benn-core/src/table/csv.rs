//! CSV (feature `csv`): a header row of column names, then one row per
//! record, CRLF line ends (RFC 4180), quotes only where needed. Cells as in
//! the table of [`super`]; texts neutralised against formula injection.

use ::csv::{QuoteStyle, ReaderBuilder, Terminator, WriterBuilder};

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
    let mut out = Vec::with_capacity(64 * (table.rows.len() + 1));
    if options.bom {
        out.extend_from_slice(BOM);
    }
    let mut w = WriterBuilder::new()
        .delimiter(if options.german { b';' } else { b',' })
        .terminator(Terminator::CRLF)
        .quote_style(QuoteStyle::Necessary)
        .from_writer(out);
    let err = |e: &dyn std::fmt::Display| TableError::Csv {
        reason: e.to_string(),
    };
    w.write_record(table.columns.iter().map(|c| c.name))
        .map_err(|e| err(&e))?;
    for row in &table.rows {
        w.write_record(row.iter().map(|c| cell_to_text(c, dialect)))
            .map_err(|e| err(&e))?;
    }
    w.into_inner().map_err(|e| err(&e))
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
