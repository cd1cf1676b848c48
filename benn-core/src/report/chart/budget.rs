//! Budget per year (*Sachmittel je Jahr*): for each calendar year a bar of
//! the planned costs (hatched) and one of the money spent up to the day
//! (solid), against a line at the year's budget.

use std::fmt::Write as _;

use super::{clean_key, open};
use crate::eval::budget::BudgetReport;
use crate::model::Cents;
use crate::report::locale::{self, pick};
use crate::Lang;

const LEFT: f64 = 84.0;
const TOP: f64 = 20.0;
const PLOT_H: f64 = 200.0;
const GROUP_W: f64 = 190.0;
const BAR_W: f64 = 60.0;

/// A round step for the axis: 1, 2, 2.5 or 5 times a power of ten, so that
/// four steps reach `max`.
fn nice_step(max: i64) -> i64 {
    let raw = max.max(100).saturating_add(3) / 4;
    let mut pow = 1i64;
    loop {
        for s in [pow, pow * 2, pow * 5 / 2, pow * 5] {
            if s >= raw {
                return s;
            }
        }
        if pow > i64::MAX / 100 {
            return raw;
        }
        pow *= 10;
    }
}

/// `c` rounded to whole euros, for labels.
fn whole_euros(c: Cents) -> Cents {
    Cents::new(
        c.get()
            .saturating_add(50)
            .div_euclid(100)
            .saturating_mul(100),
    )
}

