//! A minimal XLSX (Office Open XML) writer for [`super::xlsx::write`].
//!
//! Only what benn's tables need: worksheets of text, number and date cells
//! in row order, seven fixed cell styles (bold header, euro amount, date,
//! month, percent, wrapped text), column widths and a frozen first row.
//! Texts are inline strings (`t="inlineStr"`, never formulas); the parts are
//! stored uncompressed in a ZIP archive with fixed timestamps, so the same
//! tables always give the same bytes. A general writer (`rust_xlsxwriter`
//! with its ZIP and deflate code) more than doubled the wasm module.

use std::fmt::Write as _;

use super::TableError;

/// The cell styles of `styles.xml`, by their index in `cellXfs`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Style {
    /// No style.
    Plain = 0,
    /// Bold (the header row).
    Header = 1,
    /// `#,##0.00 "€"`.
    Money = 2,
    /// `yyyy-mm-dd`.
    Date = 3,
    /// `yyyy-mm`.
    Month = 4,
    /// `General" %"`.
    Percent = 5,
    /// Wrapped text (lists, one item per line).
    Wrap = 6,
}

/// Excel's limits: rows, columns and characters in a cell.
const MAX_ROW: u32 = 1_048_576;
const MAX_COL: u16 = 16_384;
const MAX_TEXT: usize = 32_767;

fn error(reason: impl Into<String>) -> TableError {
    TableError::Xlsx {
        reason: reason.into(),
    }
}

/// One worksheet, written cell by cell in row order.
#[derive(Debug)]
pub(crate) struct Sheet {
    name: String,
    data: String,
    row: Option<u32>,
    col: Option<u16>,
    widths: Vec<f64>,
}

impl Sheet {
    /// An empty sheet named `name`.
    pub(crate) fn new(name: &str) -> Self {
        Self {
            name: name.to_owned(),
            data: String::new(),
            row: None,
            col: None,
            widths: Vec::new(),
        }
    }

    /// Opens cell (`row`, `col`), zero-based; cells come in row order and,
    /// within a row, in column order.
    fn open(&mut self, row: u32, col: u16, style: Style, kind: &str) -> Result<(), TableError> {
        if row >= MAX_ROW || col >= MAX_COL {
            return Err(error(format!(
                "row {row} or column {col} is beyond Excel's limits (1048576 x 16384)"
            )));
        }
        match self.row {
            Some(r) if r == row => {
                if self.col.is_some_and(|c| c >= col) {
                    return Err(error("cells must be written in order"));
                }
            }
            Some(r) if r > row => return Err(error("rows must be written in order")),
            _ => {
                if self.row.is_some() {
                    self.data.push_str("</row>");
                }
                let _ = write!(self.data, "<row r=\"{}\">", row + 1);
                self.row = Some(row);
            }
        }
        self.col = Some(col);
        self.data.push_str("<c r=\"");
        column_name(&mut self.data, col);
        let _ = write!(self.data, "{}\"", row + 1);
        if style != Style::Plain {
            let _ = write!(self.data, " s=\"{}\"", style as u8);
        }
        self.data.push_str(kind);
        self.data.push('>');
        Ok(())
    }

    /// A text cell (an inline string, never a formula).
    pub(crate) fn text(
        &mut self,
        row: u32,
        col: u16,
        text: &str,
        style: Style,
    ) -> Result<(), TableError> {
        if text.chars().count() > MAX_TEXT {
            return Err(error("a text is longer than Excel's 32767 characters"));
        }
        self.open(row, col, style, " t=\"inlineStr\"")?;
        self.data.push_str("<is><t xml:space=\"preserve\">");
        escape(&mut self.data, text, true);
        self.data.push_str("</t></is></c>");
        Ok(())
    }

    /// A number cell.
    pub(crate) fn number(
        &mut self,
        row: u32,
        col: u16,
        x: f64,
        style: Style,
    ) -> Result<(), TableError> {
        if x.is_finite() {
            self.open(row, col, style, "")?;
            let _ = write!(self.data, "<v>{x}</v></c>");
        } else {
            self.open(row, col, style, " t=\"e\"")?;
            self.data.push_str("<v>#NUM!</v></c>");
        }
        Ok(())
    }

