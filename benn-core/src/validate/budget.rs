//! Budget rules: `amount.negative`, `budget.duplicate_year`,
//! `budget.year_outside_period`, `budget.exceeded`, `budget.year_missing`,
//! `budget.below_standard`, `budget.above_standard` and `step.cost_tiny`.
//!
//! Dropped steps cost nothing (see [`crate::budget`]).
//!
//! **Plausibility.** The programme gives a site a yearly standard budget
//! ([`SiteType::standard_budget`]: 30 000 € for BENN, 20 000 € for BENNplus
//! and QM-attached sites). A year that the period covers only in part
//! usually gets its share (Allende-Viertel 2025–2027: 10 000 €, 20 000 €,
//! 10 000 €), so the lower bound is measured against the standard for the
//! months of the period in that year:
//! - below a tenth of that share is `budget.below_standard` (warning): it is
//!   what euros written as cents look like (`30000` = 300 €), and the hint
//!   shows the amount in euros and what was probably meant;
//! - above twice the full yearly standard is `budget.above_standard`
//!   (advice): a budget topped up from elsewhere is possible, so it names the
//!   standard and leaves the judgement to the reader;
//! - a step cost of 1 to 99 cents is `step.cost_tiny` (warning): no action
//!   costs less than a euro, so euros were most likely meant. Zero is fine (a
//!   step that costs nothing).
//!
//! Zero and negative budgets and years outside the period are left to the
//! other rules.

use std::collections::HashMap;

use super::{at, steps};
use crate::diag::{text, Code, Finding, Pointer, Text};
use crate::eval::budget::{costs_by_year, months_in_year, standard_for_year};
use crate::model::{Cents, Concept, Period, SiteType};

fn negative(p: Pointer, amount: Cents) -> Finding {
    Finding::new(
        Code::AmountNegative,
        p,
        Text::new(
            format!("Der Betrag {amount} ist negativ."),
            format!("The amount {} is negative.", amount.format_en()),
        ),
    )
    .with_hint(text!(
        "Beträge werden in Cent als ganze Zahl ab 0 geschrieben, z. B. `150000` für 1.500 €.",
        "Amounts are written in cents as whole numbers from 0, e.g. `150000` for €1,500.",
    ))
    .with("amount_cents", amount.get())
}

pub(super) fn check(c: &Concept, out: &mut crate::diag::Findings) {
    let bp = |i: usize| Pointer::root().key("budget").index(i);
    let mut by_year: HashMap<u16, usize> = HashMap::new();
    for (i, b) in c.budget.iter().enumerate() {
        if b.amount_cents.get() < 0 {
            out.push(negative(bp(i).key("amount_cents"), b.amount_cents));
        }
        let year = b.year;
        if let Some(&first) = by_year.get(&year) {
            out.push(
                Finding::new(
                    Code::BudgetDuplicateYear,
                    bp(i).key("year"),
                    text!(
                        "Für das Jahr {year} gibt es schon ein Budget.",
                        "The year {year} already has a budget.",
                    ),
                )
                .with_hint(text!(
                    "Führen Sie beide Einträge zusammen, oder korrigieren Sie das Jahr, wenn ein anderes gemeint war.",
                    "Merge both entries, or correct the year if another one was meant.",
                ))
                .with_related(bp(first).key("year"))
                .with("year", year),
            );
        } else {
            by_year.insert(year, i);
        }
        let (first_year, last_year) = (c.period.start.year(), c.period.end.year());
        if c.period.end >= c.period.start && !(first_year..=last_year).contains(&year) {
            out.push(
                Finding::new(
                    Code::BudgetYearOutsidePeriod,
                    bp(i).key("year"),
                    text!(
                        "Das Budgetjahr {year} liegt außerhalb des Konzeptzeitraums ({first_year} bis {last_year}).",
                        "The budget year {year} lies outside the concept period ({first_year} to {last_year}).",
                    ),
                )
                .with_hint(text!(
                    "Budgets gelten für Kalenderjahre des Zeitraums; prüfen Sie das Jahr oder den Zeitraum (`period`).",
                    "Budgets are for calendar years of the period; check the year or the period (`period`).",
                ))
                .with("year", year)
                .with("first_year", first_year)
                .with("last_year", last_year),
            );
        }
    }
    for (i, b) in c.budget.iter().enumerate() {
        let p = || bp(i).key("amount_cents");
        if let Some(f) = plausible(c.site.site_type, &c.period, b.year, b.amount_cents, p) {
            out.push(f);
        }
    }
    for (f, g, s, step) in steps(c) {
        match step.planned_cost_cents {
            Some(cost) if cost.get() < 0 => {
                out.push(negative(at::step(f, g, s).key("planned_cost_cents"), cost));
            }
            Some(cost) if (1..100).contains(&cost.get()) => {
                out.push(tiny(at::step(f, g, s).key("planned_cost_cents"), cost));
            }
            _ => {}
        }
    }
    if c.budget.is_empty() {
        return;
    }
    let tagged = steps(c).map(|(f, g, s, step)| ((f, g, s, step.id.as_str()), step));
    for (year, costs) in costs_by_year(tagged, c.period.start, c.period.end) {
        let planned = costs.total;
        if let Some(&i) = by_year.get(&year) {
            let Some(budget) = c.budget.get(i).map(|b| b.amount_cents) else {
                continue;
            };
            if planned > budget {
                out.push(exceeded(year, planned, budget, bp(i).key("amount_cents")));
            }
        } else {
            let (f, g, s, id) = costs.first;
            let cost = at::step(f, g, s).key("planned_cost_cents");
            out.push(year_missing(year, costs.total, costs.steps, id, cost));
        }
    }
}

