//! The review of the previous concept (*Rückblick*) for the next one: what
//! became of each goal of the previous period.
//!
//! The rules:
//! - The **day judged** is `as_of`, or the last day of the previous period
//!   when `as_of` is later: a review written in the autumn before the period
//!   ends judges what is known then.
//! - A goal is **reached** when, on that day ([`super::state()`]), it has at
//!   least one step that is not dropped and all of those are done; or when
//!   it has at least one indicator with a numeric target and a direction,
//!   and the latest measurement of every such indicator in the log (a number,
//!   on or before the day, corrections applied) has reached its target
//!   (at least the target for `increase`, at most for `decrease`).
//! - A goal is **carried over** when it appears in the next concept: a goal
//!   with the same id, or else one whose text is similar (the pairing of
//!   [`super::compare()`]: [`super::compare::TEXT_MATCH_THRESHOLD`]).
//! - Each goal has one [`Outcome`]: `carried_over` if it continues (whether
//!   reached or not; [`GoalReview::reached`] tells), else `reached`, else
//!   `dropped`.
//! - [`Review::previous_ok`] says whether the next concept's `previous`
//!   names the previous concept; a mismatch is reported, not refused.
//!
//! ```
//! use benn_core::{eval, read, read_log, Date};
//! let prev = read(&std::fs::read("../examples/weissensee-2023.json").unwrap()).unwrap();
//! let log = read_log(&std::fs::read("../examples/weissensee-2023.log.json").unwrap()).unwrap();
//! let next = read(&std::fs::read("../examples/weissensee-2025.json").unwrap()).unwrap();
//! let r = eval::review(&prev, &log.entries, &next, "2025-01-31".parse().unwrap());
//! assert!(r.previous_ok);
//! assert_eq!(r.judged_on, "2024-12-31".parse::<Date>().unwrap());
//! let goal = |id: &str| r.goals.iter().find(|g| g.id.as_str() == id).unwrap();
//! assert_eq!(goal("z-empowerment-2").next_goal.as_ref().unwrap().as_str(), "z-empowerment-mso");
//! // Not continued, but its steps were all done by the end of 2024.
//! assert_eq!(goal("z-netzwerk-1").outcome, eval::review::Outcome::Reached);
//! assert_eq!(r.counts.goals, prev.goals().count());
//! ```

use serde::Serialize;

use super::compare::{goal_texts, goals_of, pair, MatchedBy};
use super::state::counting;
use crate::model::{
    ApproxDate, Concept, Date, Direction, EntryKind, Goal, Id, IndicatorValue, LogEntry, StepStatus,
};

/// What became of a goal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// *Erreicht*: reached, and not continued in the next concept.
    Reached,
    /// *Fortgeführt*: continued in the next concept (reached or not).
    CarriedOver,
    /// *Nicht weiterverfolgt*: neither reached nor continued.
    Dropped,
}

impl Outcome {
    /// Every outcome, in the order summaries list them.
    pub const ALL: [Outcome; 3] = [Outcome::Reached, Outcome::CarriedOver, Outcome::Dropped];

    /// The name used in JSON, e.g. `carried_over`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Outcome::Reached => "reached",
            Outcome::CarriedOver => "carried_over",
            Outcome::Dropped => "dropped",
        }
    }
}

/// How a goal was found reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReachedBy {
    /// All its steps that are not dropped are done.
    Steps,
    /// Its indicators reached their targets.
    Indicators,
}

