//! Helpers shared by the integration tests (each test crate uses some of them).
#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// The repository root.
pub(crate) fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The `.json` files directly in `dir` (relative to the repository root),
/// sorted, log files (`*.log.json`) included.
pub(crate) fn json_files(dir: &str) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(repo().join(dir))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    v.sort();
    v
}

/// Whether a file is a log file (`*.log.json`).
pub(crate) fn is_log(path: &Path) -> bool {
    path.to_string_lossy().ends_with(".log.json")
}

/// The concept documents directly in `dir`, sorted (no log files).
pub(crate) fn concept_files(dir: &str) -> Vec<PathBuf> {
    json_files(dir).into_iter().filter(|p| !is_log(p)).collect()
}

/// The log files (`*.log.json`) directly in `dir`, sorted.
pub(crate) fn log_files(dir: &str) -> Vec<PathBuf> {
    json_files(dir).into_iter().filter(|p| is_log(p)).collect()
}