/// The budget of `report` per year, as SVG. `key` starts the ids inside the chart.
#[allow(clippy::cast_precision_loss)]
pub fn budget(report: &BudgetReport, lang: Lang, key: &str) -> String {
    let key = clean_key(key);
    let years = report.years.len().max(1);
    let width = LEFT + years as f64 * GROUP_W + 20.0;
    let height = TOP + PLOT_H + 74.0;
    let max = report
        .years
        .iter()
        .flat_map(|y| [y.budget.unwrap_or(Cents::ZERO), y.planned, y.spent])
        .map(Cents::get)
        .max()
        .unwrap_or(0);
    let step = nice_step(max);
    let top = step.saturating_mul(4).max(1) as f64;
    let y_of = |c: Cents| TOP + PLOT_H - (c.get().max(0) as f64 / top).min(1.05) * PLOT_H;

    let title = format!(
        "{} ({} {})",
        pick(
            lang,
            "Sachmittel je Jahr: geplant und ausgegeben",
            "Budget per year: planned and spent"
        ),
        pick(lang, "Stand", "as of"),
        locale::date(report.as_of, lang)
    );
    let mut desc = String::new();
    for y in &report.years {
        let _ = write!(
            desc,
            "{}: {} {}, {} {}, {} {}. ",
            y.year,
            pick(lang, "Budget", "budget"),
            y.budget
                .map_or_else(|| "–".into(), |b| locale::money(b, lang)),
            pick(lang, "geplant", "planned"),
            locale::money(y.planned, lang),
            pick(lang, "ausgegeben", "spent"),
            locale::money(y.spent, lang),
        );
    }
    let desc = desc.trim_end().to_owned();

    let mut out = String::with_capacity(3000 + years * 1200);
    open(&mut out, "budget", width, height, &title, &desc);
    let _ = write!(
        out,
        r##"<defs><pattern id="{key}-planned" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#bbdefb"/><path d="M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2" stroke="#1565c0" stroke-width="1.2"/></pattern></defs>"##
    );
    for i in 0..=4i64 {
        let v = Cents::new(step.saturating_mul(i));
        let y = y_of(v);
        let _ = write!(
            out,
            r##"<line x1="{LEFT}" y1="{y:.1}" x2="{:.1}" y2="{y:.1}" stroke="{}"/><text x="{:.1}" y="{:.1}" font-size="9" text-anchor="end" fill="#546e7a">{}</text>"##,
            width - 10.0,
            if i == 0 { "#546e7a" } else { "#eceff1" },
            LEFT - 6.0,
            y + 3.0,
            locale::euros(v, lang)
        );
    }
    for (i, y) in report.years.iter().enumerate() {
        let gx = LEFT + i as f64 * GROUP_W + 12.0;
        let base = TOP + PLOT_H;
        let bars = [
            (
                "planned",
                y.planned,
                format!("url(#{key}-planned)"),
                pick(lang, "geplant", "planned"),
            ),
            (
                "spent",
                y.spent,
                "#0d47a1".to_owned(),
                pick(lang, "ausgegeben", "spent"),
            ),
        ];
        for (j, (name, value, fill, label)) in bars.iter().enumerate() {
            let x = gx + j as f64 * (BAR_W + 6.0);
            let top_y = y_of(*value);
            let _ = write!(
                out,
                r##"<g><title>{} {label}: {}</title><rect data-bar="{}:{name}" x="{x:.1}" y="{top_y:.1}" width="{BAR_W}" height="{:.1}" fill="{fill}" stroke="#0d47a1" stroke-width="0.8"/><text x="{:.1}" y="{:.1}" font-size="9" text-anchor="middle" stroke="#ffffff" stroke-width="3" paint-order="stroke">{}</text></g>"##,
                y.year,
                locale::money(*value, lang),
                y.year,
                (base - top_y).max(0.0),
                x + BAR_W / 2.0,
                if base - top_y > 24.0 {
                    top_y + 13.0
                } else {
                    top_y - 3.0
                },
                locale::euros(whole_euros(*value), lang)
            );
        }
        if let Some(b) = y.budget {
            let by = y_of(b);
            let _ = write!(
                out,
                r##"<g class="marker" data-marker="budget-{}"><title>{} {}: {}</title><line x1="{:.1}" y1="{by:.1}" x2="{:.1}" y2="{by:.1}" stroke="#000000" stroke-width="2.5"/><text x="{:.1}" y="{:.1}" font-size="9" font-weight="bold">{}</text></g>"##,
                y.year,
                pick(lang, "Budget", "Budget"),
                y.year,
                locale::money(b, lang),
                gx - 6.0,
                gx + 2.0 * BAR_W + 12.0,
                gx + 2.0 * BAR_W + 14.0,
                by + 3.0,
                locale::euros(b, lang)
            );
        }
        let _ = write!(
            out,
            r#"<text x="{:.1}" y="{:.1}" text-anchor="middle" font-weight="bold">{}</text>"#,
            gx + BAR_W + 3.0,
            base + 16.0,
            y.year
        );
    }
    // Legend.
    let ly = TOP + PLOT_H + 38.0;
    let _ = write!(
        out,
        r##"<g class="legend-item"><rect x="{LEFT}" y="{ly:.1}" width="16" height="11" fill="url(#{key}-planned)" stroke="#0d47a1" stroke-width="0.8"/><text x="{:.1}" y="{:.1}">{}</text></g><g class="legend-item"><rect x="{:.1}" y="{ly:.1}" width="16" height="11" fill="#0d47a1"/><text x="{:.1}" y="{:.1}">{}</text></g><g class="legend-item"><line x1="{:.1}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="#000000" stroke-width="2.5"/><text x="{:.1}" y="{:.1}">{}</text></g>"##,
        LEFT + 21.0,
        ly + 9.5,
        pick(lang, "geplant", "planned"),
        LEFT + 110.0,
        LEFT + 131.0,
        ly + 9.5,
        pick(lang, "ausgegeben", "spent"),
        LEFT + 230.0,
        ly + 5.5,
        LEFT + 252.0,
        ly + 5.5,
        LEFT + 257.0,
        ly + 9.5,
        pick(lang, "Jahresbudget", "yearly budget"),
    );
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_are_round() {
        assert_eq!(nice_step(3_000_000), 1_000_000);
        assert_eq!(nice_step(2_000_000), 500_000);
        assert_eq!(nice_step(900_000), 250_000);
        assert_eq!(nice_step(0), 25);
        assert!(nice_step(i64::MAX) > 0);
    }

    #[test]
    fn two_bars_per_year() {
        let concept =
            crate::read(&std::fs::read("../examples/weissensee-2023.json").unwrap()).unwrap();
        let log = crate::read_log(&std::fs::read("../examples/weissensee-2023.log.json").unwrap())
            .unwrap();
        let r = crate::eval::budget::report(&concept, &log.entries, "2024-06-30".parse().unwrap());
        let svg = budget(&r, Lang::De, "b");
        assert_eq!(svg.matches("data-bar=").count(), 2 * r.years.len());
        assert!(svg.contains("data-marker=\"budget-2023\""));
        assert!(svg.contains("30.000\u{a0}€"));
    }
}
