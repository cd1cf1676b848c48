//! JSON-aware fuzzing: the fuzzer's bytes are not a document but a list of
//! choices (via `arbitrary`) that edit a shipped example as a JSON tree:
//! replace a value with a hostile one (huge or fractional numbers, partial
//! dates, LOR codes, long or empty texts), rename a key (to a known, German
//! or random name), delete, duplicate or repeat entries, copy a subtree
//! elsewhere. The result is checked like the `validate` and `roundtrip`
//! targets check raw bytes, so the rules behind a valid shape get exercised,
//! which random bytes rarely reach.
#![no_main]

use arbitrary::{Result, Unstructured};
use benn_core::{read, validate, write, Options, MAX_FINDINGS};
use libfuzzer_sys::fuzz_target;

/// The documents the edits start from (all valid JSON).
const BASES: &[&str] = &[
    include_str!("../../../examples/weissensee-2023.json"),
    include_str!("../../../examples/allende-viertel-2025.json"),
    include_str!("../../../examples/broken/adoption-and-dates.json"),
    include_str!("../../../examples/broken/budget-exceeded.json"),
    include_str!("../../../examples/broken/duplicate-ids.json"),
    include_str!("../../../examples/broken/gaps-and-indicators.json"),
    include_str!("../../../examples/broken/typo-fields.json"),
    include_str!("../../../examples/broken/wrong-areas.json"),
];

/// Number literals, written as they are (JSON allows more than f64 holds).
const NUMBERS: &[&str] = &[
    "0",
    "-0",
    "1",
    "-1",
    "2",
    "7",
    "9",
    "12",
    "13",
    "100",
    "300",
    "2017",
    "2018",
    "2023",
    "2024",
    "2025",
    "30000",
    "30000000",
    "0.5",
    "1.0",
    "99.99",
    "1e2",
    "1E-2",
    "-1.5e3",
    "1e400",
    "-1e400",
    "1e-400",
    "1e-999999999",
    "2999999.9999999999",
    "9007199254740993",
    "9007199254740993.0",
    "9223372036854775807",
    "9223372036854775808",
    "-9223372036854775808",
    "18446744073709551616",
    "123456789012345678901234567890",
    "true",
    "false",
    "null",
];

/// Strings (already JSON-escaped) that mean something to some field.
const STRINGS: &[&str] = &[
    "",
    " ",
    "x",
    "2017",
    "2018-04",
    "2024-06-30",
    "2024-02-29",
    "2023-02-29",
    "2024-13-01",
    "2024-00-10",
    "2025-08",
    "2023-09",
    "2023-09-01",
    "2025-08-31",
    "9999-12-31",
    "0000-01-01",
    "2023/24",
    "2025/27",
    "2018/2019",
    "2023/2025",
    "2024/23",
    "01",
    "07",
    "09",
    "12",
    "13",
    "7",
    "094014",
    "0940",
    "09401431",
    "09401432",
    "11111111",
    "01011101",
    "Allende I",
    "Allende-Viertel",
    "planning_area",
    "district_region",
    "forecast_area",
    "district",
    "benn",
    "benn_plus",
    "planned",
    "in_progress",
    "done",
    "dropped",
    "resolution",
    "published",
    "unknown",
    "EUR",
    "a/b",
    "~0~1",
    "\\u00e4\\u00f6\\u00fc",
    "\\ud83d\\ude00",
    "\\ud800",
    "\\u0000",
    "\\n\\t",
    "Gemeinschaftsunterkunft",
];

/// Field names: of the format, German ones, and near misses.
const KEYS: &[&str] = &[
    "format_version",
    "id",
    "title",
    "site",
    "period",
    "previous",
    "version",
    "adoption",
    "action_fields",
    "goals",
    "steps",
    "budget",
    "name",
    "district",
    "site_type",
    "planning_areas",
    "shelters",
    "bodies",
    "code",
    "level",
    "capacity",
    "start",
    "end",
    "start_date",
    "status",
    "amount_cents",
    "year",
    "weight",
    "indicators",
    "text",
    "key",
    "events",
    "date",
    "operator",
    "office",
    "zeitraum",
    "schritte",
    "haushalt",
    "ziele",
    "titel",
    "handlungsfelder",
    "Title",
    "tilte",
    "",
    "$ref",
    "__proto__",
    "a/b",
    "~",
];

