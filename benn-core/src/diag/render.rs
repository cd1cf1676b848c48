//! The report as JSON, written by hand so that it cannot fail: every value
//! is a string, an integer or a list or map of them, and writing into a
//! `String` has no error path. The shape is exactly what the `Serialize`
//! derive of [`Report`] gives (a test compares them on hostile texts), so
//! Python, the browser and the CLI see one format.

use super::{ContextValue, Finding, Location, Report, Text};

/// `report` as compact JSON.
pub(crate) fn report_json(report: &Report) -> String {
    let mut out = String::with_capacity(64 + 256 * report.findings.len());
    out.push_str("{\"findings\":[");
    for (i, f) in report.findings.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        finding(&mut out, f);
    }
    out.push_str("]}");
    out
}

pub(super) fn finding(out: &mut String, f: &Finding) {
    out.push_str("{\"code\":");
    string(out, f.code.as_str());
    out.push_str(",\"severity\":");
    string(out, f.severity.as_str());
    out.push_str(",\"pointer\":");
    string(out, &f.pointer);
    if let Some(l) = &f.location {
        location(out, l);
    }
    out.push_str(",\"message\":");
    text(out, &f.message);
    if let Some(h) = &f.hint {
        out.push_str(",\"hint\":");
        text(out, h);
    }
    if let Some(r) = &f.related {
        out.push_str(",\"related\":{\"pointer\":");
        string(out, &r.pointer);
        if let Some(l) = &r.location {
            location(out, l);
        }
        out.push('}');
    }
    if !f.context.is_empty() {
        out.push_str(",\"context\":{");
        for (i, (k, v)) in f.context.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            string(out, k);
            out.push(':');
            value(out, v);
        }
        out.push('}');
    }
    out.push('}');
}

/// The flattened fields of a location.
fn location(out: &mut String, l: &Location) {
    out.push_str(",\"line\":");
    out.push_str(&l.line.to_string());
    out.push_str(",\"column\":");
    out.push_str(&l.column.to_string());
    out.push_str(",\"offset\":");
    out.push_str(&l.offset.to_string());
}

fn text(out: &mut String, t: &Text) {
    out.push_str("{\"de\":");
    string(out, &t.de);
    out.push_str(",\"en\":");
    string(out, &t.en);
    out.push('}');
}

fn value(out: &mut String, v: &ContextValue) {
    match v {
        ContextValue::Int(n) => out.push_str(&n.to_string()),
        ContextValue::Text(s) => string(out, s),
        ContextValue::Texts(list) => {
            out.push('[');
            for (i, s) in list.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                string(out, s);
            }
            out.push(']');
        }
        ContextValue::Names(list) => {
            out.push('[');
            for (i, s) in list.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                string(out, s);
            }
            out.push(']');
        }
        ContextValue::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
    }
}

/// A JSON string, escaped as `serde_json` escapes it.
fn string(out: &mut String, s: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if u32::from(c) < 0x20 => {
                let b = u32::from(c);
                out.push_str("\\u00");
                for nibble in [b >> 4, b & 0xF] {
                    let digit = HEX.get(nibble as usize).copied().unwrap_or(b'0');
                    out.push(char::from(digit));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::{text, Code};

    #[test]
    fn same_bytes_as_serde_on_every_shape() {
        let nasty = "\"\\\n\r\t\u{8}\u{c}\u{1}\u{1f}\u{7f}é€😀</script>";
        let f = Finding::new(
            Code::FieldUnknown,
            format!("/a~1b/{nasty}"),
            text!("{nasty}", "e"),
        )
        .with_hint(text!("h", "{nasty}"))
        .with_related(nasty)
        .with("n", -5_i64)
        .with("t", nasty)
        .with("l", vec![String::new(), nasty.to_owned()])
        .with("b", true)
        .at_offset(7);
        let mut g = f.clone();
        g.location = Some(Location {
            line: 3,
            column: 9,
            offset: usize::MAX,
        });
        if let Some(r) = &mut g.related {
            r.location = g.location;
        }
        let bare = Finding::new(Code::JsonSyntax, "", text!("", ""));
        for report in [
            Report::default(),
            Report {
                findings: vec![f, g, bare],
            },
        ] {
            let serde = serde_json::to_string(&report).expect("serialises");
            assert_eq!(report_json(&report), serde);
        }
    }

    #[test]
    fn every_control_character_escapes_like_serde() {
        let all: String = (0u32..0x80).filter_map(char::from_u32).collect();
        let mut mine = String::new();
        string(&mut mine, &all);
        assert_eq!(mine, serde_json::to_string(&all).expect("serialises"));
    }
}
