//! Rules `adoption.inconsistent` and `adoption.event_order`: the adoption
//! data and the decision path fit the status.

use crate::diag::{text, Code, Finding, Pointer, Text};
use crate::model::{Adoption, AdoptionEventKind, AdoptionStatus, Concept};

pub(super) fn check(c: &Concept, out: &mut crate::diag::Findings) {
    // An unknown adoption may be left out.
    let Some(a) = &c.adoption else { return };
    let p = |k: &str| Pointer::root().key("adoption").key(k);
    let status = a.status;
    // Each of these findings is about the status and one field of `adoption`.
    let mut bad = |key: &'static str, message: Text| {
        out.push(
            Finding::new(Code::AdoptionInconsistent, p(key), message)
                .with("status", status_name(status))
                .with("field", key),
        );
    };
    let decided = matches!(
        status,
        AdoptionStatus::Adopted | AdoptionStatus::Noted | AdoptionStatus::Superseded
    );
    let event = |kind: AdoptionEventKind| a.events.iter().rev().find(|e| e.kind == kind);
    let resolved = a.resolution_date.is_some() || event(AdoptionEventKind::Resolution).is_some();
    if decided && !resolved {
        bad(
            "status",
            text!(
                "Der Status sagt, das Bezirksamt habe beschlossen, aber `resolution_date` fehlt.",
                "The status says the district office has decided, but `resolution_date` is missing.",
            ),
        );
    }
    if status == AdoptionStatus::Draft {
        if a.resolution_date.is_some() {
            bad(
                "resolution_date",
                text!(
                    "Ein Entwurf hat noch keinen Bezirksamtsbeschluss; setzen Sie den Status auf `adopted` oder entfernen Sie das Datum.",
                    "A draft has no district office resolution yet; set the status to `adopted` or remove the date.",
                ),
            );
        }
        if a.noted_date.is_some() || a.drucksache.is_some() {
            let key = if a.noted_date.is_some() {
                "noted_date"
            } else {
                "drucksache"
            };
            bad(
                key,
                text!(
                    "Ein Entwurf ist der BVV noch nicht vorgelegt.",
                    "A draft has not been put to the BVV yet.",
                ),
            );
        }
    }
    if status == AdoptionStatus::Noted {
        let noted_event = event(AdoptionEventKind::NotedByBvv);
        if a.drucksache.is_none() && noted_event.and_then(|e| e.drucksache.as_ref()).is_none() {
            bad(
                "status",
                text!(
                    "Der Status sagt, die BVV habe das Konzept zur Kenntnis genommen, aber die Drucksache (`drucksache`) fehlt.",
                    "The status says the BVV has noted the concept, but the paper number (`drucksache`) is missing.",
                ),
            );
        }
        if a.noted_date.is_none() && noted_event.is_none() {
            bad(
                "status",
                text!(
                    "Der Status sagt, die BVV habe das Konzept zur Kenntnis genommen, aber `noted_date` fehlt.",
                    "The status says the BVV has noted the concept, but `noted_date` is missing.",
                ),
            );
        }
    }
    if status == AdoptionStatus::Adopted && a.noted_date.is_some() {
        bad(
            "noted_date",
            text!(
                "Ein Datum der Kenntnisnahme durch die BVV ist angegeben, der Status ist aber `adopted`; wohl `noted`?",
                "A date of noting by the BVV is given, but the status is `adopted`; `noted` perhaps?",
            ),
        );
    }
    if let (Some(r), Some(n)) = (a.resolution_date, a.noted_date) {
        if n < r {
            out.push(
                Finding::new(
                    Code::AdoptionInconsistent,
                    p("noted_date"),
                    text!(
                        "Die BVV kann das Konzept nicht am {n} zur Kenntnis genommen haben, vor dem Beschluss des Bezirksamts am {r}.",
                        "The BVV cannot have noted the concept on {n}, before the district office's resolution on {r}.",
                    ),
                )
                .with("status", status_name(status))
                .with("field", "noted_date")
                .with("noted_date", n.to_string())
                .with("resolution_date", r.to_string()),
            );
        }
    }
    events(a, out);
}

