//! The outline of a concept document (*Gliederung*): its action fields
//! (*Handlungsfelder*), goals (*Ziele*) and steps (*Handlungsschritte*) with
//! their places in the text, for editors that show the structure beside the
//! source and follow the cursor.
//!
//! It reads the text with the generic JSON layer and needs no valid concept:
//! a document with a syntax error gives the outline of everything before the
//! error (the item the error lies in ends there), a document of the wrong
//! shape gives what has the expected shape.

use serde::Serialize;

use crate::diag::Pointer;
use crate::json::parser::{Kind, Parser, Result};

/// What an outline item is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OutlineKind {
    /// An action field (*Handlungsfeld*), named by its `key`.
    Field,
    /// A goal (*Ziel*), named by its `id`.
    Goal,
    /// A step (*Handlungsschritt*), named by its `id`.
    Step,
}

/// One action field, goal or step and where it is in the text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OutlineItem {
    /// What it is.
    pub kind: OutlineKind,
    /// Its JSON Pointer, e.g. `/action_fields/0/goals/1`.
    pub pointer: String,
    /// The field's `key` or the goal's or step's `id`, when it is a string.
    pub id: Option<String>,
    /// The field's `title` or the goal's or step's `text`, when it is a string.
    pub title: Option<String>,
    /// Byte offset of its `{`.
    pub start: usize,
    /// Byte offset just after its `}` (or where a syntax error cut it off).
    pub end: usize,
    /// A field's goals, then its own steps; a goal's steps.
    pub children: Vec<OutlineItem>,
}

/// The outline of a concept document's text: one item per action field, with
/// its goals and steps inside. Never panics, whatever the input.
///
/// ```
/// use benn_core::outline::{outline, OutlineKind};
/// let text = std::fs::read_to_string("../examples/weissensee-2023.json").unwrap();
/// let fields = outline(&text);
/// assert_eq!(fields.len(), 4);
/// let goal = &fields[0].children[0];
/// assert_eq!((goal.kind, goal.pointer.as_str()), (OutlineKind::Goal, "/action_fields/0/goals/0"));
/// assert!(text[goal.start..goal.end].starts_with('{') && text[goal.start..goal.end].ends_with('}'));
///
/// // Cut off in the middle: what came before is still there.
/// let cut = &text[..goal.end - 3];
/// assert_eq!(outline(cut)[0].children[0].end, cut.len());
/// ```
pub fn outline(text: &str) -> Vec<OutlineItem> {
    let mut p = Parser::new(text);
    if text.starts_with('\u{FEFF}') {
        p.skip_to('\u{FEFF}'.len_utf8());
    }
    let mut fields = Vec::new();
    if root(&mut p, &mut fields).is_err() {
        close_open(&mut fields, text.len().min(p.offset()));
    }
    fields
}

/// Items whose end is not known yet carry `usize::MAX`; a syntax error ends them at `at`.
fn close_open(items: &mut [OutlineItem], at: usize) {
    for item in items {
        if item.end == usize::MAX {
            item.end = at;
        }
        close_open(&mut item.children, at);
    }
}

fn root(p: &mut Parser<'_>, fields: &mut Vec<OutlineItem>) -> Result<()> {
    if p.peek()? != Kind::Object {
        return Ok(());
    }
    p.begin_object()?;
    let mut first = true;
    while let Some((key, _)) = p.next_key(first)? {
        first = false;
        if key == "action_fields" {
            let mut path = Pointer::root();
            path.push_key("action_fields");
            list(p, &mut path, OutlineKind::Field, fields)?;
        } else {
            p.skip_value()?;
        }
    }
    Ok(())
}

/// An array of items of `kind` at `path`; anything else is skipped.
fn list(
    p: &mut Parser<'_>,
    path: &mut Pointer,
    kind: OutlineKind,
    out: &mut Vec<OutlineItem>,
) -> Result<()> {
    if p.peek()? != Kind::Array {
        return p.skip_value();
    }
    p.begin_array()?;
    let mut first = true;
    let mut i = 0;
    while p.next_element(first)? {
        first = false;
        let depth = path.len();
        path.push_index(i);
        item(p, path, kind, out)?;
        path.truncate(depth);
        i += 1;
    }
    Ok(())
}

