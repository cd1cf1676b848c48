//! Berlin's LOR 2021 catalogue (*Lebensweltlich orientierte Räume*): every
//! district, forecast area, district region and planning area with its
//! official name, its place in the hierarchy and, for planning areas, its area.
//!
//! - [`find`] a unit by its code, then walk it: [`Unit::parent`],
//!   [`Unit::children`], [`Unit::planning_areas`], [`Unit::area_m2`];
//! - [`lookup`] a name or code: exact, then ignoring accents, case, `ß` and
//!   hyphens, then the nearest names (bounded edit distance), each [`Match`]
//!   saying how it matched;
//! - [`summarize`] a site's area: the district regions it touches and its
//!   total area;
//! - [`describe`] a unit as text, as `benn lor NAME-OR-CODE` prints it.
//!
//! ```
//! use benn_core::lor::{self, Level, MatchKind};
//!
//! let region = lor::find("035010").unwrap();
//! assert_eq!((region.name(), region.level()), ("Weißensee Ost", Level::DistrictRegion));
//! assert_eq!(region.parent().unwrap().name(), "Südliches Weißensee");
//! let names: Vec<&str> = region.children().iter().map(|u| u.name()).collect();
//! assert_eq!(names, ["Rathaus Weißensee", "Hansastraße"]);
//!
//! let m = &lor::lookup("Weissensee-Ost")[0];
//! assert_eq!((m.unit, m.kind), (region, MatchKind::Normalized));
//! ```
//!
//! ## Cost
//!
//! The table is generated from `benn-core/data/lor-2021.csv` (755 rows,
//! 42 747 bytes) into `table.rs`: codes and levels as one `u32` per unit,
//! names as one concatenated string with `u16` ends, areas as whole m² in a
//! `u32` per planning area. Its static data is 18 344 bytes (keys 3 020,
//! name ends 1 510, areas 2 168, names 11 646). Measured on the browser
//! build (`--profile wasm-release`, then wasm-bindgen and `wasm-opt -Oz`),
//! this module with the LOR rules of `validate/areas.rs` adds 38 961 bytes
//! (296 625 → 335 586; gzip -9: 125 542 → 146 187): the table, the
//! messages, and the code. Names are normalised without Unicode case tables
//! and near codes are found without a sort to keep it there.

mod describe;
mod lookup;
mod summary;
#[rustfmt::skip]
#[allow(clippy::unreadable_literal)] // generated
mod table;

use std::fmt;

use serde::Serialize;

use crate::model::{AreaLevel, District, Site};

pub use describe::describe;
pub(crate) use lookup::by_name;
pub use lookup::{lookup, near_codes, normalize, Match, MatchKind, MAX_CANDIDATES};
pub use summary::{summarize, summarize_site, AreaSummary};

/// The LOR edition the table holds; a site that declares no edition
/// (`site.lor_edition`) is read against it.
pub const EDITION: &str = "2021";

/// Whether the LOR 2021 table applies to a site: it declares no LOR edition
/// (`site.lor_edition`), or `2021`. For another edition benn has no table and
/// stays silent.
pub fn applies(site: &Site) -> bool {
    site.lor_edition
        .as_deref()
        .is_none_or(|e| e.trim() == EDITION)
}

/// The level of a LOR unit, told by the length of its code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    /// *Bezirk* (2 digits, e.g. `03` Pankow).
    District,
    /// *Prognoseraum* (4 digits, e.g. `0350` Südliches Weißensee).
    ForecastArea,
    /// *Bezirksregion* (6 digits, e.g. `035010` Weißensee Ost).
    DistrictRegion,
    /// *Planungsraum* (8 digits, e.g. `03500932` Bühringstraße).
    PlanningArea,
}

impl Level {
    /// All levels, largest first.
    pub const ALL: [Level; 4] = [
        Level::District,
        Level::ForecastArea,
        Level::DistrictRegion,
        Level::PlanningArea,
    ];

    /// Number of digits of a code at this level.
    pub const fn code_len(self) -> usize {
        match self {
            Level::District => 2,
            Level::ForecastArea => 4,
            Level::DistrictRegion => 6,
            Level::PlanningArea => 8,
        }
    }

