//! Calendar values without time zones: [`YearMonth`], [`Date`] and the concept
//! [`Period`] (*Förderzeitraum* of a *Handlungskonzept*), plus a parser for the
//! period labels seen in published concepts.

use std::fmt;

use serde::{Serialize, Serializer};

/// Earliest year benn accepts (the programme started in 2017; older dates are typos).
pub const MIN_YEAR: u16 = 1990;
/// Latest year benn accepts.
pub const MAX_YEAR: u16 = 2100;

/// A calendar month such as `2023-07`, written `YYYY-MM` in the format.
///
/// ```
/// use benn_core::YearMonth;
/// let m: YearMonth = "2023-07".parse().unwrap();
/// assert_eq!((m.year(), m.month()), (2023, 7));
/// assert_eq!(m.to_string(), "2023-07");
/// assert_eq!(m.months_until(&"2025-06".parse().unwrap()), 23);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth {
    /// Months since January of year 0; keeps ordering and arithmetic trivial.
    index: u32,
}

/// Why a calendar value could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CalendarError {
    /// The text is not shaped like `YYYY-MM` / `YYYY-MM-DD`.
    #[error("expected the shape {expected}")]
    Shape {
        /// The shape that was expected, e.g. `YYYY-MM`.
        expected: &'static str,
    },
    /// The year is outside [`MIN_YEAR`]..=[`MAX_YEAR`].
    #[error("year {0} is outside {MIN_YEAR}..={MAX_YEAR}")]
    Year(u16),
    /// The month is not 1..=12.
    #[error("month {0} does not exist")]
    Month(u8),
    /// The day does not exist in that month.
    #[error("day {day} does not exist in {year:04}-{month:02}")]
    Day {
        /// Year of the date.
        year: u16,
        /// Month of the date.
        month: u8,
        /// The day that does not exist.
        day: u8,
    },
}

impl YearMonth {
    /// Builds a month, checking the year range and the month number.
    pub fn new(year: u16, month: u8) -> Result<Self, CalendarError> {
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
            return Err(CalendarError::Year(year));
        }
        if !(1..=12).contains(&month) {
            return Err(CalendarError::Month(month));
        }
        Ok(Self {
            index: u32::from(year) * 12 + u32::from(month) - 1,
        })
    }

    /// A month the crate itself knows to be valid.
    pub(crate) const fn trusted(year: u16, month: u8) -> Self {
        Self {
            index: year as u32 * 12 + month as u32 - 1,
        }
    }

    /// The year, e.g. `2023`.
    pub fn year(&self) -> u16 {
        u16::try_from(self.index / 12).unwrap_or(MAX_YEAR)
    }

    /// The month, `1..=12`.
    pub fn month(&self) -> u8 {
        u8::try_from(self.index % 12 + 1).unwrap_or(12)
    }

    /// Number of months from `self` to `other` (negative when `other` is earlier).
    pub fn months_until(&self, other: &YearMonth) -> i64 {
        i64::from(other.index) - i64::from(self.index)
    }

    /// The month `n` months later (saturating at the year range).
    #[must_use]
    pub fn plus_months(&self, n: u32) -> YearMonth {
        let max = u32::from(MAX_YEAR) * 12 + 11;
        YearMonth {
            index: self.index.saturating_add(n).min(max),
        }
    }

    /// The month containing `date`.
    pub fn of(date: Date) -> YearMonth {
        date.year_month()
    }
}

impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year(), self.month())
    }
}

impl std::str::FromStr for YearMonth {
    type Err = CalendarError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        const SHAPE: CalendarError = CalendarError::Shape {
            expected: "YYYY-MM",
        };
        let b = s.as_bytes();
        if b.len() != 7 || b.get(4) != Some(&b'-') {
            return Err(SHAPE);
        }
        let year = digits(b.get(0..4)).ok_or(SHAPE)?;
        let month = digits(b.get(5..7)).ok_or(SHAPE)?;
        YearMonth::new(
            u16::try_from(year).map_err(|_| SHAPE)?,
            u8::try_from(month).map_err(|_| SHAPE)?,
        )
    }
}

