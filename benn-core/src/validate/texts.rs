//! Rules `text.empty` (no text is empty or only whitespace) and
//! `step.duplicate_text` (the same step copied under two ids).

use std::collections::hash_map::{Entry, HashMap, RandomState};
use std::hash::{BuildHasher, BuildHasherDefault, Hash, Hasher};

use super::{at, goals, steps};
use crate::diag::{text, Code, Finding, Pointer};
use crate::model::{Concept, IndicatorValue, StepStatus, YearMonth};

fn blank(s: &str) -> bool {
    s.trim().is_empty()
}

struct Texts<'o> {
    out: &'o mut Vec<Finding>,
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

pub(super) fn check(c: &Concept, out: &mut Vec<Finding>) {
    let mut t = Texts { out };
    let root = Pointer::root;
    t.opt(c.title.as_ref(), || root().key("title"));
    t.one(&c.aim, || root().key("aim"));
    t.opt(c.period.label.as_ref(), || {
        root().key("period").key("label")
    });
    t.opt(c.adoption.drucksache.as_ref(), || {
        root().key("adoption").key("drucksache")
    });

    let site = &c.site;
    t.one(&site.name, || at::site().key("name"));
    t.one(&site.operator, || at::site().key("operator"));
    t.opt(site.coordination.as_ref(), || {
        at::site().key("coordination")
    });
    if let Some(o) = &site.office {
        let p = || at::site().key("office");
        t.one(&o.address, || p().key("address"));
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
    duplicate_steps(c, t.out);
}

/// Rule `step.duplicate_text`: two steps with the same text and the same
/// timeframe are most likely one step copied under two ids.
///
/// Texts are compared normalised: leading and trailing whitespace dropped,
/// inner whitespace collapsed to one space, case ignored (Unicode lower
/// case). The same text in *different* timeframes is a recurring action
/// (the summer festival of 2023 and of 2024), and a step without timeframe
/// only matches another without one. Blank texts are `text.empty`'s, and
/// dropped steps are history, so both are left out.
///
/// Each copy gets one finding at its `text`, related to the first
/// occurrence: a group of `k` equal steps gives `k - 1` findings. The work
/// is linear in the size of the texts (one keyed hash per text, equality
/// checked only on equal hashes), whatever the input.
fn duplicate_steps(c: &Concept, out: &mut Vec<Finding>) {
    let keys = RandomState::new();
    let mut seen: HashMap<Key<'_>, (usize, usize, usize, &str), BuildHasherDefault<Prehashed>> =
        HashMap::default();
    for (f, g, s, step) in steps(c) {
        if step.status == StepStatus::Dropped || blank(&step.text) {
            continue;
        }
        let timeframe = step.timeframe.map(|t| (t.start, t.end));
        let key = Key::new(&keys, &step.text, timeframe);
        match seen.entry(key) {
            Entry::Vacant(v) => {
                v.insert((f, g, s, step.id.as_str()));
            }
            Entry::Occupied(o) => {
                let (ff, fg, fs, first) = *o.get();
                let (id, quoted) = (&step.id, quote(&step.text));
                out.push(
                    Finding::new(
                        Code::StepDuplicateText,
                        at::step(f, g, s).key("text"),
                        text!(
                            "Der Schritt `{id}` hat denselben Text und Zeitraum wie der Schritt `{first}`: „{quoted}“.",
                            "The step `{id}` has the same text and timeframe as the step `{first}`: “{quoted}”.",
                        ),
                    )
                    .with_hint(text!(
                        "Ist es derselbe Schritt, löschen Sie die Kopie (dient er zwei Zielen, führen Sie ihn beim wichtigsten auf, sonst zählen seine Kosten doppelt); sonst sagen Sie im Text, was ihn unterscheidet (Ort, Partner, Zielgruppe).",
                        "If it is the same step, delete the copy (if it serves two goals, list it under the main one, or its costs count twice); otherwise say in the text what sets it apart (place, partner, target group).",
                    ))
                    .with_related(at::step(ff, fg, fs).key("text")),
                );
            }
        }
    }
}

/// At most this many characters of a text are quoted in a message.
const QUOTE_CHARS: usize = 60;

/// The text, trimmed and cut to [`QUOTE_CHARS`] characters.
fn quote(s: &str) -> String {
    let s = s.trim();
    match s.char_indices().nth(QUOTE_CHARS) {
        Some((cut, _)) => format!("{}…", s.get(..cut).unwrap_or(s).trim_end()),
        None => s.to_owned(),
    }
}

/// A step text and timeframe as a map key: hashed once, normalised.
struct Key<'c> {
    hash: u64,
    text: &'c str,
    timeframe: Option<(YearMonth, YearMonth)>,
}

