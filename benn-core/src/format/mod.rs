//! The concept format: strict JSON with a format version, read with precise
//! findings and written canonically.

mod hints;
mod model_decode;
mod write;

// The generic JSON layer, at the paths the concept decoder has always used.
pub(crate) use crate::json::decode;
pub(crate) use crate::json::parser as json;
pub(crate) use crate::json::syntax;

use crate::diag::{text, Code, Finding, Severity, Text};
use crate::model::{Concept, FORMAT_VERSION, MIN_FORMAT_VERSION};

pub use write::{write, write_log, WriteError};

/// A kind of document of the format: the concept, or a log file. The one
/// reader ([`decode`]) handles byte-order marks, UTF-8, empty documents and
/// the format version for every kind alike.
pub(crate) trait DocumentKind: Sized {
    /// What an empty document should start with, in both languages.
    fn empty_hint() -> Text;
    /// The kind's own type-mismatch hints.
    const HINTS: decode::HintFn;
    /// Reads the root object: the value (when its shape is right) and the
    /// format version with its offset.
    fn decode_root(d: &mut decode::Decoder<'_>) -> decode::R<model_decode::DecodedRoot<Self>>;
    /// The lowest format version that holds everything the document says,
    /// with the first field that needs it; `None` when version 1 does.
    fn needs_version(&self) -> Option<(u32, &'static str)>;
}

impl DocumentKind for Concept {
    fn empty_hint() -> Text {
        text!(
            "Ein Handlungskonzept ist ein JSON-Objekt, das mit `{{\"format_version\": {FORMAT_VERSION}, …` beginnt.",
            "A concept is a JSON object starting with `{{\"format_version\": {FORMAT_VERSION}, …`.",
        )
    }
    const HINTS: decode::HintFn = hints::concept_hint;
    fn decode_root(d: &mut decode::Decoder<'_>) -> decode::R<model_decode::DecodedRoot<Self>> {
        model_decode::decode_root(d)
    }
    fn needs_version(&self) -> Option<(u32, &'static str)> {
        if !self.log.is_empty() {
            return Some((3, "log"));
        }
        self.version_2_feature().map(|f| (2, f))
    }
}

impl DocumentKind for crate::model::Log {
    fn empty_hint() -> Text {
        text!(
            "Ein Sachstandsprotokoll ist ein JSON-Objekt, das mit `{{\"format_version\": {FORMAT_VERSION}, \"concept\": …` beginnt.",
            "A log is a JSON object starting with `{{\"format_version\": {FORMAT_VERSION}, \"concept\": …`.",
        )
    }
    const HINTS: decode::HintFn = hints::concept_hint;
    fn decode_root(d: &mut decode::Decoder<'_>) -> decode::R<model_decode::DecodedRoot<Self>> {
        model_decode::decode_root(d)
    }
    fn needs_version(&self) -> Option<(u32, &'static str)> {
        // Log files exist from format version 3 on.
        Some((3, "entries"))
    }
}

/// The result of the first two phases: syntax, then shape.
#[derive(Debug)]
pub(crate) struct Decoded<'a, T = Concept> {
    /// The document's value, when it had no syntax or shape error.
    pub(crate) value: Option<T>,
    /// Findings so far, with byte offsets.
    pub(crate) findings: Vec<Finding>,
    /// The text as UTF-8 and where the JSON starts (after a byte-order mark).
    pub(crate) text: Option<(&'a str, usize)>,
    /// Shape findings left out beyond the cap.
    pub(crate) dropped: usize,
}

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Reads bytes into a document of kind `T`, collecting every syntax and shape finding.
pub(crate) fn decode<T: DocumentKind>(src: &[u8]) -> Decoded<'_, T> {
    match std::str::from_utf8(src) {
        Ok(text) => decode_text(text),
        Err(e) => {
            let at = e.valid_up_to();
            let byte = src.get(at).copied().unwrap_or(0);
            let utf8 = Finding::new(
                Code::JsonUtf8,
                "",
                text!(
                    "Ungültiges UTF-8: Byte 0x{byte:02X} an Position {at} gehört zu keinem Zeichen.",
                    "Invalid UTF-8: byte 0x{byte:02X} at offset {at} is not part of a character.",
                ),
            )
            .with_hint(text!(
                "Speichern Sie die Datei in der Kodierung UTF-8 (nicht Latin-1 oder Windows-1252).",
                "Save the file in the UTF-8 encoding (not Latin-1 or Windows-1252).",
            ))
            .at_offset(at)
            .with("byte", u32::from(byte))
            .with("offset", at);
            Decoded {
                value: None,
                findings: bom(src).into_iter().chain([utf8]).collect(),
                text: None,
                dropped: 0,
            }
        }
    }
}

/// The `json.bom` finding, when the text starts with a byte-order mark.
fn bom(src: &[u8]) -> Option<Finding> {
    src.starts_with(BOM).then(|| {
        Finding::new(
            Code::JsonBom,
            "",
            text!(
                "Das Dokument beginnt mit einer Byte-Order-Mark (U+FEFF); sie wird übergangen.",
                "The document starts with a byte-order mark (U+FEFF); it is skipped.",
            ),
        )
        .with_hint(text!(
            "Speichern Sie die Datei als UTF-8 ohne BOM.",
            "Save the file as UTF-8 without BOM.",
        ))
        .at_offset(0)
    })
}

/// [`decode`] for a text known to be UTF-8 (a Rust, JS or Python string).
pub(crate) fn decode_text<T: DocumentKind>(text: &str) -> Decoded<'_, T> {
    let mut findings: Vec<Finding> = bom(text.as_bytes()).into_iter().collect();
    let start = if findings.is_empty() { 0 } else { BOM.len() };
    let body = text.get(start..).unwrap_or_default();
    if body.trim_matches([' ', '\t', '\n', '\r']).is_empty() {
        findings.push(
            Finding::new(
                Code::JsonEmpty,
                "",
                text!("Das Dokument ist leer.", "The document is empty."),
            )
            .with_hint(T::empty_hint())
            .at_offset(0),
        );
        return Decoded {
            value: None,
            findings,
            text: Some((text, start)),
            dropped: 0,
        };
    }
    let mut d = decode::Decoder::new(text);
    d.hints = T::HINTS;
    d.p.skip_to(start);
    let result = T::decode_root(&mut d).and_then(|r| d.p.finish().map(|()| r));
    let mut shape = std::mem::take(&mut d.findings);
    let mut dropped = d.dropped;
    let value = match result {
        Ok((value, version)) => match version {
            Some((v, at))
                if (i64::from(MIN_FORMAT_VERSION)..=i64::from(FORMAT_VERSION)).contains(&v) =>
            {
                if let Some((needed, field)) = value.as_ref().and_then(T::needs_version) {
                    if i64::from(needed) > v {
                        shape.push(newer_version_used(v, needed, field, at));
                    }
                }
                value
            }
            Some((v, at)) => {
                let newer = v > i64::from(FORMAT_VERSION);
                let f = Finding::new(
                    Code::FormatVersion,
                    "/format_version",
                    if newer {
                        text!(
                            "Das Dokument hat die Formatversion {v}; diese benn-Version kennt die Versionen {MIN_FORMAT_VERSION} bis {FORMAT_VERSION}.",
                            "The document has format version {v}; this version of benn knows versions {MIN_FORMAT_VERSION} to {FORMAT_VERSION}.",
                        )
                    } else {
                        text!(
                            "Die Formatversion {v} gibt es nicht; die aktuelle ist {FORMAT_VERSION}.",
                            "There is no format version {v}; the current one is {FORMAT_VERSION}.",
                        )
                    },
                )
                .with_hint(if newer {
                    text!(
                        "Aktualisieren Sie benn, um dieses Dokument zu lesen.",
                        "Update benn to read this document.",
                    )
                } else {
                    text!(
                        "Schreiben Sie `\"format_version\": {FORMAT_VERSION}`.",
                        "Write `\"format_version\": {FORMAT_VERSION}`.",
                    )
                })
                .at_offset(at)
                .with("version", v)
                .with("min", MIN_FORMAT_VERSION)
                .with("max", FORMAT_VERSION);
                if newer {
                    // Other shape findings would only guess at a format we do not know.
                    shape.clear();
                    dropped = 0;
                }
                shape.push(f);
                None
            }
            None => None,
        },
        Err(e) => {
            shape.push(syntax::finding(&e, d.path.pointer().as_str(), text));
            None
        }
    };
    // Any error of syntax or shape (an unknown field, a duplicate key) means
    // the model would not hold everything the text says: no concept then.
    let value =
        value.filter(|_| dropped == 0 && !shape.iter().any(|f| f.severity == Severity::Error));
    findings.append(&mut shape);
    Decoded {
        value,
        findings,
        text: Some((text, start)),
        dropped,
    }
}