/// A calendar day such as `2023-06-13`, written `YYYY-MM-DD` in the format.
///
/// ```
/// use benn_core::Date;
/// let d: Date = "2024-02-29".parse().unwrap();
/// assert_eq!(d.to_string(), "2024-02-29");
/// assert!("2023-02-29".parse::<Date>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

impl Date {
    /// Builds a date, checking that the day exists.
    pub fn new(year: u16, month: u8, day: u8) -> Result<Self, CalendarError> {
        YearMonth::new(year, month)?;
        if day == 0 || day > days_in_month(year, month) {
            return Err(CalendarError::Day { year, month, day });
        }
        Ok(Self { year, month, day })
    }

    /// A date the crate itself knows to be valid.
    pub(crate) const fn trusted(year: u16, month: u8, day: u8) -> Self {
        Self { year, month, day }
    }

    /// The date `days` days after 1970-01-01 (used to turn the system clock into a date, in UTC).
    #[allow(clippy::many_single_char_names)] // the published algorithm's names
    pub fn from_unix_days(days: i64) -> Result<Self, CalendarError> {
        // Howard Hinnant's civil_from_days.
        // Far outside the year range anyway; keeps the arithmetic below from overflowing.
        let z = days.clamp(-1_000_000, 1_000_000) + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        let year = u16::try_from(year).map_err(|_| CalendarError::Year(0))?;
        Date::new(
            year,
            u8::try_from(month).map_err(|_| CalendarError::Month(0))?,
            u8::try_from(day).map_err(|_| CalendarError::Day {
                year,
                month: 0,
                day: 0,
            })?,
        )
    }

    /// Days since 1970-01-01 (negative before), the inverse of
    /// [`Date::from_unix_days`]: the day number spreadsheets, pandas and
    /// Arrow count in.
    ///
    /// ```
    /// let d: benn_core::Date = "2024-02-29".parse().unwrap();
    /// assert_eq!(d.to_unix_days(), 19_782);
    /// assert_eq!(benn_core::Date::from_unix_days(19_782).unwrap(), d);
    /// ```
    pub fn to_unix_days(self) -> i64 {
        days_from_civil(self.year, self.month, self.day)
    }

    /// The year.
    pub fn year(&self) -> u16 {
        self.year
    }
    /// The month, `1..=12`.
    pub fn month(&self) -> u8 {
        self.month
    }
    /// The day of the month.
    pub fn day(&self) -> u8 {
        self.day
    }
    /// The month this day lies in.
    pub fn year_month(&self) -> YearMonth {
        YearMonth {
            index: u32::from(self.year) * 12 + u32::from(self.month) - 1,
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl std::str::FromStr for Date {
    type Err = CalendarError;
    #[allow(clippy::many_single_char_names)]
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        const SHAPE: CalendarError = CalendarError::Shape {
            expected: "YYYY-MM-DD",
        };
        let b = s.as_bytes();
        if b.len() != 10 || b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
            return Err(SHAPE);
        }
        let y = digits(b.get(0..4)).ok_or(SHAPE)?;
        let m = digits(b.get(5..7)).ok_or(SHAPE)?;
        let d = digits(b.get(8..10)).ok_or(SHAPE)?;
        Date::new(
            u16::try_from(y).map_err(|_| SHAPE)?,
            u8::try_from(m).map_err(|_| SHAPE)?,
            u8::try_from(d).map_err(|_| SHAPE)?,
        )
    }
}

/// A date known to a year, a month or a day: `2017`, `2018-04` or `2018-04-12`
/// (*ungefähres Datum*). Real concepts often know only when something started
/// roughly; rules comparing dates respect the precision: a year is not before a
/// day in the same year.
///
/// ```
/// use benn_core::{ApproxDate, Date};
/// let year: ApproxDate = "2017".parse().unwrap();
/// let day: ApproxDate = "2017-04-12".parse().unwrap();
/// assert!(!year.is_before(&day) && !day.is_before(&year));
/// assert!(year.is_before(&"2018-01".parse().unwrap()));
/// assert_eq!(year.to_string(), "2017");
/// assert_eq!(year.last_day(), Date::new(2017, 12, 31).unwrap());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ApproxDate {
    /// Only the year is known.
    Year(u16),
    /// The month is known.
    Month(YearMonth),
    /// The day is known.
    Day(Date),
}

