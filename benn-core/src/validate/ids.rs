//! Rule `id.duplicate`: ids are unique across bodies, goals, indicators and
//! steps, and LOR codes are unique in the site's area.

use std::collections::hash_map::{Entry, HashMap};

use super::at;
use crate::diag::{text, Code, Finding, Pointer};
use crate::model::Concept;

#[derive(Clone, Copy)]
enum Where {
    Body(usize),
    Goal(usize, usize),
    Indicator(usize, usize, usize),
    Step(usize, Option<usize>, usize),
}

impl Where {
    fn pointer(self) -> Pointer {
        match self {
            Where::Body(b) => at::site().key("bodies").index(b).key("id"),
            Where::Goal(f, g) => at::goal(f, g).key("id"),
            Where::Indicator(f, g, i) => at::indicator(f, g, i).key("id"),
            Where::Step(f, g, s) => at::step(f, g, s).key("id"),
        }
    }

    fn kind(self) -> (&'static str, &'static str) {
        match self {
            Where::Body(_) => ("ein Beteiligungsgremium", "a participation body"),
            Where::Goal(..) => ("ein Ziel", "a goal"),
            Where::Indicator(..) => ("ein Indikator", "an indicator"),
            Where::Step(..) => ("ein Handlungsschritt", "a step"),
        }
    }
}

fn add_id<'c>(
    seen: &mut HashMap<&'c str, Where>,
    id: &'c str,
    here: Where,
    out: &mut crate::diag::Findings,
) {
    match seen.entry(id) {
        Entry::Vacant(v) => {
            v.insert(here);
        }
        Entry::Occupied(o) => {
            let first = *o.get();
            let (de, en) = first.kind();
            // Built only when kept: a million colliding ids render 10 000 messages.
            out.push(|| {
                Finding::new(
                    Code::IdDuplicate,
                    here.pointer(),
                    text!(
                        "Die Id `{id}` ist schon vergeben: {de} trägt sie bereits.",
                        "The id `{id}` is taken: {en} already has it.",
                    ),
                )
                .with_hint(text!(
                    "Jede Id darf im Dokument nur einmal vorkommen; vergeben Sie eine neue.",
                    "Each id may occur only once in the document; choose a new one.",
                ))
                .with_related(first.pointer())
                .with("id", id)
            });
        }
    }
}

pub(super) fn check(c: &Concept, out: &mut crate::diag::Findings) {
    let count = c.site.bodies.len()
        + c.goals().map(|g| 1 + g.indicators.len()).sum::<usize>()
        + c.steps().count();
    let mut seen: HashMap<&str, Where> = HashMap::with_capacity(count);
    let mut add = |id, here, out: &mut crate::diag::Findings| add_id(&mut seen, id, here, out);
    for (b, body) in c.site.bodies.iter().enumerate() {
        add(body.id.as_str(), Where::Body(b), out);
    }
    // In document order: each goal, its indicators and steps; then the
    // steps of the field itself.
    for (f, field) in c.action_fields.iter().enumerate() {
        for (g, goal) in field.goals.iter().enumerate() {
            add(goal.id.as_str(), Where::Goal(f, g), out);
            for (i, ind) in goal.indicators.iter().enumerate() {
                add(ind.id.as_str(), Where::Indicator(f, g, i), out);
            }
            for (s, step) in goal.steps.iter().enumerate() {
                add(step.id.as_str(), Where::Step(f, Some(g), s), out);
            }
        }
        for (s, step) in field.steps.iter().enumerate() {
            add(step.id.as_str(), Where::Step(f, None, s), out);
        }
    }

    let mut codes: HashMap<&str, usize> = HashMap::new();
    for (i, area) in c.site.planning_areas.iter().enumerate() {
        let code = area.code.as_str();
        if let Some(&first) = codes.get(code) {
            let p = |i| at::site().key("planning_areas").index(i).key("code");
            out.push(
                Finding::new(
                    Code::IdDuplicate,
                    p(i),
                    text!(
                        "Der LOR-Schlüssel `{code}` steht zweimal im Gebiet des Standorts.",
                        "The LOR code `{code}` appears twice in the site's area.",
                    ),
                )
                .with_hint(text!(
                    "Führen Sie jeden Raum nur einmal auf; löschen Sie den zweiten Eintrag.",
                    "List each area once; delete the second entry.",
                ))
                .with_related(p(first))
                .with("lor_code", code),
            );
        } else {
            codes.insert(code, i);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::model::Id;
    use crate::validate::testing::{codes, concept};

    #[test]
    fn duplicate_ids_across_kinds() {
        let mut c = concept();
        assert!(codes(&c).is_empty(), "{:?}", codes(&c));
        c.action_fields[0].goals[0].steps[0].id = Id::new("g1").unwrap();
        assert_eq!(codes(&c), ["id.duplicate"]);
        let f = &crate::validate::check(&c, &crate::validate::Options::default())[0];
        assert_eq!(f.pointer, "/action_fields/0/goals/0/steps/0/id");
        assert_eq!(
            f.related.as_ref().unwrap().pointer,
            "/action_fields/0/goals/0/id"
        );
    }

    #[test]
    fn duplicate_area_codes() {
        let mut c = concept();
        let a = c.site.planning_areas[0].clone();
        c.site.planning_areas.push(a);
        assert_eq!(codes(&c), ["id.duplicate"]);
    }
}
