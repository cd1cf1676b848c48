//! Deterministic synthetic concepts of any size, for benchmarks and property
//! tests. The same `(steps, seed)` always gives the same concept, and every
//! generated concept is valid without a single finding, at every size: step
//! texts are unique, the budget is the programme's standard for the months of
//! the period in each year, and steps get a cost only while it fits that
//! budget (later ones are planned at `0`, as free steps are).

use std::collections::BTreeMap;

use crate::model::{
    ActionField, Adoption, AdoptionStatus, Area, AreaLevel, Body, BodyKind, Cents, Concept, Date,
    Decimal, Direction, District, EntryKind, FieldKey, Goal, Id, ImpactLevel, Indicator,
    IndicatorValue, LogEntry, LorCode, MeasureType, Measurement, Period, Shelter, Site, SiteType,
    StandardField, Step, StepStatus, Timeframe, YearBudget, YearMonth,
};

/// SplitMix64: tiny, fast, and the same on every platform.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`0` when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            return 0;
        }
        usize::try_from(self.next_u64() % (n as u64)).unwrap_or(0)
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items.get(self.below(items.len())).copied().unwrap_or("")
    }
}

const AREAS: [(&str, &str, AreaLevel); 8] = [
    ("03500932", "Bühringstraße", AreaLevel::PlanningArea),
    ("03500933", "Weißer See", AreaLevel::PlanningArea),
    ("03500934", "Weißenseer Spitze", AreaLevel::PlanningArea),
    ("03500935", "Behaimstraße", AreaLevel::PlanningArea),
    (
        "03500936",
        "Komponistenviertel Weißensee",
        AreaLevel::PlanningArea,
    ),
    ("03501037", "Rathaus Weißensee", AreaLevel::PlanningArea),
    ("03501038", "Hansastraße", AreaLevel::PlanningArea),
    ("035010", "Weißensee Ost", AreaLevel::DistrictRegion),
];

const VERBS: &[&str] = &[
    "organisieren",
    "unterstützen",
    "begleiten",
    "vernetzen",
    "fördern",
    "stärken",
    "gestalten",
    "verstetigen",
    "entwickeln",
    "beraten",
];
const THINGS: &[&str] = &[
    "ein Nachbarschaftsfest",
    "den Kiezspaziergang",
    "eine Sprachcafé-Reihe",
    "das Gartenprojekt",
    "den Runden Tisch",
    "eine Empowerment-Werkstatt",
    "die Kiezzeitung",
    "ein Jugendforum",
    "die Ehrenamtsbörse",
    "den Interkulturellen Treff",
    "eine Fahrradwerkstatt",
    "das Hoffest",
];
const PLACES: &[&str] = &[
    "an der Bühringstraße",
    "im Komponistenviertel",
    "am Weißen See",
    "in der Gemeinschaftsunterkunft",
    "im Stadtteilzentrum",
    "auf dem Antonplatz",
    "in der Bibliothek",
    "im Jugendclub",
];
const PARTNERS: &[&str] = &[
    "Stadtteilzentrum Weißensee",
    "Kirchengemeinde",
    "Jugendamt Pankow",
    "Wohnungsbaugesellschaft",
    "Migrant:innenselbstorganisation",
    "Sportverein",
    "Grundschule",
    "Bibliothek am Antonplatz",
];
const GROUPS: &[&str] = &[
    "Menschen mit Fluchterfahrung",
    "Kinder und Jugendliche",
    "ältere Nachbar:innen",
    "Migrant:innenselbstorganisationen",
    "Wohnungsunternehmen",
];

fn id(s: &str) -> Id {
    Id::trusted(s)
}

fn ym(y: u16, m: u8) -> YearMonth {
    YearMonth::trusted(y, m)
}

fn date(y: u16, m: u8, d: u8) -> Date {
    Date::trusted(y, m, d)
}

fn lor(code: &str) -> Option<LorCode> {
    LorCode::new(code).ok()
}

