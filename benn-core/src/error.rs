//! Operational errors: returned as `Err`, raised as exceptions by the bindings.
//! Findings of validation are data ([`crate::Report`]), not errors.

use crate::diag::Report;

/// An operation that could not be carried out.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The document could not be read; the report holds its error findings.
    #[error("{}", describe(.0))]
    Invalid(Box<Report>),
}

fn describe(report: &Report) -> String {
    let n = report.findings.len();
    match report.findings.first() {
        Some(f) => {
            let at = f
                .location
                .map(|l| format!("{}:{}: ", l.line, l.column))
                .unwrap_or_default();
            let more = if n > 1 {
                format!(" (and {} more)", n - 1)
            } else {
                String::new()
            };
            format!("{at}{} [{}]{more}", f.message.en, f.code)
        }
        None => String::from("the document could not be read"),
    }
}

impl Error {
    /// The stable code of the error, e.g. `read.invalid`.
    pub fn code(&self) -> &'static str {
        match self {
            Error::Invalid(_) => "read.invalid",
        }
    }

    /// The findings that explain the error.
    pub fn findings(&self) -> &[crate::Finding] {
        match self {
            Error::Invalid(r) => &r.findings,
        }
    }
}
