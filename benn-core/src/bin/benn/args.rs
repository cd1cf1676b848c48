//! The command line, declared with clap, and its errors in German or English.
//!
//! clap renders help in English; the errors of a bad call (unknown option,
//! bad value, missing file) follow `--lang`, which [`lang_hint`] finds before
//! clap parses.

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

use benn_core::Lang;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::input::{STREAM_LIMIT_TEXT, STREAM_LIMIT_VAR};
use crate::output;

/// The `benn` command.
#[derive(Debug, Parser)]
#[command(
    name = "benn",
    bin_name = "benn",
    version,
    about = "Check action concepts (Handlungskonzepte) of Berlin's BENN programme",
    args_override_self = true,
    after_help = "Messages are German by default; `--lang en` or the environment variable \
                  BENN_LANG=en switches to English.\n\
                  Exit status: 0 fine, 1 errors found (or a file not in canonical form), \
                  2 the call failed (bad option, missing file, input too large)."
)]
pub(crate) struct Cli {
    /// Language of messages [default: de, or BENN_LANG]
    #[arg(long, global = true, value_enum, value_name = "LANG")]
    pub(crate) lang: Option<LangArg>,
    #[command(subcommand)]
    pub(crate) command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Check documents and report every finding; exit status 1 if any is an error
    Validate(ValidateArgs),
    /// Rewrite documents in canonical form (with --check: only check and show the difference)
    Fmt(FmtArgs),
    /// Print the JSON Schema of the format
    Schema(SchemaArgs),
    /// Write a valid synthetic concept with STEPS steps to standard output (for measurements)
    Synth(SynthArgs),
    /// Look up a unit of Berlin's LOR 2021 (planning area, district region, forecast area,
    /// district) by code or name: its level, parents and children
    Lor(LorArgs),
    /// Compare two versions of a concept: action fields, goals and steps added, removed,
    /// changed or moved
    Diff(DiffArgs),
    /// Review the previous concept for the next one (Rückblick): per goal reached,
    /// carried over or dropped
    Review(ReviewArgs),
    /// Show where a concept stands on a day: progress per action field, status shares,
    /// delayed steps, budget per year and indicators
    Status(StatusArgs),
    /// Show every concept of a folder (with its logs) on a day, grouped by district, site and period
    Portfolio(PortfolioArgs),
    /// Work with the tracking log (Sachstandsprotokoll): add an entry, merge two logs
    Log(LogArgs),
    /// Write a concept's tables (steps, goals, indicators, the tracking log, and the state,
    /// roll-up, budget and coverage on a day) as CSV, JSON Lines or an XLSX workbook
    Export(ExportArgs),
    /// Append tracking entries from a table (CSV, JSON Lines or XLSX shaped like
    /// `export --table log`) to the concept's log or a log file; validated before writing
    Import(ImportArgs),
    /// Write a report people read: the progress report (Sachstandsbericht) or the short
    /// version (Kurzfassung) of a concept, the comparison and review of two versions, or the
    /// portfolio of a folder, as standalone HTML, Markdown or PDF; or one chart as SVG
    Report(ReportArgs),
}

/// `benn validate`.
#[derive(Debug, Args)]
#[command(after_help = format!(
    "`-` reads standard input. Input from standard input, a FIFO or a device may be at most \
     {STREAM_LIMIT_TEXT} (the environment variable {STREAM_LIMIT_VAR}=BYTES changes that); \
     regular files are read whole (their size is known before reading)."
))]
pub(crate) struct ValidateArgs {
    /// text (like a compiler) or json (for programs)
    #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
    pub(crate) format: OutputFormat,
    /// Reference date instead of today's
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub(crate) today: Option<String>,
    /// Files to check; `-` reads standard input. Concepts given together can
    /// be each other's `previous`.
    #[arg(value_name = "FILE", required = true, value_parser = clap::value_parser!(PathBuf))]
    pub(crate) files: Vec<PathBuf>,
}

