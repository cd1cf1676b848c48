//! Rules on the tracking log (*Sachstandsprotokoll*): the same rules for the
//! concept's `log` section and for a log file of its own. Only the place of
//! the entries differs (`/log/…` or `/entries/…`).

/// Maps and sets with a fast hasher (foldhash, seeded per map): a log of
/// millions of entries is millions of lookups.
type HashMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;
type HashSet<K> = std::collections::HashSet<K, foldhash::fast::RandomState>;

use crate::diag::{text, Code, Finding, Findings, Pointer};
use crate::model::{
    Cents, Concept, Date, EntryKind, Id, Indicator, IndicatorValue, Log, LogEntry, MeasureType,
    StepStatus,
};
use crate::suggest::suggest;

use super::Options;

/// Where a log's entries sit in their document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Place {
    /// The concept document's `log` section.
    Concept,
    /// A log file's `entries`.
    File,
}

impl Place {
    /// The pointer to entry `i`.
    pub(crate) fn entry(self, i: usize) -> Pointer {
        let key = match self {
            Place::Concept => "log",
            Place::File => "entries",
        };
        Pointer::root().key(key).index(i)
    }
}

/// The rules on a concept's own `log` section.
pub(crate) fn check(concept: &Concept, options: &Options, out: &mut Findings) {
    if !concept.log.is_empty() {
        check_entries(&concept.log, Place::Concept, concept, options, out);
    }
}

/// The rules on a log file, checked against its concept.
pub(crate) fn check_file(log: &Log, concept: &Concept, options: &Options, out: &mut Findings) {
    if log.concept != concept.id {
        let (named, given) = (log.concept.as_str(), concept.id.as_str());
        out.push(|| {
            Finding::new(
                Code::LogConcept,
                Pointer::root().key("concept"),
                text!(
                    "Das Protokoll gehört zum Handlungskonzept `{named}`, geprüft wird es mit `{given}`.",
                    "The log belongs to the concept `{named}` but is checked against `{given}`.",
                ),
            )
            .with_hint(text!(
                "Prüfen Sie das Protokoll mit seinem eigenen Handlungskonzept.",
                "Check the log against its own concept.",
            ))
            .with("concept", named)
            .with("given", given)
        });
        // Entries of another concept would only give false alarms.
        return;
    }
    check_entries(&log.entries, Place::File, concept, options, out);
}

/// How many months after the period's end an entry may still be dated
/// without `log.date_outside_period`: records of the last weeks are often
/// written, and bills paid, after the period has ended.
pub(crate) const GRACE_MONTHS: u32 = 3;

/// What a status change needs (see [`transition`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Transition {
    /// Normal practice.
    Allowed,
    /// Allowed with a `note` that says why (reopening a step that was done).
    NeedsNote,
    /// Never: a dropped step stays dropped (correct the entry that dropped
    /// it instead, with `corrects`).
    Never,
}

/// The allowed status changes of a step, in one table. Each step starts as
/// `planned`; repeating the current status is always allowed.
///
/// | from \ to     | planned | in_progress | done | postponed | dropped |
/// |---------------|---------|-------------|------|-----------|---------|
/// | `planned`     | ✓       | ✓           | ✓    | ✓         | ✓       |
/// | `in_progress` | note    | ✓           | ✓    | ✓         | ✓       |
/// | `done`        | note    | note        | ✓    | note      | note    |
/// | `postponed`   | ✓       | ✓           | ✓    | ✓         | ✓       |
/// | `dropped`     | never   | never       | never| never     | ✓       |
pub(crate) const fn transition(from: StepStatus, to: StepStatus) -> Transition {
    use StepStatus::{Done, Dropped, InProgress, Planned};
    match (from, to) {
        (Dropped, Dropped) | (Done, Done) => Transition::Allowed,
        (Dropped, _) => Transition::Never,
        (Done, _) | (InProgress, Planned) => Transition::NeedsNote,
        _ => Transition::Allowed,
    }
}

/// The ids of the concept that entries may name.
struct Targets<'c> {
    steps: HashSet<&'c str>,
    goals: HashSet<&'c str>,
    indicators: HashMap<&'c str, &'c Indicator>,
    bodies: HashSet<&'c str>,
}

impl<'c> Targets<'c> {
    fn new(c: &'c Concept) -> Self {
        Targets {
            steps: c.steps().map(|s| s.id.as_str()).collect(),
            goals: c.goals().map(|g| g.id.as_str()).collect(),
            indicators: c
                .goals()
                .flat_map(|g| g.indicators.iter())
                .map(|i| (i.id.as_str(), i))
                .collect(),
            bodies: c.site.bodies.iter().map(|b| b.id.as_str()).collect(),
        }
    }
}

