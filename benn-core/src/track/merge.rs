//! Merging two copies of one log (two team members, two laptops).

use std::collections::{BTreeMap, HashSet};

use serde::Serialize;

use super::canonical_json;
use crate::model::{Date, EntryKind, Id, LogEntry, StepStatus};

/// The result of [`merge()`]: every entry once, and what did not fit together.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Merged {
    /// Every entry once, sorted by date, then id.
    pub entries: Vec<LogEntry>,
    /// What the merge could not settle, for people to look at.
    pub conflicts: Vec<Conflict>,
}

/// Something two logs disagree on.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "conflict", rename_all = "snake_case")]
pub enum Conflict {
    /// Two different entries with one id. The merge keeps `kept` (the one
    /// whose canonical JSON sorts first, so the choice does not depend on
    /// the order of the logs) and leaves out `other`.
    SameId {
        /// The id both entries have.
        id: Id,
        /// The entry in [`Merged::entries`].
        kept: Box<LogEntry>,
        /// The entry left out.
        other: Box<LogEntry>,
    },
    /// Two status changes of one step on one day with different statuses
    /// (both are kept; correct the wrong one with `corrects`).
    SameDay {
        /// The step.
        step: Id,
        /// The day.
        date: Date,
        /// The ids of the entries, in id order.
        entries: Vec<Id>,
    },
}

/// Merges two logs of one concept: deterministic, every entry once (an
/// entry in both logs with the same id and the same content counts once),
/// sorted by date, then id. Two different entries with one id are a
/// [`Conflict::SameId`] (the one whose canonical JSON sorts first is kept);
/// two status changes of one step on one day are a [`Conflict::SameDay`].
///
/// The entries of the result do not depend on the order of the logs or on
/// how merges are grouped (commutative, associative, idempotent).
///
/// ```
/// use benn_core::{track::merge, EntryKind, Id, LogEntry};
/// let e = |id: &str, date: &str| LogEntry::new(Id::new(id).unwrap(), date.parse().unwrap(), EntryKind::Note);
/// let a = [e("e-2", "2024-03-01"), e("e-1", "2024-02-01")];
/// let b = [e("e-1", "2024-02-01"), e("e-3", "2024-01-15")];
/// let m = merge(&a, &b);
/// let ids: Vec<&str> = m.entries.iter().map(|e| e.id.as_str()).collect();
/// assert_eq!(ids, ["e-3", "e-1", "e-2"]);
/// assert!(m.conflicts.is_empty());
/// ```
pub fn merge(a: &[LogEntry], b: &[LogEntry]) -> Merged {
    // id → the distinct versions by canonical JSON.
    let mut by_id: BTreeMap<&Id, BTreeMap<String, &LogEntry>> = BTreeMap::new();
    for e in a.iter().chain(b) {
        by_id
            .entry(&e.id)
            .or_default()
            .entry(canonical_json(e))
            .or_insert(e);
    }
    let mut entries = Vec::with_capacity(by_id.len());
    let mut conflicts = Vec::new();
    for (id, versions) in by_id {
        let mut versions = versions.into_values();
        let Some(kept) = versions.next() else {
            continue;
        };
        for other in versions {
            conflicts.push(Conflict::SameId {
                id: id.clone(),
                kept: Box::new(kept.clone()),
                other: Box::new(other.clone()),
            });
        }
        entries.push(kept.clone());
    }
    crate::sort::sort_by(&mut entries, |x, y| (x.date, &x.id).cmp(&(y.date, &y.id)));
    conflicts.extend(same_day(&entries));
    Merged { entries, conflicts }
}

