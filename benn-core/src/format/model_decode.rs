//! [`Decode`] for every type of the model. The field lists come from the same
//! names `serde` writes, so reading and writing cannot drift apart (a test
//! also compares them with the JSON Schema).

use super::decode::{decode_enum, Decode, Decoder, R};
use super::json::Kind;
use crate::diag::{text, Code, Text};
use crate::model::{
    AdoptionEventKind, AdoptionStatus, ApproxDate, AreaLevel, AreaSource, BodyKind, CalendarError,
    Cents, Concept, Date, Decimal, Direction, District, EntryKind, FieldKey, Id, IdError,
    ImpactLevel, IndicatorValue, Log, LorCode, LorError, MeasureType, SiteType, StepStatus,
    YearMonth, MAX_ID_LEN, MAX_YEAR, MIN_YEAR,
};

fn calendar_hint(e: &CalendarError) -> Text {
    match e {
        CalendarError::Shape { expected } => {
            let de = expected.replace('Y', "J").replace('D', "T");
            let example = match *expected {
                "YYYY-MM-DD" => "2023-07-15",
                "YYYY" => "2017",
                _ => "2023-07",
            };
            text!(
                "Schreiben Sie `{de}`, z. B. `{example}`.",
                "Write `{expected}`, e.g. `{example}`."
            )
        }
        CalendarError::Year(_) => text!(
            "Jahre von {MIN_YEAR} bis {MAX_YEAR} sind erlaubt.",
            "Years from {MIN_YEAR} to {MAX_YEAR} are allowed.",
        ),
        CalendarError::Month(_) => {
            text!("Monate gehen von 01 bis 12.", "Months run from 01 to 12.")
        }
        CalendarError::Day { .. } => text!(
            "Diesen Tag gibt es in dem Monat nicht.",
            "That day does not exist in that month.",
        ),
    }
}

impl Decode for YearMonth {
    fn decode(d: &mut Decoder<'_>) -> R<Option<Self>> {
        d.parsed(str::parse::<YearMonth>, |s, e| {
            let hint = Some(calendar_hint(&e));
            (
                Code::ValueFormat,
                text!(
                    "`{s}` ist kein gültiger Monat (JJJJ-MM).",
                    "`{s}` is not a valid month (YYYY-MM).",
                ),
                hint,
            )
        })
    }
}

impl Decode for Date {
    fn decode(d: &mut Decoder<'_>) -> R<Option<Self>> {
        d.parsed(str::parse::<Date>, |s, e| {
            let hint = Some(calendar_hint(&e));
            (
                Code::ValueFormat,
                text!(
                    "`{s}` ist kein gültiges Datum (JJJJ-MM-TT).",
                    "`{s}` is not a valid date (YYYY-MM-DD).",
                ),
                hint,
            )
        })
    }
}

impl Decode for ApproxDate {
    fn decode(d: &mut Decoder<'_>) -> R<Option<Self>> {
        d.parsed(str::parse::<ApproxDate>, |s, e| {
            let s = super::decode::preview(s, 40);
            let hint = match e {
                CalendarError::Shape { .. } => text!(
                    "Schreiben Sie ein Jahr, einen Monat oder einen Tag: `2017`, `2018-04` oder `2018-04-12`.",
                    "Write a year, a month or a day: `2017`, `2018-04` or `2018-04-12`.",
                ),
                e => calendar_hint(&e),
            };
            (
                Code::ValueFormat,
                text!(
                    "`{s}` ist kein gültiges Datum (JJJJ, JJJJ-MM oder JJJJ-MM-TT).",
                    "`{s}` is not a valid date (YYYY, YYYY-MM or YYYY-MM-DD).",
                ),
                Some(hint),
            )
        })
    }
}

impl Decode for Decimal {
    fn decode(d: &mut Decoder<'_>) -> R<Option<Self>> {
        let Some((tok, at)) = d.number_token(super::decode::NUMBER)? else {
            return Ok(None);
        };
        if let Ok(v) = tok.parse::<Decimal>() {
            return Ok(Some(v));
        }
        let shown = super::decode::preview(tok, 40);
        d.report(
            Code::JsonNumberRange,
            at,
            text!(
                "Die Zahl `{shown}` ist zu groß, um dargestellt zu werden.",
                "The number `{shown}` is too large to be represented.",
            ),
        );
        Ok(None)
    }
}

impl Decode for bool {
    fn decode(d: &mut Decoder<'_>) -> R<Option<Self>> {
        if d.expect_kind(Kind::Bool, super::decode::BOOLEAN)?.is_none() {
            return Ok(None);
        }
        Ok(Some(d.p.boolean()?))
    }
}