/// The rules on entries, wherever they sit.
fn check_entries(
    entries: &[LogEntry],
    place: Place,
    concept: &Concept,
    options: &Options,
    out: &mut Findings,
) {
    let targets = Targets::new(concept);
    let mut first: HashMap<&str, usize> = HashMap::default();
    first.reserve(entries.len());
    for (i, e) in entries.iter().enumerate() {
        match first.get(e.id.as_str()) {
            Some(&j) => duplicate(e, i, j, place, out),
            None => {
                first.insert(e.id.as_str(), i);
            }
        }
    }
    for (i, e) in entries.iter().enumerate() {
        let at = || place.entry(i);
        references(e, &at, &targets, &first, entries, out);
        kind_fields(e, &at, out);
        dates(e, &at, concept, options, out);
        values(e, &at, &targets, out);
        if let Some(year) = e.budget_year {
            budget_year(year, &at, concept, out);
        }
    }
    // The rules that sum or order see only entries that no later one corrects.
    let corrected: HashSet<&str> = entries
        .iter()
        .filter_map(|e| e.corrects.as_ref().map(Id::as_str))
        .filter(|id| first.contains_key(id))
        .collect();
    // Sorted by date, then by the written order, through packed keys: a
    // comparison that reached into two entries (each a few hundred bytes
    // apart) was most of the rules' time on big logs.
    let mut keys: Vec<u64> = entries
        .iter()
        .enumerate()
        .filter(|(_, e)| corrected.is_empty() || !corrected.contains(e.id.as_str()))
        .map(|(i, e)| {
            let d = &e.date;
            let day = (u64::from(d.year()) << 9) | (u64::from(d.month()) << 5) | u64::from(d.day());
            (day << 32) | (i as u64 & 0xFFFF_FFFF)
        })
        .collect();
    keys.sort_unstable();
    let counting: Vec<(usize, &LogEntry)> = keys
        .iter()
        .filter_map(|k| {
            let i = usize::try_from(k & 0xFFFF_FFFF).ok()?;
            entries.get(i).map(|e| (i, e))
        })
        .collect();
    statuses(&counting, place, out);
    spending(&counting, place, concept, out);
}

/// `log.duplicate_id`: entry `i` reuses the id of entry `j`.
fn duplicate(e: &LogEntry, i: usize, j: usize, place: Place, out: &mut Findings) {
    let id = e.id.as_str();
    out.push(|| {
        Finding::new(
            Code::LogDuplicateId,
            place.entry(i).key("id"),
            text!(
                "Zwei Einträge des Protokolls haben die Id `{id}`.",
                "Two entries of the log have the id `{id}`.",
            ),
        )
        .with_hint(text!(
            "Jeder Eintrag braucht eine eigene, dauerhafte Id; eine Korrektur ist ein neuer Eintrag mit eigener Id und `corrects`.",
            "Every entry needs an id of its own that never changes; a correction is a new entry with its own id and `corrects`.",
        ))
        .with_related(place.entry(j).key("id"))
        .with("id", id)
    });
}

/// Whether an id is known.
type Known<'a> = &'a dyn Fn(&str) -> bool;

/// `log.ref`: the step, goal, indicator, body or corrected entry an entry names exists.
fn references(
    e: &LogEntry,
    at: &impl Fn() -> Pointer,
    t: &Targets<'_>,
    ids: &HashMap<&str, usize>,
    entries: &[LogEntry],
    out: &mut Findings,
) {
    let own = e.id.as_str();
    let checks: [(&'static str, Option<&Id>, Known<'_>); 5] = [
        ("step", e.step.as_ref(), &|id| t.steps.contains(id)),
        ("goal", e.goal.as_ref(), &|id| t.goals.contains(id)),
        ("indicator", e.indicator.as_ref(), &|id| {
            t.indicators.contains_key(id)
        }),
        ("body", e.body.as_ref(), &|id| t.bodies.contains(id)),
        ("corrects", e.corrects.as_ref(), &|id| {
            id != own && ids.contains_key(id)
        }),
    ];
    for (field, id, known) in checks {
        let Some(id) = id else { continue };
        if known(id.as_str()) || out.skip_if_full() {
            continue;
        }
        let names: Vec<&str> = match field {
            "step" => t.steps.iter().copied().collect(),
            "goal" => t.goals.iter().copied().collect(),
            "indicator" => t.indicators.keys().copied().collect(),
            "body" => t.bodies.iter().copied().collect(),
            _ => entries
                .iter()
                .map(|e| e.id.as_str())
                .filter(|id| *id != own)
                .collect(),
        };
        out.push(reference(field, id.as_str(), &names, at()));
    }
}

/// The `log.ref` finding of `field` naming `id`, with a suggestion among `names`.
fn reference(field: &'static str, id: &str, names: &[&str], at: Pointer) -> Finding {
    let suggestion = suggest(id, names);
    let (what_de, what_en) = match field {
        "step" => ("Handlungsschritt", "step"),
        "goal" => ("Ziel", "goal"),
        "indicator" => ("Indikator", "indicator"),
        "body" => ("Beteiligungsgremium", "participation body"),
        _ => ("anderer Eintrag des Protokolls", "other entry of the log"),
    };
    let hint = match suggestion {
        Some(s) => text!("Meinten Sie `{s}`?", "Did you mean `{s}`?"),
        None => text!(
            "Ein Eintrag nennt, worauf er sich bezieht, mit dessen Id aus dem Handlungskonzept (bei `corrects`: aus dem Protokoll).",
            "An entry names what it is about by its id in the concept (for `corrects`: in the log).",
        ),
    };
    let f = Finding::new(
        Code::LogRef,
        at.key(field),
        text!(
            "Kein {what_de} hat die Id `{id}`.",
            "No {what_en} has the id `{id}`.",
        ),
    )
    .with_hint(hint)
    .with("field", field)
    .with("id", id);
    match suggestion {
        Some(s) => f.with("suggestion", s),
        None => f,
    }
}

