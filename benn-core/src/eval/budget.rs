//! Budget arithmetic: pure functions over the model, exact in cents.
//!
//! - What the steps **plan** per calendar year: [`step_cost_by_year`],
//!   [`planned_costs_by_year`], [`costs_by_year`].
//! - The budget **on a day** against the log (*Mittelabfluss*): [`report`],
//!   per year and per action field: budget, planned, spent, left, and the
//!   share of the year elapsed against the share spent.
//!
//! **A dropped step costs nothing**: every sum here leaves out steps with the
//! status `dropped` (*entfallen*), as the schema says. [`step_cost_by_year`]
//! is the one place that decides what a step costs, and every sum goes
//! through it.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::model::time::days_from_civil;
use crate::model::{Cents, Concept, Date, LogEntry, Period, SiteType, Step, StepStatus, YearMonth};

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
    let mut out = Vec::new();
    each_year_cost(step, start, end, |year, cents| out.push((year, cents)));
    out
}

/// [`step_cost_by_year`] without collecting: calls `f` for each year, in
/// order. A step within one year (most of them) allocates nothing.
fn each_year_cost(step: &Step, start: YearMonth, end: YearMonth, mut f: impl FnMut(u16, Cents)) {
    if step.status == StepStatus::Dropped {
        return;
    }
    let Some(cost) = step.planned_cost_cents.filter(|c| c.get() > 0) else {
        return;
    };
    let (start, end) = step.timeframe.map_or((start, end), |t| (t.start, t.end));
    if end < start {
        return;
    }
    if start.year() == end.year() {
        f(start.year(), cost);
        return;
    }
    for (year, cents) in split(cost, start, end) {
        f(year, cents);
    }
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
    crate::sort::sort_by_key(&mut order, |&i| {
        std::cmp::Reverse(parts.get(i).map_or(0, |p| p.2))
    });
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
    totals(costs_by_year(
        concept.steps().map(|s| ((), s)),
        concept.period.start,
        concept.period.end,
    ))
}

/// The totals of [`costs_by_year`], by `insert` (`collect` into a map sorts:
/// one more copy of the standard sort in the wasm build, `crate::sort`).
fn totals<T>(costs: BTreeMap<u16, YearCosts<T>>) -> BTreeMap<u16, Cents> {
    let mut out = BTreeMap::new();
    for (year, c) in costs {
        out.insert(year, c.total);
    }
    out
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
        each_year_cost(step, start, end, |year, cents| {
            if cents.get() <= 0 {
                return;
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
        });
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

/// One calendar year of the budget on a day.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct YearState {
    /// The calendar year.
    pub year: u16,
    /// The year's budget (*Sachmittel*, `budget`); `None` when the concept gives none.
    pub budget: Option<Cents>,
    /// What the steps plan to spend in the year ([`planned_costs_by_year`]).
    pub planned: Cents,
    /// What the log says was spent for the year up to the day (by
    /// [`LogEntry::spending_year`]).
    pub spent: Cents,
    /// Budget minus spent (negative when overspent); `None` without a budget.
    pub left: Option<Cents>,
    /// The share (0–1) of the year's part of the period that has passed on
    /// the day, by days: the day itself counts as passed.
    pub elapsed: f64,
    /// Spent divided by budget (may exceed 1); `None` without a positive budget.
    pub spent_share: Option<f64>,
}

/// Planned and spent money of one action field (or of no step) in one year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldYear {
    /// The calendar year.
    pub year: u16,
    /// Planned costs of the field's steps in the year.
    pub planned: Cents,
    /// Spent on the field's steps for the year, up to the day.
    pub spent: Cents,
}

/// The money of one action field (*Handlungsfeld*) per year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldBudget {
    /// The field's key.
    pub key: String,
    /// The field's title.
    pub title: String,
    /// Per year of [`BudgetReport::years`], in the same order.
    pub years: Vec<FieldYear>,
}

/// The budget of a concept on a day: what [`report`] returns.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BudgetReport {
    /// The day.
    pub as_of: Date,
    /// Every calendar year of the period, and any other year the budget or
    /// the spending names, in order.
    pub years: Vec<YearState>,
    /// Per action field, in the concept's order.
    pub fields: Vec<FieldBudget>,
    /// Spending no step of the concept is named for, per year (planned is 0).
    pub unassigned: Vec<FieldYear>,
    /// The sums over all years: budget (of the years that have one),
    /// planned, spent.
    pub total_budget: Cents,
    /// All planned costs.
    pub total_planned: Cents,
    /// All money spent up to the day.
    pub total_spent: Cents,
}

