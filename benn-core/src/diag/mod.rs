//! Findings (*Befunde*): plain data that say what is wrong, where, and how bad,
//! in German and English. They serialise the same way for the CLI, Python and JS.

mod code;
mod pointer;
mod render;
mod sink;

use serde::Serialize;

pub use code::{Code, CodeInfo, Severity};
pub use pointer::Pointer;
pub(crate) use sink::Findings;

/// The most findings a report holds. A document with more problems than this
/// is hopeless to read one by one; the rest are counted in a final
/// `report.truncated` finding. The cap also bounds memory on hostile input.
pub const MAX_FINDINGS: usize = 10_000;

/// A text in German and English.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Text {
    /// German (the default language of benn's users).
    pub de: String,
    /// English.
    pub en: String,
}

impl Text {
    /// A bilingual text.
    pub fn new(de: impl Into<String>, en: impl Into<String>) -> Self {
        Self {
            de: de.into(),
            en: en.into(),
        }
    }

    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::De => &self.de,
            Lang::En => &self.en,
        }
    }
}

/// A language of messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// German (default).
    #[default]
    De,
    /// English.
    En,
}

impl std::str::FromStr for Lang {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "de" => Ok(Lang::De),
            "en" => Ok(Lang::En),
            other => Err(format!("unknown language `{other}` (de, en)")),
        }
    }
}

/// A place in the source text. Lines and columns count from 1; the column counts
/// Unicode characters, the offset counts bytes from the start of the input.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Location {
    /// Line, from 1.
    pub line: u32,
    /// Column in characters, from 1.
    pub column: u32,
    /// Byte offset, from 0.
    pub offset: usize,
}

/// A second place that explains a finding, e.g. where a duplicate id was first defined.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Related {
    /// JSON Pointer of the related value.
    pub pointer: String,
    /// Where it is in the source.
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
}

/// One finding of validation.
///
/// ```
/// let report = benn_core::validate(b"{\"format_version\": 1,", &Default::default());
/// let f = &report.findings[0];
/// assert_eq!(f.code.as_str(), "json.syntax");
/// assert_eq!((f.location.unwrap().line, f.location.unwrap().column), (1, 22));
/// assert!(f.message.de.contains("Ende"));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// Stable code, e.g. `id.duplicate`.
    pub code: Code,
    /// How bad it is.
    pub severity: Severity,
    /// JSON Pointer (RFC 6901) to the offending value; `""` is the whole document.
    pub pointer: String,
    /// Where the value is in the source text.
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
    /// What is wrong, rendered from the finding's values.
    pub message: Text,
    /// How to fix it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<Text>,
    /// A related place.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub related: Option<Related>,
    /// The finding's values as data (the amounts, ids, months, field names
    /// its message is rendered from), in the order they were added, so that
    /// reports, Python and the browser can filter or re-render findings.
    /// Serialised as a JSON object `"context": {…}`, left out when empty.
    /// Add entries with [`Finding::with`].
    #[serde(skip_serializing_if = "Vec::is_empty", serialize_with = "context_map")]
    pub context: Vec<(&'static str, ContextValue)>,
}

/// A value in a finding's [`context`](Finding::context).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum ContextValue {
    /// A whole number: an amount in cents, a year, a count.
    Int(i64),
    /// A text: an id, a field name, a month, the offending value.
    Text(String),
    /// A list of texts: the ids involved.
    Texts(Vec<String>),
    /// A fixed list of names (e.g. a type's fields), without a copy.
    /// Serialised like [`ContextValue::Texts`].
    Names(&'static [&'static str]),
    /// A yes or no.
    Bool(bool),
}

