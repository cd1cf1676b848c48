//! Tables: export then import of tracking entries loses nothing, and export
//! → import → export gives the same bytes (property tests over CSV in both
//! variants and JSON Lines; XLSX keeps every value).

use benn_core::table::csv::CsvOptions;
use benn_core::table::{self, import};
use benn_core::{
    read_log, write_log, Cents, Date, Decimal, EntryKind, Id, IndicatorValue, Log, LogEntry,
    StepStatus,
};
use proptest::collection::vec;
use proptest::option::of;
use proptest::prelude::*;

const STATUSES: [StepStatus; 5] = [
    StepStatus::Planned,
    StepStatus::InProgress,
    StepStatus::Done,
    StepStatus::Postponed,
    StepStatus::Dropped,
];

fn id() -> impl Strategy<Value = Id> {
    "[\\PC&&\\S]{1,20}".prop_map(|s| Id::new(&s).unwrap())
}

fn decimal() -> impl Strategy<Value = Decimal> {
    "-?(0|[1-9][0-9]{0,6})(\\.[0-9]{1,4})?([eE][+-]?[0-9]{1,2})?".prop_map(|s| s.parse().unwrap())
}

/// Texts: anything non-empty (an empty text is an absent value), or only
/// printable characters for XLSX (its XML holds no control characters).
fn text(printable: bool) -> BoxedStrategy<String> {
    if printable {
        "[\\PC]{1,30}".boxed()
    } else {
        ".{1,30}|[=+\\-@'\t\r\n ;,\"].{0,10}".boxed()
    }
}

fn entry(printable: bool) -> impl Strategy<Value = LogEntry> {
    let t = move || text(printable);
    let date =
        (1990u16..=2100, 1u8..=12, 1u8..=28).prop_map(|(y, m, d)| Date::new(y, m, d).unwrap());
    (
        (
            id(),
            date,
            0usize..6,
            of(id()),
            of(id()),
            of(id()),
            of(id()),
        ),
        (
            of(0usize..5),
            of(decimal()),
            of(if printable {
                -(1i64 << 53)..=(1i64 << 53)
            } else {
                i64::MIN..=i64::MAX
            }),
            of(any::<u16>()),
            of(prop_oneof![
                decimal().prop_map(IndicatorValue::Number),
                t().prop_map(IndicatorValue::Text)
            ]),
            of(t()),
            of(any::<u32>()),
        ),
        (
            of(t()),
            vec(prop_oneof![Just(String::new()), text(printable)], 0..3),
            of(t()),
            of(id()),
        ),
    )
        .prop_map(
            |(
                (id, date, kind, step, goal, indicator, body),
                (status, progress, spent, year, value, unit, participants),
                (note, evidence, recorded_by, corrects),
            )| {
                let mut e = LogEntry::new(id, date, EntryKind::ALL[kind]);
                e.step = step;
                e.goal = goal;
                e.indicator = indicator;
                e.body = body;
                e.status = status.map(|s| STATUSES[s]);
                e.progress = progress;
                e.spent_cents = spent.map(Cents::new);
                e.budget_year = year;
                e.value = value;
                e.unit = unit;
                e.participants = participants;
                e.note = note;
                e.evidence = evidence;
                e.recorded_by = recorded_by;
                e.corrects = corrects;
                e
            },
        )
}

/// Entries with distinct ids (an import refuses a repeated id).
fn entries(printable: bool) -> impl Strategy<Value = Vec<LogEntry>> {
    vec(entry(printable), 0..8).prop_map(|mut v| {
        let mut seen = std::collections::HashSet::new();
        v.retain(|e| seen.insert(e.id.clone()));
        v
    })
}

/// The entries as canonical JSON: compares decimals by their text, not only their value.
fn canonical(entries: &[LogEntry]) -> String {
    write_log(&Log {
        concept: Id::new("c").unwrap(),
        entries: entries.to_vec(),
    })
    .unwrap()
}

fn back(rows: Vec<import::ImportedEntry>) -> Vec<LogEntry> {
    rows.into_iter().map(|r| r.entry).collect()
}