    /// A date cell: the day as Excel's serial number, shown by `style`.
    pub(crate) fn date(
        &mut self,
        row: u32,
        col: u16,
        (year, month, day): (u16, u8, u8),
        style: Style,
    ) -> Result<(), TableError> {
        #[allow(clippy::cast_precision_loss)] // a day count
        self.number(row, col, serial(year, month, day) as f64, style)
    }

    /// The width of column `col` in characters.
    pub(crate) fn width(&mut self, col: u16, chars: f64) {
        let i = usize::from(col);
        if self.widths.len() <= i {
            self.widths.resize(i + 1, 0.0);
        }
        if let Some(w) = self.widths.get_mut(i) {
            *w = chars;
        }
    }

    /// The worksheet part, with the first row frozen.
    fn xml(&self) -> String {
        let mut x = String::with_capacity(self.data.len() + 1024);
        x.push_str(HEAD);
        x.push_str("<worksheet xmlns=\"");
        x.push_str(MAIN);
        x.push_str("\" xmlns:r=\"");
        x.push_str(REL);
        x.push_str(
            "\"><sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" \
             activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\"/>\
             </sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>",
        );
        if !self.widths.is_empty() {
            x.push_str("<cols>");
            for (i, w) in (1..).zip(&self.widths) {
                if *w > 0.0 {
                    // Excel adds 5 pixels of padding to the characters' width (7 pixels each).
                    let _ = write!(
                        x,
                        "<col min=\"{i}\" max=\"{i}\" width=\"{}\" customWidth=\"1\"/>",
                        w + 0.710_937_5
                    );
                }
            }
            x.push_str("</cols>");
        }
        x.push_str("<sheetData>");
        x.push_str(&self.data);
        if self.row.is_some() {
            x.push_str("</row>");
        }
        x.push_str("</sheetData></worksheet>");
        x
    }
}

/// Days from Excel's day 0 (1899-12-30) to 1970-01-01.
pub(crate) const EXCEL_UNIX_DAYS: i64 = 25_569;

/// Excel's serial number of a day: days from its day 0 (1899-12-30).
fn serial(year: u16, month: u8, day: u8) -> i64 {
    crate::model::time::days_from_civil(year, month, day) + EXCEL_UNIX_DAYS
}

/// Appends the column's letters (0 → `A`, 26 → `AA`).
fn column_name(out: &mut String, col: u16) {
    let mut n = u32::from(col) + 1;
    let mut letters = [0u8; 3];
    let mut len = 0;
    while n > 0 && len < letters.len() {
        let rem = (n - 1) % 26;
        if let Some(l) = letters.get_mut(len) {
            // rem < 26
            *l = b'A' + u8::try_from(rem).unwrap_or(0);
        }
        len += 1;
        n = (n - 1) / 26;
    }
    for l in letters.iter().take(len).rev() {
        out.push(char::from(*l));
    }
}

/// Appends `s` escaped for XML text or attributes. In cell texts, control
/// characters (not allowed in XML) are written as Excel's `_xHHHH_`, and a
/// literal `_x` that would read as one is escaped as `_x005F_`.
fn escape(out: &mut String, s: &str, cell: bool) {
    for (i, c) in s.char_indices() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if cell && (c < ' ' || c == '\u{FFFE}' || c == '\u{FFFF}') => {
                let _ = write!(out, "_x{:04X}_", u32::from(c));
            }
            '_' if cell && escaped_literal(s.get(i..).unwrap_or("")) => out.push_str("_x005F_"),
            c if c < ' ' => {}
            c => out.push(c),
        }
    }
}

/// Whether `s` starts with `_xHHHH_`, which Excel would read as a character.
fn escaped_literal(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 7
        && b.get(1) == Some(&b'x')
        && b.get(2..6)
            .is_some_and(|h| h.iter().all(u8::is_ascii_hexdigit))
        && b.get(6) == Some(&b'_')
}

const HEAD: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
const MAIN: &str = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL: &str = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT: &str = "application/vnd.openxmlformats-";

