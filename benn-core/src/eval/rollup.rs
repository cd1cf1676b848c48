//! Roll-ups (*Fortschritt je Ziel, Handlungsfeld und Konzept*): the progress
//! of the steps on a day, averaged up to goals, action fields and the
//! concept by an explicit [`Method`].
//!
//! - Every level is the weighted mean over **all steps below it** (not a mean
//!   of the means one level down): a field with one goal of ten steps and one
//!   of a single step weighs those eleven steps alike.
//! - **Dropped steps** (*entfallen*) are left out everywhere: they have no
//!   progress and no weight.
//! - A step of the action field itself (not of a goal) counts for the field
//!   and the concept, for no goal.
//! - A level whose counted weights sum to 0 (no steps left, or under
//!   [`Method::Cost`] none with a planned cost) has no progress (`None`),
//!   rather than a made-up 0 %.
//!
//! ```
//! use benn_core::{eval::{self, Method}, read, read_log, Date};
//! let concept = read(&std::fs::read("../examples/weissensee-2023.json").unwrap()).unwrap();
//! let log = read_log(&std::fs::read("../examples/weissensee-2023.log.json").unwrap()).unwrap();
//! let state = eval::state(&concept, &log.entries, "2024-06-30".parse::<Date>().unwrap());
//! let r = eval::rollup(&concept, &state, Method::Mean);
//! assert_eq!(r.method, Method::Mean);
//! let p = r.progress.unwrap();
//! assert!((0.0..=100.0).contains(&p));
//! assert_eq!(r.fields.len(), 4);
//! assert_eq!(r.fields[0].goals[0].id.as_str(), "z-begegnung-1");
//! ```

use std::fmt;
use std::str::FromStr;

use serde::Serialize;

use super::state::ConceptState;
use crate::model::{Concept, Date, Id, Step};

/// How step progress is averaged (*Gewichtung*). Named in every output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Method {
    /// *Einfacher Mittelwert*: every step weighs 1.
    #[default]
    Mean,
    /// *Nach Gewicht*: a step weighs its `weight` (1 when absent; a weight
    /// that is not a positive number weighs 0).
    Weight,
    /// *Nach geplanten Kosten*: a step weighs its planned cost in cents;
    /// steps without a (positive) planned cost weigh 0.
    Cost,
}

impl Method {
    /// Every method.
    pub const ALL: [Method; 3] = [Method::Mean, Method::Weight, Method::Cost];

    /// The name used in options and JSON: `mean`, `weight` or `cost`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Method::Mean => "mean",
            Method::Weight => "weight",
            Method::Cost => "cost",
        }
    }

    /// German label for tables.
    pub const fn label_de(self) -> &'static str {
        match self {
            Method::Mean => "einfacher Mittelwert",
            Method::Weight => "gewichtet nach Schrittgewicht",
            Method::Cost => "gewichtet nach geplanten Kosten",
        }
    }

    /// English label for tables.
    pub const fn label_en(self) -> &'static str {
        match self {
            Method::Mean => "plain mean",
            Method::Weight => "weighted by step weight",
            Method::Cost => "weighted by planned cost",
        }
    }

    /// The weight of a step under this method (0 or more, finite).
    pub fn weight(self, step: &Step) -> f64 {
        match self {
            Method::Mean => 1.0,
            Method::Weight => match step.weight {
                None => 1.0,
                Some(w) if w.is_finite() && w > 0.0 => w,
                Some(_) => 0.0,
            },
            #[allow(clippy::cast_precision_loss)] // cents far below 2^53 are exact
            Method::Cost => step
                .planned_cost_cents
                .map_or(0.0, |c| c.get().max(0) as f64),
        }
    }
}

impl fmt::Display for Method {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A text that names no [`Method`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MethodError {
    /// Not one of `mean`, `weight`, `cost`.
    #[error("unknown roll-up method `{0}` (possible: mean, weight, cost)")]
    Unknown(String),
}

impl MethodError {
    /// A stable code for the error: `method.unknown`.
    pub const fn code(&self) -> &'static str {
        match self {
            MethodError::Unknown(_) => "method.unknown",
        }
    }
}

/// ```
/// use benn_core::eval::Method;
/// assert_eq!("cost".parse::<Method>(), Ok(Method::Cost));
/// assert_eq!("median".parse::<Method>().unwrap_err().code(), "method.unknown");
/// ```
impl FromStr for Method {
    type Err = MethodError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Method::ALL
            .into_iter()
            .find(|m| m.as_str() == s)
            .ok_or_else(|| MethodError::Unknown(s.to_owned()))
    }
}

