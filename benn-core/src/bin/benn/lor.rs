//! `benn lor`: a unit of Berlin's LOR 2021 catalogue by code or name.

use std::io::Write;
use std::process::ExitCode;

use benn_core::Lang;

use crate::args::LorArgs;
use crate::output;

/// Runs `benn lor`: prints every matching unit with its level, parents and
/// children; exit status 1 when nothing matches. Several words are one name
/// (`benn lor Rathaus Weißensee`).
pub(crate) fn run(args: &LorArgs, lang: Lang) -> ExitCode {
    let query = args.query.join(" ");
    match benn_core::lor::describe(&query, lang) {
        Ok(text) => {
            let written = std::io::stdout().lock().write_all(text.as_bytes());
            output::finish(written, lang, ExitCode::SUCCESS)
        }
        Err(message) => {
            let written = writeln!(std::io::stderr().lock(), "benn lor: {message}");
            output::finish(written, lang, ExitCode::from(1))
        }
    }
}
