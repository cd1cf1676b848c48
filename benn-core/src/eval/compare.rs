//! Comparing two versions of a concept (*Versionsvergleich*): the update
//! every two years (*Fortschreibung*), two drafts, or a new version within a
//! period.
//!
//! What [`compare`] reports:
//! - **Top-level changes** of the concept: `title`, `period`, `aim`,
//!   `previous`, `adoption` (its status), `site.name`, `site.planning_areas`
//!   (the list of codes) and the budget of each year (`budget.<year>`).
//! - **Action fields**, matched by key: added, removed, or a changed `title`.
//! - **Goals** and **steps**, matched by id across the whole concept (a goal
//!   may move to another action field, a step to another goal). Items whose
//!   ids changed are then paired by the similarity of their texts
//!   ([`text_similarity`], at least [`TEXT_MATCH_THRESHOLD`]) and marked
//!   [`MatchedBy::Text`] with the similarity; what stays unpaired is added or
//!   removed.
//! - For each matched item, the fields that differ as (field name, old
//!   value, new value), and whether it moved ([`Move`]). A step counts as
//!   moved only when its new goal is not the one its old goal became.
//!
//! Order: each list holds the changed and added items in the order of the
//! new concept, then the removed ones in the order of the old concept.
//! Unchanged items are left out, so a concept compared with itself gives an
//! empty [`Comparison`] ([`Comparison::is_empty`]).
//!
//! ```
//! use benn_core::{eval, read};
//! let old = read(&std::fs::read("../examples/weissensee-2023.json").unwrap()).unwrap();
//! assert!(eval::compare(&old, &old).is_empty());
//!
//! let mut new = old.clone();
//! new.action_fields[0].goals[0].steps[0].planned_cost_cents = Some(benn_core::Cents::new(500_000));
//! let diff = eval::compare(&old, &new);
//! let step = &diff.steps[0];
//! assert_eq!(step.old_id.as_deref(), Some("s-begegnung-1-1"));
//! assert_eq!(step.fields[0].field, "planned_cost_cents");
//! ```

use std::collections::{BTreeSet, HashMap, HashSet};

use serde::Serialize;

use crate::diag::Lang;
use crate::model::{
    ActionField, Cents, Concept, Goal, Indicator, IndicatorValue, Measurement, Step, Timeframe,
};

/// The least similarity ([`text_similarity`], 0 to 1) at which two items
/// whose ids differ are taken for the same item: 0.6. A goal or step
/// carried into the next concept with a few words changed scores 0.9 and
/// more, one with a sentence rewritten about 0.6; in the shipped examples
/// two different goals or steps of one concept score at most 0.46 (the
/// common "Wir wollen …" aside, their words differ).
pub const TEXT_MATCH_THRESHOLD: f64 = 0.6;

/// At most this many pairs of unmatched items (old × new) are compared by
/// text (each comparison costs the product of the two texts' lengths);
/// beyond that (concepts whose ids were all renamed, with hundreds of items)
/// items are matched by id only and [`Comparison::text_matching`] says so.
pub const MAX_TEXT_PAIRS: usize = 100_000;

/// How a changed item was matched with its old version.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MatchedBy {
    /// The same id (key for action fields).
    Id,
    /// The ids differ; the texts are similar ([`TEXT_MATCH_THRESHOLD`]).
    Text,
}

/// What happened to an item between the versions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    /// Only in the new version.
    Added,
    /// Only in the old version.
    Removed,
    /// In both, with a different field, place or id.
    Changed,
}

/// A value of a changed field, for display.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", content = "value", rename_all = "snake_case")]
pub enum Value {
    /// A text, a key (e.g. a status as `in_progress`), a date range or a number as written.
    Text(String),
    /// An amount of money.
    Money(Cents),
    /// A list (codes, names, ids), in the document's order.
    List(Vec<String>),
}

impl Value {
    /// The value as a short text in `lang` (money in the language's notation,
    /// lists joined by `, `, long texts kept whole).
    pub fn display(&self, lang: Lang) -> String {
        match self {
            Value::Text(t) => t.clone(),
            Value::Money(c) => match lang {
                Lang::De => c.to_string(),
                Lang::En => c.format_en(),
            },
            Value::List(items) => items.join(", "),
        }
    }
}

/// One field that differs: its name as in the format (e.g. `timeframe`,
/// `planned_cost_cents`, `indicator:i-1`, `budget.2025`) and the old and new
/// values; `None` where the field is absent (or empty) in that version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldChange {
    /// Name of the field.
    pub field: String,
    /// Its value in the old version.
    pub old: Option<Value>,
    /// Its value in the new version.
    pub new: Option<Value>,
}

/// Where a goal or step sits: its action field's key and, for a step of a
/// goal, the goal's id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Place {
    /// Key of the action field.
    pub field: String,
    /// Id of the goal; `None` for a goal itself and for a step of the field directly.
    pub goal: Option<String>,
}