/// `benn fmt`.
#[derive(Debug, Args)]
#[command(after_help = format!(
    "`-` reads standard input and writes the canonical form to standard output. Input from \
     standard input, a FIFO or a device may be at most {STREAM_LIMIT_TEXT} \
     ({STREAM_LIMIT_VAR}=BYTES changes that)."
))]
pub(crate) struct FmtArgs {
    /// Only check: print where each file differs from the canonical form (a unified diff)
    /// and exit with status 1 if any does
    #[arg(long)]
    pub(crate) check: bool,
    /// Files to rewrite in place; `-` reads standard input
    #[arg(value_name = "FILE", required = true, value_parser = clap::value_parser!(PathBuf))]
    pub(crate) files: Vec<PathBuf>,
}

/// `benn lor`.
#[derive(Debug, Args)]
#[command(
    after_help = "Names match exactly, then ignoring case, accents, hyphens and `ß`/`ss`, \
    then by nearest spelling; names that occur more than once list every unit."
)]
pub(crate) struct LorArgs {
    /// A code (`03500932`, `035010`, `0350`, `03`) or a name (`Weißensee Ost`, `weissensee-ost`)
    #[arg(value_name = "NAME-OR-CODE", required = true, num_args = 1..)]
    pub(crate) query: Vec<String>,
}

/// `benn schema`.
#[derive(Debug, Args)]
pub(crate) struct SchemaArgs {
    /// Caught to say that `schema` takes no arguments.
    #[arg(hide = true, value_parser = clap::value_parser!(OsString))]
    pub(crate) extra: Vec<OsString>,
}

/// `benn synth`.
#[derive(Debug, Args)]
#[command(after_help = format!(
    "STEPS is at most {}: a document of about 600 bytes per step.",
    crate::synth::MAX_STEPS_TEXT
))]
pub(crate) struct SynthArgs {
    /// Number of steps
    #[arg(value_name = "STEPS")]
    pub(crate) steps: String,
    /// Seed of the generator (a whole number; default 1)
    #[arg(value_name = "SEED")]
    pub(crate) seed: Option<String>,
}

/// `benn status`.
#[derive(Debug, Args)]
#[command(
    after_help = "The log is the concept's own `log` section and, with --log, a log file \
    that names the concept. Progress rolls up from the steps: `mean` (every step alike), `weight` \
    (by the steps' `weight`) or `cost` (by planned cost); dropped steps are left out."
)]
pub(crate) struct StatusArgs {
    /// The concept
    #[arg(value_name = "FILE", value_parser = clap::value_parser!(PathBuf))]
    pub(crate) file: PathBuf,
    /// A log file of the concept (may be given more than once)
    #[arg(long, value_name = "LOG.json", value_parser = clap::value_parser!(PathBuf))]
    pub(crate) log: Vec<PathBuf>,
    /// The day to evaluate [default: today]
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub(crate) as_of: Option<String>,
    /// How progress rolls up
    #[arg(long, value_enum, default_value_t = MethodArg::Mean)]
    pub(crate) method: MethodArg,
    /// text (a table) or json (for programs)
    #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
    pub(crate) format: OutputFormat,
}

/// `benn portfolio`.
#[derive(Debug, Args)]
#[command(
    after_help = "Every `*.json` file in DIR that is a concept is shown; `*.log.json` files \
    are matched to their concepts by the concept id they name."
)]
pub(crate) struct PortfolioArgs {
    /// The folder of concepts and logs
    #[arg(value_name = "DIR", value_parser = clap::value_parser!(PathBuf))]
    pub(crate) dir: PathBuf,
    /// The day to evaluate [default: today]
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub(crate) as_of: Option<String>,
    /// How progress rolls up
    #[arg(long, value_enum, default_value_t = MethodArg::Mean)]
    pub(crate) method: MethodArg,
    /// text (a table) or json (for programs)
    #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
    pub(crate) format: OutputFormat,
}

/// `--method` of `benn status` and `benn portfolio`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum MethodArg {
    Mean,
    Weight,
    Cost,
}