const STYLES: &str = "<numFmts count=\"4\">\
<numFmt numFmtId=\"164\" formatCode=\"#,##0.00 &quot;€&quot;\"/>\
<numFmt numFmtId=\"165\" formatCode=\"yyyy-mm-dd\"/>\
<numFmt numFmtId=\"166\" formatCode=\"yyyy-mm\"/>\
<numFmt numFmtId=\"167\" formatCode=\"General&quot; %&quot;\"/></numFmts>\
<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>\
<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>\
<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>\
<fill><patternFill patternType=\"gray125\"/></fill></fills>\
<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>\
<cellXfs count=\"7\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>\
<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>\
<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>\
<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>\
<xf numFmtId=\"166\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>\
<xf numFmtId=\"167\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>\
<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\">\
<alignment wrapText=\"1\"/></xf></cellXfs>\
<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>\
</styleSheet>";

/// The workbook of `sheets` as the bytes of an `.xlsx` file.
pub(crate) fn workbook(sheets: &[Sheet]) -> Result<Vec<u8>, TableError> {
    let mut types = format!(
        "{HEAD}<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
         <Default Extension=\"rels\" ContentType=\"{CT}package.relationships+xml\"/>\
         <Default Extension=\"xml\" ContentType=\"application/xml\"/>\
         <Override PartName=\"/xl/workbook.xml\" ContentType=\"{CT}officedocument.spreadsheetml.sheet.main+xml\"/>\
         <Override PartName=\"/xl/styles.xml\" ContentType=\"{CT}officedocument.spreadsheetml.styles+xml\"/>"
    );
    let mut book = format!("{HEAD}<workbook xmlns=\"{MAIN}\" xmlns:r=\"{REL}\"><sheets>");
    let mut rels = format!("{HEAD}<Relationships xmlns=\"{PKG_REL}\">");
    let mut parts: Vec<(String, String)> = Vec::with_capacity(sheets.len() + 5);
    for (i, sheet) in (1..).zip(sheets) {
        let _ = write!(
            types,
            "<Override PartName=\"/xl/worksheets/sheet{i}.xml\" \
             ContentType=\"{CT}officedocument.spreadsheetml.worksheet+xml\"/>"
        );
        book.push_str("<sheet name=\"");
        escape(&mut book, &sheet.name, false);
        let _ = write!(book, "\" sheetId=\"{i}\" r:id=\"rId{i}\"/>");
        let _ = write!(
            rels,
            "<Relationship Id=\"rId{i}\" Type=\"{REL}/worksheet\" Target=\"worksheets/sheet{i}.xml\"/>"
        );
        parts.push((format!("xl/worksheets/sheet{i}.xml"), sheet.xml()));
    }
    types.push_str("</Types>");
    book.push_str("</sheets></workbook>");
    let _ = write!(
        rels,
        "<Relationship Id=\"rId{}\" Type=\"{REL}/styles\" Target=\"styles.xml\"/></Relationships>",
        sheets.len() + 1
    );
    let root = format!(
        "{HEAD}<Relationships xmlns=\"{PKG_REL}\"><Relationship Id=\"rId1\" \
         Type=\"{REL}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"
    );
    let styles = format!("{HEAD}<styleSheet xmlns=\"{MAIN}\">{STYLES}");
    let head = [
        ("[Content_Types].xml".to_owned(), types),
        ("_rels/.rels".to_owned(), root),
        ("xl/workbook.xml".to_owned(), book),
        ("xl/_rels/workbook.xml.rels".to_owned(), rels),
        ("xl/styles.xml".to_owned(), styles),
    ];
    zip(head.iter().chain(&parts))
}

