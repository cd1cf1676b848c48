//! Rules `ref.body`, `ref.previous`, `ref.previous_unchecked` and
//! `concept.duplicate_id`: references resolve, ids are unique across files.

use std::collections::HashSet;

use super::{at, goals, steps, KnownConcept, Options};
use crate::diag::{text, Code, Finding, Pointer};
use crate::model::{Concept, Id};
use crate::suggest::suggest;

pub(super) fn check(c: &Concept, options: &Options, out: &mut crate::diag::Findings) {
    let bodies: HashSet<&str> = c.site.bodies.iter().map(|b| b.id.as_str()).collect();
    let names: Vec<&str> = c.site.bodies.iter().map(|b| b.id.as_str()).collect();
    let mut body_ref = |id: &Id, p: Pointer| {
        if !bodies.contains(id.as_str()) {
            if out.skip_if_full() {
                return; // no suggestion for a finding that is not kept
            }
            let suggestion = suggest(id.as_str(), &names);
            let hint = match suggestion {
                Some(s) => text!("Meinten Sie `{s}`?", "Did you mean `{s}`?"),
                None if names.is_empty() => text!(
                    "Der Standort nennt keine Gremien; tragen Sie sie unter `site.bodies` ein.",
                    "The site lists no bodies; add them under `site.bodies`.",
                ),
                None => {
                    let list = names
                        .iter()
                        .map(|n| format!("`{n}`"))
                        .collect::<Vec<_>>()
                        .join(", ");
                    text!("Bekannte Gremien: {list}.", "Known bodies: {list}.")
                }
            };
            let finding = |f: Finding| match suggestion {
                Some(s) => f.with("suggestion", s),
                None => f,
            };
            out.push(finding(
                Finding::new(
                    Code::RefBody,
                    p,
                    text!(
                        "Kein Beteiligungsgremium hat die Id `{id}`.",
                        "No participation body has the id `{id}`.",
                    ),
                )
                .with_hint(hint)
                .with("id", id.as_str()),
            ));
        }
    };
    for (f, g, goal) in goals(c) {
        for (i, id) in goal.bodies.iter().enumerate() {
            body_ref(id, at::goal(f, g).key("bodies").index(i));
        }
    }
    for (f, g, s, step) in steps(c) {
        for (i, id) in step.bodies.iter().enumerate() {
            body_ref(id, at::step(f, g, s).key("bodies").index(i));
        }
    }

    duplicate_id(c, options, out);
    let Some(previous) = &c.previous else { return };
    let p = || Pointer::root().key("previous");
    if previous == &c.id {
        out.push(
            Finding::new(
                Code::RefPrevious,
                p(),
                text!(
                    "Das Konzept `{previous}` nennt sich selbst als Vorgänger.",
                    "The concept `{previous}` names itself as its predecessor.",
                ),
            )
            .with_hint(version_hint())
            .with("id", previous.as_str()),
        );
        return;
    }
    if options.known_concepts.is_empty() {
        return;
    }
    match options.known_concepts.iter().find(|k| &k.id == previous) {
        None => {
            // Validating a subset of files is normal: advice, not an error.
            let ids: Vec<&str> = options
                .known_concepts
                .iter()
                .map(|k| k.id.as_str())
                .filter(|id| *id != c.id.as_str())
                .collect();
            let suggestion = suggest(previous.as_str(), &ids);
            let hint = match suggestion {
                Some(s) => text!(
                    "Meinten Sie `{s}`? Sonst geben Sie die Datei des vorigen Konzepts mit an.",
                    "Did you mean `{s}`? Otherwise give the previous concept's file too.",
                ),
                None => text!(
                    "Geben Sie die Datei des vorigen Konzepts mit an, um den Verweis zu prüfen.",
                    "Give the previous concept's file too to check the reference.",
                ),
            };
            let finding = |f: Finding| match suggestion {
                Some(s) => f.with("suggestion", s),
                None => f,
            };
            out.push(finding(
                Finding::new(
                    Code::RefPreviousUnchecked,
                    p(),
                    text!(
                        "Das vorige Handlungskonzept `{previous}` ist nicht unter den geprüften Dateien.",
                        "The previous concept `{previous}` is not among the files checked.",
                    ),
                )
                .with_hint(hint)
                .with("id", previous.as_str()),
            ));
        }
        Some(k) if !same_site(k, c) => {
            let other = k.site.as_deref().unwrap_or("?");
            let here = &c.site.name;
            out.push(
                Finding::new(
                    Code::RefPrevious,
                    p(),
                    text!(
                        "Das vorige Handlungskonzept `{previous}` gehört zu einem anderen Standort ({other}), nicht zu {here}.",
                        "The previous concept `{previous}` belongs to another site ({other}), not to {here}.",
                    ),
                )
                .with_hint(text!(
                    "`previous` nennt das Konzept desselben Standorts aus dem vorigen Zeitraum.",
                    "`previous` names the same site's concept of the previous period.",
                ))
                .with("id", previous.as_str())
                .with("previous_site", other)
                .with("site", here.as_str()),
            );
        }
        Some(k) if k.period.end >= c.period.start => {
            let (end, start) = (k.period.end, c.period.start);
            let mut f = Finding::new(
                Code::RefPrevious,
                p(),
                text!(
                    "Das vorige Handlungskonzept `{previous}` endet erst {end}, dieses beginnt aber schon {start}.",
                    "The previous concept `{previous}` ends only in {end}, but this one starts in {start}.",
                ),
            )
            .with("id", previous.as_str())
            .with("end", end.to_string())
            .with("start", start.to_string());
            if k.period.start == c.period.start {
                f = f.with_hint(version_hint());
            }
            out.push(f);
        }
        Some(_) => {}
    }
}

