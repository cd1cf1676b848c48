//! Escaping of user text for HTML, SVG and Markdown: the one way any text of
//! a concept reaches a report.
//!
//! - [`Html`] escapes `& < > " '` so a text is harmless in element content
//!   and in attribute values (always written in double quotes). `</svg>`,
//!   `<script>` and `"><img …>` become plain text.
//! - [`safe_url`] lets a link through only when it is `http://` or
//!   `https://` (so never `javascript:`, `data:` or a relative path); the URL
//!   is then escaped like any attribute.
//! - User text never goes into `<style>` or `<script>` (reports have no
//!   script), nor into class names or ids: those come from fixed enums.
//! - [`markdown`] escapes Markdown syntax and HTML in Markdown.
//!
//! ```
//! use benn_core::report::escape::{html, safe_url};
//! assert_eq!(html(r#""><img src=x onerror=alert(1)>"#), "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
//! assert_eq!(safe_url("javascript:alert(1)"), None);
//! assert_eq!(safe_url("https://example.org/?a=1&b=2").as_deref(), Some("https://example.org/?a=1&amp;b=2"));
//! ```

use std::fmt;

/// A text that is written escaped for HTML content and attribute values.
#[derive(Debug, Clone, Copy)]
pub struct Html<'a>(pub &'a str);

impl fmt::Display for Html<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut rest = self.0;
        while let Some(i) = rest.find(['&', '<', '>', '"', '\'', '\0']) {
            let (head, tail) = rest.split_at(i);
            f.write_str(head)?;
            let mut chars = tail.chars();
            let rep = match chars.next() {
                Some('&') => "&amp;",
                Some('<') => "&lt;",
                Some('>') => "&gt;",
                Some('"') => "&quot;",
                Some('\'') => "&#39;",
                _ => "\u{fffd}",
            };
            f.write_str(rep)?;
            rest = chars.as_str();
        }
        f.write_str(rest)
    }
}

/// `text` escaped for HTML content and attribute values.
pub fn html(text: &str) -> String {
    Html(text).to_string()
}

/// `url` escaped for an `href`, when it is an absolute `http(s)` URL
/// without spaces or control characters; `None` otherwise.
pub fn safe_url(url: &str) -> Option<String> {
    let u = url.trim();
    let lower = u.get(..8).unwrap_or(u).to_ascii_lowercase();
    let scheme_ok = lower.starts_with("https://") || lower.starts_with("http://");
    let clean = !u.chars().any(|c| c.is_whitespace() || c.is_control());
    (scheme_ok && clean && u.len() > 8).then(|| html(u))
}

/// `text` for Markdown: syntax characters are backslash-escaped, `<`, `>`
/// and `&` become entities (so no HTML passes through a Markdown
/// renderer), line breaks become spaces, and `|` is escaped for tables.
pub fn markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\r' | '\n' | '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    // A leading `-`, `=` or a number with `.` would start a list or heading.
    if out.starts_with(['-', '=', '#', '+']) {
        out.insert(0, '\\');
    } else if let Some(dot) = leading_ordinal(&out) {
        out.insert(dot, '\\');
    }
    out
}

/// Where the `.` is when `s` starts like an ordered list item (`1. `).
fn leading_ordinal(s: &str) -> Option<usize> {
    let digits = s.chars().take_while(char::is_ascii_digit).count();
    let rest = s.get(digits..)?;
    (digits > 0 && (rest.starts_with(". ") || rest == ".")).then_some(digits)
}

/// Shortens `text` (trimmed) to at most `max` characters, ending in `…`
/// when cut; the flag says whether it was.
pub fn ellipsis(text: &str, max: usize) -> (std::borrow::Cow<'_, str>, bool) {
    let text = text.trim();
    if text.char_indices().nth(max).is_none() {
        return (std::borrow::Cow::Borrowed(text), false);
    }
    let end = text
        .char_indices()
        .nth(max.saturating_sub(1))
        .map_or(text.len(), |(i, _)| i);
    let mut cut = text.get(..end).unwrap_or(text).trim_end().to_owned();
    cut.push('…');
    (std::borrow::Cow::Owned(cut), true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_escapes_every_special_character() {
        assert_eq!(html("a & b"), "a &amp; b");
        assert_eq!(
            html("<script>alert('x')</script>"),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"
        );
        assert_eq!(html("</svg>"), "&lt;/svg&gt;");
        assert_eq!(html("x\0y"), "x\u{fffd}y");
        assert_eq!(html("Weißensee – „gut“"), "Weißensee – „gut“");
        // Nothing of the input's markup survives.
        for hostile in [
            r#""><img src=x onerror=alert(1)>"#,
            "</style><style>body{display:none}",
            "';}</style>",
        ] {
            let out = html(hostile);
            assert!(!out.contains(['<', '>', '"', '\'']), "{out}");
        }
    }

    #[test]
    fn only_http_links_pass() {
        assert_eq!(safe_url("javascript:alert(1)"), None);
        assert_eq!(safe_url("JAVASCRIPT:alert(1)"), None);
        assert_eq!(safe_url(" data:text/html,<b>"), None);
        assert_eq!(safe_url("//evil.example"), None);
        assert_eq!(safe_url("https://"), None);
        assert_eq!(safe_url("https://a.example/x y"), None);
        assert_eq!(
            safe_url("HTTPS://a.example/\"><script>").as_deref(),
            Some("HTTPS://a.example/&quot;&gt;&lt;script&gt;")
        );
        assert_eq!(
            safe_url("http://a.example").as_deref(),
            Some("http://a.example")
        );
    }

    #[test]
    fn markdown_escapes_syntax_and_html() {
        assert_eq!(markdown("a *b* [c](d)"), r"a \*b\* \[c\](d)");
        assert_eq!(markdown("# x"), r"\# x");
        assert_eq!(markdown("<script>"), "&lt;script&gt;");
        assert_eq!(markdown("a|b\nc"), r"a\|b c");
        assert_eq!(markdown("- x"), r"\- x");
        assert_eq!(markdown("1. x"), r"1\. x");
        assert_eq!(markdown("Für 2023"), "Für 2023");
    }

    #[test]
    fn ellipsis_cuts_on_characters() {
        assert_eq!(ellipsis(" Begegnung ", 20), ("Begegnung".into(), false));
        assert_eq!(ellipsis("Begegnung", 9), ("Begegnung".into(), false));
        assert_eq!(ellipsis("Größere Übung", 8), ("Größere…".into(), true));
        assert_eq!(ellipsis("ab cd", 4), ("ab…".into(), true));
    }
}