/// `format.upgrade`: a document says what only a newer format version can.
fn newer_version_used(version: i64, needed: u32, field: &str, at: usize) -> Finding {
    Finding::new(
        Code::FormatUpgrade,
        "/format_version",
        text!(
            "Das Dokument nennt Formatversion {version}, nutzt aber Version {needed} (`{field}`); ältere benn-Versionen lesen es nicht.",
            "The document says format version {version} but uses version {needed} (`{field}`); older versions of benn cannot read it.",
        ),
    )
    .with_hint(text!(
        "Schreiben Sie `\"format_version\": {needed}` (`benn fmt` tut es).",
        "Write `\"format_version\": {needed}` (`benn fmt` does).",
    ))
    .at_offset(at)
    .with("field", field)
    .with("needed", needed)
}

#[cfg(test)]
mod tests {
    use crate::{validate, Options};

    #[test]
    fn a_newer_version_is_the_only_finding_however_many_unknown_fields() {
        let fields: Vec<String> = (0..10_050).map(|i| format!("\"x{i}\": 0")).collect();
        let doc = format!("{{\"format_version\": 99, {}}}", fields.join(", "));
        let report = validate(doc.as_bytes(), &Options::default());
        let codes: Vec<&str> = report.findings.iter().map(|f| f.code.as_str()).collect();
        assert_eq!(codes, ["format.version"]);
    }
}