impl From<MethodArg> for benn_core::eval::Method {
    fn from(m: MethodArg) -> Self {
        match m {
            MethodArg::Mean => benn_core::eval::Method::Mean,
            MethodArg::Weight => benn_core::eval::Method::Weight,
            MethodArg::Cost => benn_core::eval::Method::Cost,
        }
    }
}

/// `--format` of `benn validate`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum OutputFormat {
    Text,
    Json,
}

/// `--lang`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum LangArg {
    De,
    En,
}

impl From<LangArg> for Lang {
    fn from(l: LangArg) -> Self {
        match l {
            LangArg::De => Lang::De,
            LangArg::En => Lang::En,
        }
    }
}

/// The language of messages, read before clap parses (so that its errors use
/// it): the last valid `--lang X` or `--lang=X` wherever it stands, else the
/// environment variable `BENN_LANG`, else German. An invalid `BENN_LANG` is an
/// error, not silently German; an invalid `--lang` is left to clap to report.
pub(crate) fn lang_hint(argv: &[OsString]) -> Result<Lang, String> {
    let mut found = None;
    let mut words = argv.iter().skip(1).map(|w| w.to_str());
    while let Some(word) = words.next() {
        let value = match word {
            Some("--") => break,
            Some("--lang") => words.next().flatten(),
            Some(w) => w.strip_prefix("--lang="),
            None => None,
        };
        if let Some(lang) = value.and_then(|v| v.parse::<Lang>().ok()) {
            found = Some(lang);
        }
    }
    if let Some(lang) = found {
        return Ok(lang);
    }
    match std::env::var_os("BENN_LANG") {
        None => Ok(Lang::default()),
        Some(v) if v.is_empty() => Ok(Lang::default()),
        Some(v) => {
            let v = v.to_string_lossy();
            v.parse::<Lang>().map_err(|_| {
                format!("Umgebungsvariable BENN_LANG=`{v}` ist keine Sprache (de, en) / environment variable BENN_LANG=`{v}` is no language (de, en)")
            })
        }
    }
}

/// Handles a clap error: help and version go to standard output with status
/// 0, everything else is a usage error (status 2) in `lang`.
pub(crate) fn clap_error(err: &clap::Error, lang: Lang) -> ExitCode {
    match err.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => match err.print() {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => output::finish(Err(e), lang, ExitCode::SUCCESS),
        },
        _ => output::usage_error(&message(err, lang), lang),
    }
}

fn context(err: &clap::Error, kind: ContextKind) -> Option<&str> {
    match err.get(kind) {
        Some(ContextValue::String(s)) => Some(s),
        Some(ContextValue::Strings(v)) => v.first().map(String::as_str),
        _ => None,
    }
}

fn context_list(err: &clap::Error, kind: ContextKind) -> Vec<String> {
    match err.get(kind) {
        Some(ContextValue::String(s)) => vec![s.clone()],
        Some(ContextValue::Strings(v)) => v.clone(),
        _ => Vec::new(),
    }
}

/// `--lang <LANG>` → `--lang`.
fn arg_name(arg: &str) -> &str {
    arg.split(' ').next().unwrap_or(arg)
}

