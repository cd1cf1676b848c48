//! Indicators on a day (*Indikatoren*, in the IATI style): baseline →
//! latest actual → target, and the share of the way achieved.
//!
//! - The **actual** is the latest `measurement` entry for the indicator up to
//!   the day (by date, then by the order written), among the entries that
//!   [`counting`](super::counting) lets count: corrections respected.
//! - The **share achieved** is `(actual − baseline) / (target − baseline)`
//!   in percent; for `decrease` that reads `(baseline − actual) / (baseline −
//!   target)`, the same number. It is not capped: above 100 the target is
//!   overshot, below 0 the value moved the wrong way. There is none when a
//!   value is missing or not a number, when target equals baseline, when the
//!   direction contradicts them (an `increase` whose target lies below its
//!   baseline), or when the measurement's unit differs from the indicator's.
//! - **Qualitative** indicators have their latest text and no share.
//!
//! ```
//! use benn_core::{eval, read, read_log, Date};
//! let concept = read(&std::fs::read("../examples/weissensee-2023.json").unwrap()).unwrap();
//! let log = read_log(&std::fs::read("../examples/weissensee-2023.log.json").unwrap()).unwrap();
//! let r = eval::indicators(&concept, &log.entries, "2024-06-30".parse::<Date>().unwrap());
//! let i = r.indicators.iter().find(|i| i.id.as_str() == "i-begegnung-1-1").unwrap();
//! let actual = i.actual.as_ref().unwrap();
//! assert_eq!(actual.date.to_string(), "2024-06-30");
//! assert!(!actual.unit_differs);
//! ```

use serde::Serialize;

use crate::model::{
    Concept, Date, Direction, EntryKind, Id, IndicatorValue, LogEntry, MeasureType,
};

/// The latest measurement of an indicator.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Actual {
    /// The value measured.
    pub value: IndicatorValue,
    /// When.
    pub date: Date,
    /// The unit the entry gives, if any.
    pub unit: Option<String>,
    /// Whether that unit differs from the indicator's (both given, not equal
    /// after trimming): then no share is computed.
    pub unit_differs: bool,
    /// The log entry.
    pub entry: Id,
}

/// One indicator on a day.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IndicatorState {
    /// The indicator's id.
    pub id: Id,
    /// Its name.
    pub name: String,
    /// The goal it measures.
    pub goal: Id,
    /// The key of the goal's action field.
    pub field: String,
    /// Count, percentage or qualitative.
    pub measure: MeasureType,
    /// The indicator's unit.
    pub unit: Option<String>,
    /// Whether higher or lower is better, as given.
    pub direction: Option<Direction>,
    /// The baseline value (*Ausgangswert*).
    pub baseline: Option<IndicatorValue>,
    /// The latest actual value up to the day (*Istwert*).
    pub actual: Option<Actual>,
    /// The target value (*Zielwert*).
    pub target: Option<IndicatorValue>,
    /// The share of the way from baseline to target achieved, in percent
    /// (not capped); see the module documentation for when there is none.
    pub achieved: Option<f64>,
}

/// Every indicator of a concept on a day: what [`indicators`] returns.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IndicatorReport {
    /// The day.
    pub as_of: Date,
    /// The indicators in the order of the concept's goals.
    pub indicators: Vec<IndicatorState>,
}

/// The indicators of `concept` on `as_of`, with their latest measurements
/// from `entries`.
pub fn indicators<'a>(
    concept: &Concept,
    entries: impl IntoIterator<Item = &'a LogEntry>,
    as_of: Date,
) -> IndicatorReport {
    // One copy of the work, whatever the kind of `entries`.
    let entries: Vec<&LogEntry> = entries.into_iter().collect();
    indicators_of(concept, &entries, as_of)
}

/// [`indicators`] on the entries collected.
fn indicators_of(concept: &Concept, entries: &[&LogEntry], as_of: Date) -> IndicatorReport {
    // The latest measurement per indicator id: (date, order, entry).
    let mut latest: std::collections::HashMap<&str, (Date, usize, &LogEntry)> =
        std::collections::HashMap::new();
    for (order, e) in super::counting(entries, as_of) {
        if e.kind != EntryKind::Measurement || e.value.is_none() {
            continue;
        }
        let Some(id) = &e.indicator else { continue };
        let slot = latest.entry(id.as_str()).or_insert((e.date, order, e));
        if (e.date, order) >= (slot.0, slot.1) {
            *slot = (e.date, order, e);
        }
    }
    let mut out = Vec::new();
    for field in &concept.action_fields {
        for goal in &field.goals {
            for ind in &goal.indicators {
                let actual = latest.get(ind.id.as_str()).and_then(|&(date, _, e)| {
                    let value = e.value.clone()?;
                    let unit_differs = match (&ind.unit, &e.unit) {
                        (Some(a), Some(b)) => a.trim() != b.trim(),
                        _ => false,
                    };
                    Some(Actual {
                        value,
                        date,
                        unit: e.unit.clone(),
                        unit_differs,
                        entry: e.id.clone(),
                    })
                });
                let baseline = ind.baseline.as_ref().map(|m| m.value.clone());
                let target = ind.target.as_ref().map(|m| m.value.clone());
                let achieved = match (&baseline, &actual, &target) {
                    (Some(b), Some(a), Some(t))
                        if ind.measure != MeasureType::Qualitative && !a.unit_differs =>
                    {
                        share(number(b), number(&a.value), number(t), ind.direction)
                    }
                    _ => None,
                };
                out.push(IndicatorState {
                    id: ind.id.clone(),
                    name: ind.name.clone(),
                    goal: goal.id.clone(),
                    field: field.key.as_str().to_owned(),
                    measure: ind.measure,
                    unit: ind.unit.clone(),
                    direction: ind.direction,
                    baseline,
                    actual,
                    target,
                    achieved,
                });
            }
        }
    }
    IndicatorReport {
        as_of,
        indicators: out,
    }
}

