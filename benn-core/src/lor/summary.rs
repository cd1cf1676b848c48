//! The summary of a site's area for reports.

use std::collections::HashSet;

use super::{find, Unit};
use crate::model::Site;

/// A site's area in LOR 2021 terms: what [`summarize`] returns. Serialises
/// with its units as `{"code", "name", "level"}`.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize)]
pub struct AreaSummary {
    /// The planning areas the area consists of, each once, in code order:
    /// higher-level units are expanded to their planning areas.
    pub planning_areas: Vec<Unit>,
    /// The district regions these planning areas lie in, in code order.
    pub district_regions: Vec<Unit>,
    /// The area in m², each planning area counted once.
    pub area_m2: u64,
    /// The codes given that LOR 2021 does not have, as written, each once.
    pub unknown: Vec<String>,
}

impl AreaSummary {
    /// The area in km².
    #[allow(clippy::cast_precision_loss)] // exact below 2^52 m²
    pub fn area_km2(&self) -> f64 {
        self.area_m2 as f64 / 1_000_000.0
    }
}

/// Summarises an area given as LOR codes of any level: its planning areas
/// (counted once, however often they are named or contained), the district
/// regions it touches, its area, and the codes LOR 2021 lacks.
///
/// The site of the shipped Weißensee example lists the five planning areas of
/// the district region Weißensee, the two of Weißensee Ost, and Weißensee Ost
/// itself:
///
/// ```
/// use benn_core::lor::summarize;
/// let s = summarize([
///     "03500932", "03500933", "03500934", "03500935", "03500936",
///     "03501037", "03501038", "035010", "03509999",
/// ]);
/// assert_eq!(s.planning_areas.len(), 7);
/// let regions: Vec<String> = s.district_regions.iter().map(|u| u.to_string()).collect();
/// assert_eq!(regions, ["035009 Weißensee", "035010 Weißensee Ost"]);
/// assert_eq!(format!("{:.2}", s.area_km2()), "7.94");
/// assert_eq!(s.unknown, ["03509999"]);
/// ```
pub fn summarize<I, S>(codes: I) -> AreaSummary
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    // One mark per unit: repeated or nested codes cost nothing extra.
    let mut marked = vec![false; super::units().len()];
    let mut unknown: Vec<String> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    for code in codes {
        let code = code.as_ref();
        match find(code) {
            Some(unit) => {
                for plr in unit.planning_areas() {
                    if let Some(m) = marked.get_mut(plr.index()) {
                        *m = true;
                    }
                }
            }
            None if seen.insert(code.to_owned()) => unknown.push(code.to_owned()),
            None => {}
        }
    }
    let plrs: Vec<Unit> = super::units()
        .zip(&marked)
        .filter_map(|(u, m)| m.then_some(u))
        .collect();
    let mut regions: Vec<Unit> = plrs.iter().filter_map(|u| u.parent()).collect();
    regions.dedup(); // planning areas in code order: a region's are together
    AreaSummary {
        area_m2: plrs.iter().map(|u| u.area_m2()).sum(),
        planning_areas: plrs,
        district_regions: regions,
        unknown,
    }
}

/// [`summarize`] for a site's `planning_areas`; `None` when the site declares
/// a LOR edition other than 2021 (`site.lor_edition`), which benn has no
/// table for.
pub fn summarize_site(site: &Site) -> Option<AreaSummary> {
    if !super::applies(site) {
        return None;
    }
    Some(summarize(
        site.planning_areas.iter().map(|a| a.code.as_str()),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weissensee_from_domain_notes() {
        // domain.md §3: Bühringstraße and Rathaus Weißensee, and the district
        // region Weißensee (five planning areas).
        let s = summarize(["03500932", "03501037", "035009"]);
        let codes: Vec<String> = s.planning_areas.iter().map(|u| u.code()).collect();
        assert_eq!(
            codes,
            ["03500932", "03500933", "03500934", "03500935", "03500936", "03501037"]
        );
        assert_eq!(s.district_regions.len(), 2);
        assert_eq!(
            s.area_m2,
            992_546 + 1_055_230 + 627_288 + 439_055 + 1_119_815 + 1_745_020
        );
        assert!(s.unknown.is_empty());
    }

    #[test]
    fn forecast_areas_and_districts_expand() {
        let s = summarize(["0350"]);
        assert_eq!(s.planning_areas.len(), 7);
        assert_eq!(s.area_m2, find("0350").map(Unit::area_m2).unwrap());
        let s = summarize(["03", "0350", "bogus", "bogus"]);
        assert_eq!(s.area_m2, find("03").map(Unit::area_m2).unwrap());
        assert_eq!(s.unknown, ["bogus"]);
        assert_eq!(summarize(Vec::<String>::new()), AreaSummary::default());
    }

    #[test]
    fn sites_with_another_edition_get_no_summary() {
        let mut c = crate::validate::testing::concept();
        let s = summarize_site(&c.site).unwrap();
        assert_eq!(s.planning_areas.len(), 3);
        c.site.lor_edition = Some("2019".into());
        assert!(summarize_site(&c.site).is_none());
        c.site.lor_edition = Some("2021".into());
        assert!(summarize_site(&c.site).is_some());
    }
}
