//! The domain rules (*Regeln*) on a concept: ids, references, areas, time,
//! budget, texts, structure, indicators, adoption. Rules see the model only
//! and point at values by JSON Pointer; reading a document and locating the
//! findings is [`crate::pipeline`]'s job.
//!
//! A rule is `fn check(c: &Concept, [options,] out: &mut Findings)`. It
//! pushes findings into the bounded sink (see [`Findings`]), which keeps at
//! most [`crate::MAX_FINDINGS`] and only counts the rest.

mod adoption;
mod areas;
mod budget;
mod fields;
mod ids;
mod indicators;
pub(crate) mod log;
mod progress;
mod refs;
mod shelters;
mod texts;
mod time;

use crate::diag::{Finding, Findings, Pointer};
use crate::model::{Concept, Date, District, Id, Period};

/// What validation may know beyond the document itself. All of it is optional.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Options {
    /// Today's date, for rules about the present (`step.done_not_started`).
    /// The core never reads the clock; callers pass it in.
    pub today: Option<Date>,
    /// The concepts checked together (e.g. the files given to `benn
    /// validate`, the document itself included), against which `previous` is
    /// resolved and concept ids are compared. When empty, only
    /// self-references are reported.
    pub known_concepts: Vec<KnownConcept>,
}

impl Options {
    /// Options with `today` read from `YYYY-MM-DD`; the error says why the
    /// text is no date (for the bindings, which take the date as text).
    ///
    /// ```
    /// assert!(benn_core::Options::with_today("2024-02-29").is_ok());
    /// let e = benn_core::Options::with_today("2023-02-29").unwrap_err();
    /// assert_eq!(e, "today must be a date YYYY-MM-DD; `2023-02-29`: day 29 does not exist in 2023-02");
    /// ```
    pub fn with_today(text: &str) -> Result<Options, String> {
        let date = text
            .parse()
            .map_err(|e| format!("today must be a date YYYY-MM-DD; `{text}`: {e}"))?;
        Ok(Options {
            today: Some(date),
            ..Options::default()
        })
    }
}

/// A concept known to the caller: enough to resolve a `previous` reference
/// and to tell whether it belongs to the same site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownConcept {
    /// The concept's id.
    pub id: Id,
    /// Its period.
    pub period: Period,
    /// Its site's district, when known.
    pub district: Option<District>,
    /// Its site's name, when known.
    pub site: Option<String>,
}

impl KnownConcept {
    /// A known concept of which only the id and period are known.
    pub fn new(id: Id, period: Period) -> Self {
        Self {
            id,
            period,
            district: None,
            site: None,
        }
    }
}

impl KnownConcept {
    /// Known concepts from JSON text, as the bindings and the shared test
    /// vectors pass them: a list of `{"id", "period": {"start", "end"},
    /// "district"?, "site"?}` objects. The error names the entry and field.
    ///
    /// ```
    /// use benn_core::KnownConcept;
    /// let known = KnownConcept::list_from_json(
    ///     r#"[{"id": "a-2021", "period": {"start": "2021-01", "end": "2022-12"}, "district": "09"}]"#,
    /// ).unwrap();
    /// assert_eq!(known[0].id.as_str(), "a-2021");
    /// let e = KnownConcept::list_from_json(r#"[{"id": "a", "period": {"start": "2021-13", "end": "2022-12"}}]"#);
    /// assert!(e.unwrap_err().starts_with("known_concepts[0].period.start:"));
    /// ```
    pub fn list_from_json(text: &str) -> Result<Vec<KnownConcept>, String> {
        #[derive(serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        struct RawPeriod {
            start: String,
            end: String,
        }
        #[derive(serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Raw {
            id: String,
            period: RawPeriod,
            #[serde(default)]
            district: Option<String>,
            #[serde(default)]
            site: Option<String>,
        }
        let raw: Vec<serde_json::Value> =
            serde_json::from_str(text).map_err(|e| format!("known_concepts: {e}"))?;
        raw.into_iter()
            .enumerate()
            .map(|(i, value)| {
                let at = |field: &str, e: &dyn std::fmt::Display| {
                    format!("known_concepts[{i}].{field}: {e}")
                };
                let r: Raw = serde_json::from_value(value)
                    .map_err(|e| format!("known_concepts[{i}]: {e}"))?;
                let id = Id::new(&r.id).map_err(|e| at("id", &e))?;
                let start = r.period.start.parse().map_err(|e| at("period.start", &e))?;
                let end = r.period.end.parse().map_err(|e| at("period.end", &e))?;
                let district = match r.district {
                    None => None,
                    Some(d) => Some(District::from_code(&d).ok_or_else(|| {
                        at("district", &format!("`{d}` is not a district 01 to 12"))
                    })?),
                };
                Ok(KnownConcept {
                    id,
                    period: Period::new(start, end),
                    district,
                    site: r.site,
                })
            })
            .collect()
    }
}

impl From<&Concept> for KnownConcept {
    fn from(c: &Concept) -> Self {
        Self {
            id: c.id.clone(),
            period: c.period.clone(),
            district: Some(c.site.district),
            site: Some(c.site.name.clone()),
        }
    }
}

