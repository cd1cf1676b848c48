//! Reports (`benn_core::report`, `benn report`): snapshots of the shipped
//! examples' reports in both languages, determinism, a hostile concept
//! rendered harmless, and the command line.
//!
//! The snapshots are in `benn-core/tests/snapshots/`; after a deliberate
//! change refresh them with `BENN_BLESS=1 cargo test -p benn-core --test report`
//! and read the diff.

mod common;

use std::path::PathBuf;
use std::process::Command;

use benn_core::report::{self, chart, Format, Options};
use benn_core::{eval, read, read_log, Concept, Lang, LogEntry};
use common::repo;

const BLESS: &str = "BENN_BLESS=1 cargo test -p benn-core --test report";

fn snapshot(name: &str, text: &str) {
    let path = repo().join("benn-core/tests/snapshots").join(name);
    if std::env::var_os("BENN_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
        return;
    }
    let old = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("snapshot {name} is missing; write it with `{BLESS}`"));
    if old != text {
        let diff = similar::TextDiff::from_lines(&old, text)
            .unified_diff()
            .context_radius(2)
            .header(name, "as rendered now")
            .to_string();
        let shown: String = diff.chars().take(6000).collect();
        panic!("snapshot {name} differs; refresh with `{BLESS}` if intended\n{shown}");
    }
}

fn concept(name: &str) -> Concept {
    read(&std::fs::read(repo().join("examples").join(name)).unwrap()).unwrap()
}

/// The concept's own log and its log file, if there is one.
fn entries(c: &Concept, name: &str) -> Vec<LogEntry> {
    let mut all = c.log.clone();
    let log = repo()
        .join("examples")
        .join(name.replace(".json", ".log.json"));
    if log.exists() {
        all.extend(read_log(&std::fs::read(log).unwrap()).unwrap().entries);
    }
    all
}

/// The shipped examples with the day their reports are made on.
const EXAMPLES: [(&str, &str); 3] = [
    ("weissensee-2023.json", "2024-06-30"),
    ("weissensee-2025.json", "2026-11-22"),
    ("allende-viertel-2025.json", "2026-11-22"),
];

fn opts(day: &str, lang: Lang) -> Options {
    let mut o = Options::new(day.parse().unwrap());
    o.lang = lang;
    o
}

fn lang_code(lang: Lang) -> &'static str {
    match lang {
        Lang::De => "de",
        Lang::En => "en",
    }
}

#[test]
fn examples_match_their_snapshots_in_both_languages() {
    for (name, day) in EXAMPLES {
        let c = concept(name);
        let all = entries(&c, name);
        let refs: Vec<&LogEntry> = all.iter().collect();
        let stem = name.trim_end_matches(".json");
        for lang in [Lang::De, Lang::En] {
            let l = lang_code(lang);
            let mut o = opts(day, lang);
            o.steps = true;
            let short = report::kurzfassung(&c, &o);
            snapshot(
                &format!("{stem}.kurzfassung.{l}.md"),
                &report::render(&short, Format::Markdown),
            );
            let progress = report::progress(&c, &refs, &o);
            snapshot(
                &format!("{stem}.progress.{l}.md"),
                &report::render(&progress, Format::Markdown),
            );
            if stem == "weissensee-2023" {
                snapshot(
                    &format!("{stem}.kurzfassung.{l}.html"),
                    &report::render(&short, Format::Html),
                );
                snapshot(
                    &format!("{stem}.progress.{l}.html"),
                    &report::render(&progress, Format::Html),
                );
            }
        }
    }
}

#[test]
fn review_and_portfolio_match_their_snapshots() {
    let old = concept("weissensee-2023.json");
    let new = concept("weissensee-2025.json");
    let old_entries = entries(&old, "weissensee-2023.json");
    let refs: Vec<&LogEntry> = old_entries.iter().collect();
    let loaded: Vec<(Concept, Vec<LogEntry>)> = EXAMPLES
        .iter()
        .map(|(n, _)| {
            let c = concept(n);
            let e = entries(&c, n);
            (c, e)
        })
        .collect();
    let items: Vec<(&Concept, Vec<&LogEntry>)> = loaded
        .iter()
        .map(|(c, e)| (c, e.iter().collect()))
        .collect();
    for lang in [Lang::De, Lang::En] {
        let l = lang_code(lang);
        let review = report::review(&old, &refs, &new, &opts("2024-12-31", lang));
        snapshot(
            &format!("review.weissensee.{l}.md"),
            &report::render(&review, Format::Markdown),
        );
        let portfolio = report::portfolio(&items, &opts("2026-11-22", lang));
        snapshot(
            &format!("portfolio.{l}.md"),
            &report::render(&portfolio, Format::Markdown),
        );
        snapshot(
            &format!("portfolio.{l}.html"),
            &report::render(&portfolio, Format::Html),
        );
    }
}

