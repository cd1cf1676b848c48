//! The progress report (*Sachstandsbericht*) of a concept on a day: a
//! summary (status shares, overall progress with its roll-up method named),
//! progress per action field, the timeline of all steps, the budget per
//! year, indicators, coverage of the planning areas, participation
//! (meetings per body), the delayed steps and the latest log entries.
//!
//! [`progress_data`] gathers the plain data from [`crate::eval`];
//! [`progress`] turns it into a [`Doc`].

use std::fmt::Write as _;

use serde::Serialize;

use super::chart;
use super::doc::{Block, Chart, Doc, Section, Span, Table};
use super::escape::ellipsis;
use super::kurzfassung::header_meta;
use super::locale::{self, pick};
use super::Options;
use crate::eval::{
    self, budget::BudgetReport, ConceptState, Coverage, IndicatorReport, Method, Rollup, Shares,
    Track,
};
use crate::model::{
    ApproxDate, BodyKind, Cents, Concept, Date, EntryKind, IndicatorValue, LogEntry, StepStatus,
    YearMonth,
};
use crate::Lang;

/// A step delayed on the day.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Delayed {
    /// The step's id.
    pub id: String,
    /// Its text.
    pub text: String,
    /// Its action field's title.
    pub field: String,
    /// Its status on the day.
    pub status: StepStatus,
    /// The last month of its timeframe (of the period when it has none).
    pub end: YearMonth,
    /// Its progress on the day.
    pub progress: Option<f64>,
}

/// The meetings of one participation body up to the day.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Meetings {
    /// The body's id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Its kind.
    pub kind: BodyKind,
    /// How often it is meant to meet, as written.
    pub meets: Option<String>,
    /// Meetings logged up to the day.
    pub count: usize,
    /// The participants of those meetings, summed (of the meetings that give a number).
    pub participants: u64,
    /// The latest meeting.
    pub last: Option<Date>,
}

/// Everything the progress report shows, as plain data.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProgressData {
    /// The day.
    pub as_of: Date,
    /// How progress was rolled up.
    pub method: Method,
    /// Every step on the day.
    pub state: ConceptState,
    /// Progress of the concept, the fields and the goals.
    pub rollup: Rollup,
    /// Status shares.
    pub shares: Shares,
    /// Money per year.
    pub budget: BudgetReport,
    /// Indicators.
    pub indicators: IndicatorReport,
    /// Planning areas and target groups reached.
    pub coverage: Coverage,
    /// Meetings per participation body.
    pub meetings: Vec<Meetings>,
    /// Delayed steps.
    pub delayed: Vec<Delayed>,
    /// The latest entries counting on the day, newest first.
    pub recent: Vec<LogEntry>,
    /// The share (0–1) of the period passed on the day.
    pub elapsed: f64,
}

/// Gathers the data of the progress report of `concept` with its log
/// `entries` (its own `log` and any log files, chained) on `opts.as_of`.
pub fn progress_data(concept: &Concept, entries: &[&LogEntry], opts: &Options) -> ProgressData {
    let as_of = opts.as_of;
    let state = eval::state(concept, entries.iter().copied(), as_of);
    let rollup = eval::rollup(concept, &state, opts.method);
    let shares = eval::shares(concept, &state);
    let delayed = concept
        .steps()
        .zip(&state.steps)
        .filter(|(_, s)| s.track == Track::Delayed)
        .map(|(step, s)| Delayed {
            id: step.id.to_string(),
            text: step.text.clone(),
            field: concept
                .action_fields
                .get(s.field)
                .map(|f| f.title.clone())
                .unwrap_or_default(),
            status: s.status,
            end: step.timeframe.map_or(concept.period.end, |t| t.end),
            progress: s.progress,
        })
        .collect();

    let counting: Vec<(usize, &LogEntry)> = eval::counting(entries, as_of).collect();
    let meetings = concept
        .site
        .bodies
        .iter()
        .map(|b| {
            let held: Vec<&LogEntry> = counting
                .iter()
                .map(|(_, e)| *e)
                .filter(|e| e.kind == EntryKind::Meeting && e.body.as_ref() == Some(&b.id))
                .collect();
            Meetings {
                id: b.id.to_string(),
                name: b.name.clone(),
                kind: b.kind,
                meets: b.meets.clone(),
                count: held.len(),
                participants: held
                    .iter()
                    .filter_map(|e| e.participants)
                    .map(u64::from)
                    .sum(),
                last: held.iter().map(|e| e.date).max(),
            }
        })
        .collect();
    let mut recent: Vec<(usize, &LogEntry)> = counting;
    crate::sort::sort_by(&mut recent, |(oa, a), (ob, b)| {
        b.date.cmp(&a.date).then(ob.cmp(oa))
    });
    let recent = recent
        .into_iter()
        .take(opts.recent)
        .map(|(_, e)| e.clone())
        .collect();

    let start = ApproxDate::Month(concept.period.start).first_day();
    let end = ApproxDate::Month(concept.period.end).last_day();
    let days = |a: Date, b: Date| -> f64 {
        let n =
            |d: Date| i64::from(d.year()) * 372 + i64::from(d.month()) * 31 + i64::from(d.day());
        #[allow(clippy::cast_precision_loss)]
        {
            (n(b) - n(a)) as f64
        }
    };
    let total = days(start, end);
    let elapsed = if total > 0.0 {
        (days(start, as_of) / total).clamp(0.0, 1.0)
    } else {
        0.0
    };

    ProgressData {
        as_of,
        method: opts.method,
        budget: eval::budget::report_on(concept, &state),
        indicators: eval::indicators(concept, entries.iter().copied(), as_of),
        coverage: eval::coverage(concept),
        state,
        rollup,
        shares,
        meetings,
        delayed,
        recent,
        elapsed,
    }
}

