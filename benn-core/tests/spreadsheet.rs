//! A real spreadsheet: LibreOffice Calc (headless) opens the exported CSV
//! (both variants) and XLSX of the Weißensee example, converts them, and the
//! values must arrive intact: German text with umlauts, dates, euro amounts,
//! a neutralised formula (a step text starting with `=`).
//!
//! Skipped with a message when `soffice` is not installed, unless
//! `BENN_REQUIRE_SOFFICE=1` (set by `scripts/test.sh`): then it fails.
//! `scripts/setup.sh` installs Debian's `libreoffice-calc-nogui`.

// The skip message is printed; the example's amounts and counts are far below 2^53,
// so they compare exactly as doubles.
#![allow(clippy::print_stdout, clippy::float_cmp, clippy::cast_precision_loss)]

use std::path::{Path, PathBuf};
use std::process::Command;

use benn_core::table::csv::CsvOptions;
use benn_core::table::{self, import, Cell, Table};
use benn_core::{read, read_log, Concept, LogEntry};

const FORMULA: &str = "=SUMME(1;2) Fest für alle an der Bühringstraße";

fn soffice() -> Option<&'static str> {
    let found = Command::new("soffice")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if found {
        return Some("soffice");
    }
    assert!(
        std::env::var_os("BENN_REQUIRE_SOFFICE").is_none_or(|v| v.is_empty() || v == "0"),
        "BENN_REQUIRE_SOFFICE is set but `soffice` is not installed (scripts/setup.sh installs libreoffice-calc-nogui)"
    );
    println!(
        "SKIPPED: `soffice` (LibreOffice) is not installed; the spreadsheet test needs \
         Debian's libreoffice-calc-nogui (scripts/setup.sh installs it)"
    );
    None
}

fn example() -> (Concept, Vec<LogEntry>) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut concept =
        read(&std::fs::read(root.join("examples/weissensee-2023.json")).unwrap()).unwrap();
    let step = concept.action_fields[0].goals[0].steps.first_mut().unwrap();
    FORMULA.clone_into(&mut step.text);
    let log =
        read_log(&std::fs::read(root.join("examples/weissensee-2023.log.json")).unwrap()).unwrap();
    (concept, log.entries)
}

/// A scratch directory of this test, with a LibreOffice profile of its own.
struct Scratch(PathBuf);

