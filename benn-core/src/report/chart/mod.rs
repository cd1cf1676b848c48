//! Charts as standalone SVG strings, one file per chart: [`gantt()`]
//! (timeline of the steps by month), [`budget()`] (planned and spent per
//! year against the yearly budget), [`progress()`] (per action field) and
//! [`shares()`] (status shares, also as the small [`strip`] of the portfolio).
//!
//! Every chart is an `<svg>` with `role="img"`, an `aria-label`, a `<title>`
//! and a `<desc>` (its text alternative), a stable `data-chart` attribute
//! (`gantt`, `budget`, `progress`, `shares`, `strip`) and `data-bar` on each
//! bar, so tests and scripts can count them. Status is shown by colour, by a
//! pattern and by a label, so the charts read in greyscale too. Texts are
//! escaped; long ones are cut with `…` and carry the full text in a
//! `<title>` tooltip. The same input gives the same bytes.
//!
//! Ids inside a chart (its patterns) start with a `key` the caller gives, so
//! several charts can share one HTML page; it is reduced to `[a-z0-9-]`.
//!
//! ```
//! use benn_core::{eval, read, read_log, report::chart, Lang};
//! let concept = read(&std::fs::read("../examples/weissensee-2023.json").unwrap()).unwrap();
//! let log = read_log(&std::fs::read("../examples/weissensee-2023.log.json").unwrap()).unwrap();
//! let day = "2024-06-30".parse().unwrap();
//! let state = eval::state(&concept, &log.entries, day);
//! let svg = chart::gantt(&chart::gantt_rows(&concept, &state), &concept.period, day, Lang::De, "g");
//! assert!(svg.starts_with("<svg") && svg.contains(r#"data-chart="gantt""#));
//! assert_eq!(svg.matches("data-bar=").count(), concept.steps().count());
//! ```

mod budget;
mod gantt;
mod progress;
mod shares;

use std::fmt::Write as _;

pub use budget::budget;
pub use gantt::{gantt, gantt_rows, GanttRow};
pub use progress::progress;
pub use shares::{shares, strip};

use super::escape::Html;
use super::locale;
use crate::eval::Track;
use crate::Lang;

/// The font of every chart.
pub(crate) const FONT: &str = "DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif";

/// The colour, and the pattern drawn over it, of a track.
pub(crate) struct Look {
    /// Fill colour.
    pub(crate) colour: &'static str,
    /// Colour of the pattern's lines or dots.
    pub(crate) ink: &'static str,
    /// The pattern: `solid`, `diagonal`, `cross`, `dots`, `horizontal`, `empty`.
    pub(crate) pattern: &'static str,
}

/// How a track looks: distinct colours, and patterns for greyscale.
pub(crate) const fn look(t: Track) -> Look {
    match t {
        Track::Done => Look {
            colour: "#2e7d32",
            ink: "#2e7d32",
            pattern: "solid",
        },
        Track::OnTrack => Look {
            colour: "#1565c0",
            ink: "#ffffff",
            pattern: "diagonal",
        },
        Track::Delayed => Look {
            colour: "#c62828",
            ink: "#ffffff",
            pattern: "cross",
        },
        Track::NotStarted => Look {
            colour: "#cfd8dc",
            ink: "#37474f",
            pattern: "dots",
        },
        Track::Postponed => Look {
            colour: "#f9a825",
            ink: "#5d4037",
            pattern: "horizontal",
        },
        Track::Dropped => Look {
            colour: "#ffffff",
            ink: "#757575",
            pattern: "empty",
        },
    }
}