fn value_text(v: &IndicatorValue, lang: Lang) -> String {
    match v {
        IndicatorValue::Number(d) => locale::decimal(d.as_str(), lang),
        IndicatorValue::Text(t) => format!("„{t}“"),
    }
}

/// What a log entry says, in words.
fn entry_text(e: &LogEntry, lang: Lang) -> String {
    let mut text = match e.kind {
        EntryKind::Status => e
            .status
            .map(|s| format!("→ {}", locale::status(s, lang)))
            .unwrap_or_default(),
        EntryKind::Progress => e
            .progress
            .as_ref()
            .map(|p| locale::percent(Some(p.value()), lang))
            .unwrap_or_default(),
        EntryKind::Spending => e
            .spent_cents
            .map(|c| locale::money(c, lang))
            .unwrap_or_default(),
        EntryKind::Measurement => {
            let v = e
                .value
                .as_ref()
                .map(|v| value_text(v, lang))
                .unwrap_or_default();
            match &e.unit {
                Some(u) => format!("{v} {u}"),
                None => v,
            }
        }
        EntryKind::Meeting => e
            .participants
            .map(|n| format!("{n} {}", pick(lang, "Teilnehmende", "participants")))
            .unwrap_or_default(),
        EntryKind::Note => String::new(),
    };
    if let Some(n) = &e.note {
        if !text.is_empty() {
            text.push_str(" – ");
        }
        text.push_str(n);
    }
    text
}

/// What a log entry is about, in words.
fn entry_about(concept: &Concept, e: &LogEntry, lang: Lang) -> String {
    if let Some(id) = &e.step {
        return concept
            .steps()
            .find(|s| s.id == *id)
            .map_or_else(|| id.to_string(), |s| ellipsis(&s.text, 70).0.into_owned());
    }
    if let Some(id) = &e.body {
        return concept
            .site
            .bodies
            .iter()
            .find(|b| b.id == *id)
            .map_or_else(|| id.to_string(), |b| b.name.clone());
    }
    if let Some(id) = &e.indicator {
        return concept
            .goals()
            .flat_map(|g| &g.indicators)
            .find(|i| i.id == *id)
            .map_or_else(|| id.to_string(), |i| i.name.clone());
    }
    if let Some(id) = &e.goal {
        return concept
            .goals()
            .find(|g| g.id == *id)
            .map_or_else(|| id.to_string(), |g| ellipsis(&g.text, 70).0.into_owned());
    }
    pick(lang, "Konzept", "concept").to_owned()
}

