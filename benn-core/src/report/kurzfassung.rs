//! The *Kurzfassung*: the short version of a concept as sites publish it
//! (a web page or a brochure): what BENN is, the area (district, planning
//! areas with their official LOR names, district regions, km², shelters),
//! the overall aim, each action field with its goals (and, on request, their
//! steps), the participation bodies and the contact; period and adoption in
//! the header.

use super::doc::{Block, Doc, Item, Section, Span, Table};
use super::locale::{self, pick};
use super::Options;
use crate::lor;
use crate::model::{Adoption, AdoptionStatus, Concept, Step};
use crate::Lang;

/// What BENN is, in the words sites use.
pub(crate) fn about(lang: Lang) -> &'static str {
    pick(
        lang,
        "BENN steht für Berlin Entwickelt Neue Nachbarschaften. BENN ist ein Programm der \
         Berliner Senatsverwaltung für Stadtentwicklung, Bauen und Wohnen, welches in Kooperation \
         mit den Berliner Bezirksämtern umgesetzt wird. BENN ist in Nachbarschaften im Umfeld von \
         Gemeinschaftsunterkünften für Menschen mit Fluchtgeschichte aktiv.",
        "BENN stands for Berlin Entwickelt Neue Nachbarschaften (Berlin develops new \
         neighbourhoods). BENN is a programme of Berlin's Senate Department for Urban Development, \
         Building and Housing, carried out together with Berlin's district offices. BENN works in \
         neighbourhoods around shelters for people who have fled their countries.",
    )
}

/// The adoption in words: resolution, BVV, Drucksache.
pub(crate) fn adoption_text(a: &Adoption, lang: Lang) -> String {
    let mut parts = vec![locale::adoption(a.status, lang).to_owned()];
    if let Some(d) = a.resolution_date {
        parts.push(format!(
            "{} {}",
            pick(
                lang,
                "Bezirksamtsbeschluss vom",
                "district office resolution of"
            ),
            locale::date(d, lang)
        ));
    }
    if let Some(d) = a.noted_date {
        parts.push(format!(
            "{} {}",
            pick(
                lang,
                "von der BVV zur Kenntnis genommen am",
                "noted by the district assembly (BVV) on"
            ),
            locale::date(d, lang)
        ));
    }
    if let Some(ds) = &a.drucksache {
        parts.push(format!("{} {ds}", pick(lang, "Drucksache", "paper")));
    }
    if a.status == AdoptionStatus::Noted && parts.len() > 1 {
        parts.remove(0);
    }
    let text = parts.join("; ");
    let mut chars = text.chars();
    chars
        .next()
        .map_or(text.clone(), |c| c.to_uppercase().chain(chars).collect())
}

/// A step as one line: text, timeframe, who.
pub(crate) fn step_line(step: &Step, lang: Lang) -> Vec<Span> {
    let mut spans = vec![Span::text(step.text.clone())];
    let mut more = Vec::new();
    if let Some(t) = step.timeframe {
        more.push(if t.start == t.end {
            locale::month(t.start, lang)
        } else {
            format!(
                "{} – {}",
                locale::month(t.start, lang),
                locale::month(t.end, lang)
            )
        });
    }
    if let Some(r) = &step.responsible {
        more.push(r.clone());
    }
    if !step.partners.is_empty() {
        more.push(format!(
            "{} {}",
            pick(lang, "mit", "with"),
            step.partners.join(", ")
        ));
    }
    if !more.is_empty() {
        spans.push(Span::text(format!(" ({})", more.join("; "))));
    }
    spans
}

/// The header facts every concept report shows: period, site, adoption.
pub(crate) fn header_meta(concept: &Concept, lang: Lang) -> Vec<(String, Vec<Span>)> {
    let mut meta = vec![
        (
            pick(lang, "Zeitraum", "Period").to_owned(),
            vec![Span::text(locale::period(&concept.period, lang))],
        ),
        (
            pick(lang, "Standort", "Site").to_owned(),
            vec![Span::text(format!(
                "{}, {} {}",
                concept.site.name,
                pick(lang, "Bezirk", "district"),
                concept.site.district.name()
            ))],
        ),
    ];
    if let Some(a) = &concept.adoption {
        meta.push((
            pick(lang, "Beschluss", "Adoption").to_owned(),
            vec![Span::text(adoption_text(a, lang))],
        ));
    }
    if let Some(op) = &concept.site.operator {
        meta.push((
            pick(lang, "Träger", "Operator").to_owned(),
            vec![Span::text(op.clone())],
        ));
    }
    meta
}

