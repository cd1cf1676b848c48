//! The README tells the truth: its table of finding codes is the registry's,
//! and every sample output is what the command prints today.
//!
//! A sample is a fenced block directly below a marker line:
//!
//! ```text
//! <!-- sample: validate --lang en examples/broken/typo-fields.json | head 6 -->
//! ```
//!
//! - The words before the first ` | ` are the arguments of `benn`, split at
//!   spaces (no quoting). A word with `*` in its file name is expanded like
//!   the shell does (sorted). A marker that starts with `cargo ` runs cargo
//!   instead (`cargo run -q -p benn-core --example overview -- FILE`).
//! - The command runs in the repository root without `BENN_LANG` and
//!   `BENN_STDIN_LIMIT`; the block holds its standard output (a final `2>&1`
//!   adds standard error). The exit status is ignored. Output that depends on
//!   the date needs `--today`.
//! - Filters, applied in order: `| head N` keeps the first N lines (and fails
//!   when that cuts a finding of the text output in half); `| json-first
//!   [CODE]` keeps the first finding (with code CODE) of `--format json`
//!   output, as printed, without its indentation.
//!
//! `BENN_BLESS=1 cargo test -p benn-core --test readme` rewrites the codes
//! table and every sample; without it, a difference fails with a diff.

mod common;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;

use benn_core::Code;
use common::repo;

const CODES_START: &str = "<!-- codes:start -->\n";
const CODES_END: &str = "<!-- codes:end -->";
const SAMPLE: &str = "<!-- sample: ";
const BLESS: &str = "BENN_BLESS=1 cargo test -p benn-core --test readme";

/// Both tests may rewrite the README: one at a time.
static README: Mutex<()> = Mutex::new(());

fn readme_path() -> PathBuf {
    repo().join("README.md")
}

fn blessing() -> bool {
    std::env::var_os("BENN_BLESS").is_some()
}

/// Compares `current` with `wanted` (the whole README); with `BENN_BLESS`
/// writes `wanted`, else fails with `what` and a unified diff.
fn check_or_bless(current: &str, wanted: &str, what: &str) {
    if current == wanted {
        return;
    }
    if blessing() {
        std::fs::write(readme_path(), wanted).unwrap();
        return;
    }
    let diff = similar::TextDiff::from_lines(current, wanted)
        .unified_diff()
        .context_radius(2)
        .header("README.md", "README.md as the commands print it")
        .to_string();
    panic!("{what}; refresh with `{BLESS}`\n{diff}");
}

// ---- the codes table

fn table() -> String {
    let mut t = String::from("| code | severity | Bedeutung | meaning |\n|---|---|---|---|\n");
    for code in Code::ALL {
        let _ = writeln!(
            t,
            "| `{}` | {} | {} | {} |",
            code.as_str(),
            code.severity(),
            code.description_de(),
            code.description_en()
        );
    }
    t
}

#[test]
fn readme_lists_every_code() {
    let _guard = README
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let readme = std::fs::read_to_string(readme_path()).unwrap();
    let start = readme
        .find(CODES_START)
        .expect("README has the codes:start marker")
        + CODES_START.len();
    let end = readme
        .find(CODES_END)
        .expect("README has the codes:end marker");
    let updated = format!("{}{}{}", &readme[..start], table(), &readme[end..]);
    check_or_bless(&readme, &updated, "README codes table is stale");
}

// ---- the samples

/// One marker: the command and its filters.
#[derive(Debug)]
struct Sample {
    words: Vec<String>,
    stderr: bool,
    filters: Vec<Filter>,
}

#[derive(Debug)]
enum Filter {
    Head(usize),
    JsonFirst(Option<String>),
}

fn parse_marker(spec: &str) -> Sample {
    let mut parts = spec.split(" | ");
    let command = parts.next().unwrap_or_default().trim();
    let (command, stderr) = match command.strip_suffix("2>&1") {
        Some(c) => (c.trim_end(), true),
        None => (command, false),
    };
    let filters = parts
        .map(|f| {
            let words: Vec<&str> = f.split_whitespace().collect();
            match words.as_slice() {
                ["head", n] => Filter::Head(
                    n.parse()
                        .unwrap_or_else(|_| panic!("`head {n}`: not a number")),
                ),
                ["json-first"] => Filter::JsonFirst(None),
                ["json-first", code] => Filter::JsonFirst(Some((*code).to_owned())),
                _ => panic!("unknown sample filter `{f}` (head N, json-first [CODE])"),
            }
        })
        .collect();
    Sample {
        words: command
            .split_whitespace()
            .map(expand_or_keep)
            .fold(Vec::new(), |mut all, w| {
                all.extend(w);
                all
            }),
        stderr,
        filters,
    }
}

