//! Berlin's *Lebensweltlich orientierte Räume* (LOR, 2021 revision): districts,
//! forecast areas, district regions and planning areas, keyed by their codes.

use std::fmt;

use serde::Serialize;

/// The level of a LOR unit, told by the length of its code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum AreaLevel {
    /// *Prognoseraum* (4 digits, e.g. `0350`).
    ForecastArea,
    /// *Bezirksregion* (6 digits, e.g. `035010` Weißensee Ost).
    DistrictRegion,
    /// *Planungsraum*, PLR (8 digits, e.g. `03500932` Bühringstraße).
    PlanningArea,
}

impl AreaLevel {
    /// All levels, largest first.
    pub const ALL: [AreaLevel; 3] = [
        AreaLevel::ForecastArea,
        AreaLevel::DistrictRegion,
        AreaLevel::PlanningArea,
    ];

    /// Number of digits of a code at this level.
    pub const fn code_len(self) -> usize {
        match self {
            AreaLevel::ForecastArea => 4,
            AreaLevel::DistrictRegion => 6,
            AreaLevel::PlanningArea => 8,
        }
    }

    /// The level whose codes have `len` digits.
    pub fn from_code_len(len: usize) -> Option<AreaLevel> {
        AreaLevel::ALL.into_iter().find(|l| l.code_len() == len)
    }

    /// The format's name of the level (`planning_area`, ...).
    pub const fn as_str(self) -> &'static str {
        match self {
            AreaLevel::ForecastArea => "forecast_area",
            AreaLevel::DistrictRegion => "district_region",
            AreaLevel::PlanningArea => "planning_area",
        }
    }

    /// German name of the level.
    pub const fn name_de(self) -> &'static str {
        match self {
            AreaLevel::ForecastArea => "Prognoseraum",
            AreaLevel::DistrictRegion => "Bezirksregion",
            AreaLevel::PlanningArea => "Planungsraum",
        }
    }

    /// English name of the level.
    pub const fn name_en(self) -> &'static str {
        match self {
            AreaLevel::ForecastArea => "forecast area",
            AreaLevel::DistrictRegion => "district region",
            AreaLevel::PlanningArea => "planning area",
        }
    }
}

/// A LOR code: 4, 6 or 8 ASCII digits whose first two name the district.
/// Codes are strings because of their leading zeros.
///
/// ```
/// use benn_core::{AreaLevel, LorCode};
/// let c = LorCode::new("03500932").unwrap();
/// assert_eq!(c.level(), AreaLevel::PlanningArea);
/// assert_eq!(c.district().get(), 3);
/// assert!(LorCode::new("035009").unwrap().contains(&c));
/// assert!(LorCode::new("0350093").is_err());
/// ```
///
/// The digits are stored inline: a code is `Copy` and costs no allocation.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LorCode {
    /// ASCII digits, zero-padded after `len`; compares like the text.
    digits: [u8; 8],
    len: u8,
}

/// Why a text is not a LOR code.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum LorError {
    /// Not 4, 6 or 8 ASCII digits.
    #[error("a LOR code has 4, 6 or 8 digits")]
    Shape,
    /// The first two digits are not a district `01`..`12`.
    #[error("the first two digits are no Berlin district (01–12)")]
    District,
}

impl LorCode {
    /// Checks the shape (4, 6 or 8 digits) and the district prefix.
    pub fn new(code: &str) -> Result<Self, LorError> {
        let bytes = code.as_bytes();
        if AreaLevel::from_code_len(bytes.len()).is_none() || !bytes.iter().all(u8::is_ascii_digit)
        {
            return Err(LorError::Shape);
        }
        District::from_code(code.get(..2).unwrap_or("")).ok_or(LorError::District)?;
        let mut digits = [0u8; 8];
        for (d, b) in digits.iter_mut().zip(bytes) {
            *d = *b;
        }
        Ok(LorCode {
            digits,
            len: u8::try_from(bytes.len()).unwrap_or(8),
        })
    }

    /// The code's digits as ASCII bytes (cheaper than [`LorCode::as_str`]).
    fn digits(&self) -> &[u8] {
        self.digits.get(..usize::from(self.len)).unwrap_or_default()
    }

    /// The code as a number, e.g. `3500932` for `03500932` (the level is
    /// told by [`LorCode::level`]).
    pub fn number(&self) -> u32 {
        self.digits()
            .iter()
            .fold(0, |n, d| n * 10 + u32::from(d.wrapping_sub(b'0')))
    }

    /// The code's text.
    pub fn as_str(&self) -> &str {
        let digits = self.digits.get(..usize::from(self.len)).unwrap_or_default();
        std::str::from_utf8(digits).unwrap_or_default()
    }

    /// The level told by the code's length.
    pub fn level(&self) -> AreaLevel {
        AreaLevel::from_code_len(usize::from(self.len)).unwrap_or(AreaLevel::PlanningArea)
    }

    /// The district (first two digits).
    pub fn district(&self) -> District {
        // Digits checked when the code was made: no text to parse.
        let d = |i: usize| self.digits.get(i).map_or(0, |b| b.wrapping_sub(b'0'));
        District(d(0) * 10 + d(1))
    }

