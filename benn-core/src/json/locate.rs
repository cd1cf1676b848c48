//! Finding values by JSON Pointer in the source text, for findings of the
//! semantic rules, which work on the model and know only pointers.

use std::collections::{HashMap, HashSet};

use super::parser::{Kind, Parser, Result};
use crate::diag::{Finding, Location, Pointer};

/// Byte offsets of the values at `wanted` pointers in `src` (JSON starting at
/// `start`). Walks the text once, descending only into subtrees that lead to a
/// wanted pointer. Pointers that do not exist are left out.
pub(crate) fn locate(src: &str, start: usize, wanted: &[&str]) -> HashMap<String, usize> {
    let mut prefixes: HashSet<&str> = HashSet::new();
    for w in wanted {
        let mut end = w.len();
        // Every proper prefix that ends at a segment boundary, and the root.
        while let Some(i) = w.get(..end).and_then(|p| p.rfind('/')) {
            prefixes.insert(w.get(..i).unwrap_or(""));
            end = i;
        }
    }
    let wanted: HashSet<&str> = wanted.iter().copied().collect();
    let mut found = HashMap::new();
    let mut p = Parser::new(src);
    p.skip_to(start);
    let mut path = Pointer::root();
    // A syntax error cannot happen here (the text was parsed before); if it
    // did, the offsets found so far are still right.
    let _ = walk(&mut p, &mut path, &wanted, &prefixes, &mut found);
    found
}

/// Gives findings that carry only pointers (those of rules on a model) the
/// offsets of their values, or of the nearest ancestor that exists; the same
/// for their related places. One walk over `src` for all of them.
pub(crate) fn place(src: &str, start: usize, findings: &mut [Finding]) {
    if findings.is_empty() {
        return;
    }
    let mut wanted: Vec<&str> = Vec::with_capacity(findings.len() * 2);
    for f in findings.iter() {
        wanted.push(&f.pointer);
        if let Some(r) = &f.related {
            wanted.push(&r.pointer);
        }
    }
    let found = locate(src, start, &wanted);
    let offset_of = |pointer: &str| {
        let mut p = pointer;
        loop {
            if let Some(&o) = found.get(p) {
                return Some(o);
            }
            p = p.get(..p.rfind('/')?)?;
        }
    };
    let at = |offset| Location {
        line: 0,
        column: 0,
        offset,
    };
    for f in findings.iter_mut() {
        if let Some(o) = offset_of(&f.pointer) {
            f.location = Some(at(o));
        }
        if let Some(r) = &mut f.related {
            if let Some(o) = offset_of(&r.pointer) {
                r.location = Some(at(o));
            }
        }
    }
}

fn walk(
    p: &mut Parser<'_>,
    path: &mut Pointer,
    wanted: &HashSet<&str>,
    prefixes: &HashSet<&str>,
    found: &mut HashMap<String, usize>,
) -> Result<()> {
    let kind = p.peek()?;
    // Ancestors are recorded too: a finding about a field that is absent falls
    // back to the object that should hold it.
    if wanted.contains(path.as_str()) || prefixes.contains(path.as_str()) {
        found.insert(path.as_str().to_owned(), p.offset());
    }
    if !prefixes.contains(path.as_str()) {
        return p.skip_value();
    }
    match kind {
        Kind::Object => {
            p.begin_object()?;
            let mut first = true;
            while let Some((key, key_at)) = p.next_key(first)? {
                first = false;
                let depth = path.len();
                path.push_key(&key);
                let _ = key_at;
                walk(p, path, wanted, prefixes, found)?;
                path.truncate(depth);
            }
            Ok(())
        }
        Kind::Array => {
            p.begin_array()?;
            let mut first = true;
            let mut i = 0;
            while p.next_element(first)? {
                first = false;
                let depth = path.len();
                path.push_index(i);
                walk(p, path, wanted, prefixes, found)?;
                path.truncate(depth);
                i += 1;
            }
            Ok(())
        }
        _ => p.skip_value(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_values() {
        let src = r#"{"a": {"b": [10, {"c~/": true}]}, "d": 1}"#;
        let got = locate(src, 0, &["/a/b/1/c~0~1", "/d", "/a/b/0", "/nope", ""]);
        assert_eq!(got.get("/a/b/1/c~0~1"), Some(&25));
        assert_eq!(got.get("/d"), Some(&39));
        assert_eq!(got.get("/a/b/0"), Some(&13));
        assert_eq!(got.get(""), Some(&0));
        assert_eq!(got.get("/nope"), None);
    }
}
