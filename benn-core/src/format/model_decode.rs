//! [`Decode`] for every type of the model. The field lists come from the same
//! names `serde` writes, so reading and writing cannot drift apart (a test
//! also compares them with the JSON Schema).

use super::decode::{decode_enum, decode_struct, Decode, Decoder, Slot, R};
use super::json::Kind;
use crate::diag::{text, Code, Text};
use crate::model::{
    ActionField, Adoption, AdoptionStatus, Analysis, Area, AreaLevel, Body, BodyKind,
    CalendarError, Cents, Concept, Date, Direction, District, Fact, FieldKey, Goal, Id, IdError,
    ImpactLevel, Indicator, IndicatorValue, LorCode, LorError, MeasureType, Measurement, Need,
    Office, Period, PublicRelations, Shelter, Site, SiteType, Step, StepStatus, Timeframe,
    YearBudget, YearMonth, MAX_ID_LEN, MAX_YEAR, MIN_YEAR,
};

fn calendar_hint(e: &CalendarError) -> Text {
    match e {
        CalendarError::Shape { expected } => {
            let de = expected.replace('Y', "J").replace('D', "T");
            text!(
                "Schreiben Sie `{de}`, z. B. `2023-07`.",
                "Write `{expected}`, e.g. `2023-07`."
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
            Ok(f64::decode(d)?.map(IndicatorValue::Number))
        }
    }
}

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
decode_enum!(StepStatus {
    "planned" => Planned,
    "in_progress" => InProgress,
    "done" => Done,
    "postponed" => Postponed,
    "dropped" => Dropped,
});

decode_struct!(Site {
    name: String = required,
    district: District = required,
    site_type: SiteType = required,
    operator: String = required,
    office: Office = optional,
    coordination: String = optional,
    start_date: Date = optional,
    lor_edition: String = optional,
    planning_areas: Vec<Area> = required,
    shelters: Vec<Shelter> = list,
    bodies: Vec<Body> = list,
});
decode_struct!(Office {
    address: String = required,
    phone: String = optional,
    email: String = optional,
    website: String = optional,
});
decode_struct!(Area {
    code: LorCode = required,
    name: String = required,
    level: AreaLevel = required,
});
decode_struct!(Shelter {
    name: String = required,
    capacity: u32 = optional,
    operator: String = optional,
    planning_area: LorCode = optional,
});
decode_struct!(Body {
    id: Id = required,
    kind: BodyKind = required,
    name: String = required,
    meets: String = optional,
});
decode_struct!(Period {
    start: YearMonth = required,
    end: YearMonth = required,
    label: String = optional,
});
decode_struct!(Adoption {
    status: AdoptionStatus = required,
    resolution_date: Date = optional,
    drucksache: String = optional,
    noted_date: Date = optional,
});
decode_struct!(Analysis {
    summary: String = optional,
    needs: Vec<Need> = list,
    facts: Vec<Fact> = list,
});
decode_struct!(Need {
    text: String = required,
    source: String = optional,
});
decode_struct!(Fact {
    text: String = required,
    value: f64 = optional,
    unit: String = optional,
    source: String = required,
    date: Date = optional,
});
decode_struct!(PublicRelations {
    summary: String = required,
    channels: Vec<String> = list,
});
decode_struct!(YearBudget {
    year: u16 = required,
    amount_cents: Cents = required,
    staff_hours: u32 = optional,
});
decode_struct!(ActionField {
    key: FieldKey = required,
    title: String = required,
    goals: Vec<Goal> = list,
});
decode_struct!(Goal {
    id: Id = required,
    text: String = required,
    planning_areas: Vec<LorCode> = list,
    target_groups: Vec<String> = list,
    bodies: Vec<Id> = list,
    impact_level: ImpactLevel = optional,
    indicators: Vec<Indicator> = list,
    steps: Vec<Step> = list,
});
decode_struct!(Indicator {
    id: Id = required,
    name: String = required,
    measure: MeasureType = required,
    unit: String = optional,
    direction: Direction = optional,
    baseline: Measurement = optional,
    target: Measurement = optional,
});
decode_struct!(Measurement {
    value: IndicatorValue = required,
    date: Date = optional,
});
decode_struct!(Step {
    id: Id = required,
    text: String = required,
    timeframe: Timeframe = optional,
    responsible: String = optional,
    partners: Vec<String> = list,
    planned_cost_cents: Cents = optional,
    planning_areas: Vec<LorCode> = list,
    bodies: Vec<Id> = list,
    status: StepStatus = required,
    weight: f64 = optional,
});
decode_struct!(Timeframe {
    start: YearMonth = required,
    end: YearMonth = required,
});

/// The top-level document: the concept's fields plus `format_version`.
pub(crate) const DOCUMENT_FIELDS: &[&str] = &[
    "format_version",
    "id",
    "title",
    "site",
    "period",
    "adoption",
    "previous",
    "aim",
    "analysis",
    "public_relations",
    "budget",
    "action_fields",
];

/// Decodes the whole document. Returns the concept (when its shape is right)
/// and the format version found.
/// The concept (when its shape is right) and the format version with its offset.
pub(crate) type DecodedDocument = (Option<Concept>, Option<(i64, usize)>);

pub(crate) fn decode_document(d: &mut Decoder<'_>) -> R<DecodedDocument> {
    let mut version: Option<(i64, usize)> = None;
    let mut id: Slot<Id> = Slot::Absent;
    let mut title: Slot<String> = Slot::Absent;
    let mut site: Slot<Site> = Slot::Absent;
    let mut period: Slot<Period> = Slot::Absent;
    let mut adoption: Slot<Adoption> = Slot::Absent;
    let mut previous: Slot<Id> = Slot::Absent;
    let mut aim: Slot<String> = Slot::Absent;
    let mut analysis: Slot<Analysis> = Slot::Absent;
    let mut public_relations: Slot<PublicRelations> = Slot::Absent;
    let mut budget: Slot<Vec<YearBudget>> = Slot::Absent;
    let mut action_fields: Slot<Vec<ActionField>> = Slot::Absent;
    let mut version_seen = false;
    let at = d.object(DOCUMENT_FIELDS, |d, key| {
        match key {
            "format_version" => {
                version_seen = true;
                d.p.peek()?;
                let at = d.p.offset();
                version = d.integer(i64::MIN, i64::MAX)?.map(|v| (v, at));
            }
            "id" => id = Slot::from(Id::decode(d)?),
            "title" => title = d.optional()?,
            "site" => site = Slot::from(Site::decode(d)?),
            "period" => period = Slot::from(Period::decode(d)?),
            "adoption" => adoption = Slot::from(Adoption::decode(d)?),
            "previous" => previous = d.optional()?,
            "aim" => aim = Slot::from(String::decode(d)?),
            "analysis" => analysis = d.optional()?,
            "public_relations" => public_relations = d.optional()?,
            "budget" => budget = Slot::from(Vec::<YearBudget>::decode(d)?),
            "action_fields" => action_fields = Slot::from(Vec::<ActionField>::decode(d)?),
            _ => {}
        }
        Ok(())
    })?;
    let Some(at) = at else {
        return Ok((None, None));
    };
    if !version_seen {
        d.report(
            Code::FieldMissing,
            at,
            text!(
                "Das Pflichtfeld `format_version` fehlt.",
                "The required field `format_version` is missing.",
            ),
        );
    }
    let id = d.required(at, "id", id);
    let site = d.required(at, "site", site);
    let period = d.required(at, "period", period);
    let adoption = d.required(at, "adoption", adoption);
    let aim = d.required(at, "aim", aim);
    let action_fields = d.required(at, "action_fields", action_fields);
    let mut ok = true;
    let title = title.optional(&mut ok);
    let previous = previous.optional(&mut ok);
    let analysis = analysis.optional(&mut ok);
    let public_relations = public_relations.optional(&mut ok);
    let budget = budget.list(&mut ok);
    let (Some(id), Some(site), Some(period), Some(adoption), Some(aim), Some(action_fields), true) =
        (id, site, period, adoption, aim, action_fields, ok)
    else {
        return Ok((None, version));
    };
    Ok((
        Some(Concept {
            id,
            title,
            site,
            period,
            adoption,
            previous,
            aim,
            analysis,
            public_relations,
            budget,
            action_fields,
        }),
        version,
    ))
}