    /// The catalogue's name of the level (`district`, `planning_area`, ...).
    pub const fn as_str(self) -> &'static str {
        match self {
            Level::District => "district",
            Level::ForecastArea => "forecast_area",
            Level::DistrictRegion => "district_region",
            Level::PlanningArea => "planning_area",
        }
    }

    /// German name of the level (*Bezirk*, *Planungsraum*, ...).
    pub const fn name_de(self) -> &'static str {
        match self {
            Level::District => "Bezirk",
            Level::ForecastArea => "Prognoseraum",
            Level::DistrictRegion => "Bezirksregion",
            Level::PlanningArea => "Planungsraum",
        }
    }

    /// English name of the level.
    pub const fn name_en(self) -> &'static str {
        match self {
            Level::District => "district",
            Level::ForecastArea => "forecast area",
            Level::DistrictRegion => "district region",
            Level::PlanningArea => "planning area",
        }
    }

    /// The format's level (`site.planning_areas[].level`); districts have none.
    pub const fn area_level(self) -> Option<AreaLevel> {
        match self {
            Level::District => None,
            Level::ForecastArea => Some(AreaLevel::ForecastArea),
            Level::DistrictRegion => Some(AreaLevel::DistrictRegion),
            Level::PlanningArea => Some(AreaLevel::PlanningArea),
        }
    }

    const fn from_number(n: u32) -> Level {
        match n {
            0 => Level::District,
            1 => Level::ForecastArea,
            2 => Level::DistrictRegion,
            _ => Level::PlanningArea,
        }
    }
}

