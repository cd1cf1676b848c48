//! Author-chosen stable identifiers.

use std::fmt;

use serde::Serialize;

/// The longest id benn accepts, in characters.
pub const MAX_ID_LEN: usize = 128;

/// A stable id chosen by the author (e.g. `z-begegnung-1`, `s12`). Ids survive
/// edits and exports, so tracking entries and other tools can refer to them.
///
/// An id is 1 to 128 characters without whitespace or control characters.
///
/// ```
/// use benn_core::Id;
/// assert!(Id::new("s-1.2").is_ok());
/// assert!(Id::new("").is_err());
/// assert!(Id::new("zwei Wörter").is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct Id(String);

/// Why a text is not an id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum IdError {
    /// The id is empty.
    #[error("an id must not be empty")]
    Empty,
    /// The id holds whitespace or a control character.
    #[error("an id must not contain whitespace or control characters")]
    Whitespace,
    /// The id is longer than [`MAX_ID_LEN`] characters.
    #[error("an id has at most {MAX_ID_LEN} characters")]
    TooLong,
}

impl Id {
    /// Checks and wraps an id.
    pub fn new(id: impl Into<String>) -> Result<Self, IdError> {
        let id = id.into();
        Self::check(&id)?;
        Ok(Id(id))
    }

    /// Wraps a text the crate itself made and knows to be valid.
    pub(crate) fn trusted(id: String) -> Self {
        debug_assert!(Self::check(&id).is_ok(), "{id}");
        Id(id)
    }

    /// Checks a text without taking it.
    pub fn check(id: &str) -> Result<(), IdError> {
        if id.is_empty() {
            Err(IdError::Empty)
        } else if id.chars().count() > MAX_ID_LEN {
            Err(IdError::TooLong)
        } else if id.chars().any(|c| c.is_whitespace() || c.is_control()) {
            Err(IdError::Whitespace)
        } else {
            Ok(())
        }
    }

    /// The id's text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::borrow::Borrow<str> for Id {
    fn borrow(&self) -> &str {
        &self.0
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Id {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Id".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "minLength": 1,
            "maxLength": MAX_ID_LEN,
            // No `\p{..}` classes: Python's `re` cannot read them.
            "pattern": "^[^\\s\\u0000-\\u001f\\u007f-\\u009f]+$",
            "description": "A stable id chosen by the author: no whitespace, at most 128 characters."
        })
    }
}