/// The area section: district, planning areas with their LOR names, district
/// regions, km², shelters.
fn area(concept: &Concept, lang: Lang) -> Section {
    let site = &concept.site;
    let mut blocks = Vec::new();
    let summary = lor::summarize_site(site);
    let shelters = site.shelters.len();
    let n_areas = summary
        .as_ref()
        .map_or(site.planning_areas.len(), |s| s.planning_areas.len());
    let area_word = pick(
        lang,
        if n_areas == 1 {
            "Planungsraum"
        } else {
            "Planungsräume"
        },
        if n_areas == 1 {
            "planning area"
        } else {
            "planning areas"
        },
    );
    let km2 = summary
        .as_ref()
        .filter(|s| s.area_m2 > 0)
        .map(|s| format!(" ({})", locale::km2(s.area_km2(), lang)))
        .unwrap_or_default();
    let shelter_words = locale::number_word(shelters, lang);
    let district = site.district.name();
    let text = match lang {
        Lang::De => format!(
            "Das BENN-Gebiet {} im Bezirk {district} erstreckt sich auf insgesamt {} {area_word}{km2}, in denen es {} {} für Menschen mit Fluchtgeschichte gibt.",
            site.name.strip_prefix("BENN ").unwrap_or(&site.name),
            if n_areas == 1 { "einen".to_owned() } else { locale::number_word(n_areas, lang) },
            if shelters == 1 { "eine".to_owned() } else { shelter_words },
            if shelters == 1 { "Unterkunft" } else { "Unterkünfte" },
        ),
        Lang::En => format!(
            "The BENN area {} in the district of {district} spans {} {area_word}{km2} with {} {} for people who have fled their countries.",
            site.name.strip_prefix("BENN ").unwrap_or(&site.name),
            locale::number_word(n_areas, lang),
            shelter_words,
            if shelters == 1 { "shelter" } else { "shelters" },
        ),
    };
    blocks.push(Block::para(text));

    match &summary {
        Some(s) if !s.planning_areas.is_empty() => {
            let mut t = Table::new(
                vec![
                    pick(lang, "Planungsraum (LOR 2021)", "Planning area (LOR 2021)").to_owned(),
                    pick(lang, "Code", "Code").to_owned(),
                    pick(lang, "Bezirksregion", "District region").to_owned(),
                    pick(lang, "Fläche", "Area").to_owned(),
                ],
                &[false, false, false, true],
            );
            for u in &s.planning_areas {
                #[allow(clippy::cast_precision_loss)]
                let km = u.area_m2() as f64 / 1e6;
                t.rows.push(vec![
                    u.name().to_owned(),
                    u.code(),
                    u.parent().map(|p| p.name().to_owned()).unwrap_or_default(),
                    locale::km2(km, lang),
                ]);
            }
            blocks.push(Block::Table(t));
            let regions: Vec<String> = s
                .district_regions
                .iter()
                .map(|u| format!("{} ({})", u.name(), u.code()))
                .collect();
            blocks.push(Block::Para(vec![
                Span::strong(pick(lang, "Bezirksregionen: ", "District regions: ")),
                Span::text(regions.join(", ")),
            ]));
            if !s.unknown.is_empty() {
                blocks.push(Block::Note(format!(
                    "{} {}",
                    pick(
                        lang,
                        "Nicht im LOR 2021 gefunden:",
                        "Not found in LOR 2021:"
                    ),
                    s.unknown.join(", ")
                )));
            }
        }
        _ => {
            let items = site
                .planning_areas
                .iter()
                .map(|a| Item::text(format!("{} ({})", a.name, a.code)))
                .collect();
            blocks.push(Block::List(items));
        }
    }

    if !site.shelters.is_empty() {
        blocks.push(Block::Heading(
            pick(
                lang,
                "Unterkünfte für Menschen mit Fluchtgeschichte",
                "Shelters for refugees",
            )
            .to_owned(),
        ));
        let items = site
            .shelters
            .iter()
            .map(|s| {
                let places = s.capacity.map(|c| {
                    let approx = if s.approximate == Some(true) {
                        pick(lang, "ca. ", "about ")
                    } else {
                        ""
                    };
                    format!(" ({approx}{c} {})", pick(lang, "Plätze", "places"))
                });
                Item::text(format!("{}{}", s.name, places.unwrap_or_default()))
            })
            .collect();
        blocks.push(Block::List(items));
    }
    Section {
        id: "area",
        heading: pick(lang, "Das BENN-Gebiet", "The BENN area").to_owned(),
        new_page: false,
        blocks,
    }
}