impl ApproxDate {
    /// The first day the date may mean.
    pub fn first_day(&self) -> Date {
        match *self {
            ApproxDate::Year(y) => Date::trusted(y, 1, 1),
            ApproxDate::Month(m) => Date::trusted(m.year(), m.month(), 1),
            ApproxDate::Day(d) => d,
        }
    }

    /// The last day the date may mean.
    pub fn last_day(&self) -> Date {
        match *self {
            ApproxDate::Year(y) => Date::trusted(y, 12, 31),
            ApproxDate::Month(m) => {
                Date::trusted(m.year(), m.month(), days_in_month(m.year(), m.month()))
            }
            ApproxDate::Day(d) => d,
        }
    }

    /// Whether this date lies certainly before `other`: every day it may
    /// mean is before every day `other` may mean.
    pub fn is_before(&self, other: &ApproxDate) -> bool {
        self.last_day() < other.first_day()
    }

    /// Whether this date lies certainly after the day `date`.
    pub fn is_after_day(&self, date: Date) -> bool {
        self.first_day() > date
    }

    /// The year.
    pub fn year(&self) -> u16 {
        self.first_day().year()
    }
}

impl From<Date> for ApproxDate {
    fn from(d: Date) -> Self {
        ApproxDate::Day(d)
    }
}

impl From<YearMonth> for ApproxDate {
    fn from(m: YearMonth) -> Self {
        ApproxDate::Month(m)
    }
}

impl fmt::Display for ApproxDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ApproxDate::Year(y) => write!(f, "{y:04}"),
            ApproxDate::Month(m) => m.fmt(f),
            ApproxDate::Day(d) => d.fmt(f),
        }
    }
}

impl std::str::FromStr for ApproxDate {
    type Err = CalendarError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.len() {
            4 => {
                let y =
                    digits(Some(s.as_bytes())).ok_or(CalendarError::Shape { expected: "YYYY" })?;
                let y = u16::try_from(y).map_err(|_| CalendarError::Year(u16::MAX))?;
                if !(MIN_YEAR..=MAX_YEAR).contains(&y) {
                    return Err(CalendarError::Year(y));
                }
                Ok(ApproxDate::Year(y))
            }
            7 => s.parse().map(ApproxDate::Month),
            _ => s.parse().map(ApproxDate::Day),
        }
    }
}

fn digits(b: Option<&[u8]>) -> Option<u32> {
    let b = b?;
    let mut n = 0u32;
    for &c in b {
        if !c.is_ascii_digit() {
            return None;
        }
        n = n * 10 + u32::from(c - b'0');
    }
    Some(n)
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

record! {
    /// The two-year period of a concept (*Förderzeitraum*): first and last month, both inclusive.
    ///
    /// ```
    /// use benn_core::Period;
    /// let p = Period::parse_label("2023-2025").unwrap();
    /// assert_eq!((p.start.to_string(), p.end.to_string()), ("2023-07".into(), "2025-06".into()));
    /// assert_eq!(p.months(), 24);
    /// ```
    #[cfg_attr(
        feature = "schema",
        schemars(
            description = "The two-year period of a concept (Förderzeitraum): first and last month, both inclusive."
        )
    )]
    #[derive(Eq)]
    pub struct Period {
        /// First month of the period (`YYYY-MM`).
        start: YearMonth = required,
        /// Last month of the period, inclusive (`YYYY-MM`).
        end: YearMonth = required,
        /// The period as the site wrote it, e.g. `2023/2024` (kept for display).
        label: Option<String> = optional,
    }
}

/// Why a period label could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("cannot read the period label `{label}`")]
pub struct PeriodLabelError {
    /// The label that could not be read.
    pub label: String,
}

impl Period {
    /// A period from `start` to `end`, both inclusive.
    pub fn new(start: YearMonth, end: YearMonth) -> Self {
        Self {
            start,
            end,
            label: None,
        }
    }

    /// Length in months, counting both ends (`2023-01`..`2024-12` is 24).
    /// Zero or negative when the end lies before the start.
    pub fn months(&self) -> i64 {
        self.start.months_until(&self.end) + 1
    }

