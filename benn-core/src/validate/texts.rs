//! Rule `text.empty`: no text is empty or only whitespace.

use super::{at, goals, steps};
use crate::diag::{text, Code, Finding, Pointer};
use crate::model::{Concept, IndicatorValue};

fn blank(s: &str) -> bool {
    s.trim().is_empty()
}

struct Texts<'o> {
    out: &'o mut crate::diag::Findings,
}

impl Texts<'_> {
    fn one(&mut self, s: &str, p: impl FnOnce() -> Pointer) {
        if blank(s) {
            self.out.push(
                Finding::new(
                    Code::TextEmpty,
                    p(),
                    text!("Der Text ist leer.", "The text is empty."),
                )
                .with_hint(text!(
                    "Füllen Sie den Text aus oder lassen Sie das Feld weg, wenn es optional ist.",
                    "Fill in the text, or leave the field out if it is optional.",
                )),
            );
        }
    }

    fn opt(&mut self, s: Option<&String>, p: impl FnOnce() -> Pointer) {
        if let Some(s) = s {
            self.one(s, p);
        }
    }

    fn list(&mut self, items: &[String], p: impl Fn() -> Pointer) {
        for (i, s) in items.iter().enumerate() {
            self.one(s, || p().index(i));
        }
    }
}

pub(super) fn check(c: &Concept, out: &mut crate::diag::Findings) {
    let mut t = Texts { out };
    let root = Pointer::root;
    t.opt(c.title.as_ref(), || root().key("title"));
    t.one(&c.aim, || root().key("aim"));
    t.opt(c.period.label.as_ref(), || {
        root().key("period").key("label")
    });
    t.opt(
        c.adoption.as_ref().and_then(|a| a.drucksache.as_ref()),
        || root().key("adoption").key("drucksache"),
    );

    let site = &c.site;
    t.one(&site.name, || at::site().key("name"));
    t.opt(site.operator.as_ref(), || at::site().key("operator"));
    t.opt(site.coordination.as_ref(), || {
        at::site().key("coordination")
    });
    if let Some(o) = &site.office {
        let p = || at::site().key("office");
        t.opt(o.address.as_ref(), || p().key("address"));
        t.opt(o.phone.as_ref(), || p().key("phone"));
        t.opt(o.email.as_ref(), || p().key("email"));
        t.opt(o.website.as_ref(), || p().key("website"));
    }
    for (i, a) in site.planning_areas.iter().enumerate() {
        t.one(&a.name, || {
            at::site().key("planning_areas").index(i).key("name")
        });
    }
    for (i, s) in site.shelters.iter().enumerate() {
        let p = || at::site().key("shelters").index(i);
        t.one(&s.name, || p().key("name"));
        t.opt(s.operator.as_ref(), || p().key("operator"));
    }
    for (i, b) in site.bodies.iter().enumerate() {
        let p = || at::site().key("bodies").index(i);
        t.one(&b.name, || p().key("name"));
        t.opt(b.meets.as_ref(), || p().key("meets"));
    }

    if let Some(a) = &c.analysis {
        let p = || root().key("analysis");
        t.opt(a.summary.as_ref(), || p().key("summary"));
        for (i, n) in a.needs.iter().enumerate() {
            t.one(&n.text, || p().key("needs").index(i).key("text"));
            t.opt(n.source.as_ref(), || {
                p().key("needs").index(i).key("source")
            });
        }
        for (i, f) in a.facts.iter().enumerate() {
            let q = || p().key("facts").index(i);
            t.one(&f.text, || q().key("text"));
            t.one(&f.source, || q().key("source"));
            t.opt(f.unit.as_ref(), || q().key("unit"));
        }
    }
    if let Some(pr) = &c.public_relations {
        let p = || root().key("public_relations");
        t.one(&pr.summary, || p().key("summary"));
        t.list(&pr.channels, || p().key("channels"));
    }

    for (f, field) in c.action_fields.iter().enumerate() {
        t.one(&field.title, || at::field(f).key("title"));
    }
    for (f, g, goal) in goals(c) {
        t.one(&goal.text, || at::goal(f, g).key("text"));
        t.list(&goal.target_groups, || at::goal(f, g).key("target_groups"));
        for (i, ind) in goal.indicators.iter().enumerate() {
            let p = || at::indicator(f, g, i);
            t.one(&ind.name, || p().key("name"));
            t.opt(ind.unit.as_ref(), || p().key("unit"));
            for (name, m) in [("baseline", &ind.baseline), ("target", &ind.target)] {
                if let Some(IndicatorValue::Text(s)) = m.as_ref().map(|m| &m.value) {
                    t.one(s, || p().key(name).key("value"));
                }
            }
        }
    }
    for (f, g, s, step) in steps(c) {
        let p = || at::step(f, g, s);
        t.one(&step.text, || p().key("text"));
        t.opt(step.responsible.as_ref(), || p().key("responsible"));
        t.list(&step.partners, || p().key("partners"));
    }
}

#[cfg(test)]
mod tests {
    use crate::validate::testing::{codes, concept};
    use crate::validate::{check, Options};

    #[test]
    fn blank_texts() {
        let mut c = concept();
        c.aim = " \n\t".into();
        c.action_fields[0].goals[0].steps[0].partners =
            vec!["Kirchengemeinde".into(), String::new()];
        assert_eq!(codes(&c), ["text.empty", "text.empty"]);
        let pointers: Vec<String> = check(&c, &Options::default())
            .into_iter()
            .map(|f| f.pointer)
            .collect();
        assert_eq!(
            pointers,
            ["/aim", "/action_fields/0/goals/0/steps/0/partners/1"]
        );
    }
}
