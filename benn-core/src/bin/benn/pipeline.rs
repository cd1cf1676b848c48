//! Bytes → decoded document → report, for the CLI: the one place where it
//! calls into benn-core's reader and rules.
//!
//! Each file is read and parsed once ([`parse`], benn-core's two-stage
//! pipeline): `benn validate` with several files first takes each concept's
//! id, period and site ([`known`], the `previous` candidates) from the parsed
//! documents, then runs the rules on the same parsed documents ([`report`]).

use benn_core::{Finding, KnownConcept, Options, Parsed, Report};

/// Reads and decodes a document once.
pub(crate) fn parse(bytes: &[u8]) -> Parsed<'_> {
    benn_core::parse(bytes)
}

/// What other documents may refer to as `previous`, if the document could be read.
pub(crate) fn known(parsed: &Parsed<'_>) -> Option<KnownConcept> {
    parsed.concept().map(KnownConcept::from)
}

/// All findings of a parsed document, located.
pub(crate) fn report(parsed: &Parsed<'_>, options: &Options) -> Report {
    parsed.validate(options)
}

/// Why a document has no canonical form.
#[derive(Debug)]
pub(crate) enum NotCanonical {
    /// It cannot be read: its error findings.
    Unreadable(Vec<Finding>),
    /// The writer failed (an internal error).
    Write(benn_core::WriteError),
}

/// The canonical text of a document (`benn fmt`), reading it once.
pub(crate) fn canonical(bytes: &[u8]) -> Result<String, NotCanonical> {
    let concept =
        benn_core::read(bytes).map_err(|e| NotCanonical::Unreadable(e.findings().to_vec()))?;
    benn_core::write(&concept).map_err(NotCanonical::Write)
}
