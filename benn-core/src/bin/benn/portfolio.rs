//! `benn portfolio`: every concept of a folder on one day.

use std::process::ExitCode;

use benn_core::Lang;

use crate::args::PortfolioArgs;

/// Runs `benn portfolio`.
pub(crate) fn run(_args: &PortfolioArgs, _lang: Lang) -> ExitCode {
    ExitCode::SUCCESS
}