/// The Kurzfassung of `concept` (`opts.steps` adds each goal's steps).
pub fn kurzfassung(concept: &Concept, opts: &Options) -> Doc {
    let lang = opts.lang;
    let mut sections = vec![Section {
        id: "about",
        heading: pick(lang, "Was ist BENN?", "What is BENN?").to_owned(),
        new_page: false,
        blocks: vec![Block::para(about(lang))],
    }];
    sections.push(area(concept, lang));

    let fields = concept.action_fields.len();
    let aim_intro = match lang {
        Lang::De => format!(
            "Um dies zu erreichen, setzen wir in {} Handlungsfeldern Handlungsschritte um.",
            locale::number_word(fields, lang)
        ),
        Lang::En => format!(
            "To get there, we take steps in {} action fields.",
            locale::number_word(fields, lang)
        ),
    };
    sections.push(Section {
        id: "aim",
        heading: pick(lang, "Unser Leitziel", "Our overall aim").to_owned(),
        new_page: false,
        blocks: vec![
            Block::Para(vec![Span::strong(concept.aim.clone())]),
            Block::para(aim_intro),
        ],
    });

    let mut blocks = Vec::new();
    for (i, f) in concept.action_fields.iter().enumerate() {
        blocks.push(Block::Heading(format!(
            "{}. {}: {}",
            i + 1,
            pick(lang, "Handlungsfeld", "Action field"),
            f.title
        )));
        let items: Vec<Item> = f
            .goals
            .iter()
            .map(|g| Item {
                spans: vec![Span::text(g.text.clone())],
                sub: if opts.steps {
                    g.steps.iter().map(|s| step_line(s, lang)).collect()
                } else {
                    Vec::new()
                },
            })
            .collect();
        if items.is_empty() {
            blocks.push(Block::Note(
                pick(lang, "Keine Ziele genannt.", "No goals given.").to_owned(),
            ));
        } else {
            blocks.push(Block::List(items));
        }
        if opts.steps && !f.steps.is_empty() {
            blocks.push(Block::Para(vec![Span::strong(pick(
                lang,
                "Handlungsschritte des Handlungsfelds:",
                "Steps of the action field:",
            ))]));
            blocks.push(Block::List(
                f.steps
                    .iter()
                    .map(|s| Item {
                        spans: step_line(s, lang),
                        sub: Vec::new(),
                    })
                    .collect(),
            ));
        }
    }
    sections.push(Section {
        id: "fields",
        heading: pick(lang, "Handlungsfelder", "Action fields").to_owned(),
        new_page: true,
        blocks,
    });

    if !concept.site.bodies.is_empty() {
        let items = concept
            .site
            .bodies
            .iter()
            .map(|b| {
                let mut spans = vec![
                    Span::strong(b.name.clone()),
                    Span::text(format!(" ({})", locale::body_kind(b.kind, lang))),
                ];
                if let Some(m) = &b.meets {
                    spans.push(Span::text(format!(": {m}")));
                }
                Item {
                    spans,
                    sub: Vec::new(),
                }
            })
            .collect();
        sections.push(Section {
            id: "participation",
            heading: pick(lang, "Beteiligung", "Participation").to_owned(),
            new_page: false,
            blocks: vec![Block::List(items)],
        });
    }

    if let Some(o) = &concept.site.office {
        let mut items = Vec::new();
        if let Some(a) = &o.address {
            items.push(Item::text(a.clone()));
        }
        if let Some(p) = &o.phone {
            items.push(Item::text(format!(
                "{} {p}",
                pick(lang, "Telefon", "Phone")
            )));
        }
        if let Some(e) = &o.email {
            items.push(Item::text(e.clone()));
        }
        if let Some(w) = &o.website {
            items.push(Item {
                spans: vec![Span::Link {
                    text: w.clone(),
                    url: w.clone(),
                }],
                sub: Vec::new(),
            });
        }
        if !items.is_empty() {
            sections.push(Section {
                id: "contact",
                heading: pick(lang, "Kontakt", "Contact").to_owned(),
                new_page: false,
                blocks: vec![Block::List(items)],
            });
        }
    }

    let label = concept
        .period
        .label
        .clone()
        .unwrap_or_else(|| locale::period(&concept.period, lang));
    Doc {
        lang,
        kind: "kurzfassung",
        kicker: pick(
            lang,
            "BENN · Kurzfassung des Handlungskonzepts",
            "BENN · Summary of the action concept",
        )
        .to_owned(),
        title: concept
            .title
            .clone()
            .unwrap_or_else(|| concept.site.name.clone()),
        subtitle: Some(match lang {
            Lang::De => format!("{} – unser Handlungskonzept für {label}", concept.site.name),
            Lang::En => format!("{} – our action concept for {label}", concept.site.name),
        }),
        meta: header_meta(concept, lang),
        sections,
        footer: match lang {
            Lang::De => format!(
                "Erstellt mit benn aus den Daten des Handlungskonzepts `{}`.",
                concept.id
            ),
            Lang::En => format!(
                "Made with benn from the data of the action concept `{}`.",
                concept.id
            ),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weissensee_reads_like_the_published_page() {
        let c = crate::read(&std::fs::read("../examples/weissensee-2023.json").unwrap()).unwrap();
        let doc = kurzfassung(&c, &Options::new("2023-05-01".parse().unwrap()));
        let md = super::super::render(&doc, super::super::Format::Markdown);
        assert!(md.contains("BENN steht für Berlin Entwickelt Neue Nachbarschaften"));
        assert!(md.contains("sieben Planungsräume (7,94 km²)"), "{md}");
        assert!(md.contains("sechs Unterkünfte"));
        assert!(md.contains("### 1\\. Handlungsfeld: "));
        assert!(md.contains("Rathaus Weißensee"));
        assert!(md.contains("Bezirksamtsbeschluss vom 21. März 2023"));
    }
}