impl<'c> Key<'c> {
    fn new(keys: &RandomState, text: &'c str, timeframe: Option<(YearMonth, YearMonth)>) -> Self {
        let mut h = keys.build_hasher();
        let mut buf = [0u8; 256];
        let mut n = 0;
        normalised(text, |b| {
            if n == buf.len() {
                h.write(&buf);
                n = 0;
            }
            if let Some(slot) = buf.get_mut(n) {
                *slot = b;
                n += 1;
            }
        });
        h.write(buf.get(..n).unwrap_or_default());
        h.write_u8(0xff);
        timeframe.hash(&mut h);
        Key {
            hash: h.finish(),
            text,
            timeframe,
        }
    }
}

impl PartialEq for Key<'_> {
    fn eq(&self, other: &Self) -> bool {
        if self.hash != other.hash || self.timeframe != other.timeframe {
            return false;
        }
        normalised_chars(self.text).eq(normalised_chars(other.text))
    }
}

impl Eq for Key<'_> {}

impl Hash for Key<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_u64(self.hash);
    }
}

/// A hasher that passes on the keyed hash a [`Key`] already carries.
#[derive(Default)]
struct Prehashed(u64);

impl Hasher for Prehashed {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x100_0000_01b3);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// The characters of `s` normalised as [`normalised`] gives their bytes.
fn normalised_chars(s: &str) -> impl Iterator<Item = char> + '_ {
    s.split(char::is_whitespace)
        .filter(|w| !w.is_empty())
        .enumerate()
        .flat_map(|(i, w)| {
            (i > 0)
                .then_some(' ')
                .into_iter()
                .chain(w.chars().flat_map(char::to_lowercase))
        })
}

