//! Decoding: from the pull parser straight into the model, collecting every
//! shape problem (unknown or missing fields, wrong types, malformed values)
//! instead of stopping at the first. Syntax errors stop decoding.

use std::borrow::Cow;

use super::parser::{Kind, Parser, SyntaxError, MAX_DEPTH};
use crate::diag::{text, Code, Finding, Pointer, Text, MAX_FINDINGS};
use crate::suggest::suggest;

pub(crate) type R<T> = Result<T, SyntaxError>;

/// Most fields any object of the format has (checked by a test).
pub(crate) const MAX_FIELDS: usize = 20;

/// A value that can be decoded. `Ok(None)` means the value was wrong and a
/// finding was recorded; `Err` is a fatal syntax error.
pub(crate) trait Decode: Sized {
    /// Whether a long list of this type may be read on two threads
    /// ([`super::list`]): only where lists grow long and elements are
    /// alike, the entries of a log.
    const SPLIT: bool = false;

    fn decode(d: &mut Decoder<'_>) -> R<Option<Self>>;
}

/// A field while its object is being read.
#[derive(Debug)]
pub(crate) enum Slot<T> {
    Absent,
    Invalid,
    Present(T),
}

impl<T> From<Option<T>> for Slot<T> {
    fn from(v: Option<T>) -> Self {
        v.map_or(Slot::Invalid, Slot::Present)
    }
}

/// Names of JSON types in both languages.
#[derive(Debug, Clone, Copy)]
pub(crate) struct TypeName(pub(crate) &'static str, pub(crate) &'static str);

pub(crate) const OBJECT: TypeName = TypeName("Objekt", "an object");
pub(crate) const ARRAY: TypeName = TypeName("Liste", "an array");
pub(crate) const STRING: TypeName = TypeName("Text", "a string");
pub(crate) const NUMBER: TypeName = TypeName("Zahl", "a number");
pub(crate) const INTEGER: TypeName = TypeName("ganze Zahl", "an integer");
pub(crate) const BOOLEAN: TypeName = TypeName("Wahrheitswert", "a boolean");
pub(crate) const NULL: TypeName = TypeName("null", "null");

/// "Allowed are: `a`, `b`." — or, for an empty list, that nothing is.
fn allowed_hint(names: &[&str]) -> Text {
    if names.is_empty() {
        return text!(
            "Hier sind keine Einträge erlaubt.",
            "No entries are allowed here.",
        );
    }
    let allowed = names
        .iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ");
    text!("Erlaubt sind: {allowed}.", "Allowed are: {allowed}.")
}

/// The JSON Schema name of a type, for a finding's context.
fn type_key(name: TypeName) -> &'static str {
    match name.1 {
        "an object" => "object",
        "an array" => "array",
        "a string" => "string",
        "an integer" => "integer",
        "a boolean" => "boolean",
        "null" => "null",
        _ => "number",
    }
}

fn kind_name(k: Kind) -> TypeName {
    match k {
        Kind::Object => OBJECT,
        Kind::Array => ARRAY,
        Kind::String => STRING,
        Kind::Number => NUMBER,
        Kind::Bool => BOOLEAN,
        Kind::Null => NULL,
    }
}

/// At most `max` characters of `s`, with `…` when cut.
pub(crate) fn preview(s: &str, max: usize) -> Cow<'_, str> {
    match s.char_indices().nth(max) {
        None => Cow::Borrowed(s),
        Some((i, _)) => Cow::Owned(format!("{}…", s.get(..i).unwrap_or_default())),
    }
}

/// The place of the value being read, as segments. The JSON Pointer text is
/// built only when a finding needs it: reading a valid document pushes and
/// pops a segment per field and element, and rendering each of those into a
/// string was a tenth of the reader's time on small objects (log entries).
///
/// The segments live in a fixed array, as deep as the parser lets a
/// document nest: a push is a store and a count, a pop a count. With a
/// `Vec`, the calls to `push` and `truncate` (not inlined at opt-level `z`)
/// were 2.5 % of validating a large concept in the wasm build.
#[derive(Debug)]
pub(crate) struct Path {
    segments: [Segment; MAX_SEGMENTS],
    /// How many segments are in use (more than [`MAX_SEGMENTS`] never are:
    /// the parser stops deeper documents first).
    len: usize,
    /// The texts of [`Segment::Key`]s, in the order they were pushed.
    keys: Vec<Box<str>>,
}