/// A word with one `*` in its file name: the matching names, sorted.
fn expand_or_keep(word: &str) -> Vec<String> {
    if !word.contains('*') {
        return vec![word.to_owned()];
    }
    let (dir, pattern) = word.rsplit_once('/').unwrap_or(("", word));
    let (prefix, suffix) = pattern
        .split_once('*')
        .unwrap_or_else(|| panic!("`{word}`: `*` only in the file name"));
    assert!(!suffix.contains('*'), "`{word}`: one `*` at most");
    let mut names: Vec<String> = std::fs::read_dir(repo().join(dir))
        .unwrap_or_else(|e| panic!("`{word}`: {e}"))
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.len() >= prefix.len() + suffix.len())
        .filter(|n| n.starts_with(prefix) && n.ends_with(suffix) && !n.starts_with('.'))
        .map(|n| {
            if dir.is_empty() {
                n
            } else {
                format!("{dir}/{n}")
            }
        })
        .collect();
    names.sort();
    assert!(!names.is_empty(), "`{word}` matches no file");
    names
}

/// Runs the sample's command in the repository root.
fn run(sample: &Sample) -> String {
    let mut command = if sample.words.first().is_some_and(|w| w == "cargo") {
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        let mut c = Command::new(cargo);
        let mut args = sample.words[1..].to_vec();
        // The same profile as this test, so that nothing is built twice.
        if !cfg!(debug_assertions) && args.first().is_some_and(|a| a == "run") {
            args.insert(1, "--release".into());
        }
        c.args(args);
        c
    } else {
        let mut c = Command::new(env!("CARGO_BIN_EXE_benn"));
        c.args(&sample.words);
        c
    };
    let out = command
        .current_dir(repo())
        .env_remove("BENN_LANG")
        .env_remove("BENN_STDIN_LIMIT")
        .env_remove("CLICOLOR_FORCE")
        .output()
        .unwrap_or_else(|e| panic!("`{:?}` does not run: {e}", sample.words));
    let mut text = String::from_utf8(out.stdout).expect("standard output is UTF-8");
    if sample.stderr {
        text.push_str(&String::from_utf8(out.stderr).expect("standard error is UTF-8"));
    }
    text
}

fn head(text: &str, n: usize) -> String {
    let lines: Vec<&str> = text.lines().collect();
    if let Some(next) = lines.get(n) {
        let at = (n..lines.len())
            .find(|&i| !lines[i].starts_with("  = "))
            .unwrap_or(lines.len());
        assert!(
            !next.starts_with("  = "),
            "`head {n}` cuts a finding in half; `head {at}` would keep it whole"
        );
    }
    lines.iter().take(n).fold(String::new(), |mut s, l| {
        s.push_str(l);
        s.push('\n');
        s
    })
}

/// The first finding (with `code`) of `benn validate --format json` output,
/// as the command indents it, moved to the left margin.
fn json_first(text: &str, code: Option<&str>) -> String {
    let indent = |l: &str| l.len() - l.trim_start().len();
    let lines: Vec<&str> = text.lines().collect();
    // The indentation of the findings of the array being read.
    let mut inner = None;
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        if line.trim() == "\"findings\": [" {
            inner = Some(indent(line) + 2);
        } else if inner.is_some_and(|n| indent(line) + 2 == n && line.trim_start().starts_with(']'))
        {
            inner = None;
        } else if let Some(n) = inner.filter(|&n| indent(line) == n && line.trim() == "{") {
            let end = (i + 1..lines.len())
                .find(|&j| indent(lines[j]) == n && lines[j].trim_start().starts_with('}'))
                .expect("a finding ends");
            let block = &lines[i..=end];
            let wanted = code.is_none_or(|c| {
                block
                    .iter()
                    .any(|l| l.trim() == format!("\"code\": \"{c}\","))
            });
            if wanted {
                let mut out = String::new();
                for (k, l) in block.iter().enumerate() {
                    let l = l.get(n..).unwrap_or(l);
                    out.push_str(if k + 1 == block.len() {
                        l.trim_end_matches(',')
                    } else {
                        l
                    });
                    out.push('\n');
                }
                return out;
            }
            i = end;
        }
        i += 1;
    }
    panic!(
        "no finding{} in the output:\n{text}",
        code.map(|c| format!(" with code `{c}`"))
            .unwrap_or_default()
    );
}