impl Decode for Id {
    fn decode(d: &mut Decoder<'_>) -> R<Option<Self>> {
        d.parsed(|s: &str| Id::new(s), |s, e| {
            let s = super::decode::preview(s, 40);
            let message = match e {
                IdError::Empty => text!("Die Id ist leer.", "The id is empty."),
                IdError::Whitespace => text!(
                    "Die Id `{s}` enthält Leer- oder Steuerzeichen.",
                    "The id `{s}` contains whitespace or control characters.",
                ),
                IdError::TooLong => text!(
                    "Die Id `{s}` ist länger als {MAX_ID_LEN} Zeichen.",
                    "The id `{s}` is longer than {MAX_ID_LEN} characters.",
                ),
            };
            let hint = text!(
                "Ids bestehen aus Buchstaben, Ziffern und Zeichen wie `-`, `_`, `.`, z. B. `z-begegnung-1`.",
                "Ids consist of letters, digits and signs like `-`, `_`, `.`, e.g. `z-begegnung-1`.",
            );
            (Code::IdInvalid, message, Some(hint))
        })
    }
}

impl Decode for LorCode {
    fn decode(d: &mut Decoder<'_>) -> R<Option<Self>> {
        d.parsed(|s: &str| LorCode::new(s), |s, e| {
            let s = super::decode::preview(s, 40);
            let message = match e {
                LorError::Shape => text!(
                    "`{s}` ist kein LOR-Schlüssel: erwartet werden 8 Ziffern (Planungsraum), 6 (Bezirksregion) oder 4 (Prognoseraum).",
                    "`{s}` is not a LOR code: expected 8 digits (planning area), 6 (district region) or 4 (forecast area).",
                ),
                LorError::District => text!(
                    "`{s}` beginnt nicht mit einem Berliner Bezirk (01 bis 12).",
                    "`{s}` does not start with a Berlin district (01 to 12).",
                ),
            };
            let hint = text!(
                "LOR-Schlüssel werden als Text mit führender Null geschrieben, z. B. `03500932` für den Planungsraum Bühringstraße.",
                "LOR codes are written as text with the leading zero, e.g. `03500932` for the planning area Bühringstraße.",
            );
            (Code::LorShape, message, Some(hint))
        })
    }
}

impl Decode for District {
    fn decode(d: &mut Decoder<'_>) -> R<Option<Self>> {
        d.parsed(
            |s| District::from_code(s).ok_or(()),
            |s, ()| {
                let s = super::decode::preview(s, 40);
                (
                    Code::ValueFormat,
                    text!(
                        "`{s}` ist kein Berliner Bezirk.",
                        "`{s}` is not a Berlin district.",
                    ),
                    Some(text!(
                        "Bezirke werden zweistellig geschrieben, von `01` (Mitte) bis `12` (Reinickendorf).",
                        "Districts are written with two digits, from `01` (Mitte) to `12` (Reinickendorf).",
                    )),
                )
            },
        )
    }
}

impl Decode for FieldKey {
    fn decode(d: &mut Decoder<'_>) -> R<Option<Self>> {
        d.parsed(
            FieldKey::new,
            |s, _| {
                let s = super::decode::preview(s, 40);
                (
                    Code::ValueFormat,
                    text!(
                        "`{s}` ist kein gültiger Handlungsfeld-Schlüssel.",
                        "`{s}` is not a valid action field key.",
                    ),
                    Some(text!(
                        "Standardfelder: `begegnung`, `empowerment`, `kommunikation`, `netzwerk`; eigene Schlüssel aus Kleinbuchstaben, Ziffern, `_` und `-`.",
                        "Standard fields: `begegnung`, `empowerment`, `kommunikation`, `netzwerk`; custom keys of lower-case letters, digits, `_` and `-`.",
                    )),
                )
            },
        )
    }
}

impl Decode for Cents {
    fn decode(d: &mut Decoder<'_>) -> R<Option<Self>> {
        Ok(d.integer(i64::MIN, i64::MAX)?.map(Cents::new))
    }
}

impl Decode for u16 {
    fn decode(d: &mut Decoder<'_>) -> R<Option<Self>> {
        Ok(d.integer(0, i64::from(u16::MAX))?
            .and_then(|v| u16::try_from(v).ok()))
    }
}

impl Decode for IndicatorValue {
    fn decode(d: &mut Decoder<'_>) -> R<Option<Self>> {
        if d.p.peek()? == Kind::String {
            Ok(String::decode(d)?.map(IndicatorValue::Text))
        } else {
            Ok(Decimal::decode(d)?.map(IndicatorValue::Number))
        }
    }
}

