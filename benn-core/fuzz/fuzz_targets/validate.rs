//! Arbitrary bytes → `benn_core::validate`: never panics, and the report is
//! bounded (at most `MAX_FINDINGS` findings plus one that says how many were
//! left out). Every finding is located.
#![no_main]

use benn_core::{validate, Options, MAX_FINDINGS};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let options = Options::with_today("2024-06-30").unwrap_or_default();
    let report = validate(data, &options);
    assert!(
        report.findings.len() <= MAX_FINDINGS + 1,
        "{} findings",
        report.findings.len()
    );
    for f in &report.findings {
        let at = f.location.expect("every finding is located");
        assert!(at.offset <= data.len(), "offset {} past the end", at.offset);
        assert!(at.line >= 1 && at.column >= 1, "{at:?}");
    }
    // The report always serialises.
    assert!(report.to_json().starts_with("{\"findings\":["));
});