/// A move to another action field (goal) or another goal (step).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Move {
    /// The place in the old version.
    pub from: Place,
    /// The place in the new version.
    pub to: Place,
}

/// One action field, goal or step that was added, removed or changed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ItemChange {
    /// Added, removed or changed.
    pub change: ChangeKind,
    /// Id (key for an action field) in the old version.
    pub old_id: Option<String>,
    /// Id (key for an action field) in the new version.
    pub new_id: Option<String>,
    /// The item's text (an action field's title): the new one, else the old.
    pub text: String,
    /// How a changed item was matched.
    pub matched_by: Option<MatchedBy>,
    /// The text similarity (0 to 1, three decimals, [`text_similarity`]) of an item matched by text.
    pub similarity: Option<f64>,
    /// The move of a goal to another action field, or of a step to another goal.
    pub moved: Option<Move>,
    /// The fields that differ, in the order of the format.
    pub fields: Vec<FieldChange>,
}

/// Everything that differs between two versions of a concept.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    /// Id of the old version.
    pub old_id: String,
    /// Id of the new version.
    pub new_id: String,
    /// Changes of the concept itself (title, period, aim, budget per year, …).
    pub concept: Vec<FieldChange>,
    /// Action fields added, removed or retitled.
    pub action_fields: Vec<ItemChange>,
    /// Goals added, removed or changed.
    pub goals: Vec<ItemChange>,
    /// Steps added, removed or changed.
    pub steps: Vec<ItemChange>,
    /// Whether unmatched items were compared by text (false beyond [`MAX_TEXT_PAIRS`]).
    pub text_matching: bool,
}

impl Comparison {
    /// Whether nothing differs (the ids of the two concepts aside).
    pub fn is_empty(&self) -> bool {
        self.concept.is_empty()
            && self.action_fields.is_empty()
            && self.goals.is_empty()
            && self.steps.is_empty()
    }

    /// The number of changes: top-level fields plus changed items.
    pub fn len(&self) -> usize {
        self.concept.len() + self.action_fields.len() + self.goals.len() + self.steps.len()
    }
}

/// Lower-case letters and digits, everything else one space.
fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
    out
}

/// How alike two texts are, 0 (nothing in common) to 1 (the same words):
/// the normalised Levenshtein similarity (`strsim::normalized_levenshtein`:
/// one minus the edits needed over the longer length, in characters) of both
/// texts lower-cased, with punctuation removed and spaces collapsed.
///
/// ```
/// use benn_core::eval::text_similarity;
/// assert_eq!(text_similarity("Wir wollen X.", "wir wollen  x"), 1.0);
/// let a = "Sommerfest „Bühringstraße feiert“ auf der Grünfläche vor der Unterkunft.";
/// let b = "Sommerfest „Bühringstraße feiert“ 2025 auf der Grünfläche vor der Unterkunft.";
/// assert!(text_similarity(a, b) > 0.9);
/// assert!(text_similarity(a, "Monatlicher Newsletter in vier Sprachen.") < 0.5);
/// ```
pub fn text_similarity(a: &str, b: &str) -> f64 {
    strsim::normalized_levenshtein(&normalise(a), &normalise(b))
}

/// [`text_similarity`] of texts already normalised for pairing; 0 without
/// computing when their lengths alone keep them below
/// [`TEXT_MATCH_THRESHOLD`] (the similarity is at most the shorter length
/// over the longer).
fn pairing_similarity(a: &str, b: &str) -> f64 {
    let (la, lb) = (a.chars().count(), b.chars().count());
    let (short, long) = (la.min(lb), la.max(lb));
    #[allow(clippy::cast_precision_loss)] // texts are far shorter than 2^52 characters
    let bound = if long == 0 {
        1.0
    } else {
        short as f64 / long as f64
    };
    if bound < TEXT_MATCH_THRESHOLD {
        return 0.0;
    }
    strsim::normalized_levenshtein(a, b)
}