/// A chart's `key` reduced to `[a-z0-9-]` (never empty).
pub(crate) fn clean_key(key: &str) -> String {
    let k: String = key
        .chars()
        .map(|c| c.to_ascii_lowercase())
        .filter(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-')
        .collect();
    if k.is_empty() {
        "chart".into()
    } else {
        k
    }
}

/// The fill of a bar of track `t`: a colour, or the chart's pattern.
pub(crate) fn fill(key: &str, t: Track) -> String {
    let l = look(t);
    if l.pattern == "solid" {
        l.colour.to_owned()
    } else {
        format!("url(#{key}-{})", t.as_str())
    }
}

/// The `<defs>` with a pattern per track (except the solid one).
pub(crate) fn defs(out: &mut String, key: &str) {
    out.push_str("<defs>");
    for t in Track::ALL {
        let l = look(t);
        let (c, ink, id) = (l.colour, l.ink, t.as_str());
        let body = match l.pattern {
            "diagonal" => {
                format!(
                    r#"<path d="M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2" stroke="{ink}" stroke-width="1.4"/>"#
                )
            }
            "cross" => {
                format!(r#"<path d="M0,0 L6,6 M6,0 L0,6" stroke="{ink}" stroke-width="1.2"/>"#)
            }
            "dots" => format!(r#"<circle cx="3" cy="3" r="1.1" fill="{ink}"/>"#),
            "horizontal" => {
                format!(r#"<path d="M0,1.5 H6 M0,4.5 H6" stroke="{ink}" stroke-width="1"/>"#)
            }
            "empty" => format!(r#"<path d="M0,6 L6,0" stroke="{ink}" stroke-width="0.8"/>"#),
            _ => continue,
        };
        let _ = write!(
            out,
            r#"<pattern id="{key}-{id}" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="{c}"/>{body}</pattern>"#
        );
    }
    out.push_str("</defs>");
}

/// Opens an `<svg>` of `kind` with its accessible name (`title`) and text
/// alternative (`desc`).
pub(crate) fn open(out: &mut String, kind: &str, width: f64, height: f64, title: &str, desc: &str) {
    let _ = write!(
        out,
        r##"<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-{kind}" data-chart="{kind}" role="img" aria-label="{t}" width="{width:.0}" height="{height:.0}" viewBox="0 0 {width:.0} {height:.0}" font-family="{FONT}" font-size="11" fill="#212121"><title>{t}</title><desc>{d}</desc>"##,
        t = Html(title),
        d = Html(desc),
    );
}

/// A legend of the tracks in `tracks` at (`x`, `y`), wrapping at `width`;
/// returns the height used.
pub(crate) fn legend(
    out: &mut String,
    key: &str,
    tracks: &[Track],
    x: f64,
    y: f64,
    width: f64,
    lang: Lang,
) -> f64 {
    let (mut cx, mut cy) = (x, y);
    for &t in tracks {
        let label = locale::track(t, lang);
        #[allow(clippy::cast_precision_loss)]
        let w = 22.0 + label.chars().count() as f64 * 6.4 + 14.0;
        if cx + w > x + width && cx > x {
            cx = x;
            cy += 18.0;
        }
        let stroke = if t == Track::Dropped {
            r##" stroke="#757575" stroke-dasharray="2 1""##
        } else {
            ""
        };
        let _ = write!(
            out,
            r#"<g class="legend-item"><rect x="{cx:.1}" y="{:.1}" width="16" height="11" fill="{}"{stroke}/><text x="{:.1}" y="{:.1}">{}</text></g>"#,
            cy,
            fill(key, t),
            cx + 21.0,
            cy + 9.5,
            Html(label)
        );
        cx += w;
    }
    cy - y + 18.0
}

/// A coordinate with one decimal, written with integer arithmetic (float
/// formatting with a precision is slow, and the Gantt chart writes six per
/// step): `12.5`, `-0.5`, `300.0`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Px(pub(crate) f64);

impl std::fmt::Display for Px {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        #[allow(clippy::cast_possible_truncation)]
        let tenths = (self.0 * 10.0).round().clamp(-1e15, 1e15) as i64;
        let sign = if tenths < 0 { "-" } else { "" };
        let t = tenths.unsigned_abs();
        write!(f, "{sign}{}.{}", t / 10, t % 10)
    }
}

/// The place of `t` in [`Track::ALL`].
pub(crate) fn slot(t: Track) -> usize {
    Track::ALL.iter().position(|x| *x == t).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coordinates_have_one_decimal() {
        assert_eq!(Px(12.34).to_string(), "12.3");
        assert_eq!(Px(-0.46).to_string(), "-0.5");
        assert_eq!(Px(300.0).to_string(), "300.0");
        assert_eq!(Px(0.04).to_string(), "0.0");
    }

    #[test]
    fn keys_are_cleaned() {
        assert_eq!(clean_key("Gantt 1\"><x"), "gantt1x");
        assert_eq!(clean_key("\"'<>"), "chart");
    }

    #[test]
    fn every_track_has_its_own_look() {
        let mut seen = std::collections::HashSet::new();
        for t in Track::ALL {
            let l = look(t);
            assert!(seen.insert((l.colour, l.pattern)), "{t:?}");
        }
        let mut d = String::new();
        defs(&mut d, "k");
        assert_eq!(d.matches("<pattern").count(), 5);
        assert!(fill("k", Track::Delayed).contains("#k-delayed"));
    }
}