/// One segment per level of nesting, and the root's.
const MAX_SEGMENTS: usize = MAX_DEPTH as usize + 1;

#[derive(Debug, Clone, Copy)]
enum Segment {
    /// A known field: its name is static.
    Field(&'static str),
    /// Any other key (an unknown field), kept for its finding: its index in `Path::keys`.
    Key(usize),
    /// An array index.
    Index(usize),
}

impl Default for Path {
    fn default() -> Self {
        Path {
            segments: [Segment::Index(0); MAX_SEGMENTS],
            len: 0,
            keys: Vec::new(),
        }
    }
}

impl Path {
    /// The number of segments, to [`Path::truncate`] back to.
    pub(crate) fn len(&self) -> usize {
        self.len
    }

    #[allow(clippy::inline_always)] // the wasm build (opt-level z) ignores `#[inline]`
    #[inline(always)]
    pub(crate) fn truncate(&mut self, len: usize) {
        self.len = self.len.min(len);
        if !self.keys.is_empty() {
            self.forget_keys();
        }
    }

    /// Drops the texts of keys no longer on the path.
    #[cold]
    fn forget_keys(&mut self) {
        let live = self.live().iter();
        let keys = live.filter(|s| matches!(s, Segment::Key(_))).count();
        self.keys.truncate(keys);
    }

    #[allow(clippy::inline_always)] // the wasm build (opt-level z) ignores `#[inline]`
    #[inline(always)]
    fn push(&mut self, segment: Segment) {
        if let Some(slot) = self.segments.get_mut(self.len) {
            *slot = segment;
        }
        self.len += 1;
    }

    #[allow(clippy::inline_always)] // the wasm build (opt-level z) ignores `#[inline]`
    #[inline(always)]
    fn push_field(&mut self, name: &'static str) {
        self.push(Segment::Field(name));
    }

    fn push_key(&mut self, key: &str) {
        self.push(Segment::Key(self.keys.len()));
        self.keys.push(key.into());
    }

    #[allow(clippy::inline_always)] // the wasm build (opt-level z) ignores `#[inline]`
    #[inline(always)]
    pub(crate) fn push_index(&mut self, i: usize) {
        self.push(Segment::Index(i));
    }

    /// The segments in use.
    fn live(&self) -> &[Segment] {
        self.segments.get(..self.len).unwrap_or(&self.segments)
    }

    /// The JSON Pointer of the place.
    pub(crate) fn pointer(&self) -> Pointer {
        let mut p = Pointer::root();
        for s in self.live() {
            match s {
                Segment::Field(k) => p.push_key(k),
                Segment::Key(k) => p.push_key(self.keys.get(*k).map_or("", |k| k)),
                Segment::Index(i) => p.push_index(*i),
            }
        }
        p
    }
}

#[derive(Debug)]
pub(crate) struct Decoder<'a> {
    pub(crate) p: Parser<'a>,
    pub(crate) src: &'a str,
    pub(crate) path: Path,
    pub(crate) findings: Vec<Finding>,
    /// Findings left out beyond [`MAX_FINDINGS`].
    pub(crate) dropped: usize,
    /// The document kind's own type-mismatch hints.
    pub(crate) hints: HintFn,
    /// A list of a [`Decode::SPLIT`] type is read on two threads when at
    /// least this many bytes of text follow its start.
    pub(crate) split_min: usize,
}

impl<'a> Decoder<'a> {
    pub(crate) fn new(src: &'a str) -> Self {
        Self {
            p: Parser::new(src),
            src,
            path: Path::default(),
            findings: Vec::new(),
            dropped: 0,
            hints: no_hint,
            split_min: super::list::SPLIT_MIN,
        }
    }