const VARIANTS: [CsvOptions; 3] = [
    CsvOptions {
        german: false,
        bom: false,
    },
    CsvOptions {
        german: true,
        bom: false,
    },
    CsvOptions {
        german: true,
        bom: true,
    },
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn csv_export_then_import_is_lossless(es in entries(false)) {
        let t = table::log(&es);
        for options in VARIANTS {
            let bytes = table::csv::write(&t, options).unwrap();
            let rows = import::read_csv(&bytes).map_err(|e| TestCaseError::fail(e.to_string()))?;
            let again = back(rows);
            prop_assert_eq!(canonical(&again), canonical(&es), "{:?}", options);
            prop_assert_eq!(table::csv::write(&table::log(&again), options).unwrap(), bytes);
        }
    }

    #[test]
    fn jsonl_export_then_import_is_lossless(es in entries(false)) {
        let text = table::jsonl::write(&table::log(&es));
        let rows = import::read_jsonl(text.as_bytes()).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let again = back(rows);
        prop_assert_eq!(canonical(&again), canonical(&es));
        prop_assert_eq!(table::jsonl::write(&table::log(&again)), text);
    }
}

proptest! {
    // Workbooks are slower to write and read.
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// XLSX keeps every value; decimals come back as the same number (a
    /// spreadsheet number has no text of its own), so entries compare by value.
    #[test]
    fn xlsx_export_then_import_keeps_every_value(es in entries(true)) {
        let bytes = table::xlsx::write(&[table::log(&es)]).unwrap();
        let rows = import::read_xlsx(&bytes).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(back(rows), es);
    }
}

fn weissensee_log() -> Log {
    read_log(&std::fs::read("../examples/weissensee-2023.log.json").unwrap()).unwrap()
}

#[test]
fn export_import_export_gives_the_same_bytes() {
    let log = weissensee_log();
    let t = table::log(&log.entries);
    for options in VARIANTS {
        let first = table::csv::write(&t, options).unwrap();
        let entries = back(import::read_csv(&first).unwrap());
        let again = table::log(&entries);
        assert_eq!(
            table::csv::write(&again, options).unwrap(),
            first,
            "{options:?}"
        );
    }
    let first = table::jsonl::write(&t);
    let entries = back(import::read_jsonl(first.as_bytes()).unwrap());
    let again = table::log(&entries);
    assert_eq!(table::jsonl::write(&again), first);
    let first = table::xlsx::write(&[t]).unwrap();
    let entries = back(import::read_xlsx(&first).unwrap());
    assert_eq!(entries, log.entries);
    // A workbook holds its creation time; the second export is compared by content.
    assert_eq!(
        back(import::read_xlsx(&table::xlsx::write(&[table::log(&entries)]).unwrap()).unwrap()),
        log.entries
    );
}

#[test]
fn a_neutralised_formula_comes_back_as_written() {
    let mut e = LogEntry::new(
        Id::new("e-1").unwrap(),
        Date::new(2024, 3, 12).unwrap(),
        EntryKind::Note,
    );
    e.note = Some("=HYPERLINK(\"http://x\")".into());
    e.evidence = vec!["-5 Grad".into(), "@home".into()];
    let bytes = table::csv::write(&table::log(std::slice::from_ref(&e)), VARIANTS[1]).unwrap();
    let text = String::from_utf8(bytes.clone()).unwrap();
    assert!(text.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), "{text}");
    assert!(text.contains("\"'-5 Grad\n@home\""), "{text}");
    assert_eq!(back(import::read_csv(&bytes).unwrap()), [e]);
}