impl Scratch {
    fn new() -> Self {
        let dir = std::env::temp_dir().join(format!("benn-spreadsheet-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }

    fn write(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let p = self.0.join(name);
        std::fs::write(&p, bytes).unwrap();
        p
    }

    /// `soffice --headless --convert-to TO --outdir OUT FILES…`, with an input filter.
    fn convert(
        &self,
        soffice: &str,
        infilter: Option<&str>,
        to: &str,
        out: &str,
        files: &[PathBuf],
    ) {
        let profile = format!("file://{}", self.0.join("profile").display());
        let mut cmd = Command::new(soffice);
        cmd.arg(format!("-env:UserInstallation={profile}"))
            .arg("--headless")
            .arg("--norestore");
        if let Some(f) = infilter {
            cmd.arg(format!("--infilter={f}"));
        }
        cmd.arg("--convert-to")
            .arg(to)
            .arg("--outdir")
            .arg(self.0.join(out))
            .args(files);
        let output = cmd.output().unwrap();
        assert!(
            output.status.success(),
            "soffice failed: {}\n{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        for f in files {
            let stem = f.file_stem().unwrap().to_string_lossy();
            let ext = to.split(':').next().unwrap();
            assert!(
                self.0.join(out).join(format!("{stem}.{ext}")).exists() || ext == "csv",
                "soffice wrote no {stem}.{ext}: {}",
                String::from_utf8_lossy(&output.stderr)
            );
        }
    }

    fn read(&self, path: &str) -> Vec<u8> {
        std::fs::read(self.0.join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A CSV file as rows of texts (either separator).
fn rows(bytes: &[u8]) -> Vec<Vec<String>> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let first = bytes.split(|b| *b == b'\n').next().unwrap();
    let sep = if first.contains(&b';') { b';' } else { b',' };
    csv::ReaderBuilder::new()
        .delimiter(sep)
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes)
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

/// An amount as a spreadsheet shows it (`1,234.50 €`, `1234,5`, `-0.05`) in cents.
fn cents(shown: &str) -> i64 {
    let s: String = shown
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '€')
        .collect();
    let (neg, s) = s
        .strip_prefix('-')
        .map_or((false, s.as_str()), |r| (true, r));
    let (whole, frac) = match s.rfind(['.', ',']) {
        Some(i) if s.len() - i - 1 <= 2 => (&s[..i], &s[i + 1..]),
        _ => (s, ""),
    };
    let whole: String = whole.chars().filter(char::is_ascii_digit).collect();
    let c = whole.parse::<i64>().unwrap() * 100 + format!("{frac:0<2}").parse::<i64>().unwrap();
    if neg {
        -c
    } else {
        c
    }
}

fn number(shown: &str) -> f64 {
    shown
        .trim()
        .trim_end_matches('%')
        .trim()
        .replace(',', ".")
        .parse()
        .unwrap()
}

/// Every cell of `table` must be found in `got` (a converted CSV, looked up
/// by column name): texts and lists exactly (a leading apostrophe of a
/// neutralised CSV cell taken back when `neutralised`), numbers, amounts and
/// dates by value.
fn assert_intact(table: &Table, got: &[Vec<String>], neutralised: bool, what: &str) {
    let header = &got[0];
    assert_eq!(got.len(), table.rows.len() + 1, "{what}: row count");
    for (c, column) in table.columns.iter().enumerate() {
        let at = header
            .iter()
            .position(|h| h == column.name)
            .unwrap_or_else(|| panic!("{what}: no column {} in {header:?}", column.name));
        for (r, row) in table.rows.iter().enumerate() {
            let shown = &got[r + 1][at];
            let ctx = format!("{what}, row {}, column {}: {shown:?}", r + 2, column.name);
            let text = if neutralised {
                shown.strip_prefix('\'').unwrap_or(shown)
            } else {
                shown.as_str()
            };
            match &row[c] {
                Cell::Empty => assert_eq!(shown, "", "{ctx}"),
                Cell::Text(s) => assert_eq!(text, s, "{ctx}"),
                Cell::List(items) => {
                    let got: Vec<&str> = if text.is_empty() {
                        vec![]
                    } else {
                        text.split('\n').collect()
                    };
                    assert_eq!(got, *items, "{ctx}");
                }
                Cell::Integer(i) => assert_eq!(number(shown), *i as f64, "{ctx}"),
                Cell::Cents(x) => {
                    assert_eq!(cents(shown), x.get(), "{ctx}");
                    if let Some(exact) = header
                        .iter()
                        .position(|h| *h == column.name.replace("_eur", "_cents"))
                    {
                        assert_eq!(
                            number(&got[r + 1][exact]),
                            x.get() as f64,
                            "{ctx}: exact cents"
                        );
                    }
                }
                Cell::Date(d) => assert_eq!(shown, &d.to_string(), "{ctx}"),
                Cell::YearMonth(m) => assert_eq!(shown, &m.to_string(), "{ctx}"),
                Cell::Decimal(d) | Cell::Percent(d) => {
                    assert_eq!(number(shown), d.value(), "{ctx}");
                }
            }
        }
    }
}

#[test]
fn libreoffice_reads_the_exported_tables_intact() {
    let Some(soffice) = soffice() else { return };
    let (concept, log) = example();
    let state = benn_core::eval::state(&concept, &log, "2024-06-30".parse().unwrap());
    let budget = benn_core::eval::budget::report(&concept, &log, "2024-06-30".parse().unwrap());
    let coverage = benn_core::eval::coverage(&concept);
    let tables = [
        table::steps(&concept),
        table::log(&log),
        table::state(&concept, &state),
        table::budget(&concept, &budget),
        table::coverage(&coverage),
    ];
    let scratch = Scratch::new();

    // CSV, both variants: CSV → XLSX → CSV through LibreOffice.
    let variants = [
        (
            "en",
            CsvOptions {
                german: false,
                bom: false,
            },
            "44,34,76,1",
            "44,34,76,1",
        ),
        (
            "de",
            CsvOptions {
                german: true,
                bom: true,
            },
            "59,34,76,1,,1031",
            "59,34,76,1",
        ),
    ];
    for (name, options, infilter, outfilter) in variants {
        let files: Vec<PathBuf> = tables
            .iter()
            .map(|t| {
                scratch.write(
                    &format!("{}-{name}.csv", t.name),
                    &table::csv::write(t, options).unwrap(),
                )
            })
            .collect();
        scratch.convert(
            soffice,
            Some(&format!("CSV:{infilter}")),
            "xlsx",
            name,
            &files,
        );
        let sheets: Vec<PathBuf> = tables
            .iter()
            .map(|t| scratch.0.join(name).join(format!("{}-{name}.xlsx", t.name)))
            .collect();
        // The spreadsheet took amounts and dates for numbers and dates, not for text.
        let log_sheet = scratch.read(&format!("{name}/log-{name}.xlsx"));
        assert_typed(&log_sheet, name);
        scratch.convert(
            soffice,
            None,
            &format!("csv:Text - txt - csv (StarCalc):{outfilter}"),
            &format!("{name}/back"),
            &sheets,
        );
        for t in &tables {
            let back = scratch.read(&format!("{name}/back/{}-{name}.csv", t.name));
            assert_intact(t, &rows(&back), true, &format!("CSV {name} {}", t.name));
        }
        // And the tracking entries import back from what the spreadsheet wrote.
        let back = scratch.read(&format!("{name}/back/log-{name}.csv"));
        let entries: Vec<LogEntry> = import::read_csv(&back)
            .unwrap()
            .into_iter()
            .map(|r| r.entry)
            .collect();
        assert_eq!(entries, log, "CSV {name}: log import after LibreOffice");
    }

    // XLSX: the workbook → one CSV per sheet.
    let book = scratch.write("book.xlsx", &table::xlsx::write(&tables).unwrap());
    scratch.convert(
        soffice,
        None,
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1",
        "xlsx",
        &[book],
    );
    for t in &tables {
        let back = scratch.read(&format!("xlsx/book-{}.csv", t.name));
        assert_intact(t, &rows(&back), false, &format!("XLSX {}", t.name));
    }

    // The values the issue names, spelled out.
    let steps = String::from_utf8(scratch.read("xlsx/book-steps.csv")).unwrap();
    assert!(steps.contains(FORMULA), "the formula arrives as text");
    let log_csv = String::from_utf8(scratch.read("de/back/log-de.csv")).unwrap();
    assert!(log_csv.contains("Weißensee"), "umlauts and ß arrive");
}

/// In a workbook LibreOffice made from our CSV, the log's dates are dates
/// and its amounts numbers.
fn assert_typed(xlsx: &[u8], variant: &str) {
    use calamine::{Data, Reader, Xlsx};
    let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(xlsx)).unwrap();
    let name = book.sheet_names()[0].clone();
    let range = book.worksheet_range(&name).unwrap();
    let mut rows = range.rows();
    let header: Vec<String> = rows
        .next()
        .unwrap()
        .iter()
        .map(ToString::to_string)
        .collect();
    let (date, spent) = (
        header.iter().position(|h| h == "date").unwrap(),
        header.iter().position(|h| h == "spent_eur").unwrap(),
    );
    let mut amounts = 0;
    for row in rows {
        assert!(
            matches!(row[date], Data::DateTime(_) | Data::DateTimeIso(_)),
            "{variant}: date {:?}",
            row[date]
        );
        match &row[spent] {
            Data::Empty => {}
            Data::Float(_) | Data::Int(_) => amounts += 1,
            other => panic!("{variant}: amount read as {other:?}"),
        }
    }
    assert!(amounts > 0, "{variant}: the example spends money");
}
