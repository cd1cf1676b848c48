//! Budget arithmetic: pure functions over the model, exact in cents.
//!
//! **A dropped step costs nothing**: every sum here leaves out steps with the
//! status `dropped` (*entfallen*), as the schema says. [`step_cost_by_year`]
//! is the one place that decides what a step costs, and every sum goes
//! through it.

use std::collections::BTreeMap;

use crate::model::{Cents, Concept, Period, SiteType, Step, StepStatus, YearMonth};

/// Splits a step's planned cost over the calendar years of its timeframe (or
/// of `period` when it has none), in proportion to the months in each year.
/// Shares are rounded by largest remainder, so they always add up to the cost
/// exactly. Dropped steps, negative costs and reversed timeframes give
/// nothing.
///
/// ```
/// use benn_core::{eval::budget::step_cost_by_year, Cents};
/// let concept = benn_core::read(&std::fs::read("../examples/weissensee-2023.json").unwrap()).unwrap();
/// let step = concept.steps().find(|s| s.planned_cost_cents.is_some()).unwrap();
/// let parts = step_cost_by_year(step, concept.period.start, concept.period.end);
/// let total: Cents = parts.iter().map(|(_, c)| *c).sum();
/// assert_eq!(Some(total), step.planned_cost_cents);
/// ```
pub fn step_cost_by_year(step: &Step, start: YearMonth, end: YearMonth) -> Vec<(u16, Cents)> {
    if step.status == StepStatus::Dropped {
        return Vec::new();
    }
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
/// Dropped steps cost nothing: they are left out.
///
/// ```
/// use benn_core::{eval::budget::planned_costs_by_year, Cents, StepStatus};
/// let mut concept = benn_core::read(&std::fs::read("../examples/weissensee-2023.json").unwrap()).unwrap();
/// let before = planned_costs_by_year(&concept)[&2023];
/// let step = concept.action_fields[0].goals[0].steps.iter_mut()
///     .find(|s| s.planned_cost_cents.is_some()).unwrap();
/// step.status = StepStatus::Dropped;
/// assert!(planned_costs_by_year(&concept)[&2023] < before);
/// ```
pub fn planned_costs_by_year(concept: &Concept) -> BTreeMap<u16, Cents> {
    costs_by_year(
        concept.steps().map(|s| ((), s)),
        concept.period.start,
        concept.period.end,
    )
    .into_iter()
    .map(|(year, c)| (year, c.total))
    .collect()
}

/// What the steps plan to spend in one calendar year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct YearCosts<T> {
    /// The sum of the steps' shares in this year.
    pub total: Cents,
    /// How many steps have a share in this year.
    pub steps: usize,
    /// The tag of the first of them, in the order given.
    pub first: T,
}

/// Planned costs per calendar year like [`planned_costs_by_year`], over any
/// steps, each with a tag (e.g. its place in the document), and with the
/// number of steps and the first step that cost something in each year.
/// Dropped steps are left out. `start` and `end` are the concept period,
/// for steps without a timeframe.
pub fn costs_by_year<'c, T: Copy>(
    steps: impl IntoIterator<Item = (T, &'c Step)>,
    start: YearMonth,
    end: YearMonth,
) -> BTreeMap<u16, YearCosts<T>> {
    let mut out: BTreeMap<u16, YearCosts<T>> = BTreeMap::new();
    for (tag, step) in steps {
        for (year, cents) in step_cost_by_year(step, start, end) {
            if cents.get() <= 0 {
                continue;
            }
            out.entry(year)
                .and_modify(|e| {
                    e.total = e.total.saturating_add(cents);
                    e.steps += 1;
                })
                .or_insert(YearCosts {
                    total: cents,
                    steps: 1,
                    first: tag,
                });
        }
    }
    out
}

/// The months of `period` that fall in the calendar `year` (0 when the year
/// lies outside the period or the period ends before it starts).
///
/// ```
/// use benn_core::{eval::budget::months_in_year, Period};
/// let p = Period::parse_label("Juli 2025 – Juni 2027").unwrap();
/// assert_eq!([2024, 2025, 2026, 2027].map(|y| months_in_year(&p, y)), [0, 6, 12, 6]);
/// ```
pub fn months_in_year(period: &Period, year: u16) -> u8 {
    let (start, end) = (period.start, period.end);
    if end < start || year < start.year() || year > end.year() {
        return 0;
    }
    let first = if year == start.year() {
        start.month()
    } else {
        1
    };
    let last = if year == end.year() { end.month() } else { 12 };
    (last + 1).saturating_sub(first)
}

/// The programme's standard budget ([`SiteType::standard_budget`]) for the
/// months of `period` in `year`: the full yearly amount for a year the period
/// covers, a twelfth per month for a year it covers in part (rounded down).
///
/// ```
/// use benn_core::{eval::budget::standard_for_year, Cents, Period, SiteType};
/// let p = Period::parse_label("Juli 2025 – Juni 2027").unwrap();
/// assert_eq!(standard_for_year(SiteType::BennPlus, &p, 2025), Cents::from_euros(10_000));
/// assert_eq!(standard_for_year(SiteType::BennPlus, &p, 2026), Cents::from_euros(20_000));
/// assert_eq!(standard_for_year(SiteType::Benn, &p, 2028), Cents::ZERO);
/// ```
pub fn standard_for_year(site_type: SiteType, period: &Period, year: u16) -> Cents {
    let months = i64::from(months_in_year(period, year));
    Cents::new(site_type.standard_budget().get().saturating_mul(months) / 12)
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

    fn step(cost: i64, status: StepStatus, from: YearMonth, to: YearMonth) -> Step {
        let mut s = crate::validate::testing::concept().action_fields[0].goals[0].steps[0].clone();
        s.planned_cost_cents = Some(Cents::new(cost));
        s.status = status;
        s.timeframe = Some(crate::model::Timeframe {
            start: from,
            end: to,
        });
        s
    }

    #[test]
    fn a_dropped_step_costs_nothing() {
        let live = step(1200, StepStatus::Planned, ym(2023, 7), ym(2024, 6));
        let dropped = step(5000, StepStatus::Dropped, ym(2023, 1), ym(2023, 12));
        assert!(step_cost_by_year(&dropped, ym(2023, 1), ym(2024, 12)).is_empty());
        let sums = costs_by_year(
            [(0, &dropped), (1, &live), (2, &dropped)],
            ym(2023, 1),
            ym(2024, 12),
        );
        let want = |total, first| YearCosts {
            total: Cents::new(total),
            steps: 1,
            first,
        };
        assert_eq!(sums.get(&2023), Some(&want(600, 1)));
        assert_eq!(sums.get(&2024), Some(&want(600, 1)));
        assert_eq!(sums.len(), 2);

        let mut c = crate::validate::testing::concept();
        let before = planned_costs_by_year(&c);
        c.action_fields[0].goals[0].steps.push(dropped);
        assert_eq!(planned_costs_by_year(&c), before);
    }

    #[test]
    fn counts_steps_and_keeps_the_first() {
        let a = step(100, StepStatus::Done, ym(2024, 1), ym(2024, 1));
        let b = step(300, StepStatus::InProgress, ym(2023, 12), ym(2024, 2));
        let sums = costs_by_year([("a", &a), ("b", &b)], ym(2023, 1), ym(2024, 12));
        assert_eq!(
            sums.get(&2023),
            Some(&YearCosts {
                total: Cents::new(100),
                steps: 1,
                first: "b"
            })
        );
        assert_eq!(
            sums.get(&2024),
            Some(&YearCosts {
                total: Cents::new(300),
                steps: 2,
                first: "a"
            })
        );
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
