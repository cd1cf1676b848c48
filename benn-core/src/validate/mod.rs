//! Validation: every finding of a document, in three phases.
//!
//! 1. **Syntax**: UTF-8, JSON, nesting depth. A syntax error ends reading.
//! 2. **Shape**: unknown and missing fields, wrong types, malformed months,
//!    dates, ids and LOR codes. All shape findings are collected.
//! 3. **Rules**: the domain rules on the concept (ids, references, areas,
//!    time, budget, texts, structure, indicators, adoption). They run once the
//!    document has the right shape, so they never guess at a broken one.

mod adoption;
mod areas;
mod budget;
mod fields;
mod ids;
mod indicators;
mod refs;
mod texts;
mod time;

use crate::diag::{text, Code, Finding, Pointer, Report, MAX_FINDINGS};
use crate::format;
use crate::json::position::LineIndex;
use crate::model::{Concept, Date, Id, Period};

/// What validation may know beyond the document itself. All of it is optional.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Options {
    /// Today's date, for rules about the present (`step.done_not_started`).
    /// The core never reads the clock; callers pass it in.
    pub today: Option<Date>,
    /// Other concepts known to the caller (e.g. the other files given to
    /// `benn validate`), against which `previous` is resolved. When empty,
    /// only self-references are reported.
    pub known_concepts: Vec<KnownConcept>,
}

impl Options {
    /// Options with `today` read from `YYYY-MM-DD`; the error says why the
    /// text is no date (for the bindings, which take the date as text).
    ///
    /// ```
    /// assert!(benn_core::Options::with_today("2024-02-29").is_ok());
    /// let e = benn_core::Options::with_today("2023-02-29").unwrap_err();
    /// assert_eq!(e, "today must be a date YYYY-MM-DD; `2023-02-29`: day 29 does not exist in 2023-02");
    /// ```
    pub fn with_today(text: &str) -> Result<Options, String> {
        let date = text
            .parse()
            .map_err(|e| format!("today must be a date YYYY-MM-DD; `{text}`: {e}"))?;
        Ok(Options {
            today: Some(date),
            ..Options::default()
        })
    }
}

/// A concept known to the caller: enough to resolve a `previous` reference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownConcept {
    /// The concept's id.
    pub id: Id,
    /// Its period.
    pub period: Period,
}

impl From<&Concept> for KnownConcept {
    fn from(c: &Concept) -> Self {
        Self {
            id: c.id.clone(),
            period: c.period.clone(),
        }
    }
}

/// Validates a document from its bytes and returns **all** findings, sorted
/// by their place in the text. Never panics, whatever the input.
///
/// ```
/// use benn_core::{validate, Options, Severity};
/// let text = std::fs::read("../examples/weissensee-2023.json").unwrap();
/// let report = validate(&text, &Options::default());
/// assert!(!report.has_errors());
///
/// let broken = br#"{"format_version": 1, "titel": "x"}"#;
/// let report = validate(broken, &Options::default());
/// let typo = report.findings.iter().find(|f| f.code.as_str() == "field.unknown").unwrap();
/// assert_eq!((typo.pointer.as_str(), typo.severity), ("/titel", Severity::Error));
/// assert!(typo.message.en.contains("did you mean `title`?"));
/// assert!(report.findings.iter().any(|f| f.code.as_str() == "field.missing"));
/// ```
pub fn validate(src: &[u8], options: &Options) -> Report {
    let decoded = format::decode(src);
    let mut findings = decoded.findings;
    if let (Some(concept), Some((text, start))) = (decoded.concept, decoded.text) {
        let mut rules = check(&concept, options);
        release(concept);
        place(text, start, &mut rules);
        findings.append(&mut rules);
    }
    finish(src, &mut findings);
    let omitted = decoded.dropped + findings.len().saturating_sub(MAX_FINDINGS);
    if omitted > 0 {
        findings.truncate(MAX_FINDINGS);
        let mut last = Finding::new(
            Code::ReportTruncated,
            "",
            text!(
                "Es gibt mehr als {MAX_FINDINGS} Befunde; {omitted} weitere werden nicht gezeigt.",
                "There are more than {MAX_FINDINGS} findings; {omitted} more are not shown.",
            ),
        )
        .with_hint(text!(
            "Beheben Sie die gezeigten Probleme und prüfen Sie erneut.",
            "Fix the problems shown and validate again.",
        ));
        last.location = Some(crate::diag::Location {
            line: 1,
            column: 1,
            offset: 0,
        });
        findings.push(last);
    }
    Report { findings }
}

/// Frees a checked concept goal by goal.
///
/// A large concept is hundreds of thousands of small blocks. glibc's allocator
/// parks freed small blocks and merges them later, in an order that misses the
/// cache once the heap outgrows it: freeing a million-step concept in one go
/// took twice as long per step as a hundred-thousand-step one. Asking for a
/// block above 1 KiB after each goal makes it merge what was just freed, while
/// that is still in cache. Other allocators pay one allocation per goal.
fn release(mut concept: Concept) {
    for field in &mut concept.action_fields {
        for goal in &mut field.goals {
            drop(std::mem::take(&mut goal.steps));
            drop(std::hint::black_box(Vec::<u8>::with_capacity(4096)));
        }
    }
}

