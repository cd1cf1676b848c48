//! Rules on LOR units: `lor.shape` (code length vs. stated level),
//! `lor.other_district`, `lor.unknown`, `lor.name_mismatch`, `lor.level`,
//! `ref.planning_area` and `area.outside_site`.
//!
//! Codes and names are checked against the LOR 2021 catalogue
//! ([`crate::lor`]) unless the site declares another edition
//! (`site.lor_edition`), for which benn has no table: then only the shape and
//! the district of codes are checked, and messages name codes only.

use super::{at, goals, steps};
use crate::diag::{text, Code, Finding, Pointer, Text};
use crate::lor::{self, Level, Unit};
use crate::model::{Area, Concept, LorCode};

pub(super) fn check(c: &Concept, out: &mut crate::diag::Findings) {
    let catalogue = lor::applies(&c.site);
    for (i, area) in c.site.planning_areas.iter().enumerate() {
        site_area(c, i, area, catalogue, out);
    }

    let mut touched = Touched::new(c, catalogue);
    for (i, shelter) in c.site.shelters.iter().enumerate() {
        if let Some(code) = &shelter.planning_area {
            let p = || at::site().key("shelters").index(i).key("planning_area");
            reference(c, &mut touched, code, &p, Purpose::Shelter, out);
        }
    }
    for (f, g, goal) in goals(c) {
        for (i, code) in goal.planning_areas.iter().enumerate() {
            let p = || at::goal(f, g).key("planning_areas").index(i);
            reference(c, &mut touched, code, &p, Purpose::Work, out);
        }
    }
    for (f, g, s, step) in steps(c) {
        for (i, code) in step.planning_areas.iter().enumerate() {
            let p = || at::step(f, g, s).key("planning_areas").index(i);
            reference(c, &mut touched, code, &p, Purpose::Work, out);
        }
    }
}

/// Whether two spellings name the same unit: equal, or equal once accents,
/// case, `ß` and hyphens are set aside (`Weissensee-Ost`, `Weißensee Ost`).
fn same_name(written: &str, official: &str) -> bool {
    written == official
        || written.len() <= 4 * official.len()
            && lor::normalize(written) == lor::normalize(official)
}

/// `Der Planungsraum` / `Die Bezirksregion` ...
fn the_de(level: Level) -> &'static str {
    match level {
        Level::District => "Der Bezirk",
        Level::ForecastArea => "Der Prognoseraum",
        Level::DistrictRegion => "Die Bezirksregion",
        Level::PlanningArea => "Der Planungsraum",
    }
}

/// `ein Planungsraum, kein` / `eine Bezirksregion, keine` ...
fn a_not_de(is: Level, not: Level) -> String {
    let a = |l: Level| if l == Level::DistrictRegion { "e" } else { "" };
    format!(
        "ein{} {}, kein{} {}",
        a(is),
        is.name_de(),
        a(not),
        not.name_de()
    )
}

/// At most 60 characters of a name as written, for messages.
fn preview(text: &str) -> String {
    match text.char_indices().nth(60) {
        Some((cut, _)) => format!("{}…", text.get(..cut).unwrap_or_default()),
        None => text.to_owned(),
    }
}

/// `` `035010` Weißensee Ost `` (backticks around the code).
fn named(unit: Unit) -> String {
    format!("`{}` {}", unit.code(), unit.name())
}

/// A list of units for a hint: the first twelve, then how many more.
fn listing(units: &[Unit]) -> Text {
    let shown: Vec<String> = units.iter().take(12).map(|u| named(*u)).collect();
    let shown = shown.join(", ");
    match units.len().saturating_sub(12) {
        0 => Text::new(shown.clone(), shown),
        more => text!("{shown} und {more} weitere", "{shown} and {more} more"),
    }
}

fn site_area(c: &Concept, i: usize, area: &Area, catalogue: bool, out: &mut crate::diag::Findings) {
    let p = || at::site().key("planning_areas").index(i);
    let code = &area.code;
    let unit = if catalogue {
        lor::find_code(code)
    } else {
        None
    };
    if catalogue && unit.is_none() {
        out.push(unknown(p().key("code"), code, Some(&area.name), c));
    }
    let name_agrees = unit.is_some_and(|u| same_name(&area.name, u.name()));
    if code.level() != area.level {
        match unit {
            Some(u) if name_agrees => out.push(level_advice(p().key("level"), area, u)),
            _ => out.push(shape(p().key("code"), area)),
        }
    }
    if let Some(u) = unit.filter(|_| !name_agrees) {
        out.push(name_mismatch(p().key("name"), &area.name, u));
    }
    if code.district() != c.site.district {
        out.push(other_district(p().key("code"), code, c));
    }
}

