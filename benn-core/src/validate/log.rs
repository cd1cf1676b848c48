//! Rules on the tracking log (*Sachstandsprotokoll*): the same rules for the
//! concept's `log` section and for a log file of its own. Only the place of
//! the entries differs (`/log/…` or `/entries/…`).

use crate::diag::{text, Code, Finding, Findings, Pointer};
use crate::model::{Concept, Log, LogEntry};

use super::Options;

/// Where a log's entries sit in their document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Place {
    /// The concept document's `log` section.
    Concept,
    /// A log file's `entries`.
    File,
}

impl Place {
    /// The pointer to entry `i`.
    #[allow(dead_code)] // the entry rules are being written
    pub(crate) fn entry(self, i: usize) -> Pointer {
        let key = match self {
            Place::Concept => "log",
            Place::File => "entries",
        };
        Pointer::root().key(key).index(i)
    }
}

/// The rules on a concept's own `log` section.
pub(crate) fn check(concept: &Concept, options: &Options, out: &mut Findings) {
    if !concept.log.is_empty() {
        check_entries(&concept.log, Place::Concept, concept, options, out);
    }
}

/// The rules on a log file, checked against its concept.
pub(crate) fn check_file(log: &Log, concept: &Concept, options: &Options, out: &mut Findings) {
    if log.concept != concept.id {
        let (named, given) = (log.concept.as_str(), concept.id.as_str());
        out.push(|| {
            Finding::new(
                Code::LogConcept,
                Pointer::root().key("concept"),
                text!(
                    "Das Protokoll gehört zum Handlungskonzept `{named}`, geprüft wird es mit `{given}`.",
                    "The log belongs to the concept `{named}` but is checked against `{given}`.",
                ),
            )
            .with_hint(text!(
                "Prüfen Sie das Protokoll mit seinem eigenen Handlungskonzept.",
                "Check the log against its own concept.",
            ))
            .with("concept", named)
            .with("given", given)
        });
        // Entries of another concept would only give false alarms.
        return;
    }
    check_entries(&log.entries, Place::File, concept, options, out);
}

/// The rules on entries, wherever they sit.
fn check_entries(
    _entries: &[LogEntry],
    _place: Place,
    _concept: &Concept,
    _options: &Options,
    _out: &mut Findings,
) {
}
