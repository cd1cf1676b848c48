//! The timeline (*Zeitplan*) of a concept's steps by month: one bar per
//! step over its timeframe (the whole period when it has none), coloured,
//! patterned and labelled by where it stands, grouped by action field, with
//! a marker for the report date. The chart grows in height with the steps
//! (18 px a row) rather than squeezing them.

use std::fmt::Write as _;

use super::{clean_key, defs, fill, legend, open, Html, Px};
use crate::eval::{ConceptState, Track};
use crate::model::{Concept, Date, Period, YearMonth};
use crate::report::escape::ellipsis;
use crate::report::locale::{self, pick};
use crate::Lang;

/// One step of the timeline: plain data, built by [`gantt_rows`] or by hand.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct GanttRow {
    /// The step's id.
    pub id: String,
    /// The step's text.
    pub text: String,
    /// The title of its action field (rows are grouped by it, in order).
    pub group: String,
    /// First month.
    pub start: YearMonth,
    /// Last month, inclusive.
    pub end: YearMonth,
    /// Whether the step has no timeframe of its own (it runs through the period).
    pub whole_period: bool,
    /// Where it stands on the day.
    pub track: Track,
}

/// The rows of the timeline of `concept` from its `state`, in the order of
/// [`Concept::steps`].
pub fn gantt_rows(concept: &Concept, state: &ConceptState) -> Vec<GanttRow> {
    concept
        .steps()
        .zip(&state.steps)
        .map(|(step, s)| {
            let (start, end) = step
                .timeframe
                .map_or((concept.period.start, concept.period.end), |t| {
                    (t.start, t.end)
                });
            GanttRow {
                id: step.id.to_string(),
                text: step.text.clone(),
                group: concept
                    .action_fields
                    .get(s.field)
                    .map(|f| f.title.clone())
                    .unwrap_or_default(),
                start,
                end,
                whole_period: step.timeframe.is_none(),
                track: s.track,
            }
        })
        .collect()
}

const LABEL_W: f64 = 300.0;
const STATUS_W: f64 = 96.0;
const HEAD_H: f64 = 54.0;
const ROW_H: f64 = 18.0;
const GROUP_H: f64 = 22.0;
/// Characters of a step's text shown before `…`.
const LABEL_CHARS: usize = 46;

