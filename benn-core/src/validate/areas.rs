//! Rules on LOR units: `lor.shape` (code length vs. stated level),
//! `lor.other_district`, `ref.planning_area` and `area.outside_site`.

use super::{at, goals, steps};
use crate::diag::{text, Code, Finding, Pointer};
use crate::model::{Concept, LorCode};

pub(super) fn check(c: &Concept, out: &mut crate::diag::Findings) {
    let district = c.site.district;
    for (i, area) in c.site.planning_areas.iter().enumerate() {
        let p = || at::site().key("planning_areas").index(i).key("code");
        let code = &area.code;
        let found = code.level();
        if found != area.level {
            let (len, want) = (area.level.code_len(), code.as_str().len());
            let (lvl_de, lvl_en) = (area.level.name_de(), area.level.name_en());
            let (f_de, f_en) = (found.name_de(), found.name_en());
            out.push(
                Finding::new(
                    Code::LorShape,
                    p(),
                    text!(
                        "Schlüssel der Ebene {lvl_de} haben {len} Stellen; `{code}` hat {want} (das wäre die Ebene {f_de}).",
                        "Codes of the level {lvl_en} have {len} digits; `{code}` has {want} (that would be the level {f_en}).",
                    ),
                )
                .with_hint(text!(
                    "Prüfen Sie den Schlüssel oder die Angabe `level`.",
                    "Check the code or the `level`.",
                )),
            );
        }
        if code.district() != district {
            out.push(other_district(p(), code, c));
        }
    }

    for (i, shelter) in c.site.shelters.iter().enumerate() {
        if let Some(code) = &shelter.planning_area {
            let p = || at::site().key("shelters").index(i).key("planning_area");
            reference(c, code, p, out);
        }
    }
    for (f, g, goal) in goals(c) {
        for (i, code) in goal.planning_areas.iter().enumerate() {
            reference(
                c,
                code,
                || at::goal(f, g).key("planning_areas").index(i),
                out,
            );
        }
    }
    for (f, g, s, step) in steps(c) {
        for (i, code) in step.planning_areas.iter().enumerate() {
            reference(
                c,
                code,
                || at::step(f, g, s).key("planning_areas").index(i),
                out,
            );
        }
    }
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
}

/// Checks one reference to a LOR unit against the site's area.
fn reference(
    c: &Concept,
    code: &LorCode,
    p: impl Fn() -> Pointer,
    out: &mut crate::diag::Findings,
) {
    let areas = &c.site.planning_areas;
    if code.district() != c.site.district {
        out.push(other_district(p(), code, c));
        return;
    }
    if areas.iter().any(|a| a.code.contains(code)) {
        return;
    }
    let (lvl_de, lvl_en) = (code.level().name_de(), code.level().name_en());
    if areas.iter().any(|a| code.contains(&a.code)) {
        out.push(
            Finding::new(
                Code::AreaOutsideSite,
                p(),
                text!(
                    "Der Raum `{code}` ({lvl_de}) reicht über das BENN-Gebiet hinaus.",
                    "The {lvl_en} `{code}` reaches beyond the site's area.",
                ),
            )
            .with_hint(text!(
                "Nennen Sie die Planungsräume des Gebiets, die gemeint sind, oder nehmen Sie `{code}` in das Gebiet auf.",
                "Name the planning areas of the site that are meant, or add `{code}` to the site's area.",
            )),
        );
        return;
    }
    let listed = areas
        .iter()
        .take(12)
        .map(|a| format!("`{}` {}", a.code, a.name))
        .collect::<Vec<_>>()
        .join(", ");
    out.push(
        Finding::new(
            Code::RefPlanningArea,
            p(),
            text!(
                "Der Raum `{code}` ({lvl_de}) gehört nicht zum BENN-Gebiet des Standorts.",
                "The {lvl_en} `{code}` is not part of the site's area.",
            ),
        )
        .with_hint(if listed.is_empty() {
            text!(
                "Das Gebiet des Standorts nennt noch keine Räume; tragen Sie sie unter `site.planning_areas` ein.",
                "The site's area lists no areas yet; add them under `site.planning_areas`.",
            )
        } else {
            text!(
                "Zum Gebiet gehören: {listed}.",
                "The site's area consists of: {listed}.",
            )
        }),
    );
}

#[cfg(test)]
mod tests {
    use crate::model::{AreaLevel, LorCode};
    use crate::validate::testing::{codes, concept};

    #[test]
    fn level_must_match_code() {
        let mut c = concept();
        c.site.planning_areas[0].level = AreaLevel::DistrictRegion;
        assert_eq!(codes(&c), ["lor.shape"]);
    }

    #[test]
    fn references_resolve_against_the_area() {
        let mut c = concept();
        let goal = &mut c.action_fields[0].goals[0];
        goal.planning_areas = vec![
            LorCode::new("03501037").unwrap(), // inside the listed region 035010: fine
            LorCode::new("035009").unwrap(),   // contains 03500932 but reaches beyond
            LorCode::new("03400101").unwrap(), // not in the area at all
            LorCode::new("09300922").unwrap(), // another district
        ];
        assert_eq!(
            codes(&c),
            [
                "area.outside_site",
                "ref.planning_area",
                "lor.other_district"
            ]
        );
    }

    #[test]
    fn site_areas_in_other_districts() {
        let mut c = concept();
        c.site.planning_areas[0].code = LorCode::new("09300922").unwrap();
        c.action_fields[0].goals[0].planning_areas.clear();
        assert_eq!(codes(&c), ["lor.other_district"]);
    }
}
