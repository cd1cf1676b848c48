//! Shared test vectors: `tests/vectors/<case>/input.json` with the expected
//! findings in `expected.json`. The Python and browser tests read the same files.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use benn_core::{validate, Code, Options};
use serde_json::Value;

fn vectors_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors")
}

struct Case {
    name: String,
    input: Vec<u8>,
    expected: Value,
}

fn cases() -> Vec<Case> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(vectors_dir()).expect("tests/vectors exists") {
        let dir = entry.unwrap().path();
        if !dir.is_dir() {
            continue;
        }
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        let input = std::fs::read(dir.join("input.json"))
            .unwrap_or_else(|e| panic!("{name}: input.json: {e}"));
        let expected: Value =
            serde_json::from_slice(&std::fs::read(dir.join("expected.json")).unwrap())
                .unwrap_or_else(|e| panic!("{name}: expected.json: {e}"));
        out.push(Case {
            name,
            input,
            expected,
        });
    }
    out.sort_by(|a, b| a.name.cmp(&b.name));
    out
}

fn options(expected: &Value) -> Options {
    let mut o = Options::default();
    if let Some(today) = expected["options"]["today"].as_str() {
        o.today = Some(today.parse().expect("options.today is a date"));
    }
    // The documents checked together, the document itself included.
    for k in expected["options"]["known_concepts"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default()
    {
        let month = |key: &str| k["period"][key].as_str().unwrap().parse().unwrap();
        let mut known = benn_core::KnownConcept::new(
            benn_core::Id::new(k["id"].as_str().unwrap()).unwrap(),
            benn_core::Period::new(month("start"), month("end")),
        );
        known.district = k["district"]
            .as_str()
            .and_then(benn_core::District::from_code);
        known.site = k["site"].as_str().map(str::to_owned);
        o.known_concepts.push(known);
    }
    o
}

type Triple = (String, String, String);

#[test]
fn every_vector_gives_exactly_its_findings() {
    let cases = cases();
    assert!(cases.len() >= 40, "only {} vectors", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let report = validate(&case.input, &options(&case.expected));
        let got: Vec<Triple> = report
            .findings
            .iter()
            .map(|f| {
                (
                    f.code.as_str().to_owned(),
                    f.severity.as_str().to_owned(),
                    f.pointer.clone(),
                )
            })
            .collect();
        let want: Vec<Triple> = case.expected["findings"]
            .as_array()
            .unwrap_or_else(|| panic!("{}: findings is a list", case.name))
            .iter()
            .map(|f| {
                (
                    f["code"].as_str().unwrap().to_owned(),
                    f["severity"].as_str().unwrap().to_owned(),
                    f["pointer"].as_str().unwrap().to_owned(),
                )
            })
            .collect();
        if got != want {
            failures.push(format!("{}:\n  want {want:?}\n  got  {got:?}", case.name));
            continue;
        }
        for f in &report.findings {
            let loc = f
                .location
                .unwrap_or_else(|| panic!("{}: {} has no location", case.name, f.code));
            assert!(loc.line >= 1 && loc.column >= 1, "{}", case.name);
            assert!(
                !f.message.de.trim().is_empty() && !f.message.en.trim().is_empty(),
                "{}",
                case.name
            );
            assert_ne!(
                f.message.de, f.message.en,
                "{}: {} not translated",
                case.name, f.code
            );
            if let Some(h) = &f.hint {
                assert!(
                    !h.de.is_empty() && !h.en.is_empty() && h.de != h.en,
                    "{}: hint of {}",
                    case.name,
                    f.code
                );
            }
        }
        // Where a vector pins a line and column, check it.
        for (i, f) in case.expected["findings"]
            .as_array()
            .unwrap()
            .iter()
            .enumerate()
        {
            if let (Some(line), Some(col)) = (f["line"].as_u64(), f["column"].as_u64()) {
                let loc = report.findings.get(i).and_then(|f| f.location);
                assert_eq!(
                    loc.map(|l| (u64::from(l.line), u64::from(l.column))),
                    Some((line, col)),
                    "{}: finding {i}",
                    case.name
                );
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} vector(s) differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn every_code_is_triggered_by_a_vector() {
    let mut seen = BTreeSet::new();
    for case in cases() {
        for f in validate(&case.input, &options(&case.expected)).findings {
            seen.insert(f.code);
        }
    }
    let missing: Vec<&str> = Code::ALL
        .iter()
        .filter(|c| !seen.contains(c))
        .map(|c| c.as_str())
        .collect();
    assert!(missing.is_empty(), "codes without a vector: {missing:?}");
}

/// Codes whose findings genuinely carry no value besides their pointer:
/// their messages are fixed texts rendered from nothing.
const NO_CONTEXT: &[&str] = &[
    // "The document starts with a byte-order mark": the mark is always U+FEFF at 0.
    "json.bom",
    // "The document is empty": there is no value to name.
    "json.empty",
    // "The text is empty": the pointer names the field; the value is blank.
    "text.empty",
];

#[test]
fn every_vector_finding_carries_its_values_as_context() {
    let mut failures = Vec::new();
    for case in &cases() {
        let report = validate(&case.input, &options(&case.expected));
        for f in &report.findings {
            let code = f.code.as_str();
            if f.context.is_empty() && !NO_CONTEXT.contains(&code) {
                failures.push(format!("{}: {code} at {}", case.name, f.pointer));
            }
        }
    }
    assert!(failures.is_empty(), "findings without context:\n{}", failures.join("\n"));
}
