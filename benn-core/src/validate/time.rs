//! Rules on time: `time.end_before_start`, `time.outside_period`,
//! `time.after_period`, `time.future`, `period.length`, `period.label` and
//! `step.done_not_started`.

use super::{at, goals, steps, Options};
use crate::diag::{text, Code, Finding, Pointer};
use crate::model::number::display;
use crate::model::{ApproxDate, Concept, Date, Period, StepStatus};

/// Periods from this many to this many months count as "about two years".
pub(crate) const ABOUT_24_MONTHS: std::ops::RangeInclusive<i64> = 23..=25;

fn end_before_start(
    p: Pointer,
    start: impl std::fmt::Display,
    end: impl std::fmt::Display,
) -> Finding {
    Finding::new(
        Code::TimeEndBeforeStart,
        p,
        text!(
            "Das Ende ({end}) liegt vor dem Beginn ({start}).",
            "The end ({end}) lies before the start ({start}).",
        ),
    )
    .with("start", start.to_string())
    .with("end", end.to_string())
}

pub(super) fn check(c: &Concept, options: &Options, out: &mut crate::diag::Findings) {
    let period = &c.period;
    let period_ok = period.end >= period.start;
    if period_ok {
        let months = period.months();
        if !ABOUT_24_MONTHS.contains(&months) {
            let (s, e) = (period.start, period.end);
            out.push(
                Finding::new(
                    Code::PeriodLength,
                    Pointer::root().key("period"),
                    text!(
                        "Der Zeitraum {s} bis {e} umfasst {months} Monate, nicht etwa 24.",
                        "The period {s} to {e} spans {months} months, not about 24.",
                    ),
                )
                .with_hint(text!(
                    "Handlungskonzepte gelten für zwei Jahre; Übergangskonzepte der ersten Förderphase waren kürzer.",
                    "Concepts cover two years; phase-1 transition concepts were shorter.",
                ))
                .with("start", s.to_string())
                .with("end", e.to_string())
                .with("months", months),
            );
        }
    } else {
        out.push(end_before_start(
            Pointer::root().key("period").key("end"),
            period.start,
            period.end,
        ));
    }

    if let Some(label) = &period.label {
        if let Ok(read) = Period::parse_label(label) {
            // `2018/2019` for September to August: the years say so.
            let years_fit = Period::label_years(label)
                == Some((period.start.year(), period.end.year()))
                && period_ok;
            if (read.start, read.end) != (period.start, period.end) && !years_fit {
                let (ls, le, ps, pe) = (read.start, read.end, period.start, period.end);
                out.push(
                    Finding::new(
                        Code::PeriodLabel,
                        Pointer::root().key("period").key("label"),
                        text!(
                            "Die Bezeichnung „{label}“ steht für {ls} bis {le}, der Zeitraum ist aber {ps} bis {pe}.",
                            "The label “{label}” stands for {ls} to {le}, but the period is {ps} to {pe}.",
                        ),
                    )
                    .with_hint(text!(
                        "Passen Sie die Bezeichnung oder `start` und `end` an.",
                        "Adjust the label or `start` and `end`.",
                    ))
                    .with("label", label)
                    .with("label_start", ls.to_string())
                    .with("label_end", le.to_string())
                    .with("start", ps.to_string())
                    .with("end", pe.to_string()),
                );
            }
        }
    }

    let today = options.today.map(|d| d.year_month());
    for (f, g, s, step) in steps(c) {
        if step.weight.is_some_and(|w| w <= 0.0) {
            let w = display(step.weight.unwrap_or_default());
            out.push(
                Finding::new(
                    Code::StepWeight,
                    at::step(f, g, s).key("weight"),
                    text!(
                        "Das Gewicht {w} ist nicht positiv.",
                        "The weight {w} is not positive.",
                    ),
                )
                .with_hint(text!(
                    "Gewichte sind Zahlen größer als 0; ohne Angabe gilt 1. Entfallene Schritte markieren Sie mit dem Status `dropped`.",
                    "Weights are numbers above 0; 1 when absent. Mark dropped steps with the status `dropped`.",
                ))
                .with("id", step.id.as_str())
                .with("weight", w),
            );
        }
        let Some(tf) = &step.timeframe else { continue };
        let p = || at::step(f, g, s).key("timeframe");
        if tf.end < tf.start {
            out.push(end_before_start(p().key("end"), tf.start, tf.end));
            continue;
        }
        if period_ok && !(period.contains(tf.start) && period.contains(tf.end)) {
            let (ts, te, ps, pe) = (tf.start, tf.end, period.start, period.end);
            out.push(
                Finding::new(
                    Code::TimeOutsidePeriod,
                    p(),
                    text!(
                        "Der Zeitraum {ts} bis {te} liegt nicht ganz im Konzeptzeitraum {ps} bis {pe}.",
                        "The timeframe {ts} to {te} does not lie wholly within the concept period {ps} to {pe}.",
                    ),
                )
                .with_hint(text!(
                    "Was nach dem Konzeptzeitraum geschieht, gehört in die Fortschreibung.",
                    "What happens after the period belongs in the next concept.",
                ))
                .with("id", step.id.as_str())
                .with("start", ts.to_string())
                .with("end", te.to_string())
                .with("period_start", ps.to_string())
                .with("period_end", pe.to_string()),
            );
        }
        if let Some(now) = today {
            if step.status == StepStatus::Done && tf.start > now {
                let start = tf.start;
                out.push(
                    Finding::new(
                        Code::StepDoneNotStarted,
                        at::step(f, g, s).key("status"),
                        text!(
                            "Der Schritt ist als umgesetzt markiert, sein Zeitraum beginnt aber erst {start}.",
                            "The step is marked done, but its timeframe starts only in {start}.",
                        ),
                    )
                    .with_hint(text!(
                        "Korrigieren Sie den Status oder den Zeitraum.",
                        "Correct the status or the timeframe.",
                    ))
                    .with_related(p().key("start"))
                    .with("id", step.id.as_str())
                    .with("status", "done")
                    .with("start", start.to_string()),
                );
            }
        }
    }
    dates(c, period_ok, options.today, out);
    for (f, g, goal) in goals(c) {
        for (i, ind) in goal.indicators.iter().enumerate() {
            let dates = (
                ind.baseline.as_ref().and_then(|m| m.date),
                ind.target.as_ref().and_then(|m| m.date),
            );
            if let (Some(b), Some(t)) = dates {
                if t < b {
                    out.push(end_before_start(
                        at::indicator(f, g, i).key("target").key("date"),
                        b,
                        t,
                    ));
                }
            }
        }
    }
}