    /// When the findings are full, counts one more as dropped and returns
    /// `true`: the caller then skips rendering (and suggesting for) it.
    pub(crate) fn full(&mut self) -> bool {
        let full = self.findings.len() >= MAX_FINDINGS;
        if full {
            self.dropped += 1;
        }
        full
    }

    /// Keeps a finding, up to [`MAX_FINDINGS`]; counts the rest.
    pub(crate) fn push(&mut self, f: Finding) {
        if self.findings.len() < MAX_FINDINGS {
            self.findings.push(f);
        } else {
            self.dropped += 1;
        }
    }

    /// A finding at the current path.
    pub(crate) fn finding(&self, code: Code, offset: usize, message: Text) -> Finding {
        Finding::new(code, self.path.pointer(), message).at_offset(offset)
    }

    /// Records a finding at the current path.
    pub(crate) fn report(&mut self, code: Code, offset: usize, message: Text) {
        let f = self.finding(code, offset, message);
        self.push(f);
    }

    /// Records a finding with a hint at the current path.
    #[allow(dead_code)]
    pub(crate) fn report_hint(
        &mut self,
        code: Code,
        offset: usize,
        message: Text,
        hint: Option<Text>,
    ) {
        let mut f = self.finding(code, offset, message);
        f.hint = hint;
        self.push(f);
    }

    /// Peeks the next value; when it is not of kind `want`, records a type
    /// mismatch, skips it and returns `None`. Otherwise returns its offset.
    #[allow(clippy::inline_always)] // the wasm build (opt-level z) ignores `#[inline]`
    #[inline(always)]
    pub(crate) fn expect_kind(&mut self, want: Kind, name: TypeName) -> R<Option<usize>> {
        let found = self.p.peek()?;
        let at = self.p.offset();
        if found == want {
            return Ok(Some(at));
        }
        self.mismatch(want, name, found, at)
    }

    /// [`Decoder::expect_kind`] when the value at `at` is of kind `found`.
    #[cold]
    fn mismatch(&mut self, want: Kind, name: TypeName, found: Kind, at: usize) -> R<Option<usize>> {
        let integer = name.1 == INTEGER.1;
        self.p.skip_value()?;
        if self.full() {
            return Ok(None);
        }
        let raw = self.src.get(at..self.p.offset()).unwrap_or_default();
        let shown = if matches!(found, Kind::Object | Kind::Array) {
            String::new()
        } else {
            format!(" `{}`", preview(raw, 40))
        };
        let TypeName(found_de, found_en) = kind_name(found);
        let TypeName(want_de, want_en) = name;
        let pointer = self.path.pointer();
        let m = Mismatch {
            pointer: pointer.as_str(),
            want,
            integer,
            found,
            raw,
        };
        let hint = (self.hints)(&m).or_else(|| mismatch_hint(&m));
        let mut f = self
            .finding(
                Code::TypeMismatch,
                at,
                text!(
                    "Erwartet: {want_de}; gefunden: {found_de}{shown}.",
                    "Expected {want_en}, found {found_en}{shown}.",
                ),
            )
            .with("expected", type_key(name))
            .with("found", type_key(kind_name(found)));
        if !matches!(found, Kind::Object | Kind::Array) {
            f = f.with("value", preview(raw, 40).as_ref());
        }
        f.hint = hint;
        self.push(f);
        Ok(None)
    }

