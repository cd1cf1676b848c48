//! WebAssembly bindings of benn, for browsers (ES module) and node. Only
//! argument checks and conversions live here; everything else is the core.
//!
//! - Results are plain JS objects and arrays with camelCase keys (findings,
//!   evaluation); documents in the format's own shape (a concept from
//!   `read`, a log from `readLog`) keep the keys of the file.
//! - What is thrown is a real `Error` (a `TypeError` for a wrong type) with a
//!   stable `code`; findings are data, never thrown.
//! - Every argument is checked ([`args`]); dates are `YYYY-MM-DD` or a `Date`
//!   (its day in UTC).
//!
//! ```js
//! import init, { validate, Document } from "./pkg-web/benn_wasm.js";
//! await init();
//! const { findings } = validate(text, "2024-06-30");
//! const doc = new Document(text);
//! doc.rollup("2024-06-30", "mean");
//! ```
//!
//! The TypeScript declarations are written out below ([`TYPES`]), so that
//! every argument and result has a real type.

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

mod args;
mod document;
mod eval;
mod io;
mod out;
#[cfg(feature = "report")]
mod report;
mod utf16;

pub use args::{
    ARGUMENT_DATE, ARGUMENT_KNOWN_CONCEPTS, ARGUMENT_TODAY, ARGUMENT_TYPE, ARGUMENT_VALUE,
};
pub use document::Document;
#[cfg(feature = "csv")]
pub use eval::table_csv;
#[cfg(feature = "xlsx")]
pub use eval::workbook;
pub use eval::{
    budget_of, compare_of, coverage_of, indicators_of, review_of, rollup_of, shares_of, state_of,
    table_jsonl,
};
pub use io::{
    append_entry, codes, log_schema, lor, read, read_log, schema, validate, validate_log, version,
    write, write_log,
};
#[cfg(feature = "report")]
pub use report::{chart, kurzfassung, progress_report};

use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** A text in German and English. */
export interface Text { de: string; en: string }
/** How bad a finding is. */
export type Severity = "error" | "warning" | "advice";
/** A second place that explains a finding. */
export interface Related { pointer: string; line?: number; column?: number; offset?: number }
/** A value a finding's message was rendered from. */
export type ContextValue = number | string | string[] | boolean;
/** One finding of validation. Lines and columns (characters) count from 1, offsets (bytes) from 0. */
export interface Finding {
  code: string;
  severity: Severity;
  pointer: string;
  line?: number;
  column?: number;
  offset?: number;
  message: Text;
  hint?: Text;
  related?: Related;
  /** The values the message was rendered from (ids, amounts in cents, years, …), keys in camelCase. */
  context?: Record<string, ContextValue>;
}
/** A finding of a `Document`, with its range in UTF-16 units (what JS strings and editors count). */
export interface LocatedFinding extends Finding { from: number; to: number }
/** Every finding of a document, in source order. */
export interface Report { findings: Finding[] }
/** An entry of the code registry. */
export interface CodeInfo { code: string; severity: Severity; description: Text }
/** The codes of what the exports throw. */
export type BennErrorCode =
  | "argument.type" | "argument.date" | "argument.today" | "argument.known_concepts"
  | "argument.value" | "argument.entry" | "read.invalid" | "method.unknown"
  | "append.syntax" | "append.not_object" | "append.not_array"
  | "table.csv" | "table.xlsx" | "write.invalid" | "output.json" | (string & {});
