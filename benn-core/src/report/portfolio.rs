//! The portfolio report: many concepts on one day, one row per concept,
//! grouped by district (then site and period, as [`eval::portfolio`] orders
//! them), with each district's sums and a small chart per site, so a
//! coordinator sees all sites at once.

use super::chart;
use super::doc::{Block, Chart, Doc, Section, Span, Table};
use super::locale::{self, pick};
use super::Options;
use crate::eval::{self, Subtotal};
use crate::model::{Concept, LogEntry};
use crate::Lang;

fn head(lang: Lang) -> Vec<String> {
    [
        pick(lang, "Standort (Konzept)", "Site (concept)"),
        pick(lang, "Zeitraum", "Period"),
        pick(lang, "Fortschritt", "Progress"),
        pick(lang, "verzögert", "delayed"),
        pick(lang, "Schritte", "steps"),
        pick(lang, "Budget", "Budget"),
        pick(lang, "ausgegeben", "spent"),
        pick(lang, "genutzt", "used"),
        pick(lang, "letzter Eintrag", "last entry"),
    ]
    .iter()
    .map(|s| (*s).to_owned())
    .collect()
}

const NUMERIC: [bool; 9] = [false, false, true, true, true, true, true, true, true];

fn subtotal_row(label: String, s: &Subtotal, lang: Lang) -> Vec<String> {
    vec![
        label,
        String::new(),
        locale::percent(s.progress, lang),
        s.delayed.to_string(),
        s.shares.steps.to_string(),
        locale::euros(s.budget, lang),
        locale::euros(s.spent, lang),
        locale::percent(s.budget_used.map(|u| u * 100.0), lang),
        s.last_entry
            .map_or_else(|| "–".to_owned(), |d| locale::short_date(d, lang)),
    ]
}

