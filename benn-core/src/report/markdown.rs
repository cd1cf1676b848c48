//! A [`Doc`] as Markdown (CommonMark with GitHub tables). Every text is
//! escaped ([`super::escape::markdown`]); charts appear as their caption
//! and text alternative (the HTML report draws them).

use std::fmt::Write as _;

use super::doc::{Block, Chart, Doc, Item, Span, Table};
use super::escape::{markdown as md, safe_url};
use super::locale::pick;

fn spans(spans: &[Span]) -> String {
    let mut out = String::new();
    for s in spans {
        match s {
            Span::Text(t) => out.push_str(&md(t)),
            // `**a **` is no emphasis: spaces go outside the markers.
            Span::Strong(t) if t.trim().is_empty() => out.push_str(t),
            Span::Strong(t) => {
                let lead = t.get(..t.len() - t.trim_start().len()).unwrap_or("");
                let trail = t.get(t.trim_end().len()..).unwrap_or("");
                let _ = write!(out, "{lead}**{}**{trail}", md(t.trim()));
            }
            Span::Link { text, url } => match safe_url(url) {
                // `<` and `>` cannot be in a safe URL (it is escaped), so `<…>` holds.
                Some(_) if !url.contains(['<', '>', ' ']) => {
                    let _ = write!(out, "[{}](<{}>)", md(text), url.trim());
                }
                _ => out.push_str(&md(text)),
            },
        }
    }
    out
}

fn list(out: &mut String, items: &[Item], numbered: bool) {
    for (i, item) in items.iter().enumerate() {
        if numbered {
            let _ = writeln!(out, "{}. {}", i + 1, spans(&item.spans));
        } else {
            let _ = writeln!(out, "- {}", spans(&item.spans));
        }
        let indent = if numbered { "   " } else { "  " };
        for sub in &item.sub {
            let _ = writeln!(out, "{indent}- {}", spans(sub));
        }
    }
    out.push('\n');
}

fn table(out: &mut String, t: &Table) {
    let num = |i: usize| t.numeric.get(i).copied().unwrap_or(false);
    let head: Vec<String> = t.head.iter().map(|h| md(h)).collect();
    let _ = writeln!(out, "| {} |", head.join(" | "));
    let rule: Vec<&str> = (0..t.head.len())
        .map(|i| if num(i) { "---:" } else { "---" })
        .collect();
    let _ = writeln!(out, "|{}|", rule.join("|"));
    for (r, row) in t.rows.iter().enumerate() {
        let strong = t.strong_rows.contains(&r);
        let cells: Vec<String> = row
            .iter()
            .map(|c| {
                let c = md(c);
                if strong && !c.is_empty() {
                    format!("**{c}**")
                } else {
                    c
                }
            })
            .collect();
        let _ = writeln!(out, "| {} |", cells.join(" | "));
    }
    out.push('\n');
}

fn chart(out: &mut String, c: &Chart, lang: crate::Lang) {
    // The text alternative is the chart's <desc>; read it back unescaped.
    let desc = c
        .svg
        .split_once("<desc>")
        .and_then(|(_, rest)| rest.split_once("</desc>"))
        .map(|(d, _)| unescape(d))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "*{} {}* {}\n",
        pick(lang, "Grafik:", "Chart:"),
        md(&c.caption),
        md(&desc)
    );
}

/// Undoes [`super::escape::Html`] for the text alternative.
fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// Writes `doc` as Markdown.
pub fn render(doc: &Doc) -> String {
    let mut out = String::with_capacity(8192);
    let _ = writeln!(out, "*{}*\n", md(&doc.kicker));
    let _ = writeln!(out, "# {}\n", md(&doc.title));
    if let Some(s) = &doc.subtitle {
        let _ = writeln!(out, "{}\n", md(s));
    }
    for (label, value) in &doc.meta {
        let _ = writeln!(out, "- **{}:** {}", md(label), spans(value));
    }
    if !doc.meta.is_empty() {
        out.push('\n');
    }
    for s in &doc.sections {
        let _ = writeln!(out, "## {}\n", md(&s.heading));
        for b in &s.blocks {
            match b {
                Block::Heading(h) => {
                    let _ = writeln!(out, "### {}\n", md(h));
                }
                Block::Para(p) => {
                    let _ = writeln!(out, "{}\n", spans(p));
                }
                Block::List(items) => list(&mut out, items, false),
                Block::Numbered(items) => list(&mut out, items, true),
                Block::Table(t) => table(&mut out, t),
                Block::Chart(c) => chart(&mut out, c, doc.lang),
                Block::Grid(cs) => {
                    for c in cs {
                        chart(&mut out, c, doc.lang);
                    }
                }
                Block::Note(n) => {
                    let _ = writeln!(out, "*{}*\n", md(n));
                }
            }
        }
    }
    let _ = writeln!(out, "---\n\n*{}*", md(&doc.footer));
    out
}