/// The result of pairing old items with new ones.
pub(crate) struct Pairing {
    /// For each old item: the new item's index, how, and the similarity of a text match.
    pub(crate) old_to_new: Vec<Option<(usize, MatchedBy, Option<f64>)>>,
    /// For each new item: whether it is paired.
    pub(crate) new_paired: Vec<bool>,
    /// Whether the unmatched items were compared by text.
    pub(crate) text_matching: bool,
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// Pairs items by id, then the rest by text similarity: best pairs first
/// (ties by old, then new position), each item at most once, only pairs of
/// at least [`TEXT_MATCH_THRESHOLD`].
pub(crate) fn pair(old: &[(&str, &str)], new: &[(&str, &str)]) -> Pairing {
    let by_id: HashMap<&str, usize> = new
        .iter()
        .enumerate()
        .map(|(i, (id, _))| (*id, i))
        .collect();
    let mut old_to_new = vec![None; old.len()];
    let mut new_paired = vec![false; new.len()];
    for (o, (id, _)) in old.iter().enumerate() {
        if let Some(&n) = by_id.get(id) {
            if let (Some(slot), Some(p)) = (old_to_new.get_mut(o), new_paired.get_mut(n)) {
                if !*p {
                    *slot = Some((n, MatchedBy::Id, None));
                    *p = true;
                }
            }
        }
    }
    let old_left: Vec<usize> = (0..old.len())
        .filter(|&o| old_to_new.get(o).is_some_and(Option::is_none))
        .collect();
    let new_left: Vec<usize> = (0..new.len())
        .filter(|&n| new_paired.get(n).is_some_and(|p| !p))
        .collect();
    let text_matching = old_left.len().saturating_mul(new_left.len()) <= MAX_TEXT_PAIRS;
    if text_matching && !old_left.is_empty() && !new_left.is_empty() {
        let new_norm: Vec<String> = new_left
            .iter()
            .map(|&n| new.get(n).map_or_else(String::new, |(_, t)| normalise(t)))
            .collect();
        let mut candidates: Vec<(f64, usize, usize)> = Vec::new();
        for &o in &old_left {
            let old_norm = old.get(o).map_or_else(String::new, |(_, t)| normalise(t));
            for (&n, norm) in new_left.iter().zip(&new_norm) {
                let s = pairing_similarity(&old_norm, norm);
                if s >= TEXT_MATCH_THRESHOLD {
                    candidates.push((s, o, n));
                }
            }
        }
        crate::sort::sort_by(&mut candidates, |a, b| {
            b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2))
        });
        for (s, o, n) in candidates {
            if let (Some(slot), Some(p)) = (old_to_new.get_mut(o), new_paired.get_mut(n)) {
                if slot.is_none() && !*p {
                    *slot = Some((n, MatchedBy::Text, Some(round3(s))));
                    *p = true;
                }
            }
        }
    }
    Pairing {
        old_to_new,
        new_paired,
        text_matching,
    }
}

/// A goal with the key of its action field.
struct GoalAt<'a> {
    field: &'a str,
    goal: &'a Goal,
}

/// A step with its place.
struct StepAt<'a> {
    field: &'a str,
    goal: Option<&'a str>,
    step: &'a Step,
}

pub(crate) fn goals_of(c: &Concept) -> Vec<(&str, &Goal)> {
    c.action_fields
        .iter()
        .flat_map(|f| f.goals.iter().map(move |g| (f.key.as_str(), g)))
        .collect()
}

/// The (id, text) of each goal, for [`pair`].
pub(crate) fn goal_texts<'a>(goals: &[(&'a str, &'a Goal)]) -> Vec<(&'a str, &'a str)> {
    goals
        .iter()
        .map(|(_, g)| (g.id.as_str(), g.text.as_str()))
        .collect()
}

fn steps_of(c: &Concept) -> Vec<StepAt<'_>> {
    let mut out = Vec::new();
    for f in &c.action_fields {
        for g in &f.goals {
            out.extend(g.steps.iter().map(|s| StepAt {
                field: f.key.as_str(),
                goal: Some(g.id.as_str()),
                step: s,
            }));
        }
        out.extend(f.steps.iter().map(|s| StepAt {
            field: f.key.as_str(),
            goal: None,
            step: s,
        }));
    }
    out
}

/// Collects the fields that differ.
#[derive(Default)]
struct Fields(Vec<FieldChange>);

impl Fields {
    fn value(&mut self, field: &str, old: Option<Value>, new: Option<Value>) {
        if old != new {
            self.0.push(FieldChange {
                field: field.to_owned(),
                old,
                new,
            });
        }
    }

    /// Compares before it copies: most fields of most items are unchanged.
    fn text(&mut self, field: &str, old: Option<&str>, new: Option<&str>) {
        if old != new {
            let v = |t: Option<&str>| t.map(|t| Value::Text(t.to_owned()));
            self.value(field, v(old), v(new));
        }
    }

    fn list<T: ToString + PartialEq>(&mut self, field: &str, old: &[T], new: &[T]) {
        if old != new {
            let v = |l: &[T]| {
                (!l.is_empty()).then(|| Value::List(l.iter().map(T::to_string).collect()))
            };
            self.value(field, v(old), v(new));
        }
    }
}

fn timeframe_text(t: Timeframe) -> String {
    format!("{}..{}", t.start, t.end)
}

fn value_text(v: &IndicatorValue) -> String {
    match v {
        IndicatorValue::Number(d) => d.as_str().to_owned(),
        IndicatorValue::Text(t) => t.clone(),
    }
}

fn measurement_text(m: Option<&Measurement>) -> String {
    m.map_or_else(
        || "?".to_owned(),
        |m| match m.date {
            Some(d) => format!("{} ({d})", value_text(&m.value)),
            None => value_text(&m.value),
        },
    )
}

