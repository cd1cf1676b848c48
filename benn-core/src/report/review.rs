//! Comparison and review (*Vergleich und Rückblick*) of two versions of a
//! concept: the review of the previous concept's goals (reached, carried
//! over, dropped) and what changed between the versions.

use std::fmt::Write as _;

use super::doc::{Block, Doc, Section, Span, Table};
use super::locale::{self, pick};
use super::Options;
use crate::eval::compare::{ChangeKind, FieldChange, ItemChange, Value};
use crate::eval::review::Outcome;
use crate::eval::{self, Comparison, Review};
use crate::model::{Concept, LogEntry};
use crate::Lang;

fn outcome(o: Outcome, lang: Lang) -> &'static str {
    match o {
        Outcome::Reached => pick(lang, "erreicht", "reached"),
        Outcome::CarriedOver => pick(lang, "fortgeführt", "carried over"),
        Outcome::Dropped => pick(lang, "nicht weiterverfolgt", "dropped"),
    }
}

fn change(c: ChangeKind, lang: Lang) -> &'static str {
    match c {
        ChangeKind::Added => pick(lang, "neu", "added"),
        ChangeKind::Removed => pick(lang, "entfallen", "removed"),
        ChangeKind::Changed => pick(lang, "geändert", "changed"),
    }
}

fn value(v: Option<&Value>, lang: Lang) -> String {
    v.map_or_else(|| "–".to_owned(), |v| v.display(lang))
}

