//! JSON Pointers (RFC 6901) built from path segments.

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
        // Keys almost never need escaping: copy them whole (the decoder
        // pushes every key of a document).
        if !key.bytes().any(|b| b == b'~' || b == b'/') {
            self.0.push_str(key);
            return;
        }
        for c in key.chars() {
            match c {
                '~' => self.0.push_str("~0"),
                '/' => self.0.push_str("~1"),
                c => self.0.push(c),
            }
        }
    }

    pub(crate) fn push_index(&mut self, i: usize) {
        // Digits by hand: `write!` costs more than the rest of a small element.
        let mut digits = [0u8; 20];
        let mut n = i;
        let mut start = digits.len();
        loop {
            start -= 1;
            if let Some(d) = digits.get_mut(start) {
                *d = b'0' + u8::try_from(n % 10).unwrap_or(0);
            }
            n /= 10;
            if n == 0 || start == 0 {
                break;
            }
        }
        self.0.push('/');
        for &d in digits.get(start..).unwrap_or_default() {
            self.0.push(char::from(d));
        }
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

#[cfg(test)]
mod tests {
    use super::Pointer;

    #[test]
    fn keys_are_escaped_and_indices_written_in_decimal() {
        let p = Pointer::root().key("a/b~c").key("log").index(0).index(10);
        assert_eq!(p.as_str(), "/a~1b~0c/log/0/10");
        for i in [0, 7, 9, 10, 99, 100, 12_345, usize::MAX] {
            assert_eq!(Pointer::root().index(i).as_str(), format!("/{i}"));
        }
    }
}