/// The site type, as the messages name it.
fn site_kind(t: SiteType) -> (&'static str, &'static str) {
    match t {
        SiteType::Benn => ("einen BENN-Standort", "a BENN site"),
        SiteType::BennPlus => ("einen BENNplus-Standort", "a BENNplus site"),
        SiteType::QmAttached => (
            "einen an ein Quartiersmanagement angebundenen Standort",
            "a site attached to a neighbourhood management team",
        ),
    }
}

/// The plausibility finding for one year's budget, if any.
fn plausible(
    t: SiteType,
    period: &Period,
    year: u16,
    amount: Cents,
    p: impl FnOnce() -> Pointer,
) -> Option<Finding> {
    let months = months_in_year(period, year);
    if amount.get() <= 0 || months == 0 {
        return None;
    }
    let standard = t.standard_budget();
    let share = standard_for_year(t, period, year);
    let (kind_de, kind_en) = site_kind(t);
    if amount.get().saturating_mul(10) < share.get() {
        let n = amount.get();
        let meant = Cents::new(n.saturating_mul(100));
        let (share_de, share_en) = if months == 12 {
            (String::new(), String::new())
        } else {
            (
                format!("; für die {months} Monate des Zeitraums {year} also {share}"),
                format!(
                    "; so {} for the {months} months of the period in {year}",
                    share.format_en()
                ),
            )
        };
        return Some(
            Finding::new(
                Code::BudgetBelowStandard,
                p(),
                Text::new(
                    format!("Das Budget für {year} beträgt nur {amount}: weniger als ein Zehntel des Programmstandards für {kind_de} ({standard} im Jahr{share_de})."),
                    format!(
                        "The budget for {year} is only {}: less than a tenth of the programme's standard for {kind_en} ({} a year{share_en}).",
                        amount.format_en(),
                        standard.format_en()
                    ),
                ),
            )
            .with_hint(if meant.get() <= standard.get().saturating_mul(2) {
                Text::new(
                    format!("`amount_cents` zählt Cent: `{n}` sind {amount}. Waren Euro gemeint, schreiben Sie `{}` ({meant}).", meant.get()),
                    format!(
                        "`amount_cents` counts cents: `{n}` is {}. If euros were meant, write `{}` ({}).",
                        amount.format_en(),
                        meant.get(),
                        meant.format_en()
                    ),
                )
            } else {
                Text::new(
                    format!("`amount_cents` zählt Cent: `{n}` sind {amount}; der Standard wäre `{}` ({share}).", share.get()),
                    format!(
                        "`amount_cents` counts cents: `{n}` is {}; the standard would be `{}` ({}).",
                        amount.format_en(),
                        share.get(),
                        share.format_en()
                    ),
                )
            })
            .with("year", year)
            .with("amount_cents", amount.get())
            .with("standard_cents", standard.get())
            .with("site_type", site_type_name(t))
            .with("months", u32::from(months))
            .with("share_cents", share.get()),
        );
    }
    if amount.get() > standard.get().saturating_mul(2) {
        return Some(
            Finding::new(
                Code::BudgetAboveStandard,
                p(),
                Text::new(
                    format!("Das Budget für {year} ({amount}) ist mehr als doppelt so hoch wie der Programmstandard von {standard} im Jahr für {kind_de}."),
                    format!(
                        "The budget for {year} ({}) is more than twice the programme's standard of {} a year for {kind_en}.",
                        amount.format_en(),
                        standard.format_en()
                    ),
                ),
            )
            .with_hint(Text::new(
                format!("Prüfen Sie den Betrag und den Standorttyp (`site.site_type`). `amount_cents` zählt Cent: {standard} sind `{}`.", standard.get()),
                format!(
                    "Check the amount and the site type (`site.site_type`). `amount_cents` counts cents: {} is `{}`.",
                    standard.format_en(),
                    standard.get()
                ),
            ))
            .with("year", year)
            .with("amount_cents", amount.get())
            .with("standard_cents", standard.get())
            .with("site_type", site_type_name(t)),
        );
    }
    None
}