fn shape(p: Pointer, area: &Area) -> Finding {
    let code = &area.code;
    let found = code.level();
    let (len, want) = (area.level.code_len(), code.as_str().len());
    let (lvl_de, lvl_en) = (area.level.name_de(), area.level.name_en());
    let (f_de, f_en) = (found.name_de(), found.name_en());
    Finding::new(
        Code::LorShape,
        p,
        text!(
            "Schlüssel der Ebene {lvl_de} haben {len} Stellen; `{code}` hat {want} (das wäre die Ebene {f_de}).",
            "Codes of the level {lvl_en} have {len} digits; `{code}` has {want} (that would be the level {f_en}).",
        ),
    )
    .with_hint(text!(
        "Prüfen Sie den Schlüssel oder die Angabe `level`.",
        "Check the code or the `level`.",
    ))
    .with("lor_code", code.as_str())
    .with("level", Level::from(area.level).as_str())
    .with("lor_level", found.as_str())
    .with("digits", want)
    .with("level_digits", len)
}

/// `lor.level`: code and name agree on a unit whose level is not the stated one.
fn level_advice(p: Pointer, area: &Area, unit: Unit) -> Finding {
    let (is, said) = (unit.level(), Level::from(area.level));
    let (code, name) = (unit.code(), unit.name());
    let a_not = a_not_de(is, said);
    let (is_en, said_en, slug) = (is.name_en(), said.name_en(), is.as_str());
    let finding = Finding::new(
        Code::LorLevel,
        p,
        text!(
            "`{code}` {name} ist im LOR 2021 {a_not}.",
            "In LOR 2021, `{code}` {name} is a {is_en}, not a {said_en}.",
        ),
    )
    .with("lor_code", &code)
    .with("official_name", name)
    .with("level", said.as_str())
    .with("lor_level", slug);
    let children = unit.children();
    if children.is_empty() {
        return finding.with_hint(text!(
            "Schreiben Sie `\"level\": \"{slug}\"`.",
            "Write `\"level\": \"{slug}\"`.",
        ));
    }
    let list = listing(&children);
    let (de, en) = (list.de, list.en);
    finding.with_hint(text!(
        "Schreiben Sie `\"level\": \"{slug}\"`. {name} umfasst {de}.",
        "Write `\"level\": \"{slug}\"`. {name} consists of {en}.",
    ))
}

/// `lor.name_mismatch`: the official name, and what the written name is.
fn name_mismatch(p: Pointer, written: &str, unit: Unit) -> Finding {
    let shown = preview(written);
    let written = shown.as_str();
    let (code, official) = (unit.code(), unit.name());
    let (the, lvl_en) = (the_de(unit.level()), unit.level().name_en());
    let finding = Finding::new(
        Code::LorNameMismatch,
        p,
        text!(
            "{the} `{code}` heißt im LOR 2021 „{official}“, nicht „{written}“.",
            "In LOR 2021, the {lvl_en} `{code}` is called `{official}`, not `{written}`.",
        ),
    )
    .with("lor_code", &code)
    .with("official_name", official)
    .with("name", written)
    .with("lor_level", unit.level().as_str());
    // Say what the written name is, if it is the name of another unit.
    let others: Vec<Unit> = lor::by_name(written)
        .into_iter()
        .map(|m| m.unit)
        .filter(|u| u.district() == unit.district())
        .take(3)
        .collect();
    let Some(other) = others.first().copied() else {
        return finding.with_hint(text!(
            "Schreiben Sie den amtlichen Namen „{official}“, oder prüfen Sie den Schlüssel.",
            "Write the official name `{official}`, or check the code.",
        ));
    };
    let (o_de, o_en, o_code) = (
        other.level().name_de(),
        other.level().name_en(),
        other.code(),
    );
    let relation = if other.contains(unit) {
        text!(", die `{code}` enthält", ", which contains `{code}`")
    } else if unit.contains(other) {
        text!(", die in `{code}` liegt", ", which lies in `{code}`")
    } else {
        Text::new("", "")
    };
    let (r_de, r_en) = (relation.de, relation.en);
    let art = if other.level() == Level::DistrictRegion {
        "die"
    } else {
        "der"
    };
    let r_de = if art == "der" {
        r_de.replace(", die", ", der")
    } else {
        r_de
    };
    finding.with_hint(text!(
        "„{written}“ ist {art} {o_de} `{o_code}`{r_de}. Schreiben Sie den amtlichen Namen oder den Schlüssel, der gemeint ist.",
        "`{written}` is the {o_en} `{o_code}`{r_en}. Write the official name, or the code that is meant.",
    ))
}

