//! Indicator rules: `indicator.no_baseline`, `indicator.no_target` and
//! `indicator.value`.

use super::{at, goals};
use crate::diag::{text, Code, Finding};
use crate::model::{Concept, IndicatorValue, MeasureType};

pub(super) fn check(c: &Concept, out: &mut crate::diag::Findings) {
    for (f, g, goal) in goals(c) {
        for (i, ind) in goal.indicators.iter().enumerate() {
            let p = || at::indicator(f, g, i);
            let name = &ind.name;
            if ind.baseline.is_none() {
                out.push(
                    Finding::new(
                        Code::IndicatorNoBaseline,
                        p(),
                        text!(
                            "Der Indikator „{name}“ hat keinen Ausgangswert.",
                            "The indicator “{name}” has no baseline.",
                        ),
                    )
                    .with_hint(text!(
                        "Ohne Ausgangswert lässt sich Fortschritt nicht zeigen; tragen Sie `baseline` mit Wert und Datum ein.",
                        "Without a baseline progress cannot be shown; add a `baseline` with value and date.",
                    ))
                    .with("id", ind.id.as_str())
                    .with("name", name),
                );
            }
            if ind.target.is_none() {
                out.push(
                    Finding::new(
                        Code::IndicatorNoTarget,
                        p(),
                        text!(
                            "Der Indikator „{name}“ hat keinen Zielwert.",
                            "The indicator “{name}” has no target.",
                        ),
                    )
                    .with_hint(text!(
                        "Ein Zielwert macht das Ziel überprüfbar; tragen Sie `target` mit Wert und Datum ein.",
                        "A target makes the goal checkable; add a `target` with value and date.",
                    ))
                    .with("id", ind.id.as_str())
                    .with("name", name),
                );
            }
            for (which, m) in [("baseline", &ind.baseline), ("target", &ind.target)] {
                let Some(m) = m else { continue };
                let vp = || p().key(which).key("value");
                // What is wrong, how to fix it, and the number written, if any.
                let (message, hint, number) = match (ind.measure, &m.value) {
                    (MeasureType::Qualitative, IndicatorValue::Number(v)) => {
                        let v = v.as_str();
                        (
                            text!(
                                "Ein qualitativer Indikator braucht eine Beschreibung, keine Zahl ({v}).",
                                "A qualitative indicator needs a description, not a number ({v}).",
                            ),
                            text!(
                                "Beschreiben Sie den Wert in Worten, oder setzen Sie `\"measure\": \"unit\"`, wenn gezählt wird.",
                                "Describe the value in words, or set `\"measure\": \"unit\"` if it is counted.",
                            ),
                            Some(v),
                        )
                    }
                    (MeasureType::Unit | MeasureType::Percentage, IndicatorValue::Text(_)) => (
                        text!(
                            "Dieser Indikator wird in Zahlen gemessen; der Wert muss eine Zahl sein.",
                            "This indicator is measured in numbers; the value must be a number.",
                        ),
                        text!(
                            "Schreiben Sie eine Zahl ohne Anführungszeichen, z. B. `20`; lässt sich der Wert nur beschreiben, setzen Sie `\"measure\": \"qualitative\"`.",
                            "Write a number without quotes, e.g. `20`; if the value can only be described, set `\"measure\": \"qualitative\"`.",
                        ),
                        None,
                    ),
                    (MeasureType::Percentage, IndicatorValue::Number(v))
                        if !(0.0..=100.0).contains(&v.value()) =>
                    {
                        let v = v.as_str();
                        (
                            text!(
                                "Ein Prozentwert liegt zwischen 0 und 100, nicht bei {v}.",
                                "A percentage lies between 0 and 100, not at {v}.",
                            ),
                            text!(
                                "Ein Prozentwert ist ein Anteil; für Anzahlen oder Veränderungen über 100 % setzen Sie `\"measure\": \"unit\"` mit einer Einheit.",
                                "A percentage is a share; for counts or changes beyond 100 % set `\"measure\": \"unit\"` with a unit.",
                            ),
                            Some(v),
                        )
                    }
                    _ => continue,
                };
                let mut f = Finding::new(Code::IndicatorValue, vp(), message)
                    .with_hint(hint)
                    .with("id", ind.id.as_str())
                    .with("which", which)
                    .with("measure", measure_name(ind.measure));
                if let Some(v) = number {
                    f = f.with("value", v);
                }
                out.push(f);
            }
        }
    }
}

/// The measure's name as written in a document (`unit`, `percentage`, `qualitative`).
fn measure_name(m: MeasureType) -> &'static str {
    match m {
        MeasureType::Unit => "unit",
        MeasureType::Percentage => "percentage",
        MeasureType::Qualitative => "qualitative",
    }
}

#[cfg(test)]
mod tests {
    use crate::model::{Id, Indicator, IndicatorValue, MeasureType, Measurement};
    use crate::validate::testing::{codes, concept};

    #[test]
    fn indicator_rules() {
        let mut c = concept();
        let m = |v| {
            Some(Measurement {
                value: v,
                date: None,
            })
        };
        c.action_fields[0].goals[0].indicators = vec![
            Indicator {
                id: Id::new("i1").unwrap(),
                name: "Teilnehmende".into(),
                measure: MeasureType::Unit,
                unit: Some("Personen".into()),
                direction: None,
                baseline: None,
                target: None,
            },
            Indicator {
                id: Id::new("i2").unwrap(),
                name: "Anteil".into(),
                measure: MeasureType::Percentage,
                unit: None,
                direction: None,
                baseline: m(IndicatorValue::Number(120.into())),
                target: m(IndicatorValue::Text("mehr".into())),
            },
        ];
        assert_eq!(
            codes(&c),
            [
                "indicator.no_baseline",
                "indicator.no_target",
                "indicator.value",
                "indicator.value"
            ]
        );
        let found = crate::validate::check(&c, &crate::validate::Options::default());
        assert!(found.iter().all(|f| f.hint.is_some()), "{found:#?}");
    }
}
