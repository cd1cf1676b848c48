//! The document handle for editors: a concept document parsed once and kept,
//! revalidated after each edit, with its findings and outline at UTF-16
//! offsets (what JS strings and editors count), and the evaluation of the
//! concept it holds.

use std::cell::OnceCell;
use std::fmt::Write as _;

use benn_core::outline::{self, OutlineItem};
use benn_core::{Concept, LogEntry, Options, Report};
use wasm_bindgen::prelude::*;

use crate::args::{self, Input};
use crate::utf16::Offsets;
use crate::{eval, io, out};

/// A concept document open in an editor.
///
/// ```js
/// const doc = new Document(text, "2024-06-30");
/// doc.findings();          // every finding, with `from`/`to` in UTF-16 units
/// doc.setText(edited);     // parse and validate again
/// doc.findingsAt(120);     // the findings at the cursor
/// doc.outline();           // fields, goals, steps with their ranges
/// doc.rollup("2024-06-30", "mean");
/// doc.free();              // or `using` / let the GC do it
/// ```
#[wasm_bindgen(skip_typescript)]
#[derive(Debug)]
pub struct Document {
    /// The text (with U+FFFD for bytes that are not UTF-8).
    text: String,
    /// The bytes as given, only when they are not UTF-8 (else: `text`).
    invalid: Option<Vec<u8>>,
    /// Byte to UTF-16 offsets, made when first needed: a text without
    /// located findings (the usual keystroke) never needs them.
    offsets: OnceCell<Offsets>,
    options: Options,
    report: Report,
    concept: Option<Concept>,
    outline: Option<Vec<OutlineItem>>,
    edits: u32,
}

impl Document {
    fn load(&mut self, input: Input) {
        let parsed = input.parse();
        self.report = parsed.validate(&self.options);
        self.concept = parsed.into_concept().ok();
        (self.text, self.invalid) = match input {
            Input::Text(text) => (text, None),
            Input::Bytes(bytes) => match String::from_utf8(bytes) {
                Ok(text) => (text, None),
                Err(e) => {
                    let bytes = e.into_bytes();
                    (String::from_utf8_lossy(&bytes).into_owned(), Some(bytes))
                }
            },
        };
        self.offsets = OnceCell::new();
        self.outline = None;
        self.edits = self.edits.wrapping_add(1);
    }

    fn offsets(&self) -> &Offsets {
        self.offsets.get_or_init(|| Offsets::new(&self.text))
    }

    fn utf16(&self, byte: usize) -> usize {
        self.offsets().to_utf16(&self.text, byte)
    }

    /// The concept, or the `read.invalid` error with the document's error findings.
    pub(crate) fn concept_or_throw(&self, function: &str) -> Result<&Concept, JsValue> {
        self.concept.as_ref().ok_or_else(|| {
            let mut errors = self.report.clone();
            errors
                .findings
                .retain(|f| f.severity == benn_core::Severity::Error);
            args::error_with_findings(
                "read.invalid",
                &format!("Document.{function}: the document cannot be read; see `findings`"),
                &errors,
            )
        })
    }

    pub(crate) fn inputs(
        &self,
        function: &str,
        as_of: &JsValue,
        log: Option<JsValue>,
    ) -> Result<(&Concept, Vec<LogEntry>, benn_core::Date), JsValue> {
        let name = format!("Document.{function}");
        let day = args::day(&name, "asOf", as_of)?;
        let c = self.concept_or_throw(function)?;
        let e = args::entries(&name, c, log)?;
        Ok((c, e, day))
    }

    /// Where the text of a finding at byte `at` ends: the string, number or
    /// word there, or the rest of the line for an object or array.
    fn token_end(&self, at: usize) -> usize {
        let rest = self.text.get(at..).unwrap_or("");
        let line = rest.find('\n').unwrap_or(rest.len());
        let mut chars = rest.char_indices();
        let end = match chars.next() {
            None => 0,
            Some((_, '"')) => {
                let mut escaped = false;
                chars
                    .find(|&(_, c)| {
                        let close = c == '"' && !escaped;
                        escaped = c == '\\' && !escaped;
                        close
                    })
                    .map_or(line, |(i, _)| i + 1)
            }
            Some((_, '{' | '[')) => line,
            Some((_, c)) => chars
                .find(|&(_, c)| matches!(c, ',' | '}' | ']' | ' ' | '\n' | '\r' | '\t'))
                .map_or(rest.len(), |(i, _)| i)
                .max(c.len_utf8()),
        };
        at + end.min(line.max(1)).min(rest.len())
    }

