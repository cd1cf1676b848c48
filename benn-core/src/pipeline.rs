//! The pipeline: bytes → decoded document → rules → located report. The one
//! way in for [`read`], [`validate`], the command line and the bindings.
//!
//! 1. **Syntax**: UTF-8, JSON, nesting depth (the generic JSON layer). A
//!    syntax error ends reading.
//! 2. **Shape**: unknown and missing fields, wrong types, malformed months,
//!    dates, ids and LOR codes (the concept format). All are collected.
//! 3. **Rules**: the domain rules on the concept ([`crate::check`]). They run once
//!    the document has the right shape, so they never guess at a broken one.
//! 4. **Locating**: rule findings know only JSON Pointers; one walk over the
//!    text gives them offsets, and one more pass turns every offset into line
//!    and column. This happens here and nowhere else.
//!
//! A caller with several documents (e.g. `benn validate a.json b.json`, whose
//! files know each other's ids) parses each once with [`parse`], takes the
//! concepts it needs from [`Parsed::concept`], and validates each [`Parsed`].

use crate::diag::{text, Code, Finding, Findings, Location, Report, Severity, MAX_FINDINGS};
use crate::error::Error;
use crate::format::{self, Decoded};
use crate::json::{locate, position};
use crate::model::{Concept, Log};
use crate::validate::{log::check_file, rules, Options};

/// A document read once: its concept (when syntax and shape were right) and
/// the findings so far. Validate it with [`Parsed::validate`].
#[derive(Debug)]
pub struct Parsed<'a> {
    src: &'a [u8],
    decoded: Decoded<'a>,
}

/// Reads a document's syntax and shape, once. Never panics, whatever the input.
///
/// ```
/// use benn_core::{parse, Options};
/// let text = std::fs::read("../examples/weissensee-2023.json").unwrap();
/// let parsed = parse(&text);
/// let id = parsed.concept().map(|c| c.id.clone());
/// assert_eq!(id.unwrap().as_str(), "weissensee-2023");
/// assert!(!parsed.validate(&Options::default()).has_errors());
/// assert!(parse(b"{").concept().is_none());
/// ```
pub fn parse(src: &[u8]) -> Parsed<'_> {
    Parsed {
        src,
        decoded: format::decode(src),
    }
}

/// [`parse`] for a text that is a string already (from Rust, JS or Python):
/// the same findings, without checking the bytes for UTF-8 again.
///
/// ```
/// let text = std::fs::read_to_string("../examples/weissensee-2023.json").unwrap();
/// let (a, b) = (benn_core::parse_text(&text), benn_core::parse(text.as_bytes()));
/// assert_eq!(a.concept(), b.concept());
/// ```
pub fn parse_text(src: &str) -> Parsed<'_> {
    Parsed {
        src: src.as_bytes(),
        decoded: format::decode_text(src),
    }
}

impl Parsed<'_> {
    /// The concept, when the document has no syntax or shape error.
    pub fn concept(&self) -> Option<&Concept> {
        self.decoded.value.as_ref()
    }

    /// Every finding of the document: syntax and shape findings, then (when
    /// the shape is right) the rules' findings, located and sorted by place.
    pub fn validate(&self, options: &Options) -> Report {
        report(
            self.src,
            &self.decoded,
            self.decoded.findings.clone(),
            |c, sink| rules(c, options, sink),
        )
    }

    /// The concept, or the error findings that kept it from being read.
    ///
    /// # Errors
    /// [`Error::Invalid`] when the document has a syntax or shape error.
    pub fn into_concept(self) -> Result<Concept, Error> {
        if let Some(c) = self.decoded.value {
            return Ok(c);
        }
        Err(invalid(self.src, self.decoded.findings))
    }

    /// [`Parsed::validate`] that consumes the document and frees it quickly:
    /// what [`validate`] does.
    ///
    /// ```
    /// use benn_core::{parse_text, Options};
    /// let report = parse_text(r#"{"format_version": 1}"#).into_report(&Options::default());
    /// assert!(report.has_errors());
    /// ```
    pub fn into_report(mut self, options: &Options) -> Report {
        let shape = std::mem::take(&mut self.decoded.findings);
        let r = report(self.src, &self.decoded, shape, |c, sink| {
            rules(c, options, sink);
        });
        if let Some(c) = self.decoded.value.take() {
            release(c);
        }
        r
    }
}