/// The message of a failed call in `lang`. clap's own English text is the
/// fallback for kinds the command line cannot produce today.
fn message(err: &clap::Error, lang: Lang) -> String {
    let arg = arg_name(context(err, ContextKind::InvalidArg).unwrap_or(""));
    match err.kind() {
        ErrorKind::InvalidValue => {
            let value = context(err, ContextKind::InvalidValue).unwrap_or("");
            if value.is_empty() {
                return tr!(lang, "`{arg}` braucht einen Wert", "`{arg}` needs a value");
            }
            let valid = context_list(err, ContextKind::ValidValue).join(", ");
            tr!(
                lang,
                "ungültiger Wert `{value}` für `{arg}` (möglich: {valid})",
                "invalid value `{value}` for `{arg}` (possible: {valid})"
            )
        }
        ErrorKind::UnknownArgument => {
            let mut msg = if arg.starts_with('-') {
                tr!(lang, "unbekannte Option `{arg}`", "unknown option `{arg}`")
            } else {
                tr!(
                    lang,
                    "überzähliges Argument `{arg}`",
                    "unexpected argument `{arg}`"
                )
            };
            if let Some(s) = context(err, ContextKind::SuggestedArg) {
                msg.push_str(&tr!(lang, " – meinten Sie `{s}`?", " – did you mean `{s}`?"));
            }
            msg
        }
        ErrorKind::InvalidSubcommand => {
            let cmd = context(err, ContextKind::InvalidSubcommand).unwrap_or("");
            let mut msg = tr!(lang, "unbekannter Befehl `{cmd}`", "unknown command `{cmd}`");
            if let Some(s) = context(err, ContextKind::SuggestedSubcommand) {
                msg.push_str(&tr!(lang, " – meinten Sie `{s}`?", " – did you mean `{s}`?"));
            }
            msg
        }
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            tr!(lang, "kein Befehl angegeben", "no command given")
        }
        ErrorKind::MissingRequiredArgument => {
            let missing = context_list(err, ContextKind::InvalidArg);
            if missing.iter().any(|m| m.contains("FILE")) {
                tr!(lang, "keine Datei angegeben", "no file given")
            } else if missing.iter().any(|m| m.contains("STEPS")) {
                tr!(
                    lang,
                    "`benn synth` erwartet eine Schrittzahl und optional eine Saat",
                    "`benn synth` expects a number of steps and optionally a seed"
                )
            } else {
                let missing = missing.join(", ");
                tr!(lang, "es fehlt: {missing}", "missing: {missing}")
            }
        }
        ErrorKind::InvalidUtf8 => tr!(
            lang,
            "ein Argument ist kein gültiges UTF-8 (nur Dateinamen dürfen beliebige Bytes enthalten)",
            "an argument is not valid UTF-8 (only file names may hold arbitrary bytes)"
        ),
        _ => {
            let rendered = err.render().to_string();
            let first = rendered.lines().next().unwrap_or_default();
            let first = first.strip_prefix("error: ").unwrap_or(first);
            tr!(lang, "ungültiger Aufruf: {first}", "invalid call: {first}")
        }
    }
}

/// `benn diff`.
#[derive(Debug, Args)]
#[command(
    after_help = "Text output marks `+` added, `−` removed, `~` changed (field: old → new) and \
    `≈` matched by similar text where the id changed, with the similarity (0 to 1)."
)]
pub(crate) struct DiffArgs {
    /// text (readable) or json (for programs)
    #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
    pub(crate) format: OutputFormat,
    /// The old version
    #[arg(value_name = "OLD", value_parser = clap::value_parser!(PathBuf))]
    pub(crate) old: PathBuf,
    /// The new version
    #[arg(value_name = "NEW", value_parser = clap::value_parser!(PathBuf))]
    pub(crate) new: PathBuf,
}

/// `benn review`.
#[derive(Debug, Args)]
#[command(
    after_help = "A goal is reached when all its steps that are not dropped are done on the day \
    judged, or all its indicators with a numeric target reached it; carried over when the next \
    concept has a goal with its id or a similar text (a goal reached and carried over counts as \
    carried over); dropped otherwise. The day judged is --as-of, at most the previous period's \
    last day (the default)."
)]
pub(crate) struct ReviewArgs {
    /// text (readable) or json (for programs)
    #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
    pub(crate) format: OutputFormat,
    /// The previous concept's log file (its own `log` section is always read)
    #[arg(long, value_name = "LOG", value_parser = clap::value_parser!(PathBuf))]
    pub(crate) log: Option<PathBuf>,
    /// The day to judge on instead of the end of the previous period
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub(crate) as_of: Option<String>,
    /// The previous concept
    #[arg(value_name = "OLD", value_parser = clap::value_parser!(PathBuf))]
    pub(crate) old: PathBuf,
    /// The next concept
    #[arg(value_name = "NEW", value_parser = clap::value_parser!(PathBuf))]
    pub(crate) new: PathBuf,
}

