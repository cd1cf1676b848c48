//! A [`Doc`] as one standalone HTML file: inline CSS and SVG, no script, no
//! external resource (a Content-Security-Policy forbids both, in case), and
//! print CSS for A4 with page breaks between the main sections.

use std::fmt::Write as _;

use super::doc::{Block, Chart, Doc, Item, Span, Table};
use super::escape::{safe_url, Html};
use crate::Lang;

/// The page's CSS: fixed text, never user text.
const CSS: &str = r"
:root{color-scheme:light}
*{box-sizing:border-box}
body{margin:0;background:#eef1f4;color:#1f2a33;font:15px/1.5 'DejaVu Sans','Liberation Sans',Arial,Helvetica,sans-serif}
main{max-width:1040px;margin:24px auto;padding:32px 40px;background:#fff;box-shadow:0 1px 4px rgba(0,0,0,.12)}
header.top{border-bottom:3px solid #1565c0;padding-bottom:12px;margin-bottom:8px}
.kicker{margin:0;color:#1565c0;font-weight:bold;letter-spacing:.04em;text-transform:uppercase;font-size:13px}
h1{font-size:28px;line-height:1.2;margin:6px 0 4px}
.subtitle{margin:0 0 10px;color:#455a64;font-size:16px}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px;margin:8px 0 0;font-size:14px}
dl.meta dt{font-weight:bold;color:#455a64}
dl.meta dd{margin:0}
h2{font-size:21px;margin:28px 0 10px;padding-bottom:4px;border-bottom:1px solid #cfd8dc;color:#0d47a1}
h3{font-size:17px;margin:20px 0 6px}
p{margin:6px 0 10px}
ul,ol{margin:6px 0 12px;padding-left:24px}
li{margin:3px 0}
li ul{margin:3px 0;color:#37474f;font-size:14px}
table{border-collapse:collapse;margin:8px 0 16px;font-size:13.5px;width:100%}
th,td{border:1px solid #cfd8dc;padding:4px 8px;text-align:left;vertical-align:top;overflow-wrap:break-word}
td:first-child{min-width:11em}
th{background:#eceff1}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
td.num{white-space:nowrap}
tr.strong td{font-weight:bold;background:#f6f8fa}
figure{margin:10px 0 18px;overflow-x:auto}
figure svg{max-width:100%;height:auto;display:block}
figure.gantt svg{max-width:none;min-width:100%}
figcaption{font-size:13px;color:#546e7a;margin-top:4px}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(260px,1fr));gap:10px 18px}
.grid figure{margin:0}
.note{font-size:13px;color:#546e7a}
footer{margin-top:28px;padding-top:8px;border-top:1px solid #cfd8dc;font-size:12px;color:#607d8b}
a{color:#0d47a1}
@page{size:A4;margin:14mm 12mm 16mm}
@media print{
body{background:#fff;font-size:11pt}
main{max-width:none;margin:0;padding:0;box-shadow:none}
section.page{break-before:page}
h2,h3{break-after:avoid}
tr,li,figure.small,.grid figure{break-inside:avoid}
figure{overflow:visible}
figure.gantt svg{max-width:100%;min-width:0}
table{font-size:8.5pt}
th,td{padding:2px 4px}
td:first-child{min-width:8em}
a{color:inherit;text-decoration:none}
}
";

fn spans(out: &mut String, spans: &[Span]) {
    for s in spans {
        match s {
            Span::Text(t) => {
                let _ = write!(out, "{}", Html(t));
            }
            Span::Strong(t) => {
                let _ = write!(out, "<strong>{}</strong>", Html(t));
            }
            Span::Link { text, url } => match safe_url(url) {
                Some(href) => {
                    let _ = write!(
                        out,
                        r#"<a href="{href}" rel="noopener noreferrer">{}</a>"#,
                        Html(text)
                    );
                }
                None => {
                    let _ = write!(out, "{}", Html(text));
                }
            },
        }
    }
}

fn list(out: &mut String, tag: &str, items: &[Item]) {
    let _ = write!(out, "<{tag}>");
    for item in items {
        out.push_str("<li>");
        spans(out, &item.spans);
        if !item.sub.is_empty() {
            out.push_str("<ul>");
            for sub in &item.sub {
                out.push_str("<li>");
                spans(out, sub);
                out.push_str("</li>");
            }
            out.push_str("</ul>");
        }
        out.push_str("</li>");
    }
    let _ = writeln!(out, "</{tag}>");
}

fn table(out: &mut String, t: &Table) {
    let num = |i: usize| t.numeric.get(i).copied().unwrap_or(false);
    out.push_str("<table><thead><tr>");
    for (i, h) in t.head.iter().enumerate() {
        let class = if num(i) { r#" class="num""# } else { "" };
        let _ = write!(out, r#"<th scope="col"{class}>{}</th>"#, Html(h));
    }
    out.push_str("</tr></thead><tbody>");
    for (r, row) in t.rows.iter().enumerate() {
        if t.strong_rows.contains(&r) {
            out.push_str(r#"<tr class="strong">"#);
        } else {
            out.push_str("<tr>");
        }
        for (i, cell) in row.iter().enumerate() {
            let class = if num(i) { r#" class="num""# } else { "" };
            let _ = write!(out, "<td{class}>{}</td>", Html(cell));
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table>\n");
}

fn figure(out: &mut String, c: &Chart, class: &str) {
    let _ = writeln!(
        out,
        "<figure class=\"{class}\">{}<figcaption>{}</figcaption></figure>",
        c.svg,
        Html(&c.caption)
    );
}

/// The kind of chart an SVG is (its `data-chart`), for the figure's class.
fn chart_kind(svg: &str) -> &'static str {
    ["gantt", "budget", "progress", "shares", "strip"]
        .into_iter()
        .find(|k| svg.contains(&format!("data-chart=\"{k}\"")))
        .unwrap_or("chart")
}

/// Writes `doc` as a standalone HTML page.
pub fn render(doc: &Doc) -> String {
    let mut out = String::with_capacity(
        16_384
            + doc
                .sections
                .iter()
                .flat_map(|s| &s.blocks)
                .map(|b| match b {
                    Block::Chart(c) => c.svg.len() + 200,
                    Block::Grid(cs) => cs.iter().map(|c| c.svg.len() + 200).sum(),
                    _ => 400,
                })
                .sum::<usize>(),
    );
    let lang = match doc.lang {
        Lang::De => "de",
        Lang::En => "en",
    };
    let _ = writeln!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"benn\">\n<title>{} – {}</title>\n<style>{CSS}</style>\n</head>\n\
         <body>\n<main data-report=\"{}\">\n<header class=\"top\">\n<p class=\"kicker\">{}</p>\n<h1>{}</h1>",
        Html(&doc.title),
        Html(&doc.kicker),
        doc.kind,
        Html(&doc.kicker),
        Html(&doc.title),
    );
    if let Some(s) = &doc.subtitle {
        let _ = writeln!(out, "<p class=\"subtitle\">{}</p>", Html(s));
    }
    if !doc.meta.is_empty() {
        out.push_str("<dl class=\"meta\">");
        for (label, value) in &doc.meta {
            let _ = write!(out, "<dt>{}</dt><dd>", Html(label));
            spans(&mut out, value);
            out.push_str("</dd>");
        }
        out.push_str("</dl>\n");
    }
    out.push_str("</header>\n");
    let mut seen: Vec<&str> = Vec::new();
    for s in &doc.sections {
        let class = if s.new_page { r#" class="page""# } else { "" };
        let n = seen.iter().filter(|id| **id == s.id).count();
        seen.push(s.id);
        let suffix = if n == 0 {
            String::new()
        } else {
            format!("-{}", n + 1)
        };
        let _ = writeln!(
            out,
            "<section id=\"{}{suffix}\" data-section=\"{}\"{class}>\n<h2>{}</h2>",
            s.id,
            s.id,
            Html(&s.heading)
        );
        for b in &s.blocks {
            match b {
                Block::Heading(h) => {
                    let _ = writeln!(out, "<h3>{}</h3>", Html(h));
                }
                Block::Para(p) => {
                    out.push_str("<p>");
                    spans(&mut out, p);
                    out.push_str("</p>\n");
                }
                Block::List(items) => list(&mut out, "ul", items),
                Block::Numbered(items) => list(&mut out, "ol", items),
                Block::Table(t) => table(&mut out, t),
                Block::Chart(c) => figure(&mut out, c, chart_kind(&c.svg)),
                Block::Grid(cs) => {
                    out.push_str("<div class=\"grid\">\n");
                    for c in cs {
                        figure(&mut out, c, "small");
                    }
                    out.push_str("</div>\n");
                }
                Block::Note(n) => {
                    let _ = writeln!(out, "<p class=\"note\">{}</p>", Html(n));
                }
            }
        }
        out.push_str("</section>\n");
    }
    let _ = writeln!(
        out,
        "<footer>{}</footer>\n</main>\n</body>\n</html>",
        Html(&doc.footer)
    );
    out
}