fn number(v: &IndicatorValue) -> Option<f64> {
    match v {
        IndicatorValue::Number(d) => Some(d.value()),
        IndicatorValue::Text(_) => None,
    }
}

/// The share of the way from `baseline` to `target` that `actual` has gone, in percent.
fn share(
    baseline: Option<f64>,
    actual: Option<f64>,
    target: Option<f64>,
    direction: Option<Direction>,
) -> Option<f64> {
    let (b, a, t) = (baseline?, actual?, target?);
    let way = match direction {
        Some(Direction::Decrease) => b - t,
        Some(Direction::Increase) | None => t - b,
    };
    let gone = match direction {
        Some(Direction::Decrease) => b - a,
        Some(Direction::Increase) | None => a - b,
    };
    let contradicts = direction.is_some() && way < 0.0;
    if way == 0.0 || contradicts || !way.is_finite() {
        return None;
    }
    let p = gone / way * 100.0;
    p.is_finite().then_some(p)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Indicator, Measurement};

    fn day(s: &str) -> Date {
        s.parse().unwrap()
    }

    fn num(v: u32) -> IndicatorValue {
        IndicatorValue::Number(v.into())
    }

    fn measure(id: &str, date: &str, ind: &str, v: IndicatorValue, unit: Option<&str>) -> LogEntry {
        let mut e = LogEntry::new(Id::new(id).unwrap(), day(date), EntryKind::Measurement);
        e.indicator = Some(Id::new(ind).unwrap());
        e.value = Some(v);
        e.unit = unit.map(Into::into);
        e
    }

    fn concept(direction: Direction, baseline: u32, target: u32) -> Concept {
        let mut c = crate::validate::testing::concept();
        let m = |v| {
            Some(Measurement {
                value: num(v),
                date: None,
            })
        };
        c.action_fields[0].goals[0].indicators = vec![
            Indicator {
                id: Id::new("i1").unwrap(),
                name: "Leerstand".into(),
                measure: MeasureType::Unit,
                unit: Some("Läden".into()),
                direction: Some(direction),
                baseline: m(baseline),
                target: m(target),
            },
            Indicator {
                id: Id::new("i2").unwrap(),
                name: "Stimmung".into(),
                measure: MeasureType::Qualitative,
                unit: None,
                direction: None,
                baseline: None,
                target: None,
            },
        ];
        c
    }

    #[test]
    fn the_way_respects_the_direction() {
        let c = concept(Direction::Decrease, 10, 4);
        let log = [
            measure("a", "2023-06-01", "i1", num(7), Some("Läden")),
            measure("b", "2023-12-01", "i1", num(1), None),
            measure(
                "q",
                "2023-12-01",
                "i2",
                IndicatorValue::Text("besser".into()),
                None,
            ),
        ];
        let at = |d| indicators(&c, &log, day(d));
        let r = at("2023-07-01");
        assert!((r.indicators[0].achieved.unwrap() - 50.0).abs() < 1e-9);
        assert_eq!(r.indicators[1].actual, None);
        let r = at("2024-01-01");
        assert!(
            (r.indicators[0].achieved.unwrap() - 150.0).abs() < 1e-9,
            "overshot, not capped"
        );
        assert_eq!(
            r.indicators[1].actual.as_ref().unwrap().value,
            IndicatorValue::Text("besser".into())
        );
        assert_eq!(r.indicators[1].achieved, None);

        let up = concept(Direction::Increase, 10, 20);
        let r = indicators(&up, &log, day("2023-07-01"));
        assert!(
            (r.indicators[0].achieved.unwrap() + 30.0).abs() < 1e-9,
            "the wrong way"
        );
        let wrong = concept(Direction::Increase, 10, 4);
        assert_eq!(
            indicators(&wrong, &log, day("2023-07-01")).indicators[0].achieved,
            None
        );
    }

    #[test]
    fn another_unit_gives_no_share_and_corrections_count() {
        let c = concept(Direction::Increase, 0, 10);
        let mut fix = measure("c", "2023-08-01", "i1", num(5), Some("Läden"));
        fix.corrects = Some(Id::new("a").unwrap());
        let log = [
            measure("a", "2023-06-01", "i1", num(7), Some("Geschäfte")),
            fix,
        ];
        let r = indicators(&c, &log, day("2023-07-01"));
        let i = &r.indicators[0];
        assert!(i.actual.as_ref().unwrap().unit_differs);
        assert_eq!(i.achieved, None);
        let r = indicators(&c, &log, day("2023-08-01"));
        assert_eq!(r.indicators[0].actual.as_ref().unwrap().entry.as_str(), "c");
        assert!((r.indicators[0].achieved.unwrap() - 50.0).abs() < 1e-9);
    }
}
