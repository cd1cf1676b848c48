//! Reads a concept and prints its structure and planned costs per year.
//!
//! `cargo run -p benn-core --example overview -- examples/weissensee-2023.json`

#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::process::ExitCode;

use benn_core::{eval::budget::planned_costs_by_year, read, Lang};

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: overview FILE");
        return ExitCode::from(2);
    };
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{path}: {e}");
            return ExitCode::from(2);
        }
    };
    let concept = match read(&bytes) {
        Ok(c) => c,
        Err(e) => {
            for f in e.findings() {
                let at = f
                    .location
                    .map(|l| format!("{}:{}", l.line, l.column))
                    .unwrap_or_default();
                eprintln!("{path}:{at}: {}", f.message.get(Lang::En));
            }
            return ExitCode::from(1);
        }
    };
    let site = &concept.site;
    println!(
        "{} ({}, {} LOR units), {} – {}",
        site.name,
        site.district.name(),
        site.planning_areas.len(),
        concept.period.start,
        concept.period.end
    );
    for field in &concept.action_fields {
        let steps: usize = field.goals.iter().map(|g| g.steps.len()).sum();
        println!(
            "  [{}] {}: {} goals, {steps} steps",
            field.key,
            field.title,
            field.goals.len()
        );
    }
    for (year, planned) in planned_costs_by_year(&concept) {
        let budget = concept
            .budget
            .iter()
            .find(|b| b.year == year)
            .map(|b| b.amount_cents);
        match budget {
            Some(b) => println!("  {year}: planned {planned} of {b}"),
            None => println!("  {year}: planned {planned} (no budget)"),
        }
    }
    ExitCode::SUCCESS
}