/// `benn log`.
#[derive(Debug, Args)]
pub(crate) struct LogArgs {
    #[command(subcommand)]
    pub(crate) command: LogCommand,
}

/// The subcommands of `benn log`.
#[derive(Debug, Subcommand)]
pub(crate) enum LogCommand {
    /// Append an entry to a log file or a concept's log; it is validated first and written
    /// only if the document then has no error
    Add(Box<LogAddArgs>),
    /// Merge two log files (or the logs of two concept files) of one concept
    Merge(LogMergeArgs),
}

/// `benn log add`.
#[derive(Debug, Args)]
#[command(
    after_help = "The entry is appended without rewriting the rest of the file. A log \
    file is checked against its concept: `--concept`, else the concept file in the same folder \
    whose id the log names. Exit status: 0 written, 1 not written because of errors (they are \
    printed), 2 the call failed."
)]
pub(crate) struct LogAddArgs {
    /// The log file (`*.log.json`) or concept file to append to
    #[arg(value_name = "FILE", value_parser = clap::value_parser!(PathBuf))]
    pub(crate) file: PathBuf,
    /// The concept a log file belongs to
    #[arg(long, value_name = "CONCEPT.json", value_parser = clap::value_parser!(PathBuf))]
    pub(crate) concept: Option<PathBuf>,
    /// What the entry records
    #[arg(long, value_enum)]
    pub(crate) kind: KindArg,
    /// The day it happened [default: today]
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub(crate) date: Option<String>,
    /// The step the entry is about
    #[arg(long, value_name = "ID")]
    pub(crate) step: Option<String>,
    /// The goal the entry is about
    #[arg(long, value_name = "ID")]
    pub(crate) goal: Option<String>,
    /// The indicator the entry is about
    #[arg(long, value_name = "ID")]
    pub(crate) indicator: Option<String>,
    /// The participation body the entry is about
    #[arg(long, value_name = "ID")]
    pub(crate) body: Option<String>,
    /// The step's new status
    #[arg(long, value_enum)]
    pub(crate) status: Option<StatusArg>,
    /// Progress in percent, 0 to 100
    #[arg(long, value_name = "N")]
    pub(crate) progress: Option<String>,
    /// Money spent in euros, e.g. `120,50` or `120.50`
    #[arg(long, value_name = "EUR", allow_hyphen_values = true)]
    pub(crate) spent: Option<String>,
    /// The budget year the money counts for [default: the year of the date]
    #[arg(long, value_name = "YYYY")]
    pub(crate) year: Option<u16>,
    /// The measured value (a number, or words for a qualitative indicator)
    #[arg(long, value_name = "V")]
    pub(crate) value: Option<String>,
    /// The unit of the measured value
    #[arg(long, value_name = "U")]
    pub(crate) unit: Option<String>,
    /// How many people took part in a meeting
    #[arg(long, value_name = "N")]
    pub(crate) participants: Option<u32>,
    /// A note in words
    #[arg(long, value_name = "TEXT")]
    pub(crate) note: Option<String>,
    /// A link to evidence (may be given several times)
    #[arg(long, value_name = "URL")]
    pub(crate) evidence: Vec<String>,
    /// Who recorded the entry
    #[arg(long = "by", value_name = "NAME")]
    pub(crate) recorded_by: Option<String>,
    /// The id of the entry this one corrects
    #[arg(long, value_name = "ID")]
    pub(crate) corrects: Option<String>,
    /// The entry's id [default: e-YYYY-MM-DD-N, the first one free]
    #[arg(long, value_name = "ID")]
    pub(crate) id: Option<String>,
}