/// The timeline of `rows` over `period` with a marker on `as_of`, as SVG.
/// `key` starts the ids inside the chart.
#[allow(clippy::cast_precision_loss)]
pub fn gantt(rows: &[GanttRow], period: &Period, as_of: Date, lang: Lang, key: &str) -> String {
    let key = clean_key(key);
    let months = period.months().clamp(1, 600);
    let mw = (552.0 / months as f64).clamp(14.0, 40.0);
    let body = mw * months as f64;
    let width = LABEL_W + body + STATUS_W;
    let groups = rows
        .iter()
        .enumerate()
        .filter(|(i, r)| *i == 0 || rows.get(i - 1).is_some_and(|p| p.group != r.group))
        .count();
    let rows_h = rows.len() as f64 * ROW_H + groups as f64 * GROUP_H;
    let legend_y = HEAD_H + rows_h + 14.0;
    let height = legend_y + 40.0;
    let x_of = |m: YearMonth| LABEL_W + period.start.months_until(&m) as f64 * mw;

    let mut counts = [0usize; 6];
    for r in rows {
        if let Some(c) = counts.get_mut(super::slot(r.track)) {
            *c += 1;
        }
    }
    let title = format!(
        "{} {} – {}",
        pick(
            lang,
            "Zeitplan der Handlungsschritte",
            "Timeline of the steps"
        ),
        locale::month(period.start, lang),
        locale::month(period.end, lang)
    );
    let mut desc = format!(
        "{}: {}. {}",
        pick(lang, "Zeitplan", "Timeline"),
        locale::count(
            rows.len(),
            pick(lang, "Handlungsschritt", "step"),
            pick(lang, "Handlungsschritte", "steps")
        ),
        pick(lang, "Stand", "As of"),
    );
    let _ = write!(desc, " {}:", locale::date(as_of, lang));
    let parts: Vec<String> = Track::ALL
        .iter()
        .zip(counts)
        .filter(|(_, n)| *n > 0)
        .map(|(t, n)| format!("{n} {}", locale::track(*t, lang)))
        .collect();
    let _ = write!(desc, " {}.", parts.join(", "));

    let fills: Vec<String> = Track::ALL.iter().map(|t| fill(&key, *t)).collect();
    let mut out = String::with_capacity(1024 + rows.len() * 420);
    open(&mut out, "gantt", width, height, &title, &desc);
    defs(&mut out, &key);

    // Header: years, months, and vertical lines at the years' starts.
    let mut m = period.start;
    let bottom = HEAD_H + rows_h;
    for i in 0..months {
        let x = LABEL_W + i as f64 * mw;
        if i == 0 || m.month() == 1 {
            let _ = write!(
                out,
                r##"<text x="{:.1}" y="14" font-weight="bold">{}</text><line x1="{x:.1}" y1="18" x2="{x:.1}" y2="{bottom:.1}" stroke="#90a4ae" stroke-width="1"/>"##,
                x + 3.0,
                m.year()
            );
        } else {
            let _ = write!(
                out,
                r##"<line x1="{x:.1}" y1="22" x2="{x:.1}" y2="{bottom:.1}" stroke="#eceff1" stroke-width="1"/>"##
            );
        }
        let label = if mw >= 22.0 {
            locale::month_short(m.month(), lang).to_owned()
        } else {
            m.month().to_string()
        };
        let _ = write!(
            out,
            r##"<text x="{:.1}" y="32" font-size="9" text-anchor="middle" fill="#546e7a">{label}</text>"##,
            x + mw / 2.0
        );
        m = m.plus_months(1);
    }
    let _ = write!(
        out,
        r#"<text x="4" y="46" font-weight="bold">{}</text><text x="{:.1}" y="46" font-weight="bold">Status</text>"#,
        pick(lang, "Handlungsschritt", "Step"),
        LABEL_W + body + 6.0,
    );

    // Rows.
    let mut y = HEAD_H;
    let mut last_group: Option<&str> = None;
    for (i, r) in rows.iter().enumerate() {
        if last_group != Some(r.group.as_str()) {
            let (shown, cut) = ellipsis(&r.group, 90);
            let _ = write!(
                out,
                r##"<g class="group"><rect x="0" y="{y:.1}" width="{width:.0}" height="{GROUP_H}" fill="#e3eaf0"/><text x="4" y="{:.1}" font-weight="bold">"##,
                y + 15.0
            );
            if cut {
                let _ = write!(out, "<title>{}</title>", Html(&r.group));
            }
            let _ = write!(out, "{}</text></g>", Html(&shown));
            y += GROUP_H;
            last_group = Some(r.group.as_str());
        }
        if i % 2 == 1 {
            let _ = write!(
                out,
                r##"<rect x="0" y="{}" width="{}" height="{ROW_H}" fill="#f6f8fa"/>"##,
                Px(y),
                Px(width)
            );
        }
        let x0 = x_of(r.start).clamp(LABEL_W, LABEL_W + body);
        let x1 = (x_of(r.end) + mw).clamp(LABEL_W, LABEL_W + body);
        let (x0, w) = if x1 - x0 < 3.0 {
            (x0.min(LABEL_W + body - 3.0), 3.0)
        } else {
            (x0, x1 - x0)
        };
        let (shown, _) = ellipsis(&r.text, LABEL_CHARS);
        let stroke = if r.track == Track::Dropped {
            r##" stroke="#757575" stroke-dasharray="3 2""##
        } else {
            ""
        };
        let status = locale::track(r.track, lang);
        let _ = write!(
            out,
            r#"<g class="row"><title>{}: {} — {status}, {} {}"#,
            Html(&r.id),
            Html(&r.text),
            locale::month_name(r.start.month(), lang),
            r.start.year(),
        );
        if r.start != r.end {
            let _ = write!(
                out,
                " – {} {}",
                locale::month_name(r.end.month(), lang),
                r.end.year()
            );
        }
        let _ = write!(
            out,
            r#"</title><text x="4" y="{ty}" font-size="10.5">{shown}</text><rect data-bar="{id}" data-track="{track}" x="{x0}" y="{by}" width="{w}" height="11" rx="2" fill="{fill}"{stroke}/><text x="{sx}" y="{ty}">{status}</text></g>"#,
            id = Html(&r.id),
            ty = Px(y + 13.0),
            shown = Html(&shown),
            track = r.track.as_str(),
            x0 = Px(x0),
            by = Px(y + 3.5),
            w = Px(w),
            fill = fills.get(super::slot(r.track)).map_or("", String::as_str),
            sx = Px(LABEL_W + body + 6.0),
        );
        y += ROW_H;
    }

    // The report date.
    let months_in = period.start.months_until(&as_of.year_month()) as f64;
    let xm = (LABEL_W + (months_in + (f64::from(as_of.day()) - 0.5) / 31.0) * mw)
        .clamp(LABEL_W, LABEL_W + body);
    let label = format!(
        "{} {}",
        pick(lang, "Stand", "As of"),
        locale::date(as_of, lang)
    );
    let anchor = if xm > LABEL_W + body * 0.6 {
        "end"
    } else {
        "start"
    };
    let tx = if anchor == "end" { xm - 4.0 } else { xm + 4.0 };
    let _ = write!(
        out,
        r##"<g class="marker" data-marker="as-of"><line x1="{xm:.1}" y1="38" x2="{xm:.1}" y2="{bottom:.1}" stroke="#000000" stroke-width="1.5" stroke-dasharray="5 3"/><text x="{tx:.1}" y="46" font-size="10" font-weight="bold" text-anchor="{anchor}">{label}</text></g>"##,
    );

    let present: Vec<Track> = Track::ALL
        .iter()
        .zip(counts)
        .filter(|(_, n)| *n > 0)
        .map(|(t, _)| *t)
        .collect();
    legend(&mut out, &key, &present, 4.0, legend_y, width - 8.0, lang);
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(i: usize, track: Track, text: &str) -> GanttRow {
        GanttRow {
            id: format!("s-{i}"),
            text: text.into(),
            group: format!("Feld {}", i / 100),
            start: "2023-03".parse().unwrap(),
            end: "2023-08".parse().unwrap(),
            whole_period: false,
            track,
        }
    }

    fn period() -> Period {
        Period::parse_label("2023/2024").unwrap()
    }

    #[test]
    fn one_bar_per_step_and_grows_with_300_steps() {
        let day: Date = "2023-09-15".parse().unwrap();
        let rows: Vec<GanttRow> = (0..300)
            .map(|i| row(i, Track::ALL[i % 6], "Schritt"))
            .collect();
        let svg = gantt(&rows, &period(), day, Lang::De, "t");
        assert_eq!(svg.matches("data-bar=").count(), 300);
        assert_eq!(svg.matches(r#"class="group""#).count(), 3);
        let small = gantt(&rows[..10], &period(), day, Lang::De, "t");
        let height = |s: &str| -> f64 {
            let h = s.split(" height=\"").nth(1).unwrap();
            h[..h.find('"').unwrap()].parse().unwrap()
        };
        // 18 px a row: the chart grows, it does not squeeze.
        assert!(height(&svg) >= 300.0 * 18.0);
        assert!(height(&small) < 400.0);
        assert!(svg.contains(r#"data-marker="as-of""#));
        assert!(svg.contains("Stand 15. September 2023"));
    }

    #[test]
    fn long_titles_are_cut_with_the_full_text_in_a_tooltip() {
        let long = "Wir wollen im Planungsraum Bühringstraße und im angrenzenden Bereich \
                    Strukturen für Nachbarschaftsarbeit aufbauen und nachhaltig unterstützen";
        let svg = gantt(
            &[row(1, Track::Delayed, long)],
            &period(),
            "2024-01-01".parse().unwrap(),
            Lang::En,
            "t",
        );
        assert!(svg.contains(&format!(
            "<title>s-1: {long} — delayed, March 2023 – August 2023</title>"
        )));
        let (shown, cut) = ellipsis(long, LABEL_CHARS);
        assert!(cut && shown.ends_with('…'));
        assert!(svg.contains(&format!(">{shown}</text>")));
    }

    #[test]
    fn bars_outside_the_period_stay_visible() {
        let mut r = row(1, Track::Done, "x");
        r.start = "2030-01".parse().unwrap();
        r.end = "2030-02".parse().unwrap();
        let svg = gantt(
            &[r],
            &period(),
            "2024-01-01".parse().unwrap(),
            Lang::De,
            "t",
        );
        assert!(svg.contains(r#"width="3.0""#));
    }
}