/** What the exports throw: a real `Error` (a `TypeError` for a wrong type) with a stable `code`. */
export interface BennError extends Error {
  code: BennErrorCode;
  /** For `read.invalid` and `argument.entry`: the findings that kept the document from being read. */
  findings?: Finding[];
}
/** A day: `YYYY-MM-DD`, or a `Date` (its day in UTC). */
export type Day = string | Date;
/** A document: its text, or its bytes (UTF-8). */
export type Source = string | Uint8Array;
/** How progress is averaged in roll-ups. */
export type Method = "mean" | "weight" | "cost";
/** The tables of a concept. */
export type TableName = "steps" | "goals" | "indicators" | "log" | "state" | "rollup" | "budget" | "coverage";
/** A concept checked together with the document (the document itself included). */
export interface KnownConcept {
  id: string;
  period: { start: string; end: string };
  /** The site's district, `"01"` to `"12"`. */
  district?: string;
  /** The site's name. */
  site?: string;
}
/** A concept in the format's own shape (the keys of the file); see `schema()` for all of it. */
export interface ConceptDocument {
  format_version: number;
  id: string;
  title?: string;
  site: Record<string, unknown>;
  period: { start: string; end: string };
  aim: string;
  action_fields: Array<Record<string, unknown>>;
  log?: LogEntryDocument[];
  [key: string]: unknown;
}
/** A log entry in the format's own shape (see `logSchema()`). */
export interface LogEntryDocument {
  id: string;
  date: string;
  kind: "status" | "progress" | "spending" | "measurement" | "meeting" | "note";
  step?: string; goal?: string; indicator?: string; body?: string;
  status?: StepStatus;
  progress?: number;
  spent_cents?: number;
  budget_year?: number;
  value?: number | string;
  unit?: string;
  participants?: number;
  note?: string;
  evidence?: string[];
  recorded_by?: string;
  corrects?: string;
}
/** A new log entry: as `LogEntryDocument`; without `id` it gets the next free one of its day. */
export type NewLogEntry = Omit<LogEntryDocument, "id"> & { id?: string };
/** A log file in the format's own shape. */
export interface LogDocument { format_version: number; concept: string; entries: LogEntryDocument[] }
/** A step's status. */
export type StepStatus = "planned" | "in_progress" | "done" | "postponed" | "dropped";
/** Where a step stands for the summaries. */
export type Track = "done" | "on_track" | "delayed" | "not_started" | "postponed" | "dropped";
export interface StepState {
  id: string; field: number; goal: number | null; status: StepStatus; track: Track;
  progress: number | null; progressSource: "status" | "logged"; spentCents: number; lastEntry: string | null;
}
export interface ConceptState { asOf: string; steps: StepState[]; unassignedSpentCents: number }
export interface GoalRollup { id: string; progress: number | null; steps: number; weight: number }
export interface FieldRollup { key: string; title: string; progress: number | null; steps: number; weight: number; goals: GoalRollup[] }
export interface Rollup { method: Method; asOf: string; progress: number | null; steps: number; weight: number; fields: FieldRollup[] }
export interface TrackShare { track: Track; count: number; percent: number }
export interface TrackCounts { steps: number; shares: TrackShare[] }
export interface Shares { asOf: string; total: TrackCounts; fields: Array<{ key: string; title: string; counts: TrackCounts }> }
export interface YearState {
  year: number; budget: number | null; planned: number; spent: number; left: number | null;
  elapsed: number; spentShare: number | null;
}
export interface FieldYear { year: number; planned: number; spent: number }
/** Money in cents. */
export interface BudgetReport {
  asOf: string; years: YearState[]; fields: Array<{ key: string; title: string; years: FieldYear[] }>;
  unassigned: FieldYear[]; totalBudget: number; totalPlanned: number; totalSpent: number;
}
export interface IndicatorState {
  id: string; name: string; goal: string; field: string; measure: "unit" | "percentage" | "qualitative";
  unit: string | null; direction: "increase" | "decrease" | null; baseline: number | string | null;
  actual: { value: number | string; date: string; unit: string | null; unitDiffers: boolean; entry: string } | null;
  target: number | string | null; achieved: number | null;
}
export interface IndicatorReport { asOf: string; indicators: IndicatorState[] }
export interface AreaName { code: string; name: string | null }
export interface Coverage {
  siteAreas: AreaName[];
  fields: Array<{ key: string; title: string; areas: Array<AreaName & { goals: number; steps: number }>;
    targetGroups: Array<{ name: string; goals: number; steps: number }> }>;
  gaps: AreaName[];
}
export type CompareValue = { type: "text"; value: string } | { type: "money"; value: number } | { type: "list"; value: string[] };
export interface FieldChange { field: string; old: CompareValue | null; new: CompareValue | null }
export interface ItemChange {
  change: "added" | "removed" | "changed"; oldId: string | null; newId: string | null; text: string;
  matchedBy: "id" | "text" | null; similarity: number | null;
  moved: { from: { field: string; goal: string | null }; to: { field: string; goal: string | null } } | null;
  fields: FieldChange[];
}
export interface Comparison {
  oldId: string; newId: string; concept: FieldChange[]; actionFields: ItemChange[]; goals: ItemChange[];
  steps: ItemChange[]; textMatching: boolean;
}
export interface GoalReview {
  id: string; field: string; text: string; outcome: "reached" | "carried_over" | "dropped"; reached: boolean;
  reachedBy: "steps" | "indicators" | null; stepsDone: number; stepsTotal: number; stepsDropped: number;
  indicatorsTotal: number; indicatorsReached: number; nextGoal: string | null; matchedBy: "id" | "text" | null;
  similarity: number | null;
}
export interface Review {
  previousId: string; nextId: string; nextNamesPrevious: string | null; previousOk: boolean; judgedOn: string;
  goals: GoalReview[];
  counts: { reached: number; carriedOver: number; dropped: number; reachedTotal: number; goals: number };
  newGoals: string[];
}
/** A LOR 2021 unit found by `lor`. */
export interface LorMatch {
  code: string; name: string; level: "district" | "prognosis_area" | "district_region" | "planning_area";
  kind: "code" | "exact" | "normalized" | "nearest" | "partial"; distance?: number;
}
/** An action field, goal or step of a document's text; `start`/`end` in bytes, `from`/`to` in UTF-16 units. */
export interface OutlineItem {
  kind: "field" | "goal" | "step"; pointer: string; id: string | null; title: string | null;
  start: number; end: number; from: number; to: number; children: OutlineItem[];
}
export interface Version { library: string; formatVersion: number; minFormatVersion: number; features: Array<"csv" | "xlsx" | "report"> }