fn shares_table(data: &ProgressData, lang: Lang) -> Table {
    let mut head = vec![
        pick(lang, "Handlungsfeld", "Action field").to_owned(),
        pick(lang, "Fortschritt", "Progress").to_owned(),
    ];
    head.extend(
        Track::ALL
            .iter()
            .map(|t| locale::track(*t, lang).to_owned()),
    );
    let mut t = Table::new(head, &[false, true, true, true, true, true, true, true]);
    for (f, sh) in data.rollup.fields.iter().zip(&data.shares.fields) {
        let mut row = vec![f.title.clone(), locale::percent(f.progress, lang)];
        row.extend(sh.counts.counts().iter().map(ToString::to_string));
        t.rows.push(row);
    }
    let mut row = vec![
        pick(lang, "Gesamt", "Overall").to_owned(),
        locale::percent(data.rollup.progress, lang),
    ];
    row.extend(data.shares.total.counts().iter().map(ToString::to_string));
    t.strong_rows.push(t.rows.len());
    t.rows.push(row);
    t
}

fn method_note(m: Method, lang: Lang) -> String {
    let how = match m {
        Method::Mean => pick(
            lang,
            "jeder Schritt zählt gleich",
            "every step counts alike",
        ),
        Method::Weight => pick(
            lang,
            "jeder Schritt zählt mit seinem Gewicht",
            "every step counts with its weight",
        ),
        Method::Cost => pick(
            lang,
            "jeder Schritt zählt mit seinen geplanten Kosten",
            "every step counts with its planned cost",
        ),
    };
    match lang {
        Lang::De => format!(
            "Berechnung: {} ({how}); geplante Schritte zählen 0\u{a0}%, begonnene 50\u{a0}%, umgesetzte 100\u{a0}%, sofern kein Fortschritt protokolliert ist; entfallene Schritte zählen nicht.",
            locale::method(m, lang)
        ),
        Lang::En => format!(
            "Method: {} ({how}); planned steps count 0%, steps in progress 50%, done steps 100% unless a progress is logged; dropped steps are left out.",
            locale::method(m, lang)
        ),
    }
}

fn summary(data: &ProgressData, lang: Lang) -> Section {
    let total = &data.shares.total;
    let parts: Vec<String> = total
        .shares
        .iter()
        .filter(|s| s.count > 0)
        .map(|s| {
            format!(
                "{} {} ({})",
                s.count,
                locale::track(s.track, lang),
                locale::percent(Some(s.percent), lang)
            )
        })
        .collect();
    let steps = locale::count(
        total.steps,
        pick(lang, "Handlungsschritt", "step"),
        pick(lang, "Handlungsschritte", "steps"),
    );
    let passed = locale::percent0(data.elapsed * 100.0, lang);
    let lead = match lang {
        Lang::De => format!(
            "Am {} sind {passed} des Zeitraums vergangen. Von {steps}: {}.",
            locale::date(data.as_of, lang),
            parts.join(", ")
        ),
        Lang::En => format!(
            "On {}, {passed} of the period has passed. Of {steps}: {}.",
            locale::date(data.as_of, lang),
            parts.join(", ")
        ),
    };
    let overall = vec![
        Span::strong(format!(
            "{}: {}",
            pick(lang, "Gesamtfortschritt", "Overall progress"),
            locale::percent(data.rollup.progress, lang)
        )),
        Span::text(format!(" ({})", locale::method(data.method, lang))),
    ];
    let mut blocks = vec![Block::para(lead), Block::Para(overall)];
    if !data.delayed.is_empty() {
        blocks.push(Block::para(match lang {
            Lang::De => format!(
                "{} über {} Zeitraum hinaus (siehe „Verzögerte Handlungsschritte“).",
                locale::count(
                    data.delayed.len(),
                    "Handlungsschritt ist verzögert, er läuft",
                    "Handlungsschritte sind verzögert, sie laufen"
                ),
                if data.delayed.len() == 1 {
                    "seinen"
                } else {
                    "ihren"
                }
            ),
            Lang::En => format!(
                "{} beyond {} timeframe (see “Delayed steps”).",
                locale::count(
                    data.delayed.len(),
                    "step is delayed, running",
                    "steps are delayed, running"
                ),
                if data.delayed.len() == 1 {
                    "its"
                } else {
                    "their"
                }
            ),
        }));
    }
    blocks.push(Block::Chart(Chart {
        svg: chart::shares(&data.shares, lang, "shares"),
        caption: pick(
            lang,
            "Stand der Handlungsschritte insgesamt und je Handlungsfeld (Anzahl Schritte).",
            "Where the steps stand, overall and per action field (number of steps).",
        )
        .to_owned(),
    }));
    Section {
        id: "summary",
        heading: pick(lang, "Zusammenfassung", "Summary").to_owned(),
        new_page: false,
        blocks,
    }
}

