//! Reports people read (*Berichte*), as Markdown and as standalone HTML with
//! SVG charts, German by default and English on request (feature `report`).
//!
//! | kind | function | what |
//! |---|---|---|
//! | *Kurzfassung* | [`kurzfassung()`] | the published short version of a concept |
//! | *Sachstandsbericht* | [`progress()`] | where a concept stands on a day |
//! | *Vergleich und Rückblick* | [`review()`] | two versions compared, and the review of the previous one's goals |
//! | *Portfolio* | [`portfolio()`] | many concepts on one day, grouped by district |
//!
//! Each report kind is one file and is fed only by the evaluation's plain
//! data ([`crate::eval`]) and the concept's texts; it builds a [`Doc`] (plain
//! data too), which [`render`] writes as [`Format::Html`] or
//! [`Format::Markdown`]. Language-dependent formatting lives in [`locale`],
//! escaping in [`escape`], each chart in a file of [`chart`] (also callable
//! on its own, returning SVG). Output is deterministic: the same input and
//! day give the same bytes. No template engine, no clock, no I/O.
//!
//! ```
//! use benn_core::{read, read_log, report, Lang};
//! let concept = read(&std::fs::read("../examples/weissensee-2023.json").unwrap()).unwrap();
//! let log = read_log(&std::fs::read("../examples/weissensee-2023.log.json").unwrap()).unwrap();
//! let entries: Vec<_> = concept.log.iter().chain(&log.entries).collect();
//! let opts = report::Options::new("2024-06-30".parse().unwrap());
//! let html = report::render(&report::progress(&concept, &entries, &opts), report::Format::Html);
//! assert!(html.starts_with("<!DOCTYPE html>") && !html.contains("<script"));
//! let md = report::render(&report::kurzfassung(&concept, &opts), report::Format::Markdown);
//! assert!(md.contains("## Handlungsfelder"));
//! ```

pub mod chart;
mod doc;
pub mod escape;
pub mod html;
mod kurzfassung;
pub mod locale;
pub mod markdown;
mod portfolio;
mod progress;
mod review;

pub use doc::{Block, Chart, Doc, Item, Section, Span, Table};
pub use kurzfassung::kurzfassung;
pub use portfolio::portfolio;
pub use progress::{progress, progress_data, progress_doc, Delayed, Meetings, ProgressData};
pub use review::review;

use crate::eval::Method;
use crate::model::Date;
use crate::Lang;

/// How a report is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// Markdown (CommonMark with GitHub tables); charts as their text alternatives.
    Markdown,
    /// One standalone HTML file with inline CSS and SVG.
    Html,
}

/// What a report is made with.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Options {
    /// The language (German by default).
    pub lang: Lang,
    /// The day the report is as of.
    pub as_of: Date,
    /// How progress rolls up (named in the report).
    pub method: Method,
    /// Whether the Kurzfassung lists each goal's steps.
    pub steps: bool,
    /// How many of the latest log entries the progress report lists.
    pub recent: usize,
}

impl Options {
    /// German, plain mean, no steps in the Kurzfassung, the 10 latest entries.
    pub fn new(as_of: Date) -> Options {
        Options {
            lang: Lang::De,
            as_of,
            method: Method::Mean,
            steps: false,
            recent: 10,
        }
    }
}

/// Writes `doc` in `format`.
pub fn render(doc: &Doc, format: Format) -> String {
    match format {
        Format::Markdown => markdown::render(doc),
        Format::Html => html::render(doc),
    }
}

/// The closing line of every report.
pub(crate) fn footer(lang: Lang, as_of: Date) -> String {
    let day = locale::date(as_of, lang);
    match lang {
        Lang::De => format!(
            "Erstellt mit benn aus den Daten des Handlungskonzepts und seines Sachstandsprotokolls, Stand {day}."
        ),
        Lang::En => format!(
            "Made with benn from the data of the action concept and its tracking log, as of {day}."
        ),
    }
}