/**
 * Validates a document and returns **all** findings, in source order. Findings are data, never thrown.
 * A string with a lone surrogate is reported as `json.utf8` at its place. `today` enables the rules
 * about the present; `knownConcepts` are the concepts checked together.
 * @throws {BennError} `argument.type` (TypeError), `argument.date`, `argument.today`, `argument.known_concepts`.
 */
export function validate(data: Source, today?: Day | null, knownConcepts?: KnownConcept[] | null): Report;
/** Validates a log file against its concept; the findings are located in the log's text. */
export function validateLog(log: Source, concept: Source, today?: Day | null): Report;
/** Reads a concept; throws `read.invalid` (with `findings`) when its syntax or shape is wrong. */
export function read(data: Source): ConceptDocument;
/** Reads a log file; throws `read.invalid` (with `findings`). */
export function readLog(data: Source): LogDocument;
/** Writes a concept canonically (what `benn fmt` writes). */
export function write(data: Source | ConceptDocument): string;
/** Writes a log file canonically. */
export function writeLog(data: Source | LogDocument): string;
/** Appends a log entry to the concept's `log` (or a log file's `entries`); every other byte stays. */
export function appendEntry(text: string, entry: NewLogEntry | string): string;
/** The state of every step on `asOf`, from the concept's log and the log file `log`. */
export function state(concept: Source, asOf: Day, log?: Source | null): ConceptState;
/** Progress of goals, action fields and the concept on `asOf`, by an explicit `method`. */
export function rollup(concept: Source, asOf: Day, method: Method, log?: Source | null): Rollup;
/** Status shares per action field and overall on `asOf`. */
export function shares(concept: Source, asOf: Day, log?: Source | null): Shares;
/** Money planned and spent per year and action field on `asOf`, in cents. */
export function budget(concept: Source, asOf: Day, log?: Source | null): BudgetReport;
/** Baseline → latest actual → target of every indicator on `asOf`. */
export function indicators(concept: Source, asOf: Day, log?: Source | null): IndicatorReport;
/** The planning areas and target groups each action field reaches, and the gaps. */
export function coverage(concept: Source): Coverage;
/** Two versions of a concept side by side. */
export function compare(old: Source, next: Source): Comparison;
/** The review (*Rückblick*) of the previous concept's goals for the next one. */
export function review(previous: Source, next: Source, asOf: Day, previousLog?: Source | null): Review;
/** One table as CSV bytes (`german`: `;`, decimal commas and a BOM). Only in builds with the `csv` feature. */
export function tableCsv(name: TableName, concept: Source, asOf: Day, method: Method, log?: Source | null, german?: boolean | null): Uint8Array;
/** One table as JSON Lines. */
export function tableJsonl(name: TableName, concept: Source, asOf: Day, method: Method, log?: Source | null): string;
/** Every table as an XLSX workbook; `undefined` in builds without the `xlsx` feature (see `version().features`). */
export declare const workbook: undefined | ((concept: Source, asOf: Day, method: Method, log?: Source | null) => Uint8Array);
/** Resolves a LOR code or name, best first. */
export function lor(query: string): LorMatch[];
/** The JSON Schema (draft 2020-12) of the concept format. */
export function schema(): Record<string, unknown>;
/** The JSON Schema of a log file. */
export function logSchema(): Record<string, unknown>;
/** The registry of finding codes. */
export function codes(): CodeInfo[];
/** The library's version, the format versions and the optional features built in. */
export function version(): Version;