/// An indicator in one line: `name: baseline → target unit`.
fn indicator_text(i: &Indicator) -> String {
    let unit = i
        .unit
        .as_deref()
        .map(|u| format!(" {u}"))
        .unwrap_or_default();
    format!(
        "{}: {} → {}{unit}",
        i.name,
        measurement_text(i.baseline.as_ref()),
        measurement_text(i.target.as_ref())
    )
}

fn serialized<T: Serialize>(v: &T) -> Option<String> {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
}

fn goal_fields(old: &Goal, new: &Goal) -> Vec<FieldChange> {
    let mut f = Fields::default();
    f.text("text", Some(&old.text), Some(&new.text));
    f.list("planning_areas", &old.planning_areas, &new.planning_areas);
    f.list("target_groups", &old.target_groups, &new.target_groups);
    f.list("bodies", &old.bodies, &new.bodies);
    if old.impact_level != new.impact_level {
        f.text(
            "impact_level",
            old.impact_level.and_then(|l| serialized(&l)).as_deref(),
            new.impact_level.and_then(|l| serialized(&l)).as_deref(),
        );
    }
    if old.indicators != new.indicators {
        indicator_fields(&mut f, old, new);
    }
    f.0
}

/// Indicators by id: each added, removed or changed one is a field of its own.
fn indicator_fields(f: &mut Fields, old: &Goal, new: &Goal) {
    let mut seen = HashSet::new();
    for i in old.indicators.iter().chain(&new.indicators) {
        if !seen.insert(i.id.as_str()) {
            continue;
        }
        let find = |g: &Goal| {
            g.indicators
                .iter()
                .find(|x| x.id == i.id)
                .map(|x| Value::Text(indicator_text(x)))
        };
        let field = format!("indicator:{}", i.id);
        let (o, n) = (find(old), find(new));
        f.value(&field, o, n);
        // What the one-line text leaves out, when the indicator is in both.
        let both = old
            .indicators
            .iter()
            .find(|x| x.id == i.id)
            .zip(new.indicators.iter().find(|x| x.id == i.id));
        if let Some((o, n)) = both {
            f.text(
                &format!("{field}.measure"),
                serialized(&o.measure).as_deref(),
                serialized(&n.measure).as_deref(),
            );
            f.text(
                &format!("{field}.direction"),
                o.direction.and_then(|d| serialized(&d)).as_deref(),
                n.direction.and_then(|d| serialized(&d)).as_deref(),
            );
        }
    }
}

fn step_fields(old: &Step, new: &Step) -> Vec<FieldChange> {
    let mut f = Fields::default();
    f.text("text", Some(&old.text), Some(&new.text));
    if old.timeframe != new.timeframe {
        f.text(
            "timeframe",
            old.timeframe.map(timeframe_text).as_deref(),
            new.timeframe.map(timeframe_text).as_deref(),
        );
    }
    f.text(
        "responsible",
        old.responsible.as_deref(),
        new.responsible.as_deref(),
    );
    f.list("partners", &old.partners, &new.partners);
    f.value(
        "planned_cost_cents",
        old.planned_cost_cents.map(Value::Money),
        new.planned_cost_cents.map(Value::Money),
    );
    f.list("planning_areas", &old.planning_areas, &new.planning_areas);
    f.list("bodies", &old.bodies, &new.bodies);
    f.text(
        "status",
        Some(old.status.as_str()),
        Some(new.status.as_str()),
    );
    if old.weight != new.weight {
        let weight = |w: Option<f64>| w.map(|w| format!("{w}"));
        f.text(
            "weight",
            weight(old.weight).as_deref(),
            weight(new.weight).as_deref(),
        );
    }
    f.0
}

fn concept_fields(old: &Concept, new: &Concept) -> Vec<FieldChange> {
    let mut f = Fields::default();
    f.text("title", old.title.as_deref(), new.title.as_deref());
    let period = |c: &Concept| {
        let p = &c.period;
        match &p.label {
            Some(l) => format!("{}..{} ({l})", p.start, p.end),
            None => format!("{}..{}", p.start, p.end),
        }
    };
    f.text("period", Some(&period(old)), Some(&period(new)));
    f.text(
        "previous",
        old.previous.as_ref().map(crate::model::Id::as_str),
        new.previous.as_ref().map(crate::model::Id::as_str),
    );
    let adoption = |c: &Concept| c.adoption.as_ref().and_then(|a| serialized(&a.status));
    f.text(
        "adoption",
        adoption(old).as_deref(),
        adoption(new).as_deref(),
    );
    f.text("aim", Some(&old.aim), Some(&new.aim));
    f.text("site.name", Some(&old.site.name), Some(&new.site.name));
    let areas = |c: &Concept| {
        c.site
            .planning_areas
            .iter()
            .map(|a| a.code.to_string())
            .collect::<Vec<_>>()
    };
    f.list("site.planning_areas", &areas(old), &areas(new));
    // By `insert`: `collect` into a set sorts (one more copy of the standard
    // sort in the wasm build, `crate::sort`).
    let mut years: BTreeSet<u16> = BTreeSet::new();
    for b in old.budget.iter().chain(&new.budget) {
        years.insert(b.year);
    }
    for year in years {
        let amount = |c: &Concept| {
            c.budget
                .iter()
                .find(|b| b.year == year)
                .map(|b| Value::Money(b.amount_cents))
        };
        f.value(&format!("budget.{year}"), amount(old), amount(new));
    }
    f.0
}