    /// Whether `month` lies inside the period.
    pub fn contains(&self, month: YearMonth) -> bool {
        self.start <= month && month <= self.end
    }

    /// Reads the period labels seen in published concepts and keeps the label.
    ///
    /// | label | period |
    /// |---|---|
    /// | `2023/2024`, `2020/2021` | whole calendar years: 2023-01 – 2024-12 |
    /// | `2023-2024` (years one apart) | the same |
    /// | `2023-2025`, `2023 - 2025`, `2025 – 2027` (two years apart) | mid-year to mid-year: 2023-07 – 2025-06 |
    /// | `Juli 2020 – Dezember 2021`, `07/2020 - 12/2021`, `2020-07 – 2021-12` | the months named |
    ///
    /// German and English month names (also abbreviated) are accepted, and any dash
    /// (`-`, `–`, `—`) or `bis`/`to` between the two parts.
    ///
    /// ```
    /// use benn_core::Period;
    /// let p = Period::parse_label("Juli 2020 – Dezember 2021").unwrap();
    /// assert_eq!(p.months(), 18);
    /// assert_eq!(p.label.as_deref(), Some("Juli 2020 – Dezember 2021"));
    /// assert!(Period::parse_label("irgendwann").is_err());
    /// ```
    pub fn parse_label(label: &str) -> Result<Period, PeriodLabelError> {
        Self::parse_label_inner(label)
    }

    /// The two years a label such as `2023/2024`, `2023/24` or `2025 – 2027`
    /// names, when it names only years (no months).
    ///
    /// ```
    /// use benn_core::Period;
    /// assert_eq!(Period::label_years("2018/19"), Some((2018, 2019)));
    /// assert_eq!(Period::label_years("Juli 2020 – Dezember 2021"), None);
    /// ```
    pub fn label_years(label: &str) -> Option<(u16, u16)> {
        let p = Self::parse_label_inner(label).ok()?;
        let whole = (p.start.month(), p.end.month());
        let only_years = !label.chars().any(char::is_alphabetic)
            && label.chars().filter(char::is_ascii_digit).count() <= 8
            && matches!(whole, (1, 12) | (7, 6));
        only_years.then_some((p.start.year(), p.end.year()))
    }

    fn parse_label_inner(label: &str) -> Result<Period, PeriodLabelError> {
        let err = || PeriodLabelError {
            label: label.to_owned(),
        };
        let dashed: String = label
            .chars()
            .map(|c| match c {
                '–' | '—' | '‒' | '−' => '-',
                c => c,
            })
            .collect();
        let normalized = crate::suggest::lower(&dashed);
        let normalized = expand_short_year(normalized.trim());
        let normalized = normalized.trim();
        let (left, right) = split_range(normalized).ok_or_else(err)?;
        let (start, end) = match (parse_year(left), parse_year(right)) {
            (Some(a), Some(b)) => match b.checked_sub(a) {
                Some(1) => (YearMonth::new(a, 1).ok(), YearMonth::new(b, 12).ok()),
                Some(2) => (YearMonth::new(a, 7).ok(), YearMonth::new(b, 6).ok()),
                _ => (None, None),
            },
            _ => (parse_month_of_year(left), parse_month_of_year(right)),
        };
        let (Some(start), Some(end)) = (start, end) else {
            return Err(err());
        };
        Ok(Period {
            start,
            end,
            label: Some(label.to_owned()),
        })
    }
}

/// `2023/24` → `2023/2024`, `2025-27` → `2025-2027`: a two-digit second
/// year takes the century of the first.
fn expand_short_year(s: &str) -> String {
    let b = s.as_bytes();
    if b.len() < 7 {
        return s.to_owned();
    }
    let short = b.get(..4).is_some_and(|y| y.iter().all(u8::is_ascii_digit))
        && b.get(b.len() - 2..)
            .is_some_and(|y| y.iter().all(u8::is_ascii_digit))
        && !b.get(b.len() - 3).is_some_and(u8::is_ascii_digit);
    let sep = s.get(4..s.len() - 2).map(str::trim);
    match (short, sep, s.get(..2), s.get(s.len() - 2..)) {
        (true, Some("/" | "-"), Some(century), Some(yy)) => {
            format!("{}{century}{yy}", s.get(..s.len() - 2).unwrap_or_default())
        }
        _ => s.to_owned(),
    }
}