decode_enum!(AreaSource { "concept" => Concept, "derived" => Derived });
decode_enum!(SiteType { "benn" => Benn, "benn_plus" => BennPlus, "qm_attached" => QmAttached });
decode_enum!(AreaLevel {
    "planning_area" => PlanningArea,
    "district_region" => DistrictRegion,
    "forecast_area" => ForecastArea,
});
decode_enum!(BodyKind {
    "neighbourhood_forum" => NeighbourhoodForum,
    "residents_council" => ResidentsCouncil,
    "round_table" => RoundTable,
    "workshop" => Workshop,
    "survey" => Survey,
    "youth_forum" => YouthForum,
    "other" => Other,
});
decode_enum!(AdoptionStatus {
    "draft" => Draft,
    "adopted" => Adopted,
    "noted" => Noted,
    "superseded" => Superseded,
    "published" => Published,
    "unknown" => Unknown,
});
decode_enum!(AdoptionEventKind {
    "resolution" => Resolution,
    "referred" => Referred,
    "postponed" => Postponed,
    "noted_by_committee" => NotedByCommittee,
    "noted_by_bvv" => NotedByBvv,
    "published" => Published,
    "superseded" => Superseded,
});
decode_enum!(ImpactLevel {
    "activities" => Activities,
    "reached" => Reached,
    "accepted" => Accepted,
    "awareness" => Awareness,
    "behaviour" => Behaviour,
    "living_situation" => LivingSituation,
    "society" => Society,
});
decode_enum!(MeasureType { "unit" => Unit, "percentage" => Percentage, "qualitative" => Qualitative });
decode_enum!(Direction { "increase" => Increase, "decrease" => Decrease });
decode_enum!(EntryKind {
    "status" => Status,
    "progress" => Progress,
    "spending" => Spending,
    "measurement" => Measurement,
    "meeting" => Meeting,
    "note" => Note,
});
decode_enum!(StepStatus {
    "planned" => Planned,
    "in_progress" => InProgress,
    "done" => Done,
    "postponed" => Postponed,
    "dropped" => Dropped,
});

/// A document's value (when its shape is right) and its format version with
/// the version's offset.
pub(crate) type DecodedRoot<T> = (Option<T>, Option<(i64, usize)>);

/// A record that is the root of a document kind (declared with `root(…)` in
/// [`crate::model::record`]).
pub(crate) trait Root: Sized {
    /// The record's decoder with an `extra` handler for the other keys.
    fn decode_with<F>(d: &mut Decoder<'_>, extra: F) -> R<Option<(Option<Self>, usize)>>
    where
        F: FnMut(&mut Decoder<'_>, &'static str) -> R<()>;
}

macro_rules! root {
    ($($t:ty),*) => {$(
        impl Root for $t {
            fn decode_with<F>(d: &mut Decoder<'_>, extra: F) -> R<Option<(Option<Self>, usize)>>
            where
                F: FnMut(&mut Decoder<'_>, &'static str) -> R<()>,
            {
                <$t>::decode_record(d, <$t>::ROOT_FIELD_NAMES, extra)
            }
        }
    )*};
}
root!(Concept, Log);

/// Decodes a whole document: `format_version` and the root record's fields.
pub(crate) fn decode_root<T: Root>(d: &mut Decoder<'_>) -> R<DecodedRoot<T>> {
    let mut version: Option<(i64, usize)> = None;
    let mut version_seen = false;
    let decoded = T::decode_with(d, |d, key| {
        if key == "format_version" {
            version_seen = true;
            d.p.peek()?;
            let at = d.p.offset();
            version = d.integer(i64::MIN, i64::MAX)?.map(|v| (v, at));
        }
        Ok(())
    })?;
    let Some((value, at)) = decoded else {
        return Ok((None, None));
    };
    if !version_seen {
        let f = d
            .finding(
                Code::FieldMissing,
                at,
                text!(
                    "Das Pflichtfeld `format_version` fehlt.",
                    "The required field `format_version` is missing.",
                ),
            )
            .with("field", "format_version");
        d.push(f);
    }
    Ok((value, version))
}

#[cfg(test)]
mod tests {
    use crate::validate::testing::MINIMAL;
    use crate::{validate, Options};

    /// The hint of the first finding when `from` is replaced by `to` in MINIMAL.
    fn hint(from: &str, to: &str) -> String {
        let doc = MINIMAL.replacen(from, to, 1);
        let report = validate(doc.as_bytes(), &Options::default());
        let f = report.findings.first().expect("a finding");
        f.hint.as_ref().map(|h| h.en.clone()).unwrap_or_default()
    }

    #[test]
    fn malformed_dates_get_examples_of_their_own_shape() {
        let h = hint("\"2023-03-14\"", "\"14.03.2023\"");
        assert!(h.contains("`2023-07-15`"), "{h}");
        let h = hint("\"start\": \"2023-01\"", "\"start\": \"Jan 2023\"");
        assert!(h.contains("`2023-07`"), "{h}");
        let h = hint(
            "\"site_type\": \"benn\",",
            "\"site_type\": \"benn\", \"start_date\": \"2018-4\",",
        );
        assert!(h.contains("`2017`, `2018-04` or `2018-04-12`"), "{h}");
    }

    #[test]
    fn versions_1_to_3_are_read() {
        for v in ["1", "2", "3"] {
            let doc = MINIMAL.replacen(
                "\"format_version\": 1",
                &format!("\"format_version\": {v}"),
                1,
            );
            assert!(crate::read(doc.as_bytes()).is_ok(), "{v}");
        }
        let doc = MINIMAL.replacen("\"format_version\": 1", "\"format_version\": 4", 1);
        let report = validate(doc.as_bytes(), &Options::default());
        assert_eq!(report.findings[0].code.as_str(), "format.version");
    }
}