    /// Reads an object whose known fields are `fields`, calling `f` for each
    /// known field with the parser at its value. Unknown and repeated fields are
    /// reported and skipped. Returns the object's offset, or `None` if the value
    /// was no object.
    pub(crate) fn object<F>(
        &mut self,
        fields: &'static [&'static str],
        mut f: F,
    ) -> R<Option<usize>>
    where
        F: FnMut(&mut Self, usize, &'static str) -> R<()>,
    {
        // The wasm build reads every record type with one copy of the
        // reader, calling the field reader through a pointer: a tenth of the
        // reader's code there, at no measured cost. Native builds keep a
        // copy per record type with the field reader inlined (4 % fewer
        // instructions for validating a large concept).
        #[cfg(target_family = "wasm")]
        let f: &mut dyn FnMut(&mut Self, usize, &'static str) -> R<()> = &mut f;
        #[cfg(not(target_family = "wasm"))]
        let f = &mut f;
        self.object_of(fields, f)
    }

    /// The body of [`Decoder::object`].
    fn object_of<F>(&mut self, fields: &'static [&'static str], f: &mut F) -> R<Option<usize>>
    where
        F: FnMut(&mut Self, usize, &'static str) -> R<()> + ?Sized,
    {
        let Some(at) = self.expect_kind(Kind::Object, OBJECT)? else {
            return Ok(None);
        };
        self.p.begin_object()?;
        let mut first_seen = [usize::MAX; MAX_FIELDS];
        let mut first = true;
        while let Some((key, key_at)) = self.p.next_key(first)? {
            first = false;
            let depth = self.path.len();
            // Length and first byte tell the fields of a record apart almost
            // always: at most one full comparison per key.
            let kb = key.as_bytes();
            let known = fields.iter().position(|k| {
                let k = k.as_bytes();
                k.len() == kb.len() && k.first() == kb.first() && k == kb
            });
            match known.and_then(|i| fields.get(i)) {
                Some(name) => self.path.push_field(name),
                None => self.path.push_key(&key),
            }
            if let Some(i) = known {
                {
                    let name = fields.get(i).copied().unwrap_or("");
                    match first_seen.get_mut(i) {
                        Some(seen)
                            if *seen != usize::MAX && self.findings.len() >= MAX_FINDINGS =>
                        {
                            // A repeated field, not kept: count it, render nothing.
                            self.dropped += 1;
                            self.p.skip_value()?;
                        }
                        Some(seen) if *seen != usize::MAX => {
                            let first_at = *seen;
                            let mut finding = self.finding(
                                Code::JsonDuplicateKey,
                                key_at,
                                text!(
                                    "Das Feld `{name}` steht zweimal in diesem Objekt.",
                                    "The field `{name}` appears twice in this object.",
                                ),
                            );
                            finding.hint = Some(text!(
                                "Führen Sie die beiden Einträge zusammen; sonst ginge einer verloren.",
                                "Merge the two entries; otherwise one would be lost.",
                            ));
                            finding.related = Some(crate::diag::Related {
                                pointer: finding.pointer.clone(),
                                location: Some(crate::diag::Location {
                                    line: 0,
                                    column: 0,
                                    offset: first_at,
                                }),
                            });
                            self.push(finding.with("field", name));
                            self.p.skip_value()?;
                        }
                        Some(seen) => {
                            *seen = key_at;
                            f(self, i, name)?;
                        }
                        None => f(self, i, name)?,
                    }
                }
            } else {
                self.unknown_field(&key, key_at, fields);
                self.p.skip_value()?;
            }
            self.path.truncate(depth);
        }
        Ok(Some(at))
    }

    fn unknown_field(&mut self, key: &str, at: usize, fields: &'static [&'static str]) {
        if self.full() {
            return; // no suggestion for a finding that is not kept
        }
        let shown = preview(key, 60);
        let suggestion = suggest(key, fields);
        let (message, hint) = match suggestion {
            Some(s) => (
                text!(
                    "Unbekanntes Feld `{shown}` — meinten Sie `{s}`?",
                    "Unknown field `{shown}` — did you mean `{s}`?",
                ),
                allowed_hint(fields),
            ),
            None => (
                text!("Unbekanntes Feld `{shown}`.", "Unknown field `{shown}`."),
                allowed_hint(fields),
            ),
        };
        let mut f = self
            .finding(Code::FieldUnknown, at, message)
            .with_hint(hint)
            .with("field", shown.as_ref())
            .with("allowed", crate::diag::ContextValue::names(fields));
        if let Some(s) = suggestion {
            f = f.with("suggestion", s);
        }
        self.push(f);
    }

    /// Turns a required field's slot into its value, reporting it when missing.
    pub(crate) fn required<T>(&mut self, at: usize, name: &str, slot: Slot<T>) -> Option<T> {
        match slot {
            Slot::Present(v) => Some(v),
            Slot::Invalid => None,
            Slot::Absent => {
                self.missing(at, name);
                None
            }
        }
    }

    /// The finding `field.missing` for the field `name` of the object at
    /// `at`: one copy, not one per type [`Decoder::required`] reads.
    #[cold]
    #[inline(never)]
    fn missing(&mut self, at: usize, name: &str) {
        if !self.full() {
            let f = self
                .finding(
                    Code::FieldMissing,
                    at,
                    text!(
                        "Das Pflichtfeld `{name}` fehlt.",
                        "The required field `{name}` is missing.",
                    ),
                )
                .with("field", name);
            self.push(f);
        }
    }

    /// Reads an optional field's value: `null` counts as absent.
    pub(crate) fn optional<T: Decode>(&mut self) -> R<Slot<T>> {
        if self.p.peek()? == Kind::Null {
            self.p.null()?;
            return Ok(Slot::Absent);
        }
        Ok(Slot::from(T::decode(self)?))
    }

    /// Reads a string value.
    pub(crate) fn string(&mut self) -> R<Option<(Cow<'a, str>, usize)>> {
        let Some(at) = self.expect_kind(Kind::String, STRING)? else {
            return Ok(None);
        };
        Ok(Some((self.p.string()?, at)))
    }

    /// Reads a string and converts it with `parse`; on failure reports
    /// `code` with the message `fail` renders.
    pub(crate) fn parsed<T, E>(
        &mut self,
        parse: impl FnOnce(&str) -> Result<T, E>,
        fail: impl FnOnce(&str, E) -> (Code, Text, Option<Text>),
    ) -> R<Option<T>> {
        let Some((s, at)) = self.string()? else {
            return Ok(None);
        };
        match parse(&s) {
            Ok(v) => Ok(Some(v)),
            Err(e) => {
                if self.full() {
                    return Ok(None);
                }
                let (code, message, hint) = fail(&s, e);
                let mut f = self
                    .finding(code, at, message)
                    .with("value", preview(&s, 60).as_ref());
                f.hint = hint;
                self.push(f);
                Ok(None)
            }
        }
    }

    /// Reads one of the names in `variants`.
    pub(crate) fn variant<T: Copy>(&mut self, variants: &[(&'static str, T)]) -> R<Option<T>> {
        let Some((s, at)) = self.string()? else {
            return Ok(None);
        };
        if let Some((_, v)) = variants.iter().find(|(n, _)| *n == s) {
            return Ok(Some(*v));
        }
        if self.full() {
            return Ok(None);
        }
        let names: Vec<&str> = variants.iter().map(|(n, _)| *n).collect();
        let shown = preview(&s, 60);
        let suggestion = suggest(&s, &names);
        let message = match suggestion {
            Some(n) => text!(
                "`{shown}` ist hier nicht erlaubt — meinten Sie `{n}`?",
                "`{shown}` is not allowed here — did you mean `{n}`?",
            ),
            None => text!(
                "`{shown}` ist hier nicht erlaubt.",
                "`{shown}` is not allowed here."
            ),
        };
        let hint = allowed_hint(&names);
        let mut f = self
            .finding(Code::ValueUnknownVariant, at, message)
            .with_hint(hint)
            .with("value", shown.as_ref())
            .with("allowed", names.as_slice());
        if let Some(n) = suggestion {
            f = f.with("suggestion", n);
        }
        self.push(f);
        Ok(None)
    }

    /// Reads a number token.
    pub(crate) fn number_token(&mut self, name: TypeName) -> R<Option<(&'a str, usize)>> {
        let Some(at) = self.expect_kind(Kind::Number, name)? else {
            return Ok(None);
        };
        Ok(Some((self.p.number()?, at)))
    }

    /// Reads an integer in `min..=max`. Only integer literals count: the
    /// text is read as an `i64` (never through a double, so every digit is
    /// exact), and a fraction or exponent (`3000000.0`, `1e3`) is a
    /// `type.mismatch` whose hint gives the integer when there is one.
    pub(crate) fn integer(&mut self, min: i64, max: i64) -> R<Option<i64>> {
        let Some((tok, at)) = self.number_token(INTEGER)? else {
            return Ok(None);
        };
        if tok.bytes().any(|b| matches!(b, b'.' | b'e' | b'E')) {
            let literal = classify(tok);
            let whole = match &literal {
                Literal::Whole(n) => n.parse::<i64>().ok(),
                _ => None,
            };
            if literal == Literal::Huge || whole.is_some_and(|v| !(min..=max).contains(&v)) {
                let shown = preview(tok, 40);
                self.out_of_range(at, &shown, min, max);
                return Ok(None);
            }
            if self.full() {
                return Ok(None);
            }
            let shown = preview(tok, 40);
            let hint = match whole {
                Some(n) => text!(
                    "Ganze Zahlen stehen ohne Nachkommastellen und ohne Exponent: schreiben Sie `{n}`.",
                    "Integers are written without a fraction or exponent: write `{n}`.",
                ),
                None => text!(
                    "Hier ist eine ganze Zahl gefragt, ohne Nachkommastellen und ohne Exponent.",
                    "An integer is needed here, without a fraction or exponent.",
                ),
            };
            let f = self
                .finding(
                    Code::TypeMismatch,
                    at,
                    text!(
                        "Erwartet: ganze Zahl; gefunden: `{shown}`.",
                        "Expected an integer, found `{shown}`.",
                    ),
                )
                .with_hint(hint)
                .with("expected", "integer")
                .with("found", "number")
                .with("value", shown.as_ref());
            self.push(f);
            return Ok(None);
        }
        match tok.parse::<i64>() {
            Ok(v) if (min..=max).contains(&v) => Ok(Some(v)),
            _ => {
                let shown = preview(tok, 40);
                self.out_of_range(at, &shown, min, max);
                Ok(None)
            }
        }
    }

    fn out_of_range(&mut self, at: usize, shown: &str, min: i64, max: i64) {
        if self.full() {
            return;
        }
        let f = self
            .finding(
                Code::JsonNumberRange,
                at,
                text!(
                    "Die Zahl `{shown}` liegt außerhalb des erlaubten Bereichs {min} bis {max}.",
                    "The number `{shown}` is outside the allowed range {min} to {max}.",
                ),
            )
            .with("value", shown)
            .with("min", min)
            .with("max", max);
        self.push(f);
    }
}

/// What a JSON number literal with a fraction or exponent stands for.
#[derive(Debug, PartialEq, Eq)]
enum Literal {
    /// A whole number of at most 19 digits, as integer text (`3.6e3` → `3600`).
    Whole(String),
    /// A whole number of more digits (`1e400`).
    Huge,
    /// Not a whole number (`2999999.9999999999`, `1e-999999999`), or an
    /// exponent beyond `i64`.
    Fraction,
}

/// Classifies a number literal by decimal arithmetic on its text: exact, and
/// bounded whatever the exponent.
fn classify(tok: &str) -> Literal {
    let (negative, tok) = match tok.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, tok),
    };
    let (mantissa, exp) = match tok.find(['e', 'E']) {
        Some(i) => {
            let exp = tok.get(i + 1..).unwrap_or_default();
            match exp.trim_start_matches('+').parse::<i64>() {
                Ok(e) => (tok.get(..i).unwrap_or_default(), e),
                Err(_) if exp.starts_with('-') => return Literal::Fraction,
                Err(_) => return Literal::Huge,
            }
        }
        None => (tok, 0),
    };
    let (whole, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let frac = frac.trim_end_matches('0');
    let whole = whole.trim_start_matches('0');
    if whole.is_empty() && frac.is_empty() {
        return Literal::Whole(String::from("0"));
    }
    // The value is digits × 10^shift, digits without leading zeros.
    let joined = format!("{whole}{frac}");
    let digits = joined.trim_start_matches('0');
    let shift = i64::try_from(frac.len()).map_or(i64::MIN, |f| exp.saturating_sub(f));
    let n = if shift >= 0 {
        let zeros = usize::try_from(shift).unwrap_or(usize::MAX);
        if digits.len().saturating_add(zeros) > 19 {
            return Literal::Huge;
        }
        format!("{digits}{}", "0".repeat(zeros))
    } else {
        let cut = usize::try_from(shift.unsigned_abs()).unwrap_or(usize::MAX);
        // Only trailing zeros can be cut (`3000e-3` is 3); `frac` has none.
        let zeros = digits.len() - digits.trim_end_matches('0').len();
        if cut > zeros {
            return Literal::Fraction;
        }
        let int = digits.get(..digits.len() - cut).unwrap_or_default();
        if int.len() > 19 {
            return Literal::Huge;
        }
        int.to_owned()
    };
    Literal::Whole(if negative { format!("-{n}") } else { n })
}

/// A value of the wrong JSON type, as a document kind's hint function sees it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Mismatch<'s> {
    /// JSON Pointer of the value.
    pub(crate) pointer: &'s str,
    /// The kind the field wants.
    pub(crate) want: Kind,
    /// Whether the field wants an integer.
    pub(crate) integer: bool,
    /// The kind found.
    pub(crate) found: Kind,
    /// The value's text as written (strings with their quotes).
    pub(crate) raw: &'s str,
}