fn budget_section(data: &ProgressData, lang: Lang) -> Section {
    let b = &data.budget;
    let mut t = Table::new(
        vec![
            pick(lang, "Jahr", "Year").to_owned(),
            pick(lang, "Budget", "Budget").to_owned(),
            pick(lang, "geplant", "planned").to_owned(),
            pick(lang, "ausgegeben", "spent").to_owned(),
            pick(lang, "übrig", "left").to_owned(),
            pick(lang, "Jahr vergangen", "year elapsed").to_owned(),
            pick(lang, "Budget ausgegeben", "budget spent").to_owned(),
        ],
        &[false, true, true, true, true, true, true],
    );
    let dash = || "–".to_owned();
    for y in &b.years {
        t.rows.push(vec![
            y.year.to_string(),
            y.budget.map_or_else(dash, |c| locale::money(c, lang)),
            locale::money(y.planned, lang),
            locale::money(y.spent, lang),
            y.left.map_or_else(dash, |c| locale::money(c, lang)),
            locale::percent(Some(y.elapsed * 100.0), lang),
            locale::percent(y.spent_share.map(|s| s * 100.0), lang),
        ]);
    }
    t.strong_rows.push(t.rows.len());
    t.rows.push(vec![
        pick(lang, "Gesamt", "Total").to_owned(),
        locale::money(b.total_budget, lang),
        locale::money(b.total_planned, lang),
        locale::money(b.total_spent, lang),
        locale::money(
            Cents::new(b.total_budget.get().saturating_sub(b.total_spent.get())),
            lang,
        ),
        String::new(),
        String::new(),
    ]);
    let mut blocks = vec![
        Block::Chart(Chart {
            svg: chart::budget(b, lang, "budget"),
            caption: pick(
                lang,
                "Geplante Kosten der Schritte und Ausgaben je Kalenderjahr, die Linie zeigt das Jahresbudget (Sachmittel).",
                "Planned costs of the steps and money spent per calendar year; the line is the yearly budget (actions and material).",
            )
            .to_owned(),
        }),
        Block::Table(t),
    ];
    let mut f = Table::new(
        vec![
            pick(lang, "Handlungsfeld", "Action field").to_owned(),
            pick(lang, "geplant", "planned").to_owned(),
            pick(lang, "ausgegeben", "spent").to_owned(),
        ],
        &[false, true, true],
    );
    for field in &b.fields {
        let planned: Cents = field.years.iter().map(|y| y.planned).sum();
        let spent: Cents = field.years.iter().map(|y| y.spent).sum();
        f.rows.push(vec![
            field.title.clone(),
            locale::money(planned, lang),
            locale::money(spent, lang),
        ]);
    }
    let unassigned: Cents = b.unassigned.iter().map(|y| y.spent).sum();
    if unassigned != Cents::ZERO {
        f.rows.push(vec![
            pick(lang, "keinem Schritt zugeordnet", "assigned to no step").to_owned(),
            locale::money(Cents::ZERO, lang),
            locale::money(unassigned, lang),
        ]);
    }
    blocks.push(Block::Heading(
        pick(lang, "Je Handlungsfeld", "Per action field").to_owned(),
    ));
    blocks.push(Block::Table(f));
    Section {
        id: "budget",
        heading: pick(lang, "Budget", "Budget").to_owned(),
        new_page: true,
        blocks,
    }
}