fn tiny(p: Pointer, cost: Cents) -> Finding {
    let n = cost.get();
    let meant = Cents::new(n.saturating_mul(100));
    Finding::new(
        Code::StepCostTiny,
        p,
        Text::new(
            format!("Die geplanten Kosten von {cost} sind weniger als ein Euro."),
            format!("The planned cost of {} is less than one euro.", cost.format_en()),
        ),
    )
    .with_hint(Text::new(
        format!("`planned_cost_cents` zählt Cent: `{n}` sind {cost}. Waren Euro gemeint, schreiben Sie `{}` ({meant}).", meant.get()),
        format!(
            "`planned_cost_cents` counts cents: `{n}` is {}. If euros were meant, write `{}` ({}).",
            cost.format_en(),
            meant.get(),
            meant.format_en()
        ),
    ))
    .with("planned_cents", n)
}

fn exceeded(year: u16, planned: Cents, budget: Cents, p: Pointer) -> Finding {
    let over = Cents::new(planned.get().saturating_sub(budget.get()));
    Finding::new(
        Code::BudgetExceeded,
        p,
        Text::new(
            format!("Für {year} sind Kosten von {planned} geplant, das Budget beträgt aber nur {budget} ({over} zu viel)."),
            format!(
                "Costs of {} are planned for {year}, but the budget is only {} ({} too much).",
                planned.format_en(),
                budget.format_en(),
                over.format_en()
            ),
        ),
    )
    .with_hint(text!(
        "Kosten eines Schritts werden nach Monaten seines Zeitraums auf die Jahre verteilt; entfallene Schritte zählen nicht.",
        "A step's cost is spread over the years by the months of its timeframe; dropped steps do not count.",
    ))
    .with("year", year)
    .with("planned_cents", planned.get())
    .with("budget_cents", budget.get())
    .with("over_cents", over.get())
}

/// `budget.year_missing`, once per year: at `p`, the `planned_cost_cents`
/// of the first step (`id`) that plans costs in that year, with `/budget` as
/// the related place where the year is to be added, and the number of steps
/// `n` and their sum `planned` in the message.
fn year_missing(year: u16, planned: Cents, n: usize, id: &str, p: Pointer) -> Finding {
    let (de, en) = if n == 1 {
        (
            format!("Der Schritt `{id}` plant für {year} Kosten von {planned}, aber es gibt kein Budget für dieses Jahr."),
            format!(
                "The step `{id}` plans costs of {} for {year}, but that year has no budget.",
                planned.format_en()
            ),
        )
    } else {
        let others = n - 1;
        (
            format!("{n} Schritte planen für {year} Kosten von zusammen {planned} (hier `{id}` und {others} weitere), aber es gibt kein Budget für dieses Jahr."),
            format!(
                "{n} steps plan costs of {} in all for {year} (here `{id}` and {others} more), but that year has no budget.",
                planned.format_en()
            ),
        )
    };
    Finding::new(
        Code::BudgetYearMissing,
        p,
        Text::new(de, en),
    )
    .with_hint(text!(
        "Ergänzen Sie `{{\"year\": {year}, \"amount_cents\": …}}` unter `budget`, oder prüfen Sie den Zeitraum des Schritts.",
        "Add `{{\"year\": {year}, \"amount_cents\": …}}` under `budget`, or check the step's timeframe.",
    ))
    .with_related(Pointer::root().key("budget"))
    .with("year", year)
    .with("planned_cents", planned.get())
    .with("count", n)
    .with("id", id)
}

/// The site type as written in the format (`benn`, `benn_plus`, `qm_attached`).
fn site_type_name(t: SiteType) -> &'static str {
    match t {
        SiteType::Benn => "benn",
        SiteType::BennPlus => "benn_plus",
        SiteType::QmAttached => "qm_attached",
    }
}