/// The subject and value fields of an entry as bits, in the model's order
/// (`note` last): the checks below are bit tests, not string comparisons,
/// since they run for every entry of logs with millions.
const FIELD_NAMES: [&str; 12] = [
    "step",
    "goal",
    "indicator",
    "body",
    "status",
    "progress",
    "spent_cents",
    "budget_year",
    "value",
    "unit",
    "participants",
    "note",
];

/// The bit of a field in [`FIELD_NAMES`].
const fn bit(i: usize) -> u16 {
    1 << i
}

const STEP: u16 = bit(0);
const GOAL: u16 = bit(1);
const INDICATOR: u16 = bit(2);
const BODY: u16 = bit(3);
const STATUS: u16 = bit(4);
const PROGRESS: u16 = bit(5);
const SPENT: u16 = bit(6);
const BUDGET_YEAR: u16 = bit(7);
const VALUE: u16 = bit(8);
const UNIT: u16 = bit(9);
const PARTICIPANTS: u16 = bit(10);
const NOTE: u16 = bit(11);
/// The subjects: what an entry is about.
const SUBJECTS: u16 = STEP | GOAL | INDICATOR | BODY;
/// The fields `log.field_unused` looks at (all but `note`).
const DATA: u16 = NOTE - 1;

/// The fields the entry has (a note only when it says something).
fn present(e: &LogEntry) -> u16 {
    let flags = [
        e.step.is_some(),
        e.goal.is_some(),
        e.indicator.is_some(),
        e.body.is_some(),
        e.status.is_some(),
        e.progress.is_some(),
        e.spent_cents.is_some(),
        e.budget_year.is_some(),
        e.value.is_some(),
        e.unit.is_some(),
        e.participants.is_some(),
        e.note.as_deref().is_some_and(|n| !n.trim().is_empty()),
    ];
    flags
        .iter()
        .enumerate()
        .fold(0, |m, (i, &on)| if on { m | bit(i) } else { m })
}

/// The names of the fields in `mask`, in the model's order.
fn names(mask: u16) -> impl Iterator<Item = &'static str> {
    FIELD_NAMES
        .iter()
        .enumerate()
        .filter(move |(i, _)| mask & bit(*i) != 0)
        .map(|(_, n)| *n)
}

/// The fields a kind needs, and the subject and value fields it uses (the
/// table at [`LogEntry`]). `note`, `evidence`, `recorded_by` and `corrects`
/// fit every kind.
const fn fields_of(kind: EntryKind) -> (u16, u16) {
    match kind {
        EntryKind::Status => (STEP | STATUS, STEP | STATUS | PROGRESS),
        EntryKind::Progress => (STEP | PROGRESS, STEP | PROGRESS),
        EntryKind::Spending => (SPENT, STEP | SPENT | BUDGET_YEAR),
        EntryKind::Measurement => (INDICATOR | VALUE, INDICATOR | VALUE | UNIT),
        EntryKind::Meeting => (BODY, BODY | PARTICIPANTS),
        EntryKind::Note => (NOTE, SUBJECTS),
    }
}

/// `log.kind_fields` and `log.field_unused`: the entry has what its kind
/// needs, is about one thing, and carries nothing its kind does not use.
fn kind_fields(e: &LogEntry, at: &impl Fn() -> Pointer, out: &mut Findings) {
    let kind = e.kind.as_str();
    let (needed, used) = fields_of(e.kind);
    let has = present(e);
    // A correction of kind `note` without anything else withdraws the entry
    // it corrects: it needs no note.
    let withdrawal = e.kind == EntryKind::Note && e.corrects.is_some();
    let missing = if withdrawal { 0 } else { needed & !has };
    let unused = has & DATA & !used;
    if missing == 0 && unused == 0 && (has & SUBJECTS).count_ones() <= 1 {
        return;
    }
    for field in names(missing) {
        out.push(|| {
            Finding::new(
                Code::LogKindFields,
                at(),
                text!(
                    "Einem Eintrag der Art `{kind}` fehlt `{field}`.",
                    "An entry of kind `{kind}` lacks `{field}`.",
                ),
            )
            .with_hint(text!(
                "Die Art eines Eintrags bestimmt, was er angibt: `status` braucht `step` und `status`, `progress` braucht `step` und `progress`, `spending` braucht `spent_cents`, `measurement` braucht `indicator` und `value`, `meeting` braucht `body`, `note` braucht `note`.",
                "An entry's kind decides what it says: `status` needs `step` and `status`, `progress` needs `step` and `progress`, `spending` needs `spent_cents`, `measurement` needs `indicator` and `value`, `meeting` needs `body`, `note` needs `note`.",
            ))
            .with("kind", kind)
            .with("field", field)
        });
    }
    let named: Vec<&'static str> = names(has & SUBJECTS).collect();
    if let [first, second, ..] = named.as_slice() {
        let (first, second) = (*first, *second);
        out.push(|| {
            Finding::new(
                Code::LogKindFields,
                at().key(second),
                text!(
                    "Ein Eintrag nennt `{first}` und `{second}`; er bezieht sich auf genau eines.",
                    "An entry names both `{first}` and `{second}`; it is about exactly one thing.",
                ),
            )
            .with_hint(text!(
                "Schreiben Sie für jedes, worauf es sich bezieht, einen eigenen Eintrag.",
                "Write an entry of its own for each thing it is about.",
            ))
            .with("kind", kind)
            .with("field", second)
            .with("first_field", first)
        });
    }
    let several = named.len() > 1;
    // With several subjects, the one finding above says it all for them.
    let unused = if several { unused & !SUBJECTS } else { unused };
    for field in names(unused) {
        out.push(|| {
            Finding::new(
                Code::LogFieldUnused,
                at().key(field),
                text!(
                    "Ein Eintrag der Art `{kind}` nutzt `{field}` nicht; der Wert zählt nirgends.",
                    "An entry of kind `{kind}` does not use `{field}`; the value counts nowhere.",
                ),
            )
            .with_hint(text!(
                "Schreiben Sie den Wert in einen Eintrag der passenden Art oder lassen Sie ihn weg.",
                "Put the value into an entry of the fitting kind, or leave it out.",
            ))
            .with("kind", kind)
            .with("field", field)
        });
    }
}