/// `lor.unknown`, with a "did you mean" from the name or from near codes.
fn unknown(p: Pointer, code: &LorCode, name: Option<&str>, c: &Concept) -> Finding {
    let mut candidates: Vec<Unit> = Vec::new();
    if let Some(name) = name {
        let same_district = lor::by_name(name)
            .into_iter()
            .map(|m| m.unit)
            .filter(|u| u.district() == c.site.district);
        candidates.extend(same_district);
    }
    for u in lor::near_codes(code.as_str()) {
        if !candidates.contains(&u) {
            candidates.push(u);
        }
    }
    candidates.truncate(3);
    let message = if candidates.is_empty() {
        text!(
            "Den Schlüssel `{code}` gibt es im LOR 2021 nicht.",
            "The code `{code}` does not exist in LOR 2021.",
        )
    } else {
        let list: Vec<String> = candidates.iter().map(|u| named(*u)).collect();
        let (de, en) = (list.join(" oder "), list.join(" or "));
        text!(
            "Den Schlüssel `{code}` gibt es im LOR 2021 nicht. Meinten Sie {de}?",
            "The code `{code}` does not exist in LOR 2021. Did you mean {en}?",
        )
    };
    let suggestions: Vec<String> = candidates.iter().map(|u| u.code()).collect();
    let mut finding = Finding::new(Code::LorUnknown, p, message).with("lor_code", code.as_str());
    if !suggestions.is_empty() {
        finding = finding.with("suggestions", suggestions);
    }
    finding.with_hint(text!(
        "Andere LOR-Ausgaben haben andere Schlüssel. Folgt das Gebiet nicht dem LOR 2021, geben Sie die Ausgabe in `site.lor_edition` an.",
        "Other LOR editions have other codes. If the area does not follow LOR 2021, declare its edition in `site.lor_edition`.",
    ))
}

fn other_district(p: Pointer, code: &LorCode, c: &Concept) -> Finding {
    let (theirs, ours) = (code.district(), c.site.district);
    let (tn, tc, on, oc) = (theirs.name(), theirs.code(), ours.name(), ours.code());
    Finding::new(
        Code::LorOtherDistrict,
        p,
        text!(
            "`{code}` liegt im Bezirk {tn} ({tc}), der Standort aber in {on} ({oc}).",
            "`{code}` lies in the district {tn} ({tc}), but the site is in {on} ({oc}).",
        ),
    )
    .with_hint(text!(
        "Die ersten beiden Ziffern eines LOR-Schlüssels nennen den Bezirk.",
        "The first two digits of a LOR code name the district.",
    ))
    .with("lor_code", code.as_str())
    .with("district", tc)
    .with("site_district", oc)
}

/// The district regions the site's area touches, worked out on first use.
struct Touched<'c> {
    concept: &'c Concept,
    catalogue: bool,
    regions: Option<Vec<Unit>>,
}

impl<'c> Touched<'c> {
    fn new(concept: &'c Concept, catalogue: bool) -> Self {
        Touched {
            concept,
            catalogue,
            regions: None,
        }
    }

    fn contains(&mut self, region: Unit) -> bool {
        let (concept, catalogue) = (self.concept, self.catalogue);
        self.regions
            .get_or_insert_with(|| {
                if !catalogue {
                    return Vec::new();
                }
                let codes = concept.site.planning_areas.iter().map(|a| a.code.as_str());
                lor::summarize(codes).district_regions
            })
            .contains(&region)
    }
}

/// What a reference is for: work (a goal or step) or a shelter's place.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Purpose {
    Work,
    Shelter,
}

