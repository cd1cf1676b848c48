//! Parse + full validation from bytes, on synthetic concepts of growing size.
//! `cargo bench -p benn-core --bench validate`

use std::hint::black_box;

use benn_core::{read, synth, validate, write, Options};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

fn documents() -> Vec<(usize, Vec<u8>)> {
    [100, 10_000, 100_000, 1_000_000]
        .into_iter()
        .map(|steps| {
            let text = write(&synth::concept(steps, 1)).expect("synthetic concepts are finite");
            (steps, text.into_bytes())
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let docs = documents();
    let options = Options::default();

    let mut group = c.benchmark_group("validate");
    for (steps, bytes) in &docs {
        group.throughput(Throughput::Bytes(bytes.len() as u64));
        if *steps >= 100_000 {
            group.sample_size(10);
        }
        if *steps >= 1_000_000 {
            group.measurement_time(std::time::Duration::from_secs(40));
        }
        group.bench_with_input(BenchmarkId::from_parameter(steps), bytes, |b, bytes| {
            b.iter(|| validate(black_box(bytes), &options));
        });
    }
    group.finish();

    let mut group = c.benchmark_group("read");
    for (steps, bytes) in docs.iter().filter(|(s, _)| *s == 10_000) {
        group.throughput(Throughput::Bytes(bytes.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(steps), bytes, |b, bytes| {
            b.iter(|| read(black_box(bytes)));
        });
        // For scale: typed serde_json parsing of the same bytes into a generic value.
        group.bench_with_input(
            BenchmarkId::new("serde_json_value", steps),
            bytes,
            |b, bytes| {
                b.iter(|| serde_json::from_slice::<serde_json::Value>(black_box(bytes)));
            },
        );
    }
    group.finish();

    // Rendering and locating findings: a document where every step has a problem.
    let mut broken = synth::concept(10_000, 2);
    for field in &mut broken.action_fields {
        for goal in &mut field.goals {
            for step in &mut goal.steps {
                step.text = " ".into();
            }
        }
    }
    let bytes = write(&broken).expect("finite").into_bytes();
    let mut group = c.benchmark_group("findings");
    group.throughput(Throughput::Bytes(bytes.len() as u64));
    group.sample_size(20);
    group.bench_function("10000_empty_texts", |b| {
        b.iter(|| validate(black_box(&bytes), &options));
    });
    group.finish();
}

/// The shipped examples, valid and broken, as a person would validate them.
fn examples(c: &mut Criterion) {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples");
    let mut files: Vec<std::path::PathBuf> = ["", "broken"]
        .iter()
        .flat_map(|sub| std::fs::read_dir(root.join(sub)).into_iter().flatten())
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    let options = Options::default();
    let mut group = c.benchmark_group("examples");
    for file in files {
        let bytes = std::fs::read(&file).expect("example is readable");
        let name = file
            .strip_prefix(&root)
            .map_or_else(|_| file.display().to_string(), |p| p.display().to_string());
        group.throughput(Throughput::Bytes(bytes.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), &bytes, |b, bytes| {
            b.iter(|| validate(black_box(bytes), &options));
        });
    }
    group.finish();
}

criterion_group!(benches, bench, examples);
criterion_main!(benches);
