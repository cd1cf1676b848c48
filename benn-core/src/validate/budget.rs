//! Budget rules: `amount.negative`, `budget.duplicate_year`,
//! `budget.year_outside_period`, `budget.exceeded` and `budget.year_missing`.

use std::collections::HashMap;

use super::{at, steps};
use crate::budget::planned_costs_by_year;
use crate::diag::{text, Code, Finding, Pointer, Text};
use crate::model::{Cents, Concept};

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
                .with_related(bp(first).key("year")),
            );
        } else {
            by_year.insert(year, i);
        }
        let (first_year, last_year) = (c.period.start.year(), c.period.end.year());
        if c.period.end >= c.period.start && !(first_year..=last_year).contains(&year) {
            out.push(Finding::new(
                Code::BudgetYearOutsidePeriod,
                bp(i).key("year"),
                text!(
                    "Das Budgetjahr {year} liegt außerhalb des Konzeptzeitraums ({first_year} bis {last_year}).",
                    "The budget year {year} lies outside the concept period ({first_year} to {last_year}).",
                ),
            ));
        }
    }
    for (f, g, s, step) in steps(c) {
        if let Some(cost) = step.planned_cost_cents.filter(|c| c.get() < 0) {
            out.push(negative(at::step(f, g, s).key("planned_cost_cents"), cost));
        }
    }
    if c.budget.is_empty() {
        return;
    }
    for (year, planned) in planned_costs_by_year(c) {
        match by_year.get(&year) {
            Some(&i) => {
                let Some(budget) = c.budget.get(i).map(|b| b.amount_cents) else {
                    continue;
                };
                if planned > budget {
                    let over = Cents::new(planned.get().saturating_sub(budget.get()));
                    out.push(
                        Finding::new(
                            Code::BudgetExceeded,
                            bp(i).key("amount_cents"),
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
                            "Kosten eines Schritts werden nach Monaten seines Zeitraums auf die Jahre verteilt.",
                            "A step's cost is spread over the years by the months of its timeframe.",
                        )),
                    );
                }
            }
            None if planned.get() > 0 => {
                out.push(
                    Finding::new(
                        Code::BudgetYearMissing,
                        Pointer::root().key("budget"),
                        Text::new(
                            format!("Für {year} sind Kosten von {planned} geplant, aber es gibt kein Budget für dieses Jahr."),
                            format!(
                                "Costs of {} are planned for {year}, but that year has no budget.",
                                planned.format_en()
                            ),
                        ),
                    )
                    .with_hint(text!(
                        "Ergänzen Sie `{{\"year\": {year}, \"amount_cents\": …}}` unter `budget`.",
                        "Add `{{\"year\": {year}, \"amount_cents\": …}}` under `budget`.",
                    )),
                );
            }
            None => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::model::Cents;
    use crate::validate::testing::{codes, concept};
    use crate::validate::{check, Options};

    #[test]
    fn exceeded_budget_names_both_sums() {
        let mut c = concept();
        c.action_fields[0].goals[0].steps[0].planned_cost_cents = Some(Cents::from_euros(31_000));
        assert_eq!(codes(&c), ["budget.exceeded"]);
        let f = &check(&c, &Options::default())[0];
        assert!(
            f.message.de.contains("31.000,00 €") && f.message.de.contains("30.000,00 €"),
            "{}",
            f.message.de
        );
        assert_eq!(f.pointer, "/budget/0/amount_cents");
    }

    #[test]
    fn negative_duplicate_and_missing_years() {
        let mut c = concept();
        c.budget[1].year = 2023;
        c.budget[0].amount_cents = Cents::new(-1);
        let found = codes(&c);
        assert!(found.contains(&"amount.negative"), "{found:?}");
        assert!(found.contains(&"budget.duplicate_year"), "{found:?}");
        assert!(found.contains(&"budget.exceeded"), "{found:?}");
        c.budget.truncate(1);
        c.budget[0].amount_cents = Cents::from_euros(30_000);
        c.budget[0].year = 2024;
        assert_eq!(codes(&c), ["budget.year_missing"]);
        c.budget[0].year = 2026;
        let found = codes(&c);
        assert!(found.contains(&"budget.year_outside_period"), "{found:?}");
    }
}