/** A concept document open in an editor: parsed once, validated again after each edit. */
export class Document {
  free(): void;
  [Symbol.dispose](): void;
  constructor(text: Source, today?: Day | null);
  /** The text. */
  readonly text: string;
  /** How many times the text was set (1 after opening). */
  readonly revision: number;
  /** Whether the text could be read as a concept (no syntax or shape error). */
  readonly isReadable: boolean;
  /** Replaces the text and validates it again. */
  setText(text: Source): void;
  /** Sets `today` (`null` leaves it out) and validates again. */
  setToday(today?: Day | null): void;
  /** Every finding, with `from`/`to` in UTF-16 units. */
  findings(): LocatedFinding[];
  /** The findings whose range holds the UTF-16 `offset`. */
  findingsAt(offset: number): LocatedFinding[];
  /** Action fields with their goals and steps, and their ranges. */
  outline(): OutlineItem[];
  /** The items around the UTF-16 `offset`, outside in (without children). */
  pathAt(offset: number): OutlineItem[];
  /** The concept, or `null` when the text cannot be read. */
  concept(): ConceptDocument | null;
  /** Appends a log entry to the concept's `log`; returns the new text. */
  appendEntry(entry: NewLogEntry | string): string;
  /** The canonical text of the concept. */
  canonical(): string;
  state(asOf: Day, log?: Source | null): ConceptState;
  rollup(asOf: Day, method: Method, log?: Source | null): Rollup;
  shares(asOf: Day, log?: Source | null): Shares;
  budget(asOf: Day, log?: Source | null): BudgetReport;
  indicators(asOf: Day, log?: Source | null): IndicatorReport;
  coverage(): Coverage;
  tableCsv(name: TableName, asOf: Day, method: Method, log?: Source | null, german?: boolean | null): Uint8Array;
  /** Only in builds with the `xlsx` feature. */
  workbook?(asOf: Day, method: Method, log?: Source | null): Uint8Array;
}
"#;