/// The concept ids that occur more than once among documents checked
/// together (each once, in order of first occurrence). Two files with the
/// same concept id are an error (`concept.duplicate_id`): [`validate`](crate::pipeline::validate) reports
/// it on each of them when the set is given as [`Options::known_concepts`].
///
/// ```
/// use benn_core::{duplicate_concept_ids, synth, KnownConcept};
/// let a = synth::concept(1, 1);
/// let known = [KnownConcept::from(&a), KnownConcept::from(&a)];
/// assert_eq!(duplicate_concept_ids(&known), [&a.id]);
/// ```
pub fn duplicate_concept_ids(known: &[KnownConcept]) -> Vec<&Id> {
    let mut seen = std::collections::HashMap::new();
    let mut out = Vec::new();
    for k in known {
        let n = seen.entry(&k.id).or_insert(0usize);
        *n += 1;
        if *n == 2 {
            out.push(&k.id);
        }
    }
    out
}

/// Runs the domain rules (phase 3) on a concept built or read elsewhere.
/// The findings carry pointers but no locations.
/// At most [`crate::MAX_FINDINGS`] findings are returned.
pub fn check(concept: &Concept, options: &Options) -> Vec<Finding> {
    let mut out = Findings::default();
    rules(concept, options, &mut out);
    out.into_parts().0
}

/// Runs every rule into a bounded sink; a rule whose turn comes when the sink
/// is full still counts what it finds, but renders nothing.
pub(crate) fn rules(concept: &Concept, options: &Options, out: &mut Findings) {
    ids::check(concept, out);
    areas::check(concept, out);
    refs::check(concept, options, out);
    time::check(concept, options, out);
    budget::check(concept, out);
    texts::check(concept, out);
    fields::check(concept, out);
    indicators::check(concept, out);
    adoption::check(concept, out);
    shelters::check(concept, out);
    log::check(concept, options, out);
    progress::check(concept, options, out);
}

/// Pointers into the concept, built only when a finding needs one.
pub(crate) mod at {
    use super::Pointer;

    pub(crate) fn field(f: usize) -> Pointer {
        Pointer::root().key("action_fields").index(f)
    }
    pub(crate) fn goal(f: usize, g: usize) -> Pointer {
        field(f).key("goals").index(g)
    }
    /// A step of goal `g`, or of the field itself when `g` is `None`.
    pub(crate) fn step(f: usize, g: Option<usize>, s: usize) -> Pointer {
        match g {
            Some(g) => goal(f, g),
            None => field(f),
        }
        .key("steps")
        .index(s)
    }
    pub(crate) fn indicator(f: usize, g: usize, i: usize) -> Pointer {
        goal(f, g).key("indicators").index(i)
    }
    pub(crate) fn site() -> Pointer {
        Pointer::root().key("site")
    }
}

/// Every goal with its indices.
pub(crate) fn goals(c: &Concept) -> impl Iterator<Item = (usize, usize, &crate::model::Goal)> {
    c.action_fields.iter().enumerate().flat_map(|(f, field)| {
        field
            .goals
            .iter()
            .enumerate()
            .map(move |(g, goal)| (f, g, goal))
    })
}

/// Every step with its indices: field, goal (`None` for a step of the field
/// itself) and step; in the order of [`Concept::steps`].
pub(crate) fn steps(c: &Concept) -> crate::model::StepsAt<'_> {
    c.steps_at()
}

#[cfg(test)]
pub(crate) mod testing {
    //! A small valid concept for rule tests.

    use crate::model::Concept;

    pub(crate) const MINIMAL: &str = r#"{
      "format_version": 1,
      "id": "test-2023",
      "site": {
        "name": "BENN Test", "district": "03", "site_type": "benn", "operator": "Träger gGmbH",
        "planning_areas": [
          {"code": "03500932", "name": "Bühringstraße", "level": "planning_area"},
          {"code": "035010", "name": "Weißensee Ost", "level": "district_region"}
        ],
        "bodies": [{"id": "forum", "kind": "neighbourhood_forum", "name": "Nachbarschaftsforum"}]
      },
      "period": {"start": "2023-01", "end": "2024-12"},
      "adoption": {"status": "adopted", "resolution_date": "2023-03-14"},
      "aim": "Zusammenhalt stärken",
      "budget": [{"year": 2023, "amount_cents": 3000000}, {"year": 2024, "amount_cents": 3000000}],
      "action_fields": [{
        "key": "begegnung", "title": "Begegnung",
        "goals": [{
          "id": "g1", "text": "Wir wollen Nachbarschaft stärken.", "planning_areas": ["03500932"],
          "steps": [{"id": "s1", "text": "Nachbarschaftsfest", "status": "planned",
                     "timeframe": {"start": "2023-05", "end": "2023-09"}, "planned_cost_cents": 100000}]
        }]
      }]
    }"#;

    pub(crate) fn concept() -> Concept {
        crate::read(MINIMAL.as_bytes()).expect("the fixture is valid")
    }

    /// Codes the rules find in `c`.
    pub(crate) fn codes(c: &Concept) -> Vec<&'static str> {
        super::check(c, &super::Options::default())
            .iter()
            .map(|f| f.code.as_str())
            .collect()
    }
}