fn indicators_section(data: &ProgressData, lang: Lang) -> Section {
    let list = &data.indicators.indicators;
    let blocks = if list.is_empty() {
        vec![Block::Note(
            pick(
                lang,
                "Das Konzept nennt keine Indikatoren.",
                "The concept names no indicators.",
            )
            .to_owned(),
        )]
    } else {
        let mut t = Table::new(
            vec![
                pick(lang, "Indikator", "Indicator").to_owned(),
                pick(lang, "Ausgangswert", "Baseline").to_owned(),
                pick(lang, "Istwert", "Actual").to_owned(),
                pick(lang, "Zielwert", "Target").to_owned(),
                pick(lang, "erreicht", "achieved").to_owned(),
            ],
            &[false, false, false, false, true],
        );
        for i in list {
            let shown = |v: Option<&IndicatorValue>| {
                v.map_or_else(|| "–".to_owned(), |v| value_text(v, lang))
            };
            let unit = i
                .unit
                .as_deref()
                .map(|u| format!(" {u}"))
                .unwrap_or_default();
            let actual = match &i.actual {
                Some(a) => {
                    let mut s = format!(
                        "{}{unit} ({})",
                        value_text(&a.value, lang),
                        locale::date(a.date, lang)
                    );
                    if a.unit_differs {
                        let _ = write!(
                            s,
                            ", {} {}",
                            pick(lang, "gemessen in", "measured in"),
                            a.unit.as_deref().unwrap_or_default()
                        );
                    }
                    s
                }
                None => "–".to_owned(),
            };
            t.rows.push(vec![
                i.name.clone(),
                format!("{}{unit}", shown(i.baseline.as_ref())),
                actual,
                format!("{}{unit}", shown(i.target.as_ref())),
                locale::percent(i.achieved, lang),
            ]);
        }
        vec![
            Block::Table(t),
            Block::Note(
                pick(
                    lang,
                    "Erreicht: der Anteil des Wegs vom Ausgangs- zum Zielwert, den der letzte Istwert zurückgelegt hat.",
                    "Achieved: the share of the way from baseline to target that the latest actual value has gone.",
                )
                .to_owned(),
            ),
        ]
    };
    Section {
        id: "indicators",
        heading: pick(lang, "Indikatoren", "Indicators").to_owned(),
        new_page: true,
        blocks,
    }
}

fn coverage_section(data: &ProgressData, lang: Lang) -> Section {
    let c = &data.coverage;
    let mut head = vec![
        pick(lang, "Planungsraum", "Planning area").to_owned(),
        pick(lang, "Code", "Code").to_owned(),
    ];
    head.extend((1..=c.fields.len()).map(|i| format!("{} {i}", pick(lang, "HF", "AF"))));
    let mut numeric = vec![false, false];
    numeric.extend(c.fields.iter().map(|_| true));
    let mut t = Table::new(head, &numeric);
    for a in &c.site_areas {
        let mut row = vec![a.name.clone().unwrap_or_default(), a.code.clone()];
        for f in &c.fields {
            let reach = f
                .areas
                .iter()
                .filter(|r| a.code.starts_with(&r.code) || r.code.starts_with(&a.code))
                .fold((0, 0), |(g, s), r| (g + r.goals, s + r.steps));
            row.push(if reach == (0, 0) {
                "–".to_owned()
            } else {
                match lang {
                    Lang::De => format!("{} Z., {} S.", reach.0, reach.1),
                    Lang::En => format!("{} g., {} s.", reach.0, reach.1),
                }
            });
        }
        t.rows.push(row);
    }
    let legend: Vec<String> = c
        .fields
        .iter()
        .enumerate()
        .map(|(i, f)| format!("{} {} = {}", pick(lang, "HF", "AF"), i + 1, f.title))
        .collect();
    let mut blocks = vec![
        Block::para(pick(
            lang,
            "Welche Handlungsfelder die Planungsräume des Gebiets erreichen: Ziele (Z.) und Handlungsschritte (S.), die dort wirken.",
            "Which action fields reach the area's planning areas: goals (g.) and steps (s.) working there.",
        )),
        Block::Table(t),
        Block::Note(legend.join("; ")),
    ];
    if c.gaps.is_empty() {
        blocks.push(Block::para(pick(
            lang,
            "Jeder Planungsraum des Gebiets wird erreicht.",
            "Every planning area of the area is reached.",
        )));
    } else {
        let gaps: Vec<String> = c
            .gaps
            .iter()
            .map(|a| match &a.name {
                Some(n) => format!("{n} ({})", a.code),
                None => a.code.clone(),
            })
            .collect();
        blocks.push(Block::Para(vec![
            Span::strong(pick(
                lang,
                "Nicht ausdrücklich erreicht: ",
                "Not named by any goal or step: ",
            )),
            Span::text(gaps.join(", ")),
        ]));
    }
    let mut groups: Vec<(String, usize, usize)> = Vec::new();
    for f in &c.fields {
        for g in &f.target_groups {
            match groups.iter_mut().find(|(n, _, _)| *n == g.name) {
                Some(entry) => {
                    entry.1 += g.goals;
                    entry.2 += g.steps;
                }
                None => groups.push((g.name.clone(), g.goals, g.steps)),
            }
        }
    }
    if !groups.is_empty() {
        let mut t = Table::new(
            vec![
                pick(lang, "Zielgruppe", "Target group").to_owned(),
                pick(lang, "Ziele", "Goals").to_owned(),
                pick(lang, "Schritte", "Steps").to_owned(),
            ],
            &[false, true, true],
        );
        for (n, g, s) in groups {
            t.rows.push(vec![n, g.to_string(), s.to_string()]);
        }
        blocks.push(Block::Heading(
            pick(lang, "Zielgruppen", "Target groups").to_owned(),
        ));
        blocks.push(Block::Table(t));
    }
    Section {
        id: "coverage",
        heading: pick(
            lang,
            "Planungsräume und Reichweite",
            "Planning areas and reach",
        )
        .to_owned(),
        new_page: true,
        blocks,
    }
}

