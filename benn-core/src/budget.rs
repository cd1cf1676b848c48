//! Budget arithmetic: pure functions over the model, exact in cents.

use std::collections::BTreeMap;

use crate::model::{Cents, Concept, Step, YearMonth};

/// Splits a step's planned cost over the calendar years of its timeframe (or
/// of `period` when it has none), in proportion to the months in each year.
/// Shares are rounded by largest remainder, so they always add up to the cost
/// exactly. Negative costs and reversed timeframes give nothing.
///
/// ```
/// use benn_core::{budget::step_cost_by_year, Cents};
/// let concept = benn_core::read(&std::fs::read("../examples/weissensee-2023.json").unwrap()).unwrap();
/// let step = concept.steps().find(|s| s.planned_cost_cents.is_some()).unwrap();
/// let parts = step_cost_by_year(step, concept.period.start, concept.period.end);
/// let total: Cents = parts.iter().map(|(_, c)| *c).sum();
/// assert_eq!(Some(total), step.planned_cost_cents);
/// ```
pub fn step_cost_by_year(step: &Step, start: YearMonth, end: YearMonth) -> Vec<(u16, Cents)> {
    let Some(cost) = step.planned_cost_cents.filter(|c| c.get() > 0) else {
        return Vec::new();
    };
    let (start, end) = step.timeframe.map_or((start, end), |t| (t.start, t.end));
    if end < start {
        return Vec::new();
    }
    split(cost, start, end)
}

fn split(cost: Cents, start: YearMonth, end: YearMonth) -> Vec<(u16, Cents)> {
    let total = i128::from(start.months_until(&end) + 1);
    let mut parts: Vec<(u16, i128, i128)> = Vec::new(); // year, share, remainder
    let mut year = start.year();
    loop {
        let first = if year == start.year() {
            start.month()
        } else {
            1
        };
        let last = if year == end.year() { end.month() } else { 12 };
        let months = i128::from(last) - i128::from(first) + 1;
        let exact = i128::from(cost.get()) * months;
        parts.push((year, exact / total, exact % total));
        if year >= end.year() {
            break;
        }
        year += 1;
    }
    let assigned: i128 = parts.iter().map(|p| p.1).sum();
    let mut left = i128::from(cost.get()) - assigned;
    let mut order: Vec<usize> = (0..parts.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(parts.get(i).map_or(0, |p| p.2)));
    for i in order {
        if left <= 0 {
            break;
        }
        if let Some(p) = parts.get_mut(i) {
            p.1 += 1;
            left -= 1;
        }
    }
    parts
        .into_iter()
        .map(|(y, c, _)| (y, Cents::new(i64::try_from(c).unwrap_or(i64::MAX))))
        .collect()
}

/// Planned costs of all steps per calendar year (see [`step_cost_by_year`]).
/// Dropped steps count too: a plan is a plan until it is revised.
pub fn planned_costs_by_year(concept: &Concept) -> BTreeMap<u16, Cents> {
    let mut out: BTreeMap<u16, Cents> = BTreeMap::new();
    for step in concept.steps() {
        for (year, cents) in step_cost_by_year(step, concept.period.start, concept.period.end) {
            let e = out.entry(year).or_default();
            *e = e.saturating_add(cents);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn ym(y: u16, m: u8) -> YearMonth {
        YearMonth::new(y, m).unwrap()
    }

    #[test]
    fn splits_by_months() {
        let parts = split(Cents::new(1200), ym(2023, 7), ym(2024, 6));
        assert_eq!(
            parts,
            vec![(2023, Cents::new(600)), (2024, Cents::new(600))]
        );
        let parts = split(Cents::new(100), ym(2023, 12), ym(2024, 2));
        assert_eq!(parts, vec![(2023, Cents::new(33)), (2024, Cents::new(67))]);
        let parts = split(Cents::new(5), ym(2023, 1), ym(2023, 1));
        assert_eq!(parts, vec![(2023, Cents::new(5))]);
    }

    proptest! {
        #[test]
        fn shares_add_up_exactly(cost in 0i64..=i64::MAX / 2, start in 0u32..600, len in 0u32..120) {
            let s = ym(2000, 1).plus_months(start);
            let e = s.plus_months(len);
            let parts = split(Cents::new(cost), s, e);
            let sum: i128 = parts.iter().map(|(_, c)| i128::from(c.get())).sum();
            prop_assert_eq!(sum, i128::from(cost));
            prop_assert!(parts.iter().all(|(_, c)| c.get() >= 0));
        }
    }
}