/// Checks one reference to a LOR unit against the catalogue and the site's area.
fn reference(
    c: &Concept,
    touched: &mut Touched<'_>,
    code: &LorCode,
    // `dyn`: one copy of this message-heavy function, not one per caller
    // (that saved ~10 kB of wasm).
    p: &dyn Fn() -> Pointer,
    purpose: Purpose,
    out: &mut crate::diag::Findings,
) {
    let areas = &c.site.planning_areas;
    let unit = if touched.catalogue {
        let Some(u) = lor::find_code(code) else {
            out.push(unknown(p(), code, None, c));
            return;
        };
        Some(u)
    } else {
        None
    };
    if areas.iter().any(|a| a.code.contains(code)) {
        return;
    }
    let (lvl_de, lvl_en) = (code.level().name_de(), code.level().name_en());
    // How the message names the unit: with its official name when known.
    let (the_de, the_en) = match unit {
        Some(u) => {
            let the = the_de(u.level());
            let name = u.name();
            (
                format!("{the} `{code}` {name}"),
                format!("The {lvl_en} `{code}` {name}"),
            )
        }
        None => (
            format!("Der Raum `{code}` ({lvl_de})"),
            format!("The {lvl_en} `{code}`"),
        ),
    };
    // The values both findings are rendered from.
    let base = |f: Finding| {
        let f = f
            .with("lor_code", code.as_str())
            .with("lor_level", code.level().as_str());
        match unit {
            Some(u) => f.with("official_name", u.name()),
            None => f,
        }
    };
    if areas.iter().any(|a| code.contains(&a.code)) {
        out.push(base(
            Finding::new(
                Code::AreaOutsideSite,
                p(),
                text!(
                    "{the_de} reicht über das BENN-Gebiet hinaus.",
                    "{the_en} reaches beyond the site's area.",
                ),
            )
            .with_hint(text!(
                "Nennen Sie die Planungsräume des Gebiets, die gemeint sind, oder nehmen Sie `{code}` in das Gebiet auf.",
                "Name the planning areas of the site that are meant, or add `{code}` to the site's area.",
            )),
        ));
        return;
    }
    let (ours, theirs) = (c.site.district, code.district());
    let mut region_of = None;
    let whereabouts = if theirs == ours {
        match unit
            .filter(|u| u.level() == Level::PlanningArea)
            .and_then(Unit::parent)
        {
            Some(region) => {
                region_of = Some((region.code(), touched.contains(region)));
                let (rc, rn) = (region.code(), region.name());
                if touched.contains(region) {
                    text!(
                        ", in der Bezirksregion `{rc}` {rn}, die das Gebiet berührt",
                        ", in the district region `{rc}` {rn}, which the site's area touches",
                    )
                } else {
                    text!(
                        ", in der Bezirksregion `{rc}` {rn}, die das Gebiet nicht berührt",
                        ", in the district region `{rc}` {rn}, which the site's area does not touch",
                    )
                }
            }
            None => Text::new("", ""),
        }
    } else {
        let (tn, tc, on, oc) = (theirs.name(), theirs.code(), ours.name(), ours.code());
        text!(
            ", im Bezirk {tn} ({tc}); der Standort liegt in {on} ({oc})",
            ", in the district {tn} ({tc}); the site is in {on} ({oc})",
        )
    };
    let (w_de, w_en) = (whereabouts.de, whereabouts.en);
    let listed = areas
        .iter()
        .take(12)
        .map(|a| format!("`{}` {}", a.code, a.name))
        .collect::<Vec<_>>()
        .join(", ");
    let hint = if listed.is_empty() {
        text!(
            "Das Gebiet des Standorts nennt noch keine Räume; tragen Sie sie unter `site.planning_areas` ein.",
            "The site's area lists no areas yet; add them under `site.planning_areas`.",
        )
    } else {
        match purpose {
        Purpose::Work => text!(
            "Ein Vorhaben außerhalb des Gebiets (etwa ein Ausflug in die Nachbarschaft) ist möglich; sonst prüfen Sie den Schlüssel. Zum Gebiet gehören: {listed}.",
            "Work outside the area (such as an outing to the neighbourhood) is possible; otherwise check the code. The site's area consists of: {listed}.",
        ),
        Purpose::Shelter => text!(
            "Liegt die Unterkunft außerhalb des Gebiets, ist das möglich; sonst prüfen Sie den Schlüssel. Zum Gebiet gehören: {listed}.",
            "A shelter outside the area is possible; otherwise check the code. The site's area consists of: {listed}.",
        ),
        }
    };
    let mut finding = base(
        Finding::new(
            Code::RefPlanningArea,
            p(),
            text!(
                "{the_de} liegt außerhalb des BENN-Gebiets{w_de}.",
                "{the_en} lies outside the site's area{w_en}.",
            ),
        )
        .with_hint(hint),
    );
    if let Some((region, touches)) = region_of {
        finding = finding
            .with("district_region", region)
            .with("touches_site", touches);
    }
    if theirs != ours {
        finding = finding
            .with("district", theirs.code())
            .with("site_district", ours.code());
    }
    out.push(finding);
}