fn participation_section(data: &ProgressData, lang: Lang) -> Section {
    let blocks = if data.meetings.is_empty() {
        vec![Block::Note(
            pick(
                lang,
                "Das Konzept nennt keine Beteiligungsgremien.",
                "The concept names no participation bodies.",
            )
            .to_owned(),
        )]
    } else {
        let mut t = Table::new(
            vec![
                pick(lang, "Gremium", "Body").to_owned(),
                pick(lang, "Art", "Kind").to_owned(),
                pick(lang, "Turnus", "Meets").to_owned(),
                pick(lang, "Sitzungen", "Meetings").to_owned(),
                pick(lang, "Teilnehmende", "Participants").to_owned(),
                pick(lang, "letzte Sitzung", "last meeting").to_owned(),
            ],
            &[false, false, false, true, true, false],
        );
        for m in &data.meetings {
            t.rows.push(vec![
                m.name.clone(),
                locale::body_kind(m.kind, lang).to_owned(),
                m.meets.clone().unwrap_or_default(),
                m.count.to_string(),
                m.participants.to_string(),
                m.last
                    .map_or_else(|| "–".to_owned(), |d| locale::date(d, lang)),
            ]);
        }
        vec![Block::Table(t)]
    };
    Section {
        id: "participation",
        heading: pick(lang, "Beteiligung", "Participation").to_owned(),
        new_page: true,
        blocks,
    }
}

fn delayed_section(data: &ProgressData, lang: Lang) -> Section {
    let blocks = if data.delayed.is_empty() {
        vec![Block::para(pick(
            lang,
            "Kein Handlungsschritt ist verzögert.",
            "No step is delayed.",
        ))]
    } else {
        let mut t = Table::new(
            vec![
                pick(lang, "Handlungsschritt", "Step").to_owned(),
                pick(lang, "Handlungsfeld", "Action field").to_owned(),
                pick(lang, "Status", "Status").to_owned(),
                pick(lang, "Zeitraum endete", "Timeframe ended").to_owned(),
                pick(lang, "Fortschritt", "Progress").to_owned(),
            ],
            &[false, false, false, false, true],
        );
        for d in &data.delayed {
            t.rows.push(vec![
                d.text.clone(),
                d.field.clone(),
                locale::status(d.status, lang).to_owned(),
                locale::month(d.end, lang),
                locale::percent(d.progress, lang),
            ]);
        }
        vec![Block::Table(t)]
    };
    Section {
        id: "delayed",
        heading: pick(lang, "Verzögerte Handlungsschritte", "Delayed steps").to_owned(),
        new_page: true,
        blocks,
    }
}

fn recent_section(concept: &Concept, data: &ProgressData, lang: Lang) -> Section {
    let blocks = if data.recent.is_empty() {
        vec![Block::Note(
            pick(
                lang,
                "Das Sachstandsprotokoll hat bis zu diesem Tag keine Einträge.",
                "The tracking log has no entries up to this day.",
            )
            .to_owned(),
        )]
    } else {
        let mut t = Table::new(
            vec![
                pick(lang, "Datum", "Date").to_owned(),
                pick(lang, "Art", "Kind").to_owned(),
                pick(lang, "Betrifft", "About").to_owned(),
                pick(lang, "Eintrag", "Entry").to_owned(),
            ],
            &[false, false, false, false],
        );
        for e in &data.recent {
            t.rows.push(vec![
                locale::date(e.date, lang),
                locale::entry_kind(e.kind, lang).to_owned(),
                entry_about(concept, e, lang),
                entry_text(e, lang),
            ]);
        }
        vec![Block::Table(t)]
    };
    Section {
        id: "log",
        heading: pick(
            lang,
            "Letzte Einträge im Sachstandsprotokoll",
            "Latest entries of the tracking log",
        )
        .to_owned(),
        new_page: true,
        blocks,
    }
}