#[cfg(test)]
mod context_tests {
    //! The values findings carry (`Finding::context`) for rule paths that
    //! the shared vectors (`tests/vectors.rs`) do not show first.

    use super::testing::concept;
    use super::{check, KnownConcept, Options};
    use crate::diag::ContextValue::{self, Int, Text};
    use crate::model::{
        AdoptionEvent, AdoptionEventKind, AreaLevel, Concept, Date, Id, Indicator, IndicatorValue,
        MeasureType, Measurement, Period,
    };

    /// The context of the first finding of `code`.
    fn context(c: &Concept, options: &Options, code: &str) -> Vec<(&'static str, ContextValue)> {
        let found = check(c, options);
        let f = found.iter().find(|f| f.code.as_str() == code);
        f.unwrap_or_else(|| panic!("no {code} in {found:#?}"))
            .context
            .clone()
    }

    fn t(s: &str) -> ContextValue {
        Text(s.into())
    }

    #[test]
    fn rules_carry_the_values_of_their_messages() {
        let none = Options::default();

        // lor.shape from the rule: a region's code stated as a planning area, named otherwise.
        let mut c = concept();
        c.site.planning_areas[1].level = AreaLevel::PlanningArea;
        c.site.planning_areas[1].name = "Anderswo".into();
        assert_eq!(
            context(&c, &none, "lor.shape"),
            [
                ("lor_code", t("035010")),
                ("level", t("planning_area")),
                ("lor_level", t("district_region")),
                ("digits", Int(6)),
                ("level_digits", Int(8)),
            ]
        );

        // ref.previous: another site, and a period that overlaps.
        let mut c = concept();
        c.previous = Some(Id::new("alt-2021").unwrap());
        let mut other = KnownConcept::new(
            Id::new("alt-2021").unwrap(),
            Period::parse_label("2021/2022").unwrap(),
        );
        other.site = Some("BENN Anderswo".into());
        let options = Options {
            known_concepts: vec![other.clone()],
            ..Options::default()
        };
        assert_eq!(
            context(&c, &options, "ref.previous"),
            [
                ("id", t("alt-2021")),
                ("previous_site", t("BENN Anderswo")),
                ("site", t("BENN Test")),
            ]
        );
        other.site = None;
        other.period = Period::parse_label("2022/2023").unwrap();
        let options = Options {
            known_concepts: vec![other],
            ..Options::default()
        };
        assert_eq!(
            context(&c, &options, "ref.previous"),
            [
                ("id", t("alt-2021")),
                ("end", t("2023-12")),
                ("start", t("2023-01")),
            ]
        );

        // indicator.value: a number for a qualitative indicator, a text for a counted one.
        let mut c = concept();
        let m = |v| {
            Some(Measurement {
                value: v,
                date: None,
            })
        };
        c.action_fields[0].goals[0].indicators = vec![Indicator {
            id: Id::new("i1").unwrap(),
            name: "Stimmung".into(),
            measure: MeasureType::Qualitative,
            unit: None,
            direction: None,
            baseline: m(IndicatorValue::Number(3.into())),
            target: m(IndicatorValue::Text("besser".into())),
        }];
        assert_eq!(
            context(&c, &none, "indicator.value"),
            [
                ("id", t("i1")),
                ("which", t("baseline")),
                ("measure", t("qualitative")),
                ("value", t("3")),
            ]
        );
        let ind = &mut c.action_fields[0].goals[0].indicators[0];
        ind.measure = MeasureType::Unit;
        ind.baseline = None;
        assert_eq!(
            context(&c, &none, "indicator.value"),
            [
                ("id", t("i1")),
                ("which", t("target")),
                ("measure", t("unit"))
            ]
        );

        // adoption.inconsistent: a date that the decision path contradicts.
        let mut c = concept();
        let a = c.adoption.as_mut().unwrap();
        a.events = vec![AdoptionEvent {
            kind: AdoptionEventKind::Resolution,
            date: "2023-04".parse().unwrap(),
            body: None,
            drucksache: None,
            note: None,
        }];
        assert_eq!(
            context(&c, &none, "adoption.inconsistent"),
            [
                ("field", t("resolution_date")),
                ("date", t("2023-03-14")),
                ("event_date", t("2023-04")),
            ]
        );

        // time.end_before_start of the period; time.future of a site's start.
        let mut c = concept();
        c.period = Period::new("2024-12".parse().unwrap(), "2023-01".parse().unwrap());
        c.budget.clear();
        assert_eq!(
            context(&c, &none, "time.end_before_start"),
            [("start", t("2024-12")), ("end", t("2023-01"))]
        );
        let mut c = concept();
        c.site.start_date = Some("2023-07".parse().unwrap());
        let today = Options {
            today: Some(Date::new(2023, 6, 1).unwrap()),
            ..Options::default()
        };
        assert_eq!(
            context(&c, &today, "time.future"),
            [("date", t("2023-07")), ("today", t("2023-06-01"))]
        );
    }
}