/// A ZIP archive of the files, stored (not compressed).
fn zip<'a>(files: impl Iterator<Item = &'a (String, String)>) -> Result<Vec<u8>, TableError> {
    let too_big = || error("the workbook is larger than 4 GiB");
    let mut out = Vec::new();
    let mut central = Vec::new();
    let mut count: u16 = 0;
    for (name, text) in files {
        let data = text.as_bytes();
        let crc = crc32(data);
        let size = u32::try_from(data.len()).map_err(|_| too_big())?;
        let offset = u32::try_from(out.len()).map_err(|_| too_big())?;
        let name_len = u16::try_from(name.len()).map_err(|_| too_big())?;
        // Version 2.0, no flags, stored, 1980-01-01 00:00.
        let common = |v: &mut Vec<u8>| {
            for x in [20u16, 0, 0, 0, 0x21] {
                v.extend_from_slice(&x.to_le_bytes());
            }
            for x in [crc, size, size] {
                v.extend_from_slice(&x.to_le_bytes());
            }
            v.extend_from_slice(&name_len.to_le_bytes());
            v.extend_from_slice(&0u16.to_le_bytes());
        };
        out.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
        common(&mut out);
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(data);
        central.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
        central.extend_from_slice(&20u16.to_le_bytes());
        common(&mut central);
        // Comment length, disk, internal and external attributes, offset.
        central.extend_from_slice(&[0; 10]);
        central.extend_from_slice(&offset.to_le_bytes());
        central.extend_from_slice(name.as_bytes());
        count = count.checked_add(1).ok_or_else(too_big)?;
    }
    let start = u32::try_from(out.len()).map_err(|_| too_big())?;
    let len = u32::try_from(central.len()).map_err(|_| too_big())?;
    out.extend_from_slice(&central);
    out.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
    out.extend_from_slice(&[0; 4]);
    out.extend_from_slice(&count.to_le_bytes());
    out.extend_from_slice(&count.to_le_bytes());
    out.extend_from_slice(&len.to_le_bytes());
    out.extend_from_slice(&start.to_le_bytes());
    out.extend_from_slice(&[0; 2]);
    u32::try_from(out.len()).map_err(|_| too_big())?;
    Ok(out)
}

/// The CRC-32 (IEEE) table, built at compile time.
#[allow(clippy::indexing_slicing)] // evaluated by the compiler: a bad index fails the build
const CRC_TABLE: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        #[allow(clippy::cast_possible_truncation)] // i < 256
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 == 1 {
                0xEDB8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
            k += 1;
        }
        table[i] = c;
        i += 1;
    }
    table
};

fn crc32(data: &[u8]) -> u32 {
    !data.iter().fold(!0u32, |c, b| {
        let i = usize::from(u8::try_from((c ^ u32::from(*b)) & 0xFF).unwrap_or(0));
        CRC_TABLE.get(i).copied().unwrap_or(0) ^ (c >> 8)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_of_known_texts() {
        assert_eq!(crc32(b""), 0);
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    }

    #[test]
    fn columns_are_named_like_excel() {
        let name = |c| {
            let mut s = String::new();
            column_name(&mut s, c);
            s
        };
        assert_eq!(name(0), "A");
        assert_eq!(name(25), "Z");
        assert_eq!(name(26), "AA");
        assert_eq!(name(701), "ZZ");
        assert_eq!(name(702), "AAA");
        assert_eq!(name(16_383), "XFD");
    }

    #[test]
    fn serial_days_match_excel() {
        assert_eq!(serial(1900, 3, 1), 61);
        assert_eq!(serial(1970, 1, 1), 25_569);
        assert_eq!(serial(2024, 6, 30), 45_473);
    }

    #[test]
    fn texts_are_escaped() {
        let mut s = String::new();
        escape(&mut s, "a<b & \"c\"\u{1}_x0041_ _x", true);
        assert_eq!(s, "a&lt;b &amp; &quot;c&quot;_x0001__x005F_x0041_ _x");
    }

    #[test]
    fn cells_out_of_order_are_refused() {
        let mut sheet = Sheet::new("t");
        sheet.number(1, 1, 1.0, Style::Plain).unwrap();
        assert!(sheet.number(1, 0, 1.0, Style::Plain).is_err());
        assert!(sheet.number(0, 5, 1.0, Style::Plain).is_err());
        assert!(sheet.number(MAX_ROW, 0, 1.0, Style::Plain).is_err());
        sheet.number(2, 0, f64::NAN, Style::Plain).unwrap();
        assert!(sheet
            .xml()
            .contains("<c r=\"A3\" t=\"e\"><v>#NUM!</v></c></row>"));
    }
}
