//! The portfolio (*Gesamtübersicht*): many concepts on one day, one row per
//! concept, grouped by district (*Bezirk*) and sorted by site and period,
//! with district subtotals and an overall total, so a district coordinator
//! or the Senate sees all sites at once.
//!
//! Subtotals combine the rows as the roll-up combines steps: progress is the
//! weighted mean over all counted steps of the group (by the same
//! [`Method`]), shares add up, money adds up exactly.
//!
//! ```
//! use benn_core::{eval::{self, Method}, read, read_log, Date};
//! let w = read(&std::fs::read("../examples/weissensee-2023.json").unwrap()).unwrap();
//! let log = read_log(&std::fs::read("../examples/weissensee-2023.log.json").unwrap()).unwrap();
//! let a = read(&std::fs::read("../examples/allende-viertel-2025.json").unwrap()).unwrap();
//! let items = [(&a, a.log.iter().collect()), (&w, log.entries.iter().collect())];
//! let p = eval::portfolio(&items, "2026-11-22".parse::<Date>().unwrap(), Method::Mean);
//! // Pankow (03) before Treptow-Köpenick (09).
//! assert_eq!(p.districts[0].district, "03");
//! assert_eq!(p.districts[1].rows[0].concept.as_str(), "allende-viertel-2025");
//! assert_eq!(p.total.concepts, 2);
//! ```

use serde::Serialize;

use super::rollup::{rollup, Acc, Method};
use super::shares::{shares, TrackCounts};
use super::state::{state, Track};
use crate::model::{Cents, Concept, Date, Id, LogEntry, Period};

/// One concept in the portfolio.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PortfolioRow {
    /// The district's code (`01`…`12`).
    pub district: String,
    /// The site's name.
    pub site: String,
    /// The concept's id.
    pub concept: Id,
    /// Its period.
    pub period: Period,
    /// Progress of the concept in percent (see [`rollup()`](super::rollup())).
    pub progress: Option<f64>,
    /// The sum of the counted steps' weights (to combine rows).
    pub weight: f64,
    /// Delayed steps on the day.
    pub delayed: usize,
    /// The status shares of its steps.
    pub shares: TrackCounts,
    /// The sum of its yearly budgets.
    pub budget: Cents,
    /// All money spent up to the day.
    pub spent: Cents,
    /// Spent divided by budget; `None` without a positive budget.
    pub budget_used: Option<f64>,
    /// The date of its latest log entry up to the day.
    pub last_entry: Option<Date>,
}

/// The sums of a group of rows.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Subtotal {
    /// Concepts in the group.
    pub concepts: usize,
    /// Progress over all their counted steps.
    pub progress: Option<f64>,
    /// Delayed steps.
    pub delayed: usize,
    /// Status shares over all their steps.
    pub shares: TrackCounts,
    /// Their budgets.
    pub budget: Cents,
    /// Money spent.
    pub spent: Cents,
    /// Spent divided by budget.
    pub budget_used: Option<f64>,
    /// The latest log entry of any of them.
    pub last_entry: Option<Date>,
}

/// The concepts of one district.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DistrictGroup {
    /// The district's code.
    pub district: String,
    /// The district's name, e.g. `Pankow`.
    pub name: String,
    /// Its concepts, by site, then period.
    pub rows: Vec<PortfolioRow>,
    /// Their sums.
    pub subtotal: Subtotal,
}

/// Many concepts on one day: what [`portfolio`] returns.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Portfolio {
    /// The day.
    pub as_of: Date,
    /// How progress was rolled up.
    pub method: Method,
    /// Per district, in code order.
    pub districts: Vec<DistrictGroup>,
    /// The sums over all concepts.
    pub total: Subtotal,
}

#[allow(clippy::cast_precision_loss)] // a share; cents far below 2^53
fn used(spent: Cents, budget: Cents) -> Option<f64> {
    (budget.get() > 0).then(|| spent.get() as f64 / budget.get() as f64)
}

fn subtotal<'r>(rows: impl IntoIterator<Item = &'r PortfolioRow>) -> Subtotal {
    let mut acc = Acc::default();
    let (mut concepts, mut delayed) = (0, 0);
    let mut counts = [0usize; 6];
    let (mut budget, mut spent) = (Cents::ZERO, Cents::ZERO);
    let mut last = None;
    for r in rows {
        concepts += 1;
        delayed += r.delayed;
        if let Some(p) = r.progress {
            acc.steps += 1;
            acc.weight += r.weight;
            acc.sum += r.weight * p;
        }
        for (a, b) in counts.iter_mut().zip(r.shares.counts()) {
            *a += b;
        }
        budget = budget.saturating_add(r.budget);
        spent = spent.saturating_add(r.spent);
        last = last.max(r.last_entry);
    }
    Subtotal {
        concepts,
        progress: acc.progress(),
        delayed,
        shares: TrackCounts::from_counts(counts),
        budget,
        spent,
        budget_used: used(spent, budget),
        last_entry: last,
    }
}