/// `benn log merge`.
#[derive(Debug, Args)]
#[command(
    after_help = "The result has every entry once, sorted by date and id; it has the \
    shape of A (a log file, or A's concept with the merged log). Conflicts (two different \
    entries with one id, of which the merge keeps one; two statuses of a step on one day) \
    are listed on standard error. Exit status: 0 merged, 1 merged with conflicts, 2 the call \
    failed (unreadable file, logs of two concepts)."
)]
pub(crate) struct LogMergeArgs {
    /// The first log file or concept
    #[arg(value_name = "A", value_parser = clap::value_parser!(PathBuf))]
    pub(crate) a: PathBuf,
    /// The second log file or concept
    #[arg(value_name = "B", value_parser = clap::value_parser!(PathBuf))]
    pub(crate) b: PathBuf,
    /// Write the result to OUT instead of standard output
    #[arg(short, long, value_name = "OUT", value_parser = clap::value_parser!(PathBuf))]
    pub(crate) output: Option<PathBuf>,
}

/// `--kind` of `benn log add`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum KindArg {
    Status,
    Progress,
    Spending,
    Measurement,
    Meeting,
    Note,
}

/// `--status` of `benn log add`, named as in the format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum StatusArg {
    Planned,
    #[value(name = "in_progress")]
    InProgress,
    Done,
    Postponed,
    Dropped,
}

/// `benn export`.
#[derive(Debug, Args)]
#[command(
    after_help = "CSV cells that a spreadsheet would take for a formula (starting with \
    `=`, `+`, `-`, `@`, tab or CR), or digits with a leading zero, get a leading apostrophe; \
    `benn import` takes it back. Amounts are euros with two decimals; in XLSX an exact `…_cents` \
    column stands beside each. The columns are documented in benn_core::table."
)]
pub(crate) struct ExportArgs {
    /// The concept
    #[arg(value_name = "FILE", value_parser = clap::value_parser!(PathBuf))]
    pub(crate) file: PathBuf,
    /// A log file of the concept: its entries make the `log` table (else the concept's own log)
    #[arg(long, value_name = "LOG.json", value_parser = clap::value_parser!(PathBuf))]
    pub(crate) log: Option<PathBuf>,
    /// Which table; `all` (every table as a sheet) needs `--format xlsx`
    #[arg(long, value_enum, default_value_t = TableArg::All)]
    pub(crate) table: TableArg,
    /// The day of the evaluation tables (state, rollup, budget; default today)
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub(crate) as_of: Option<String>,
    /// How the `rollup` table weighs steps
    #[arg(long, value_enum, default_value_t = MethodArg::Mean)]
    pub(crate) method: MethodArg,
    /// csv, jsonl (JSON Lines) or xlsx (a workbook)
    #[arg(long, value_enum, default_value_t = TableFormat::Csv)]
    pub(crate) format: TableFormat,
    /// German CSV: `;` between cells and decimal commas
    #[arg(long)]
    pub(crate) de: bool,
    /// Start the CSV with a UTF-8 byte order mark (for Excel)
    #[arg(long)]
    pub(crate) bom: bool,
    /// Write to this file instead of standard output (an XLSX workbook is not written to a terminal)
    #[arg(short = 'o', long = "output", value_name = "OUT", value_parser = clap::value_parser!(PathBuf))]
    pub(crate) output: Option<PathBuf>,
}

/// `--table` of `benn export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum TableArg {
    All,
    Steps,
    Goals,
    Indicators,
    Log,
    State,
    Rollup,
    Budget,
    Coverage,
}

/// `--format` of `benn export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum TableFormat {
    Csv,
    Jsonl,
    Xlsx,
}

