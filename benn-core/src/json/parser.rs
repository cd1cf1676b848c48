//! A small pull parser for JSON (RFC 8259) over validated UTF-8 that reports
//! byte offsets. It never recurses without a depth limit, never panics and
//! borrows strings without escapes.

use std::borrow::Cow;

/// Deepest nesting of arrays and objects accepted. benn documents nest about
/// eight levels; the limit only stops hostile input.
pub(crate) const MAX_DEPTH: u32 = 128;

/// JSON value kinds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Object,
    Array,
    String,
    Number,
    Bool,
    Null,
}

/// What the parser expected where it failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Expected {
    Value,
    Key,
    Colon,
    CommaOrBrace,
    CommaOrBracket,
    Digit,
    HexDigit,
    Quote,
    End,
}

/// Why the text is not JSON.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Problem {
    UnexpectedEnd(Expected),
    Unexpected { found: char, expected: Expected },
    LeadingZero,
    InvalidEscape(char),
    LoneSurrogate,
    ControlInString(char),
    NonFinite(&'static str),
    Comment,
    SingleQuote,
    TooDeep,
}

/// A fatal syntax error at a byte offset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SyntaxError {
    pub(crate) offset: usize,
    pub(crate) problem: Problem,
}

pub(crate) type Result<T> = std::result::Result<T, SyntaxError>;

/// Whether `c` ends the fast scan of a string.
#[inline]
fn is_stop(c: u8) -> bool {
    STRING_STOP.get(usize::from(c)).copied().unwrap_or(true)
}

/// Bytes that end the fast scan of a string: `"`, `\` and control characters.
#[allow(clippy::indexing_slicing)] // constant evaluation: out of bounds would not compile
static STRING_STOP: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 0x20 {
        t[i] = true;
        i += 1;
    }
    t[b'"' as usize] = true;
    t[b'\\' as usize] = true;
    t
};