/// A valid concept with exactly `steps` steps (ten per goal, goals spread over
/// the four standard fields), reproducible from `seed`. With no steps it has
/// no goals and no action fields.
///
/// ```
/// let c = benn_core::synth::concept(100, 7);
/// assert_eq!(c.steps().count(), 100);
/// assert_eq!(c, benn_core::synth::concept(100, 7));
/// let text = benn_core::write(&c).unwrap();
/// assert!(benn_core::validate(text.as_bytes(), &Default::default()).findings.is_empty());
/// ```
pub fn concept(steps: usize, seed: u64) -> Concept {
    let mut rng = Rng::new(seed);
    let start = ym(2023, 7);
    let end = ym(2025, 6);
    let period = Period {
        start,
        end,
        label: Some("2023-2025".into()),
    };
    let site_type = SiteType::Benn;
    let budget: Vec<YearBudget> = (start.year()..=end.year())
        .map(|year| YearBudget {
            year,
            amount_cents: crate::eval::budget::standard_for_year(site_type, &period, year),
            staff_hours: Some(3_600),
        })
        .collect();
    let mut left: BTreeMap<u16, Cents> = budget.iter().map(|b| (b.year, b.amount_cents)).collect();
    let goal_count = steps.div_ceil(10);
    let mut fields: Vec<ActionField> = StandardField::ALL
        .iter()
        .map(|f| ActionField {
            key: FieldKey::Standard(*f),
            title: format!("Wir stärken {}", f.canonical_name()),
            goals: Vec::new(),
            steps: Vec::new(),
        })
        .collect();
    let mut made = 0;
    for g in 0..goal_count {
        let n = (steps - made).min(10);
        let mut goal_steps = Vec::with_capacity(n);
        for _ in 0..n {
            made += 1;
            let mut s = step(&mut rng, made, start);
            afford(&mut s, &mut left, &period);
            goal_steps.push(s);
        }
        let area = AREAS
            .get(rng.below(AREAS.len()))
            .map_or("03500932", |a| a.0);
        let indicators = if g % 3 == 0 {
            vec![Indicator {
                id: id(&format!("i{g}")),
                name: format!("Teilnehmende an Angeboten zu Ziel {g}"),
                measure: MeasureType::Unit,
                unit: Some("Personen".into()),
                direction: Some(Direction::Increase),
                baseline: Some(Measurement {
                    value: IndicatorValue::Number(u32::try_from(rng.below(50)).unwrap_or(0).into()),
                    date: Some(date(2023, 6, 30)),
                }),
                target: Some(Measurement {
                    value: IndicatorValue::Number(
                        u32::try_from(50 + rng.below(100)).unwrap_or(50).into(),
                    ),
                    date: Some(date(2025, 6, 30)),
                }),
            }]
        } else {
            Vec::new()
        };
        let goal = Goal {
            id: id(&format!("g{g}")),
            text: format!(
                "Wir wollen {} {} und {}.",
                rng.pick(THINGS),
                rng.pick(VERBS),
                rng.pick(GROUPS)
            ),
            planning_areas: lor(area).into_iter().collect(),
            target_groups: vec![rng.pick(GROUPS).to_owned()],
            bodies: Vec::new(),
            impact_level: Some(ImpactLevel::Reached),
            indicators,
            steps: goal_steps,
        };
        if let Some(f) = fields.get_mut(g % 4) {
            f.goals.push(goal);
        }
    }
    fields.retain(|f| !f.goals.is_empty());
    Concept {
        id: id(&format!("synth-{steps}-{seed}")),
        title: Some("Synthetisches Handlungskonzept".into()),
        site: Site {
            name: "BENN Synthetisch".into(),
            district: District::trusted(3),
            site_type,
            operator: Some("Beispiel-Träger gGmbH".into()),
            operator_as_of: None,
            office: None,
            coordination: Some("OE SPK".into()),
            start_date: Some(date(2022, 1, 1).into()),
            staff_positions: None,
            lor_edition: None,
            planning_areas: AREAS
                .iter()
                .filter_map(|(code, name, level)| {
                    Some(Area {
                        code: lor(code)?,
                        name: (*name).into(),
                        level: *level,
                    })
                })
                .collect(),
            planning_areas_source: None,
            shelters: vec![Shelter {
                name: "GU Beispielstraße".into(),
                capacity: Some(300),
                residents: None,
                approximate: None,
                as_of: None,
                opened: None,
                operator: None,
                planning_area: lor("03500932"),
            }],
            bodies: vec![Body {
                id: id("forum"),
                kind: BodyKind::NeighbourhoodForum,
                name: "Nachbarschaftsforum".into(),
                meets: Some("zweimal jährlich".into()),
            }],
        },
        period,
        version: None,
        adoption: Some(Adoption {
            status: AdoptionStatus::Adopted,
            resolution_date: Some(date(2023, 6, 13)),
            drucksache: None,
            noted_date: None,
            events: Vec::new(),
        }),
        previous: None,
        aim: "Gesellschaftlichen Zusammenhalt stärken und Teilhabe fördern.".into(),
        analysis: None,
        public_relations: None,
        budget,
        action_fields: fields,
        log: Vec::new(),
    }
}

