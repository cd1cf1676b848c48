//! Bytes → decoded document → report, for the CLI: the one place where it
//! calls into benn-core's reader and rules.
//!
//! `benn validate` with several files first needs each concept's id and
//! period (the `previous` candidates, [`Parsed::known`]) and only then can
//! validate any file. benn-core offers today `read` (decode) and `validate`
//! (decode, rules, locations), so [`parse`] decodes once for the candidates
//! (only when there are several files) and [`report`] decodes again.
//!
//! **When benn-core has a two-stage pipeline** (parse once, then validate the
//! parsed document with options), swap it in here: [`Parsed`] holds the
//! parsed document instead of the bytes, [`parse`] calls the parser,
//! [`Parsed::known`] reads id and period from it, [`report`] runs the rules.
//! The subcommands use only these items and need no change.

use benn_core::{Finding, KnownConcept, Options, Report};

/// A document as far as it was read before validation.
#[derive(Debug)]
pub(crate) struct Parsed {
    bytes: Vec<u8>,
    known: Option<KnownConcept>,
}

impl Parsed {
    /// What other documents may refer to as `previous`, if the document could
    /// be read (and candidates were asked for).
    pub(crate) fn known(&self) -> Option<&KnownConcept> {
        self.known.as_ref()
    }
}

/// Reads a document. `candidates`: whether [`Parsed::known`] is needed (more
/// than one file).
pub(crate) fn parse(bytes: Vec<u8>, candidates: bool) -> Parsed {
    let known = if candidates {
        benn_core::read(&bytes).ok().map(|c| KnownConcept::from(&c))
    } else {
        None
    };
    Parsed { bytes, known }
}

/// All findings of a read document, located.
pub(crate) fn report(parsed: &Parsed, options: &Options) -> Report {
    benn_core::validate(&parsed.bytes, options)
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
