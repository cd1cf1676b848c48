//! Status shares (*Stand der Handlungsschritte*): a bar of 100 % per action
//! field and overall, split by track (done, on track, delayed, not started,
//! postponed, dropped), each part coloured, patterned and counted; and the
//! small [`strip`] of one concept for the portfolio.

use std::fmt::Write as _;

use super::{clean_key, defs, fill, legend, open, Html};
use crate::eval::{Shares, Track, TrackCounts};
use crate::report::escape::ellipsis;
use crate::report::locale::{self, pick};
use crate::Lang;

const LABEL_W: f64 = 270.0;
const BAR_W: f64 = 440.0;
const ROW_H: f64 = 26.0;

/// Writes the parts of one 100 % bar; `row` names it in `data-bar`.
#[allow(clippy::cast_precision_loss)]
fn segments(
    out: &mut String,
    key: &str,
    counts: &TrackCounts,
    row: &str,
    (x, y, w, h): (f64, f64, f64, f64),
    labels: bool,
    lang: Lang,
) {
    let total = counts.steps;
    if total == 0 {
        let _ = write!(
            out,
            r##"<rect x="{x:.1}" y="{y:.1}" width="{w:.1}" height="{h:.1}" fill="none" stroke="#b0bec5" stroke-dasharray="3 2"/>"##
        );
        return;
    }
    let mut cx = x;
    for s in &counts.shares {
        if s.count == 0 {
            continue;
        }
        let sw = s.count as f64 / total as f64 * w;
        let stroke = if s.track == Track::Dropped {
            r##" stroke="#757575" stroke-width="0.8""##
        } else {
            r##" stroke="#ffffff" stroke-width="0.8""##
        };
        let label = locale::track(s.track, lang);
        let _ = write!(
            out,
            r#"<g><title>{label}: {} ({})</title><rect data-bar="{}:{}" x="{cx:.1}" y="{y:.1}" width="{sw:.1}" height="{h:.1}" fill="{}"{stroke}/>"#,
            s.count,
            locale::percent(Some(s.percent), lang),
            Html(row),
            s.track.as_str(),
            fill(key, s.track),
        );
        if labels && sw >= 22.0 {
            let dark = matches!(
                s.track,
                Track::NotStarted | Track::Postponed | Track::Dropped
            );
            let ink = if dark { "#212121" } else { "#ffffff" };
            let _ = write!(
                out,
                r#"<text x="{:.1}" y="{:.1}" text-anchor="middle" font-weight="bold" fill="{ink}" stroke="{}" stroke-width="2.5" paint-order="stroke">{}</text>"#,
                cx + sw / 2.0,
                y + h / 2.0 + 4.0,
                if dark { "#ffffff" } else { "#212121" },
                s.count
            );
        }
        out.push_str("</g>");
        cx += sw;
    }
}