/// The progress of a concept on a day, computed with `method`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Rollup {
    /// How it was averaged.
    pub method: Method,
    /// The day.
    pub as_of: Date,
    /// Progress of the whole concept in percent (0–100); `None` when no
    /// counted step has weight.
    pub progress: Option<f64>,
    /// Steps counted (not dropped).
    pub steps: usize,
    /// The sum of their weights (to combine roll-ups, e.g. in a portfolio).
    pub weight: f64,
    /// Per action field, in the concept's order.
    pub fields: Vec<FieldRollup>,
}

/// The progress of one action field (*Handlungsfeld*).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FieldRollup {
    /// The field's key.
    pub key: String,
    /// The field's title.
    pub title: String,
    /// Progress over all its steps (its goals' and its own), in percent.
    pub progress: Option<f64>,
    /// Steps counted.
    pub steps: usize,
    /// The sum of their weights.
    pub weight: f64,
    /// Per goal, in the field's order.
    pub goals: Vec<GoalRollup>,
}

/// The progress of one goal (*Ziel*).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GoalRollup {
    /// The goal's id.
    pub id: Id,
    /// Progress over its steps, in percent.
    pub progress: Option<f64>,
    /// Steps counted.
    pub steps: usize,
    /// The sum of their weights.
    pub weight: f64,
}

/// A running weighted mean.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Acc {
    pub(crate) steps: usize,
    pub(crate) weight: f64,
    pub(crate) sum: f64,
}

impl Acc {
    pub(crate) fn add(&mut self, weight: f64, progress: f64) {
        self.steps += 1;
        self.weight += weight;
        self.sum += weight * progress;
    }

    /// The mean in percent, kept within 0–100 against rounding; `None`
    /// without weight.
    pub(crate) fn progress(&self) -> Option<f64> {
        (self.weight > 0.0).then(|| (self.sum / self.weight).clamp(0.0, 100.0))
    }
}