/// The dates of the document that describe the past or the period: none
/// lies after the period's end (`time.after_period`) or after today
/// (`time.future`). Dates compare by their precision: `2025` is after a
/// period ending 2024-12, but not after one ending 2025-06.
fn dates(c: &Concept, period_ok: bool, today: Option<Date>, out: &mut crate::diag::Findings) {
    // (date, pointer, may it lie after the period's end?)
    let mut all: Vec<(ApproxDate, Pointer, bool)> = Vec::new();
    let site = || at::site();
    if let Some(d) = c.site.start_date {
        all.push((d, site().key("start_date"), false));
    }
    if let Some(d) = c.site.operator_as_of {
        all.push((d, site().key("operator_as_of"), true));
    }
    for (i, s) in c.site.shelters.iter().enumerate() {
        let p = || site().key("shelters").index(i);
        if let Some(d) = s.opened {
            all.push((d, p().key("opened"), false));
        }
        if let Some(d) = s.as_of {
            all.push((d, p().key("as_of"), false));
        }
    }
    if let Some(d) = c.version.as_ref().and_then(|v| v.date) {
        all.push((d, Pointer::root().key("version").key("date"), false));
    }
    if let Some(a) = &c.analysis {
        for (i, f) in a.facts.iter().enumerate() {
            if let Some(d) = f.date {
                let p = Pointer::root()
                    .key("analysis")
                    .key("facts")
                    .index(i)
                    .key("date");
                all.push((d, p, false));
            }
        }
    }
    if let Some(a) = &c.adoption {
        let p = || Pointer::root().key("adoption");
        for (d, key) in [
            (a.resolution_date, "resolution_date"),
            (a.noted_date, "noted_date"),
        ] {
            if let Some(d) = d {
                all.push((d.into(), p().key(key), true));
            }
        }
        for (i, e) in a.events.iter().enumerate() {
            all.push((e.date, p().key("events").index(i).key("date"), true));
        }
    }
    let end = ApproxDate::Month(c.period.end);
    for (date, pointer, late_ok) in all {
        if let Some(today) = today {
            if date.is_after_day(today) {
                out.push(
                    Finding::new(
                        Code::TimeFuture,
                        pointer,
                        text!(
                            "Das Datum {date} liegt nach dem heutigen Tag ({today}).",
                            "The date {date} lies after today ({today}).",
                        ),
                    )
                    .with_hint(text!(
                        "Hier stehen Daten, die schon eingetreten sind; prüfen Sie das Jahr.",
                        "These dates describe what has happened; check the year.",
                    ))
                    .with("date", date.to_string())
                    .with("today", today.to_string()),
                );
                continue;
            }
        }
        if period_ok && !late_ok && end.is_before(&date) {
            let pe = c.period.end;
            out.push(
                Finding::new(
                    Code::TimeAfterPeriod,
                    pointer,
                    text!(
                        "Das Datum {date} liegt nach dem Ende des Konzeptzeitraums ({pe}).",
                        "The date {date} lies after the end of the concept period ({pe}).",
                    ),
                )
                .with_hint(text!(
                    "Prüfen Sie das Jahr; was nach dem Zeitraum geschieht, gehört in die Fortschreibung.",
                    "Check the year; what happens after the period belongs in the next concept.",
                ))
                .with("date", date.to_string())
                .with("period_end", pe.to_string()),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::model::{Date, StepStatus, Timeframe};
    use crate::validate::testing::{codes, concept};
    use crate::validate::{check, Options};

    #[test]
    fn period_length_and_order() {
        let mut c = concept();
        c.period.end = "2024-06".parse().unwrap();
        assert_eq!(codes(&c), ["period.length"]);
        let f = &check(&c, &Options::default())[0];
        assert!(f.message.en.contains("18 months"), "{}", f.message.en);
        c.period.end = "2022-06".parse().unwrap();
        assert_eq!(codes(&c), ["time.end_before_start"]);
    }

    #[test]
    fn label_must_match_the_months() {
        let mut c = concept();
        c.period.label = Some("2023/2024".into());
        assert!(codes(&c).is_empty());
        c.period.label = Some("2023-2025".into());
        assert_eq!(codes(&c), ["period.label"]);
        c.period.label = Some("2023/24".into());
        assert!(codes(&c).is_empty());
        // September to August: the label's years are the period's years.
        c.period.start = "2023-09".parse().unwrap();
        c.period.end = "2025-08".parse().unwrap();
        c.action_fields[0].goals[0].steps[0].timeframe = None;
        c.period.label = Some("2023/2025".into());
        assert!(!codes(&c).contains(&"period.label"));
        c.period.label = Some("2024/25".into());
        assert!(codes(&c).contains(&"period.label"));
        c.period.label = Some("unser zweites Konzept".into());
        assert!(
            !codes(&c).contains(&"period.label"),
            "labels that are no period are free text"
        );
    }

    #[test]
    fn step_timeframes() {
        let mut c = concept();
        let step = &mut c.action_fields[0].goals[0].steps[0];
        step.timeframe = Some(Timeframe {
            start: "2024-10".parse().unwrap(),
            end: "2025-03".parse().unwrap(),
        });
        assert!(codes(&c).contains(&"time.outside_period"));
        let step = &mut c.action_fields[0].goals[0].steps[0];
        step.timeframe = Some(Timeframe {
            start: "2024-10".parse().unwrap(),
            end: "2024-03".parse().unwrap(),
        });
        assert_eq!(codes(&c), ["time.end_before_start"]);
    }

    #[test]
    fn done_before_start_needs_today() {
        let mut c = concept();
        c.action_fields[0].goals[0].steps[0].status = StepStatus::Done;
        assert!(codes(&c).is_empty());
        let before = Options {
            today: Some(Date::new(2023, 4, 30).unwrap()),
            ..Options::default()
        };
        assert_eq!(check(&c, &before)[0].code.as_str(), "step.done_not_started");
        let after = Options {
            today: Some(Date::new(2023, 5, 1).unwrap()),
            ..Options::default()
        };
        assert!(check(&c, &after).is_empty());
    }

    #[test]
    fn dates_after_the_period_or_today_respect_precision() {
        let mut c = concept();
        let d = |s: &str| Some(s.parse::<crate::model::ApproxDate>().unwrap());
        c.site.start_date = d("2024");
        assert!(codes(&c).is_empty(), "2024 is not after 2024-12");
        c.site.start_date = d("2025");
        assert_eq!(codes(&c), ["time.after_period"]);
        c.site.start_date = d("2023-06");
        let today = |s: &str| Options {
            today: Some(s.parse().unwrap()),
            ..Options::default()
        };
        assert!(
            check(&c, &today("2023-06-01")).is_empty(),
            "a month is not after its first day"
        );
        let f = check(&c, &today("2023-05-31"));
        assert_eq!(f[0].code.as_str(), "time.future");
        assert_eq!(f[0].pointer.as_str(), "/site/start_date");
        // The resolution may come late, but not in the future.
        assert!(codes(&c).is_empty());
        let early = check(&c, &today("2023-03-13"));
        assert!(early
            .iter()
            .any(|f| f.pointer.as_str() == "/adoption/resolution_date"));
    }

    #[test]
    fn weights_are_positive() {
        let mut c = concept();
        c.action_fields[0].goals[0].steps[0].weight = Some(0.0);
        assert_eq!(codes(&c), ["step.weight"]);
        c.action_fields[0].goals[0].steps[0].timeframe = None;
        assert_eq!(codes(&c), ["step.weight"]);
    }
}
