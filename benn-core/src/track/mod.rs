//! Working with the tracking log (*Sachstandsprotokoll*) as a document that
//! grows: merging two copies of one log ([`merge()`]) and appending an entry
//! to a document's text without rewriting it ([`append_entry`]).
//!
//! The rules on a log are in the validation (`log.*` codes); this module
//! only combines and writes entries.

mod append;
mod merge;

pub use append::{append_entry, next_id, AppendError};
pub use merge::{merge, Conflict, Merged};

/// An entry's canonical JSON on one line: its identity when two copies of an
/// entry are compared.
pub(crate) fn canonical_json(entry: &crate::model::LogEntry) -> String {
    serde_json::to_string(entry).unwrap_or_default()
}