    /// Whether `other` lies in this unit (or is it).
    pub fn contains(&self, other: &LorCode) -> bool {
        other.digits().starts_with(self.digits())
    }

    /// Whether the two units share ground: one contains the other.
    pub fn overlaps(&self, other: &LorCode) -> bool {
        self.contains(other) || other.contains(self)
    }
}

impl fmt::Display for LorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for LorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("LorCode").field(&self.as_str()).finish()
    }
}

impl Serialize for LorCode {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// One of Berlin's 12 districts (*Bezirke*), written as its 2-digit code (`"03"`).
///
/// ```
/// use benn_core::District;
/// let d = District::from_code("03").unwrap();
/// assert_eq!(d.name(), "Pankow");
/// assert_eq!(d.code(), "03");
/// assert!(District::from_code("13").is_none());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct District(u8);

const DISTRICT_NAMES: [&str; 12] = [
    "Mitte",
    "Friedrichshain-Kreuzberg",
    "Pankow",
    "Charlottenburg-Wilmersdorf",
    "Spandau",
    "Steglitz-Zehlendorf",
    "Tempelhof-Schöneberg",
    "Neukölln",
    "Treptow-Köpenick",
    "Marzahn-Hellersdorf",
    "Lichtenberg",
    "Reinickendorf",
];

const DISTRICT_CODES: [&str; 12] = [
    "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12",
];

impl District {
    /// The district with this 2-digit code (`"01"`..=`"12"`).
    pub fn from_code(code: &str) -> Option<District> {
        DISTRICT_CODES
            .iter()
            .position(|c| *c == code)
            .and_then(|i| u8::try_from(i + 1).ok())
            .map(District)
    }

    /// District number `n` (1..=12), known to be valid by the caller.
    pub(crate) const fn trusted(n: u8) -> District {
        District(n)
    }

    /// The number `1..=12`.
    pub fn get(self) -> u8 {
        self.0
    }

    /// The 2-digit code, e.g. `"03"`.
    pub fn code(self) -> &'static str {
        DISTRICT_CODES
            .get(usize::from(self.0).wrapping_sub(1))
            .copied()
            .unwrap_or("??")
    }

    /// The district's name, e.g. `Pankow`.
    pub fn name(self) -> &'static str {
        DISTRICT_NAMES
            .get(usize::from(self.0).wrapping_sub(1))
            .copied()
            .unwrap_or("?")
    }
}

impl Serialize for District {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

#[cfg(feature = "schema")]
mod schema {
    use std::borrow::Cow;

    use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};

    impl JsonSchema for super::LorCode {
        fn schema_name() -> Cow<'static, str> {
            "LorCode".into()
        }
        fn json_schema(_: &mut SchemaGenerator) -> Schema {
            json_schema!({
                "type": "string",
                "pattern": "^(0[1-9]|1[0-2])([0-9]{2}|[0-9]{4}|[0-9]{6})$",
                "description": "A LOR code: 4 digits (Prognoseraum), 6 (Bezirksregion) or 8 (Planungsraum); the first two name the district.",
                "examples": ["03500932", "035010"]
            })
        }
    }

    impl JsonSchema for super::District {
        fn schema_name() -> Cow<'static, str> {
            "District".into()
        }
        fn json_schema(_: &mut SchemaGenerator) -> Schema {
            json_schema!({
                "type": "string",
                "enum": super::DISTRICT_CODES,
                "description": "A Berlin district (Bezirk) as its 2-digit code, e.g. `03` for Pankow."
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_shapes() {
        for ok in ["0350", "035010", "03500932", "12000000"] {
            assert!(LorCode::new(ok).is_ok(), "{ok}");
        }
        assert_eq!(LorCode::new("0350093"), Err(LorError::Shape));
        assert_eq!(LorCode::new("0350093a"), Err(LorError::Shape));
        assert_eq!(LorCode::new("03"), Err(LorError::Shape));
        assert_eq!(LorCode::new("13500932"), Err(LorError::District));
        assert_eq!(LorCode::new("00500932"), Err(LorError::District));
    }

    #[test]
    fn codes_order_like_their_text() {
        let mut codes: Vec<LorCode> = ["035010", "0350", "03500932", "03501037", "09300922"]
            .into_iter()
            .map(|c| LorCode::new(c).unwrap())
            .collect();
        codes.sort();
        let texts: Vec<&str> = codes.iter().map(LorCode::as_str).collect();
        assert_eq!(
            texts,
            ["0350", "03500932", "035010", "03501037", "09300922"]
        );
    }

    #[test]
    fn containment() {
        let region = LorCode::new("035010").unwrap();
        let plr = LorCode::new("03501037").unwrap();
        let other = LorCode::new("03500932").unwrap();
        assert!(region.contains(&plr) && region.overlaps(&plr) && plr.overlaps(&region));
        assert!(!region.contains(&other) && !region.overlaps(&other));
    }

    #[test]
    fn districts() {
        assert_eq!(
            District::from_code("09").unwrap().name(),
            "Treptow-Köpenick"
        );
        assert_eq!(District::from_code("12").unwrap().code(), "12");
        assert!(District::from_code("00").is_none());
        assert!(District::from_code("3").is_none());
    }
}