fn context_map<S: serde::Serializer>(
    context: &[(&'static str, ContextValue)],
    s: S,
) -> Result<S::Ok, S::Error> {
    s.collect_map(context.iter().map(|(k, v)| (*k, v)))
}

impl From<i64> for ContextValue {
    fn from(v: i64) -> Self {
        ContextValue::Int(v)
    }
}

impl From<i32> for ContextValue {
    fn from(v: i32) -> Self {
        ContextValue::Int(i64::from(v))
    }
}

impl From<u32> for ContextValue {
    fn from(v: u32) -> Self {
        ContextValue::Int(i64::from(v))
    }
}

impl From<u16> for ContextValue {
    fn from(v: u16) -> Self {
        ContextValue::Int(i64::from(v))
    }
}

impl From<usize> for ContextValue {
    /// Counts beyond `i64::MAX` (which no document reaches) are `i64::MAX`.
    fn from(v: usize) -> Self {
        ContextValue::Int(i64::try_from(v).unwrap_or(i64::MAX))
    }
}

impl From<bool> for ContextValue {
    fn from(v: bool) -> Self {
        ContextValue::Bool(v)
    }
}

impl From<&str> for ContextValue {
    fn from(v: &str) -> Self {
        ContextValue::Text(v.to_owned())
    }
}

impl From<String> for ContextValue {
    fn from(v: String) -> Self {
        ContextValue::Text(v)
    }
}

impl From<&String> for ContextValue {
    fn from(v: &String) -> Self {
        ContextValue::Text(v.clone())
    }
}

impl From<Vec<String>> for ContextValue {
    fn from(v: Vec<String>) -> Self {
        ContextValue::Texts(v)
    }
}

impl From<&[&str]> for ContextValue {
    fn from(v: &[&str]) -> Self {
        ContextValue::Texts(v.iter().map(|s| (*s).to_owned()).collect())
    }
}

impl ContextValue {
    /// A fixed list of names, kept by reference (no allocation per finding).
    pub fn names(v: &'static [&'static str]) -> Self {
        ContextValue::Names(v)
    }
}

impl<T: Into<ContextValue>> From<Option<T>> for ContextValue {
    /// `None` is an empty text.
    fn from(v: Option<T>) -> Self {
        v.map_or_else(|| ContextValue::Text(String::new()), Into::into)
    }
}

impl Finding {
    /// A finding with the code's severity and no location yet.
    pub fn new(code: Code, pointer: impl Into<String>, message: Text) -> Self {
        Self {
            code,
            severity: code.severity(),
            pointer: pointer.into(),
            location: None,
            message,
            hint: None,
            related: None,
            context: Vec::new(),
        }
    }

    /// Adds a value to the finding's [`context`](Finding::context): the data
    /// its message was rendered from, under a stable snake_case key. A key
    /// added twice keeps its first place and takes the new value.
    ///
    /// Keys in use (the same key means the same thing in every finding):
    ///
    /// - reading: `field` (a field name), `expected` / `found` (JSON
    ///   types or characters), `value` (the offending value as text, cut to a
    ///   preview), `allowed` (the allowed names), `suggestion` (the "did you
    ///   mean"), `suggestions` (several), `min` / `max` (a range),
    ///   `first_offset` (of a repeated key), `max_depth`, `problem` (the
    ///   kind of a syntax error with a fixed message: `comment`,
    ///   `single_quote`, `leading_zero`, `lone_surrogate`), `byte` and
    ///   `offset` (invalid UTF-8), `version` (the format version), `omitted`
    ///   (findings not shown);
    /// - ids and names: `id` (of the body, goal, indicator, step or concept
    ///   the finding is about), `first_id` (the first of two), `key` (an
    ///   action field's key), `standard_key` / `standard_name`, `title`,
    ///   `name` (a name as written), `official_name` (the LOR catalogue's),
    ///   `site` / `previous_site` (site names), `text` (a quoted text),
    ///   `which` (`baseline` or `target`), `measure`, `weight`;
    /// - areas: `lor_code`, `level` (the level the document states),
    ///   `lor_level` (the level of the code or of the catalogue's unit),
    ///   `digits` / `level_digits` (a code's length and the level's),
    ///   `district` / `site_district` (district codes `01`…`12`),
    ///   `district_region` (its code), `touches_site`;
    /// - time: `start` / `end` (months `YYYY-MM`, or dates where the message
    ///   compares dates), `period_start` / `period_end`, `months` (a count),
    ///   `label` / `label_start` / `label_end`, `date`, `previous_date`,
    ///   `event_date`, `noted_date`, `resolution_date`, `today` (dates as
    ///   written: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`);
    /// - money, always integer cents: `amount_cents` (the amount written
    ///   there), `planned_cents` (planned costs), `budget_cents`,
    ///   `over_cents`, `standard_cents` (the programme's yearly standard),
    ///   `share_cents` (its share for the months of a year); `year`,
    ///   `first_year` / `last_year`, `site_type`, `count`;
    /// - adoption: `status`, `derived_status` (as written, e.g. `adopted`);
    /// - tracking log: `kind` (an entry's kind), `field` / `first_field`
    ///   (its fields), `status` / `previous_status` (step statuses),
    ///   `spent_cents` (spending summed), `unit` / `indicator_unit`,
    ///   `concept` / `given` (concept ids), `months` (the grace window).
    ///
    /// Values are integers, texts, lists of texts or booleans
    /// ([`ContextValue`]; anything with an `Into<ContextValue>`).
    ///
    /// ```
    /// use benn_core::{Code, ContextValue, Finding, Text};
    /// let f = Finding::new(Code::IdDuplicate, "/x", Text::new("…", "…"))
    ///     .with("id", "s1")
    ///     .with("count", 2_i64);
    /// assert_eq!(f.context[0], ("id", ContextValue::Text("s1".into())));
    /// let json = serde_json::to_value(&f).unwrap();
    /// assert_eq!(json["context"], serde_json::json!({"id": "s1", "count": 2}));
    /// ```
    #[must_use]
    pub fn with(mut self, key: &'static str, value: impl Into<ContextValue>) -> Self {
        let value = value.into();
        match self.context.iter_mut().find(|(k, _)| *k == key) {
            Some((_, v)) => *v = value,
            None => self.context.push((key, value)),
        }
        self
    }

    /// Adds a hint.
    #[must_use]
    pub fn with_hint(mut self, hint: Text) -> Self {
        self.hint = Some(hint);
        self
    }

    /// Adds a related place.
    #[must_use]
    pub fn with_related(mut self, pointer: impl Into<String>) -> Self {
        self.related = Some(Related {
            pointer: pointer.into(),
            location: None,
        });
        self
    }

    /// The finding as compact JSON: one element of [`Report::to_json`]'s list.
    ///
    /// ```
    /// use benn_core::{Code, Finding, Text};
    /// let f = Finding::new(Code::IdDuplicate, "/x", Text::new("de", "en")).with("id", "s1");
    /// assert_eq!(
    ///     f.to_json(),
    ///     r#"{"code":"id.duplicate","severity":"error","pointer":"/x","message":{"de":"de","en":"en"},"context":{"id":"s1"}}"#
    /// );
    /// ```
    pub fn to_json(&self) -> String {
        let mut out = String::with_capacity(256);
        render::finding(&mut out, self);
        out
    }

    /// Sets the byte offset; line and column are filled in later.
    #[must_use]
    pub(crate) fn at_offset(mut self, offset: usize) -> Self {
        self.location = Some(Location {
            line: 0,
            column: 0,
            offset,
        });
        self
    }
}

/// The result of validating a document: every finding, sorted by place.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Report {
    /// All findings, in source order.
    pub findings: Vec<Finding>,
}

impl Report {
    /// Whether any finding is an error.
    pub fn has_errors(&self) -> bool {
        self.count(Severity::Error) > 0
    }

    /// Number of findings of a severity.
    pub fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
    }

    /// The report as JSON (the shape the CLI, Python and JS share): the
    /// same bytes as `serde_json::to_string(report)`, but written by a
    /// function without an error path, so a report can never turn into
    /// "no findings" on the way out.
    pub fn to_json(&self) -> String {
        render::report_json(self)
    }
}

/// Builds a bilingual [`Text`] with `format!` syntax: `text!("de {x}", "en {x}")`.
macro_rules! text {
    ($de:literal, $en:literal $(,)?) => {
        $crate::diag::Text::new(format!($de), format!($en))
    };
    ($de:literal, $en:literal, $($args:tt)+) => {
        $crate::diag::Text::new(format!($de, $($args)+), format!($en, $($args)+))
    };
}
pub(crate) use text;