/// Orders item changes: changed and added ones by their position in the new
/// concept, then removed ones by their position in the old.
fn ordered(mut items: Vec<(usize, usize, ItemChange)>) -> Vec<ItemChange> {
    crate::sort::sort_by_key(&mut items, |(group, pos, _)| (*group, *pos));
    items.into_iter().map(|(_, _, c)| c).collect()
}

fn fields_of(old: &Concept, new: &Concept) -> Vec<ItemChange> {
    let key = |f: &ActionField| f.key.as_str().to_owned();
    let mut out = Vec::new();
    for (n, nf) in new.action_fields.iter().enumerate() {
        match old.action_fields.iter().find(|of| of.key == nf.key) {
            Some(of) => {
                let mut f = Fields::default();
                f.text("title", Some(&of.title), Some(&nf.title));
                if !f.0.is_empty() {
                    out.push((
                        0,
                        n,
                        ItemChange {
                            change: ChangeKind::Changed,
                            old_id: Some(key(of)),
                            new_id: Some(key(nf)),
                            text: nf.title.clone(),
                            matched_by: Some(MatchedBy::Id),
                            similarity: None,
                            moved: None,
                            fields: f.0,
                        },
                    ));
                }
            }
            None => out.push((0, n, added(key(nf), &nf.title))),
        }
    }
    for (o, of) in old.action_fields.iter().enumerate() {
        if !new.action_fields.iter().any(|nf| nf.key == of.key) {
            out.push((1, o, removed(key(of), &of.title)));
        }
    }
    ordered(out)
}

fn added(id: String, text: &str) -> ItemChange {
    ItemChange {
        change: ChangeKind::Added,
        old_id: None,
        new_id: Some(id),
        text: text.to_owned(),
        matched_by: None,
        similarity: None,
        moved: None,
        fields: Vec::new(),
    }
}

fn removed(id: String, text: &str) -> ItemChange {
    ItemChange {
        change: ChangeKind::Removed,
        old_id: Some(id),
        new_id: None,
        text: text.to_owned(),
        matched_by: None,
        similarity: None,
        moved: None,
        fields: Vec::new(),
    }
}

/// Builds the changes of one kind of item from a pairing.
#[allow(clippy::too_many_arguments)]
fn items<T>(
    old: &[T],
    new: &[T],
    pairing: &Pairing,
    id: impl Fn(&T) -> &str,
    text: impl Fn(&T) -> &str,
    fields: impl Fn(&T, &T) -> Vec<FieldChange>,
    moved: impl Fn(&T, &T) -> Option<Move>,
) -> Vec<ItemChange> {
    let mut out = Vec::new();
    for (o, paired) in pairing.old_to_new.iter().enumerate() {
        let Some(ov) = old.get(o) else { continue };
        match paired {
            Some((n, by, similarity)) => {
                let Some(nv) = new.get(*n) else { continue };
                let fields = fields(ov, nv);
                let moved = moved(ov, nv);
                if fields.is_empty() && moved.is_none() && *by == MatchedBy::Id {
                    continue;
                }
                out.push((
                    0,
                    *n,
                    ItemChange {
                        change: ChangeKind::Changed,
                        old_id: Some(id(ov).to_owned()),
                        new_id: Some(id(nv).to_owned()),
                        text: text(nv).to_owned(),
                        matched_by: Some(*by),
                        similarity: *similarity,
                        moved,
                        fields,
                    },
                ));
            }
            None => out.push((1, o, removed(id(ov).to_owned(), text(ov)))),
        }
    }
    for (n, p) in pairing.new_paired.iter().enumerate() {
        if let (false, Some(nv)) = (*p, new.get(n)) {
            out.push((0, n, added(id(nv).to_owned(), text(nv))));
        }
    }
    ordered(out)
}

fn goal_keys<'a>(g: &[GoalAt<'a>]) -> Vec<(&'a str, &'a str)> {
    g.iter()
        .map(|g| (g.goal.id.as_str(), g.goal.text.as_str()))
        .collect()
}

fn step_keys<'a>(s: &[StepAt<'a>]) -> Vec<(&'a str, &'a str)> {
    s.iter()
        .map(|s| (s.step.id.as_str(), s.step.text.as_str()))
        .collect()
}

