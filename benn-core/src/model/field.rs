//! Action fields (*Handlungsfelder*).

use std::fmt;

use serde::Serialize;

use super::{Goal, Step};

record! {
    /// An action field (*Handlungsfeld*). Its order is its position in the
    /// concept's list of action fields.
    pub struct ActionField {
        /// Stable key: one of the four standard fields of phase 2, or a custom key.
        key: FieldKey = required,
        /// Title as the site wrote it, e.g. *Wir stärken Begegnung und aktives Miteinander*.
        title: String = required,
        /// The goals (*Ziele*) of this field.
        goals: Vec<Goal> = list,
        /// Steps that belong to the field directly, for concepts that list
        /// planned actions per field rather than per goal.
        steps: Vec<Step> = list,
    }
}

/// The four action fields of phase 2.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StandardField {
    /// `begegnung`: *Begegnung und aktives Miteinander*.
    Begegnung,
    /// `empowerment`: *Empowerment und Beteiligung*.
    Empowerment,
    /// `kommunikation`: *Kommunikation und Dialog*.
    Kommunikation,
    /// `netzwerk`: *Netzwerkarbeit und Quartiersentwicklung*.
    Netzwerk,
}

impl StandardField {
    /// All four, in the programme's order.
    pub const ALL: [StandardField; 4] = [
        StandardField::Begegnung,
        StandardField::Empowerment,
        StandardField::Kommunikation,
        StandardField::Netzwerk,
    ];

    /// The stable key.
    pub const fn key(self) -> &'static str {
        match self {
            StandardField::Begegnung => "begegnung",
            StandardField::Empowerment => "empowerment",
            StandardField::Kommunikation => "kommunikation",
            StandardField::Netzwerk => "netzwerk",
        }
    }

    /// The canonical German name.
    pub const fn canonical_name(self) -> &'static str {
        match self {
            StandardField::Begegnung => "Begegnung und aktives Miteinander",
            StandardField::Empowerment => "Empowerment und Beteiligung",
            StandardField::Kommunikation => "Kommunikation und Dialog",
            StandardField::Netzwerk => "Netzwerkarbeit und Quartiersentwicklung",
        }
    }

    /// Lower-case word stems that mark this field in keys and titles.
    pub(crate) const fn stems(self) -> &'static [&'static str] {
        match self {
            StandardField::Begegnung => &["begegn", "miteinander", "encounter"],
            StandardField::Empowerment => &["empower", "beteilig", "particip"],
            StandardField::Kommunikation => &["kommunik", "dialog", "communic"],
            StandardField::Netzwerk => &["netzwerk", "quartiersentw", "network"],
        }
    }

    /// The standard field with this key.
    pub fn from_key(key: &str) -> Option<StandardField> {
        StandardField::ALL.into_iter().find(|f| f.key() == key)
    }
}

/// Key of an action field: a standard field or a custom key (lower-case letters,
/// digits, `_` and `-`), for phase-1 topics and local additions.
///
/// ```
/// use benn_core::{FieldKey, StandardField};
/// assert_eq!(FieldKey::new("netzwerk").unwrap(), FieldKey::Standard(StandardField::Netzwerk));
/// assert!(matches!(FieldKey::new("nachbarschaft").unwrap(), FieldKey::Custom(_)));
/// assert!(FieldKey::new("Nachbarschaft und Integration").is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FieldKey {
    /// One of the four fields of phase 2.
    Standard(StandardField),
    /// Any other field.
    Custom(String),
}

/// Why a text is not a field key.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("a field key is 1 to 64 lower-case letters, digits, `_` or `-`")]
pub struct FieldKeyError;

impl FieldKey {
    /// Reads a key.
    pub fn new(key: &str) -> Result<FieldKey, FieldKeyError> {
        if let Some(f) = StandardField::from_key(key) {
            return Ok(FieldKey::Standard(f));
        }
        let ok = !key.is_empty()
            && key.len() <= 64
            && key
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-');
        if ok {
            Ok(FieldKey::Custom(key.to_owned()))
        } else {
            Err(FieldKeyError)
        }
    }

    /// The key's text.
    pub fn as_str(&self) -> &str {
        match self {
            FieldKey::Standard(f) => f.key(),
            FieldKey::Custom(k) => k,
        }
    }
}

impl fmt::Display for FieldKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for FieldKey {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for FieldKey {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "FieldKey".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^[a-z0-9_-]{1,64}$",
            "description": "Key of an action field: `begegnung`, `empowerment`, `kommunikation`, `netzwerk`, or a custom key.",
            "examples": ["begegnung", "empowerment", "kommunikation", "netzwerk"]
        })
    }
}
