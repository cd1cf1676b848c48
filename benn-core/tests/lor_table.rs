//! The compact LOR 2021 table (`src/lor/table.rs`) is generated from the
//! catalogue `data/lor-2021.csv`, and every row of the catalogue reads back
//! unchanged through `benn_core::lor`.
//!
//! Regenerate the table with `BENN_BLESS=1 cargo test -p benn-core --test lor_table`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use benn_core::lor::{self, Level};

fn manifest(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

#[derive(Debug)]
struct Row {
    code: String,
    level: String,
    name: String,
    parent: String,
    district: String,
    area_m2: String,
}

/// Splits one CSV line; fields are quoted only where needed, `""` is a quote.
fn split(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        let field = fields.last_mut().unwrap();
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            '"' => quoted = !quoted,
            ',' if !quoted => fields.push(String::new()),
            c => field.push(c),
        }
    }
    assert!(!quoted, "unbalanced quote in {line:?}");
    fields
}

fn rows() -> Vec<Row> {
    let text = std::fs::read_to_string(manifest("data/lor-2021.csv")).unwrap();
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("code,level,name,parent,district,area_m2")
    );
    lines
        .map(|line| {
            let f = split(line);
            assert_eq!(f.len(), 6, "{line}");
            let mut f = f.into_iter();
            let mut next = || f.next().unwrap();
            Row {
                code: next(),
                level: next(),
                name: next(),
                parent: next(),
                district: next(),
                area_m2: next(),
            }
        })
        .collect()
}

fn level_number(level: &str, code: &str) -> u32 {
    let n = match level {
        "district" => 0,
        "forecast_area" => 1,
        "district_region" => 2,
        "planning_area" => 3,
        other => panic!("unknown level {other}"),
    };
    assert_eq!(code.len(), 2 + 2 * n as usize, "{code} is no {level}");
    n
}

/// Whole square metres (the catalogue has three decimals).
fn whole_m2(text: &str) -> u32 {
    let v: f64 = text.parse().unwrap();
    assert!(v > 0.0 && v < f64::from(u32::MAX));
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let m2 = v.round() as u32;
    m2
}

fn array<T: std::fmt::Display>(out: &mut String, doc: &str, name: &str, ty: &str, items: &[T]) {
    let _ = writeln!(out, "{doc}");
    let len = if name == "AREAS_M2" {
        "PLANNING_AREAS".to_owned()
    } else {
        items.len().to_string()
    };
    let _ = writeln!(out, "pub(super) static {name}: [{ty}; {len}] = [");
    for chunk in items.chunks(12) {
        let line: Vec<String> = chunk.iter().map(ToString::to_string).collect();
        let _ = writeln!(out, "    {},", line.join(", "));
    }
    let _ = writeln!(out, "];");
}

fn generate(rows: &[Row]) -> String {
    let mut keys = Vec::new();
    let mut ends = Vec::new();
    let mut areas = Vec::new();
    let mut names = String::new();
    for r in rows {
        let level = level_number(&r.level, &r.code);
        let padded: u32 = format!("{:0<8}", r.code).parse().unwrap();
        keys.push(padded * 4 + level);
        names.push_str(&r.name);
        ends.push(u16::try_from(names.len()).unwrap());
        if level == 3 {
            areas.push(whole_m2(&r.area_m2));
        }
    }
    let mut out = String::new();
    out.push_str(
        "//! The LOR 2021 catalogue as a compact table. Generated from\n\
         //! `benn-core/data/lor-2021.csv` by\n\
         //! `BENN_BLESS=1 cargo test -p benn-core --test lor_table`: do not edit.\n\n",
    );
    let _ = writeln!(
        out,
        "/// Number of units.\npub(super) const LEN: u16 = {};",
        rows.len()
    );
    let _ = writeln!(
        out,
        "/// Number of planning areas.\npub(super) const PLANNING_AREAS: usize = {};\n",
        areas.len()
    );
    array(
        &mut out,
        "/// Per unit, in code order: the code padded with zeros to 8 digits, times 4,\n\
         /// plus the level (0 district, 1 forecast area, 2 district region, 3 planning area).",
        "KEYS",
        "u32",
        &keys,
    );
    out.push('\n');
    array(
        &mut out,
        "/// Per unit: the end of its name in `NAMES` (bytes); it starts where the previous one ends.",
        "NAME_ENDS",
        "u16",
        &ends,
    );
    out.push('\n');
    array(
        &mut out,
        "/// Per planning area, in code order: its area in whole m².",
        "AREAS_M2",
        "u32",
        &areas,
    );
    out.push_str(
        "\n/// Every name, concatenated in code order.\npub(super) static NAMES: &str = \"\\\n",
    );
    // Line breaks at name boundaries (a `\` line continuation drops the
    // leading whitespace of the next line, and no name starts with a space).
    for chunk in rows.chunks(8) {
        let line: String = chunk.iter().map(|r| r.name.as_str()).collect();
        assert!(!line.contains(['"', '\\']));
        let _ = writeln!(out, "{line}\\");
    }
    out.push_str("\";\n");
    out
}

#[test]
fn table_is_fresh() {
    let generated = generate(&rows());
    let path = manifest("src/lor/table.rs");
    if std::env::var_os("BENN_BLESS").is_some() {
        std::fs::write(&path, &generated).unwrap();
    }
    let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        on_disk == generated,
        "benn-core/src/lor/table.rs differs from data/lor-2021.csv; run `BENN_BLESS=1 cargo test -p benn-core --test lor_table`"
    );
}

#[test]
fn every_row_round_trips() {
    let rows = rows();
    let units: Vec<lor::Unit> = lor::units().collect();
    assert_eq!(units.len(), rows.len());
    for (row, unit) in rows.iter().zip(&units) {
        assert_eq!(unit.code(), row.code);
        assert_eq!(unit.level().as_str(), row.level, "{}", row.code);
        assert_eq!(unit.name(), row.name, "{}", row.code);
        assert_eq!(
            unit.parent().map(lor::Unit::code).unwrap_or_default(),
            row.parent,
            "{}",
            row.code
        );
        assert_eq!(unit.district().code(), row.district, "{}", row.code);
        if unit.level() == Level::PlanningArea {
            assert_eq!(
                unit.area_m2(),
                u64::from(whole_m2(&row.area_m2)),
                "{}",
                row.code
            );
        } else {
            assert!(row.area_m2.is_empty());
        }
        assert_eq!(lor::find(&row.code), Some(*unit));
    }
}

#[test]
fn catalogue_figures_of_the_readme() {
    let count = |l: Level| lor::units().filter(|u| u.level() == l).count();
    assert_eq!(count(Level::District), 12);
    assert_eq!(count(Level::ForecastArea), 58);
    assert_eq!(count(Level::DistrictRegion), 143);
    assert_eq!(count(Level::PlanningArea), 542);
    let total: u64 = lor::units()
        .filter(|u| u.level() == Level::District)
        .map(lor::Unit::area_m2)
        .sum();
    assert_eq!((total + 50_000) / 100_000, 8911, "about 891.1 km²: {total}");
    // Every forecast area and district region has children.
    for u in lor::units().filter(|u| u.level() != Level::PlanningArea) {
        assert!(!u.children().is_empty(), "{}", u.code());
    }
}