/// The review of one goal of the previous concept.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GoalReview {
    /// The goal's id.
    pub id: Id,
    /// Key of its action field.
    pub field: String,
    /// The goal's text.
    pub text: String,
    /// Reached, carried over or dropped.
    pub outcome: Outcome,
    /// Whether the goal was reached (also when carried over).
    pub reached: bool,
    /// How it was found reached; steps first when both hold.
    pub reached_by: Option<ReachedBy>,
    /// Its steps done on the day judged.
    pub steps_done: usize,
    /// Its steps that are not dropped on the day judged.
    pub steps_total: usize,
    /// Its steps dropped on the day judged.
    pub steps_dropped: usize,
    /// Its indicators with a numeric target and a direction.
    pub indicators_total: usize,
    /// Those whose latest measurement reached the target.
    pub indicators_reached: usize,
    /// Id of the goal of the next concept that continues it.
    pub next_goal: Option<Id>,
    /// How the next goal was found: by id or by text.
    pub matched_by: Option<MatchedBy>,
    /// The text similarity (0 to 1) of a match by text.
    pub similarity: Option<f64>,
}

/// Goals per outcome.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct OutcomeCounts {
    /// Goals reached and not continued.
    pub reached: usize,
    /// Goals continued.
    pub carried_over: usize,
    /// Goals neither reached nor continued.
    pub dropped: usize,
    /// Goals reached, continued or not.
    pub reached_total: usize,
    /// All goals of the previous concept.
    pub goals: usize,
}

/// The review of a previous concept (*Rückblick*).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Review {
    /// Id of the previous concept.
    pub previous_id: Id,
    /// Id of the next concept.
    pub next_id: Id,
    /// What the next concept names as its `previous`.
    pub next_names_previous: Option<Id>,
    /// Whether that is the previous concept's id.
    pub previous_ok: bool,
    /// The day the steps and indicators were judged on.
    pub judged_on: Date,
    /// One review per goal of the previous concept, in its order.
    pub goals: Vec<GoalReview>,
    /// Goals per outcome.
    pub counts: OutcomeCounts,
    /// Goals of the next concept that continue none of the previous one (new goals).
    pub new_goals: Vec<Id>,
}

/// The latest numeric measurement of `indicator` counting on `day`.
fn latest(entries: &[&LogEntry], indicator: &Id, day: Date) -> Option<f64> {
    counting(entries, day)
        .filter(|(_, e)| {
            e.kind == EntryKind::Measurement && e.indicator.as_ref() == Some(indicator)
        })
        .filter_map(|(order, e)| match &e.value {
            Some(IndicatorValue::Number(d)) => Some((e.date, order, d.value())),
            _ => None,
        })
        .max_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)))
        .map(|(_, _, v)| v)
}

/// (indicators with a numeric target and a direction, of those reached).
fn indicators(goal: &Goal, entries: &[&LogEntry], day: Date) -> (usize, usize) {
    let mut total = 0;
    let mut reached = 0;
    for i in &goal.indicators {
        let target = match i.target.as_ref().map(|t| &t.value) {
            Some(IndicatorValue::Number(d)) => d.value(),
            _ => continue,
        };
        let Some(direction) = i.direction else {
            continue;
        };
        total += 1;
        let hit = latest(entries, &i.id, day).is_some_and(|v| match direction {
            Direction::Increase => v >= target,
            Direction::Decrease => v <= target,
        });
        if hit {
            reached += 1;
        }
    }
    (total, reached)
}