/// Compares two versions of a concept; see the [module documentation](self).
pub fn compare(old: &Concept, new: &Concept) -> Comparison {
    let old_goals: Vec<GoalAt<'_>> = goals_of(old)
        .into_iter()
        .map(|(field, goal)| GoalAt { field, goal })
        .collect();
    let new_goals: Vec<GoalAt<'_>> = goals_of(new)
        .into_iter()
        .map(|(field, goal)| GoalAt { field, goal })
        .collect();
    let goal_pairing = pair(&goal_keys(&old_goals), &goal_keys(&new_goals));
    // What each old goal became, for telling a step's move from its goal's renaming.
    let became: HashMap<&str, &str> = goal_pairing
        .old_to_new
        .iter()
        .zip(&old_goals)
        .filter_map(|(p, og)| {
            let (n, _, _) = (*p)?;
            Some((og.goal.id.as_str(), new_goals.get(n)?.goal.id.as_str()))
        })
        .collect();
    let goals = items(
        &old_goals,
        &new_goals,
        &goal_pairing,
        |g| g.goal.id.as_str(),
        |g| g.goal.text.as_str(),
        |o, n| goal_fields(o.goal, n.goal),
        |o, n| {
            (o.field != n.field).then(|| Move {
                from: Place {
                    field: o.field.to_owned(),
                    goal: None,
                },
                to: Place {
                    field: n.field.to_owned(),
                    goal: None,
                },
            })
        },
    );

    let old_steps = steps_of(old);
    let new_steps = steps_of(new);
    let step_pairing = pair(&step_keys(&old_steps), &step_keys(&new_steps));
    let steps = items(
        &old_steps,
        &new_steps,
        &step_pairing,
        |s| s.step.id.as_str(),
        |s| s.step.text.as_str(),
        |o, n| step_fields(o.step, n.step),
        |o, n| {
            let same = match (o.goal, n.goal) {
                (Some(og), Some(ng)) => became.get(og) == Some(&ng),
                (None, None) => o.field == n.field,
                _ => false,
            };
            (!same).then(|| Move {
                from: Place {
                    field: o.field.to_owned(),
                    goal: o.goal.map(str::to_owned),
                },
                to: Place {
                    field: n.field.to_owned(),
                    goal: n.goal.map(str::to_owned),
                },
            })
        },
    );

    Comparison {
        old_id: old.id.as_str().to_owned(),
        new_id: new.id.as_str().to_owned(),
        concept: concept_fields(old, new),
        action_fields: fields_of(old, new),
        goals,
        steps,
        text_matching: goal_pairing.text_matching && step_pairing.text_matching,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Cents, FieldKey, Id, StepStatus, YearBudget};
    use crate::synth;
    use proptest::prelude::*;

    fn example() -> Concept {
        crate::read(&std::fs::read("../examples/weissensee-2023.json").unwrap()).unwrap()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(32))]
        #[test]
        fn a_concept_compared_with_itself_has_no_changes(steps in 0usize..120, seed in any::<u64>()) {
            let c = synth::concept(steps, seed);
            let d = compare(&c, &c.clone());
            prop_assert!(d.is_empty(), "{d:?}");
            prop_assert_eq!(d.len(), 0);
        }

        #[test]
        fn changing_one_step_cost_is_one_change(steps in 1usize..80, seed in any::<u64>(), pick in any::<usize>()) {
            let old = synth::concept(steps, seed);
            let mut new = old.clone();
            let n = new.steps().count();
            let step = new.action_fields.iter_mut().flat_map(|f| f.goals.iter_mut()).flat_map(|g| g.steps.iter_mut()).nth(pick % n).unwrap();
            step.planned_cost_cents = Some(Cents::new(step.planned_cost_cents.map_or(0, Cents::get) + 1));
            let d = compare(&old, &new);
            prop_assert_eq!(d.len(), 1);
            prop_assert_eq!(d.steps[0].fields.len(), 1);
        }
    }

    #[test]
    fn the_example_compared_with_itself_has_no_changes() {
        let c = example();
        assert!(compare(&c, &c).is_empty());
    }

    #[test]
    fn top_level_changes() {
        let old = example();
        let mut new = old.clone();
        new.title = None;
        new.aim = "Neu.".into();
        new.budget.push(YearBudget {
            year: 2025,
            amount_cents: Cents::new(100),
            staff_hours: None,
        });
        new.site.planning_areas.pop();
        let d = compare(&old, &new);
        let names: Vec<&str> = d.concept.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(
            names,
            ["title", "aim", "site.planning_areas", "budget.2025"]
        );
        assert_eq!(d.concept[0].new, None);
        assert_eq!(d.concept[3].old, None);
        assert_eq!(d.concept[3].new, Some(Value::Money(Cents::new(100))));
        assert!(d.action_fields.is_empty() && d.goals.is_empty() && d.steps.is_empty());
    }

    #[test]
    fn action_fields_by_key() {
        let old = example();
        let mut new = old.clone();
        new.action_fields[0].title = "Begegnung".into();
        let mut extra = new.action_fields.remove(3);
        extra.key = FieldKey::new("nachbarschaft").unwrap();
        new.action_fields.push(extra);
        let d = compare(&old, &new);
        let f: Vec<_> = d
            .action_fields
            .iter()
            .map(|c| (c.change, c.old_id.as_deref(), c.new_id.as_deref()))
            .collect();
        assert_eq!(
            f,
            [
                (ChangeKind::Changed, Some("begegnung"), Some("begegnung")),
                (ChangeKind::Added, None, Some("nachbarschaft")),
                (ChangeKind::Removed, Some("netzwerk"), None),
            ]
        );
        assert_eq!(d.action_fields[0].fields[0].field, "title");
        // Its goals moved with the field.
        assert!(d.goals.iter().all(|g| g.moved.is_some()), "{:?}", d.goals);
        assert_eq!(d.goals.len(), 3);
        assert!(d.steps.is_empty(), "steps stay with their goals");
    }

    #[test]
    fn added_removed_and_changed_goals_and_steps() {
        let old = example();
        let mut new = old.clone();
        let removed_goal = new.action_fields[3].goals.remove(2);
        let g = &mut new.action_fields[0].goals[0];
        g.target_groups.push("Kinder".into());
        g.indicators[0].target = Some(Measurement {
            value: IndicatorValue::Number("6".parse().unwrap()),
            date: None,
        });
        g.steps[1].timeframe = None;
        g.steps[1].status = StepStatus::Dropped;
        let mut s = g.steps[0].clone();
        s.id = Id::new("s-neu").unwrap();
        s.text = "Etwas ganz anderes: ein Lauftreff am See.".into();
        g.steps.push(s);
        let d = compare(&old, &new);
        assert_eq!(d.goals.len(), 2);
        assert_eq!(d.goals[0].change, ChangeKind::Changed);
        let fields: Vec<&str> = d.goals[0].fields.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(fields, ["target_groups", "indicator:i-begegnung-1-1"]);
        assert_eq!(
            d.goals[0].fields[1].new,
            Some(Value::Text(
                "Regelmäßige offene Nachbarschaftsangebote im Planungsraum Bühringstraße: 1 (2023-01-31) → 6 Angebote pro Monat".into()
            ))
        );
        assert_eq!(d.goals[1].change, ChangeKind::Removed);
        assert_eq!(d.goals[1].old_id.as_deref(), Some(removed_goal.id.as_str()));
        // Steps: the changed one, the added one, then the removed goal's three.
        let steps: Vec<_> = d
            .steps
            .iter()
            .map(|s| (s.change, s.new_id.as_deref().or(s.old_id.as_deref())))
            .collect();
        assert_eq!(
            steps,
            [
                (ChangeKind::Changed, Some("s-begegnung-1-2")),
                (ChangeKind::Added, Some("s-neu")),
                (ChangeKind::Removed, Some("s-netzwerk-3-1")),
                (ChangeKind::Removed, Some("s-netzwerk-3-2")),
                (ChangeKind::Removed, Some("s-netzwerk-3-3")),
            ]
        );
        let f = &d.steps[0].fields;
        assert_eq!(f[0].field, "timeframe");
        assert_eq!(f[0].old, Some(Value::Text("2023-06..2023-08".into())));
        assert_eq!(f[0].new, None);
        assert_eq!(f[1].field, "status");
        assert_eq!(f[1].new, Some(Value::Text("dropped".into())));
    }

    #[test]
    fn renamed_ids_are_matched_by_text_and_moves_are_seen() {
        let old = example();
        let mut new = old.clone();
        // A goal gets a new id and a slightly reworded text: matched by text.
        let g = &mut new.action_fields[2].goals[1];
        g.id = Id::new("z-rassismus").unwrap();
        g.text = "Wir wollen Rassismus und Diskriminierung im Gebiet weiter entgegentreten.".into();
        // A step moves to another goal (same id).
        let s = new.action_fields[0].goals[0].steps.remove(0);
        new.action_fields[1].goals[0].steps.push(s);
        let d = compare(&old, &new);
        assert_eq!(d.goals.len(), 1, "{:?}", d.goals);
        let g = &d.goals[0];
        assert_eq!(g.matched_by, Some(MatchedBy::Text));
        assert_eq!(g.old_id.as_deref(), Some("z-kommunikation-2"));
        assert_eq!(g.new_id.as_deref(), Some("z-rassismus"));
        assert!(g.similarity.unwrap() > 0.8, "{g:?}");
        assert_eq!(g.fields[0].field, "text");
        // The renamed goal's steps did not move; the one step did.
        assert_eq!(d.steps.len(), 1, "{:?}", d.steps);
        let m = d.steps[0].moved.as_ref().unwrap();
        assert_eq!(m.from.goal.as_deref(), Some("z-begegnung-1"));
        assert_eq!(m.to.goal.as_deref(), Some("z-empowerment-1"));
        assert_eq!(m.to.field, "empowerment");
        assert!(d.steps[0].fields.is_empty());
    }

    #[test]
    fn unlike_texts_are_not_matched() {
        let old = example();
        let mut new = old.clone();
        let g = &mut new.action_fields[2].goals[1];
        g.id = Id::new("z-anders").unwrap();
        g.text = "Wir wollen einen Lauftreff am Weißen See gründen.".into();
        let d = compare(&old, &new);
        let kinds: Vec<ChangeKind> = d.goals.iter().map(|g| g.change).collect();
        assert_eq!(kinds, [ChangeKind::Added, ChangeKind::Removed]);
    }

    #[test]
    fn pairing_takes_the_best_pairs_first() {
        let p = pair(
            &[("a", "Sommerfest im Kiez"), ("b", "Sommerfest am See")],
            &[
                ("x", "Sommerfest am See 2025"),
                ("y", "Sommerfest im Kiez 2025"),
            ],
        );
        assert_eq!(p.old_to_new[0].map(|m| m.0), Some(1));
        assert_eq!(p.old_to_new[1].map(|m| m.0), Some(0));
        assert!(p.text_matching);
    }

    #[test]
    fn values_display_in_both_languages() {
        let v = Value::Money(Cents::new(440_000));
        assert_eq!(v.display(Lang::De), "4.400,00 €");
        assert_eq!(v.display(Lang::En), "€4,400.00");
        assert_eq!(
            Value::List(vec!["a".into(), "b".into()]).display(Lang::De),
            "a, b"
        );
    }

    #[test]
    fn serialises_as_plain_data() {
        let old = example();
        let mut new = old.clone();
        new.action_fields[0].goals[0].steps[0].planned_cost_cents = None;
        let json = serde_json::to_value(compare(&old, &new)).unwrap();
        let change = &json["steps"][0];
        assert_eq!(change["change"], "changed");
        assert_eq!(change["matched_by"], "id");
        assert_eq!(change["fields"][0]["old"]["type"], "money");
        assert_eq!(change["fields"][0]["old"]["value"], 440_000);
        assert_eq!(change["fields"][0]["new"], serde_json::Value::Null);
    }
}

