//! Rules on how a concept is progressing, as of `today` (*Umsetzungsstand*):
//! `step.delayed` and `body.no_meeting`. Both need `options.today` and read
//! the concept's own `log` through [`crate::eval`], so the rules and the
//! evaluation count entries alike.
//!
//! - `step.delayed`: a step still planned or in progress although its
//!   timeframe (or, without one, the period) has ended, by
//!   [`eval::state`](crate::eval::state) on today: the log's status where it has
//!   one, else the concept's. The rule follows a concept while it runs and
//!   for [`GRACE_MONTHS`] months after its period (records come late); after
//!   that the concept is history, and its open steps are the business of the
//!   next concept's review (*Rückblick*), not a warning on the old one. Only
//!   for concepts that have a log: a published plan keeps the statuses of
//!   its adoption, and flagging all of them a year later would be noise.
//! - `body.no_meeting`: a participation body the concept plans (a
//!   `site.bodies` entry that a goal or step names, or that says when it
//!   `meets`) has no `meeting` entry in a calendar year that lies wholly in
//!   the period and has passed by today. Only for concepts that have a log:
//!   a plan without tracking says nothing about meetings.

use std::collections::HashSet;

use crate::diag::{text, Code, Finding, Findings};
use crate::eval::{self, Track};
use crate::model::{Concept, EntryKind, Id, YearMonth};

use super::{at, steps, Options};

/// How many months after its period's end a concept's steps are still
/// reported as delayed.
pub(crate) const GRACE_MONTHS: u32 = 6;

pub(crate) fn check(c: &Concept, options: &Options, out: &mut Findings) {
    let Some(today) = options.today else { return };
    // A plan without tracking says nothing about what happened since it was
    // written: its statuses are those of its adoption.
    if !c.log.is_empty() {
        delayed(c, today, out);
        no_meeting(c, today, out);
    }
}

fn delayed(c: &Concept, today: crate::model::Date, out: &mut Findings) {
    let period = &c.period;
    if period.end < period.start || YearMonth::of(today) > period.end.plus_months(GRACE_MONTHS) {
        return;
    }
    let state = eval::state(c, &c.log, today);
    for ((f, g, s, step), st) in steps(c).zip(&state.steps) {
        if st.track != Track::Delayed {
            continue;
        }
        let end = step.timeframe.map_or(period.end, |t| t.end);
        let status = st.status.as_str();
        let (id, date) = (step.id.as_str(), today);
        let related = if step.timeframe.is_some() {
            at::step(f, g, s).key("timeframe").key("end")
        } else {
            crate::diag::Pointer::root().key("period").key("end")
        };
        out.push(|| {
            Finding::new(
                Code::StepDelayed,
                at::step(f, g, s).key("status"),
                text!(
                    "Der Schritt `{id}` ist am {date} noch `{status}`, sein Zeitraum endete {end}.",
                    "The step `{id}` is still `{status}` on {date}; its timeframe ended in {end}.",
                ),
            )
            .with_hint(text!(
                "Tragen Sie im Sachstandsprotokoll ein, ob der Schritt umgesetzt, verschoben oder entfallen ist.",
                "Record in the log whether the step was done, postponed or dropped.",
            ))
            .with_related(related)
            .with("id", id)
            .with("end", end.to_string())
            .with("status", status)
            .with("today", date.to_string())
        });
    }
}