fn split_range(s: &str) -> Option<(&str, &str)> {
    for sep in [" bis ", " to ", "/", "-"] {
        // For `-` and `/`, a `YYYY-MM` on either side must not be split in the middle:
        // try every occurrence and keep the first split whose halves both parse.
        let mut from = 0;
        while let Some(i) = s.get(from..).and_then(|rest| rest.find(sep)) {
            let at = from + i;
            let (l, r) = (s.get(..at)?.trim(), s.get(at + sep.len()..)?.trim());
            let ok = |x: &str| parse_year(x).is_some() || parse_month_of_year(x).is_some();
            if ok(l) && ok(r) {
                return Some((l, r));
            }
            from = at + sep.len();
        }
    }
    None
}

fn parse_year(s: &str) -> Option<u16> {
    let s = s.trim();
    if s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()) {
        let y: u16 = s.parse().ok()?;
        (MIN_YEAR..=MAX_YEAR).contains(&y).then_some(y)
    } else {
        None
    }
}

const MONTH_NAMES: [&[&str]; 12] = [
    &["januar", "jänner", "january", "jan"],
    &["februar", "february", "feb"],
    &["märz", "maerz", "march", "mär", "mar"],
    &["april", "apr"],
    &["mai", "may"],
    &["juni", "june", "jun"],
    &["juli", "july", "jul"],
    &["august", "aug"],
    &["september", "sept", "sep"],
    &["oktober", "october", "okt", "oct"],
    &["november", "nov"],
    &["dezember", "december", "dez", "dec"],
];

fn parse_month_of_year(s: &str) -> Option<YearMonth> {
    let s = s.trim();
    if let Ok(m) = s.parse::<YearMonth>() {
        return Some(m);
    }
    // `07/2020` or `7.2020`
    if let Some((m, y)) = s.split_once(['/', '.']) {
        let m = m.trim();
        if (1..=2).contains(&m.len()) && m.bytes().all(|b| b.is_ascii_digit()) {
            return YearMonth::new(parse_year(y)?, m.parse().ok()?).ok();
        }
    }
    // `Juli 2020`
    let (name, year) = s.rsplit_once(' ')?;
    let name = name.trim().trim_end_matches('.');
    let year = parse_year(year)?;
    let month = MONTH_NAMES.iter().position(|names| names.contains(&name))?;
    YearMonth::new(year, u8::try_from(month + 1).ok()?).ok()
}

impl Serialize for YearMonth {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl Serialize for ApproxDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(feature = "schema")]
mod schema {
    use std::borrow::Cow;

    use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};

    impl JsonSchema for super::YearMonth {
        fn schema_name() -> Cow<'static, str> {
            "YearMonth".into()
        }
        fn json_schema(_: &mut SchemaGenerator) -> Schema {
            json_schema!({
                "type": "string",
                "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])$",
                "description": "A calendar month, `YYYY-MM` (Monat).",
                "examples": ["2023-07"]
            })
        }
    }

    impl JsonSchema for super::ApproxDate {
        fn schema_name() -> Cow<'static, str> {
            "ApproxDate".into()
        }
        fn json_schema(_: &mut SchemaGenerator) -> Schema {
            json_schema!({
                "type": "string",
                "pattern": "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$",
                "description": "A date known to the year, month or day: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (ungefähres Datum).",
                "examples": ["2017", "2018-04", "2018-04-12"]
            })
        }
    }

    impl JsonSchema for super::Date {
        fn schema_name() -> Cow<'static, str> {
            "Date".into()
        }
        fn json_schema(_: &mut SchemaGenerator) -> Schema {
            json_schema!({
                "type": "string",
                "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$",
                "description": "A calendar day, `YYYY-MM-DD` (Datum).",
                "examples": ["2023-06-13"]
            })
        }
    }
}