fn render(sample: &Sample) -> String {
    let mut text = run(sample);
    for filter in &sample.filters {
        text = match filter {
            Filter::Head(n) => head(&text, *n),
            Filter::JsonFirst(code) => json_first(&text, code.as_deref()),
        };
    }
    let mut text = text.trim_end().to_owned();
    text.push('\n');
    text
}

/// The README with every sample block replaced by what its command prints,
/// the number of samples, and the markers of those that changed.
fn with_fresh_samples(readme: &str) -> (String, usize, Vec<String>) {
    let mut out = String::with_capacity(readme.len());
    let mut lines = readme.split_inclusive('\n');
    let mut count = 0;
    let mut stale = Vec::new();
    while let Some(line) = lines.next() {
        out.push_str(line);
        let Some(spec) = line
            .trim_end()
            .strip_prefix(SAMPLE)
            .and_then(|l| l.strip_suffix("-->"))
        else {
            continue;
        };
        let fence = lines
            .next()
            .filter(|l| l.starts_with("```"))
            .unwrap_or_else(|| panic!("`{}` is not followed by a fenced block", line.trim()));
        out.push_str(fence);
        // Replace the old content up to the closing fence.
        let mut old = String::new();
        loop {
            let next = lines
                .next()
                .unwrap_or_else(|| panic!("the block of `{}` is not closed", line.trim()));
            if next.trim_end() == "```" {
                let new = render(&parse_marker(spec.trim()));
                if new != old {
                    stale.push(format!("`{}`", spec.trim()));
                }
                out.push_str(&new);
                out.push_str(next);
                break;
            }
            old.push_str(next);
        }
        count += 1;
    }
    (out, count, stale)
}

#[test]
fn readme_samples_are_what_the_commands_print() {
    let _guard = README
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let readme = std::fs::read_to_string(readme_path()).unwrap();
    let (updated, count, stale) = with_fresh_samples(&readme);
    assert!(count > 0, "the README has no sample markers");
    let what = format!("README samples are stale: {}", stale.join(", "));
    check_or_bless(&readme, &updated, &what);
}

#[test]
fn filters_do_what_the_header_says() {
    let text =
        "a.json:1:1: error[x]: m\n  = at: /a\n  = hint: h\nb.json:2:2: error[y]: n\n  = at: /b\n";
    assert_eq!(
        head(text, 3),
        "a.json:1:1: error[x]: m\n  = at: /a\n  = hint: h\n"
    );
    assert!(std::panic::catch_unwind(|| head(text, 2)).is_err());
    let json = "{\n  \"files\": [\n    {\n      \"file\": \"f\",\n      \"findings\": [\n        {\n          \"code\": \"a.b\",\n          \"message\": {\n            \"de\": \"x\"\n          }\n        },\n        {\n          \"code\": \"c.d\",\n          \"line\": 2\n        }\n      ]\n    }\n  ]\n}\n";
    assert_eq!(
        json_first(json, None),
        "{\n  \"code\": \"a.b\",\n  \"message\": {\n    \"de\": \"x\"\n  }\n}\n"
    );
    assert_eq!(
        json_first(json, Some("c.d")),
        "{\n  \"code\": \"c.d\",\n  \"line\": 2\n}\n"
    );
    let s = parse_marker("validate --format json examples/*.json 2>&1 | json-first x.y | head 3");
    assert!(s.stderr);
    assert_eq!(s.words[..3], ["validate", "--format", "json"]);
    assert!(s.words[3..]
        .iter()
        .all(|w| Path::new(w).starts_with("examples")));
    assert!(matches!(
        s.filters[..],
        [Filter::JsonFirst(Some(_)), Filter::Head(3)]
    ));
}