/// One row of the portfolio: `concept` with its log `entries` on `as_of`.
pub fn portfolio_row(
    concept: &Concept,
    entries: &[&LogEntry],
    as_of: Date,
    method: Method,
) -> PortfolioRow {
    let st = state(concept, entries.iter().copied(), as_of);
    let r = rollup(concept, &st, method);
    let sh = shares(concept, &st);
    let budget: Cents = concept.budget.iter().map(|b| b.amount_cents).sum();
    let spent = st.spent_cents();
    PortfolioRow {
        district: concept.site.district.code().to_owned(),
        site: concept.site.name.clone(),
        concept: concept.id.clone(),
        period: concept.period.clone(),
        progress: r.progress,
        weight: r.weight,
        delayed: sh.total.count(Track::Delayed),
        shares: sh.total,
        budget,
        spent,
        budget_used: used(spent, budget),
        last_entry: super::counting(entries, as_of).map(|(_, e)| e.date).max(),
    }
}

/// The portfolio of `items` (each a concept with its log entries: its own
/// `log` and any log files, chained) on `as_of`, rolled up by `method`.
pub fn portfolio(items: &[(&Concept, Vec<&LogEntry>)], as_of: Date, method: Method) -> Portfolio {
    let mut rows: Vec<PortfolioRow> = items
        .iter()
        .map(|(c, entries)| portfolio_row(c, entries, as_of, method))
        .collect();
    crate::sort::sort_by(&mut rows, |a, b| {
        (
            &a.district,
            &a.site,
            a.period.start,
            a.period.end,
            &a.concept,
        )
            .cmp(&(
                &b.district,
                &b.site,
                b.period.start,
                b.period.end,
                &b.concept,
            ))
    });
    let total = subtotal(&rows);
    let mut districts: Vec<DistrictGroup> = Vec::new();
    for row in rows {
        match districts.last_mut() {
            Some(g) if g.district == row.district => g.rows.push(row),
            _ => districts.push(DistrictGroup {
                name: crate::model::District::from_code(&row.district)
                    .map(|d| d.name().to_owned())
                    .unwrap_or_default(),
                district: row.district.clone(),
                rows: vec![row],
                subtotal: subtotal([]),
            }),
        }
    }
    for g in &mut districts {
        g.subtotal = subtotal(&g.rows);
    }
    Portfolio {
        as_of,
        method,
        districts,
        total,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::synth;

    #[test]
    fn rows_group_by_district_and_sort_by_site_and_period() {
        let mut a = synth::concept(20, 1);
        let mut b = synth::concept(30, 2);
        let mut c = synth::concept(10, 3);
        a.site.name = "Z-Site".into();
        b.site.name = "A-Site".into();
        c.site.district = crate::model::District::from_code("01").unwrap();
        let (la, lb) = (synth::log(&a, 100, 1), synth::log(&b, 100, 2));
        let items = [
            (&a, la.iter().collect()),
            (&b, lb.iter().collect()),
            (&c, Vec::new()),
        ];
        let day = "2024-06-30".parse().unwrap();
        let p = portfolio(&items, day, Method::Mean);
        let order: Vec<(&str, &str)> = p
            .districts
            .iter()
            .flat_map(|g| {
                g.rows
                    .iter()
                    .map(|r| (g.district.as_str(), r.site.as_str()))
            })
            .collect();
        assert_eq!(
            order,
            [
                ("01", "BENN Synthetisch"),
                ("03", "A-Site"),
                ("03", "Z-Site")
            ]
        );
        assert_eq!(p.districts[0].name, "Mitte");
        assert_eq!(p.total.concepts, 3);
        assert_eq!(p.total.shares.steps, 60);
        assert_eq!(p.districts[1].subtotal.shares.steps, 50);
        assert_eq!(
            p.total.spent,
            p.districts.iter().map(|g| g.subtotal.spent).sum::<Cents>()
        );
        // The weighted mean of the rows is the mean over all steps.
        let all = p.districts[1].subtotal.progress.unwrap();
        let rows = &p.districts[1].rows;
        let want = (rows[0].progress.unwrap() * 30.0 + rows[1].progress.unwrap() * 20.0) / 50.0;
        assert!((all - want).abs() < 1e-9);
    }
}
