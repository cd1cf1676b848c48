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
///
/// Ids of up to 22 bytes (nearly all) are stored inline, without allocation.
#[derive(Clone)]
pub struct Id(Repr);

const INLINE: usize = 22;

#[derive(Clone)]
enum Repr {
    Inline { len: u8, bytes: [u8; INLINE] },
    Heap(Box<str>),
}

impl Id {
    fn store(id: &str) -> Id {
        let b = id.as_bytes();
        if b.len() <= INLINE {
            let mut bytes = [0u8; INLINE];
            for (d, s) in bytes.iter_mut().zip(b) {
                *d = *s;
            }
            Id(Repr::Inline {
                len: u8::try_from(b.len()).unwrap_or(0),
                bytes,
            })
        } else {
            Id(Repr::Heap(id.into()))
        }
    }
}

impl PartialEq for Id {
    fn eq(&self, other: &Id) -> bool {
        self.as_bytes() == other.as_bytes()
    }
}

impl Eq for Id {}

impl PartialOrd for Id {
    fn partial_cmp(&self, other: &Id) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Id {
    fn cmp(&self, other: &Id) -> std::cmp::Ordering {
        // Byte order is the order of `str`.
        self.as_bytes().cmp(other.as_bytes())
    }
}

impl std::hash::Hash for Id {
    /// Hashes like the `str`, as `Borrow<str>` requires.
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        // What `str`'s `Hash` writes (bytes, then 0xff), without checking
        // UTF-8 again, so that `HashMap<Id, _>` lookups by `&str` work.
        state.write(self.as_bytes());
        state.write_u8(0xff);
    }
}

impl fmt::Debug for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Id").field(&self.as_str()).finish()
    }
}

impl Serialize for Id {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

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
    pub fn new(id: &str) -> Result<Self, IdError> {
        Self::check(id)?;
        Ok(Id::store(id))
    }

    /// Wraps a text the crate itself made and knows to be valid.
    pub(crate) fn trusted(id: &str) -> Self {
        debug_assert!(Self::check(id).is_ok(), "{id}");
        Id::store(id)
    }

    /// Checks a text without taking it.
    pub fn check(id: &str) -> Result<(), IdError> {
        // Most ids are short printable ASCII: one pass over the bytes.
        if !id.is_empty() && id.len() <= MAX_ID_LEN && id.bytes().all(|b| b.is_ascii_graphic()) {
            return Ok(());
        }
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

    /// The id's bytes (UTF-8), without the check [`Id::as_str`] makes:
    /// what comparing and hashing use.
    pub fn as_bytes(&self) -> &[u8] {
        match &self.0 {
            Repr::Inline { len, bytes } => bytes.get(..usize::from(*len)).unwrap_or_default(),
            Repr::Heap(s) => s.as_bytes(),
        }
    }

    /// The id's text.
    pub fn as_str(&self) -> &str {
        match &self.0 {
            Repr::Inline { len, bytes } => {
                std::str::from_utf8(bytes.get(..usize::from(*len)).unwrap_or_default())
                    .unwrap_or_default()
            }
            Repr::Heap(s) => s,
        }
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::borrow::Borrow<str> for Id {
    fn borrow(&self) -> &str {
        self.as_str()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_and_long_ids_behave_alike() {
        let short = Id::new("s-1.2").unwrap();
        let exact = Id::new("abcdefghijklmnopqrstuv").unwrap();
        let long = Id::new("ein-sehr-langer-bezeichner-über-22-bytes").unwrap();
        for (id, text) in [
            (&short, "s-1.2"),
            (&exact, "abcdefghijklmnopqrstuv"),
            (&long, "ein-sehr-langer-bezeichner-über-22-bytes"),
        ] {
            assert_eq!(id.as_str(), text);
            assert_eq!(id.to_string(), text);
            assert_eq!(*id, Id::new(text).unwrap());
        }
        assert!(short > long && exact < short);
        let set: std::collections::HashSet<Id> = [short.clone(), long.clone()].into();
        assert!(set.contains("s-1.2") && set.contains(long.as_str()));
        assert_eq!(format!("{short:?}"), "Id(\"s-1.2\")");
        assert_eq!(std::mem::size_of::<Id>(), 24);
    }
}