/// At most this many steps share one timeline chart; more are split by
/// action field and then in parts of this size, so each chart fits pages.
const GANTT_ROWS: usize = 70;

fn timeline_section(concept: &Concept, data: &ProgressData, lang: Lang) -> Section {
    let rows = chart::gantt_rows(concept, &data.state);
    let mut blocks = Vec::new();
    let caption = pick(
        lang,
        "Jeder Balken ist ein Handlungsschritt über seinen Zeitraum (ohne eigenen Zeitraum: der ganze Förderzeitraum); Farbe, Muster und die Spalte „Status“ zeigen, wo er steht; die gestrichelte Linie ist der Stichtag.",
        "Each bar is a step over its timeframe (without one: the whole period); colour, pattern and the “Status” column show where it stands; the dashed line is the report date.",
    );
    if rows.len() <= GANTT_ROWS {
        blocks.push(Block::Chart(Chart {
            svg: chart::gantt(&rows, &concept.period, data.as_of, lang, "gantt"),
            caption: caption.to_owned(),
        }));
    } else {
        let mut part = 0;
        let mut start = 0;
        while start < rows.len() {
            let group = rows.get(start).map(|r| r.group.clone()).unwrap_or_default();
            let mut end = start;
            while end < rows.len()
                && end - start < GANTT_ROWS
                && rows.get(end).is_some_and(|r| r.group == group)
            {
                end += 1;
            }
            part += 1;
            let slice = rows.get(start..end).unwrap_or_default();
            blocks.push(Block::Chart(Chart {
                svg: chart::gantt(
                    slice,
                    &concept.period,
                    data.as_of,
                    lang,
                    &format!("gantt-{part}"),
                ),
                caption: format!(
                    "{} ({} {part}: {})",
                    caption,
                    pick(lang, "Teil", "part"),
                    ellipsis(&group, 60).0
                ),
            }));
            start = end;
        }
    }
    Section {
        id: "timeline",
        heading: pick(lang, "Zeitplan", "Timeline").to_owned(),
        new_page: true,
        blocks,
    }
}

/// The progress report of `concept` with its log `entries` on `opts.as_of`.
pub fn progress(concept: &Concept, entries: &[&LogEntry], opts: &Options) -> Doc {
    let data = progress_data(concept, entries, opts);
    progress_doc(concept, &data, opts.lang)
}

/// The progress report of `concept` from data gathered by [`progress_data`].
pub fn progress_doc(concept: &Concept, data: &ProgressData, lang: Lang) -> Doc {
    let mut meta = header_meta(concept, lang);
    meta.push((
        pick(lang, "Stichtag", "As of").to_owned(),
        vec![Span::text(locale::date(data.as_of, lang))],
    ));
    meta.push((
        pick(lang, "Fortschritt", "Progress").to_owned(),
        vec![Span::text(format!(
            "{} ({})",
            locale::percent(data.rollup.progress, lang),
            locale::method(data.method, lang)
        ))],
    ));
    let sections = vec![
        summary(data, lang),
        Section {
            id: "progress",
            heading: pick(
                lang,
                "Fortschritt je Handlungsfeld",
                "Progress per action field",
            )
            .to_owned(),
            new_page: false,
            blocks: vec![
                Block::Chart(Chart {
                    svg: chart::progress(&data.rollup, lang),
                    caption: method_note(data.method, lang),
                }),
                Block::Table(shares_table(data, lang)),
            ],
        },
        timeline_section(concept, data, lang),
        budget_section(data, lang),
        indicators_section(data, lang),
        coverage_section(data, lang),
        participation_section(data, lang),
        delayed_section(data, lang),
        recent_section(concept, data, lang),
    ];
    Doc {
        lang,
        kind: "progress",
        kicker: pick(lang, "BENN · Sachstandsbericht", "BENN · Progress report").to_owned(),
        title: concept
            .title
            .clone()
            .unwrap_or_else(|| concept.site.name.clone()),
        subtitle: Some(format!(
            "{} · {} {}",
            concept.site.name,
            pick(lang, "Stand", "as of"),
            locale::date(data.as_of, lang)
        )),
        meta,
        sections,
        footer: super::footer(lang, data.as_of),
    }
}