/// The portfolio of `items` (each a concept with its log entries) on `opts.as_of`.
pub fn portfolio(items: &[(&Concept, Vec<&LogEntry>)], opts: &Options) -> Doc {
    let lang = opts.lang;
    let p = eval::portfolio(items, opts.as_of, opts.method);
    let mut sections = Vec::new();

    let mut t = Table::new(
        vec![
            pick(lang, "Bezirk", "District").to_owned(),
            pick(lang, "Konzepte", "Concepts").to_owned(),
            pick(lang, "Fortschritt", "Progress").to_owned(),
            pick(lang, "verzögert", "delayed").to_owned(),
            pick(lang, "Budget", "Budget").to_owned(),
            pick(lang, "ausgegeben", "spent").to_owned(),
            pick(lang, "genutzt", "used").to_owned(),
        ],
        &[false, true, true, true, true, true, true],
    );
    let row = |name: String, s: &Subtotal| {
        vec![
            name,
            s.concepts.to_string(),
            locale::percent(s.progress, lang),
            s.delayed.to_string(),
            locale::money(s.budget, lang),
            locale::money(s.spent, lang),
            locale::percent(s.budget_used.map(|u| u * 100.0), lang),
        ]
    };
    for g in &p.districts {
        t.rows
            .push(row(format!("{} {}", g.district, g.name), &g.subtotal));
    }
    t.strong_rows.push(t.rows.len());
    t.rows
        .push(row(pick(lang, "Gesamt", "Total").to_owned(), &p.total));
    let lead = match lang {
        Lang::De => format!(
            "{} in {} am {}; Fortschritt {}.",
            locale::count(p.total.concepts, "Handlungskonzept", "Handlungskonzepte"),
            locale::count(p.districts.len(), "Bezirk", "Bezirken"),
            locale::date(p.as_of, lang),
            locale::method(p.method, lang)
        ),
        Lang::En => format!(
            "{} in {} on {}; progress as a {}.",
            locale::count(p.total.concepts, "action concept", "action concepts"),
            locale::count(p.districts.len(), "district", "districts"),
            locale::date(p.as_of, lang),
            locale::method(p.method, lang)
        ),
    };
    sections.push(Section {
        id: "overview",
        heading: pick(lang, "Überblick", "Overview").to_owned(),
        new_page: false,
        blocks: vec![
            Block::para(lead),
            Block::Chart(Chart {
                svg: chart::strip(
                    &p.total.shares,
                    p.total.progress,
                    pick(lang, "Alle Standorte", "All sites"),
                    lang,
                    "total",
                ),
                caption: pick(
                    lang,
                    "Alle Handlungsschritte aller Standorte nach Stand, mit dem Gesamtfortschritt.",
                    "All steps of all sites by status, with the overall progress.",
                )
                .to_owned(),
            }),
            Block::Table(t),
        ],
    });

    let mut n = 0usize;
    for g in &p.districts {
        let mut t = Table::new(head(lang), &NUMERIC);
        let mut charts = Vec::new();
        for r in &g.rows {
            n += 1;
            t.rows.push(vec![
                format!("{} ({})", r.site, r.concept),
                r.period
                    .label
                    .clone()
                    .unwrap_or_else(|| locale::period(&r.period, lang)),
                locale::percent(r.progress, lang),
                r.delayed.to_string(),
                r.shares.steps.to_string(),
                locale::euros(r.budget, lang),
                locale::euros(r.spent, lang),
                locale::percent(r.budget_used.map(|u| u * 100.0), lang),
                r.last_entry
                    .map_or_else(|| "–".to_owned(), |d| locale::short_date(d, lang)),
            ]);
            charts.push(Chart {
                svg: chart::strip(&r.shares, r.progress, &r.site, lang, &format!("site-{n}")),
                caption: format!("{} ({})", r.site, r.concept),
            });
        }
        t.strong_rows.push(t.rows.len());
        t.rows.push(subtotal_row(
            format!(
                "{} ({})",
                pick(lang, "Summe", "Subtotal"),
                locale::count(
                    g.subtotal.concepts,
                    pick(lang, "Konzept", "concept"),
                    pick(lang, "Konzepte", "concepts")
                )
            ),
            &g.subtotal,
            lang,
        ));
        sections.push(Section {
            id: "district",
            heading: format!(
                "{} {} ({})",
                g.district,
                g.name,
                locale::count(
                    g.rows.len(),
                    pick(lang, "Konzept", "concept"),
                    pick(lang, "Konzepte", "concepts")
                )
            ),
            new_page: false,
            blocks: vec![Block::Table(t), Block::Grid(charts)],
        });
    }
    if p.districts.is_empty() {
        sections.push(Section {
            id: "empty",
            heading: pick(lang, "Keine Konzepte", "No concepts").to_owned(),
            new_page: false,
            blocks: vec![Block::para(pick(
                lang,
                "Es wurden keine Handlungskonzepte gefunden.",
                "No action concepts were found.",
            ))],
        });
    }
    let legend: Vec<String> = eval::Track::ALL
        .iter()
        .map(|t| locale::track(*t, lang).to_owned())
        .collect();
    if let Some(last) = sections.last_mut() {
        last.blocks.push(Block::Note(format!(
            "{} {}",
            pick(
                lang,
                "Die kleinen Balken zeigen die Schritte jedes Standorts nach Stand:",
                "The small bars show each site's steps by status:",
            ),
            legend.join(", ")
        )));
    }
    Doc {
        lang,
        kind: "portfolio",
        kicker: pick(lang, "BENN · Portfolio", "BENN · Portfolio").to_owned(),
        title: match lang {
            Lang::De => format!("BENN-Standorte am {}", locale::date(p.as_of, lang)),
            Lang::En => format!("BENN sites on {}", locale::date(p.as_of, lang)),
        },
        subtitle: None,
        meta: vec![
            (
                pick(lang, "Stichtag", "As of").to_owned(),
                vec![Span::text(locale::date(p.as_of, lang))],
            ),
            (
                pick(lang, "Gewichtung", "Roll-up").to_owned(),
                vec![Span::text(locale::method(p.method, lang))],
            ),
        ],
        sections,
        footer: super::footer(lang, p.as_of),
    }
}