#[test]
fn every_bad_cell_is_named_by_row_and_column_and_nothing_is_imported() {
    let csv = "id;date;kind;spent_eur;status;participants;evidence\r\n\
               e-1;2024-03-12;spending;12,50;;;\r\n\
               e-2;2024-02-30;note;;;;\r\n\
               e-3;2024-03-01;Ausgabe;zwölf;fertig;-3;\r\n\
               ;2024-03-01;note;;;;[kaputt\r\n\
               e-1;2024-03-01;note;;;;\r\n";
    let errors = import::read_csv(csv.as_bytes()).unwrap_err().errors;
    let got: Vec<(&str, Option<usize>, String)> = errors
        .iter()
        .map(|e| (e.code(), e.row(), e.message().en))
        .collect();
    let codes: Vec<(&str, Option<usize>)> = got.iter().map(|(c, r, _)| (*c, *r)).collect();
    assert_eq!(
        codes,
        [
            ("import.cell.invalid", Some(3)),
            ("import.cell.invalid", Some(4)),
            ("import.cell.invalid", Some(4)),
            ("import.cell.invalid", Some(4)),
            ("import.cell.invalid", Some(4)),
            ("import.cell.missing", Some(5)),
            ("import.cell.invalid", Some(5)),
            ("import.id.duplicate", Some(6)),
        ],
        "{got:#?}"
    );
    assert!(
        got[0]
            .2
            .contains("Row 3, column `date`: `2024-02-30` is not a date"),
        "{}",
        got[0].2
    );
    assert!(
        got[1].2.contains("column `kind`: `Ausgabe`"),
        "{}",
        got[1].2
    );
    assert!(got[2].2.contains("column `status`"), "{}", got[2].2);
    assert!(
        got[3]
            .2
            .contains("column `spent_eur`: `zwölf` is not an amount"),
        "{}",
        got[3].2
    );
    assert!(
        got[4].2.contains("column `participants`: `-3`"),
        "{}",
        got[4].2
    );
    assert!(
        errors[0].message().de.starts_with(
            "Zeile 3, Spalte `date`: `2024-02-30` passt nicht; erwartet wird ein Datum"
        ),
        "{}",
        errors[0].message().de
    );
}

#[test]
fn rows_are_counted_as_a_spreadsheet_shows_them() {
    // A cell with a line break stays one row; a blank line is an empty row.
    let csv = "id,date,kind,note\r\ne-1,2024-03-12,note,\"zwei\r\nZeilen\"\r\n\r\n,,,\r\ne-2,2024-02-30,note,x\r\n";
    let errors = import::read_csv(csv.as_bytes()).unwrap_err().errors;
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].row(), Some(5), "{}", errors[0].message().en);
}

#[test]
fn a_bad_header_is_reported_before_any_row() {
    let errors = import::read_csv(b"id,datum,kind,note,note\r\ne-1,x,y,z,w\r\n")
        .unwrap_err()
        .errors;
    let codes: Vec<&str> = errors.iter().map(import::ImportError::code).collect();
    assert_eq!(
        codes,
        [
            "import.column.unknown",
            "import.column.duplicate",
            "import.column.missing"
        ]
    );
    assert!(
        errors[0].message().en.contains("Did you mean `date`?"),
        "{}",
        errors[0].message().en
    );
}

#[test]
fn importing_into_a_log_adds_new_rows_only_and_validates() {
    let concept =
        benn_core::read(&std::fs::read("../examples/weissensee-2023.json").unwrap()).unwrap();
    let log = weissensee_log();
    let mut csv = String::from_utf8(
        table::csv::write(&table::log(&log.entries), CsvOptions::default()).unwrap(),
    )
    .unwrap();
    // A row typed into the sheet: id, date, kind, …, note (column 16), …, recorded_by (18).
    let mut cells = vec![""; table::LOG_COLUMNS.len()];
    cells[0] = "w-new-1";
    cells[1] = "2024-06-20";
    cells[2] = "note";
    cells[15] = "Sommerfest mit 120 Gästen";
    cells[17] = "Team";
    csv.push_str(&(cells.join(",") + "\r\n"));
    let rows = import::read_csv(csv.as_bytes()).unwrap();
    let out = import::into_log(&log, &concept, rows, &benn_core::Options::default()).unwrap();
    assert_eq!((out.added, out.unchanged), (1, log.entries.len()));
    assert!(!out.report.has_errors(), "{:?}", out.report.findings);
    assert_eq!(read_log(out.text.as_bytes()).unwrap(), out.document);
    assert_eq!(
        out.document.entries.last().unwrap().note.as_deref(),
        Some("Sommerfest mit 120 Gästen")
    );

    // A changed entry under an existing id is refused: the log is append-only.
    let first = &log.entries[0];
    let changed = csv.replacen(&first.date.to_string(), "1999-01-01", 1);
    let rows = import::read_csv(changed.as_bytes()).unwrap();
    let errors = import::into_log(&log, &concept, rows, &benn_core::Options::default())
        .unwrap_err()
        .errors;
    assert_eq!(errors[0].code(), "import.id.taken");
    assert_eq!(errors[0].row(), Some(2));
}