/// Reads a concept: syntax and shape must be right. Domain rules are not run;
/// use [`validate`] for all findings. Warnings (such as a byte-order mark) do
/// not stop reading.
///
/// ```
/// let err = benn_core::read(b"{\"format_version\": 1}").unwrap_err();
/// assert_eq!(err.code(), "read.invalid");
/// assert!(err.findings().iter().any(|f| f.code.as_str() == "field.missing"));
/// ```
///
/// # Errors
/// [`Error::Invalid`] with the error findings when the document cannot be read.
pub fn read(src: &[u8]) -> Result<Concept, Error> {
    parse(src).into_concept()
}

/// A log file read once: its [`Log`] (when syntax and shape were right) and
/// the findings so far. Validate it against its concept with
/// [`ParsedLog::validate`].
#[derive(Debug)]
pub struct ParsedLog<'a> {
    src: &'a [u8],
    decoded: Decoded<'a, Log>,
}

/// Reads a log file's syntax and shape, once. Never panics, whatever the input.
///
/// ```
/// use benn_core::{parse_log, read, Options};
/// let concept = read(&std::fs::read("../examples/weissensee-2023.json").unwrap()).unwrap();
/// let text = std::fs::read("../examples/weissensee-2023.log.json").unwrap();
/// let parsed = parse_log(&text);
/// assert_eq!(parsed.log().unwrap().concept, concept.id);
/// assert!(!parsed.validate(&concept, &Options::default()).has_errors());
/// ```
pub fn parse_log(src: &[u8]) -> ParsedLog<'_> {
    ParsedLog {
        src,
        decoded: format::decode(src),
    }
}

impl ParsedLog<'_> {
    /// The log, when the document has no syntax or shape error.
    pub fn log(&self) -> Option<&Log> {
        self.decoded.value.as_ref()
    }

    /// Every finding of the log file: syntax and shape findings, then (when
    /// the shape is right) the log rules against `concept`, located in the
    /// log file's text and sorted by place.
    pub fn validate(&self, concept: &Concept, options: &Options) -> Report {
        report(
            self.src,
            &self.decoded,
            self.decoded.findings.clone(),
            |log, sink| check_file(log, concept, options, sink),
        )
    }

    /// The log, or the error findings that kept it from being read.
    ///
    /// # Errors
    /// [`Error::Invalid`] when the document has a syntax or shape error.
    pub fn into_log(self) -> Result<Log, Error> {
        if let Some(log) = self.decoded.value {
            return Ok(log);
        }
        Err(invalid(self.src, self.decoded.findings))
    }
}

/// Reads a log file: syntax and shape must be right. The log rules, which
/// need the concept, are not run; use [`ParsedLog::validate`] for them.
///
/// From 1 MiB of entries on, the entries are read on two threads (one of
/// them spawned for the call, none in the wasm build); the log and the
/// findings are always those of reading in one pass. The same holds for
/// [`parse_log`] and for the `log` of a concept.
///
/// # Errors
/// [`Error::Invalid`] with the error findings when the document cannot be read.
pub fn read_log(src: &[u8]) -> Result<Log, Error> {
    parse_log(src).into_log()
}

/// The error findings of a document that cannot be read, located and sorted.
fn invalid(src: &[u8], mut findings: Vec<Finding>) -> Error {
    findings.retain(|f| f.severity == Severity::Error);
    position::resolve(src, &mut findings);
    sort(&mut findings);
    Error::Invalid(Box::new(Report { findings }))
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
    parse(src).into_report(options)
}

/// Phases 3 and 4: rules (when the document has a value), locating, the cap.
fn report<T>(
    src: &[u8],
    decoded: &Decoded<'_, T>,
    mut findings: Vec<Finding>,
    rules: impl FnOnce(&T, &mut Findings),
) -> Report {
    let mut omitted = decoded.dropped;
    if let (Some(value), Some((text, start))) = (&decoded.value, decoded.text) {
        let mut sink = Findings::with_cap(MAX_FINDINGS.saturating_sub(findings.len()));
        rules(value, &mut sink);
        let (mut found, dropped) = sink.into_parts();
        omitted += dropped;
        locate::place(text, start, &mut found);
        findings.append(&mut found);
    }
    omitted += findings.len().saturating_sub(MAX_FINDINGS);
    findings.truncate(MAX_FINDINGS);
    position::resolve(src, &mut findings);
    sort(&mut findings);
    if omitted > 0 {
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
        ))
        .with("omitted", omitted);
        last.location = Some(Location {
            line: 1,
            column: 1,
            offset: 0,
        });
        findings.push(last);
    }
    Report { findings }
}