/// Rolls the steps' progress of `state` (the state of `concept`, see
/// [`state()`](super::state())) up to goals, action fields and the concept.
pub fn rollup(concept: &Concept, state: &ConceptState, method: Method) -> Rollup {
    let mut fields: Vec<(Acc, Vec<Acc>)> = concept
        .action_fields
        .iter()
        .map(|f| (Acc::default(), vec![Acc::default(); f.goals.len()]))
        .collect();
    let mut total = Acc::default();
    for (step, s) in concept.steps().zip(&state.steps) {
        let Some(progress) = s.progress else { continue };
        let w = method.weight(step);
        total.add(w, progress);
        if let Some((field, goals)) = fields.get_mut(s.field) {
            field.add(w, progress);
            if let Some(goal) = s.goal.and_then(|g| goals.get_mut(g)) {
                goal.add(w, progress);
            }
        }
    }
    Rollup {
        method,
        as_of: state.as_of,
        progress: total.progress(),
        steps: total.steps,
        weight: total.weight,
        fields: concept
            .action_fields
            .iter()
            .zip(fields)
            .map(|(f, (acc, goals))| FieldRollup {
                key: f.key.as_str().to_owned(),
                title: f.title.clone(),
                progress: acc.progress(),
                steps: acc.steps,
                weight: acc.weight,
                goals: f
                    .goals
                    .iter()
                    .zip(goals)
                    .map(|(g, acc)| GoalRollup {
                        id: g.id.clone(),
                        progress: acc.progress(),
                        steps: acc.steps,
                        weight: acc.weight,
                    })
                    .collect(),
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::state;
    use crate::model::{Cents, Date, StepStatus};
    use crate::synth;
    use proptest::prelude::*;

    fn day(s: &str) -> Date {
        s.parse().unwrap()
    }

    /// A concept with one field, goal g1 of two steps, and a field step.
    fn small() -> Concept {
        let mut c = crate::validate::testing::concept();
        let mut s2 = c.action_fields[0].goals[0].steps[0].clone();
        s2.id = Id::new("s2").unwrap();
        s2.status = StepStatus::Done;
        s2.planned_cost_cents = Some(Cents::new(300_000));
        s2.weight = Some(3.0);
        c.action_fields[0].goals[0].steps.push(s2);
        let mut f1 = c.action_fields[0].goals[0].steps[0].clone();
        f1.id = Id::new("f1").unwrap();
        f1.status = StepStatus::Dropped;
        c.action_fields[0].steps.push(f1);
        c
    }

    #[test]
    fn methods_weigh_differently_and_dropped_steps_are_left_out() {
        let c = small();
        // As of 2023-12: s1 planned (0 %, 1 000 €, weight 1), s2 done (100 %, 3 000 €, weight 3).
        let s = state(&c, &[], day("2023-12-01"));
        let p = |m| rollup(&c, &s, m).progress.unwrap();
        assert!((p(Method::Mean) - 50.0).abs() < 1e-9);
        assert!((p(Method::Weight) - 75.0).abs() < 1e-9);
        assert!((p(Method::Cost) - 75.0).abs() < 1e-9);
        let r = rollup(&c, &s, Method::Mean);
        assert_eq!(r.steps, 2, "the dropped field step is not counted");
        assert_eq!(r.fields[0].steps, 2);
        assert_eq!(r.fields[0].goals[0].steps, 2);
    }

    #[test]
    fn field_steps_count_for_the_field_not_a_goal() {
        let mut c = small();
        c.action_fields[0].steps[0].status = StepStatus::Done;
        c.action_fields[0].steps[0].timeframe = None;
        let s = state(&c, &[], day("2025-01-15"));
        let r = rollup(&c, &s, Method::Mean);
        assert_eq!(r.fields[0].steps, 3);
        assert_eq!(r.fields[0].goals[0].steps, 2);
    }

    #[test]
    fn no_weight_means_no_progress() {
        let mut c = small();
        for s in &mut c.action_fields[0].goals[0].steps {
            s.planned_cost_cents = None;
        }
        let s = state(&c, &[], day("2023-12-01"));
        let r = rollup(&c, &s, Method::Cost);
        assert_eq!(r.progress, None);
        assert_eq!(r.fields[0].goals[0].progress, None);
        assert_eq!(r.steps, 2);
        assert!(rollup(&c, &s, Method::Mean).progress.is_some());
    }

    #[test]
    fn methods_parse_and_name_themselves() {
        for m in Method::ALL {
            assert_eq!(m.as_str().parse::<Method>(), Ok(m));
            assert_eq!(m.to_string(), m.as_str());
        }
        assert_eq!(
            "Mean".parse::<Method>(),
            Err(MethodError::Unknown("Mean".into()))
        );
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(32))]

        /// Progress is within 0–100 at every level, whatever the log says.
        #[test]
        fn progress_stays_within_bounds(steps in 1usize..80, entries in 0usize..600, seed in 0u64..1000, days in 0i64..1500) {
            let c = synth::concept(steps, seed);
            let log = synth::log(&c, entries, seed);
            let as_of = Date::from_unix_days(19_000 + days).unwrap();
            let s = state(&c, &log, as_of);
            for m in Method::ALL {
                let r = rollup(&c, &s, m);
                let ok = |p: Option<f64>| p.is_none_or(|p| (0.0..=100.0).contains(&p));
                prop_assert!(ok(r.progress));
                for f in &r.fields {
                    prop_assert!(ok(f.progress));
                    for g in &f.goals {
                        prop_assert!(ok(g.progress));
                    }
                }
            }
        }

        /// When every step is done, every method rolls up to 100 % (where
        /// anything has weight).
        #[test]
        fn all_done_is_one_hundred(steps in 1usize..80, seed in 0u64..1000) {
            let mut c = synth::concept(steps, seed);
            for f in &mut c.action_fields {
                for g in &mut f.goals {
                    for s in &mut g.steps {
                        s.status = StepStatus::Done;
                    }
                }
            }
            let s = state(&c, &[], day("2026-01-01"));
            for m in Method::ALL {
                let r = rollup(&c, &s, m);
                prop_assert!(r.progress.is_none_or(|p| (p - 100.0).abs() < 1e-9), "{m}: {:?}", r.progress);
                prop_assert!(m == Method::Cost || r.progress.is_some());
                for f in &r.fields {
                    prop_assert!(f.progress.is_none_or(|p| (p - 100.0).abs() < 1e-9));
                }
            }
        }
    }
}