#[test]
fn the_same_input_gives_the_same_bytes() {
    let c = concept("weissensee-2023.json");
    let all = entries(&c, "weissensee-2023.json");
    let refs: Vec<&LogEntry> = all.iter().collect();
    let o = opts("2024-03-31", Lang::De);
    // Every evaluation builds its maps with a fresh random seed: an order
    // that leaked from a map would differ between the two runs.
    let a = report::render(&report::progress(&c, &refs, &o), Format::Html);
    let b = report::render(&report::progress(&c, &refs, &o), Format::Html);
    assert_eq!(a, b);
    let svg = chart::gantt(
        &chart::gantt_rows(&c, &eval::state(&c, refs.iter().copied(), o.as_of)),
        &c.period,
        o.as_of,
        Lang::De,
        "gantt",
    );
    assert!(
        a.contains(&svg),
        "the report's Gantt chart is the chart of the API"
    );
}

#[test]
fn every_chart_has_a_name_a_text_and_its_bars() {
    let c = concept("weissensee-2023.json");
    let all = entries(&c, "weissensee-2023.json");
    let refs: Vec<&LogEntry> = all.iter().collect();
    let data = report::progress_data(&c, &refs, &opts("2024-06-30", Lang::En));
    let steps = c.steps().count();
    let charts = [
        (
            chart::gantt(
                &chart::gantt_rows(&c, &data.state),
                &c.period,
                data.as_of,
                Lang::En,
                "g",
            ),
            "gantt",
            steps,
        ),
        (
            chart::budget(&data.budget, Lang::En, "b"),
            "budget",
            2 * data.budget.years.len(),
        ),
        (
            chart::progress(&data.rollup, Lang::En),
            "progress",
            c.action_fields.len(),
        ),
        (
            chart::shares(&data.shares, Lang::En, "s"),
            "shares",
            std::iter::once(&data.shares.total)
                .chain(data.shares.fields.iter().map(|f| &f.counts))
                .map(|t| t.shares.iter().filter(|s| s.count > 0).count())
                .sum(),
        ),
    ];
    for (svg, kind, bars) in charts {
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(svg.contains(&format!("data-chart=\"{kind}\"")));
        assert!(svg.contains("role=\"img\"") && svg.contains("aria-label=\""));
        assert!(svg.contains("<title>") && svg.contains("<desc>"));
        assert_eq!(svg.matches("data-bar=").count(), bars, "{kind}");
        assert!(svg.ends_with("</svg>"));
    }
}

/// The hostile concept of the browser test: every text a trap.
fn hostile() -> (Concept, Vec<LogEntry>) {
    let path = repo().join("tests/web/fixtures/hostile-2023.json");
    let c = read(&std::fs::read(path).unwrap()).unwrap();
    let log = c.log.clone();
    (c, log)
}

#[test]
fn a_hostile_concept_renders_as_harmless_text() {
    let (c, log) = hostile();
    let refs: Vec<&LogEntry> = log.iter().collect();
    for lang in [Lang::De, Lang::En] {
        let mut o = opts("2024-06-30", lang);
        o.steps = true;
        let docs = [
            report::kurzfassung(&c, &o),
            report::progress(&c, &refs, &o),
            report::review(&c, &refs, &c, &o),
            report::portfolio(&[(&c, refs.clone())], &o),
        ];
        for doc in &docs {
            let html = report::render(doc, Format::Html);
            let lower = html.to_lowercase();
            // The traps stay text: `&lt;script&gt;`, never `<script`.
            for bad in ["<script", "<img", "<svg onload", "<style>body", "<b>"] {
                assert!(!lower.contains(bad), "{} contains {bad}", doc.kind);
            }
            assert!(!lower.contains("href=\"javascript"));
            assert_eq!(
                html.matches("<svg").count(),
                html.matches("</svg>").count(),
                "{}",
                doc.kind
            );
            assert_eq!(html.matches("<style>").count(), 1);
            assert_eq!(html.matches("</style>").count(), 1);
            assert_eq!(
                html.matches("<title>").count(),
                html.matches("</title>").count()
            );
            // Markdown: no raw HTML and no link to script.
            let md = report::render(doc, Format::Markdown);
            assert!(
                !md.contains("<script") && !md.contains("<img"),
                "{}",
                doc.kind
            );
            assert!(!md.contains("](javascript") && !md.contains("](<javascript"));
        }
    }
}

