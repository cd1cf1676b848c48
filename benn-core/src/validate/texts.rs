//! Rules `text.empty` (no text is empty or only whitespace) and
//! `step.duplicate_text` (the same step copied under two ids).

use std::collections::hash_map::{Entry, HashMap, RandomState};
use std::hash::{BuildHasher, BuildHasherDefault, Hasher};

use super::{at, goals, steps};
use crate::diag::{text, Code, Finding, Pointer};
use crate::model::{Concept, IndicatorValue, Step, StepStatus, YearMonth};

/// Whether `s` has nothing but whitespace (as `trim` sees it). Most texts
/// start with a visible ASCII character: that answers at the first byte.
fn blank(s: &str) -> bool {
    match s.as_bytes().first() {
        Some(&c) if c > b' ' && c.is_ascii() => false,
        _ => s.chars().all(char::is_whitespace),
    }
}

struct Texts<'o> {
    out: &'o mut crate::diag::Findings,
}

impl Texts<'_> {
    fn one(&mut self, s: &str, p: impl FnOnce() -> Pointer) {
        if blank(s) {
            self.out.push(empty(p()));
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

/// The finding `text.empty` at `p`: one copy of its making, not one per
/// text the rule looks at.
#[cold]
#[inline(never)]
fn empty(p: Pointer) -> Finding {
    Finding::new(
        Code::TextEmpty,
        p,
        text!("Der Text ist leer.", "The text is empty."),
    )
    .with_hint(text!(
        "Füllen Sie den Text aus oder lassen Sie das Feld weg, wenn es optional ist.",
        "Fill in the text, or leave the field out if it is optional.",
    ))
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
/// occurrence: a group of `k` equal steps gives `k - 1` findings.
///
/// The work is linear in the size of the texts whatever the input: each
/// text gets a cheap [`Fingerprint`] (equal for equal normalised texts), a
/// step is compared in full only with the first step of its fingerprint, and
/// only a step whose fingerprint collides with an unequal text has its
/// normalised text built and looked up in a second, exact map.
fn duplicate_steps(c: &Concept, out: &mut crate::diag::Findings) {
    let print = Fingerprint::new();
    let count = c.steps().count();
    let mut firsts: HashMap<u64, First<'_, _>, BuildHasherDefault<Prehashed>> =
        HashMap::with_capacity_and_hasher(count, BuildHasherDefault::default());
    let mut exact: HashMap<(String, Option<Months>), First<'_, _>> = HashMap::new();
    for (f, g, s, step) in steps(c) {
        if step.status == StepStatus::Dropped || blank(&step.text) {
            continue;
        }
        let here = First {
            at: (f, g, s),
            step,
        };
        let first = match firsts.entry(print.of(&step.text, here.months())) {
            Entry::Vacant(v) => {
                v.insert(here);
                continue;
            }
            Entry::Occupied(o) if o.get().same(&here) => *o.get(),
            Entry::Occupied(_) => {
                let key = (normalised_chars(&step.text).collect(), here.months());
                match exact.entry(key) {
                    Entry::Vacant(v) => {
                        v.insert(here);
                        continue;
                    }
                    Entry::Occupied(o) => *o.get(),
                }
            }
        };
        let ((f, g, s), (ff, fg, fs)) = (here.at, first.at);
        let text = at::step(f, g, s).key("text");
        let related = at::step(ff, fg, fs).key("text");
        out.push(copied(here.step, first.step, text).with_related(related));
    }
}

/// A step's timeframe, as months.
type Months = (YearMonth, YearMonth);

/// A step as the duplicate check remembers it: where it is (its indices),
/// and itself.
#[derive(Clone, Copy)]
struct First<'c, L> {
    at: L,
    step: &'c Step,
}

impl<L> First<'_, L> {
    fn months(&self) -> Option<Months> {
        self.step.timeframe.map(|t| (t.start, t.end))
    }

    /// Same timeframe and the same text, normalised.
    fn same(&self, other: &First<'_, L>) -> bool {
        self.months() == other.months()
            && normalised_chars(&self.step.text).eq(normalised_chars(&other.step.text))
    }
}

fn copied(here: &Step, first: &Step, p: Pointer) -> Finding {
    let (id, first_id, quoted) = (&here.id, &first.id, quote(&here.text));
    Finding::new(
        Code::StepDuplicateText,
        p,
        text!(
            "Der Schritt `{id}` hat denselben Text und Zeitraum wie der Schritt `{first_id}`: „{quoted}“.",
            "The step `{id}` has the same text and timeframe as the step `{first_id}`: “{quoted}”.",
        ),
    )
    .with_hint(text!(
        "Ist es derselbe Schritt, löschen Sie die Kopie (dient er zwei Zielen, führen Sie ihn beim wichtigsten auf, sonst zählen seine Kosten doppelt); sonst sagen Sie im Text, was ihn unterscheidet (Ort, Partner, Zielgruppe).",
        "If it is the same step, delete the copy (if it serves two goals, list it under the main one, or its costs count twice); otherwise say in the text what sets it apart (place, partner, target group).",
    ))
    .with("id", id.as_str())
    .with("first_id", first_id.as_str())
    .with("text", quoted)
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

/// A cheap, randomly seeded fingerprint of a step text and timeframe that is
/// equal for texts equal after normalisation.
///
/// It looks only at the first and the last [`EDGE`] *significant* bytes:
/// ASCII letters and digits, case folded, except `i` and `k` (the only ASCII
/// letters that the lower case of a non-ASCII character contains: `İ` → `i̇`,
/// Kelvin `K` → `k`). Whitespace, punctuation and other characters are
/// skipped, so normalising a text does not change its significant bytes.
/// Both ends are needed: copied texts are often told apart only at the end
/// (`… (Nr. 1)`, `… (Nr. 2)`). Unequal texts may share a fingerprint;
/// [`duplicate_steps`] then compares them in full.
struct Fingerprint {
    seed: u64,
}

/// Significant bytes taken from each end of a text.
const EDGE: usize = 16;

impl Fingerprint {
    fn new() -> Self {
        Fingerprint {
            seed: RandomState::new().build_hasher().finish(),
        }
    }

    fn of(&self, text: &str, timeframe: Option<Months>) -> u64 {
        let bytes = text.as_bytes();
        let [head_0, head_1] = edge(bytes.iter());
        let [tail_0, tail_1] = edge(bytes.iter().rev());
        let words = [head_0, head_1, tail_0, tail_1];
        let mut h = self.seed;
        for w in words {
            h = mix(h ^ w);
        }
        if let Some((start, end)) = timeframe {
            let months = |m: YearMonth| u64::from(m.year()) * 12 + u64::from(m.month());
            h = mix(h ^ (months(start) << 32 | months(end)));
        }
        h
    }
}

/// The first [`EDGE`] significant bytes of `bytes`, packed into two words.
///
/// A plain loop, generic over the direction: per byte, it is called for
/// every step text of a concept.
fn edge<'t>(bytes: impl Iterator<Item = &'t u8>) -> [u64; 2] {
    let mut words = [0u64; 2];
    let mut n = 0;
    for &b in bytes {
        let s = significant(b);
        if s == 0 {
            continue;
        }
        if let Some(w) = words.get_mut(n / 8) {
            *w = *w << 8 | u64::from(s);
        }
        n += 1;
        if n == EDGE {
            break;
        }
    }
    words
}

/// The byte, case folded, if the fingerprint looks at it; 0 otherwise.
#[allow(clippy::inline_always)] // the wasm build (opt-level z) ignores `#[inline]`
#[inline(always)]
fn significant(b: u8) -> u8 {
    let lower = b | 0x20;
    if lower.wrapping_sub(b'a') < 26 && lower != b'i' && lower != b'k' {
        lower
    } else if b.wrapping_sub(b'0') < 10 {
        b
    } else {
        0
    }
}

/// SplitMix64's finaliser: every input bit moves every output bit.
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// A hasher that passes on a fingerprint, which is already seeded and mixed.
#[derive(Default)]
struct Prehashed(u64);

impl Hasher for Prehashed {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = mix(self.0 ^ u64::from(b));
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// The characters of `s` normalised: trimmed, each run of whitespace as one
/// space, in lower case.
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

#[cfg(test)]
mod tests {
    use super::{normalised_chars, quote, Fingerprint};
    use crate::model::{Id, StepStatus, Timeframe, YearMonth};
    use crate::validate::testing::{codes, concept};
    use crate::validate::{check, Options};
    use proptest::prelude::*;

    fn norm(s: &str) -> String {
        normalised_chars(s).collect()
    }

    #[test]
    fn normalisation() {
        assert_eq!(
            norm("  Nachbarschafts\tFEST \n im  Kiez "),
            "nachbarschafts fest im kiez"
        );
        assert_eq!(norm("ÄRGER\u{a0}über Straße"), "ärger über straße");
        assert_eq!(norm(" \u{3000} "), "");
        assert_eq!(norm("\u{212a}İ"), norm("ki\u{307}"));
    }

    #[test]
    fn fingerprints() {
        let p = Fingerprint::new();
        let tf = Some((ym(2023, 6), ym(2023, 6)));
        assert_eq!(
            p.of("Sommerfest am See", None),
            p.of(" sommerfest  AM see", None)
        );
        assert_eq!(p.of("\u{212a}İ", tf), p.of("ki\u{307}", tf));
        assert_ne!(p.of("Sommerfest", None), p.of("Sommerfest", tf));
        let a = "Wir organisieren ein Nachbarschaftsfest im Komponistenviertel (Nr. 1).";
        assert_ne!(p.of(a, None), p.of(&a.replace('1', "2"), None));
        assert_ne!(p.of(a, None), p.of(&a.replace("Wir", "Sie"), None));
    }

    fn variant(s: &str, picks: &[u8]) -> String {
        let mut out = String::from(" ");
        for (c, &p) in s.chars().zip(picks.iter().cycle()) {
            match c {
                ' ' => out.push_str([" ", "\t", "  ", "\u{a0}", "\n "][usize::from(p % 5)]),
                'k' if p % 2 == 0 => out.push('\u{212a}'),
                c if p % 3 == 0 => out.push(c.to_ascii_uppercase()),
                c => out.push(c),
            }
        }
        out
    }

    proptest! {
        #[test]
        fn equal_normalised_texts_share_a_fingerprint(
            s in "[ a-zA-Z0-9äÄßkKiİ.,()\u{307}]{0,60}",
            picks in proptest::collection::vec(any::<u8>(), 1..8),
        ) {
            let p = Fingerprint::new();
            let v = variant(&s, &picks);
            prop_assert_eq!(norm(&s), norm(&v));
            prop_assert_eq!(p.of(&s, None), p.of(&v, None));
        }
    }

    #[test]
    fn quotes_are_short() {
        assert_eq!(quote("  kurz "), "kurz");
        let long = "ä".repeat(1000);
        assert_eq!(quote(&long).chars().count(), super::QUOTE_CHARS + 1);
    }

    #[test]
    fn colliding_fingerprints_are_compared_exactly() {
        // Same first and last 16 significant bytes and the same count: one
        // fingerprint, three texts, of which two are equal.
        let a = "abcdefghjlmnopqr XXXXX stuvwxyzabcdefgh";
        let b = "abcdefghjlmnopqr YYYYY stuvwxyzabcdefgh";
        let p = Fingerprint::new();
        assert_eq!(p.of(a, None), p.of(b, None));
        let mut c = with_copies(&[a, b, " abcdefghjlmnopqr  yyyyy stuvwxyzabcdefgh"]);
        for s in &mut c.action_fields[0].goals[0].steps {
            s.timeframe = None;
        }
        let found = check(&c, &Options::default());
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].pointer, "/action_fields/0/goals/0/steps/3/text");
        assert_eq!(
            found[0].related.as_ref().unwrap().pointer,
            "/action_fields/0/goals/0/steps/2/text"
        );
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
    fn blank_is_trim_is_empty() {
        for s in [
            "",
            " ",
            "\u{b}",
            "\u{a0}\u{3000}",
            "\u{1f}",
            "a",
            " a",
            "\u{a0}x",
            "ä",
            "\t\n",
        ] {
            assert_eq!(super::blank(s), s.trim().is_empty(), "{s:?}");
        }
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
