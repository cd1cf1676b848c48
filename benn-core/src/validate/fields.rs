//! Structure rules: `action_field.duplicate_key`, `action_field.custom_key`,
//! `action_field.no_goals` and `goal.no_steps`.
//!
//! The four standard fields are those of the programme's second phase (from
//! 1 January 2022). Phase-1 concepts had other topic areas (*Beteiligung*,
//! *Vernetzung und Kooperation*, …), so `action_field.custom_key` stays
//! silent for a period that starts before 2022. A goal without steps is
//! normal in a published short version (*Kurzfassung*), hence `goal.no_steps`
//! is advice.

use std::collections::HashMap;

use super::at;
use crate::diag::{text, Code, Finding};
use crate::model::{Concept, FieldKey, StandardField};
use crate::suggest::suggest;

pub(super) fn check(c: &Concept, out: &mut crate::diag::Findings) {
    let mut keys: HashMap<&str, usize> = HashMap::new();
    for (f, field) in c.action_fields.iter().enumerate() {
        let key = field.key.as_str();
        if let Some(&first) = keys.get(key) {
            out.push(
                Finding::new(
                    Code::ActionFieldDuplicateKey,
                    at::field(f).key("key"),
                    text!(
                        "Das Handlungsfeld `{key}` gibt es schon.",
                        "The action field `{key}` exists already.",
                    ),
                )
                .with_hint(text!(
                    "Führen Sie die Ziele beider Felder in einem zusammen.",
                    "Merge the goals of both fields into one.",
                ))
                .with_related(at::field(first).key("key"))
                .with("key", key),
            );
        } else {
            keys.insert(key, f);
        }
    }
    let phase_two = c.period.start.year() >= PHASE_TWO_START;
    for (f, field) in c.action_fields.iter().enumerate() {
        if let (FieldKey::Custom(key), true) = (&field.key, phase_two) {
            if let Some(std) = probable_standard(key, &field.title) {
                if !keys.contains_key(std.key()) {
                    let (sk, name) = (std.key(), std.canonical_name());
                    out.push(Finding::new(
                        Code::ActionFieldCustomKey,
                        at::field(f).key("key"),
                        text!(
                            "Der eigene Schlüssel `{key}` meint wohl das Standardfeld `{sk}` ({name}).",
                            "The custom key `{key}` probably means the standard field `{sk}` ({name}).",
                        ),
                    )
                    .with_hint(text!(
                        "Mit dem Standardschlüssel lassen sich Konzepte verschiedener Standorte vergleichen.",
                        "With the standard key, concepts of different sites can be compared.",
                    ))
                    .with("key", key.as_str())
                    .with("standard_key", sk)
                    .with("standard_name", name));
                }
            }
        }
        if field.goals.is_empty() && field.steps.is_empty() {
            let title = &field.title;
            out.push(
                Finding::new(
                    Code::ActionFieldNoGoals,
                    at::field(f),
                    text!(
                        "Das Handlungsfeld „{title}“ hat keine Ziele.",
                        "The action field “{title}” has no goals.",
                    ),
                )
                .with_hint(text!(
                    "Tragen Sie unter `goals` die Ziele des Feldes ein, oder lassen Sie das Feld weg, wenn der Standort darin nichts vorhat.",
                    "List the field's goals under `goals`, or leave the field out if the site plans nothing in it.",
                ))
                .with("key", field.key.as_str())
                .with("title", title),
            );
        }
        for (g, goal) in field.goals.iter().enumerate() {
            if goal.steps.is_empty() {
                let id = &goal.id;
                out.push(
                    Finding::new(
                        Code::GoalNoSteps,
                        at::goal(f, g),
                        text!(
                            "Das Ziel `{id}` hat keine Handlungsschritte.",
                            "The goal `{id}` has no steps.",
                        ),
                    )
                    .with_hint(text!(
                        "Ein Ziel wird erst durch Schritte umsetzbar und überprüfbar.",
                        "Steps make a goal actionable and checkable.",
                    ))
                    .with("id", id.as_str()),
                );
            }
        }
    }
}

/// The first year of the programme's second phase, whose four action fields
/// are the standard ones.
const PHASE_TWO_START: u16 = 2022;

/// The standard field a custom key or its title most likely stands for.
fn probable_standard(key: &str, title: &str) -> Option<StandardField> {
    let names: Vec<&str> = StandardField::ALL.iter().map(|f| f.key()).collect();
    if let Some(k) = suggest(key, &names) {
        return StandardField::from_key(k);
    }
    let key = crate::suggest::lower(key);
    let title = crate::suggest::lower(title);
    let hits = |f: &StandardField| {
        f.stems()
            .iter()
            .filter(|s| key.contains(*s) || title.contains(*s))
            .count()
    };
    let mut best: Vec<(usize, StandardField)> = StandardField::ALL
        .iter()
        .map(|f| (hits(f), *f))
        .filter(|(h, _)| *h > 0)
        .collect();
    crate::sort::sort_by_key(&mut best, |(h, _)| std::cmp::Reverse(*h));
    match best.as_slice() {
        [(h, f)] => Some(*f).filter(|_| *h > 0),
        [(h1, f), (h2, _), ..] if h1 > h2 => Some(*f),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::probable_standard;
    use crate::model::{FieldKey, StandardField};
    use crate::validate::testing::{codes, concept};

    #[test]
    fn custom_keys_that_mean_standard_ones() {
        assert_eq!(
            probable_standard("begegnungen", "x"),
            Some(StandardField::Begegnung)
        );
        assert_eq!(
            probable_standard("hf3", "Dialog und Kommunikation"),
            Some(StandardField::Kommunikation)
        );
        assert_eq!(
            probable_standard("integration", "Nachbarschaft und Integration"),
            None
        );
        let mut c = concept();
        c.action_fields[0].key = FieldKey::new("begegnungen").unwrap();
        assert_eq!(codes(&c), ["action_field.custom_key"]);
    }

    #[test]
    fn phase_one_topics_are_no_typos() {
        // "Juli 2020 – Dezember 2021": a phase-1 transition concept with the
        // topic area Beteiligung, which phase 2 folded into Empowerment.
        let mut c = concept();
        c.period = crate::model::Period::parse_label("Juli 2020 – Dezember 2021").unwrap();
        c.budget.clear();
        c.action_fields[0].goals[0].steps[0].timeframe = None;
        c.action_fields[0].key = FieldKey::new("beteiligung").unwrap();
        c.action_fields[0].title = "Beteiligung".into();
        let found: Vec<_> = codes(&c)
            .into_iter()
            .filter(|c| c.starts_with("action_field"))
            .collect();
        assert!(found.is_empty(), "{found:?}");
        c.period = crate::model::Period::parse_label("2023/2024").unwrap();
        assert_eq!(codes(&c), ["action_field.custom_key"]);
    }

    #[test]
    fn duplicates_and_empty_structure() {
        let mut c = concept();
        let mut second = c.action_fields[0].clone();
        second.goals.clear();
        c.action_fields.push(second);
        assert_eq!(
            codes(&c),
            ["action_field.duplicate_key", "action_field.no_goals"]
        );
        let found = crate::validate::check(&c, &crate::validate::Options::default());
        assert!(found.iter().all(|f| f.hint.is_some()), "{found:#?}");
        c.action_fields.pop();
        c.action_fields[0].goals[0].steps.clear();
        assert_eq!(codes(&c), ["goal.no_steps"]);
    }
}