/// `log.date_outside_period` and `log.date_future`.
fn dates(
    e: &LogEntry,
    at: &impl Fn() -> Pointer,
    concept: &Concept,
    options: &Options,
    out: &mut Findings,
) {
    let date = e.date;
    let month = date.year_month();
    let (start, end) = (concept.period.start, concept.period.end);
    if month < start || month > end.plus_months(GRACE_MONTHS) {
        let before = month < start;
        out.push(|| {
            let message = if before {
                text!(
                    "Der Eintrag vom {date} liegt vor dem Beginn des Konzeptzeitraums ({start}).",
                    "The entry of {date} lies before the start of the concept period ({start}).",
                )
            } else {
                text!(
                    "Der Eintrag vom {date} liegt nach dem Ende des Konzeptzeitraums ({end}) und den {GRACE_MONTHS} Monaten danach für Nachträge.",
                    "The entry of {date} lies after the end of the concept period ({end}) and the {GRACE_MONTHS} months after it for late records.",
                )
            };
            Finding::new(Code::LogDateOutsidePeriod, at().key("date"), message)
                .with_hint(text!(
                    "Prüfen Sie das Datum; gehört der Eintrag zum Protokoll eines anderen Zeitraums?",
                    "Check the date; does the entry belong to the log of another period?",
                ))
                .with("date", date.to_string())
                .with("period_start", start.to_string())
                .with("period_end", end.to_string())
                .with("months", GRACE_MONTHS)
        });
    }
    if let Some(today) = options.today {
        if date > today {
            out.push(|| {
                Finding::new(
                    Code::LogDateFuture,
                    at().key("date"),
                    text!(
                        "Der Eintrag ist auf den {date} datiert, also nach dem heutigen Tag ({today}).",
                        "The entry is dated {date}, after today ({today}).",
                    ),
                )
                .with_hint(text!(
                    "Das Protokoll hält fest, was geschehen ist; Geplantes gehört in das Handlungskonzept.",
                    "The log records what happened; plans belong in the concept.",
                ))
                .with("date", date.to_string())
                .with("today", today.to_string())
            });
        }
    }
}

/// `log.progress_range`, `amount.negative`, `log.value` and `log.unit_mismatch`.
fn values(e: &LogEntry, at: &impl Fn() -> Pointer, t: &Targets<'_>, out: &mut Findings) {
    if let Some(p) = &e.progress {
        if !(0.0..=100.0).contains(&p.value()) {
            out.push(|| {
                Finding::new(
                    Code::LogProgressRange,
                    at().key("progress"),
                    text!(
                        "Ein Fortschritt von {p} % liegt außerhalb von 0 bis 100 %.",
                        "A progress of {p}% lies outside 0 to 100%.",
                    ),
                )
                .with_hint(text!(
                    "Der Fortschritt ist ein Anteil in Prozent: 0 (nicht begonnen) bis 100 (fertig).",
                    "Progress is a share in percent: 0 (not started) to 100 (done).",
                ))
                .with("value", p.as_str())
                .with("min", 0_i64)
                .with("max", 100_i64)
            });
        }
    }
    if let Some(spent) = e.spent_cents.filter(|c| c.get() < 0) {
        out.push(|| {
            let spent_en = spent.format_en();
            Finding::new(
                Code::AmountNegative,
                at().key("spent_cents"),
                text!(
                    "Die Ausgabe ist negativ ({spent}).",
                    "The spending is negative ({spent_en}).",
                ),
            )
            .with_hint(text!(
                "Eine falsche Ausgabe korrigiert ein neuer Eintrag mit `corrects` und dem richtigen Betrag.",
                "A wrong spending is corrected by a new entry with `corrects` and the right amount.",
            ))
            .with("amount_cents", spent.get())
        });
    }
    let (Some(id), Some(value)) = (&e.indicator, &e.value) else {
        return;
    };
    let Some(indicator) = t.indicators.get(id.as_str()) else {
        return;
    };
    measurement(e, indicator, value, at, out);
}

/// Units that mean "percent".
const PERCENT: [&str; 3] = ["%", "prozent", "percent"];