/// Keeps the step's cost if what is left of the budget covers it in every
/// year it falls in (and takes it from there); plans it at `0` otherwise.
/// A tracking log for `concept` with exactly `entries` entries,
/// reproducible from `seed`, that the log rules accept: twice a year a
/// meeting of each participation body, then for every step in turn its
/// start (`in_progress`), progress, spending, more progress and `done`,
/// then notes; each step's entries dated in order within its timeframe.
/// Spending stays within half of each year's budget.
///
/// ```
/// let c = benn_core::synth::concept(100, 7);
/// let log = benn_core::synth::log(&c, 1_000, 7);
/// assert_eq!(log.len(), 1_000);
/// assert_eq!(log, benn_core::synth::log(&c, 1_000, 7));
/// ```
pub fn log(concept: &Concept, entries: usize, seed: u64) -> Vec<LogEntry> {
    let mut rng = Rng::new(seed);
    let period = &concept.period;
    let mut out = Vec::with_capacity(entries);
    let mut n = 0usize;
    let next_id = |n: &mut usize| {
        *n += 1;
        id(&format!("e{n}"))
    };
    'meetings: for year in period.start.year()..=period.end.year() {
        for month in [3u8, 9] {
            let when = ym(year, month);
            if when < period.start || when > period.end {
                continue;
            }
            for body in &concept.site.bodies {
                if out.len() >= entries {
                    break 'meetings;
                }
                let mut e =
                    LogEntry::new(next_id(&mut n), date(year, month, 15), EntryKind::Meeting);
                e.body = Some(body.id.clone());
                e.participants = Some(u32::try_from(10 + rng.below(40)).unwrap_or(10));
                out.push(e);
            }
        }
    }
    let steps: Vec<&Step> = concept
        .steps()
        .filter(|s| s.status != StepStatus::Dropped)
        .collect();
    if steps.is_empty() {
        while out.len() < entries {
            let mut e = LogEntry::new(
                next_id(&mut n),
                date(period.start.year(), period.start.month(), 1),
                EntryKind::Note,
            );
            e.note = Some("Notiz".into());
            out.push(e);
        }
        return out;
    }
    let rest = entries.saturating_sub(out.len());
    // Phase 2 of every step is spending: together half of the smallest yearly budget.
    let spendings = rest.saturating_sub(2 * steps.len()).min(steps.len()).max(1);
    let smallest = concept
        .budget
        .iter()
        .map(|b| b.amount_cents.get())
        .min()
        .unwrap_or(0);
    let per_spending = smallest / 2 / i64::try_from(spendings).unwrap_or(i64::MAX).max(1);
    for j in 0..rest {
        let step = steps.get(j % steps.len()).copied();
        let Some(step) = step else { break };
        let phase = j / steps.len();
        let (start, end) = step
            .timeframe
            .map_or((period.start, period.end), |t| (t.start, t.end));
        // Start, progress and spending early in the first month; done and
        // notes at the end of the last.
        let day = |p: usize| match p {
            0..=3 => date(
                start.year(),
                start.month(),
                1 + 3 * u8::try_from(p).unwrap_or(0),
            ),
            _ => date(end.year(), end.month(), 28),
        };
        let kind = match phase {
            0 | 4 => EntryKind::Status,
            1 | 3 => EntryKind::Progress,
            2 => EntryKind::Spending,
            _ => EntryKind::Note,
        };
        let mut e = LogEntry::new(next_id(&mut n), day(phase.min(5)), kind);
        e.step = Some(step.id.clone());
        match phase {
            0 => e.status = Some(StepStatus::InProgress),
            1 => {
                e.progress = Some(Decimal::from(
                    u32::try_from(10 + rng.below(40)).unwrap_or(10),
                ));
            }
            2 => e.spent_cents = Some(Cents::new(per_spending)),
            3 => {
                e.progress = Some(Decimal::from(
                    u32::try_from(50 + rng.below(40)).unwrap_or(50),
                ));
            }
            4 => e.status = Some(StepStatus::Done),
            _ => e.note = Some(format!("Notiz {phase}")),
        }
        e.recorded_by = Some("BENN-Team".into());
        out.push(e);
    }
    out
}