/// The budget of `concept` on `as_of` from the log `entries`: per calendar
/// year the budget, the planned costs, the money spent up to the day (the
/// entries that [`counting`](super::counting) lets count: corrections
/// respected), what is left, and the share of the year elapsed against the
/// share spent; the same planned and spent per action field. Dropped steps
/// plan nothing, but what was spent on them before they were dropped counts.
///
/// ```
/// use benn_core::{eval, read, read_log, Cents, Date};
/// let concept = read(&std::fs::read("../examples/weissensee-2023.json").unwrap()).unwrap();
/// let log = read_log(&std::fs::read("../examples/weissensee-2023.log.json").unwrap()).unwrap();
/// let r = eval::budget::report(&concept, &log.entries, "2023-12-31".parse::<Date>().unwrap());
/// let y2023 = &r.years[0];
/// assert_eq!((y2023.year, y2023.budget), (2023, Some(Cents::from_euros(30_000))));
/// assert_eq!(y2023.elapsed, 1.0);
/// assert_eq!(y2023.left, Some(Cents::new(3_000_000 - y2023.spent.get())));
/// let by_fields: i64 = r.fields.iter().flat_map(|f| &f.years).map(|y| y.spent.get()).sum();
/// assert_eq!(by_fields + r.unassigned.iter().map(|y| y.spent.get()).sum::<i64>(), r.total_spent.get());
/// ```
pub fn report<'a, I>(concept: &Concept, entries: I, as_of: Date) -> BudgetReport
where
    I: IntoIterator<Item = &'a LogEntry>,
    I::IntoIter: Clone,
{
    report_on(concept, &super::state(concept, entries, as_of))
}

/// The budget of `concept` from its [`state`](super::state()) on a day: what
/// [`report`] computes, without reading the log again when the state is at
/// hand (e.g. for a status page that shows both).
///
/// ```
/// use benn_core::{eval, read, read_log, Date};
/// let concept = read(&std::fs::read("../examples/weissensee-2023.json").unwrap()).unwrap();
/// let log = read_log(&std::fs::read("../examples/weissensee-2023.log.json").unwrap()).unwrap();
/// let day: Date = "2024-03-31".parse().unwrap();
/// let state = eval::state(&concept, &log.entries, day);
/// assert_eq!(eval::budget::report_on(&concept, &state), eval::budget::report(&concept, &log.entries, day));
/// ```
pub fn report_on(concept: &Concept, state: &super::ConceptState) -> BudgetReport {
    let period = &concept.period;
    let as_of = state.as_of;
    let nf = concept.action_fields.len();
    // spent[year] per field, the last slot for no step.
    // Maps here are filled by `insert`: `collect` into a map sorts, one more
    // copy of the standard sort in the wasm build (`crate::sort`).
    let mut spent: BTreeMap<u16, Vec<i64>> = BTreeMap::new();
    for y in &state.spending {
        let mut row: Vec<i64> = y.fields.iter().map(|c| c.get()).collect();
        row.resize(nf, 0);
        row.push(y.unassigned.get());
        spent.insert(y.year, row);
    }
    let planned_fields: Vec<BTreeMap<u16, Cents>> = concept
        .action_fields
        .iter()
        .map(|f| {
            let steps = f.goals.iter().flat_map(|g| &g.steps).chain(&f.steps);
            totals(costs_by_year(
                steps.map(|s| ((), s)),
                period.start,
                period.end,
            ))
        })
        .collect();
    // The concept's planned costs are its fields' (each step split once).
    let mut planned: BTreeMap<u16, Cents> = BTreeMap::new();
    for plan in &planned_fields {
        for (&year, &c) in plan {
            let sum = planned.entry(year).or_insert(Cents::ZERO);
            *sum = sum.saturating_add(c);
        }
    }
    let mut years: Vec<u16> = if period.start <= period.end {
        (period.start.year()..=period.end.year()).collect()
    } else {
        Vec::new()
    };
    years.extend(concept.budget.iter().map(|b| b.year));
    years.extend(spent.keys().copied());
    years.extend(planned.keys().copied());
    crate::sort::sort(&mut years);
    years.dedup();

    let spent_in = |year: u16, slot: usize| {
        Cents::new(
            spent
                .get(&year)
                .and_then(|r| r.get(slot))
                .copied()
                .unwrap_or(0),
        )
    };
    let year_states: Vec<YearState> = years
        .iter()
        .map(|&year| {
            let budget = concept
                .budget
                .iter()
                .find(|b| b.year == year)
                .map(|b| b.amount_cents);
            let spent_year: Cents = spent
                .get(&year)
                .map_or(Cents::ZERO, |r| r.iter().copied().map(Cents::new).sum());
            YearState {
                year,
                budget,
                planned: planned.get(&year).copied().unwrap_or(Cents::ZERO),
                spent: spent_year,
                left: budget.map(|b| Cents::new(b.get().saturating_sub(spent_year.get()))),
                elapsed: elapsed(period, year, as_of),
                #[allow(clippy::cast_precision_loss)] // a share; cents far below 2^53
                spent_share: budget
                    .filter(|b| b.get() > 0)
                    .map(|b| spent_year.get() as f64 / b.get() as f64),
            }
        })
        .collect();
    let fields = concept
        .action_fields
        .iter()
        .zip(&planned_fields)
        .enumerate()
        .map(|(fi, (f, plan))| FieldBudget {
            key: f.key.as_str().to_owned(),
            title: f.title.clone(),
            years: years
                .iter()
                .map(|&year| FieldYear {
                    year,
                    planned: plan.get(&year).copied().unwrap_or(Cents::ZERO),
                    spent: spent_in(year, fi),
                })
                .collect(),
        })
        .collect();
    let unassigned = years
        .iter()
        .map(|&year| FieldYear {
            year,
            planned: Cents::ZERO,
            spent: spent_in(year, nf),
        })
        .filter(|y| y.spent != Cents::ZERO)
        .collect();
    BudgetReport {
        as_of,
        total_budget: year_states.iter().filter_map(|y| y.budget).sum(),
        total_planned: year_states.iter().map(|y| y.planned).sum(),
        total_spent: year_states.iter().map(|y| y.spent).sum(),
        years: year_states,
        fields,
        unassigned,
    }
}