fn no_meeting(c: &Concept, today: crate::model::Date, out: &mut Findings) {
    let period = &c.period;
    if period.end < period.start {
        return;
    }
    let mut named: HashSet<&str> = HashSet::new();
    for field in &c.action_fields {
        for goal in &field.goals {
            named.extend(goal.bodies.iter().map(Id::as_str));
            named.extend(goal.steps.iter().flat_map(|s| &s.bodies).map(Id::as_str));
        }
        named.extend(field.steps.iter().flat_map(|s| &s.bodies).map(Id::as_str));
    }
    // Calendar years wholly inside the period that have ended before today.
    let first = if period.start.month() == 1 {
        period.start.year()
    } else {
        period.start.year().saturating_add(1)
    };
    let last = if period.end.month() == 12 {
        period.end.year()
    } else {
        period.end.year().saturating_sub(1)
    };
    let last = last.min(today.year().saturating_sub(1));
    if first > last {
        return;
    }
    let entries: Vec<&crate::model::LogEntry> = c.log.iter().collect();
    let mut met: HashSet<(&str, u16)> = HashSet::new();
    for (_, e) in eval::counting(&entries, today) {
        if e.kind == EntryKind::Meeting {
            if let Some(b) = &e.body {
                met.insert((b.as_str(), e.date.year()));
            }
        }
    }
    for (i, body) in c.site.bodies.iter().enumerate() {
        let id = body.id.as_str();
        if body.meets.is_none() && !named.contains(id) {
            continue;
        }
        for year in first..=last {
            if met.contains(&(id, year)) {
                continue;
            }
            let name = body.name.as_str();
            out.push(|| {
                Finding::new(
                    Code::BodyNoMeeting,
                    at::site().key("bodies").index(i),
                    text!(
                        "Das Gremium `{id}` ({name}) hat {year} laut Protokoll nicht getagt.",
                        "The body `{id}` ({name}) did not meet in {year}, by the log.",
                    ),
                )
                .with_hint(text!(
                    "Tragen Sie die Sitzungen als `meeting`-Einträge ins Protokoll ein, oder passen Sie die Planung an.",
                    "Record its meetings as `meeting` entries in the log, or change the plan.",
                ))
                .with("id", id)
                .with("name", name)
                .with("year", year)
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Date, LogEntry, StepStatus};
    use crate::validate::testing::concept;

    fn run(c: &Concept, today: &str) -> Vec<Finding> {
        let mut out = Findings::default();
        let options = Options {
            today: Some(today.parse().unwrap()),
            ..Options::default()
        };
        check(c, &options, &mut out);
        out.into_parts().0
    }

    fn entry(id: &str, date: &str, kind: EntryKind) -> LogEntry {
        LogEntry::new(Id::new(id).unwrap(), date.parse::<Date>().unwrap(), kind)
    }

    /// A concept that is tracked: its log has begun.
    fn tracked() -> Concept {
        let mut c = concept();
        let mut note = entry("n0", "2023-02-01", EntryKind::Note);
        note.note = Some("Auftakt".into());
        c.log.push(note);
        c
    }

    #[test]
    fn an_untracked_plan_is_never_delayed() {
        let c = concept(); // s1 planned 2023-05..2023-09, no log
        assert!(run(&c, "2024-10-01").is_empty());
    }

    #[test]
    fn a_step_past_its_timeframe_is_delayed_until_the_log_says_otherwise() {
        let mut c = tracked(); // s1 planned 2023-05..2023-09
        assert!(run(&c, "2023-09-30").is_empty());
        let f = run(&c, "2023-10-01");
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].code, Code::StepDelayed);
        assert_eq!(f[0].pointer, "/action_fields/0/goals/0/steps/0/status");
        let mut done = entry("e1", "2023-09-20", EntryKind::Status);
        done.step = Some(Id::new("s1").unwrap());
        done.status = Some(StepStatus::Done);
        c.log.push(done);
        assert!(run(&c, "2023-10-01").is_empty());
        // Without today, nothing.
        let mut out = Findings::default();
        c.log.truncate(1);
        check(&c, &Options::default(), &mut out);
        assert!(out.into_parts().0.is_empty());
    }

    #[test]
    fn after_the_grace_months_an_old_concept_is_history() {
        let c = tracked(); // period ends 2024-12
        assert_eq!(run(&c, "2025-06-30").len(), 1);
        assert!(run(&c, "2025-07-01").is_empty());
    }

    #[test]
    fn a_planned_body_must_meet_in_every_whole_past_year() {
        let mut c = concept(); // period 2023-01..2024-12; body `forum` without `meets`
        let mut note = entry("n", "2023-02-01", EntryKind::Note);
        note.note = Some("Start".into());
        c.log.push(note);
        c.action_fields[0].goals[0].steps[0].status = StepStatus::Done;
        assert!(
            run(&c, "2024-06-01").is_empty(),
            "neither planned nor named"
        );
        c.site.bodies[0].meets = Some("zweimal jährlich".into());
        let f = run(&c, "2024-06-01");
        assert_eq!(f.len(), 1);
        assert_eq!(
            (f[0].code, f[0].pointer.as_str()),
            (Code::BodyNoMeeting, "/site/bodies/0")
        );
        let mut met = entry("m", "2023-10-01", EntryKind::Meeting);
        met.body = Some(Id::new("forum").unwrap());
        c.log.push(met);
        assert!(run(&c, "2024-06-01").is_empty());
        assert_eq!(
            run(&c, "2025-01-01").len(),
            1,
            "2024 has passed without a meeting"
        );
        // A period of July to June has only its middle year whole.
        c.period = crate::model::Period::parse_label("Juli 2023 – Juni 2025").unwrap();
        let f = run(&c, "2025-01-01");
        assert_eq!(f.len(), 1, "only 2024 is whole, and the forum met in 2023");
        assert_eq!(f[0].context.last().map(|(k, _)| *k), Some("year"));
        assert!(run(&c, "2024-12-31").is_empty(), "2024 has not passed yet");
    }
}