/// A version within the same period is no predecessor.
fn version_hint() -> crate::diag::Text {
    text!(
        "Eine Fortschreibung innerhalb desselben Zeitraums ist eine neue Version desselben Konzepts: schreiben Sie `version` (Nummer, Datum) statt `previous`.",
        "An update within the same period is a new version of the same concept: write `version` (number, date) instead of `previous`.",
    )
}

/// Whether a known concept belongs to the site of `c`: same district and the
/// same name up to case, spaces and punctuation. Unknown parts agree.
fn same_site(k: &KnownConcept, c: &Concept) -> bool {
    let norm = |s: &str| -> String {
        crate::suggest::lower(s)
            .chars()
            .filter(|ch| ch.is_alphanumeric())
            .collect()
    };
    k.district.is_none_or(|d| d == c.site.district)
        && k.site
            .as_deref()
            .is_none_or(|s| norm(s) == norm(&c.site.name))
}

/// `concept.duplicate_id`: another document checked together has this id.
fn duplicate_id(c: &Concept, options: &Options, out: &mut crate::diag::Findings) {
    let same = options
        .known_concepts
        .iter()
        .filter(|k| k.id == c.id)
        .count();
    if same > 1 {
        let id = &c.id;
        out.push(
            Finding::new(
                Code::ConceptDuplicateId,
                Pointer::root().key("id"),
                text!(
                    "{same} der geprüften Dateien haben die Konzept-Id `{id}`.",
                    "{same} of the files checked have the concept id `{id}`.",
                ),
            )
            .with_hint(text!(
                "Jedes Konzept hat eine eigene Id; eine neue Version desselben Konzepts ersetzt die alte Datei oder trägt `version`.",
                "Each concept has its own id; a new version of the same concept replaces the old file or carries `version`.",
            ))
            .with("id", id.as_str())
            .with("count", same),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::model::{Id, Period};
    use crate::validate::testing::{codes, concept};
    use crate::validate::{check, KnownConcept, Options};

    #[test]
    fn body_references() {
        let mut c = concept();
        c.action_fields[0].goals[0].steps[0].bodies =
            vec![Id::new("forum").unwrap(), Id::new("froum").unwrap()];
        assert_eq!(codes(&c), ["ref.body"]);
        let f = &check(&c, &Options::default())[0];
        assert!(f.hint.as_ref().unwrap().en.contains("`forum`"));
    }

    #[test]
    fn previous_concept() {
        let mut c = concept();
        c.previous = Some(c.id.clone());
        assert_eq!(codes(&c), ["ref.previous"]);

        c.previous = Some(Id::new("test-2021").unwrap());
        assert!(codes(&c).is_empty(), "unknowable without a catalogue");
        let known = |id: &str, label: &str| KnownConcept {
            site: Some("BENN  test".into()),
            ..KnownConcept::new(Id::new(id).unwrap(), Period::parse_label(label).unwrap())
        };
        let me = KnownConcept::from(&c);
        let opts = |k: Vec<KnownConcept>| Options {
            known_concepts: k,
            ..Options::default()
        };
        let run = |k| {
            check(&c, &opts(k))
                .iter()
                .map(|f| f.code.as_str())
                .collect::<Vec<_>>()
        };
        assert!(run(vec![me.clone(), known("test-2021", "2021/2022")]).is_empty());
        assert_eq!(
            run(vec![me.clone(), known("test-2021", "2022/2023")]),
            ["ref.previous"]
        );
        // Not among the files checked: advice, and never the document itself.
        let f = &check(&c, &opts(vec![me.clone(), known("other", "2021/2022")]))[0];
        assert_eq!(f.code.as_str(), "ref.previous_unchecked");
        assert!(!f.hint.as_ref().unwrap().en.contains("test-2023"));
        // Another site's concept.
        let mut other = known("test-2021", "2021/2022");
        other.site = Some("BENN Anderswo".into());
        assert_eq!(run(vec![me.clone(), other]), ["ref.previous"]);
        // Two files with the same id.
        assert_eq!(
            run(vec![me.clone(), me, known("test-2021", "2021/2022")]),
            ["concept.duplicate_id"]
        );
    }
}