/// Reviews `previous` (with its log `entries`: its own `log` section, a log
/// file's entries, or both chained) for `next`; see the [module
/// documentation](self) for the rules.
pub fn review<'a>(
    previous: &Concept,
    entries: impl IntoIterator<Item = &'a LogEntry>,
    next: &Concept,
    as_of: Date,
) -> Review {
    let entries: Vec<&LogEntry> = entries.into_iter().collect();
    let judged_on = as_of.min(ApproxDate::Month(previous.period.end).last_day());
    let state = super::state(previous, entries.iter().copied(), judged_on);

    let old_goals = goals_of(previous);
    let new_goals = goals_of(next);
    let (ok, nk) = (goal_texts(&old_goals), goal_texts(&new_goals));
    let pairing = pair(&ok, &nk);

    // Steps per goal, from the state (which knows each step's field and goal index).
    let mut goal_index = Vec::new();
    for (fi, f) in previous.action_fields.iter().enumerate() {
        goal_index.extend((0..f.goals.len()).map(|gi| (fi, gi)));
    }

    let mut counts = OutcomeCounts::default();
    let mut goals = Vec::with_capacity(old_goals.len());
    for (((field, goal), paired), &(fi, gi)) in
        old_goals.iter().zip(&pairing.old_to_new).zip(&goal_index)
    {
        let mut done = 0;
        let mut total = 0;
        let mut dropped = 0;
        for s in state
            .steps
            .iter()
            .filter(|s| s.field == fi && s.goal == Some(gi))
        {
            match s.status {
                StepStatus::Dropped => dropped += 1,
                StepStatus::Done => {
                    done += 1;
                    total += 1;
                }
                _ => total += 1,
            }
        }
        let (indicators_total, indicators_reached) = indicators(goal, &entries, judged_on);
        let by_steps = total > 0 && done == total;
        let by_indicators = indicators_total > 0 && indicators_reached == indicators_total;
        let reached_by = if by_steps {
            Some(ReachedBy::Steps)
        } else if by_indicators {
            Some(ReachedBy::Indicators)
        } else {
            None
        };
        let next_goal =
            paired.and_then(|(n, by, sim)| new_goals.get(n).map(|(_, g)| (g.id.clone(), by, sim)));
        let outcome = match (&next_goal, reached_by) {
            (Some(_), _) => Outcome::CarriedOver,
            (None, Some(_)) => Outcome::Reached,
            (None, None) => Outcome::Dropped,
        };
        match outcome {
            Outcome::Reached => counts.reached += 1,
            Outcome::CarriedOver => counts.carried_over += 1,
            Outcome::Dropped => counts.dropped += 1,
        }
        if reached_by.is_some() {
            counts.reached_total += 1;
        }
        counts.goals += 1;
        goals.push(GoalReview {
            id: goal.id.clone(),
            field: (*field).to_owned(),
            text: goal.text.clone(),
            outcome,
            reached: reached_by.is_some(),
            reached_by,
            steps_done: done,
            steps_total: total,
            steps_dropped: dropped,
            indicators_total,
            indicators_reached,
            matched_by: next_goal.as_ref().map(|(_, by, _)| *by),
            similarity: next_goal.as_ref().and_then(|(_, _, s)| *s),
            next_goal: next_goal.map(|(id, _, _)| id),
        });
    }
    let new_ids = new_goals
        .iter()
        .zip(&pairing.new_paired)
        .filter(|(_, p)| !**p)
        .map(|((_, g), _)| g.id.clone())
        .collect();
    Review {
        previous_id: previous.id.clone(),
        next_id: next.id.clone(),
        next_names_previous: next.previous.clone(),
        previous_ok: next.previous.as_ref() == Some(&previous.id),
        judged_on,
        goals,
        counts,
        new_goals: new_ids,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Cents, Measurement};
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(16))]
        /// Reviewed for itself, every goal carries over into itself, and the
        /// counts add up; a done goal is one whose steps are all done.
        #[test]
        fn a_concept_reviewed_for_itself_carries_every_goal_over(steps in 0usize..80, seed in any::<u64>(), entries in 0usize..400) {
            let c = crate::synth::concept(steps, seed);
            let log = crate::synth::log(&c, entries, seed);
            let r = review(&c, &log, &c, day("2026-01-01"));
            prop_assert_eq!(r.counts.carried_over, c.goals().count());
            prop_assert_eq!(r.counts.goals, r.goals.len());
            for g in &r.goals {
                prop_assert_eq!(g.next_goal.as_ref(), Some(&g.id));
                prop_assert!(g.steps_done <= g.steps_total);
                prop_assert_eq!(g.reached_by == Some(ReachedBy::Steps), g.steps_total > 0 && g.steps_done == g.steps_total);
            }
        }
    }

    fn day(s: &str) -> Date {
        s.parse().unwrap()
    }

    fn example() -> (Concept, Vec<LogEntry>) {
        let c = crate::read(&std::fs::read("../examples/weissensee-2023.json").unwrap()).unwrap();
        let log = crate::read_log(&std::fs::read("../examples/weissensee-2023.log.json").unwrap())
            .unwrap();
        (c, log.entries)
    }

    fn next_of(prev: &Concept) -> Concept {
        let mut next = prev.clone();
        next.id = Id::new("weissensee-2025").unwrap();
        next.previous = Some(prev.id.clone());
        next
    }

    fn goal<'r>(r: &'r Review, id: &str) -> &'r GoalReview {
        r.goals.iter().find(|g| g.id.as_str() == id).unwrap()
    }

    #[test]
    fn carried_over_reached_and_dropped() {
        let (prev, log) = example();
        let mut next = next_of(&prev);
        // z-kommunikation-2: its three steps are done by the end of 2024; not continued.
        next.action_fields[2].goals.remove(1);
        // z-netzwerk-1 (its steps all done) and z-netzwerk-3 (one step of three
        // done) are not continued; z-netzwerk-2 continues under a new id, reworded.
        let netzwerk = &mut next.action_fields[3];
        netzwerk.goals.remove(2);
        netzwerk.goals.remove(0);
        netzwerk.goals[0].id = Id::new("z-netzwerk-kooperation").unwrap();
        netzwerk.goals[0].text = "Wir wollen noch enger mit anderen Akteur:innen im Gebiet zusammenarbeiten, damit Angebote sich ergänzen und mehr Menschen mitentscheiden.".into();
        let r = review(&prev, &log, &next, day("2025-03-01"));
        assert!(r.previous_ok);
        assert_eq!(r.judged_on, day("2024-12-31"));

        let g = goal(&r, "z-netzwerk-2");
        assert_eq!(g.outcome, Outcome::CarriedOver);
        assert_eq!(
            g.next_goal.as_ref().unwrap().as_str(),
            "z-netzwerk-kooperation"
        );
        assert_eq!(g.matched_by, Some(MatchedBy::Text));
        assert!(g.similarity.unwrap() >= 0.6);

        let g = goal(&r, "z-netzwerk-1");
        assert_eq!((g.outcome, g.reached), (Outcome::Reached, true), "{g:?}");
        assert_eq!(g.next_goal, None);

        let g = goal(&r, "z-netzwerk-3");
        assert_eq!((g.outcome, g.reached), (Outcome::Dropped, false), "{g:?}");
        assert!(g.steps_done < g.steps_total, "{g:?}");

        // Two steps done and one dropped: reached.
        let g = goal(&r, "z-kommunikation-2");
        assert_eq!(g.outcome, Outcome::Reached, "{g:?}");
        assert_eq!(g.reached_by, Some(ReachedBy::Steps));
        assert_eq!((g.steps_done, g.steps_total, g.steps_dropped), (2, 2, 1));

        let g = goal(&r, "z-begegnung-1");
        assert_eq!(
            (g.outcome, g.matched_by, g.reached),
            (Outcome::CarriedOver, Some(MatchedBy::Id), true)
        );

        let c = r.counts;
        assert_eq!(c.goals, prev.goals().count());
        assert_eq!(c.reached + c.carried_over + c.dropped, c.goals);
        assert_eq!((c.reached, c.dropped), (2, 1));
        assert!(r.new_goals.is_empty());
    }

    #[test]
    fn a_goal_reached_and_continued_is_carried_over_with_reached_set() {
        let (prev, log) = example();
        let next = next_of(&prev);
        let r = review(&prev, &log, &next, day("2024-12-31"));
        let g = goal(&r, "z-kommunikation-2");
        assert_eq!((g.outcome, g.reached), (Outcome::CarriedOver, true));
        assert_eq!(r.counts.carried_over, r.counts.goals);
        assert!(r.counts.reached_total >= 1);
    }

    #[test]
    fn the_day_judged_decides() {
        let (prev, log) = example();
        let next = next_of(&prev);
        // Early in 2024 the anti-racism goal's last step is not yet done.
        let r = review(&prev, &log, &next, day("2024-02-01"));
        assert_eq!(r.judged_on, day("2024-02-01"));
        let g = goal(&r, "z-kommunikation-2");
        assert!(!g.reached, "{g:?}");
    }

    #[test]
    fn indicators_reaching_their_targets_reach_the_goal() {
        let (prev, _) = example();
        let mut next = next_of(&prev);
        next.action_fields.clear();
        // z-netzwerk-1: complaints should fall from 8 to 3 a half-year.
        let measure = |id: &str, date: &str, v: &str| {
            let mut e = LogEntry::new(Id::new(id).unwrap(), day(date), EntryKind::Measurement);
            e.indicator = Some(Id::new("i-netzwerk-1-1").unwrap());
            e.value = Some(IndicatorValue::Number(v.parse().unwrap()));
            e
        };
        let at = |log: &[LogEntry], d: &str| {
            let r = review(&prev, log, &next, day(d));
            let g = goal(&r, "z-netzwerk-1").clone();
            (
                g.outcome,
                g.reached_by,
                g.indicators_reached,
                g.indicators_total,
            )
        };
        let mut log = vec![
            measure("m1", "2024-06-30", "4"),
            measure("m2", "2024-12-31", "3"),
        ];
        assert_eq!(at(&log, "2024-07-01"), (Outcome::Dropped, None, 0, 1));
        assert_eq!(
            at(&log, "2024-12-31"),
            (Outcome::Reached, Some(ReachedBy::Indicators), 1, 1)
        );
        // A correction of the last value counts from its own date.
        let mut fix = measure("m3", "2024-12-31", "5");
        fix.corrects = Some(Id::new("m2").unwrap());
        log.push(fix);
        assert_eq!(at(&log, "2024-12-31"), (Outcome::Dropped, None, 0, 1));
        // Qualitative indicators and ones without a numeric target do not count.
        let mut p = prev.clone();
        p.action_fields[3].goals[0].indicators[0].target = Some(Measurement {
            value: IndicatorValue::Text("weniger".into()),
            date: None,
        });
        let r = review(&p, &log, &next, day("2024-12-31"));
        assert_eq!(goal(&r, "z-netzwerk-1").indicators_total, 0);
    }

    #[test]
    fn a_wrong_previous_is_reported() {
        let (prev, log) = example();
        let mut next = next_of(&prev);
        next.previous = Some(Id::new("pankow-2023").unwrap());
        let r = review(&prev, &log, &next, day("2025-01-01"));
        assert!(!r.previous_ok);
        assert_eq!(r.next_names_previous.unwrap().as_str(), "pankow-2023");
    }

    #[test]
    fn dropped_steps_do_not_count_and_new_goals_are_listed() {
        let (mut prev, _) = example();
        for s in &mut prev.action_fields[0].goals[1].steps {
            s.status = StepStatus::Dropped;
            s.planned_cost_cents = Some(Cents::ZERO);
        }
        let mut next = next_of(&prev);
        next.action_fields[0].goals[1].id = Id::new("z-ganz-neu").unwrap();
        next.action_fields[0].goals[1].text = "Ein Lauftreff am Weißen See.".into();
        let r = review(&prev, &[], &next, day("2024-12-31"));
        let g = goal(&r, "z-begegnung-2");
        assert_eq!((g.steps_total, g.steps_dropped, g.reached), (0, 3, false));
        assert_eq!(g.outcome, Outcome::Dropped);
        assert_eq!(r.new_goals, [Id::new("z-ganz-neu").unwrap()]);
    }

    #[test]
    fn serialises_as_plain_data() {
        let (prev, log) = example();
        let r = review(&prev, &log, &next_of(&prev), day("2024-12-31"));
        let json = serde_json::to_value(&r).unwrap();
        assert_eq!(json["goals"][0]["outcome"], "carried_over");
        assert_eq!(json["goals"][0]["matched_by"], "id");
        assert_eq!(json["judged_on"], "2024-12-31");
    }
}