/// A JSON value; strings keep their escaped text, literals their exact text.
#[derive(Clone, Debug)]
enum J {
    Lit(String),
    Str(String),
    Arr(Vec<J>),
    Obj(Vec<(String, J)>),
}

/// A small parser for the trusted base documents.
struct Parser<'a> {
    s: &'a [u8],
    i: usize,
}

impl Parser<'_> {
    fn ws(&mut self) {
        while matches!(self.s.get(self.i), Some(b' ' | b'\n' | b'\r' | b'\t')) {
            self.i += 1;
        }
    }

    fn string(&mut self) -> Option<String> {
        self.i += 1; // opening quote
        let start = self.i;
        loop {
            match self.s.get(self.i)? {
                b'"' => break,
                b'\\' => self.i += 2,
                _ => self.i += 1,
            }
        }
        let raw = std::str::from_utf8(self.s.get(start..self.i)?)
            .ok()?
            .to_owned();
        self.i += 1;
        Some(raw)
    }

    fn value(&mut self, depth: usize) -> Option<J> {
        if depth > 64 {
            return None;
        }
        self.ws();
        match *self.s.get(self.i)? {
            b'"' => self.string().map(J::Str),
            b'[' => {
                self.i += 1;
                let mut items = Vec::new();
                self.ws();
                if self.s.get(self.i) == Some(&b']') {
                    self.i += 1;
                    return Some(J::Arr(items));
                }
                loop {
                    items.push(self.value(depth + 1)?);
                    self.ws();
                    match self.s.get(self.i)? {
                        b',' => self.i += 1,
                        b']' => {
                            self.i += 1;
                            return Some(J::Arr(items));
                        }
                        _ => return None,
                    }
                }
            }
            b'{' => {
                self.i += 1;
                let mut entries = Vec::new();
                self.ws();
                if self.s.get(self.i) == Some(&b'}') {
                    self.i += 1;
                    return Some(J::Obj(entries));
                }
                loop {
                    self.ws();
                    if self.s.get(self.i) != Some(&b'"') {
                        return None;
                    }
                    let key = self.string()?;
                    self.ws();
                    if self.s.get(self.i) != Some(&b':') {
                        return None;
                    }
                    self.i += 1;
                    entries.push((key, self.value(depth + 1)?));
                    self.ws();
                    match self.s.get(self.i)? {
                        b',' => self.i += 1,
                        b'}' => {
                            self.i += 1;
                            return Some(J::Obj(entries));
                        }
                        _ => return None,
                    }
                }
            }
            _ => {
                let start = self.i;
                while matches!(self.s.get(self.i), Some(c) if c.is_ascii_alphanumeric() || b"+-.".contains(c))
                {
                    self.i += 1;
                }
                let lit = std::str::from_utf8(self.s.get(start..self.i)?).ok()?;
                (!lit.is_empty()).then(|| J::Lit(lit.to_owned()))
            }
        }
    }
}

fn parse(text: &str) -> Option<J> {
    Parser {
        s: text.as_bytes(),
        i: 0,
    }
    .value(0)
}

fn write_json(j: &J, pretty: bool, depth: usize, out: &mut String) {
    let newline = |out: &mut String, depth: usize| {
        if pretty {
            out.push('\n');
            for _ in 0..depth {
                out.push_str("  ");
            }
        }
    };
    match j {
        J::Lit(l) => out.push_str(l),
        J::Str(s) => {
            out.push('"');
            out.push_str(s);
            out.push('"');
        }
        J::Arr(items) => {
            out.push('[');
            for (n, item) in items.iter().enumerate() {
                if n > 0 {
                    out.push(',');
                }
                newline(out, depth + 1);
                write_json(item, pretty, depth + 1, out);
            }
            if !items.is_empty() {
                newline(out, depth);
            }
            out.push(']');
        }
        J::Obj(entries) => {
            out.push('{');
            for (n, (k, v)) in entries.iter().enumerate() {
                if n > 0 {
                    out.push(',');
                }
                newline(out, depth + 1);
                out.push('"');
                out.push_str(k);
                out.push_str(if pretty { "\": " } else { "\":" });
                write_json(v, pretty, depth + 1, out);
            }
            if !entries.is_empty() {
                newline(out, depth);
            }
            out.push('}');
        }
    }
}