/// A unit for comparison: lower case, spaces collapsed.
fn unit_key(u: &str) -> String {
    crate::suggest::lower(u)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// `log.value` and `log.unit_mismatch` of a measurement of `indicator`.
fn measurement(
    e: &LogEntry,
    indicator: &Indicator,
    value: &IndicatorValue,
    at: &impl Fn() -> Pointer,
    out: &mut Findings,
) {
    let id = indicator.id.as_str();
    let measure = match indicator.measure {
        MeasureType::Unit => "unit",
        MeasureType::Percentage => "percentage",
        MeasureType::Qualitative => "qualitative",
    };
    let bad_value = match (indicator.measure, value) {
        (MeasureType::Qualitative, IndicatorValue::Number(n)) => Some((
            n.to_string(),
            text!(
                "Der Indikator `{id}` wird in Worten beschrieben, gemessen wurde aber die Zahl {n}.",
                "The indicator `{id}` is described in words, but the number {n} was measured.",
            ),
        )),
        (MeasureType::Unit | MeasureType::Percentage, IndicatorValue::Text(s)) => Some((
            s.clone(),
            text!(
                "Der Indikator `{id}` wird gezählt, gemessen wurde aber der Text „{s}“.",
                "The indicator `{id}` is counted, but the text “{s}” was measured.",
            ),
        )),
        (MeasureType::Percentage, IndicatorValue::Number(n))
            if !(0.0..=100.0).contains(&n.value()) =>
        {
            Some((
                n.to_string(),
                text!(
                    "Der Indikator `{id}` ist ein Anteil von 0 bis 100 %, gemessen wurden {n} %.",
                    "The indicator `{id}` is a share from 0 to 100%, but {n}% was measured.",
                ),
            ))
        }
        _ => None,
    };
    if let Some((shown, message)) = bad_value {
        out.push(|| {
            Finding::new(Code::LogValue, at().key("value"), message)
                .with_hint(text!(
                    "Eine Messung hat die Art ihres Indikators: eine Zahl für `unit` und `percentage` (0 bis 100), einen Text für `qualitative`.",
                    "A measurement has its indicator's measure: a number for `unit` and `percentage` (0 to 100), a text for `qualitative`.",
                ))
                .with("id", id)
                .with("measure", measure)
                .with("value", shown)
        });
    }
    let Some(unit) = e.unit.as_deref() else {
        return;
    };
    let key = unit_key(unit);
    let expected: Option<&str> = match indicator.measure {
        MeasureType::Unit => indicator.unit.as_deref().filter(|u| unit_key(u) != key),
        MeasureType::Percentage => (!PERCENT.contains(&key.as_str())).then_some("%"),
        MeasureType::Qualitative => Some(""),
    };
    let Some(expected) = expected else { return };
    out.push(|| {
        let message = if expected.is_empty() {
            text!(
                "Der Indikator `{id}` wird in Worten beschrieben und hat keine Einheit, die Messung nennt `{unit}`.",
                "The indicator `{id}` is described in words and has no unit, but the measurement says `{unit}`.",
            )
        } else {
            text!(
                "Die Messung nennt die Einheit `{unit}`, der Indikator `{id}` wird in `{expected}` gemessen.",
                "The measurement says `{unit}`, but the indicator `{id}` is measured in `{expected}`.",
            )
        };
        let f = Finding::new(Code::LogUnitMismatch, at().key("unit"), message)
            .with_hint(text!(
                "Rechnen Sie den Wert in die Einheit des Indikators um, oder lassen Sie `unit` weg.",
                "Convert the value to the indicator's unit, or leave `unit` out.",
            ))
            .with("id", id)
            .with("unit", unit)
            .with("measure", measure);
        if expected.is_empty() {
            f
        } else {
            f.with("indicator_unit", expected)
        }
    });
}

/// `log.budget_year`: spending counts for a year of the period.
fn budget_year(year: u16, at: &impl Fn() -> Pointer, concept: &Concept, out: &mut Findings) {
    let (first, last) = (concept.period.start.year(), concept.period.end.year());
    if (first..=last).contains(&year) {
        return;
    }
    out.push(|| {
        Finding::new(
            Code::LogBudgetYear,
            at().key("budget_year"),
            text!(
                "Die Ausgabe zählt für {year}, der Konzeptzeitraum umfasst aber nur {first} bis {last}.",
                "The spending counts for {year}, but the concept period covers only {first} to {last}.",
            ),
        )
        .with_hint(text!(
            "`budget_year` nennt das Kalenderjahr, aus dessen Budget die Ausgabe bezahlt wird.",
            "`budget_year` names the calendar year whose budget pays for the spending.",
        ))
        .with("year", year)
        .with("first_year", first)
        .with("last_year", last)
    });
}

/// `log.status_transition` and `log.conflict`: the status changes of each
/// step, in date order, follow [`transition`]; one step does not get two
/// statuses on one day.
fn statuses(counting: &[(usize, &LogEntry)], place: Place, out: &mut Findings) {
    // step → (current status, date and index of the entry that set it)
    let mut current: HashMap<&str, (StepStatus, Date, usize)> = HashMap::default();
    for &(i, e) in counting {
        let (Some(step), Some(to), EntryKind::Status) = (&e.step, e.status, e.kind) else {
            continue;
        };
        let step = step.as_str();
        let (from, since, by) =
            current
                .get(step)
                .copied()
                .unwrap_or((StepStatus::Planned, e.date, usize::MAX));
        let (from_name, to_name) = (from.as_str(), to.as_str());
        if by != usize::MAX && since == e.date && from != to {
            let date = e.date;
            out.push(|| {
                Finding::new(
                    Code::LogConflict,
                    place.entry(i).key("status"),
                    text!(
                        "Der Schritt `{step}` bekommt am {date} zwei Status: `{from_name}` und `{to_name}`.",
                        "The step `{step}` gets two statuses on {date}: `{from_name}` and `{to_name}`.",
                    ),
                )
                .with_hint(text!(
                    "Oft zwei Einträge derselben Sache von zwei Geräten; korrigieren Sie den falschen mit `corrects`.",
                    "Often two records of one thing from two devices; correct the wrong one with `corrects`.",
                ))
                .with_related(place.entry(by).key("status"))
                .with("id", step)
                .with("date", date.to_string())
                .with("previous_status", from_name)
                .with("status", to_name)
            });
        } else {
            let noted = e.note.as_deref().is_some_and(|n| !n.trim().is_empty());
            let bad = match transition(from, to) {
                Transition::Allowed => false,
                Transition::NeedsNote => !noted,
                Transition::Never => true,
            };
            if bad {
                let never = transition(from, to) == Transition::Never;
                out.push(|| {
                    let hint = if never {
                        text!(
                            "Ein entfallener Schritt bleibt entfallen; war das ein Irrtum, korrigieren Sie den Eintrag, der ihn entfallen ließ, mit `corrects`.",
                            "A dropped step stays dropped; if that was a mistake, correct the entry that dropped it with `corrects`.",
                        )
                    } else {
                        text!(
                            "Schreiben Sie in `note`, warum der Schritt wieder aufgenommen wird.",
                            "Say in `note` why the step is taken up again.",
                        )
                    };
                    let f = Finding::new(
                        Code::LogStatusTransition,
                        place.entry(i).key("status"),
                        text!(
                            "Der Schritt `{step}` wechselt von `{from_name}` zu `{to_name}`.",
                            "The step `{step}` changes from `{from_name}` to `{to_name}`.",
                        ),
                    )
                    .with_hint(hint)
                    .with("id", step)
                    .with("previous_status", from_name)
                    .with("status", to_name);
                    if by == usize::MAX {
                        f
                    } else {
                        f.with_related(place.entry(by).key("status"))
                    }
                });
            }
        }
        current.insert(step, (to, e.date, i));
    }
}

/// `log.budget_exceeded`: the spending of a year stays within its budget.
/// Reported once per year, at the entry that crosses the line.
fn spending(counting: &[(usize, &LogEntry)], place: Place, concept: &Concept, out: &mut Findings) {
    let budgets: HashMap<u16, Cents> = concept
        .budget
        .iter()
        .map(|b| (b.year, b.amount_cents))
        .collect();
    let mut spent: HashMap<u16, Cents> = HashMap::default();
    let mut reported: HashSet<u16> = HashSet::default();
    for &(i, e) in counting {
        let (Some(amount), EntryKind::Spending) = (e.spent_cents, e.kind) else {
            continue;
        };
        let year = e.spending_year();
        let sum = spent.entry(year).or_insert(Cents::ZERO);
        *sum = sum.saturating_add(amount);
        let sum = *sum;
        let Some(&budget) = budgets.get(&year) else {
            continue;
        };
        if sum > budget && reported.insert(year) {
            let over = Cents::new(sum.get().saturating_sub(budget.get()));
            out.push(|| {
                let (sum_en, over_en, budget_en) =
                    (sum.format_en(), over.format_en(), budget.format_en());
                Finding::new(
                    Code::LogBudgetExceeded,
                    place.entry(i).key("spent_cents"),
                    text!(
                        "Mit dieser Ausgabe sind {year} {sum} ausgegeben, {over} mehr als das Budget von {budget}.",
                        "With this spending, {sum_en} are spent in {year}, {over_en} more than the budget of {budget_en}.",
                    ),
                )
                .with_hint(text!(
                    "Prüfen Sie Betrag und `budget_year`; sonst muss das Budget des Jahres angepasst werden.",
                    "Check the amount and `budget_year`; otherwise the year's budget must be changed.",
                ))
                .with("year", year)
                .with("spent_cents", sum.get())
                .with("budget_cents", budget.get())
                .with("over_cents", over.get())
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Decimal, Indicator, MeasureType};
    use crate::validate::testing::{codes, concept};
    use crate::validate::{check, Options};

    fn entry(id: &str, date: &str, kind: EntryKind) -> LogEntry {
        LogEntry::new(Id::new(id).unwrap(), date.parse().unwrap(), kind)
    }

    fn status(id: &str, date: &str, s: StepStatus) -> LogEntry {
        let mut e = entry(id, date, EntryKind::Status);
        e.step = Some(Id::new("s1").unwrap());
        e.status = Some(s);
        e
    }

    fn spent(id: &str, date: &str, cents: i64) -> LogEntry {
        let mut e = entry(id, date, EntryKind::Spending);
        e.spent_cents = Some(Cents::new(cents));
        e
    }

    fn with_log(log: Vec<LogEntry>) -> Concept {
        let mut c = concept();
        c.log = log;
        c
    }

    fn indicator(measure: MeasureType, unit: Option<&str>) -> Indicator {
        Indicator {
            id: Id::new("i1").unwrap(),
            name: "Gäste".into(),
            measure,
            unit: unit.map(Into::into),
            direction: None,
            baseline: None,
            target: None,
        }
    }

    #[test]
    fn a_normal_log_is_clean() {
        let mut meeting = entry("e3", "2023-06-01", EntryKind::Meeting);
        meeting.body = Some(Id::new("forum").unwrap());
        meeting.participants = Some(30);
        let mut note = entry("e4", "2023-06-02", EntryKind::Note);
        note.goal = Some(Id::new("g1").unwrap());
        note.note = Some("Gut besucht".into());
        let c = with_log(vec![
            status("e1", "2023-05-01", StepStatus::InProgress),
            status("e2", "2023-09-30", StepStatus::Done),
            meeting,
            note,
            spent("e5", "2025-03-31", 100_000), // within the grace window
        ]);
        assert_eq!(codes(&c), Vec::<&str>::new());
    }

    #[test]
    fn synthetic_logs_are_clean() {
        let mut c = crate::synth::concept(300, 5);
        c.log = crate::synth::log(&c, 2_000, 5);
        let found = check(&c, &Options::default());
        let log: Vec<_> = found
            .iter()
            .filter(|f| f.pointer.starts_with("/log"))
            .collect();
        assert!(log.is_empty(), "{log:#?}");
    }

    #[test]
    fn references_resolve_with_a_suggestion() {
        let mut e = status("e1", "2023-05-01", StepStatus::Done);
        e.step = Some(Id::new("s2").unwrap());
        let mut w = entry("e2", "2023-05-02", EntryKind::Note);
        w.corrects = Some(Id::new("e2").unwrap()); // itself
        let c = with_log(vec![e, w]);
        let found = check(&c, &Options::default());
        let got: Vec<_> = found
            .iter()
            .map(|f| (f.code.as_str(), f.pointer.as_str()))
            .collect();
        assert_eq!(
            got,
            [("log.ref", "/log/0/step"), ("log.ref", "/log/1/corrects")]
        );
        assert_eq!(found[0].hint.as_ref().unwrap().en, "Did you mean `s1`?");
    }

    #[test]
    fn ids_are_unique() {
        let c = with_log(vec![
            spent("e1", "2023-05-01", 1),
            spent("e1", "2023-05-02", 2),
        ]);
        let f = &check(&c, &Options::default())[0];
        assert_eq!(f.code, Code::LogDuplicateId);
        assert_eq!(f.pointer, "/log/1/id");
        assert_eq!(f.related.as_ref().unwrap().pointer, "/log/0/id");
    }

    #[test]
    fn kinds_need_their_fields_and_one_subject() {
        let mut status_without = entry("e1", "2023-05-01", EntryKind::Status);
        status_without.goal = Some(Id::new("g1").unwrap());
        let mut two = entry("e2", "2023-05-01", EntryKind::Note);
        two.note = Some("x".into());
        two.step = Some(Id::new("s1").unwrap());
        two.body = Some(Id::new("forum").unwrap());
        let mut unused = status("e3", "2023-05-02", StepStatus::InProgress);
        unused.participants = Some(3);
        // A withdrawal needs no note.
        let mut withdrawal = entry("e4", "2023-05-03", EntryKind::Note);
        withdrawal.corrects = Some(Id::new("e3").unwrap());
        let c = with_log(vec![status_without, two, unused, withdrawal]);
        let found = check(&c, &Options::default());
        let got: Vec<_> = found
            .iter()
            .map(|f| (f.code.as_str(), f.pointer.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("log.kind_fields", "/log/0"),
                ("log.kind_fields", "/log/0"),
                ("log.field_unused", "/log/0/goal"),
                ("log.kind_fields", "/log/1/body"),
                ("log.field_unused", "/log/2/participants"),
            ]
        );
        assert_eq!(found[0].severity, crate::Severity::Error);
        assert_eq!(found[4].severity, crate::Severity::Warning);
    }

    #[test]
    fn dates_lie_in_the_period_or_the_grace_window_and_not_ahead() {
        let c = with_log(vec![
            spent("e1", "2022-12-31", 1),
            spent("e2", "2025-03-31", 1),
            spent("e3", "2025-04-01", 1),
        ]);
        assert_eq!(
            codes(&c),
            ["log.date_outside_period", "log.date_outside_period"]
        );
        let today = Options::with_today("2023-06-01").unwrap();
        let c = with_log(vec![
            spent("e1", "2023-06-01", 1),
            spent("e2", "2023-06-02", 1),
        ]);
        let found = check(&c, &today);
        assert_eq!(found.len(), 1);
        assert_eq!(
            (found[0].code, found[0].pointer.as_str()),
            (Code::LogDateFuture, "/log/1/date")
        );
    }

    #[test]
    fn progress_stays_within_0_and_100() {
        let mut e = entry("e1", "2023-06-01", EntryKind::Progress);
        e.step = Some(Id::new("s1").unwrap());
        for (p, n) in [("0", 0), ("100", 0), ("100.5", 1), ("-1", 1)] {
            e.progress = Some(p.parse::<Decimal>().unwrap());
            let c = with_log(vec![e.clone()]);
            assert_eq!(codes(&c).len(), n, "{p}");
        }
    }

    #[test]
    fn the_status_table() {
        use StepStatus::{Done, Dropped, InProgress, Planned, Postponed};
        let all = [Planned, InProgress, Done, Postponed, Dropped];
        for from in all {
            assert_eq!(transition(from, from), Transition::Allowed);
            assert_eq!(transition(Planned, from), Transition::Allowed);
            assert_eq!(transition(Postponed, from), Transition::Allowed);
        }
        assert_eq!(transition(Dropped, InProgress), Transition::Never);
        assert_eq!(transition(Done, InProgress), Transition::NeedsNote);
        assert_eq!(transition(InProgress, Planned), Transition::NeedsNote);
        assert_eq!(transition(InProgress, Done), Transition::Allowed);
    }

    #[test]
    fn status_changes_follow_the_table_in_date_order() {
        use StepStatus::{Done, Dropped, InProgress};
        // Written out of order: done (June), then in progress (May): fine.
        let c = with_log(vec![
            status("e2", "2023-06-01", Done),
            status("e1", "2023-05-01", InProgress),
        ]);
        assert!(codes(&c).is_empty());
        // Back from done without a note, and anything after dropped.
        let mut reopen = status("e2", "2023-07-01", InProgress);
        let c = with_log(vec![
            status("e1", "2023-06-01", Done),
            reopen.clone(),
            status("e3", "2023-08-01", Dropped),
            status("e4", "2023-09-01", Done),
        ]);
        let found = check(&c, &Options::default());
        let got: Vec<_> = found.iter().map(|f| f.pointer.as_str()).collect();
        assert_eq!(got, ["/log/1/status", "/log/3/status"]);
        assert!(found.iter().all(|f| f.code == Code::LogStatusTransition));
        // With a note, reopening is fine; a corrected drop does not count.
        reopen.note = Some("Zweite Runde gewünscht".into());
        let mut undo = entry("e5", "2023-08-02", EntryKind::Note);
        undo.corrects = Some(Id::new("e3").unwrap());
        let c = with_log(vec![
            status("e1", "2023-06-01", Done),
            reopen,
            status("e3", "2023-08-01", Dropped),
            status("e4", "2023-09-01", Done),
            undo,
        ]);
        assert!(codes(&c).is_empty(), "{:?}", codes(&c));
    }

    #[test]
    fn two_statuses_on_one_day_conflict() {
        let c = with_log(vec![
            status("e1", "2023-06-01", StepStatus::Done),
            status("e2", "2023-06-01", StepStatus::Postponed),
            status("e3", "2023-06-01", StepStatus::Postponed),
        ]);
        let found = check(&c, &Options::default());
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(
            (found[0].code, found[0].pointer.as_str()),
            (Code::LogConflict, "/log/1/status")
        );
        assert_eq!(found[0].related.as_ref().unwrap().pointer, "/log/0/status");
    }

    #[test]
    fn spending_stays_within_the_budget_after_corrections() {
        // 30,000 € in 2023: 20,000 + 15,000 exceed it, unless the second is corrected.
        let mut fix = spent("e3", "2023-07-01", 500_000);
        fix.corrects = Some(Id::new("e2").unwrap());
        let over = vec![
            spent("e1", "2023-05-01", 2_000_000),
            spent("e2", "2023-06-01", 1_500_000),
            spent("e4", "2023-12-01", 1),
        ];
        let c = with_log(over.clone());
        let found = check(&c, &Options::default());
        assert_eq!(found.len(), 1);
        assert_eq!(
            (found[0].code, found[0].pointer.as_str()),
            (Code::LogBudgetExceeded, "/log/1/spent_cents")
        );
        assert!(found[0]
            .context
            .contains(&("over_cents", crate::ContextValue::Int(500_000))));
        let mut fixed = over;
        fixed.push(fix);
        assert!(codes(&with_log(fixed)).is_empty());
        // A year of its own; outside the period.
        let mut e = spent("e1", "2023-12-20", 2_000_000);
        e.budget_year = Some(2024);
        let mut f = spent("e2", "2024-12-20", 1_500_000);
        f.budget_year = Some(2025);
        assert_eq!(codes(&with_log(vec![e, f])), ["log.budget_year"]);
        assert_eq!(
            codes(&with_log(vec![spent("e1", "2023-05-01", -5)])),
            ["amount.negative"]
        );
    }

    #[test]
    fn measurements_fit_their_indicator() {
        let run = |ind: Indicator, value: IndicatorValue, unit: Option<&str>| {
            let mut c = concept();
            c.action_fields[0].goals[0].indicators = vec![ind];
            let mut e = entry("e1", "2023-06-01", EntryKind::Measurement);
            e.indicator = Some(Id::new("i1").unwrap());
            e.value = Some(value);
            e.unit = unit.map(Into::into);
            c.log = vec![e];
            let mut found = codes(&c);
            found.retain(|code| code.starts_with("log."));
            found
        };
        let n = |v: u32| IndicatorValue::Number(v.into());
        let t = |s: &str| IndicatorValue::Text(s.into());
        let unit = || indicator(MeasureType::Unit, Some("Personen"));
        let pct = || indicator(MeasureType::Percentage, None);
        let words = || indicator(MeasureType::Qualitative, None);
        assert!(run(unit(), n(3), Some("personen ")).is_empty());
        assert!(run(unit(), n(3), None).is_empty());
        assert_eq!(run(unit(), n(3), Some("Gäste")), ["log.unit_mismatch"]);
        assert_eq!(run(unit(), t("viele"), None), ["log.value"]);
        assert!(run(pct(), n(40), Some("%")).is_empty());
        assert_eq!(run(pct(), n(140), None), ["log.value"]);
        assert_eq!(run(pct(), n(40), Some("Personen")), ["log.unit_mismatch"]);
        assert!(run(words(), t("besser"), None).is_empty());
        assert_eq!(
            run(words(), n(3), Some("Punkte")),
            ["log.value", "log.unit_mismatch"]
        );
    }
}