impl From<AreaLevel> for Level {
    fn from(l: AreaLevel) -> Self {
        match l {
            AreaLevel::ForecastArea => Level::ForecastArea,
            AreaLevel::DistrictRegion => Level::DistrictRegion,
            AreaLevel::PlanningArea => Level::PlanningArea,
        }
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A unit of the LOR 2021 catalogue: a handle into the built-in table, cheap
/// to copy and compare. Units order like their codes.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Unit(u16);

/// `10^(8 - digits)`: the factor that pads a code of `digits` digits to 8.
const fn pad(level: Level) -> u32 {
    match level {
        Level::District => 1_000_000,
        Level::ForecastArea => 10_000,
        Level::DistrictRegion => 100,
        Level::PlanningArea => 1,
    }
}

fn key(i: usize) -> u32 {
    table::KEYS.get(i).copied().unwrap_or(0)
}

/// The unit with this code, if LOR 2021 has it. The code is text with its
/// leading zeros: 2 digits (district), 4, 6 or 8.
///
/// ```
/// use benn_core::lor::{self, Level};
/// let u = lor::find("03500932").unwrap();
/// assert_eq!((u.name(), u.level()), ("Bühringstraße", Level::PlanningArea));
/// assert_eq!(lor::find("03").unwrap().name(), "Pankow");
/// assert!(lor::find("03500939").is_none());
/// assert!(lor::find("3500932").is_none());
/// ```
pub fn find(code: &str) -> Option<Unit> {
    let level = match code.len() {
        2 => Level::District,
        4 => Level::ForecastArea,
        6 => Level::DistrictRegion,
        8 => Level::PlanningArea,
        _ => return None,
    };
    if !code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let number: u32 = code.parse().ok()?;
    let wanted = number * pad(level) * 4 + level as u32;
    let i = table::KEYS.binary_search(&wanted).ok()?;
    Some(Unit(u16::try_from(i).ok()?))
}

/// The unit of a checked LOR code, without going through its text: the
/// fast path of [`find`] for the rules.
///
/// ```
/// use benn_core::{lor, LorCode};
/// let code = LorCode::new("03500932").unwrap();
/// assert_eq!(lor::find_code(&code).map(|u| u.name()), Some("Bühringstraße"));
/// ```
pub fn find_code(code: &crate::model::LorCode) -> Option<Unit> {
    let level = Level::from(code.level());
    let wanted = code.number() * pad(level) * 4 + level as u32;
    let i = table::KEYS.binary_search(&wanted).ok()?;
    Some(Unit(u16::try_from(i).ok()?))
}

/// Every unit, in code order (a district, then its first forecast area, its
/// first district region, its planning areas, ...).
pub fn units() -> impl ExactSizeIterator<Item = Unit> {
    (0..table::LEN).map(Unit)
}

impl Unit {
    pub(crate) fn index(self) -> usize {
        usize::from(self.0)
    }

    fn padded(self) -> u32 {
        key(self.index()) >> 2
    }

    /// The unit's level.
    pub fn level(self) -> Level {
        Level::from_number(key(self.index()) & 3)
    }

    /// The code's digits padded with zeros to 8, as ASCII (no allocation).
    pub(crate) fn digits(self) -> [u8; 8] {
        let mut n = self.padded();
        let mut out = [b'0'; 8];
        for d in out.iter_mut().rev() {
            *d = b'0' + u8::try_from(n % 10).unwrap_or(0);
            n /= 10;
        }
        out
    }

    /// The code as text with its leading zeros, e.g. `"035010"`.
    pub fn code(self) -> String {
        let digits = format!("{:08}", self.padded());
        digits
            .get(..self.level().code_len())
            .unwrap_or_default()
            .to_owned()
    }

    /// The official name, e.g. `Weißensee Ost`.
    pub fn name(self) -> &'static str {
        let i = self.index();
        let start = match i.checked_sub(1) {
            Some(before) => table::NAME_ENDS.get(before).copied().unwrap_or(0),
            None => 0,
        };
        let end = table::NAME_ENDS.get(i).copied().unwrap_or(0);
        table::NAMES
            .get(usize::from(start)..usize::from(end))
            .unwrap_or_default()
    }

    /// The district the unit lies in (for a district, itself).
    pub fn district(self) -> District {
        let n = self.padded() / 1_000_000;
        District::trusted(u8::try_from(n).unwrap_or(1))
    }

    /// The unit one level up; `None` for a district.
    pub fn parent(self) -> Option<Unit> {
        let code = self.code();
        let up = code.get(..code.len().checked_sub(2)?)?;
        find(up)
    }

    /// The units this one lies in, nearest first (up to its district).
    pub fn ancestors(self) -> Vec<Unit> {
        std::iter::successors(self.parent(), |u| u.parent()).collect()
    }

    /// Whether `other` lies in this unit (or is it).
    pub fn contains(self, other: Unit) -> bool {
        let p = pad(self.level());
        self.level() <= other.level() && self.padded() / p == other.padded() / p
    }

    /// The units inside this one (not itself), in code order.
    fn descendants(self) -> impl Iterator<Item = Unit> {
        (self.0.saturating_add(1)..table::LEN)
            .map(Unit)
            .take_while(move |u| self.contains(*u))
    }

    /// The units one level down, in code order; none for a planning area.
    pub fn children(self) -> Vec<Unit> {
        let level = self.level();
        self.descendants()
            .filter(|u| u.level() as u8 == level as u8 + 1)
            .collect()
    }

    /// The planning areas the unit consists of (a planning area: itself).
    pub fn planning_areas(self) -> Vec<Unit> {
        if self.level() == Level::PlanningArea {
            return vec![self];
        }
        self.descendants()
            .filter(|u| u.level() == Level::PlanningArea)
            .collect()
    }

    /// The area in m²: a planning area's own (rounded to whole m²), summed
    /// over the planning areas for the higher levels.
    ///
    /// ```
    /// let u = benn_core::lor::find("035010").unwrap();
    /// assert_eq!(u.area_m2(), 1_745_020 + 1_964_377);
    /// ```
    pub fn area_m2(self) -> u64 {
        let mut rank = plr_rank(self.index());
        let own = |rank: usize| u64::from(table::AREAS_M2.get(rank).copied().unwrap_or(0));
        if self.level() == Level::PlanningArea {
            return own(rank);
        }
        let mut sum = 0;
        for u in self.descendants() {
            if u.level() == Level::PlanningArea {
                sum += own(rank);
                rank += 1;
            }
        }
        sum
    }
}

/// How many planning areas come before unit `i` in code order.
fn plr_rank(i: usize) -> usize {
    table::KEYS
        .get(..i)
        .unwrap_or_default()
        .iter()
        .filter(|k| *k & 3 == 3)
        .count()
}

impl Serialize for Level {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// As `{"code": "035010", "name": "Weißensee Ost", "level": "district_region"}`.
impl Serialize for Unit {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Unit", 3)?;
        st.serialize_field("code", &self.code())?;
        st.serialize_field("name", self.name())?;
        st.serialize_field("level", &self.level())?;
        st.end()
    }
}

impl fmt::Debug for Unit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Unit({} {})", self.code(), self.name())
    }
}

