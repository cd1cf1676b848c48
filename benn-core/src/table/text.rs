//! Cells as text and back: the one place that decides how a CSV cell looks
//! (see the table in the module doc of [`super`]).

use crate::model::{Cents, Decimal};

use super::Cell;

/// How cells are spelled in one kind of file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Dialect {
    /// Decimal comma (`12,50`) instead of a decimal point (German CSV).
    pub(crate) decimal_comma: bool,
    /// Text cells carry the apostrophe against formula injection (CSV).
    pub(crate) neutralised: bool,
}

/// Characters that make a spreadsheet read a cell as a formula, and the
/// apostrophe that marks a neutralised cell.
const NEUTRALISE: [char; 7] = ['=', '+', '-', '@', '\t', '\r', '\''];

/// Whether a spreadsheet would read the text as a number and lose its
/// leading zero (a LOR code like `03500932`).
fn leading_zero_number(s: &str) -> bool {
    s.len() > 1 && s.starts_with('0') && s.bytes().all(|b| b.is_ascii_digit())
}

/// Puts an apostrophe before a text that starts with a formula character or
/// an apostrophe, or that is digits with a leading zero.
pub(crate) fn neutralise(s: String) -> String {
    if s.starts_with(NEUTRALISE) || leading_zero_number(&s) {
        format!("'{s}")
    } else {
        s
    }
}

/// Takes back [`neutralise`]: removes exactly one leading apostrophe.
pub(crate) fn unneutralise(s: &str) -> &str {
    s.strip_prefix('\'').unwrap_or(s)
}

/// A list as one cell: one item per line, or a JSON array when that would be
/// ambiguous.
pub(crate) fn list_to_text<S: AsRef<str> + serde::Serialize>(items: &[S]) -> String {
    let ambiguous = items
        .iter()
        .map(AsRef::as_ref)
        .any(|i: &str| i.is_empty() || i.contains(['\n', '\r']))
        || items.first().is_some_and(|i| i.as_ref().starts_with('['));
    if ambiguous {
        serde_json::to_string(items).unwrap_or_default()
    } else {
        let mut out = String::new();
        for (n, i) in items.iter().enumerate() {
            if n > 0 {
                out.push('\n');
            }
            out.push_str(i.as_ref());
        }
        out
    }
}

/// Reads a list cell written by [`list_to_text`] (or typed by hand: one item per line).
pub(crate) fn list_from_text(s: &str) -> Option<Vec<String>> {
    if s.is_empty() {
        Some(Vec::new())
    } else if s.starts_with('[') {
        serde_json::from_str(s).ok()
    } else {
        Some(s.split('\n').map(str::to_owned).collect())
    }
}

/// An amount in euros with two decimals and no grouping: `-1234.50`.
pub(crate) fn euros(c: Cents, decimal_comma: bool) -> String {
    let sign = if c.get() < 0 { "-" } else { "" };
    let abs = c.get().unsigned_abs();
    let sep = if decimal_comma { ',' } else { '.' };
    format!("{sign}{}{sep}{:02}", abs / 100, abs % 100)
}

/// Reads an amount in euros: `1234.5`, `-12,50 €`, `7`; at most two decimals,
/// no thousands separators. Either separator is accepted; in the German
/// dialect it is the comma that is written.
pub(crate) fn parse_euros(s: &str) -> Option<Cents> {
    let s = s.trim();
    let s = s
        .strip_suffix('€')
        .or_else(|| s.strip_prefix('€'))
        .unwrap_or(s)
        .trim();
    let (neg, s) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let (whole, frac) = match s.split_once(['.', ',']) {
        Some((w, f)) => (w, f),
        None => (s, ""),
    };
    let digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || !digits(whole) || !digits(frac) || frac.len() > 2 {
        return None;
    }
    if s.contains(['.', ',']) && frac.is_empty() {
        return None;
    }
    let whole: i64 = whole.parse().ok()?;
    let frac: i64 = match frac.len() {
        0 => 0,
        1 => frac.parse::<i64>().ok()? * 10,
        _ => frac.parse().ok()?,
    };
    // Built with the sign, so that the most negative amount fits too.
    let cents = if neg {
        whole.checked_mul(-100)?.checked_sub(frac)?
    } else {
        whole.checked_mul(100)?.checked_add(frac)?
    };
    Some(Cents::new(cents))
}