/// Days since 1970-01-01 of a day of the proleptic Gregorian calendar
/// (Howard Hinnant's `days_from_civil`); `month` and `day` need not form a
/// valid date of `year` (the first of a month after December is the next
/// year's).
pub(crate) fn days_from_civil(year: u16, month: u8, day: u8) -> i64 {
    let (y, m, d) = (i64::from(year), i64::from(month), i64::from(day));
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn unix_days_go_there_and_back(days in -700_000i64..3_000_000) {
            if let Ok(d) = Date::from_unix_days(days) {
                proptest::prop_assert_eq!(d.to_unix_days(), days);
            }
        }
    }

    fn ym(s: &str) -> YearMonth {
        s.parse().unwrap()
    }

    #[test]
    fn labels_seen_in_the_wild() {
        let cases = [
            ("2023/2024", "2023-01", "2024-12"),
            ("2020/2021", "2020-01", "2021-12"),
            ("2023-2025", "2023-07", "2025-06"),
            ("2023 - 2025", "2023-07", "2025-06"),
            ("2025 – 2027", "2025-07", "2027-06"),
            ("Juli 2020 – Dezember 2021", "2020-07", "2021-12"),
            ("07/2020 - 12/2021", "2020-07", "2021-12"),
            ("2020-07 – 2021-12", "2020-07", "2021-12"),
            ("Jan. 2024 bis Dez. 2025", "2024-01", "2025-12"),
            ("2023-2024", "2023-01", "2024-12"),
            ("2023/24", "2023-01", "2024-12"),
            ("2025/27", "2025-07", "2027-06"),
            ("2025-27", "2025-07", "2027-06"),
            ("2018/2019", "2018-01", "2019-12"),
        ];
        for (label, start, end) in cases {
            let p = Period::parse_label(label).unwrap_or_else(|e| panic!("{label}: {e}"));
            assert_eq!((p.start, p.end), (ym(start), ym(end)), "{label}");
            assert_eq!(p.label.as_deref(), Some(label));
        }
    }

    #[test]
    fn unreadable_labels() {
        for label in [
            "",
            "2023",
            "2023/2027",
            "Sommer 2023 - Winter 2024",
            "2023//2024",
            "1800/1801",
        ] {
            assert!(Period::parse_label(label).is_err(), "{label}");
        }
    }

    #[test]
    fn approximate_dates() {
        let d = |s: &str| s.parse::<ApproxDate>().unwrap();
        for s in ["2017", "2018-04", "2018-04-12"] {
            assert_eq!(d(s).to_string(), s);
        }
        assert!("17".parse::<ApproxDate>().is_err());
        assert!("1800".parse::<ApproxDate>().is_err());
        assert!("2018-4".parse::<ApproxDate>().is_err());
        assert!(!d("2018").is_before(&d("2018-04-12")));
        assert!(!d("2018-04-12").is_before(&d("2018")));
        assert!(d("2018-03").is_before(&d("2018-04-01")));
        assert!(!d("2018-04").is_before(&d("2018-04-30")));
        assert_eq!(d("2024-02").last_day().to_string(), "2024-02-29");
    }

    #[test]
    fn calendar_checks() {
        assert!("2023-13".parse::<YearMonth>().is_err());
        assert!("2023-00".parse::<YearMonth>().is_err());
        assert!("23-01".parse::<YearMonth>().is_err());
        assert!("2023-1".parse::<YearMonth>().is_err());
        assert!("2024-02-29".parse::<Date>().is_ok());
        assert!("1900-02-29".parse::<Date>().is_err());
        assert!("2023-04-31".parse::<Date>().is_err());
        assert_eq!(
            Date::from_unix_days(7305).unwrap().to_string(),
            "1990-01-01"
        );
        assert!(Date::from_unix_days(0).is_err(), "1970 is before MIN_YEAR");
        assert!(Date::from_unix_days(i64::MAX).is_err());
        assert!(Date::from_unix_days(i64::MIN).is_err());
        assert_eq!(
            Date::from_unix_days(19_723).unwrap().to_string(),
            "2024-01-01"
        );
        assert_eq!(ym("2023-01").months_until(&ym("2024-12")), 23);
        assert_eq!(Period::new(ym("2023-01"), ym("2024-12")).months(), 24);
    }
}