/// `benn import`.
#[derive(Debug, Args)]
#[command(
    after_help = "The table has the columns of `benn export --table log` (any order; id, date \
    and kind are required); a CSV with `;` is read as German (decimal commas). Every row is \
    checked: with any problem nothing is imported. Rows whose id is already in the log must be \
    unchanged and are skipped, so an exported sheet with new rows added can be imported again. \
    The document is validated with the new entries and written (in canonical form) only \
    without errors."
)]
pub(crate) struct ImportArgs {
    /// The concept
    #[arg(value_name = "FILE", value_parser = clap::value_parser!(PathBuf))]
    pub(crate) file: PathBuf,
    /// The table: .csv, .jsonl or .xlsx
    #[arg(value_name = "TABLE", value_parser = clap::value_parser!(PathBuf))]
    pub(crate) table: PathBuf,
    /// Append to this log file of the concept (created when missing) instead of the concept's own log
    #[arg(long, value_name = "LOG.json", value_parser = clap::value_parser!(PathBuf))]
    pub(crate) into: Option<PathBuf>,
    /// Only check the table and the result; write nothing
    #[arg(long)]
    pub(crate) check: bool,
}

/// `benn report`.
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  \
    benn report examples/weissensee-2023.json --log examples/weissensee-2023.log.json --as-of 2024-06-30 -o report.html\n  \
    benn report examples/weissensee-2023.json --kind short --format md\n  \
    benn report --compare examples/weissensee-2023.json examples/weissensee-2025.json --log examples/weissensee-2023.log.json\n  \
    benn report --portfolio examples --as-of 2026-11-22 -o portfolio.html\n  \
    benn report examples/weissensee-2023.json --chart gantt --as-of 2024-06-30 > gantt.svg\n\
    Without -o the report goes to standard output (a PDF needs -o). A PDF is the HTML printed by \
    headless Chromium (`chromium`, or the program in BENN_CHROMIUM); where it is missing, benn says \
    so and exits with status 3. Reports are German by default; --lang en writes English.")]
pub(crate) struct ReportArgs {
    /// The concept (with --compare: the previous and the next version)
    #[arg(value_name = "FILE", value_parser = clap::value_parser!(PathBuf))]
    pub(crate) files: Vec<PathBuf>,
    /// Which report of one concept: the progress report or the short version (Kurzfassung)
    #[arg(long, value_enum, default_value_t = ReportKindArg::Progress)]
    pub(crate) kind: ReportKindArg,
    /// Compare two versions (FILE is the previous, then the next) and review the previous one
    #[arg(long, conflicts_with_all = ["portfolio", "chart"])]
    pub(crate) compare: bool,
    /// The portfolio of every concept (with its logs) in DIR
    #[arg(long, value_name = "DIR", value_parser = clap::value_parser!(PathBuf), conflicts_with = "chart")]
    pub(crate) portfolio: Option<PathBuf>,
    /// A log file of the concept (of the previous one with --compare); may be given more than once
    #[arg(long, value_name = "LOG.json", value_parser = clap::value_parser!(PathBuf))]
    pub(crate) log: Vec<PathBuf>,
    /// The day the report is as of [default: today]
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub(crate) as_of: Option<String>,
    /// How progress rolls up
    #[arg(long, value_enum, default_value_t = MethodArg::Mean)]
    pub(crate) method: MethodArg,
    /// html (one standalone file), md (Markdown) or pdf (the HTML printed by headless Chromium)
    #[arg(long, value_enum, default_value_t = ReportFormatArg::Html)]
    pub(crate) format: ReportFormatArg,
    /// The Kurzfassung lists each goal's steps too
    #[arg(long)]
    pub(crate) steps: bool,
    /// Only this chart of the progress report, as SVG
    #[arg(long, value_enum)]
    pub(crate) chart: Option<ChartArg>,
    /// Write to OUT instead of standard output
    #[arg(short = 'o', long = "output", value_name = "OUT", value_parser = clap::value_parser!(PathBuf))]
    pub(crate) output: Option<PathBuf>,
}

/// `--kind` of `benn report`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ReportKindArg {
    /// The progress report (Sachstandsbericht) on a day
    Progress,
    /// The short version (Kurzfassung) as sites publish it
    #[value(alias = "kurzfassung")]
    Short,
}

/// `--format` of `benn report`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ReportFormatArg {
    Html,
    #[value(alias = "markdown")]
    Md,
    Pdf,
}

/// `--chart` of `benn report`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ChartArg {
    Gantt,
    Budget,
    Progress,
    Shares,
}