#[cfg(test)]
mod tests {
    use crate::model::{Cents, SiteType, StepStatus, Timeframe, YearMonth};
    use crate::validate::testing::{codes, concept};
    use crate::validate::{check, Options};

    fn findings(c: &crate::model::Concept) -> Vec<crate::diag::Finding> {
        check(c, &Options::default())
    }

    fn ym(y: u16, m: u8) -> YearMonth {
        YearMonth::new(y, m).unwrap()
    }

    #[test]
    fn exceeded_budget_names_both_sums() {
        let mut c = concept();
        c.action_fields[0].goals[0].steps[0].planned_cost_cents = Some(Cents::from_euros(31_000));
        assert_eq!(codes(&c), ["budget.exceeded"]);
        let f = &findings(&c)[0];
        assert!(
            f.message.de.contains("31.000,00 €") && f.message.de.contains("30.000,00 €"),
            "{}",
            f.message.de
        );
        assert_eq!(f.pointer, "/budget/0/amount_cents");
    }

    #[test]
    fn a_dropped_step_costs_nothing() {
        let mut c = concept();
        let step = &mut c.action_fields[0].goals[0].steps[0];
        step.planned_cost_cents = Some(Cents::from_euros(31_000));
        step.status = StepStatus::Dropped;
        assert!(codes(&c).is_empty(), "{:?}", codes(&c));
        // Not in a year without budget either.
        c.budget.truncate(1);
        c.budget[0].year = 2024;
        assert!(codes(&c).is_empty(), "{:?}", codes(&c));
        c.action_fields[0].goals[0].steps[0].status = StepStatus::Done;
        assert_eq!(codes(&c), ["budget.year_missing"]);
    }

    #[test]
    fn negative_duplicate_and_outside_years() {
        let mut c = concept();
        c.budget[1].year = 2023;
        c.budget[0].amount_cents = Cents::new(-1);
        let found = codes(&c);
        assert!(found.contains(&"amount.negative"), "{found:?}");
        assert!(found.contains(&"budget.duplicate_year"), "{found:?}");
        assert!(found.contains(&"budget.exceeded"), "{found:?}");
        c.budget.truncate(1);
        c.budget[0].amount_cents = Cents::from_euros(30_000);
        c.budget[0].year = 2026;
        let found = codes(&c);
        assert!(found.contains(&"budget.year_outside_period"), "{found:?}");
    }