/// Escapes a random string for JSON.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

/// Paths (indices into arrays and objects) of every node, root first.
fn paths(j: &J, here: &mut Vec<usize>, out: &mut Vec<Vec<usize>>) {
    out.push(here.clone());
    let children: Vec<&J> = match j {
        J::Arr(items) => items.iter().collect(),
        J::Obj(entries) => entries.iter().map(|(_, v)| v).collect(),
        _ => return,
    };
    for (n, child) in children.into_iter().enumerate() {
        here.push(n);
        paths(child, here, out);
        here.pop();
    }
}

fn at<'a>(mut j: &'a mut J, path: &[usize]) -> Option<&'a mut J> {
    for &n in path {
        j = match j {
            J::Arr(items) => items.get_mut(n)?,
            J::Obj(entries) => &mut entries.get_mut(n)?.1,
            _ => return None,
        };
    }
    Some(j)
}

fn get<'a>(mut j: &'a J, path: &[usize]) -> Option<&'a J> {
    for &n in path {
        j = match j {
            J::Arr(items) => items.get(n)?,
            J::Obj(entries) => &entries.get(n)?.1,
            _ => return None,
        };
    }
    Some(j)
}

fn key(u: &mut Unstructured<'_>) -> Result<String> {
    Ok(if u.ratio(1, 8)? {
        escape(u.arbitrary::<&str>()?)
    } else {
        (*u.choose(KEYS)?).to_owned()
    })
}

fn value(u: &mut Unstructured<'_>, doc: &J, all: &[Vec<usize>], depth: usize) -> Result<J> {
    Ok(match u.int_in_range(0..=9)? {
        0..=2 => J::Lit((*u.choose(NUMBERS)?).to_owned()),
        3 => J::Lit(u.arbitrary::<i64>()?.to_string()),
        4 => {
            let x = u.arbitrary::<f64>()?;
            J::Lit(if x.is_finite() {
                format!("{x:?}")
            } else {
                "1e999".into()
            })
        }
        5 | 6 => J::Str((*u.choose(STRINGS)?).to_owned()),
        7 => {
            let s = escape(u.arbitrary::<&str>()?);
            let times = u.int_in_range(1..=64)?;
            J::Str(s.repeat(times))
        }
        8 if depth < 3 => {
            let n = u.int_in_range(0..=3)?;
            if u.arbitrary()? {
                J::Arr(
                    (0..n)
                        .map(|_| value(u, doc, all, depth + 1))
                        .collect::<Result<_>>()?,
                )
            } else {
                J::Obj(
                    (0..n)
                        .map(|_| Ok((key(u)?, value(u, doc, all, depth + 1)?)))
                        .collect::<Result<_>>()?,
                )
            }
        }
        _ => get(doc, u.choose(all)?)
            .cloned()
            .unwrap_or(J::Lit("null".into())),
    })
}