#[cfg(test)]
mod weissensee {
    use super::*;

    fn read(name: &str) -> Concept {
        crate::read(&std::fs::read(format!("../examples/{name}.json")).unwrap()).unwrap()
    }

    /// The shipped second version shows every kind of change.
    #[test]
    fn the_next_period_of_weissensee() {
        let d = compare(&read("weissensee-2023"), &read("weissensee-2025"));
        let top: Vec<&str> = d.concept.iter().map(|f| f.field.as_str()).collect();
        for f in [
            "period",
            "previous",
            "adoption",
            "site.planning_areas",
            "budget.2025",
        ] {
            assert!(top.contains(&f), "{f}: {top:?}");
        }
        let find = |l: &[ItemChange], old: &str| {
            l.iter().find(|c| c.old_id.as_deref() == Some(old)).cloned()
        };
        let g = find(&d.goals, "z-empowerment-2").unwrap();
        assert_eq!(g.new_id.as_deref(), Some("z-empowerment-mso"));
        assert_eq!(g.matched_by, Some(MatchedBy::Text));
        assert_eq!(
            find(&d.goals, "z-netzwerk-1").unwrap().change,
            ChangeKind::Removed
        );
        assert!(d
            .goals
            .iter()
            .any(|g| g.new_id.as_deref() == Some("z-netzwerk-4") && g.change == ChangeKind::Added));
        let s = find(&d.steps, "s-netzwerk-1-2").unwrap();
        assert_eq!(s.moved.unwrap().to.goal.as_deref(), Some("z-netzwerk-4"));
        let s = find(&d.steps, "s-begegnung-1-3").unwrap();
        let fields: Vec<&str> = s.fields.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(fields, ["timeframe", "planned_cost_cents"]);
        assert_eq!(s.fields[1].new, Some(Value::Money(Cents::new(150_000))));
        assert!(d.text_matching);
    }

    /// The threshold keeps different goals and steps of one concept apart:
    /// in the shipped concepts no two of them come near it.
    #[test]
    fn the_threshold_tells_different_items_apart() {
        for name in ["weissensee-2023", "weissensee-2025", "allende-viertel-2025"] {
            let c = read(name);
            let goals: Vec<&str> = c.goals().map(|g| g.text.as_str()).collect();
            let steps: Vec<&str> = c.steps().map(|s| s.text.as_str()).collect();
            for texts in [goals, steps] {
                for (i, a) in texts.iter().enumerate() {
                    for b in texts.iter().skip(i + 1) {
                        let s = text_similarity(a, b);
                        assert!(s < TEXT_MATCH_THRESHOLD, "{name}: {s:.2}\n{a}\n{b}");
                    }
                }
            }
        }
    }
}
