//! Rules `ref.body` and `ref.previous`: references resolve.

use std::collections::HashSet;

use super::{at, goals, steps, Options};
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
            let hint = match suggest(id.as_str(), &names) {
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
            out.push(
                Finding::new(
                    Code::RefBody,
                    p,
                    text!(
                        "Kein Beteiligungsgremium hat die Id `{id}`.",
                        "No participation body has the id `{id}`.",
                    ),
                )
                .with_hint(hint),
            );
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

    let Some(previous) = &c.previous else { return };
    let p = || Pointer::root().key("previous");
    if previous == &c.id {
        out.push(Finding::new(
            Code::RefPrevious,
            p(),
            text!(
                "Das Konzept `{previous}` nennt sich selbst als Vorgänger.",
                "The concept `{previous}` names itself as its predecessor.",
            ),
        ));
        return;
    }
    if options.known_concepts.is_empty() {
        return;
    }
    match options.known_concepts.iter().find(|k| &k.id == previous) {
        None => {
            let ids: Vec<&str> = options
                .known_concepts
                .iter()
                .map(|k| k.id.as_str())
                .collect();
            let mut f = Finding::new(
                Code::RefPrevious,
                p(),
                text!(
                    "Das vorige Handlungskonzept `{previous}` ist unbekannt.",
                    "The previous concept `{previous}` is unknown.",
                ),
            );
            if let Some(s) = suggest(previous.as_str(), &ids) {
                f = f.with_hint(text!("Meinten Sie `{s}`?", "Did you mean `{s}`?"));
            }
            out.push(f);
        }
        Some(k) if k.period.end >= c.period.start => {
            let (end, start) = (k.period.end, c.period.start);
            out.push(Finding::new(
                Code::RefPrevious,
                p(),
                text!(
                    "Das vorige Handlungskonzept `{previous}` endet erst {end}, dieses beginnt aber schon {start}.",
                    "The previous concept `{previous}` ends only in {end}, but this one starts in {start}.",
                ),
            ));
        }
        Some(_) => {}
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
            id: Id::new(id).unwrap(),
            period: Period::parse_label(label).unwrap(),
        };
        let opts = Options {
            known_concepts: vec![known("test-2021", "2021/2022")],
            ..Options::default()
        };
        assert!(check(&c, &opts).is_empty());
        let opts = Options {
            known_concepts: vec![known("test-2021", "2022/2023")],
            ..Options::default()
        };
        assert_eq!(check(&c, &opts)[0].code.as_str(), "ref.previous");
        let opts = Options {
            known_concepts: vec![known("other", "2021/2022")],
            ..Options::default()
        };
        assert_eq!(check(&c, &opts)[0].code.as_str(), "ref.previous");
    }
}