fn fields_text(fields: &[FieldChange], lang: Lang) -> String {
    fields
        .iter()
        .map(|f| {
            format!(
                "{}: {} → {}",
                f.field,
                value(f.old.as_ref(), lang),
                value(f.new.as_ref(), lang)
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

fn items_table(items: &[ItemChange], lang: Lang, what: &str) -> Table {
    let mut t = Table::new(
        vec![
            pick(lang, "Änderung", "Change").to_owned(),
            what.to_owned(),
            pick(lang, "Id", "Id").to_owned(),
            pick(lang, "Was sich geändert hat", "What changed").to_owned(),
        ],
        &[false, false, false, false],
    );
    for i in items {
        let id = match (&i.old_id, &i.new_id) {
            (Some(o), Some(n)) if o != n => format!("{o} → {n}"),
            (_, Some(n)) => n.clone(),
            (Some(o), None) => o.clone(),
            (None, None) => String::new(),
        };
        let mut what = fields_text(&i.fields, lang);
        if let Some(m) = &i.moved {
            let place = |p: &eval::compare::Place| match &p.goal {
                Some(g) => format!("{}/{g}", p.field),
                None => p.field.clone(),
            };
            if !what.is_empty() {
                what.push_str("; ");
            }
            let _ = write!(
                what,
                "{} {} → {}",
                pick(lang, "verschoben:", "moved:"),
                place(&m.from),
                place(&m.to)
            );
        }
        t.rows.push(vec![
            change(i.change, lang).to_owned(),
            i.text.clone(),
            id,
            what,
        ]);
    }
    t
}

fn review_section(r: &Review, previous: &Concept, lang: Lang) -> Section {
    let c = &r.counts;
    let lead = match lang {
        Lang::De => format!(
            "Von {} Zielen des Konzepts {} ({}) wurden {} erreicht ({} davon nicht fortgeführt), {} werden fortgeführt und {} nicht weiterverfolgt. Beurteilt am {}.",
            c.goals,
            previous.id,
            locale::period(&previous.period, lang),
            c.reached_total,
            c.reached,
            c.carried_over,
            c.dropped,
            locale::date(r.judged_on, lang)
        ),
        Lang::En => format!(
            "Of {} goals of the concept {} ({}), {} were reached ({} of them not continued), {} are carried over and {} dropped. Judged on {}.",
            c.goals,
            previous.id,
            locale::period(&previous.period, lang),
            c.reached_total,
            c.reached,
            c.carried_over,
            c.dropped,
            locale::date(r.judged_on, lang)
        ),
    };
    let mut t = Table::new(
        vec![
            pick(lang, "Ziel", "Goal").to_owned(),
            pick(lang, "Ergebnis", "Outcome").to_owned(),
            pick(lang, "Schritte umgesetzt", "Steps done").to_owned(),
            pick(lang, "Indikatoren erreicht", "Indicators reached").to_owned(),
            pick(lang, "fortgeführt als", "continued as").to_owned(),
        ],
        &[false, false, true, true, false],
    );
    for g in &r.goals {
        let mut result = outcome(g.outcome, lang).to_owned();
        if g.reached && g.outcome == Outcome::CarriedOver {
            result.push_str(pick(lang, " (erreicht)", " (reached)"));
        }
        t.rows.push(vec![
            g.text.clone(),
            result,
            format!("{}/{}", g.steps_done, g.steps_total),
            if g.indicators_total == 0 {
                "–".to_owned()
            } else {
                format!("{}/{}", g.indicators_reached, g.indicators_total)
            },
            g.next_goal
                .as_ref()
                .map(ToString::to_string)
                .unwrap_or_default(),
        ]);
    }
    let mut blocks = vec![Block::para(lead), Block::Table(t)];
    if !r.new_goals.is_empty() {
        let ids: Vec<String> = r.new_goals.iter().map(ToString::to_string).collect();
        blocks.push(Block::Para(vec![
            Span::strong(pick(
                lang,
                "Neue Ziele des neuen Konzepts: ",
                "New goals of the next concept: ",
            )),
            Span::text(ids.join(", ")),
        ]));
    }
    if !r.previous_ok {
        blocks.push(Block::Note(
            pick(
                lang,
                "Das neue Konzept nennt dieses Konzept nicht als Vorgänger (`previous`).",
                "The next concept does not name this one as its previous concept (`previous`).",
            )
            .to_owned(),
        ));
    }
    Section {
        id: "review",
        heading: pick(lang, "Rückblick", "Review").to_owned(),
        new_page: false,
        blocks,
    }
}

fn changes_section(d: &Comparison, lang: Lang) -> Section {
    let mut blocks = Vec::new();
    if d.is_empty() {
        blocks.push(Block::para(pick(
            lang,
            "Die beiden Fassungen unterscheiden sich nicht.",
            "The two versions do not differ.",
        )));
    }
    if !d.concept.is_empty() {
        let mut t = Table::new(
            vec![
                pick(lang, "Angabe", "Field").to_owned(),
                pick(lang, "bisher", "before").to_owned(),
                pick(lang, "neu", "now").to_owned(),
            ],
            &[false, false, false],
        );
        for f in &d.concept {
            t.rows.push(vec![
                f.field.clone(),
                value(f.old.as_ref(), lang),
                value(f.new.as_ref(), lang),
            ]);
        }
        blocks.push(Block::Heading(
            pick(lang, "Das Konzept", "The concept").to_owned(),
        ));
        blocks.push(Block::Table(t));
    }
    for (items, heading, what) in [
        (
            &d.action_fields,
            pick(lang, "Handlungsfelder", "Action fields"),
            pick(lang, "Handlungsfeld", "Action field"),
        ),
        (
            &d.goals,
            pick(lang, "Ziele", "Goals"),
            pick(lang, "Ziel", "Goal"),
        ),
        (
            &d.steps,
            pick(lang, "Handlungsschritte", "Steps"),
            pick(lang, "Handlungsschritt", "Step"),
        ),
    ] {
        if items.is_empty() {
            continue;
        }
        let count = |k: ChangeKind| items.iter().filter(|i| i.change == k).count();
        blocks.push(Block::Heading(format!(
            "{heading} ({} {}, {} {}, {} {})",
            count(ChangeKind::Added),
            change(ChangeKind::Added, lang),
            count(ChangeKind::Changed),
            change(ChangeKind::Changed, lang),
            count(ChangeKind::Removed),
            change(ChangeKind::Removed, lang),
        )));
        blocks.push(Block::Table(items_table(items, lang, what)));
    }
    if !d.text_matching {
        blocks.push(Block::Note(
            pick(
                lang,
                "Zu viele umbenannte Einträge: sie wurden nur nach Id verglichen.",
                "Too many renamed items: they were matched by id only.",
            )
            .to_owned(),
        ));
    }
    Section {
        id: "changes",
        heading: pick(lang, "Was sich geändert hat", "What changed").to_owned(),
        new_page: true,
        blocks,
    }
}

/// The comparison of `previous` (with its log `entries`) and `next`, and the
/// review of the previous concept's goals on `opts.as_of` (at most the end
/// of its period).
pub fn review(previous: &Concept, entries: &[&LogEntry], next: &Concept, opts: &Options) -> Doc {
    let lang = opts.lang;
    let r = eval::review(previous, entries.iter().copied(), next, opts.as_of);
    let d = eval::compare(previous, next);
    let meta = vec![
        (
            pick(lang, "Bisheriges Konzept", "Previous concept").to_owned(),
            vec![Span::text(format!(
                "{} ({})",
                previous.id,
                locale::period(&previous.period, lang)
            ))],
        ),
        (
            pick(lang, "Neues Konzept", "Next concept").to_owned(),
            vec![Span::text(format!(
                "{} ({})",
                next.id,
                locale::period(&next.period, lang)
            ))],
        ),
        (
            pick(lang, "Standort", "Site").to_owned(),
            vec![Span::text(format!(
                "{}, {} {}",
                next.site.name,
                pick(lang, "Bezirk", "district"),
                next.site.district.name()
            ))],
        ),
        (
            pick(lang, "Änderungen", "Changes").to_owned(),
            vec![Span::text(d.len().to_string())],
        ),
    ];
    Doc {
        lang,
        kind: "review",
        kicker: pick(
            lang,
            "BENN · Vergleich und Rückblick",
            "BENN · Comparison and review",
        )
        .to_owned(),
        title: next.title.clone().unwrap_or_else(|| next.site.name.clone()),
        subtitle: Some(format!("{} → {}", previous.id, next.id)),
        meta,
        sections: vec![
            review_section(&r, previous, lang),
            changes_section(&d, lang),
        ],
        footer: super::footer(lang, opts.as_of),
    }
}
