//! Rendering reports (`benn_core::report`): the progress report of a
//! synthetic 10 000-step concept (five log entries per step) as HTML, its
//! evaluation included, and the Kurzfassung of the shipped Weißensee example
//! as HTML. `cargo bench -p benn-core --bench report`
//!
//! Targets (issue 6): the progress report of 10 000 steps under 100 ms, the
//! Weißensee Kurzfassung under 1 ms.

use std::hint::black_box;

use benn_core::report::{self, Format, Options};
use benn_core::{read, synth, LogEntry};
use criterion::{criterion_group, criterion_main, Criterion};

fn bench(c: &mut Criterion) {
    let as_of = "2024-09-30".parse().expect("a date");
    let opts = Options::new(as_of);
    let concept = synth::concept(10_000, 1);
    let log = synth::log(&concept, 50_000, 1);
    let entries: Vec<&LogEntry> = log.iter().collect();
    let mut group = c.benchmark_group("report");
    group.sample_size(20);
    group.bench_function("progress_html_10000_steps", |b| {
        b.iter(|| {
            let doc = report::progress(black_box(&concept), black_box(&entries), &opts);
            report::render(&doc, Format::Html).len()
        });
    });
    group.bench_function("progress_data_10000_steps", |b| {
        b.iter(|| {
            report::progress_data(black_box(&concept), black_box(&entries), &opts)
                .delayed
                .len()
        });
    });
    let doc = report::progress(&concept, &entries, &opts);
    group.bench_function("render_progress_html_10000_steps", |b| {
        b.iter(|| report::render(black_box(&doc), Format::Html).len());
    });
    let weissensee = read(
        &std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../examples/weissensee-2023.json"
        ))
        .expect("the example"),
    )
    .expect("a concept");
    group.bench_function("kurzfassung_html_weissensee", |b| {
        b.iter(|| {
            let doc = report::kurzfassung(black_box(&weissensee), &opts);
            report::render(&doc, Format::Html).len()
        });
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
