//! `benn`: check BENN action concepts (*Handlungskonzepte*), write them in
//! canonical form, print the JSON Schema, and make synthetic concepts.
//!
//! The command line is declared once with clap in [`args`]; its errors are
//! rendered there in the chosen language (`--lang`, else `BENN_LANG`, else
//! German). [`input`] reads files and standard input within bounds,
//! [`pipeline`] is the one place that turns bytes into reports and canonical
//! text, [`output`] prints findings. One module per subcommand:
//! [`validate`], [`fmt`], [`synth`], [`lor`], [`log`]; `schema` is one line here.
//!
//! Exit status: 0 all good, 1 findings with errors (or `fmt --check` found a
//! file not in canonical form), 2 the call itself failed (bad option, missing
//! file, directory, input over the size limit, unwritable output).

#![allow(clippy::print_stdout, clippy::print_stderr, clippy::exit)]

/// Formats a message in the chosen language: German first, then English.
/// Both literals may capture variables (`{file}`).
macro_rules! tr {
    ($lang:expr, $de:literal, $en:literal $(,)?) => {
        match $lang {
            benn_core::Lang::De => format!($de),
            benn_core::Lang::En => format!($en),
        }
    };
}

mod args;
mod diff;
mod export;
mod fmt;
mod import;
mod input;
mod log;
mod lor;
mod output;
mod pipeline;
mod portfolio;
mod report;
mod review;
mod status;
mod synth;
mod validate;

use std::ffi::OsString;
use std::io::Write as _;
use std::process::ExitCode;

use clap::Parser as _;

use args::{Cli, Command};

fn main() -> ExitCode {
    let argv: Vec<OsString> = std::env::args_os().collect();
    // The language is needed before clap has parsed anything, for its errors.
    let lang = match args::lang_hint(&argv) {
        Ok(lang) => lang,
        Err(msg) => return output::usage_error(&msg, benn_core::Lang::De),
    };
    let cli = match Cli::try_parse_from(&argv) {
        Ok(cli) => cli,
        Err(err) => return args::clap_error(&err, lang),
    };
    let lang = cli.lang.map_or(lang, benn_core::Lang::from);
    match cli.command {
        Command::Validate(a) => validate::run(&a, lang),
        Command::Fmt(a) => fmt::run(&a, lang),
        Command::Synth(a) => synth::run(&a, lang),
        Command::Lor(a) => lor::run(&a, lang),
        Command::Diff(a) => diff::run(&a, lang),
        Command::Review(a) => review::run(&a, lang),
        Command::Status(a) => status::run(&a, lang),
        Command::Portfolio(a) => portfolio::run(&a, lang),
        Command::Log(a) => log::run(&a, lang),
        Command::Export(a) => export::run(&a, lang),
        Command::Import(a) => import::run(&a, lang),
        Command::Report(a) => report::run(&a, lang),
        Command::Schema(a) => {
            if a.extra.is_empty() {
                let written = std::io::stdout()
                    .lock()
                    .write_all(benn_core::SCHEMA_JSON.as_bytes());
                output::finish(written, lang, ExitCode::SUCCESS)
            } else {
                output::usage_error(
                    &tr!(
                        lang,
                        "`benn schema` nimmt keine Argumente",
                        "`benn schema` takes no arguments"
                    ),
                    lang,
                )
            }
        }
    }
}
