//! Rule `adoption.inconsistent`: the adoption data fit the status.

use crate::diag::{text, Code, Finding, Pointer, Text};
use crate::model::{AdoptionStatus, Concept};

pub(super) fn check(c: &Concept, out: &mut crate::diag::Findings) {
    let a = &c.adoption;
    let p = |k: &str| Pointer::root().key("adoption").key(k);
    let mut bad = |key: &str, message: Text| {
        out.push(Finding::new(Code::AdoptionInconsistent, p(key), message));
    };
    let status = a.status;
    let decided = matches!(
        status,
        AdoptionStatus::Adopted | AdoptionStatus::Noted | AdoptionStatus::Superseded
    );
    if decided && a.resolution_date.is_none() {
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
        if a.drucksache.is_none() {
            bad(
                "status",
                text!(
                    "Der Status sagt, die BVV habe das Konzept zur Kenntnis genommen, aber die Drucksache (`drucksache`) fehlt.",
                    "The status says the BVV has noted the concept, but the paper number (`drucksache`) is missing.",
                ),
            );
        }
        if a.noted_date.is_none() {
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
            bad(
                "noted_date",
                text!(
                    "Die BVV kann das Konzept nicht am {n} zur Kenntnis genommen haben, vor dem Beschluss des Bezirksamts am {r}.",
                    "The BVV cannot have noted the concept on {n}, before the district office's resolution on {r}.",
                ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::model::{AdoptionStatus, Date};
    use crate::validate::testing::{codes, concept};

    #[test]
    fn status_and_data_agree() {
        let mut c = concept();
        c.adoption.resolution_date = None;
        assert_eq!(codes(&c), ["adoption.inconsistent"]);
        c.adoption.status = AdoptionStatus::Draft;
        assert!(codes(&c).is_empty());
        c.adoption.status = AdoptionStatus::Noted;
        c.adoption.resolution_date = Some(Date::new(2023, 3, 14).unwrap());
        c.adoption.drucksache = Some("0819/XXI".into());
        c.adoption.noted_date = Some(Date::new(2023, 3, 1).unwrap());
        assert_eq!(codes(&c), ["adoption.inconsistent"]);
        c.adoption.noted_date = Some(Date::new(2023, 4, 19).unwrap());
        assert!(codes(&c).is_empty());
    }
}