#[cfg(test)]
mod tests {
    use crate::diag::{Finding, Lang};
    use crate::model::{AreaLevel, LorCode};
    use crate::validate::check;
    use crate::validate::testing::{codes, concept};
    use crate::Options;

    fn findings(c: &crate::model::Concept) -> Vec<Finding> {
        check(c, &Options::default())
    }

    fn lor(code: &str) -> LorCode {
        LorCode::new(code).unwrap()
    }

    #[test]
    fn level_must_match_code() {
        // Code and name agree on a planning area declared a district region.
        let mut c = concept();
        c.site.planning_areas[0].level = AreaLevel::DistrictRegion;
        let f = findings(&c);
        assert_eq!(codes(&c), ["lor.level"]);
        assert_eq!(f[0].pointer.as_str(), "/site/planning_areas/0/level");
        assert_eq!(
            f[0].message.get(Lang::De),
            "`03500932` Bühringstraße ist im LOR 2021 ein Planungsraum, keine Bezirksregion."
        );
        // A district region called a planning area, as texts do (seed 004).
        let mut c = concept();
        c.site.planning_areas[1].level = AreaLevel::PlanningArea;
        c.site.planning_areas[1].name = "Weißensee-Ost".into();
        let f = findings(&c);
        assert_eq!(codes(&c), ["lor.level"]);
        assert_eq!(
            f[0].message.get(Lang::En),
            "In LOR 2021, `035010` Weißensee Ost is a district region, not a planning area."
        );
        assert_eq!(
            f[0].hint.as_ref().unwrap().get(Lang::De),
            "Schreiben Sie `\"level\": \"district_region\"`. Weißensee Ost umfasst `03501037` Rathaus Weißensee, `03501038` Hansastraße."
        );
        // Code, name and level all disagree: the shape is wrong.
        c.site.planning_areas[1].name = "Rathaus Weißensee".into();
        assert_eq!(codes(&c), ["lor.shape", "lor.name_mismatch"]);
    }

    #[test]
    fn names_are_checked_against_the_catalogue() {
        let mut c = concept();
        c.site.planning_areas[0].name = "Buehringstr.".into();
        assert!(codes(&c).is_empty(), "a spelling variant is fine");
        c.site.planning_areas[0].name = "Weißer See".into();
        let f = findings(&c);
        assert_eq!(codes(&c), ["lor.name_mismatch"]);
        assert_eq!(f[0].pointer.as_str(), "/site/planning_areas/0/name");
        assert_eq!(
            f[0].message.get(Lang::De),
            "Der Planungsraum `03500932` heißt im LOR 2021 „Bühringstraße“, nicht „Weißer See“."
        );
        assert_eq!(
            f[0].hint.as_ref().unwrap().get(Lang::En),
            "`Weißer See` is the planning area `03500933`. Write the official name, or the code that is meant."
        );
        // A planning area named after its district region.
        c.site.planning_areas[0].name = "Weißensee".into();
        let f = findings(&c);
        assert_eq!(
            f[0].hint.as_ref().unwrap().get(Lang::De),
            "„Weißensee“ ist die Bezirksregion `035009`, die `03500932` enthält. Schreiben Sie den amtlichen Namen oder den Schlüssel, der gemeint ist."
        );
        c.site.planning_areas[0].name = "Atlantis".into();
        let f = findings(&c);
        assert!(f[0]
            .hint
            .as_ref()
            .unwrap()
            .en
            .starts_with("Write the official name `Bühringstraße`"));
    }

    #[test]
    fn a_huge_name_gives_a_short_message() {
        let mut c = concept();
        c.site.planning_areas[0].name = "x".repeat(1 << 20);
        let f = findings(&c);
        assert_eq!(codes(&c), ["lor.name_mismatch"]);
        assert!(f[0].message.de.len() < 300, "{}", f[0].message.de.len());
    }