    /// The findings whose UTF-16 range `from..=to` passes `keep`, as a JSON
    /// list with camelCase keys and `from` and `to` added.
    fn located(&self, keep: impl Fn(usize, usize) -> bool) -> String {
        let mut list = String::from("[");
        for f in &self.report.findings {
            let at = f.location.map_or(0, |l| l.offset).min(self.text.len());
            let (from, to) = (self.utf16(at), self.utf16(self.token_end(at)));
            if !keep(from, to) {
                continue;
            }
            if list.len() > 1 {
                list.push(',');
            }
            let json = f.to_json();
            list.push_str(json.strip_suffix('}').unwrap_or(&json));
            let _ = write!(list, ",\"from\":{from},\"to\":{to}}}");
        }
        list.push(']');
        out::camel_json(&list)
    }

    fn outline_items(&mut self) -> &[OutlineItem] {
        let text = &self.text;
        self.outline.get_or_insert_with(|| outline::outline(text))
    }

    /// An outline item with `from`/`to` in UTF-16 units (children only when `deep`).
    fn item<'a>(&self, item: &'a OutlineItem, deep: bool) -> Item<'a> {
        Item {
            kind: item.kind,
            pointer: &item.pointer,
            id: item.id.as_deref(),
            title: item.title.as_deref(),
            start: item.start,
            end: item.end,
            from: self.utf16(item.start),
            to: self.utf16(item.end),
            children: if deep {
                item.children.iter().map(|c| self.item(c, true)).collect()
            } else {
                Vec::new()
            },
        }
    }
}

/// An outline item as the editor sees it: [`OutlineItem`] plus its range in UTF-16 units.
#[derive(serde::Serialize)]
struct Item<'a> {
    kind: outline::OutlineKind,
    pointer: &'a str,
    id: Option<&'a str>,
    title: Option<&'a str>,
    start: usize,
    end: usize,
    from: usize,
    to: usize,
    children: Vec<Item<'a>>,
}

#[wasm_bindgen]
impl Document {
    /// Opens a document: its text, and `today` for the rules about the present.
    #[wasm_bindgen(constructor)]
    pub fn new(text: &JsValue, today: Option<JsValue>) -> Result<Document, JsValue> {
        let input = args::input("new Document", "text", text)?;
        let options = io::options("new Document", today, None)?;
        let mut doc = Document {
            text: String::new(),
            invalid: None,
            offsets: OnceCell::new(),
            options,
            report: Report::default(),
            concept: None,
            outline: None,
            edits: 0,
        };
        doc.load(input);
        Ok(doc)
    }

    /// The text.
    #[wasm_bindgen(getter)]
    pub fn text(&self) -> String {
        self.text.clone()
    }

    /// How many times the text was set (1 after opening).
    #[wasm_bindgen(getter)]
    pub fn revision(&self) -> u32 {
        self.edits
    }

    /// Whether the document could be read as a concept (no syntax or shape error).
    #[wasm_bindgen(getter, js_name = isReadable)]
    pub fn is_readable(&self) -> bool {
        self.concept.is_some()
    }

    /// Replaces the text and validates it again.
    #[wasm_bindgen(js_name = setText)]
    pub fn set_text(&mut self, text: &JsValue) -> Result<(), JsValue> {
        let input = args::input("Document.setText", "text", text)?;
        self.load(input);
        Ok(())
    }

    /// Sets `today` (or leaves it out with `null`) and validates again.
    #[wasm_bindgen(js_name = setToday)]
    pub fn set_today(&mut self, today: Option<JsValue>) -> Result<(), JsValue> {
        self.options = io::options("Document.setToday", today, None)?;
        let input = match self.invalid.take() {
            Some(bytes) => Input::Bytes(bytes),
            None => Input::Text(std::mem::take(&mut self.text)),
        };
        self.load(input);
        Ok(())
    }

    /// Every finding, in source order, with `from` and `to` (UTF-16 offsets
    /// of the value it is about, at most to the end of its line).
    pub fn findings(&self) -> Result<JsValue, JsValue> {
        out::parse(&self.located(|_, _| true))
    }

    /// The findings whose range holds the UTF-16 `offset` (ends included).
    #[wasm_bindgen(js_name = findingsAt)]
    pub fn findings_at(&self, offset: &JsValue) -> Result<JsValue, JsValue> {
        let at = args::offset("Document.findingsAt", "offset", offset)?;
        out::parse(&self.located(|from, to| from <= at && at <= to))
    }

    /// The outline: action fields with their goals and steps, each with its
    /// pointer, id, title and range (`start`/`end` in bytes, `from`/`to` in UTF-16 units).
    pub fn outline(&mut self) -> Result<JsValue, JsValue> {
        let items = self.outline_items().to_vec();
        let list: Vec<Item<'_>> = items.iter().map(|i| self.item(i, true)).collect();
        out::data(&list)
    }

