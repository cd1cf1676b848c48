//! A report as plain data: a title, header facts and sections of blocks
//! (paragraphs, lists, tables, charts). Each report kind builds one; the
//! renderers ([`super::html`], [`super::markdown`]) write it. Texts here are
//! plain (unescaped): the renderers escape every one of them.

/// A report, ready to be written as HTML or Markdown.
#[derive(Debug, Clone, PartialEq)]
pub struct Doc {
    /// The language it is written in.
    pub lang: crate::Lang,
    /// Which report: `kurzfassung`, `progress`, `review`, `portfolio`.
    pub kind: &'static str,
    /// The kind of report in words, above the title (e.g. *Sachstandsbericht*).
    pub kicker: String,
    /// The title.
    pub title: String,
    /// A line below the title (e.g. the site and district).
    pub subtitle: Option<String>,
    /// Facts for the header (period, adoption, as of), label and text.
    pub meta: Vec<(String, Vec<Span>)>,
    /// The sections, in order.
    pub sections: Vec<Section>,
    /// The closing line (how it was made).
    pub footer: String,
}

/// A section with a heading; printed on a new page when `new_page`.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    /// A fixed ASCII id (`summary`, `budget`, …), used as the HTML id.
    pub id: &'static str,
    /// The heading.
    pub heading: String,
    /// Whether print starts it on a new page.
    pub new_page: bool,
    /// Its contents.
    pub blocks: Vec<Block>,
}

/// A piece of running text.
#[derive(Debug, Clone, PartialEq)]
pub enum Span {
    /// Plain text.
    Text(String),
    /// Emphasised text.
    Strong(String),
    /// A link: shown as a link only when the URL is `http(s)`, else as text.
    Link {
        /// The text shown.
        text: String,
        /// The target.
        url: String,
    },
}

/// An item of a list, with optional sub-items.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// The item's text.
    pub spans: Vec<Span>,
    /// Sub-items (e.g. a goal's steps).
    pub sub: Vec<Vec<Span>>,
}

/// A table: header, rows, and which columns are numbers (aligned right).
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// Column headings.
    pub head: Vec<String>,
    /// Rows of cells.
    pub rows: Vec<Vec<String>>,
    /// Per column: right-aligned.
    pub numeric: Vec<bool>,
    /// Rows shown in bold (totals), by index.
    pub strong_rows: Vec<usize>,
}

/// A chart: its SVG and its text alternative (for Markdown).
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    /// The SVG, as one of [`super::chart`]'s functions wrote it.
    pub svg: String,
    /// A caption below it.
    pub caption: String,
}

/// One block of a section.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A sub-heading.
    Heading(String),
    /// A paragraph.
    Para(Vec<Span>),
    /// A bulleted list.
    List(Vec<Item>),
    /// A numbered list.
    Numbered(Vec<Item>),
    /// A table.
    Table(Table),
    /// A chart.
    Chart(Chart),
    /// Small charts side by side (the portfolio's).
    Grid(Vec<Chart>),
    /// A small note in grey.
    Note(String),
}

impl Span {
    /// Plain text.
    pub fn text(s: impl Into<String>) -> Span {
        Span::Text(s.into())
    }

    /// Emphasised text.
    pub fn strong(s: impl Into<String>) -> Span {
        Span::Strong(s.into())
    }
}

impl Item {
    /// An item of plain text.
    pub fn text(s: impl Into<String>) -> Item {
        Item {
            spans: vec![Span::text(s)],
            sub: Vec::new(),
        }
    }
}

impl Block {
    /// A paragraph of plain text.
    pub fn para(s: impl Into<String>) -> Block {
        Block::Para(vec![Span::text(s)])
    }
}

impl Table {
    /// A table with these headings; `numeric` marks right-aligned columns.
    pub fn new(head: Vec<String>, numeric: &[bool]) -> Table {
        Table {
            head,
            rows: Vec::new(),
            numeric: numeric.to_vec(),
            strong_rows: Vec::new(),
        }
    }
}
