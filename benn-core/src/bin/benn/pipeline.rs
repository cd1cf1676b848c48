//! Bytes → decoded document → report, for the CLI: the one place where it
//! calls into benn-core's reader and rules.
//!
//! Each file is read and parsed once ([`parse`], benn-core's two-stage
//! pipeline): `benn validate` with several files first takes each concept's
//! id, period and site ([`known`], the `previous` candidates) from the parsed
//! documents, then runs the rules on the same parsed documents ([`report`]).

use benn_core::{Concept, Finding, KnownConcept, Options, Parsed, ParsedLog, Report};

/// A document read once: a concept or a log file.
pub(crate) enum Doc<'a> {
    /// A concept document (also when it cannot be read at all).
    Concept(Box<Parsed<'a>>),
    /// A log file that could be read.
    Log(ParsedLog<'a>),
}

/// Reads and decodes a document once; a document that is no concept but
/// reads as a log file is a log file.
pub(crate) fn parse(bytes: &[u8]) -> Doc<'_> {
    let parsed = benn_core::parse(bytes);
    if parsed.concept().is_none() {
        let log = benn_core::parse_log(bytes);
        if log.log().is_some() {
            return Doc::Log(log);
        }
    }
    Doc::Concept(Box::new(parsed))
}

impl Doc<'_> {
    /// The concept, if the document is one and could be read.
    pub(crate) fn concept(&self) -> Option<&Concept> {
        match self {
            Doc::Concept(p) => p.concept(),
            Doc::Log(_) => None,
        }
    }
}

/// What other documents may refer to as `previous`, if the document could be read.
pub(crate) fn known(doc: &Doc<'_>) -> Option<KnownConcept> {
    doc.concept().map(KnownConcept::from)
}

/// All findings of a parsed document, located. A log file is checked
/// against its concept among `docs`; `None` when that is not among them.
pub(crate) fn report(doc: &Doc<'_>, docs: &[Doc<'_>], options: &Options) -> Option<Report> {
    match doc {
        Doc::Concept(p) => Some(p.validate(options)),
        Doc::Log(l) => {
            let id = &l.log()?.concept;
            let concept = docs.iter().filter_map(Doc::concept).find(|c| &c.id == id)?;
            Some(l.validate(concept, options))
        }
    }
}

/// Why a document has no canonical form.
#[derive(Debug)]
pub(crate) enum NotCanonical {
    /// It cannot be read: its error findings.
    Unreadable(Vec<Finding>),
    /// The writer failed (an internal error).
    Write(benn_core::WriteError),
}

/// The canonical text of a document (`benn fmt`): a concept, or a log file
/// (told apart as `validate` does).
pub(crate) fn canonical(bytes: &[u8]) -> Result<String, NotCanonical> {
    let unreadable = |e: benn_core::Error| NotCanonical::Unreadable(e.findings().to_vec());
    match parse(bytes) {
        Doc::Log(log) => {
            let log = log.into_log().map_err(unreadable)?;
            benn_core::write_log(&log).map_err(NotCanonical::Write)
        }
        Doc::Concept(parsed) => {
            let concept = parsed.into_concept().map_err(unreadable)?;
            benn_core::write(&concept).map_err(NotCanonical::Write)
        }
    }
}
