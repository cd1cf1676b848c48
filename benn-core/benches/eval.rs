//! Evaluation on synthetic concepts with five log entries per step: the
//! state as of a day plus every roll-up (three methods, shares, budget), at
//! 100 000 and 1 000 000 steps (growth), and against the rules on the same
//! model (`check`, the concept rules without parsing).
//! `cargo bench -p benn-core --bench eval`
//!
//! Targets (issue 5): 1 000 000 steps with 5 000 000 entries under 1 s;
//! roll-ups at most 0.25× validating the model.

use std::hint::black_box;

use benn_core::eval::{self, Method};
use benn_core::{check, synth, Concept, Date, LogEntry, Options};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

/// State plus every roll-up and the budget from the same state: what
/// `benn status` computes.
fn evaluate(concept: &Concept, log: &[LogEntry], as_of: Date) -> usize {
    let state = eval::state(concept, log, as_of);
    let mut n = 0;
    for m in Method::ALL {
        n += eval::rollup(concept, &state, m).steps;
    }
    n += eval::shares(concept, &state).total.steps;
    n += eval::budget::report_on(concept, &state).years.len();
    n
}

fn bench(c: &mut Criterion) {
    let as_of: Date = "2024-09-30".parse().expect("a date");
    let sizes: &[usize] = match std::env::var("BENN_BENCH_EVAL_MAX") {
        Ok(v) if v == "small" => &[100_000],
        _ => &[100_000, 1_000_000],
    };
    for &steps in sizes {
        let concept = synth::concept(steps, 1);
        let log = synth::log(&concept, steps * 5, 1);
        let mut group = c.benchmark_group("eval");
        group.sample_size(10);
        group.throughput(Throughput::Elements(steps as u64));
        group.bench_function(BenchmarkId::new("state", steps), |b| {
            b.iter(|| eval::state(black_box(&concept), black_box(&log), as_of));
        });
        let state = eval::state(&concept, &log, as_of);
        group.bench_function(BenchmarkId::new("rollups_on_state", steps), |b| {
            b.iter(|| {
                for m in Method::ALL {
                    black_box(eval::rollup(&concept, black_box(&state), m));
                }
                black_box(eval::shares(&concept, &state));
            });
        });
        group.bench_function(BenchmarkId::new("budget", steps), |b| {
            b.iter(|| eval::budget::report(black_box(&concept), black_box(&log), as_of));
        });
        group.bench_function(BenchmarkId::new("state_and_all_rollups", steps), |b| {
            b.iter(|| evaluate(black_box(&concept), black_box(&log), as_of));
        });
        // The rules on the same model, its log inside the concept.
        let mut with_log = concept.clone();
        with_log.log.clone_from(&log);
        let options = Options::default();
        group.bench_function(BenchmarkId::new("check", steps), |b| {
            b.iter(|| check(black_box(&with_log), &options));
        });
        group.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
