//! Figures for the targets, printed as a table: throughput of parse +
//! full validation from bytes, growth with size, and peak heap memory.
//! `cargo bench -p benn-core --bench memory`
//!
//! Peak memory is measured with a counting allocator: the most heap in use at
//! once while `validate` runs, beyond what was in use before it (the input).

#![allow(clippy::print_stdout, clippy::cast_precision_loss, unsafe_code)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::time::{Duration, Instant};

use benn_core::{synth, validate, write, Options};

struct Counting;

static IN_USE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: forwards to the system allocator and only counts bytes.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let now = IN_USE.fetch_add(layout.size(), Relaxed) + layout.size();
        PEAK.fetch_max(now, Relaxed);
        // SAFETY: same layout contract as the caller's.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        IN_USE.fetch_sub(layout.size(), Relaxed);
        // SAFETY: `ptr` was allocated by `System` with `layout`.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new: usize) -> *mut u8 {
        if new > layout.size() {
            let now = IN_USE.fetch_add(new - layout.size(), Relaxed) + new - layout.size();
            PEAK.fetch_max(now, Relaxed);
        } else {
            IN_USE.fetch_sub(layout.size() - new, Relaxed);
        }
        // SAFETY: same contract as the caller's.
        unsafe { System.realloc(ptr, layout, new) }
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --benches` runs us with no
    // such flag: then do a quick smoke run only.
    let full = std::env::args().any(|a| a == "--bench");
    let sizes: &[usize] = if full {
        &[100, 10_000, 100_000, 1_000_000]
    } else {
        &[100, 1_000]
    };
    let options = Options::default();
    println!("steps      bytes        best time    MB/s     peak extra heap   peak/doc");
    let mut times = Vec::new();
    for &steps in sizes {
        let text = write(&synth::concept(steps, 1))
            .expect("finite")
            .into_bytes();
        let runs = if steps >= 1_000_000 {
            3
        } else if steps >= 100_000 {
            5
        } else {
            20
        };
        let mut best = Duration::MAX;
        let mut peak_extra = 0;
        for _ in 0..runs {
            let before = IN_USE.load(Relaxed);
            PEAK.store(before, Relaxed);
            let t = Instant::now();
            let report = validate(&text, &options);
            let dt = t.elapsed();
            peak_extra = peak_extra.max(PEAK.load(Relaxed) - before);
            assert!(!report.has_errors());
            drop(report);
            best = best.min(dt);
        }
        let mb_s = text.len() as f64 / 1e6 / best.as_secs_f64();
        println!(
            "{steps:<10} {:<12} {:>9.3} ms {mb_s:>8.1} {:>14.1} MB {:>9.2}x",
            text.len(),
            best.as_secs_f64() * 1e3,
            peak_extra as f64 / 1e6,
            peak_extra as f64 / text.len() as f64
        );
        times.push((steps, best));
    }
    let t = |s: usize| {
        times
            .iter()
            .find(|(n, _)| *n == s)
            .map(|(_, d)| d.as_secs_f64())
    };
    if let (Some(a), Some(b)) = (t(100_000), t(1_000_000)) {
        println!(
            "time(1 000 000 steps) / time(100 000 steps) = {:.2} (linear: 10)",
            b / a
        );
    }
}