// ---- the command line

fn benn() -> Command {
    Command::new(env!("CARGO_BIN_EXE_benn"))
}

fn out_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("benn-report-test-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn cli_writes_the_progress_report_and_says_where() {
    let dir = out_dir("progress");
    let out = dir.join("w.html");
    let o = benn()
        .current_dir(repo())
        .args([
            "report",
            "examples/weissensee-2023.json",
            "--log",
            "examples/weissensee-2023.log.json",
            "--as-of",
            "2024-06-30",
            "-o",
        ])
        .arg(&out)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let said = String::from_utf8(o.stdout).unwrap();
    assert!(said.contains("Sachstandsbericht geschrieben") && said.contains("w.html"));
    let html = std::fs::read_to_string(&out).unwrap();
    let c = concept("weissensee-2023.json");
    let all = entries(&c, "weissensee-2023.json");
    let refs: Vec<&LogEntry> = all.iter().collect();
    let lib = report::render(
        &report::progress(&c, &refs, &opts("2024-06-30", Lang::De)),
        Format::Html,
    );
    assert_eq!(html, lib, "the command writes what the library renders");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn cli_markdown_charts_and_kinds() {
    let run = |args: &[&str]| {
        let o = benn().current_dir(repo()).args(args).output().unwrap();
        (
            o.status.code(),
            String::from_utf8(o.stdout).unwrap(),
            String::from_utf8(o.stderr).unwrap(),
        )
    };
    let (code, md, _) = run(&[
        "report",
        "examples/weissensee-2023.json",
        "--kind",
        "short",
        "--format",
        "md",
        "--lang",
        "en",
        "--as-of",
        "2024-06-30",
    ]);
    assert_eq!(code, Some(0));
    assert!(md.contains("## What is BENN?"));
    let (code, svg, _) = run(&[
        "report",
        "examples/allende-viertel-2025.json",
        "--chart",
        "gantt",
        "--as-of",
        "2026-11-22",
    ]);
    assert_eq!(code, Some(0));
    assert!(svg.starts_with("<svg") && svg.contains("data-chart=\"gantt\""));
    assert_eq!(
        svg.matches("data-bar=").count(),
        concept("allende-viertel-2025.json").steps().count()
    );
    let (code, html, _) = run(&[
        "report",
        "--compare",
        "examples/weissensee-2023.json",
        "examples/weissensee-2025.json",
        "--log",
        "examples/weissensee-2023.log.json",
        "--as-of",
        "2024-12-31",
    ]);
    assert_eq!(code, Some(0));
    assert!(html.contains("data-report=\"review\""));
    let (code, html, _) = run(&["report", "--portfolio", "examples", "--as-of", "2026-11-22"]);
    assert_eq!(code, Some(0));
    assert_eq!(html.matches("data-chart=\"strip\"").count(), 4);
    let (code, _, err) = run(&["report", "--compare", "examples/weissensee-2023.json"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("zwei Handlungskonzepte"), "{err}");
    let (code, _, err) = run(&["report", "examples/weissensee-2023.json", "--format", "pdf"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("-o"), "{err}");
}

#[test]
fn cli_pdf_without_chromium_says_so_with_its_own_status() {
    let dir = out_dir("pdf");
    for (lang, words) in [("de", "wurde nicht gefunden"), ("en", "was not found")] {
        let o = benn()
            .current_dir(repo())
            .env("BENN_CHROMIUM", "/nonexistent/chromium")
            .args([
                "report",
                "examples/weissensee-2023.json",
                "--as-of",
                "2024-06-30",
                "--format",
                "pdf",
                "--lang",
                lang,
                "-o",
            ])
            .arg(dir.join("w.pdf"))
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(3));
        let err = String::from_utf8(o.stderr).unwrap();
        assert!(
            err.contains(words) && err.contains("BENN_CHROMIUM"),
            "{err}"
        );
    }
    let _ = std::fs::remove_dir_all(dir);
}
