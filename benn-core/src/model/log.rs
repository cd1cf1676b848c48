//! The tracking log (*Sachstandsprotokoll*): dated entries about what
//! happened to a concept's steps, goals, indicators and participation bodies.
//!
//! The log is **append-only**: an entry is never rewritten. A correction is a
//! new entry whose `corrects` names the entry it replaces; from then on the
//! corrected entry no longer counts, and the correction counts at its own
//! date (a correction of kind `note` without anything else withdraws the
//! entry). Every entry has a stable id, so two logs of one concept can be
//! merged.
//!
//! Entries live in the concept document (its `log` section) or in a log file
//! of their own ([`Log`]) that names its concept; both are read the same way.

use serde::Serialize;

use super::{Cents, Date, Decimal, Id, IndicatorValue, StepStatus};

record! {
    split;
    /// One dated tracking entry (*Eintrag*).
    ///
    /// What it is about is one of `step`, `goal`, `indicator` or `body`; what
    /// it says is given by `kind` and the fields that kind uses:
    ///
    /// | kind | about | fields |
    /// |---|---|---|
    /// | `status` | a step | `status`, optionally `progress` |
    /// | `progress` | a step | `progress` (0–100 %) |
    /// | `spending` | a step, or the concept | `spent_cents`, optionally `budget_year` |
    /// | `measurement` | an indicator | `value`, optionally `unit` |
    /// | `meeting` | a participation body | optionally `participants` |
    /// | `note` | anything, or the concept | `note` |
    ///
    /// Every kind may carry a `note`, `evidence` links, `recorded_by` and `corrects`.
    pub struct LogEntry {
        /// Stable id, unique in the log, e.g. `e-2024-03-12-1`.
        id: Id = required,
        /// The day it happened.
        date: Date = required,
        /// What the entry records.
        kind: EntryKind = required,
        /// The step (*Handlungsschritt*) the entry is about.
        step: Option<Id> = optional,
        /// The goal (*Ziel*) the entry is about.
        goal: Option<Id> = optional,
        /// The indicator the entry is about.
        indicator: Option<Id> = optional,
        /// The participation body (*Beteiligungsgremium*) the entry is about.
        body: Option<Id> = optional,
        /// The step's new status (kind `status`).
        status: Option<StepStatus> = optional,
        /// The step's progress in percent, 0 to 100, exactly as written.
        progress: Option<Decimal> = optional,
        /// Money spent from the action budget (*Sachmittel*), in cents (kind `spending`).
        spent_cents: Option<Cents> = optional,
        /// The calendar year the money counts for; the year of `date` when absent.
        budget_year: Option<u16> = optional,
        /// The measured value of an indicator (kind `measurement`).
        value: Option<IndicatorValue> = optional,
        /// The unit of the measured value, e.g. `Personen`; must fit the indicator.
        unit: Option<String> = optional,
        /// How many people took part in a meeting (kind `meeting`).
        participants: Option<u32> = optional,
        /// A note in words.
        note: Option<String> = optional,
        /// Links to evidence (*Nachweise*): minutes, photos, press.
        evidence: Vec<String> = list,
        /// Who recorded the entry.
        recorded_by: Option<String> = optional,
        /// The id of the entry this one corrects.
        corrects: Option<Id> = optional,
    }
}

/// What a tracking entry records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum EntryKind {
    /// *Statusänderung*: a step's status changed.
    Status,
    /// *Fortschritt*: a step's progress in percent.
    Progress,
    /// *Ausgabe*: money spent.
    Spending,
    /// *Messung*: an indicator was measured.
    Measurement,
    /// *Sitzung*: a participation body met.
    Meeting,
    /// *Notiz*: a note.
    Note,
}

impl EntryKind {
    /// Every kind, in declaration order.
    pub const ALL: [EntryKind; 6] = [
        EntryKind::Status,
        EntryKind::Progress,
        EntryKind::Spending,
        EntryKind::Measurement,
        EntryKind::Meeting,
        EntryKind::Note,
    ];

    /// The name used in the format, e.g. `spending`.
    pub const fn as_str(self) -> &'static str {
        match self {
            EntryKind::Status => "status",
            EntryKind::Progress => "progress",
            EntryKind::Spending => "spending",
            EntryKind::Measurement => "measurement",
            EntryKind::Meeting => "meeting",
            EntryKind::Note => "note",
        }
    }
}

impl LogEntry {
    /// A new entry of `kind` on `date` with nothing else set.
    ///
    /// ```
    /// use benn_core::{Date, EntryKind, Id, LogEntry};
    /// let mut e = LogEntry::new(Id::new("e-1").unwrap(), "2024-03-12".parse().unwrap(), EntryKind::Note);
    /// e.note = Some("Auftakt mit 40 Gästen".into());
    /// assert_eq!(e.kind, EntryKind::Note);
    /// ```
    pub fn new(id: Id, date: Date, kind: EntryKind) -> Self {
        LogEntry {
            id,
            date,
            kind,
            step: None,
            goal: None,
            indicator: None,
            body: None,
            status: None,
            progress: None,
            spent_cents: None,
            budget_year: None,
            value: None,
            unit: None,
            participants: None,
            note: None,
            evidence: Vec::new(),
            recorded_by: None,
            corrects: None,
        }
    }

    /// The calendar year spending counts for: `budget_year`, or the year of `date`.
    pub fn spending_year(&self) -> u16 {
        self.budget_year.unwrap_or(self.date.year())
    }
}

record! {
    root("format_version");
    /// A log file (*Sachstandsprotokoll*): the tracking entries of one concept,
    /// kept apart from the concept document.
    pub struct Log {
        /// The id of the concept the entries belong to.
        concept: Id = required,
        /// The entries, in the order they were written.
        entries: Vec<LogEntry> = list,
    }
}

/// A log as written to a file: the log plus the format version.
#[derive(Debug, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(title = "BENN Sachstandsprotokoll"))]
pub(crate) struct LogDocument<'a> {
    /// Version of the benn format; log files exist from version 3 on.
    pub(crate) format_version: u32,
    #[serde(flatten)]
    pub(crate) log: &'a Log,
}
