//! Status shares (*Umsetzungsstand*): how many steps are done, on track,
//! delayed, not started, postponed or dropped on a day, in numbers and
//! percent, per action field and overall. Every step counts here, dropped
//! ones included (they are a share of their own); percentages are of all
//! steps of the level.
//!
//! ```
//! use benn_core::{eval::{self, Track}, read, read_log, Date};
//! let concept = read(&std::fs::read("../examples/weissensee-2023.json").unwrap()).unwrap();
//! let log = read_log(&std::fs::read("../examples/weissensee-2023.log.json").unwrap()).unwrap();
//! let state = eval::state(&concept, &log.entries, "2024-06-30".parse::<Date>().unwrap());
//! let shares = eval::shares(&concept, &state);
//! assert_eq!(shares.total.steps, concept.steps().count());
//! assert_eq!(shares.total.shares.iter().map(|s| s.count).sum::<usize>(), shares.total.steps);
//! assert!(shares.total.count(Track::Done) > 0);
//! ```

use serde::Serialize;

use super::state::{ConceptState, Track};
use crate::model::{Concept, Date};

/// The share of one [`Track`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TrackShare {
    /// Which track.
    pub track: Track,
    /// How many steps.
    pub count: usize,
    /// Their percentage of all steps of the level (0 when there are none).
    pub percent: f64,
}

/// The counts of every track for a set of steps.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TrackCounts {
    /// All steps, dropped ones included.
    pub steps: usize,
    /// One share per track, in the order of [`Track::ALL`].
    pub shares: Vec<TrackShare>,
}

impl TrackCounts {
    /// Shares from counts in the order of [`Track::ALL`].
    pub fn from_counts(counts: [usize; 6]) -> TrackCounts {
        let steps = counts.iter().sum();
        TrackCounts {
            steps,
            shares: Track::ALL
                .iter()
                .zip(counts)
                .map(|(&track, count)| TrackShare {
                    track,
                    count,
                    percent: percent(count, steps),
                })
                .collect(),
        }
    }

    /// The count of one track.
    pub fn count(&self, track: Track) -> usize {
        self.shares
            .iter()
            .find(|s| s.track == track)
            .map_or(0, |s| s.count)
    }

    /// The counts in the order of [`Track::ALL`] (to add them up).
    pub fn counts(&self) -> [usize; 6] {
        Track::ALL.map(|t| self.count(t))
    }
}

#[allow(clippy::cast_precision_loss)] // step counts are far below 2^52
fn percent(count: usize, of: usize) -> f64 {
    if of == 0 {
        0.0
    } else {
        count as f64 * 100.0 / of as f64
    }
}

/// The shares of one action field.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FieldShares {
    /// The field's key.
    pub key: String,
    /// The field's title.
    pub title: String,
    /// Its steps' counts (its goals' and its own).
    pub counts: TrackCounts,
}

/// The status shares of a concept on a day.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Shares {
    /// The day.
    pub as_of: Date,
    /// All steps.
    pub total: TrackCounts,
    /// Per action field, in the concept's order.
    pub fields: Vec<FieldShares>,
}

pub(crate) const fn slot(track: Track) -> usize {
    match track {
        Track::Done => 0,
        Track::OnTrack => 1,
        Track::Delayed => 2,
        Track::NotStarted => 3,
        Track::Postponed => 4,
        Track::Dropped => 5,
    }
}

/// The status shares of `state` (the state of `concept`), per action field
/// and overall.
pub fn shares(concept: &Concept, state: &ConceptState) -> Shares {
    let mut fields = vec![[0usize; 6]; concept.action_fields.len()];
    let mut total = [0usize; 6];
    for s in &state.steps {
        let i = slot(s.track);
        if let Some(c) = total.get_mut(i) {
            *c += 1;
        }
        if let Some(c) = fields.get_mut(s.field).and_then(|f| f.get_mut(i)) {
            *c += 1;
        }
    }
    Shares {
        as_of: state.as_of,
        total: TrackCounts::from_counts(total),
        fields: concept
            .action_fields
            .iter()
            .zip(fields)
            .map(|(f, counts)| FieldShares {
                key: f.key.as_str().to_owned(),
                title: f.title.clone(),
                counts: TrackCounts::from_counts(counts),
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::state;
    use crate::synth;
    use proptest::prelude::*;

    #[test]
    fn slots_follow_the_order_of_all() {
        for (i, t) in Track::ALL.iter().enumerate() {
            assert_eq!(slot(*t), i);
        }
    }

    #[test]
    fn percentages_of_nothing_are_zero() {
        let c = TrackCounts::from_counts([0; 6]);
        assert_eq!(c.steps, 0);
        assert!(c.shares.iter().all(|s| s.percent == 0.0));
        let c = TrackCounts::from_counts([1, 0, 3, 0, 0, 0]);
        assert_eq!(c.count(Track::Delayed), 3);
        assert!((c.shares[2].percent - 75.0).abs() < 1e-9);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(32))]

        /// The shares add up to the step count, overall and per field, and
        /// the fields add up to the whole.
        #[test]
        fn shares_add_up_to_the_steps(steps in 0usize..120, entries in 0usize..800, seed in 0u64..1000, days in 0i64..1500) {
            let c = synth::concept(steps, seed);
            let log = synth::log(&c, entries, seed);
            let as_of = Date::from_unix_days(19_000 + days).unwrap();
            let sh = shares(&c, &state(&c, &log, as_of));
            prop_assert_eq!(sh.total.steps, steps);
            prop_assert_eq!(sh.total.shares.iter().map(|s| s.count).sum::<usize>(), steps);
            let pct: f64 = sh.total.shares.iter().map(|s| s.percent).sum();
            prop_assert!(steps == 0 || (pct - 100.0).abs() < 1e-6);
            let mut sum = [0usize; 6];
            for f in &sh.fields {
                prop_assert_eq!(f.counts.shares.iter().map(|s| s.count).sum::<usize>(), f.counts.steps);
                for (a, b) in sum.iter_mut().zip(f.counts.counts()) {
                    *a += b;
                }
            }
            prop_assert_eq!(sum, sh.total.counts());
        }
    }
}
