//! # benn-core
//!
//! The model, format and validation of the two-year action concepts
//! (*Handlungskonzepte*) of Berlin's neighbourhood programme BENN,
//! "Berlin Entwickelt Neue Nachbarschaften".
//!
//! A concept is structured concept → action fields (*Handlungsfelder*) →
//! goals (*Ziele*) → steps (*Handlungsschritte*), for a site (*Standort*) with
//! its LOR planning areas, shelters, participation bodies and yearly budget.
//!
//! ## Quick start
//!
//! ```
//! use benn_core::{read, validate, write, Lang, Options};
//!
//! let text = std::fs::read("../examples/weissensee-2023.json")?;
//!
//! // Every finding, never stopping at the first; German and English messages.
//! let report = validate(&text, &Options::default());
//! for f in &report.findings {
//!     let at = f.location.unwrap();
//!     println!("{}:{}: {}[{}]: {}", at.line, at.column, f.severity, f.code, f.message.get(Lang::De));
//! }
//!
//! // The model, and canonical writing that loses nothing.
//! let concept = read(&text)?;
//! assert_eq!(concept.action_fields.len(), 4);
//! assert_eq!(read(write(&concept)?.as_bytes())?, concept);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! ## Where things are
//!
//! - [`pipeline`]: bytes → decoded document → rules → located report; the
//!   one way in for [`read`], [`validate`], [`parse`], the CLI and the bindings.
//! - The model ([`Concept`] and its parts), the concept format (reading with
//!   positions, canonical [`write()`]), and the domain rules ([`check`]).
//! - Findings ([`Finding`], [`Report`]) are data: code, severity, place,
//!   messages in German and English, and their values in [`Finding::context`].
//! - The tracking log ([`LogEntry`], [`Log`]): in the concept's `log` or a
//!   log file ([`parse_log`], [`read_log`], [`write_log`]); [`track`] merges
//!   logs and appends an entry to a document's text.
//! - [`eval`]: pure functions for the state on a day, roll-ups, status
//!   shares, budget, indicators, coverage, comparing versions, the review of
//!   the previous concept, and the portfolio of many concepts.
//! - [`table`]: the concept and its tracking log as tables (CSV, JSON Lines,
//!   XLSX) and the import of tracking entries from them.
//! - `report` (feature `report`): reports as Markdown and HTML with SVG charts.
//!
//! ## Features
//!
//! - `schema` (default): derive the JSON Schema with schemars
//!   ([`schema::generate`]). The schema text is always available as
//!   [`SCHEMA_JSON`], also without the feature.
//! - `csv` and `xlsx` (default): tables as CSV and as XLSX workbooks
//!   ([`table`]); JSON Lines need neither.
//! - `report` (default): reports people read ([`report`]): the Kurzfassung,
//!   the progress report, the review and the portfolio as Markdown and
//!   standalone HTML, and their charts as SVG. No dependency.

#![forbid(unsafe_code)]
#![warn(missing_docs)]
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing,
        clippy::unreachable,
        clippy::todo
    )
)]

/// The README's Rust example is compiled as a doctest.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
struct ReadmeDoctests;

mod diag;
mod error;
pub mod eval;
mod format;
mod json;
pub mod lor;
mod model;
/// Outline of a document's text for editors (fields, goals, steps with places).
pub mod outline;
pub mod pipeline;
#[cfg(feature = "report")]
pub mod report;
#[cfg(feature = "schema")]
pub mod schema;
mod sort;
mod suggest;
pub mod synth;
pub mod table;
pub mod track;
mod validate;

pub use diag::{
    Code, CodeInfo, ContextValue, Finding, Lang, Location, Pointer, Related, Report, Severity,
    Text, MAX_FINDINGS,
};
pub use error::Error;
pub use format::{write, write_log, WriteError};
pub use model::*;
pub use pipeline::{parse, parse_log, parse_text, read, read_log, validate, Parsed, ParsedLog};
pub use suggest::suggest;
pub use validate::{check, duplicate_concept_ids, KnownConcept, Options};

/// The published JSON Schema (draft 2020-12) of the concept format, as checked
/// into the repository (`benn-core/schema/benn-concept.schema.json`).
pub const SCHEMA_JSON: &str = include_str!("../schema/benn-concept.schema.json");

/// The published JSON Schema (draft 2020-12) of a log file
/// (*Sachstandsprotokoll*), as checked in (`benn-core/schema/benn-log.schema.json`).
pub const LOG_SCHEMA_JSON: &str = include_str!("../schema/benn-log.schema.json");