/// A decimal as written, with a decimal comma when asked.
pub(crate) fn decimal(d: &Decimal, decimal_comma: bool) -> String {
    if decimal_comma {
        d.as_str().replace('.', ",")
    } else {
        d.as_str().to_owned()
    }
}

/// Reads a decimal; a decimal comma is taken for a point (JSON numbers hold
/// no comma, so this takes back [`decimal`] exactly).
pub(crate) fn parse_decimal(s: &str) -> Option<Decimal> {
    s.trim().replace(',', ".").parse().ok()
}

/// A cell as text in `dialect`.
pub(crate) fn cell_to_text(cell: &Cell, dialect: Dialect) -> String {
    let text = |s: String| {
        if dialect.neutralised {
            neutralise(s)
        } else {
            s
        }
    };
    match cell {
        Cell::Empty => String::new(),
        Cell::Text(s) => text(s.to_string()),
        Cell::Integer(i) => i.to_string(),
        Cell::Cents(c) => euros(*c, dialect.decimal_comma),
        Cell::Date(d) => d.to_string(),
        Cell::YearMonth(m) => m.to_string(),
        Cell::Decimal(d) | Cell::Percent(d) => decimal(d, dialect.decimal_comma),
        Cell::List(items) => text(list_to_text(items)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn neutralising_is_undone_exactly() {
        for s in [
            "=1+1", "+49 30", "-", "@x", "\tx", "\rx", "'x", "''", "x", "",
        ] {
            let n = neutralise(s.to_owned());
            assert_eq!(unneutralise(&n), s, "{n}");
            assert!(!n.starts_with(['=', '+', '-', '@', '\t', '\r']));
        }
        assert_eq!(neutralise("=SUMME(A1)".into()), "'=SUMME(A1)");
        assert_eq!(neutralise("Fest".into()), "Fest");
        assert_eq!(neutralise("03500932".into()), "'03500932");
        assert_eq!(neutralise("120".into()), "120");
    }

    #[test]
    fn amounts_are_exact() {
        assert_eq!(euros(Cents::new(-123_456), false), "-1234.56");
        assert_eq!(euros(Cents::new(5), true), "0,05");
        assert_eq!(euros(Cents::new(i64::MIN), false), "-92233720368547758.08");
        for c in [i64::MIN, i64::MAX, 0, -1] {
            assert_eq!(
                parse_euros(&euros(Cents::new(c), true)),
                Some(Cents::new(c))
            );
        }
        for (s, c) in [
            ("12.5", 1250),
            ("12,50 €", 1250),
            ("-0.05", -5),
            ("7", 700),
            ("€ 3", 300),
        ] {
            assert_eq!(parse_euros(s), Some(Cents::new(c)), "{s}");
        }
        for s in ["", "1.234,56", "12.", ".5", "1.005", "zwölf", "--1", "1e3"] {
            assert_eq!(parse_euros(s), None, "{s}");
        }
    }

    #[test]
    fn lists_need_json_only_when_ambiguous() {
        let l = |v: &[&str]| v.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert_eq!(list_to_text(&l(&["a", "b"])), "a\nb");
        assert_eq!(list_to_text(&l(&["a\nb"])), r#"["a\nb"]"#);
        assert_eq!(list_to_text(&l(&[""])), r#"[""]"#);
        for v in [
            vec![],
            l(&["a"]),
            l(&["", "x"]),
            l(&["[x", "y"]),
            l(&["a\r\n"]),
        ] {
            assert_eq!(list_from_text(&list_to_text(&v)), Some(v));
        }
    }

    #[test]
    fn decimal_commas_go_both_ways() {
        let d: Decimal = "-1.50e3".parse().unwrap();
        assert_eq!(decimal(&d, true), "-1,50e3");
        assert_eq!(parse_decimal("-1,50e3").unwrap().as_str(), "-1.50e3");
    }
}
