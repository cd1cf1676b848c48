//! Reading a tracking log file (*Sachstandsprotokoll*) from bytes: syntax,
//! shape and the model, on synthetic logs (`synth::log`) of 50 000 and
//! 5 000 000 entries (about five per step of a synthetic concept).
//! Target: at least 200 MB/s.
//! `cargo bench -p benn-core --bench log`
//!
//! For reference, the group `serde_json_reference` reads the same bytes with
//! `serde_json` into a plain mirror of the entry (owned strings, no
//! positions, no checks): what the standard crate does with this shape.
//! The machine's speed drifts between runs: compare `read_log` with it in
//! the same run. Last figures (2026-11-22, other builds paused): 280 MiB/s
//! (50 000 entries), 200 MiB/s (5 000 000), reference 171 MiB/s `read_log`
//! against 118 MiB/s `serde_json`; a long log is read on two threads
//! (`json::list`). See the README's "Performance".

use std::hint::black_box;

use benn_core::{read_log, synth, write_log, Log};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

/// The bytes of a canonical log file with `entries` entries.
fn log_file(entries: usize) -> Vec<u8> {
    let concept = synth::concept(entries / 5 + 1, 1);
    let log = Log {
        concept: concept.id.clone(),
        entries: synth::log(&concept, entries, 1),
    };
    write_log(&log)
        .expect("synthetic logs can be written")
        .into_bytes()
}

/// The log entry as plain `serde` data, for the reference reading.
#[derive(serde::Deserialize)]
#[allow(dead_code)]
struct PlainEntry {
    id: String,
    date: String,
    kind: String,
    step: Option<String>,
    goal: Option<String>,
    indicator: Option<String>,
    body: Option<String>,
    status: Option<String>,
    progress: Option<f64>,
    spent_cents: Option<i64>,
    budget_year: Option<u16>,
    value: Option<serde_json::Value>,
    unit: Option<String>,
    participants: Option<u32>,
    note: Option<String>,
    #[serde(default)]
    evidence: Vec<String>,
    recorded_by: Option<String>,
    corrects: Option<String>,
}

/// A log file as plain `serde` data.
#[derive(serde::Deserialize)]
#[allow(dead_code)]
struct PlainLog {
    format_version: u32,
    concept: String,
    entries: Vec<PlainEntry>,
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("read_log");
    for entries in [50_000, 5_000_000] {
        let bytes = log_file(entries);
        group.throughput(Throughput::Bytes(bytes.len() as u64));
        if entries >= 1_000_000 {
            group.sample_size(10);
        }
        group.bench_with_input(BenchmarkId::from_parameter(entries), &bytes, |b, bytes| {
            b.iter(|| read_log(black_box(bytes)).expect("the log reads"));
        });
    }
    group.finish();

    let bytes = log_file(500_000);
    let mut group = c.benchmark_group("serde_json_reference");
    group.throughput(Throughput::Bytes(bytes.len() as u64));
    group.sample_size(10);
    group.bench_with_input(BenchmarkId::new("read_log", 500_000), &bytes, |b, bytes| {
        b.iter(|| read_log(black_box(bytes)).expect("the log reads"));
    });
    group.bench_with_input(
        BenchmarkId::new("serde_json", 500_000),
        &bytes,
        |b, bytes| {
            b.iter(|| serde_json::from_slice::<PlainLog>(black_box(bytes)).expect("the log reads"));
        },
    );
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