/// Applies one edit (some do nothing on the node they hit).
fn edit(u: &mut Unstructured<'_>, doc: &mut J) -> Result<()> {
    let mut all = Vec::new();
    paths(doc, &mut Vec::new(), &mut all);
    let target = u.choose(&all)?.clone();
    match u.int_in_range(0..=5)? {
        // Replace a value.
        0 | 1 => {
            let new = value(u, doc, &all, 0)?;
            if let Some(slot) = at(doc, &target) {
                *slot = new;
            }
        }
        // Rename a key.
        2 => {
            let name = key(u)?;
            let n = u.arbitrary::<usize>()?;
            if let Some(J::Obj(entries)) = at(doc, &target) {
                let len = entries.len();
                if let Some(entry) = entries.get_mut(n % len.max(1)) {
                    entry.0 = name;
                }
            }
        }
        // Delete an entry.
        3 => {
            let n = u.arbitrary::<usize>()?;
            match at(doc, &target) {
                Some(J::Obj(entries)) if !entries.is_empty() => {
                    let len = entries.len();
                    entries.remove(n % len);
                }
                Some(J::Arr(items)) if !items.is_empty() => {
                    let len = items.len();
                    items.remove(n % len);
                }
                _ => {}
            }
        }
        // Duplicate an entry, possibly many times (colliding ids and keys).
        _ => {
            let n = u.arbitrary::<usize>()?;
            let times = if u.ratio(1, 4)? {
                u.int_in_range(1..=300)?
            } else {
                1
            };
            // Keep the document within a few MB: repeat big subtrees less.
            let times = times.min(100_000 / all.len().max(1)).max(1);
            match at(doc, &target) {
                Some(J::Obj(entries)) if !entries.is_empty() => {
                    let len = entries.len();
                    let entry = entries[n % len].clone();
                    for _ in 0..times.min(8) {
                        entries.push(entry.clone());
                    }
                }
                Some(J::Arr(items)) if !items.is_empty() => {
                    let len = items.len();
                    let item = items[n % len].clone();
                    for _ in 0..times {
                        items.insert(n % len, item.clone());
                    }
                }
                _ => {}
            }
        }
    }
    Ok(())
}

fn run(data: &[u8]) -> Result<()> {
    let mut u = Unstructured::new(data);
    let Some(mut doc) = parse(u.choose(BASES)?) else {
        return Ok(());
    };
    let edits = u.int_in_range(1..=8)?;
    for _ in 0..edits {
        edit(&mut u, &mut doc)?;
    }
    let mut text = String::new();
    write_json(&doc, u.arbitrary()?, 0, &mut text);
    // Big documents are the business of the vectors and benches; in the
    // search they cost a second each with AddressSanitizer and cut the rate
    // about sixfold, so it skips those over 256 KiB. BENN_FUZZ_BIG=1 keeps
    // them (up to the few MB the edits make) for the regressions, such as
    // the one-line document with thousands of findings whose columns once
    // cost quadratic time (regressions/json_mutate/one-line-many-findings).
    let limit = if big_documents() { 4 << 20 } else { 256 << 10 };
    if text.len() > limit {
        return Ok(());
    }
    let today = *u.choose(&["2023-01-01", "2024-06-30", "2026-12-31"])?;
    // To turn an artifact into a document (for a vector or a bug report):
    // BENN_FUZZ_DUMP=doc.json cargo +nightly fuzz run json_mutate ARTIFACT
    if let Some(path) = std::env::var_os("BENN_FUZZ_DUMP") {
        let _ = std::fs::write(&path, &text);
        eprintln!("json_mutate: {} bytes, today {today}", text.len());
    }
    check(text.as_bytes(), today);
    Ok(())
}

/// Whether `BENN_FUZZ_BIG` asks to check documents over 256 KiB too.
fn big_documents() -> bool {
    static BIG: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *BIG.get_or_init(|| std::env::var_os("BENN_FUZZ_BIG").is_some_and(|v| v != "0"))
}

/// What the `validate` and `roundtrip` targets assert, on one document.
fn check(src: &[u8], today: &str) {
    let options = Options::with_today(today).unwrap_or_default();
    let report = validate(src, &options);
    assert!(report.findings.len() <= MAX_FINDINGS + 1);
    for f in &report.findings {
        let at = f.location.expect("every finding is located");
        assert!(
            at.offset <= src.len() && at.line >= 1 && at.column >= 1,
            "{at:?}"
        );
    }
    if let Ok(concept) = read(src) {
        assert!(
            !report
                .findings
                .iter()
                .any(|f| f.code.as_str().starts_with("json.")
                    && f.severity == benn_core::Severity::Error),
            "read accepted a document with JSON errors"
        );
        let first = write(&concept).expect("a concept that was read can be written");
        let again = read(first.as_bytes()).expect("written text reads back");
        assert_eq!(again, concept, "read(write(c)) != c");
        assert_eq!(
            write(&again).expect("writes again"),
            first,
            "write is not idempotent"
        );
    }
}

fuzz_target!(|data: &[u8]| {
    let _ = run(data);
});