/// The status shares of `shares`, overall and per action field, as SVG.
/// `key` starts the ids inside the chart.
#[allow(clippy::cast_precision_loss)]
pub fn shares(shares: &Shares, lang: Lang, key: &str) -> String {
    let key = clean_key(key);
    let rows = shares.fields.len() + 1;
    let width = LABEL_W + BAR_W + 20.0;
    let legend_y = 12.0 + rows as f64 * ROW_H + 10.0;
    let height = legend_y + 40.0;
    let title = format!(
        "{} ({} {})",
        pick(lang, "Stand der Handlungsschritte", "Where the steps stand"),
        pick(lang, "Stand", "as of"),
        locale::date(shares.as_of, lang)
    );
    let describe = |c: &TrackCounts| -> String {
        let parts: Vec<String> = c
            .shares
            .iter()
            .filter(|s| s.count > 0)
            .map(|s| format!("{} {}", s.count, locale::track(s.track, lang)))
            .collect();
        if parts.is_empty() {
            pick(lang, "keine Schritte", "no steps").to_owned()
        } else {
            parts.join(", ")
        }
    };
    let mut desc = format!(
        "{}: {}.",
        pick(lang, "Alle Handlungsschritte", "All steps"),
        describe(&shares.total)
    );
    for f in &shares.fields {
        let _ = write!(desc, " {}: {}.", f.title, describe(&f.counts));
    }

    let mut out = String::with_capacity(2048 + rows * 600);
    open(&mut out, "shares", width, height, &title, &desc);
    defs(&mut out, &key);
    let all = pick(lang, "Alle Handlungsschritte", "All steps");
    let mut y = 12.0;
    let mut row = |out: &mut String, name: &str, id: &str, counts: &TrackCounts, bold: bool| {
        let (shown, _) = ellipsis(name, 34);
        let weight = if bold { r#" font-weight="bold""# } else { "" };
        let _ = write!(
            out,
            r#"<g class="row"><title>{}</title><text x="4" y="{:.1}"{weight}>{} ({})</text></g>"#,
            Html(name),
            y + 13.0,
            Html(&shown),
            counts.steps
        );
        segments(out, &key, counts, id, (LABEL_W, y, BAR_W, 18.0), true, lang);
        y += ROW_H;
    };
    row(&mut out, all, "total", &shares.total, true);
    for f in &shares.fields {
        row(&mut out, &f.title, &f.key, &f.counts, false);
    }
    let present: Vec<Track> = shares
        .total
        .shares
        .iter()
        .filter(|s| s.count > 0)
        .map(|s| s.track)
        .collect();
    legend(&mut out, &key, &present, 4.0, legend_y, width - 8.0, lang);
    out.push_str("</svg>");
    out
}

/// One concept's status shares as a small bar with its progress, for the
/// portfolio: `name` is the site, for the title. `key` starts the ids.
pub fn strip(
    counts: &TrackCounts,
    progress: Option<f64>,
    name: &str,
    lang: Lang,
    key: &str,
) -> String {
    let key = clean_key(key);
    let (width, height) = (250.0, 22.0);
    let title = format!(
        "{}: {} {}",
        name,
        pick(lang, "Fortschritt", "progress"),
        locale::percent(progress, lang)
    );
    let parts: Vec<String> = counts
        .shares
        .iter()
        .filter(|s| s.count > 0)
        .map(|s| format!("{} {}", s.count, locale::track(s.track, lang)))
        .collect();
    let desc = format!(
        "{}: {}.",
        locale::count(
            counts.steps,
            pick(lang, "Handlungsschritt", "step"),
            pick(lang, "Handlungsschritte", "steps")
        ),
        parts.join(", ")
    );
    let mut out = String::with_capacity(1500);
    open(&mut out, "strip", width, height, &title, &desc);
    defs(&mut out, &key);
    segments(
        &mut out,
        &key,
        counts,
        "total",
        (0.5, 3.0, 190.0, 16.0),
        true,
        lang,
    );
    let _ = write!(
        out,
        r#"<text x="198" y="15.5" font-weight="bold">{}</text></svg>"#,
        locale::percent0(progress.unwrap_or(0.0), lang)
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::FieldShares;

    #[test]
    fn one_part_per_track_present() {
        let total = TrackCounts::from_counts([3, 2, 1, 0, 0, 1]);
        let s = Shares {
            as_of: "2024-01-01".parse().unwrap(),
            total: total.clone(),
            fields: vec![
                FieldShares {
                    key: "a".into(),
                    title: "</svg><script>alert(1)</script>".into(),
                    counts: TrackCounts::from_counts([3, 0, 1, 0, 0, 0]),
                },
                FieldShares {
                    key: "b".into(),
                    title: "B".into(),
                    counts: TrackCounts::from_counts([0, 2, 0, 0, 0, 1]),
                },
            ],
        };
        let svg = shares(&s, Lang::En, "s");
        assert_eq!(svg.matches("data-bar=").count(), 4 + 2 + 2);
        assert_eq!(svg.matches("</svg>").count(), 1);
        assert!(!svg.contains("<script"));
        let small = strip(&total, Some(61.0), "Site", Lang::De, "x");
        assert_eq!(small.matches("data-bar=").count(), 4);
        assert!(small.contains(r#"data-chart="strip""#) && small.contains("61\u{a0}%"));
    }
}
