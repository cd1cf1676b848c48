//! Shared test vectors: `tests/vectors/<case>/input.json` with the expected
//! findings in `expected.json`. The Python and browser tests read the same files.
//!
//! A case may hold a log file `log.json` beside its concept `input.json`: then
//! the log file is validated against the concept, and the expected findings
//! are the log file's.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use benn_core::{validate, Code, Options, Report};
use serde_json::Value;

fn vectors_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors")
}

struct Case {
    name: String,
    input: Vec<u8>,
    /// A log file checked against the concept `input`.
    log: Option<Vec<u8>>,
    expected: Value,
}

impl Case {
    /// The findings the case expects to see: the concept's, or its log file's.
    fn report(&self, options: &Options) -> Report {
        match &self.log {
            None => validate(&self.input, options),
            Some(log) => {
                let concept = benn_core::read(&self.input)
                    .unwrap_or_else(|e| panic!("{}: the concept of log.json: {e}", self.name));
                benn_core::parse_log(log).validate(&concept, options)
            }
        }
    }
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
        let log = std::fs::read(dir.join("log.json")).ok();
        out.push(Case {
            name,
            input,
            log,
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
        let report = case.report(&options(&case.expected));
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
        for f in case.report(&options(&case.expected)).findings {
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
        let report = case.report(&options(&case.expected));
        for f in &report.findings {
            let code = f.code.as_str();
            if f.context.is_empty() && !NO_CONTEXT.contains(&code) {
                failures.push(format!("{}: {code} at {}", case.name, f.pointer));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "findings without context:\n{}",
        failures.join("\n")
    );
}

/// The context of the first finding of a code in a case, as `validate`
/// reports it: one row per code (of the rules, the format and the decoder).
const CONTEXTS: &[(&str, &str, &str)] = &[
    (
        "action-field-custom-key",
        "action_field.custom_key",
        r#"{"key":"begegnungen","standard_key":"begegnung","standard_name":"Begegnung und aktives Miteinander"}"#,
    ),
    (
        "action-field-custom-key-phase-one",
        "period.length",
        r#"{"start":"2020-07","end":"2021-12","months":18}"#,
    ),
    (
        "action-field-duplicate-key",
        "action_field.duplicate_key",
        r#"{"key":"begegnung"}"#,
    ),
    (
        "action-field-no-goals",
        "action_field.no_goals",
        r#"{"key":"netzwerk","title":"Netzwerkarbeit und Quartiersentwicklung"}"#,
    ),
    (
        "adoption-event-order",
        "adoption.event_order",
        r#"{"date":"2023-03-14","previous_date":"2023-04"}"#,
    ),
    (
        "adoption-events-inconsistent",
        "adoption.inconsistent",
        r#"{"status":"adopted","derived_status":"noted"}"#,
    ),
    (
        "adoption-inconsistent",
        "adoption.inconsistent",
        r#"{"status":"draft","field":"resolution_date"}"#,
    ),
    (
        "period-label",
        "period.label",
        r#"{"label":"2023-2025","label_start":"2023-07","label_end":"2025-06","start":"2023-01","end":"2024-12"}"#,
    ),
    (
        "many-rule-findings",
        "step.weight",
        r#"{"id":"g1","weight":"-1"}"#,
    ),
    (
        "adoption-noted-before-resolution",
        "adoption.inconsistent",
        r#"{"status":"noted","field":"noted_date","noted_date":"2023-03-01","resolution_date":"2023-03-14"}"#,
    ),
    (
        "amount-i64-max",
        "budget.exceeded",
        r#"{"year":2023,"planned_cents":9223372036854775807,"budget_cents":3000000,"over_cents":9223372036851775807}"#,
    ),
    (
        "amount-negative",
        "amount.negative",
        r#"{"amount_cents":-5000}"#,
    ),
    (
        "area-outside-site",
        "area.outside_site",
        r#"{"lor_code":"035009","lor_level":"district_region","official_name":"Weißensee"}"#,
    ),
    (
        "budget-above-standard",
        "budget.above_standard",
        r#"{"year":2023,"amount_cents":4000001,"standard_cents":2000000,"site_type":"qm_attached"}"#,
    ),
    (
        "budget-below-standard",
        "budget.below_standard",
        r#"{"year":2024,"amount_cents":30000,"standard_cents":3000000,"site_type":"benn","months":12,"share_cents":3000000}"#,
    ),
    (
        "budget-duplicate-year",
        "budget.duplicate_year",
        r#"{"year":2023}"#,
    ),
    (
        "budget-year-missing",
        "budget.year_missing",
        r#"{"year":2023,"planned_cents":100000,"count":1,"id":"s1"}"#,
    ),
    (
        "budget-year-outside-period",
        "budget.year_outside_period",
        r#"{"year":2025,"first_year":2023,"last_year":2024}"#,
    ),
    (
        "concept-duplicate-id",
        "concept.duplicate_id",
        r#"{"id":"test-2023","count":2}"#,
    ),
    ("field-step-id-duplicate", "id.duplicate", r#"{"id":"s1"}"#),
    (
        "format-upgrade",
        "format.upgrade",
        r#"{"field":"start_date","needed":2}"#,
    ),
    (
        "format-version-missing",
        "field.missing",
        r#"{"field":"format_version"}"#,
    ),
    (
        "format-version-newer",
        "format.version",
        r#"{"version":99,"min":1,"max":3}"#,
    ),
    ("goal-no-steps", "goal.no_steps", r#"{"id":"g2"}"#),
    (
        "indicator-no-baseline",
        "indicator.no_baseline",
        r#"{"id":"i1","name":"Teilnehmende"}"#,
    ),
    (
        "indicator-no-baseline-no-target",
        "indicator.no_target",
        r#"{"id":"i1","name":"Teilnehmende"}"#,
    ),
    (
        "indicator-percentage-bounds",
        "indicator.value",
        r#"{"id":"i2","which":"baseline","measure":"percentage","value":"-0.5"}"#,
    ),
    (
        "json-bom-with-finding",
        "ref.previous",
        r#"{"id":"test-2023"}"#,
    ),
    ("json-comment", "json.syntax", r#"{"problem":"comment"}"#),
    (
        "json-number-huge",
        "json.number_range",
        r#"{"value":"1e400"}"#,
    ),
    ("json-utf8", "json.utf8", r#"{"byte":228,"offset":149}"#),
    (
        "lor-level",
        "lor.level",
        r#"{"lor_code":"035010","official_name":"Weißensee Ost","level":"planning_area","lor_level":"district_region"}"#,
    ),
    (
        "lor-name-mismatch",
        "lor.name_mismatch",
        r#"{"lor_code":"03500932","official_name":"Bühringstraße","name":"Weißensee","lor_level":"planning_area"}"#,
    ),
    (
        "lor-other-district",
        "lor.other_district",
        r#"{"lor_code":"09300922","district":"09","site_district":"03"}"#,
    ),
    (
        "lor-unknown",
        "lor.unknown",
        r#"{"lor_code":"03500939","suggestions":["03500932","03500933","03500934"]}"#,
    ),
    (
        "many-rule-findings",
        "ref.planning_area",
        r#"{"lor_code":"03500933","lor_level":"planning_area","official_name":"Weißer See","district_region":"035009","touches_site":true}"#,
    ),
    (
        "many-rule-findings",
        "ref.body",
        r#"{"suggestion":"forum","id":"froum"}"#,
    ),
    (
        "ref-previous-unchecked",
        "ref.previous_unchecked",
        r#"{"id":"test-2021"}"#,
    ),
    (
        "shelter-duplicate",
        "shelter.duplicate",
        r#"{"name":"GU-Quittenweg"}"#,
    ),
    (
        "step-cost-tiny",
        "step.cost_tiny",
        r#"{"planned_cents":50}"#,
    ),
    (
        "step-done-not-started",
        "step.done_not_started",
        r#"{"id":"s1","status":"done","start":"2023-05"}"#,
    ),
    (
        "step-duplicate-text",
        "step.duplicate_text",
        r#"{"id":"s2","first_id":"s1","text":"NachbarschaftsFEST"}"#,
    ),
    (
        "time-after-period",
        "time.after_period",
        r#"{"date":"2025","period_end":"2024-12"}"#,
    ),
    (
        "time-end-before-start",
        "time.end_before_start",
        r#"{"start":"2023-06-01","end":"2023-01-31"}"#,
    ),
    (
        "time-future",
        "time.future",
        r#"{"date":"2023-06","today":"2023-05-31"}"#,
    ),
    (
        "time-outside-period",
        "time.outside_period",
        r#"{"id":"s1","start":"2024-10","end":"2025-03","period_start":"2023-01","period_end":"2024-12"}"#,
    ),
    (
        "log-budget-exceeded",
        "log.budget_exceeded",
        r#"{"year":2023,"spent_cents":3500000,"budget_cents":3000000,"over_cents":500000}"#,
    ),
    (
        "log-budget-year",
        "log.budget_year",
        r#"{"year":2025,"first_year":2023,"last_year":2024}"#,
    ),
    (
        "log-conflict",
        "log.conflict",
        r#"{"id":"s1","date":"2023-06-01","previous_status":"done","status":"postponed"}"#,
    ),
    (
        "log-date-future",
        "log.date_future",
        r#"{"date":"2023-06-02","today":"2023-06-01"}"#,
    ),
    (
        "log-date-outside-period",
        "log.date_outside_period",
        r#"{"date":"2022-12-15","period_start":"2023-01","period_end":"2024-12","months":3}"#,
    ),
    ("log-duplicate-id", "log.duplicate_id", r#"{"id":"e-1"}"#),
    (
        "log-field-unused",
        "log.field_unused",
        r#"{"kind":"status","field":"participants"}"#,
    ),
    (
        "log-file-concept",
        "log.concept",
        r#"{"concept":"anders-2023","given":"test-2023"}"#,
    ),
    (
        "log-file-rules",
        "log.ref",
        r#"{"field":"step","id":"s2","suggestion":"s1"}"#,
    ),
    (
        "log-kind-fields",
        "log.kind_fields",
        r#"{"kind":"status","field":"status"}"#,
    ),
    (
        "log-progress-range",
        "log.progress_range",
        r#"{"value":"120","min":0,"max":100}"#,
    ),
    (
        "log-status-transition",
        "log.status_transition",
        r#"{"id":"s1","previous_status":"done","status":"in_progress"}"#,
    ),
    (
        "log-unit-mismatch",
        "log.unit_mismatch",
        r#"{"id":"i1","unit":"Gäste","measure":"unit","indicator_unit":"Personen"}"#,
    ),
    (
        "log-value",
        "log.value",
        r#"{"id":"i1","measure":"unit","value":"viele"}"#,
    ),
];

#[test]
fn findings_carry_the_values_of_their_messages() {
    let cases = cases();
    let mut failures = Vec::new();
    for (name, code, want) in CONTEXTS {
        let case = cases
            .iter()
            .find(|c| c.name == *name)
            .expect("the case exists");
        let report = case.report(&options(&case.expected));
        let Some(f) = report.findings.iter().find(|f| f.code.as_str() == *code) else {
            failures.push(format!("{name}: no {code}"));
            continue;
        };
        let got: std::collections::BTreeMap<&str, Value> = f
            .context
            .iter()
            .map(|(k, v)| (*k, serde_json::to_value(v).unwrap()))
            .collect();
        let want: std::collections::BTreeMap<&str, Value> = serde_json::from_str(want).unwrap();
        if got != want {
            failures.push(format!("{name}: {code}: {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