/// Status changes of one step on one day with different statuses, among
/// entries no other corrects.
fn same_day(entries: &[LogEntry]) -> Vec<Conflict> {
    let corrected: HashSet<&Id> = entries.iter().filter_map(|e| e.corrects.as_ref()).collect();
    let mut days: BTreeMap<(&Id, Date), Vec<(&Id, StepStatus)>> = BTreeMap::new();
    for e in entries {
        if let (EntryKind::Status, Some(step), Some(status)) = (e.kind, &e.step, e.status) {
            if !corrected.contains(&e.id) {
                days.entry((step, e.date))
                    .or_default()
                    .push((&e.id, status));
            }
        }
    }
    days.into_iter()
        .filter(|(_, v)| {
            let first = v.first().map(|(_, s)| *s);
            v.iter().any(|(_, s)| Some(*s) != first)
        })
        .map(|((step, date), v)| {
            let mut ids: Vec<Id> = v.into_iter().map(|(id, _)| id.clone()).collect();
            crate::sort::sort(&mut ids);
            Conflict::SameDay {
                step: step.clone(),
                date,
                entries: ids,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Cents;
    use proptest::prelude::*;

    use std::collections::HashMap;

    /// How often each id occurs.
    fn id_counts(entries: &[LogEntry]) -> HashMap<&str, usize> {
        let mut n = HashMap::new();
        for e in entries {
            *n.entry(e.id.as_str()).or_insert(0) += 1;
        }
        n
    }

    fn entry(id: &str, date: &str, kind: EntryKind) -> LogEntry {
        LogEntry::new(Id::new(id).unwrap(), date.parse().unwrap(), kind)
    }

    fn status(id: &str, date: &str, s: StepStatus) -> LogEntry {
        let mut e = entry(id, date, EntryKind::Status);
        e.step = Some(Id::new("s1").unwrap());
        e.status = Some(s);
        e
    }

    #[test]
    fn same_id_different_content_is_a_conflict_with_a_fixed_winner() {
        let mut x = entry("e-1", "2024-02-01", EntryKind::Spending);
        x.spent_cents = Some(Cents::new(100));
        let mut y = x.clone();
        y.spent_cents = Some(Cents::new(200));
        let m = merge(&[x.clone()], &[y.clone()]);
        assert_eq!(m, merge(&[y.clone()], &[x.clone()]));
        assert_eq!(m.entries, [x.clone()]);
        assert!(
            matches!(&m.conflicts[..], [Conflict::SameId { kept, other, .. }]
            if **kept == x && **other == y)
        );
    }

    #[test]
    fn two_statuses_of_a_step_on_one_day() {
        let a = [status("e-1", "2024-02-01", StepStatus::Done)];
        let b = [
            status("e-2", "2024-02-01", StepStatus::Postponed),
            status("e-3", "2024-02-02", StepStatus::Done),
        ];
        let m = merge(&a, &b);
        assert_eq!(m.entries.len(), 3);
        assert_eq!(
            m.conflicts,
            [Conflict::SameDay {
                step: Id::new("s1").unwrap(),
                date: "2024-02-01".parse().unwrap(),
                entries: vec![Id::new("e-1").unwrap(), Id::new("e-2").unwrap()],
            }]
        );
        // Corrected, the conflict is gone.
        let mut fix = entry("e-4", "2024-02-03", EntryKind::Note);
        fix.corrects = Some(Id::new("e-2").unwrap());
        assert!(merge(&m.entries, &[fix]).conflicts.is_empty());
    }

    /// Small logs whose entries share ids often, with varying content.
    fn arb_log() -> impl Strategy<Value = Vec<LogEntry>> {
        let one = (0u8..6, 1u8..4, 0usize..3, prop::option::of(0i64..3)).prop_map(
            |(id, day, kind, cents)| {
                let kinds = [EntryKind::Note, EntryKind::Spending, EntryKind::Status];
                let mut e = LogEntry::new(
                    Id::new(&format!("e-{id}")).unwrap(),
                    Date::new(2024, 3, day).unwrap(),
                    kinds[kind],
                );
                e.spent_cents = cents.map(Cents::new);
                if e.kind == EntryKind::Status {
                    e.step = Some(Id::new("s1").unwrap());
                    e.status = Some(if day % 2 == 0 {
                        StepStatus::Done
                    } else {
                        StepStatus::InProgress
                    });
                }
                e
            },
        );
        prop::collection::vec(one, 0..8)
    }

    proptest! {
        #[test]
        fn merging_is_commutative(a in arb_log(), b in arb_log()) {
            prop_assert_eq!(merge(&a, &b).entries, merge(&b, &a).entries);
        }

        #[test]
        fn merging_is_associative(a in arb_log(), b in arb_log(), c in arb_log()) {
            let left = merge(&merge(&a, &b).entries, &c).entries;
            let right = merge(&a, &merge(&b, &c).entries).entries;
            prop_assert_eq!(left, right);
        }

        #[test]
        fn merging_is_idempotent(a in arb_log(), b in arb_log()) {
            let m = merge(&a, &b).entries;
            prop_assert_eq!(&merge(&m, &m).entries, &m);
            prop_assert_eq!(&merge(&m, &[]).entries, &m);
            prop_assert_eq!(merge(&a, &a).entries, merge(&a, &[]).entries);
            // Every id once, and no id lost.
            prop_assert!(id_counts(&m).values().all(|n| *n == 1));
            let ids: HashSet<&str> = a.iter().chain(&b).map(|e| e.id.as_str()).collect();
            prop_assert_eq!(ids.len(), m.len());
        }
    }
}