    #[test]
    fn year_missing_points_at_the_first_step() {
        let mut c = concept();
        c.budget.truncate(1);
        c.budget[0].year = 2024;
        let f = findings(&c);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].code.as_str(), "budget.year_missing");
        assert_eq!(
            f[0].pointer,
            "/action_fields/0/goals/0/steps/0/planned_cost_cents"
        );
        assert_eq!(f[0].related.as_ref().unwrap().pointer, "/budget");
        assert!(f[0].message.de.contains("`s1`"), "{}", f[0].message.de);
        assert!(f[0].message.en.contains("€1,000.00"), "{}", f[0].message.en);

        // A second and third step in 2023; one in 2024 only does not count.
        let mut second = c.action_fields[0].goals[0].steps[0].clone();
        second.id = crate::model::Id::new("s2").unwrap();
        second.planned_cost_cents = Some(Cents::from_euros(500));
        second.text = "Kiezspaziergang".into();
        let mut third = second.clone();
        third.id = crate::model::Id::new("s3").unwrap();
        third.text = "Sprachcafé".into();
        let mut later = second.clone();
        later.id = crate::model::Id::new("s4").unwrap();
        later.text = "Hoffest".into();
        later.timeframe = Some(Timeframe {
            start: ym(2024, 1),
            end: ym(2024, 2),
        });
        c.action_fields[0].goals[0].steps.insert(0, later);
        c.action_fields[0].goals[0].steps.extend([second, third]);
        let f = findings(&c);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(
            f[0].pointer,
            "/action_fields/0/goals/0/steps/1/planned_cost_cents"
        );
        assert!(
            f[0].message.de.contains("3 Schritte") && f[0].message.de.contains("2.000,00 €"),
            "{}",
            f[0].message.de
        );
        assert!(
            f[0].message.en.contains("`s1` and 2 more"),
            "{}",
            f[0].message.en
        );
    }

    #[test]
    fn budget_in_euros_instead_of_cents() {
        let mut c = concept();
        c.budget[0].amount_cents = Cents::new(30_000);
        let f = findings(&c);
        let found: Vec<_> = f.iter().map(|f| f.code.as_str()).collect();
        assert_eq!(found, ["budget.below_standard", "budget.exceeded"]);
        assert_eq!(f[0].pointer, "/budget/0/amount_cents");
        assert!(
            f[0].message.de.contains("300,00 €") && f[0].message.de.contains("30.000,00 €"),
            "{}",
            f[0].message.de
        );
        let hint = f[0].hint.as_ref().unwrap();
        assert!(hint.en.contains("`3000000` (€30,000.00)"), "{}", hint.en);
        // A tenth of the standard is the bound.
        c.budget[0].amount_cents = Cents::from_euros(3_000);
        assert!(codes(&c).is_empty(), "{:?}", codes(&c));
        c.budget[0].amount_cents = Cents::new(299_999);
        assert_eq!(codes(&c), ["budget.below_standard"]);
        // Zero is no typo in units.
        c.budget[0].amount_cents = Cents::ZERO;
        assert_eq!(codes(&c), ["budget.exceeded"]);
    }

    #[test]
    fn a_partly_covered_year_gets_its_share() {
        // Allende-Viertel: BENNplus, July 2025 to June 2027, 10 000 / 20 000 / 10 000 €.
        let mut c = concept();
        c.site.site_type = SiteType::BennPlus;
        c.period.start = ym(2025, 7);
        c.period.end = ym(2027, 6);
        c.action_fields[0].goals[0].steps[0].timeframe = Some(Timeframe {
            start: ym(2025, 9),
            end: ym(2025, 9),
        });
        c.budget = [(2025, 10_000), (2026, 20_000), (2027, 10_000)]
            .into_iter()
            .map(|(year, euros)| crate::model::YearBudget {
                year,
                amount_cents: Cents::from_euros(euros),
                staff_hours: None,
            })
            .collect();
        assert!(codes(&c).is_empty(), "{:?}", codes(&c));
        // 6 months of 20 000 € a year: 10 000 €, a tenth is 1 000 €.
        c.budget[2].amount_cents = Cents::from_euros(1_000);
        assert!(codes(&c).is_empty(), "{:?}", codes(&c));
        c.budget[2].amount_cents = Cents::from_euros(999);
        assert_eq!(codes(&c), ["budget.below_standard"]);
        let f = &findings(&c)[0];
        assert!(
            f.message.de.contains("6 Monate") && f.message.de.contains("BENNplus"),
            "{}",
            f.message.de
        );
        // 99,900 € would be no better: the hint names the standard share.
        let hint = &f.hint.as_ref().unwrap().en;
        assert!(hint.contains("`1000000` (€10,000.00)"), "{hint}");
        // A year outside the period is left to budget.year_outside_period.
        c.budget[2].year = 2028;
        assert_eq!(codes(&c), ["budget.year_outside_period"]);
    }

    #[test]
    fn far_above_the_standard_is_advice() {
        let mut c = concept();
        c.budget[1].amount_cents = Cents::from_euros(60_000);
        assert!(codes(&c).is_empty(), "{:?}", codes(&c));
        c.budget[1].amount_cents = Cents::new(6_000_001);
        assert_eq!(codes(&c), ["budget.above_standard"]);
        let f = &findings(&c)[0];
        assert_eq!(f.severity, crate::Severity::Advice);
        assert!(f.message.en.contains("€30,000.00"), "{}", f.message.en);
        c.site.site_type = SiteType::QmAttached;
        c.budget[1].amount_cents = Cents::from_euros(40_001);
        assert_eq!(codes(&c), ["budget.above_standard"]);
        c.budget[1].amount_cents = Cents::new(i64::MAX);
        assert_eq!(codes(&c), ["budget.above_standard"]);
    }

    #[test]
    fn a_step_cost_below_one_euro() {
        let mut c = concept();
        let cost = |c: &mut crate::model::Concept, v| {
            c.action_fields[0].goals[0].steps[0].planned_cost_cents = Some(Cents::new(v));
        };
        cost(&mut c, 50);
        assert_eq!(codes(&c), ["step.cost_tiny"]);
        let f = &findings(&c)[0];
        assert!(f.hint.as_ref().unwrap().de.contains("`5000` (50,00 €)"));
        for fine in [0, 100, 150_000] {
            cost(&mut c, fine);
            assert!(codes(&c).is_empty(), "{fine}: {:?}", codes(&c));
        }
    }
}