/// Eight bytes at `i` as one word (first byte lowest), if there are eight.
#[allow(clippy::inline_always)] // the wasm build (opt-level z) ignores `#[inline]`
#[inline(always)]
fn word_at(b: &[u8], i: usize) -> Option<u64> {
    let chunk: [u8; 8] = b.get(i..i.checked_add(8)?)?.try_into().ok()?;
    Some(u64::from_le_bytes(chunk))
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `x` below `n` (`n` ≤ 128) is set in the
/// result. Bits above the lowest set one may be wrong (a borrow runs on);
/// the lowest one is exact, and it is all the callers use.
#[allow(clippy::inline_always)] // the wasm build (opt-level z) ignores `#[inline]`
#[inline(always)]
fn bytes_below(x: u64, n: u8) -> u64 {
    x.wrapping_sub(ONES * u64::from(n)) & !x & HIGHS
}

/// The end of the run of bytes from `i` that [`is_stop`] lets through,
/// eight at a time (strings are most of a document's bytes): the first stop
/// byte, or earlier where fewer than eight bytes are left. The caller goes
/// on byte by byte from there.
#[inline]
fn plain_run(b: &[u8], mut i: usize) -> usize {
    while let Some(x) = word_at(b, i) {
        let stops = bytes_below(x, 0x20)
            | bytes_below(x ^ (ONES * u64::from(b'"')), 1)
            | bytes_below(x ^ (ONES * u64::from(b'\\')), 1);
        if stops != 0 {
            return i + (stops.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    i
}

/// The high bit of each byte of `x` that is zero, exactly (no borrow runs
/// from byte to byte).
#[allow(clippy::inline_always)] // the wasm build (opt-level z) ignores `#[inline]`
#[inline(always)]
fn zero_bytes(x: u64) -> u64 {
    !(((x & !HIGHS) + !HIGHS) | x) & HIGHS
}

/// The first byte from `i` that is not JSON whitespace. Indented documents
/// have a line break and a run of spaces before most tokens (half the bytes
/// of a pretty printed concept): whitespace is measured eight bytes at a
/// time, without a branch per byte.
fn skip_ws_from(b: &[u8], mut i: usize) -> usize {
    let byte = |c: u8| ONES * u64::from(c);
    while let Some(x) = word_at(b, i) {
        let ws = zero_bytes(x ^ byte(b' '))
            | zero_bytes(x ^ byte(b'\n'))
            | zero_bytes(x ^ byte(b'\r'))
            | zero_bytes(x ^ byte(b'\t'));
        let n = (!ws & HIGHS).trailing_zeros() / 8;
        i += n as usize;
        if n < 8 {
            return i;
        }
    }
    while let Some(b' ' | b'\n' | b'\r' | b'\t') = b.get(i) {
        i += 1;
    }
    i
}

#[derive(Debug)]
pub(crate) struct Parser<'a> {
    src: &'a str,
    pos: usize,
    depth: u32,
}

impl<'a> Parser<'a> {
    pub(crate) fn new(src: &'a str) -> Self {
        Self {
            src,
            pos: 0,
            depth: 0,
        }
    }

    /// A parser of the same text at `pos`, at this parser's depth: for
    /// reading the second half of a long list on another thread.
    pub(crate) fn fork_at(&self, pos: usize) -> Self {
        Self {
            src: self.src,
            pos,
            depth: self.depth,
        }
    }

    /// Goes on where `fork` (made by [`Parser::fork_at`]) stopped.
    pub(crate) fn resume(&mut self, fork: &Parser<'a>) {
        self.pos = fork.pos;
        self.depth = fork.depth;
    }

    /// Moves to `pos` (used to step over a byte-order mark).
    pub(crate) fn skip_to(&mut self, pos: usize) {
        self.pos = pos;
    }

    #[inline]
    fn bytes(&self) -> &'a [u8] {
        self.src.as_bytes()
    }

    #[allow(clippy::inline_always)] // the wasm build (opt-level z) ignores `#[inline]`
    #[inline(always)]
    fn byte(&self) -> Option<u8> {
        self.bytes().get(self.pos).copied()
    }

    #[allow(clippy::unused_self)] // reads better at the call sites
    fn err<T>(&self, offset: usize, problem: Problem) -> Result<T> {
        Err(SyntaxError { offset, problem })
    }

    /// The character at `offset` (for messages).
    fn char_at(&self, offset: usize) -> char {
        self.src
            .get(offset..)
            .and_then(|s| s.chars().next())
            .unwrap_or('\u{FFFD}')
    }

    fn unexpected<T>(&self, expected: Expected) -> Result<T> {
        match self.byte() {
            None => self.err(self.pos, Problem::UnexpectedEnd(expected)),
            Some(b'/') => self.err(self.pos, Problem::Comment),
            Some(b'\'') => self.err(self.pos, Problem::SingleQuote),
            Some(_) => self.err(
                self.pos,
                Problem::Unexpected {
                    found: self.char_at(self.pos),
                    expected,
                },
            ),
        }
    }

    /// Skips whitespace. Most tokens follow none: that check is inlined at
    /// every call, the scan of a run of whitespace is not.
    #[allow(clippy::inline_always)] // the wasm build (opt-level z) ignores `#[inline]`
    #[inline(always)]
    pub(crate) fn skip_ws(&mut self) {
        if self.byte().is_some_and(|c| c > b' ') {
            return;
        }
        self.pos = skip_ws_from(self.bytes(), self.pos);
    }

    /// Byte offset of the next token (call after [`Parser::peek`]).
    #[allow(clippy::inline_always)] // the wasm build (opt-level z) ignores `#[inline]`
    #[inline(always)]
    pub(crate) fn offset(&self) -> usize {
        self.pos
    }

    /// Skips whitespace and tells the kind of the next value.
    pub(crate) fn peek(&mut self) -> Result<Kind> {
        self.skip_ws();
        match self.byte() {
            Some(b'{') => Ok(Kind::Object),
            Some(b'[') => Ok(Kind::Array),
            Some(b'"') => Ok(Kind::String),
            Some(b'-' | b'0'..=b'9') => {
                let rest = self.bytes().get(self.pos + 1..).unwrap_or_default();
                if self.byte() == Some(b'-') && rest.starts_with(b"Infinity") {
                    return self.err(self.pos, Problem::NonFinite("-Infinity"));
                }
                Ok(Kind::Number)
            }
            Some(b't' | b'f') => Ok(Kind::Bool),
            Some(b'n') => Ok(Kind::Null),
            Some(b'N')
                if self
                    .src
                    .get(self.pos..)
                    .is_some_and(|s| s.starts_with("NaN")) =>
            {
                self.err(self.pos, Problem::NonFinite("NaN"))
            }
            Some(b'I')
                if self
                    .src
                    .get(self.pos..)
                    .is_some_and(|s| s.starts_with("Infinity")) =>
            {
                self.err(self.pos, Problem::NonFinite("Infinity"))
            }
            _ => self.unexpected(Expected::Value),
        }
    }

    fn enter(&mut self) -> Result<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return self.err(self.pos, Problem::TooDeep);
        }
        self.pos += 1;
        Ok(())
    }

    /// Consumes `{` (after `peek` said `Object`).
    pub(crate) fn begin_object(&mut self) -> Result<()> {
        self.enter()
    }

    /// Consumes `[` (after `peek` said `Array`).
    pub(crate) fn begin_array(&mut self) -> Result<()> {
        self.enter()
    }

    /// The next key of the current object with its offset, or `None` at `}`.
    pub(crate) fn next_key(&mut self, first: bool) -> Result<Option<(Cow<'a, str>, usize)>> {
        self.skip_ws();
        if first {
            if self.byte() == Some(b'}') {
                self.pos += 1;
                self.depth -= 1;
                return Ok(None);
            }
        } else {
            match self.byte() {
                Some(b',') => {
                    self.pos += 1;
                    self.skip_ws();
                }
                Some(b'}') => {
                    self.pos += 1;
                    self.depth -= 1;
                    return Ok(None);
                }
                _ => return self.unexpected(Expected::CommaOrBrace),
            }
        }
        if self.byte() != Some(b'"') {
            return self.unexpected(Expected::Key);
        }
        let at = self.pos;
        let key = self.string()?;
        self.skip_ws();
        if self.byte() != Some(b':') {
            return self.unexpected(Expected::Colon);
        }
        self.pos += 1;
        Ok(Some((key, at)))
    }

    /// Whether another element follows in the current array (`false` at `]`).
    pub(crate) fn next_element(&mut self, first: bool) -> Result<bool> {
        self.skip_ws();
        match self.byte() {
            Some(b']') => {
                self.pos += 1;
                self.depth -= 1;
                Ok(false)
            }
            Some(b',') if !first => {
                self.pos += 1;
                self.skip_ws();
                Ok(true)
            }
            _ if first => Ok(true),
            _ => self.unexpected(Expected::CommaOrBracket),
        }
    }

    /// Reads a string (after `peek` said `String`).
    pub(crate) fn string(&mut self) -> Result<Cow<'a, str>> {
        let start = self.pos + 1;
        let b = self.bytes();
        let mut i = start;
        loop {
            i = plain_run(b, i);
            match b.get(i) {
                None => return self.err(b.len(), Problem::UnexpectedEnd(Expected::Quote)),
                Some(&c) if !is_stop(c) => i += 1,
                Some(b'"') => {
                    self.pos = i + 1;
                    return Ok(Cow::Borrowed(self.src.get(start..i).unwrap_or_default()));
                }
                Some(b'\\') => break,
                Some(_) => return self.err(i, Problem::ControlInString(self.char_at(i))),
            }
        }
        // Slow path: the string has escapes.
        let mut out = String::with_capacity(i - start + 16);
        out.push_str(self.src.get(start..i).unwrap_or_default());
        loop {
            match b.get(i) {
                None => return self.err(b.len(), Problem::UnexpectedEnd(Expected::Quote)),
                Some(b'"') => {
                    self.pos = i + 1;
                    return Ok(Cow::Owned(out));
                }
                Some(b'\\') => {
                    i += 1;
                    let esc = match b.get(i) {
                        None => return self.err(b.len(), Problem::UnexpectedEnd(Expected::Quote)),
                        Some(&e) => e,
                    };
                    i += 1;
                    match esc {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => {
                            let at = i - 2;
                            let hi = self.hex4(i)?;
                            i += 4;
                            let c = if (0xD800..0xDC00).contains(&hi) {
                                if b.get(i) == Some(&b'\\') && b.get(i + 1) == Some(&b'u') {
                                    let lo = self.hex4(i + 2)?;
                                    if !(0xDC00..0xE000).contains(&lo) {
                                        return self.err(at, Problem::LoneSurrogate);
                                    }
                                    i += 6;
                                    0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                                } else {
                                    return self.err(at, Problem::LoneSurrogate);
                                }
                            } else if (0xDC00..0xE000).contains(&hi) {
                                return self.err(at, Problem::LoneSurrogate);
                            } else {
                                hi
                            };
                            match char::from_u32(c) {
                                Some(c) => out.push(c),
                                None => return self.err(at, Problem::LoneSurrogate),
                            }
                        }
                        _ => return self.err(i - 2, Problem::InvalidEscape(self.char_at(i - 1))),
                    }
                }
                Some(&c) if c < 0x20 => {
                    return self.err(i, Problem::ControlInString(self.char_at(i)))
                }
                Some(_) => {
                    // Copy the run up to the next stop byte.
                    let run_end = b
                        .get(i..)
                        .unwrap_or_default()
                        .iter()
                        .position(|&c| is_stop(c))
                        .map_or(b.len(), |p| i + p);
                    out.push_str(self.src.get(i..run_end).unwrap_or_default());
                    i = run_end;
                }
            }
        }
    }

    fn hex4(&self, at: usize) -> Result<u32> {
        let mut v = 0u32;
        for k in 0..4 {
            let d = match self.bytes().get(at + k) {
                None => {
                    return self.err(
                        self.bytes().len(),
                        Problem::UnexpectedEnd(Expected::HexDigit),
                    )
                }
                Some(&c) => match (c as char).to_digit(16) {
                    Some(d) => d,
                    None => {
                        return self.err(
                            at + k,
                            Problem::Unexpected {
                                found: self.char_at(at + k),
                                expected: Expected::HexDigit,
                            },
                        )
                    }
                },
            };
            v = v * 16 + d;
        }
        Ok(v)
    }

    /// Reads a number token (after `peek` said `Number`) and returns its text.
    pub(crate) fn number(&mut self) -> Result<&'a str> {
        let b = self.bytes();
        let start = self.pos;
        let mut i = start;
        if b.get(i) == Some(&b'-') {
            i += 1;
        }
        match b.get(i) {
            Some(b'0') => {
                i += 1;
                if b.get(i).is_some_and(u8::is_ascii_digit) {
                    return self.err(start, Problem::LeadingZero);
                }
            }
            Some(b'1'..=b'9') => {
                while b.get(i).is_some_and(u8::is_ascii_digit) {
                    i += 1;
                }
            }
            _ => {
                self.pos = i;
                return self.unexpected(Expected::Digit);
            }
        }
        if b.get(i) == Some(&b'.') {
            i += 1;
            if !b.get(i).is_some_and(u8::is_ascii_digit) {
                self.pos = i;
                return self.unexpected(Expected::Digit);
            }
            while b.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
            }
        }
        if matches!(b.get(i), Some(b'e' | b'E')) {
            i += 1;
            if matches!(b.get(i), Some(b'+' | b'-')) {
                i += 1;
            }
            if !b.get(i).is_some_and(u8::is_ascii_digit) {
                self.pos = i;
                return self.unexpected(Expected::Digit);
            }
            while b.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
            }
        }
        self.pos = i;
        Ok(self.src.get(start..i).unwrap_or_default())
    }

    fn literal(&mut self, word: &str) -> Result<()> {
        let b = self.bytes();
        for (k, &w) in word.as_bytes().iter().enumerate() {
            if b.get(self.pos + k) != Some(&w) {
                self.pos += k;
                return self.unexpected(Expected::Value);
            }
        }
        self.pos += word.len();
        Ok(())
    }

    /// Reads `true` or `false`.
    pub(crate) fn boolean(&mut self) -> Result<bool> {
        if self.byte() == Some(b't') {
            self.literal("true").map(|()| true)
        } else {
            self.literal("false").map(|()| false)
        }
    }

    /// Reads `null`.
    pub(crate) fn null(&mut self) -> Result<()> {
        self.literal("null")
    }

    /// Skips one value of any kind, checking its syntax.
    pub(crate) fn skip_value(&mut self) -> Result<()> {
        match self.peek()? {
            Kind::Object => {
                self.begin_object()?;
                let mut first = true;
                while self.next_key(first)?.is_some() {
                    first = false;
                    self.skip_value()?;
                }
                Ok(())
            }
            Kind::Array => {
                self.begin_array()?;
                let mut first = true;
                while self.next_element(first)? {
                    first = false;
                    self.skip_value()?;
                }
                Ok(())
            }
            Kind::String => self.string().map(drop),
            Kind::Number => self.number().map(drop),
            Kind::Bool => self.boolean().map(drop),
            Kind::Null => self.null(),
        }
    }

    /// Checks that only whitespace follows the document.
    pub(crate) fn finish(&mut self) -> Result<()> {
        self.skip_ws();
        if self.pos < self.bytes().len() {
            return self.unexpected(Expected::End);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn skip(s: &str) -> Result<()> {
        let mut p = Parser::new(s);
        p.skip_value()?;
        p.finish()
    }

    #[test]
    fn accepts_json() {
        for s in [
            "{}",
            "[]",
            " {\"a\": [1, -2.5e+3, 0, 0.1, true, false, null, \"x\\n\\u00e9\\ud83d\\ude00\"]} ",
            "\"\"",
            "-0",
        ] {
            assert_eq!(skip(s), Ok(()), "{s}");
        }
    }

    #[test]
    fn rejects_with_offsets() {
        let cases: &[(&str, usize)] = &[
            ("", 0),
            ("{", 1),
            ("[1,]", 3),
            ("[1 2]", 3),
            ("{\"a\" 1}", 5),
            ("{\"a\":1,}", 7),
            ("01", 0),
            ("1.", 2),
            ("\"a\u{1}\"", 2),
            ("\"\\x\"", 1),
            ("\"\\ud800\"", 1),
            ("NaN", 0),
            ("-Infinity", 0),
            ("{} x", 3),
            ("// c\n{}", 0),
            ("{'a': 1}", 1),
            ("tru", 3),
        ];
        for &(s, offset) in cases {
            let e = skip(s).expect_err(s);
            assert_eq!(e.offset, offset, "{s}: {e:?}");
        }
    }

    #[test]
    fn depth_is_limited() {
        let deep = "[".repeat(10_000);
        let e = skip(&deep).unwrap_err();
        assert_eq!(e.problem, Problem::TooDeep);
        let ok = format!("{}{}", "[".repeat(100), "]".repeat(100));
        assert_eq!(skip(&ok), Ok(()));
    }

    #[test]
    fn strings_borrow_when_they_can() {
        let mut p = Parser::new("\"abc\"");
        assert!(matches!(p.string().unwrap(), Cow::Borrowed("abc")));
        let mut p = Parser::new("\"a\\\"b\\u0041\"");
        assert_eq!(p.string().unwrap(), "a\"bA");
    }

    /// Bytes that are mostly plain, with stops and whitespace mixed in.
    fn mixed_bytes() -> impl proptest::strategy::Strategy<Value = Vec<u8>> {
        proptest::collection::vec(
            proptest::prop_oneof![
                6 => proptest::prelude::Just(b'a'),
                3 => proptest::prelude::Just(b' '),
                1 => proptest::prelude::any::<u8>(),
                1 => proptest::prelude::Just(b'"'),
                1 => proptest::prelude::Just(b'\\'),
                1 => proptest::prelude::Just(b'\n'),
            ],
            0..64,
        )
    }

    proptest::proptest! {
        #[test]
        fn plain_run_stops_exactly_at_the_first_stop(b in mixed_bytes(), from in 0usize..64) {
            let from = from.min(b.len());
            let naive = (from..b.len()).find(|&i| is_stop(b[i])).unwrap_or(b.len());
            let run = plain_run(&b, from);
            // Word at a time until fewer than eight bytes are left.
            proptest::prop_assert!(run <= naive);
            proptest::prop_assert!(run == naive || naive - run < 8 && b.len() - run < 8);
        }

        #[test]
        fn skip_ws_from_is_the_naive_skip(b in mixed_bytes(), from in 0usize..64) {
            let from = from.min(b.len());
            let naive = (from..b.len())
                .find(|&i| !matches!(b[i], b' ' | b'\n' | b'\r' | b'\t'))
                .unwrap_or(b.len());
            proptest::prop_assert_eq!(skip_ws_from(&b, from), naive);
        }
    }
}