/// The decision path: in date order, agreeing with the status and the dates.
fn events(a: &Adoption, out: &mut crate::diag::Findings) {
    let p = || Pointer::root().key("adoption").key("events");
    for (i, pair) in a.events.windows(2).enumerate() {
        if let [before, after] = pair {
            if after.date.is_before(&before.date) {
                let (d1, d2) = (before.date, after.date);
                out.push(
                    Finding::new(
                        Code::AdoptionEventOrder,
                        p().index(i + 1).key("date"),
                        text!(
                            "Dieses Ereignis ({d2}) liegt vor dem vorigen ({d1}).",
                            "This event ({d2}) lies before the previous one ({d1}).",
                        ),
                    )
                    .with_hint(text!(
                        "Führen Sie die Ereignisse in zeitlicher Reihenfolge auf.",
                        "List the events in date order.",
                    ))
                    .with_related(p().index(i).key("date"))
                    .with("date", d2.to_string())
                    .with("previous_date", d1.to_string()),
                );
            }
        }
    }
    let status = a.status;
    if let Some(derived) = a.derived_status() {
        // Events may be incomplete: a superseded concept needs no event for it,
        // and a publication alone does not contradict a resolution given by date.
        let fits = derived == status
            || status == AdoptionStatus::Superseded
            || status == AdoptionStatus::Unknown
            || (derived == AdoptionStatus::Published
                && matches!(status, AdoptionStatus::Adopted | AdoptionStatus::Noted));
        if !fits {
            let (d, s) = (status_name(derived), status_name(status));
            out.push(
                Finding::new(
                    Code::AdoptionInconsistent,
                    Pointer::root().key("adoption").key("status"),
                    text!(
                        "Die Ereignisse führen zum Status `{d}`, angegeben ist `{s}`.",
                        "The events lead to the status `{d}`, but the status is `{s}`.",
                    ),
                )
                .with_hint(text!(
                    "Passen Sie den Status an oder ergänzen Sie das fehlende Ereignis.",
                    "Adjust the status or add the missing event.",
                ))
                .with("status", s)
                .with("derived_status", d),
            );
        }
    }
    for (kind, date, key) in [
        (
            AdoptionEventKind::Resolution,
            a.resolution_date,
            "resolution_date",
        ),
        (AdoptionEventKind::NotedByBvv, a.noted_date, "noted_date"),
    ] {
        let Some(date) = date else { continue };
        if let Some((i, e)) = a.events.iter().enumerate().find(|(_, e)| e.kind == kind) {
            if e.date.first_day() > date || e.date.last_day() < date {
                let ed = e.date;
                out.push(
                    Finding::new(
                        Code::AdoptionInconsistent,
                        Pointer::root().key("adoption").key(key),
                        text!(
                            "`{key}` ist {date}, das Ereignis sagt aber {ed}.",
                            "`{key}` is {date}, but the event says {ed}.",
                        ),
                    )
                    .with_related(p().index(i).key("date"))
                    .with("field", key)
                    .with("date", date.to_string())
                    .with("event_date", ed.to_string()),
                );
            }
        }
    }
}

/// The status as written in the format.
fn status_name(s: AdoptionStatus) -> &'static str {
    match s {
        AdoptionStatus::Draft => "draft",
        AdoptionStatus::Adopted => "adopted",
        AdoptionStatus::Noted => "noted",
        AdoptionStatus::Superseded => "superseded",
        AdoptionStatus::Published => "published",
        AdoptionStatus::Unknown => "unknown",
    }
}

#[cfg(test)]
mod tests {
    use crate::model::{
        Adoption, AdoptionEvent, AdoptionEventKind, AdoptionStatus, ApproxDate, Date,
    };
    use crate::validate::testing::{codes, concept};

    fn adoption(c: &mut crate::model::Concept) -> &mut Adoption {
        c.adoption.as_mut().unwrap()
    }

    fn event(kind: AdoptionEventKind, date: &str) -> AdoptionEvent {
        AdoptionEvent {
            kind,
            date: date.parse::<ApproxDate>().unwrap(),
            body: None,
            drucksache: None,
            note: None,
        }
    }

    #[test]
    fn status_and_data_agree() {
        let mut c = concept();
        adoption(&mut c).resolution_date = None;
        assert_eq!(codes(&c), ["adoption.inconsistent"]);
        adoption(&mut c).status = AdoptionStatus::Draft;
        assert!(codes(&c).is_empty());
        let a = adoption(&mut c);
        a.status = AdoptionStatus::Noted;
        a.resolution_date = Some(Date::new(2023, 3, 14).unwrap());
        a.drucksache = Some("0819/XXI".into());
        a.noted_date = Some(Date::new(2023, 3, 1).unwrap());
        assert_eq!(codes(&c), ["adoption.inconsistent"]);
        adoption(&mut c).noted_date = Some(Date::new(2023, 4, 19).unwrap());
        assert!(codes(&c).is_empty());
    }

    #[test]
    fn unknown_or_published_needs_no_resolution() {
        let mut c = concept();
        c.adoption = None;
        assert!(codes(&c).is_empty());
        let mut c = concept();
        for status in [AdoptionStatus::Unknown, AdoptionStatus::Published] {
            let a = adoption(&mut c);
            a.status = status;
            a.resolution_date = None;
            assert!(codes(&c).is_empty(), "{status:?}");
        }
    }

    #[test]
    fn events_give_and_check_the_status() {
        use AdoptionEventKind::{NotedByBvv, NotedByCommittee, Postponed, Referred, Resolution};
        let mut c = concept();
        let a = adoption(&mut c);
        a.resolution_date = None;
        a.events = vec![
            event(Resolution, "2023-03-14"),
            event(Referred, "2023-04"),
            event(Postponed, "2023-05"),
            event(NotedByCommittee, "2023-06-01"),
        ];
        assert_eq!(a.derived_status(), Some(AdoptionStatus::Adopted));
        assert!(codes(&c).is_empty(), "a resolution event is a resolution");
        adoption(&mut c).events.push(event(NotedByBvv, "2023"));
        assert_eq!(codes(&c), ["adoption.inconsistent"], "events say noted");
        // Precision: a year is not before a day of the same year.
        adoption(&mut c).status = AdoptionStatus::Noted;
        adoption(&mut c).events[4].drucksache = Some("0819/XXI".into());
        assert!(codes(&c).is_empty(), "{:?}", codes(&c));
        adoption(&mut c).events.push(event(Referred, "2022-12"));
        assert_eq!(codes(&c), ["adoption.event_order"]);
    }

    #[test]
    fn dates_agree_with_their_events() {
        let mut c = concept();
        adoption(&mut c).events = vec![event(AdoptionEventKind::Resolution, "2023-03")];
        assert!(codes(&c).is_empty(), "2023-03-14 lies in 2023-03");
        adoption(&mut c).events = vec![event(AdoptionEventKind::Resolution, "2023-04")];
        assert_eq!(codes(&c), ["adoption.inconsistent"]);
    }
}
