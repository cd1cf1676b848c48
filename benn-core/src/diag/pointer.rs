//! JSON Pointers (RFC 6901) built from path segments.

use std::fmt::Write;

/// A JSON Pointer under construction: `Pointer::root().key("site").index(2)`.
///
/// ```
/// use benn_core::Pointer;
/// let p = Pointer::root().key("action_fields").index(0).key("a/b~c");
/// assert_eq!(p.as_str(), "/action_fields/0/a~1b~0c");
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Pointer(String);

impl Pointer {
    /// The whole document (`""`).
    pub fn root() -> Self {
        Self(String::new())
    }

    /// Appends an object key, escaping `~` and `/`.
    #[must_use]
    pub fn key(mut self, key: &str) -> Self {
        self.push_key(key);
        self
    }

    /// Appends an array index.
    #[must_use]
    pub fn index(mut self, i: usize) -> Self {
        self.push_index(i);
        self
    }

    pub(crate) fn push_key(&mut self, key: &str) {
        self.0.push('/');
        for c in key.chars() {
            match c {
                '~' => self.0.push_str("~0"),
                '/' => self.0.push_str("~1"),
                c => self.0.push(c),
            }
        }
    }

    pub(crate) fn push_index(&mut self, i: usize) {
        let _ = write!(self.0, "/{i}");
    }

    pub(crate) fn truncate(&mut self, len: usize) {
        self.0.truncate(len);
    }

    pub(crate) fn len(&self) -> usize {
        self.0.len()
    }

    /// The pointer's text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl From<Pointer> for String {
    fn from(p: Pointer) -> String {
        p.0
    }
}