/// Feeds the UTF-8 bytes of `s` normalised to `emit`: trimmed, each run of
/// whitespace as one space, in lower case. ASCII takes a fast path.
fn normalised(s: &str, mut emit: impl FnMut(u8)) {
    let bytes = s.as_bytes();
    let (mut i, mut started, mut space) = (0, false, false);
    while let Some(&b) = bytes.get(i) {
        let c = if b < 0x80 {
            i += 1;
            char::from(b)
        } else {
            let Some(c) = s.get(i..).and_then(|t| t.chars().next()) else {
                break;
            };
            i += c.len_utf8();
            c
        };
        if c.is_whitespace() {
            space = started;
            continue;
        }
        if space {
            emit(b' ');
            space = false;
        }
        started = true;
        if c.is_ascii() {
            emit(b.to_ascii_lowercase());
        } else {
            for l in c.to_lowercase() {
                let mut utf8 = [0u8; 4];
                l.encode_utf8(&mut utf8).bytes().for_each(&mut emit);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{normalised, normalised_chars, quote, Key};
    use crate::model::{Id, StepStatus, Timeframe, YearMonth};
    use crate::validate::testing::{codes, concept};
    use crate::validate::{check, Options};
    use proptest::prelude::*;
    use std::collections::hash_map::RandomState;

    fn norm(s: &str) -> String {
        let mut b = Vec::new();
        normalised(s, |x| b.push(x));
        String::from_utf8(b).unwrap()
    }

    #[test]
    fn normalisation() {
        assert_eq!(
            norm("  Nachbarschafts\tFEST \n im  Kiez "),
            "nachbarschafts fest im kiez"
        );
        assert_eq!(norm("ÄRGER\u{a0}über Straße"), "ärger über straße");
        assert_eq!(norm(" \u{3000} "), "");
        let keys = RandomState::new();
        let k = |s| Key::new(&keys, s, None);
        assert!(k("Sommerfest am See") == k(" sommerfest  AM see"));
        assert!(k("Sommerfest am See") != k("Sommerfest am See."));
        assert!(k("Sommerfest") != Key::new(&keys, "Sommerfest", Some((ym(2023, 6), ym(2023, 6)))));
    }

    #[test]
    fn quotes_are_short() {
        assert_eq!(quote("  kurz "), "kurz");
        let long = "ä".repeat(1000);
        assert_eq!(quote(&long).chars().count(), super::QUOTE_CHARS + 1);
    }

    proptest! {
        #[test]
        fn bytes_and_chars_normalise_alike(s in "[ a-zA-ZäÄßİ\t\u{a0}\u{2028}Σς]{0,40}") {
            prop_assert_eq!(norm(&s), normalised_chars(&s).collect::<String>());
        }
    }

    fn ym(y: u16, m: u8) -> YearMonth {
        YearMonth::new(y, m).unwrap()
    }

    fn with_copies(texts: &[&str]) -> crate::model::Concept {
        let mut c = concept();
        let first = c.action_fields[0].goals[0].steps[0].clone();
        for (i, t) in texts.iter().enumerate() {
            let mut s = first.clone();
            s.id = Id::new(&format!("c{i}")).unwrap();
            s.text = (*t).to_owned();
            s.planned_cost_cents = None;
            c.action_fields[0].goals[0].steps.push(s);
        }
        c
    }

    #[test]
    fn a_copied_step_text() {
        let c = with_copies(&["  nachbarschaftsFEST "]);
        assert_eq!(codes(&c), ["step.duplicate_text"]);
        let f = &check(&c, &Options::default())[0];
        assert_eq!(f.pointer, "/action_fields/0/goals/0/steps/1/text");
        assert_eq!(
            f.related.as_ref().unwrap().pointer,
            "/action_fields/0/goals/0/steps/0/text"
        );
        assert!(f.message.de.contains("`c0`") && f.message.de.contains("`s1`"));
        assert!(
            f.message.en.contains("“nachbarschaftsFEST”"),
            "{}",
            f.message.en
        );
    }

    #[test]
    fn recurring_dropped_and_blank_steps_are_no_copies() {
        let mut c = with_copies(&["Nachbarschaftsfest", "Nachbarschaftsfest", " ", " "]);
        // The same festival a year later is a recurring action.
        c.action_fields[0].goals[0].steps[1].timeframe = Some(Timeframe {
            start: ym(2024, 5),
            end: ym(2024, 9),
        });
        // A dropped copy is history.
        c.action_fields[0].goals[0].steps[2].status = StepStatus::Dropped;
        assert_eq!(codes(&c), ["text.empty", "text.empty"]);
        // Without a timeframe it is another step than one with a timeframe.
        c.action_fields[0].goals[0].steps[2].status = StepStatus::Planned;
        c.action_fields[0].goals[0].steps[2].timeframe = None;
        assert_eq!(codes(&c), ["text.empty", "text.empty"]);
    }

    #[test]
    fn a_group_gives_one_finding_per_copy() {
        let many = vec!["Kiezspaziergang"; 1000];
        let mut c = with_copies(&many);
        c.action_fields[0].goals[0].steps[0].text = "Kiezspaziergang".into();
        let found = check(&c, &Options::default());
        assert_eq!(found.len(), 1000);
        assert!(found.iter().all(
            |f| f.related.as_ref().unwrap().pointer == "/action_fields/0/goals/0/steps/0/text"
        ));
    }

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