/// A document kind's own hints for type mismatches (e.g. amounts in euros);
/// `None` falls back to the generic ones.
pub(crate) type HintFn = fn(&Mismatch<'_>) -> Option<Text>;

fn no_hint(_: &Mismatch<'_>) -> Option<Text> {
    None
}

/// A hint for the common type mistakes: numbers in quotes, codes without.
fn mismatch_hint(m: &Mismatch<'_>) -> Option<Text> {
    match (m.want, m.found) {
        (Kind::String, Kind::Number) => {
            let raw = preview(m.raw, 20);
            Some(text!(
                "Schlüssel, Codes und Ids sind Texte: schreiben Sie `\"{raw}\"` in Anführungszeichen.",
                "Keys, codes and ids are texts: write `\"{raw}\"` in quotes.",
            ))
        }
        (Kind::Number, Kind::String) if m.integer => Some(text!(
            "Schreiben Sie die Zahl ohne Anführungszeichen.",
            "Write the number without quotes.",
        )),
        (Kind::Number, Kind::String) => Some(text!(
            "Schreiben Sie die Zahl ohne Anführungszeichen, mit Punkt als Dezimaltrenner.",
            "Write the number without quotes, with a point as decimal separator.",
        )),
        (Kind::Array, Kind::String | Kind::Number | Kind::Object) => Some(text!(
            "Auch ein einzelner Eintrag steht in einer Liste: `[…]`.",
            "A single entry is also written as a list: `[…]`.",
        )),
        _ => None,
    }
}

impl Decode for String {
    fn decode(d: &mut Decoder<'_>) -> R<Option<Self>> {
        Ok(d.string()?.map(|(s, _)| s.into_owned()))
    }
}

impl Decode for f64 {
    fn decode(d: &mut Decoder<'_>) -> R<Option<Self>> {
        let Some((tok, at)) = d.number_token(NUMBER)? else {
            return Ok(None);
        };
        // A nonzero digit before the exponent: the literal is not zero.
        let nonzero = || {
            let mantissa = tok.split(['e', 'E']).next().unwrap_or_default();
            mantissa.bytes().any(|b| matches!(b, b'1'..=b'9'))
        };
        match crate::model::float::parse(tok) {
            Some(v) if v == 0.0 && nonzero() => {
                if d.full() {
                    return Ok(None);
                }
                let shown = preview(tok, 40);
                let f = d
                    .finding(
                        Code::JsonNumberRange,
                        at,
                        text!(
                            "Die Zahl `{shown}` ist zu klein, um dargestellt zu werden; sie würde zu 0.",
                            "The number `{shown}` is too small to be represented; it would become 0.",
                        ),
                    )
                    .with("value", shown.as_ref());
                d.push(f);
                Ok(None)
            }
            Some(v) if v.is_finite() => Ok(Some(v)),
            _ => {
                let shown = preview(tok, 40);
                let f = d
                    .finding(
                        Code::JsonNumberRange,
                        at,
                        text!(
                            "Die Zahl `{shown}` ist zu groß, um dargestellt zu werden.",
                            "The number `{shown}` is too large to be represented.",
                        ),
                    )
                    .with("value", shown.as_ref());
                d.push(f);
                Ok(None)
            }
        }
    }
}

impl Decode for u32 {
    fn decode(d: &mut Decoder<'_>) -> R<Option<Self>> {
        Ok(d.integer(0, i64::from(u32::MAX))?
            .and_then(|v| u32::try_from(v).ok()))
    }
}

impl<T: Decode + Send> Decode for Vec<T> {
    fn decode(d: &mut Decoder<'_>) -> R<Option<Self>> {
        if d.expect_kind(Kind::Array, ARRAY)?.is_none() {
            return Ok(None);
        }
        super::list::read(d)
    }
}

/// Implements [`Decode`] for a fieldless enum from its names.
macro_rules! decode_enum {
    ($ty:ident { $($name:literal => $variant:ident),* $(,)? }) => {
        impl $crate::format::decode::Decode for $ty {
            fn decode(
                d: &mut $crate::format::decode::Decoder<'_>,
            ) -> $crate::format::decode::R<Option<Self>> {
                d.variant(&[$(($name, $ty::$variant)),*])
            }
        }
    };
}
pub(crate) use decode_enum;

#[cfg(test)]
mod tests {
    use super::{allowed_hint, classify, Literal, Path, MAX_SEGMENTS};

    #[test]
    fn the_path_pushes_and_pops_keys_fields_and_indices() {
        let mut p = Path::default();
        p.push_field("steps");
        p.push_index(3);
        let at_step = p.len();
        p.push_key("tägs/~");
        assert_eq!(p.pointer().as_str(), "/steps/3/tägs~1~0");
        p.push_key("x");
        p.push_index(0);
        assert_eq!(p.pointer().as_str(), "/steps/3/tägs~1~0/x/0");
        p.truncate(at_step + 1);
        assert_eq!(
            (p.pointer().as_str(), p.keys.len()),
            ("/steps/3/tägs~1~0", 1)
        );
        p.truncate(at_step);
        p.push_key("y");
        assert_eq!((p.pointer().as_str(), p.keys.len()), ("/steps/3/y", 1));
        p.truncate(0);
        assert_eq!((p.pointer().as_str(), p.keys.len()), ("", 0));
        // Deeper than the parser ever lets a document nest: no panic, and
        // popping back finds the path as it was.
        for i in 0..MAX_SEGMENTS + 5 {
            p.push_key(&i.to_string());
        }
        assert_eq!(p.len(), MAX_SEGMENTS + 5);
        p.truncate(2);
        assert_eq!(p.pointer().as_str(), "/0/1");
    }

    #[test]
    fn empty_lists_read_naturally() {
        assert_eq!(allowed_hint(&[]).en, "No entries are allowed here.");
        assert_eq!(allowed_hint(&["a", "b"]).en, "Allowed are: `a`, `b`.");
    }

    #[test]
    fn number_literals_are_classified_exactly() {
        let whole = |n: &str| Literal::Whole(n.to_owned());
        assert_eq!(classify("3000000.0"), whole("3000000"));
        assert_eq!(classify("3.6e3"), whole("3600"));
        assert_eq!(classify("1e5"), whole("100000"));
        assert_eq!(classify("3000e-3"), whole("3"));
        assert_eq!(classify("-0.0e7"), whole("0"));
        assert_eq!(classify("-12.50e1"), whole("-125"));
        assert_eq!(classify("9007199254740993.0"), whole("9007199254740993"));
        assert_eq!(classify("2999999.9999999999"), Literal::Fraction);
        assert_eq!(classify("1e-999999999"), Literal::Fraction);
        assert_eq!(classify("1e-99999999999999999999999"), Literal::Fraction);
        assert_eq!(classify("1e400"), Literal::Huge);
        assert_eq!(classify("1e99999999999999999999999"), Literal::Huge);
        assert_eq!(classify("10000000000000000000.0"), Literal::Huge);
    }
}