fn afford(step: &mut Step, left: &mut BTreeMap<u16, Cents>, period: &Period) {
    let parts = crate::eval::budget::step_cost_by_year(step, period.start, period.end);
    let fits = parts
        .iter()
        .all(|(year, cost)| left.get(year).is_some_and(|l| l >= cost));
    if !fits {
        step.planned_cost_cents = Some(Cents::ZERO);
        return;
    }
    for (year, cost) in parts {
        if let Some(l) = left.get_mut(&year) {
            *l = Cents::new(l.get().saturating_sub(cost.get()));
        }
    }
}

fn step(rng: &mut Rng, n: usize, start: YearMonth) -> Step {
    let first = u32::try_from(rng.below(20)).unwrap_or(0);
    let len = u32::try_from(rng.below(4)).unwrap_or(0);
    let s = start.plus_months(first);
    let partners = (0..rng.below(3))
        .map(|_| rng.pick(PARTNERS).to_owned())
        .collect();
    let area = AREAS.get(rng.below(7)).map_or("03500932", |a| a.0);
    Step {
        id: id(&format!("s{n}")),
        text: format!(
            "Wir {} {} {} mit der Nachbarschaft (Nr. {n}).",
            rng.pick(VERBS),
            rng.pick(THINGS),
            rng.pick(PLACES)
        ),
        timeframe: Some(Timeframe {
            start: s,
            end: s.plus_months(len),
        }),
        responsible: Some("BENN-Team".into()),
        partners,
        planned_cost_cents: (rng.below(3) == 0)
            .then(|| Cents::new(i64::try_from(rng.below(1500) * 100).unwrap_or(0))),
        planning_areas: lor(area).into_iter().collect(),
        bodies: if rng.below(5) == 0 {
            vec![id("forum")]
        } else {
            Vec::new()
        },
        status: [
            StepStatus::Planned,
            StepStatus::InProgress,
            StepStatus::Postponed,
        ]
        .get(rng.below(3))
        .copied()
        .unwrap_or(StepStatus::Planned),
        weight: None,
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    /// Every finding of the written synthetic concept.
    fn findings(steps: usize, seed: u64) -> Vec<crate::Finding> {
        let text = crate::write(&super::concept(steps, seed)).unwrap();
        crate::validate(text.as_bytes(), &crate::Options::default()).findings
    }

    #[test]
    fn valid_without_a_finding_at_every_small_size() {
        for steps in 0..=60 {
            let found = findings(steps, 1);
            assert!(found.is_empty(), "{steps}: {found:#?}");
        }
    }

    #[test]
    fn large_concepts_stay_within_the_standard_budget() {
        let c = super::concept(20_000, 3);
        for (year, planned) in crate::eval::budget::planned_costs_by_year(&c) {
            let budget = c.budget.iter().find(|b| b.year == year).unwrap();
            assert!(planned <= budget.amount_cents, "{year}");
        }
        let found = findings(20_000, 3);
        assert!(found.is_empty(), "{:#?}", found.first());
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(12))]
        #[test]
        fn valid_without_a_finding(steps in 0usize..1500, seed in any::<u64>()) {
            let found = findings(steps, seed);
            prop_assert!(found.is_empty(), "{}: {:#?}", steps, found.first());
        }
    }
}