    #[test]
    fn name_mismatch_of_a_district_region() {
        let mut c = concept();
        c.site.planning_areas[1].name = "Weißensee".into();
        let f = findings(&c);
        assert_eq!(
            f[0].message.get(Lang::De),
            "Die Bezirksregion `035010` heißt im LOR 2021 „Weißensee Ost“, nicht „Weißensee“."
        );
        assert_eq!(
            f[0].hint.as_ref().unwrap().get(Lang::De),
            "„Weißensee“ ist die Bezirksregion `035009`. Schreiben Sie den amtlichen Namen oder den Schlüssel, der gemeint ist."
        );
    }

    #[test]
    fn unknown_codes_suggest_near_ones() {
        let mut c = concept();
        c.site.planning_areas[0].code = lor("03500939");
        c.site.planning_areas[0].name = "Bühringstraße".into();
        c.action_fields[0].goals[0].planning_areas.clear();
        let f = findings(&c);
        assert_eq!(codes(&c), ["lor.unknown"]);
        assert_eq!(
            f[0].message.get(Lang::En),
            "The code `03500939` does not exist in LOR 2021. Did you mean `03500932` Bühringstraße or `03500933` Weißer See or `03500934` Weißenseer Spitze?"
        );
        let mut c = concept();
        c.action_fields[0].goals[0].planning_areas = vec![lor("03501073")];
        let f = findings(&c);
        assert_eq!(codes(&c), ["lor.unknown"]);
        assert!(
            f[0].message
                .de
                .ends_with("Meinten Sie `03501037` Rathaus Weißensee?"),
            "{}",
            f[0].message.de
        );
    }

    #[test]
    fn another_edition_turns_the_catalogue_off() {
        let mut c = concept();
        c.site.lor_edition = Some("2019".into());
        c.site.planning_areas[0].code = lor("03500939");
        c.site.planning_areas[0].name = "Irgendwo".into();
        c.site.planning_areas[1].level = AreaLevel::PlanningArea;
        c.action_fields[0].goals[0].planning_areas = vec![lor("03500939"), lor("03400101")];
        let f = findings(&c);
        assert_eq!(codes(&c), ["lor.shape", "ref.planning_area"]);
        assert_eq!(
            f[1].message.get(Lang::De),
            "Der Raum `03400101` (Planungsraum) liegt außerhalb des BENN-Gebiets."
        );
        // With the catalogue: the code is unknown (so its name is not
        // judged), Weißensee Ost is a district region, and the goal's codes
        // do not exist.
        c.site.lor_edition = Some(" 2021 ".into());
        assert_eq!(
            codes(&c),
            ["lor.unknown", "lor.level", "lor.unknown", "lor.unknown"]
        );
    }

    #[test]
    fn references_resolve_against_the_area() {
        let mut c = concept();
        let goal = &mut c.action_fields[0].goals[0];
        goal.planning_areas = vec![
            lor("03501037"), // inside the listed region 035010: fine
            lor("035009"),   // contains 03500932 but reaches beyond
            lor("03500933"), // outside, in a district region the area touches
            lor("03400618"), // outside, in a region the area does not touch
            lor("09300922"), // another district
        ];
        let f = findings(&c);
        assert_eq!(
            codes(&c),
            [
                "area.outside_site",
                "ref.planning_area",
                "ref.planning_area",
                "ref.planning_area"
            ]
        );
        assert!(f.iter().all(|f| f.severity == crate::Severity::Warning));
        let en: Vec<&str> = f.iter().map(|f| f.message.get(Lang::En)).collect();
        assert_eq!(
            en,
            [
                "The district region `035009` Weißensee reaches beyond the site's area.",
                "The planning area `03500933` Weißer See lies outside the site's area, in the district region `035009` Weißensee, which the site's area touches.",
                "The planning area `03400618` Rosenthal lies outside the site's area, in the district region `034006` Schönholz / Wilhelmsruh / Rosenthal, which the site's area does not touch.",
                "The planning area `09300922` Kosmos Viertel lies outside the site's area, in the district Treptow-Köpenick (09); the site is in Pankow (03).",
            ]
        );
        assert_eq!(
            f[1].message.get(Lang::De),
            "Der Planungsraum `03500933` Weißer See liegt außerhalb des BENN-Gebiets, in der Bezirksregion `035009` Weißensee, die das Gebiet berührt."
        );
    }

    #[test]
    fn site_areas_in_other_districts() {
        let mut c = concept();
        c.site.planning_areas[0].code = lor("09300922");
        c.site.planning_areas[0].name = "Kosmos Viertel".into();
        c.action_fields[0].goals[0].planning_areas.clear();
        assert_eq!(codes(&c), ["lor.other_district"]);
    }
}
