//! Progress per action field (*Fortschritt je Handlungsfeld*): one
//! horizontal bar per field from 0 to 100 %, the value written next to it,
//! and a dashed line at the concept's overall progress.

use std::fmt::Write as _;

use super::{open, Html};
use crate::eval::Rollup;
use crate::report::escape::ellipsis;
use crate::report::locale::{self, pick};
use crate::Lang;

const LABEL_W: f64 = 300.0;
const BAR_W: f64 = 360.0;
const ROW_H: f64 = 28.0;
const TOP: f64 = 28.0;

/// The progress of each action field of `rollup`, as SVG (the chart has no
/// ids, so it needs no key).
#[allow(clippy::cast_precision_loss)]
pub fn progress(rollup: &Rollup, lang: Lang) -> String {
    let width = LABEL_W + BAR_W + 90.0;
    let height = TOP + rollup.fields.len() as f64 * ROW_H + 30.0;
    let method = locale::method(rollup.method, lang);
    let title = format!(
        "{} ({method})",
        pick(
            lang,
            "Fortschritt je Handlungsfeld",
            "Progress per action field"
        )
    );
    let mut desc = String::new();
    for f in &rollup.fields {
        let _ = write!(desc, "{}: {}; ", f.title, locale::percent(f.progress, lang));
    }
    let _ = write!(
        desc,
        "{}: {}.",
        pick(lang, "gesamt", "overall"),
        locale::percent(rollup.progress, lang)
    );

    let mut out = String::with_capacity(1024 + rollup.fields.len() * 400);
    open(&mut out, "progress", width, height, &title, &desc);
    let bottom = TOP + rollup.fields.len() as f64 * ROW_H;
    for tick in [0u8, 25, 50, 75, 100] {
        let x = LABEL_W + f64::from(tick) / 100.0 * BAR_W;
        let _ = write!(
            out,
            r##"<line x1="{x:.1}" y1="{:.1}" x2="{x:.1}" y2="{bottom:.1}" stroke="#cfd8dc"/><text x="{x:.1}" y="14" font-size="9" text-anchor="middle" fill="#546e7a">{}</text>"##,
            TOP - 6.0,
            locale::percent0(f64::from(tick), lang)
        );
    }
    for (i, f) in rollup.fields.iter().enumerate() {
        let y = TOP + i as f64 * ROW_H;
        let (shown, _) = ellipsis(&f.title, 46);
        let p = f.progress.unwrap_or(0.0).clamp(0.0, 100.0);
        let _ = write!(
            out,
            r##"<g class="row"><title>{}: {}</title><text x="4" y="{:.1}">{}</text><rect x="{LABEL_W}" y="{:.1}" width="{BAR_W}" height="14" fill="#eceff1"/><rect data-bar="{}" x="{LABEL_W}" y="{:.1}" width="{:.1}" height="14" fill="#1565c0"/><text x="{:.1}" y="{:.1}" font-weight="bold">{}</text></g>"##,
            Html(&f.title),
            locale::percent(f.progress, lang),
            y + 16.0,
            Html(&shown),
            y + 5.0,
            Html(&f.key),
            y + 5.0,
            p / 100.0 * BAR_W,
            LABEL_W + BAR_W + 8.0,
            y + 16.0,
            locale::percent(f.progress, lang),
        );
    }
    if let Some(total) = rollup.progress {
        let x = LABEL_W + total.clamp(0.0, 100.0) / 100.0 * BAR_W;
        let _ = write!(
            out,
            r##"<g class="marker" data-marker="overall"><line x1="{x:.1}" y1="{:.1}" x2="{x:.1}" y2="{:.1}" stroke="#000000" stroke-width="1.5" stroke-dasharray="4 3"/><text x="{x:.1}" y="{:.1}" font-size="10" text-anchor="middle">{}: {}</text></g>"##,
            TOP - 4.0,
            bottom + 4.0,
            bottom + 18.0,
            pick(lang, "gesamt", "overall"),
            locale::percent(Some(total), lang)
        );
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::{FieldRollup, Method};

    #[test]
    fn one_bar_per_field() {
        let field = |k: &str, p: Option<f64>| FieldRollup {
            key: k.into(),
            title: format!("<b>{k}</b>"),
            progress: p,
            steps: 1,
            weight: 1.0,
            goals: vec![],
        };
        let r = Rollup {
            method: Method::Mean,
            as_of: "2024-01-01".parse().unwrap(),
            progress: Some(40.0),
            steps: 3,
            weight: 3.0,
            fields: vec![
                field("a", Some(80.0)),
                field("b", None),
                field("c", Some(0.0)),
            ],
        };
        let svg = progress(&r, Lang::De);
        assert_eq!(svg.matches("data-bar=").count(), 3);
        assert!(svg.contains("&lt;b&gt;a&lt;/b&gt;: 80,0\u{a0}%"));
        assert!(!svg.contains("<b>"));
        assert!(svg.contains("gesamt: 40,0\u{a0}%"));
    }
}