/// Sorts findings by place, then severity and code.
fn sort(findings: &mut [Finding]) {
    crate::sort::sort_by_key(findings, |f| {
        (f.location.map_or(0, |l| l.offset), f.severity, f.code)
    });
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A valid concept whose steps all share one id and one text: one
    /// `id.duplicate` and one `step.duplicate_text` per step after the first.
    fn colliding(n: usize) -> String {
        let step = r#"{"id": "s", "text": "Fest", "status": "planned"}"#;
        let steps = vec![step; n].join(",");
        crate::validate::testing::MINIMAL.replacen(
            r#"{"id": "s1", "text": "Nachbarschaftsfest", "status": "planned",
                     "timeframe": {"start": "2023-05", "end": "2023-09"}, "planned_cost_cents": 100000}"#,
            &steps,
            1,
        )
    }

    #[test]
    fn a_text_reads_as_its_bytes_do() {
        let example = std::fs::read_to_string("../examples/weissensee-2023.json").unwrap();
        let bom = format!("\u{FEFF}{example}");
        let broken = example.replacen("\"aim\"", "\"ziel\"", 1);
        for text in [
            example.as_str(),
            bom.as_str(),
            broken.as_str(),
            "\u{FEFF}",
            "",
            " \n",
            "{\"format_version\": 1,",
            "[]",
        ] {
            let (a, b) = (parse_text(text), parse(text.as_bytes()));
            assert_eq!(a.concept(), b.concept(), "{text:.40}");
            let options = Options::default();
            assert_eq!(a.validate(&options), b.validate(&options), "{text:.40}");
            assert_eq!(a.into_report(&options), validate(text.as_bytes(), &options));
        }
        // The byte-order mark is reported, then skipped, from a text too.
        let report = parse_text(&bom).into_report(&Options::default());
        let codes: Vec<_> = report.findings.iter().map(|f| f.code).collect();
        assert_eq!(codes, [Code::JsonBom]);
    }

    #[test]
    fn rule_findings_stop_at_the_cap_while_generated() {
        let doc = colliding(200_000);
        let parsed = parse(doc.as_bytes());
        let concept = parsed.concept().expect("the shape is right");
        let mut sink = Findings::default();
        rules(concept, &Options::default(), &mut sink);
        // The sink never holds more than the cap; the rest is only counted.
        assert_eq!(sink.len(), MAX_FINDINGS);
        // Each copy repeats the first step's id and its text.
        assert_eq!(sink.len() + sink.dropped(), 2 * (200_000 - 1));
        let report = parsed.validate(&Options::default());
        assert_eq!(report.findings.len(), MAX_FINDINGS + 1);
        let last = report.findings.last().map(|f| f.code.as_str());
        assert_eq!(last, Some("report.truncated"));
        assert!(report
            .findings
            .last()
            .is_some_and(|f| f.message.en.contains(" 389998 more")));
    }

    #[test]
    fn thousands_of_findings_on_one_long_line_are_located_right() {
        let fields: Vec<String> = (0..12_000).map(|i| format!("\"x{i}\": 0")).collect();
        let doc = format!("{{\"format_version\": 1, {}}}", fields.join(", "));
        let report = validate(doc.as_bytes(), &Options::default());
        assert_eq!(report.findings.len(), MAX_FINDINGS + 1);
        for f in &report.findings {
            let l = f.location.unwrap_or_default();
            // One line of ASCII: the column is the offset plus one.
            assert_eq!((l.line, l.column as usize), (1, l.offset + 1), "{}", f.code);
        }
        let unknown = report
            .findings
            .iter()
            .find(|f| f.code == Code::FieldUnknown);
        let json = serde_json::to_value(unknown).unwrap_or_default();
        assert_eq!(json["context"]["field"], "x0");
        assert_eq!(json["context"]["allowed"][0], "format_version");
    }

    #[test]
    fn shape_findings_past_the_cap_are_counted_not_kept() {
        let fields: Vec<String> = (0..MAX_FINDINGS).map(|i| format!("\"x{i}\": 0")).collect();
        let doc = format!(
            "{{\"format_version\": 1, {}, \"id\": \"a\", \"id\": \"b\"}}",
            fields.join(", ")
        );
        let report = validate(doc.as_bytes(), &Options::default());
        assert_eq!(report.findings.len(), MAX_FINDINGS + 1);
        // The repeated `id` and four missing required fields (site, period, aim,
        // action_fields): five not shown.
        let last = report.findings.last().map(|f| f.context.clone());
        assert_eq!(last, Some(vec![("omitted", 5_usize.into())]));
    }

    #[test]
    fn parse_once_validate_twice_gives_the_same_report() {
        let doc = colliding(3);
        let parsed = parse(doc.as_bytes());
        let a = parsed.validate(&Options::default());
        assert_eq!(a, parsed.validate(&Options::default()));
        assert_eq!(a, validate(doc.as_bytes(), &Options::default()));
        assert_eq!(a.count(Severity::Error), 2);
    }
}