    /// The items around the UTF-16 `offset`, outside in (e.g. field, goal, step), without children.
    #[wasm_bindgen(js_name = pathAt)]
    pub fn path_at(&mut self, offset: &JsValue) -> Result<JsValue, JsValue> {
        let unit = args::offset("Document.pathAt", "offset", offset)?;
        let byte = self.offsets().to_byte(&self.text, unit);
        let items = self.outline_items().to_vec();
        let list: Vec<Item<'_>> = outline::path_at(&items, byte)
            .into_iter()
            .map(|i| self.item(i, false))
            .collect();
        out::data(&list)
    }

    /// The concept as a plain object in the format's shape, or `null` when it cannot be read.
    pub fn concept(&self) -> Result<JsValue, JsValue> {
        match &self.concept {
            None => Ok(JsValue::NULL),
            Some(c) => benn_core::write(c)
                .map_err(|e| args::error(e.code(), &format!("Document.concept: {e}"), false))
                .and_then(|t| out::parse(&t)),
        }
    }

    /// Appends a log entry (an object in the format's shape; without `id` it
    /// gets the next free one) to the concept's `log`, leaving the rest of
    /// the text as it was; validates again and returns the new text.
    #[wasm_bindgen(js_name = appendEntry)]
    pub fn append_entry(&mut self, entry: &JsValue) -> Result<String, JsValue> {
        let f = "Document.appendEntry";
        let existing = self
            .concept
            .as_ref()
            .map(|c| c.log.clone())
            .unwrap_or_default();
        let e = io::entry(f, entry, &existing)?;
        let text = io::append(f, &self.text, &e)?;
        self.load(Input::Text(text.clone()));
        Ok(text)
    }

    /// The state of every step on `asOf` (the concept's log, then the log file `log`).
    pub fn state(&self, as_of: &JsValue, log: Option<JsValue>) -> Result<JsValue, JsValue> {
        let (c, e, day) = self.inputs("state", as_of, log)?;
        eval::state(c, &e, day)
    }

    /// The roll-up on `asOf` by `method` (`"mean"`, `"weight"` or `"cost"`).
    pub fn rollup(
        &self,
        as_of: &JsValue,
        method: &JsValue,
        log: Option<JsValue>,
    ) -> Result<JsValue, JsValue> {
        let (c, e, day) = self.inputs("rollup", as_of, log)?;
        let m = args::method("Document.rollup", method)?;
        eval::rollup(c, &e, day, m)
    }

    /// Status shares on `asOf`.
    pub fn shares(&self, as_of: &JsValue, log: Option<JsValue>) -> Result<JsValue, JsValue> {
        let (c, e, day) = self.inputs("shares", as_of, log)?;
        eval::shares(c, &e, day)
    }

    /// The budget on `asOf`.
    pub fn budget(&self, as_of: &JsValue, log: Option<JsValue>) -> Result<JsValue, JsValue> {
        let (c, e, day) = self.inputs("budget", as_of, log)?;
        eval::budget(c, &e, day)
    }

    /// The indicators on `asOf`.
    pub fn indicators(&self, as_of: &JsValue, log: Option<JsValue>) -> Result<JsValue, JsValue> {
        let (c, e, day) = self.inputs("indicators", as_of, log)?;
        eval::indicators(c, &e, day)
    }

    /// The coverage of planning areas and target groups.
    pub fn coverage(&self) -> Result<JsValue, JsValue> {
        out::data(&benn_core::eval::coverage(
            self.concept_or_throw("coverage")?,
        ))
    }

    /// One table as CSV bytes.
    #[cfg(feature = "csv")]
    #[wasm_bindgen(js_name = tableCsv)]
    pub fn table_csv(
        &self,
        name: &JsValue,
        as_of: &JsValue,
        method: &JsValue,
        log: Option<JsValue>,
        german: Option<JsValue>,
    ) -> Result<JsValue, JsValue> {
        let f = "Document.tableCsv";
        let (c, e, day) = self.inputs("tableCsv", as_of, log)?;
        let m = args::method(f, method)?;
        let german = args::flag(f, "german", german)?;
        eval::csv(&eval::table(f, name, c, &e, day, m)?, german)
    }

    /// Every table as an XLSX workbook (bytes).
    #[cfg(feature = "xlsx")]
    pub fn workbook(
        &self,
        as_of: &JsValue,
        method: &JsValue,
        log: Option<JsValue>,
    ) -> Result<JsValue, JsValue> {
        let (c, e, day) = self.inputs("workbook", as_of, log)?;
        let m = args::method("Document.workbook", method)?;
        eval::xlsx(c, &e, day, m)
    }

    /// The canonical text of the concept (what `benn fmt` writes).
    pub fn canonical(&self) -> Result<String, JsValue> {
        let c = self.concept_or_throw("canonical")?;
        benn_core::write(c)
            .map_err(|e| args::error(e.code(), &format!("Document.canonical: {e}"), false))
    }
}