/// `code name`, e.g. `035010 Weißensee Ost`.
impl fmt::Display for Unit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.code(), self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(code: &str) -> Unit {
        find(code).unwrap()
    }

    #[test]
    fn find_code_agrees_with_find_for_every_unit() {
        for u in units().filter(|u| u.level() != Level::District) {
            let code = crate::model::LorCode::new(&u.code()).unwrap();
            assert_eq!(find_code(&code), Some(u), "{}", u.code());
            assert_eq!(code.number(), u.code().parse::<u32>().unwrap());
            assert_eq!(code.district().code(), &u.code()[..2]);
        }
        let unknown = crate::model::LorCode::new("03500939").unwrap();
        assert_eq!(find_code(&unknown), None);
    }

    #[test]
    fn the_table_is_consistent() {
        assert_eq!(table::NAME_ENDS.len(), usize::from(table::LEN));
        assert_eq!(table::AREAS_M2.len(), table::PLANNING_AREAS);
        assert!(table::KEYS.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(
            table::NAME_ENDS.last().map(|e| usize::from(*e)),
            Some(table::NAMES.len())
        );
        assert_eq!(plr_rank(usize::from(table::LEN)), table::PLANNING_AREAS);
    }

    #[test]
    fn every_level() {
        for (code, level, name) in [
            ("03", Level::District, "Pankow"),
            ("0350", Level::ForecastArea, "Südliches Weißensee"),
            ("035010", Level::DistrictRegion, "Weißensee Ost"),
            ("03501037", Level::PlanningArea, "Rathaus Weißensee"),
        ] {
            let u = unit(code);
            assert_eq!(
                (u.code().as_str(), u.level(), u.name()),
                (code, level, name)
            );
            assert_eq!(u.level().code_len(), code.len());
            assert_eq!(u.district(), District::from_code("03").unwrap());
        }
        let plr = unit("03501037");
        let chain: Vec<String> = plr.ancestors().into_iter().map(Unit::code).collect();
        assert_eq!(chain, ["035010", "0350", "03"]);
        assert!(unit("03").parent().is_none());
        assert!(plr.children().is_empty());
        assert_eq!(plr.planning_areas(), [plr]);
        assert_eq!(unit("0350").children(), [unit("035009"), unit("035010")]);
        assert_eq!(unit("0350").planning_areas().len(), 7);
    }

    #[test]
    fn first_and_last_units() {
        let all: Vec<Unit> = units().collect();
        assert_eq!(all[0].to_string(), "01 Mitte");
        assert_eq!(all[1].to_string(), "0110 Zentrum");
        let last = all.last().unwrap();
        assert_eq!(last.level(), Level::PlanningArea);
        assert_eq!(last.district().code(), "12");
        assert!(last.area_m2() > 0);
    }

    #[test]
    fn areas_add_up() {
        let region = unit("035010");
        let sum: u64 = region.children().into_iter().map(Unit::area_m2).sum();
        assert_eq!(region.area_m2(), sum);
        assert_eq!(unit("03501037").area_m2(), 1_745_020);
        let districts: u64 = units()
            .filter(|u| u.level() == Level::District)
            .map(Unit::area_m2)
            .sum();
        let plrs: u64 = units()
            .filter(|u| u.level() == Level::PlanningArea)
            .map(Unit::area_m2)
            .sum();
        assert_eq!(districts, plrs);
    }

    #[test]
    fn codes_that_are_not_units() {
        for bad in [
            "", "3", "035", "0350093", "13", "00", "99999999", "03 50", "０３", "035010a",
        ] {
            assert!(find(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn units_serialize_as_code_name_level() {
        let json = serde_json::to_string(&unit("035010")).unwrap();
        assert_eq!(
            json,
            r#"{"code":"035010","name":"Weißensee Ost","level":"district_region"}"#
        );
    }

    #[test]
    fn containment() {
        assert!(unit("03").contains(unit("03501037")));
        assert!(unit("035010").contains(unit("035010")));
        assert!(!unit("035010").contains(unit("03500932")));
        assert!(!unit("03501037").contains(unit("035010")));
    }
}