/// The share (0–1) of `year`'s part of the period passed on `as_of` (the
/// whole calendar year when the period does not touch it), by days.
fn elapsed(period: &Period, year: u16, as_of: Date) -> f64 {
    let (mut first, mut last) = ((1u8, 1u8), 12u8);
    if months_in_year(period, year) > 0 {
        if period.start.year() == year {
            first = (period.start.month(), 1);
        }
        if period.end.year() == year {
            last = period.end.month();
        }
    }
    let start = days_from_civil(year, first.0, first.1);
    // The day before the first of the month after `last`.
    let end = if last == 12 {
        days_from_civil(year.saturating_add(1), 1, 1)
    } else {
        days_from_civil(year, last + 1, 1)
    } - 1;
    let today = as_of.to_unix_days();
    #[allow(clippy::cast_precision_loss)] // day counts are small
    let share = (today - start + 1) as f64 / (end - start + 1) as f64;
    share.clamp(0.0, 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::EntryKind;
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

    fn day(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    #[allow(clippy::float_cmp)] // 0 and 1 are exact
    fn the_year_elapses_within_the_period() {
        let p = Period::parse_label("Juli 2025 – Juni 2027").unwrap();
        assert_eq!(elapsed(&p, 2025, day("2025-06-30")), 0.0);
        assert!((elapsed(&p, 2025, day("2025-07-01")) - 1.0 / 184.0).abs() < 1e-12);
        assert_eq!(elapsed(&p, 2025, day("2025-12-31")), 1.0);
        assert!((elapsed(&p, 2026, day("2026-07-02")) - 183.0 / 365.0).abs() < 1e-12);
        assert!((elapsed(&p, 2027, day("2027-03-31")) - 90.0 / 181.0).abs() < 1e-12);
        assert!((elapsed(&p, 2030, day("2030-01-01")) - 1.0 / 365.0).abs() < 1e-12);
    }

    #[test]
    fn spending_counts_for_its_year_and_field_with_corrections() {
        let c = crate::validate::testing::concept();
        let mk = |id: &str, date: &str, step: Option<&str>, cents: i64| {
            let mut e = LogEntry::new(
                crate::model::Id::new(id).unwrap(),
                day(date),
                EntryKind::Spending,
            );
            e.step = step.map(|s| crate::model::Id::new(s).unwrap());
            e.spent_cents = Some(Cents::new(cents));
            e
        };
        let mut late = mk("b", "2024-01-10", Some("s1"), 20_000);
        late.budget_year = Some(2023);
        let mut fix = mk("c", "2024-02-01", Some("s1"), 9_000);
        fix.corrects = Some(crate::model::Id::new("a").unwrap());
        fix.budget_year = Some(2023); // else it would count for its own date's year
        let log = [
            mk("a", "2023-06-01", Some("s1"), 90_000),
            late,
            fix,
            mk("d", "2024-03-01", None, 500),
            mk("e", "2025-03-01", Some("s1"), 1),
        ];
        let r = report(&c, &log, day("2024-03-01"));
        assert_eq!(
            r.years.iter().map(|y| y.year).collect::<Vec<_>>(),
            [2023, 2024]
        );
        let y = &r.years[0];
        assert_eq!(
            (y.spent, y.planned, y.left),
            (
                Cents::new(29_000),
                Cents::new(100_000),
                Some(Cents::new(2_971_000))
            )
        );
        assert_eq!(r.fields[0].years[0].spent, Cents::new(29_000));
        assert_eq!(
            r.unassigned,
            [FieldYear {
                year: 2024,
                planned: Cents::ZERO,
                spent: Cents::new(500)
            }]
        );
        assert_eq!(r.total_spent, Cents::new(29_500));
        let before_fix = report(&c, &log, day("2024-01-31"));
        assert_eq!(before_fix.years[0].spent, Cents::new(110_000));
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