/// One item: its name, its title and its children, in any order of keys.
fn item(
    p: &mut Parser<'_>,
    path: &mut Pointer,
    kind: OutlineKind,
    out: &mut Vec<OutlineItem>,
) -> Result<()> {
    if p.peek()? != Kind::Object {
        return p.skip_value();
    }
    let (id_key, title_key) = match kind {
        OutlineKind::Field => ("key", "title"),
        OutlineKind::Goal | OutlineKind::Step => ("id", "text"),
    };
    out.push(OutlineItem {
        kind,
        pointer: path.as_str().to_owned(),
        id: None,
        title: None,
        start: p.offset(),
        end: usize::MAX,
        children: Vec::new(),
    });
    let at = out.len() - 1;
    p.begin_object()?;
    let mut goals = Vec::new();
    let mut steps = Vec::new();
    let mut first = true;
    let result = (|| {
        while let Some((key, _)) = p.next_key(first)? {
            first = false;
            let depth = path.len();
            path.push_key(&key);
            if key == id_key || key == title_key {
                let value = if p.peek()? == Kind::String {
                    Some(p.string()?.into_owned())
                } else {
                    p.skip_value()?;
                    None
                };
                if let Some(item) = out.get_mut(at) {
                    if key == id_key {
                        item.id = value;
                    } else {
                        item.title = value;
                    }
                }
            } else if key == "goals" && kind == OutlineKind::Field {
                list(p, path, OutlineKind::Goal, &mut goals)?;
            } else if key == "steps" && kind != OutlineKind::Step {
                list(p, path, OutlineKind::Step, &mut steps)?;
            } else {
                p.skip_value()?;
            }
            path.truncate(depth);
        }
        Ok(())
    })();
    let end = p.offset();
    if let Some(item) = out.get_mut(at) {
        goals.append(&mut steps);
        item.children = goals;
        if result.is_ok() {
            item.end = end;
        }
    }
    result
}

/// The innermost item whose text holds the byte `offset`, from the outside in:
/// e.g. `[field, goal, step]` for an offset inside a step.
///
/// ```
/// use benn_core::outline::{outline, path_at};
/// let text = std::fs::read_to_string("../examples/weissensee-2023.json").unwrap();
/// let items = outline(&text);
/// let step = &items[0].children[0].children[0];
/// let path = path_at(&items, step.start + 1);
/// assert_eq!(path.len(), 3);
/// assert_eq!(path[2].pointer, step.pointer);
/// assert!(path_at(&items, 0).is_empty());
/// ```
pub fn path_at(items: &[OutlineItem], offset: usize) -> Vec<&OutlineItem> {
    let mut path = Vec::new();
    let mut level = items;
    while let Some(item) = level.iter().find(|i| i.start <= offset && offset < i.end) {
        path.push(item);
        level = &item.children;
    }
    path
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_in_any_order_and_field_steps_after_goals() {
        let text = r#"{"action_fields": [{"steps": [{"text": "S", "id": "s1"}],
            "goals": [{"id": "g1", "steps": [{"id": "s2"}], "text": "G"}], "title": "T", "key": "k"}],
            "id": "x"}"#;
        let items = outline(text);
        assert_eq!(items.len(), 1);
        let f = &items[0];
        assert_eq!(
            (f.id.as_deref(), f.title.as_deref()),
            (Some("k"), Some("T"))
        );
        let kinds: Vec<_> = f.children.iter().map(|c| (c.kind, c.id.clone())).collect();
        assert_eq!(
            kinds,
            [
                (OutlineKind::Goal, Some("g1".into())),
                (OutlineKind::Step, Some("s1".into()))
            ]
        );
        assert_eq!(
            f.children[0].children[0].pointer,
            "/action_fields/0/goals/0/steps/0"
        );
        assert_eq!(f.children[1].pointer, "/action_fields/0/steps/0");
        assert_eq!(&text[f.end - 1..f.end], "}");
    }

    #[test]
    fn wrong_shapes_and_broken_text_give_what_there_is() {
        assert!(outline("").is_empty());
        assert!(outline("[1, 2]").is_empty());
        assert!(outline(r#"{"action_fields": 3}"#).is_empty());
        let items = outline(r#"{"action_fields": [1, {"key": 5, "goals": {}}]}"#);
        assert_eq!(items.len(), 1);
        assert_eq!(items[0].pointer, "/action_fields/1");
        assert_eq!(items[0].id, None);
        let cut = r#"{"action_fields": [{"key": "a", "goals": [{"id": "g", "steps": [{"id": "#;
        let items = outline(cut);
        let step = &items[0].children[0].children[0];
        assert_eq!((step.id.clone(), step.end), (None, cut.len()));
        assert_eq!(items[0].end, cut.len());
    }

    proptest::proptest! {
        #[test]
        fn never_panics_and_items_nest(text in r#"[\[\]{}",: a-z0-9]{0,80}"#) {
            fn check(items: &[OutlineItem], lo: usize, hi: usize) {
                for i in items {
                    assert!(lo <= i.start && i.start < i.end && i.end <= hi);
                    check(&i.children, i.start, i.end);
                }
            }
            let doc = format!(r#"{{"action_fields": [{{"goals": [{text}"#);
            check(&outline(&doc), 0, doc.len());
        }
    }
}