/// Runs the domain rules (phase 3) on a concept built or read elsewhere.
/// The findings carry pointers but no locations.
pub fn check(concept: &Concept, options: &Options) -> Vec<Finding> {
    let mut out = Vec::new();
    ids::check(concept, &mut out);
    areas::check(concept, &mut out);
    refs::check(concept, options, &mut out);
    time::check(concept, options, &mut out);
    budget::check(concept, &mut out);
    texts::check(concept, &mut out);
    fields::check(concept, &mut out);
    indicators::check(concept, &mut out);
    adoption::check(concept, &mut out);
    out
}

/// Gives rule findings the offsets of their pointers (or of the nearest
/// ancestor that exists).
fn place(text: &str, start: usize, findings: &mut [Finding]) {
    if findings.is_empty() {
        return;
    }
    let mut wanted: Vec<&str> = Vec::with_capacity(findings.len() * 2);
    for f in findings.iter() {
        wanted.push(&f.pointer);
        if let Some(r) = &f.related {
            wanted.push(&r.pointer);
        }
    }
    let found = format::locate(text, start, &wanted);
    let offset_of = |pointer: &str| {
        let mut p = pointer;
        loop {
            if let Some(&o) = found.get(p) {
                return Some(o);
            }
            p = p.get(..p.rfind('/')?)?;
        }
    };
    for f in findings.iter_mut() {
        if let Some(o) = offset_of(&f.pointer) {
            f.location = Some(crate::diag::Location {
                line: 0,
                column: 0,
                offset: o,
            });
        }
        if let Some(r) = &mut f.related {
            if let Some(o) = offset_of(&r.pointer) {
                r.location = Some(crate::diag::Location {
                    line: 0,
                    column: 0,
                    offset: o,
                });
            }
        }
    }
}

/// Fills in lines and columns of findings that have offsets, and sorts them.
pub(crate) fn locate_offsets(src: &[u8], findings: &mut [Finding]) {
    finish(src, findings);
}

/// Fills in lines and columns and sorts by place.
fn finish(src: &[u8], findings: &mut [Finding]) {
    if findings.is_empty() {
        return;
    }
    let index = LineIndex::new(src);
    for f in findings.iter_mut() {
        if let Some(l) = &mut f.location {
            *l = index.locate(l.offset);
        }
        if let Some(l) = f.related.as_mut().and_then(|r| r.location.as_mut()) {
            *l = index.locate(l.offset);
        }
    }
    findings.sort_by_key(|f| (f.location.map_or(0, |l| l.offset), f.severity, f.code));
}

/// Pointers into the concept, built only when a finding needs one.
pub(crate) mod at {
    use super::Pointer;

    pub(crate) fn field(f: usize) -> Pointer {
        Pointer::root().key("action_fields").index(f)
    }
    pub(crate) fn goal(f: usize, g: usize) -> Pointer {
        field(f).key("goals").index(g)
    }
    pub(crate) fn step(f: usize, g: usize, s: usize) -> Pointer {
        goal(f, g).key("steps").index(s)
    }
    pub(crate) fn indicator(f: usize, g: usize, i: usize) -> Pointer {
        goal(f, g).key("indicators").index(i)
    }
    pub(crate) fn site() -> Pointer {
        Pointer::root().key("site")
    }
}

/// Every goal with its indices.
pub(crate) fn goals(c: &Concept) -> impl Iterator<Item = (usize, usize, &crate::model::Goal)> {
    c.action_fields.iter().enumerate().flat_map(|(f, field)| {
        field
            .goals
            .iter()
            .enumerate()
            .map(move |(g, goal)| (f, g, goal))
    })
}

/// Every step with its indices.
pub(crate) fn steps(
    c: &Concept,
) -> impl Iterator<Item = (usize, usize, usize, &crate::model::Step)> {
    goals(c).flat_map(|(f, g, goal)| {
        goal.steps
            .iter()
            .enumerate()
            .map(move |(s, step)| (f, g, s, step))
    })
}

#[cfg(test)]
pub(crate) mod testing {
    //! A small valid concept for rule tests.

    use crate::model::Concept;

    pub(crate) const MINIMAL: &str = r#"{
      "format_version": 1,
      "id": "test-2023",
      "site": {
        "name": "BENN Test", "district": "03", "site_type": "benn", "operator": "Träger gGmbH",
        "planning_areas": [
          {"code": "03500932", "name": "Bühringstraße", "level": "planning_area"},
          {"code": "035010", "name": "Weißensee Ost", "level": "district_region"}
        ],
        "bodies": [{"id": "forum", "kind": "neighbourhood_forum", "name": "Nachbarschaftsforum"}]
      },
      "period": {"start": "2023-01", "end": "2024-12"},
      "adoption": {"status": "adopted", "resolution_date": "2023-03-14"},
      "aim": "Zusammenhalt stärken",
      "budget": [{"year": 2023, "amount_cents": 3000000}, {"year": 2024, "amount_cents": 3000000}],
      "action_fields": [{
        "key": "begegnung", "title": "Begegnung",
        "goals": [{
          "id": "g1", "text": "Wir wollen Nachbarschaft stärken.", "planning_areas": ["03500932"],
          "steps": [{"id": "s1", "text": "Nachbarschaftsfest", "status": "planned",
                     "timeframe": {"start": "2023-05", "end": "2023-09"}, "planned_cost_cents": 100000}]
        }]
      }]
    }"#;

    pub(crate) fn concept() -> Concept {
        crate::read(MINIMAL.as_bytes()).expect("the fixture is valid")
    }

    /// Codes the rules find in `c`.
    pub(crate) fn codes(c: &Concept) -> Vec<&'static str> {
        super::check(c, &super::Options::default())
            .iter()
            .map(|f| f.code.as_str())
            .collect()
    }
}
