//! The concept format's own hints for values of the wrong JSON type: amounts
//! written in euros, districts and LOR codes written as numbers.

use crate::diag::{text, Text};
use crate::json::decode::{preview, Mismatch};
use crate::json::parser::Kind;
use crate::model::Cents;

/// Hints that know the concept's fields; `None` leaves the generic hint.
pub(crate) fn concept_hint(m: &Mismatch<'_>) -> Option<Text> {
    match (m.want, m.found) {
        (Kind::Number, Kind::String) if m.integer && m.pointer.ends_with("_cents") => {
            let inner = m.raw.trim_matches('"');
            Some(match euros_to_cents(inner) {
                Some(cents) => {
                    let amount = Cents::new(cents);
                    Text::new(
                        format!("Beträge stehen in Cent als ganze Zahl ohne Anführungszeichen: `{cents}` für {amount}."),
                        format!(
                            "Amounts are whole cents without quotes: `{cents}` for {}.",
                            amount.format_en()
                        ),
                    )
                }
                None => text!(
                    "Schreiben Sie die Zahl ohne Anführungszeichen.",
                    "Write the number without quotes.",
                ),
            })
        }
        (Kind::String, Kind::Number) => {
            let last = m.pointer.rsplit('/').next().unwrap_or_default();
            let digits = m.raw.bytes().all(|b| b.is_ascii_digit());
            if last == "district" {
                // `7` means district `07`: the leading zero is what JSON dropped.
                let code = if digits && m.raw.len() == 1 {
                    format!("0{}", m.raw)
                } else {
                    preview(m.raw, 20).into_owned()
                };
                return Some(text!(
                    "Bezirke sind zweistellige Texte: schreiben Sie `\"{code}\"` in Anführungszeichen.",
                    "Districts are two-digit texts: write `\"{code}\"` in quotes.",
                ));
            }
            let lor = m.pointer.contains("planning_area") || last == "code";
            // LOR codes have 4, 6 or 8 digits; a number lost the leading zero.
            if lor && digits && matches!(m.raw.len(), 3 | 5 | 7) {
                let code = format!("0{}", m.raw);
                return Some(text!(
                    "LOR-Schlüssel sind Texte mit führender Null: schreiben Sie `\"{code}\"` in Anführungszeichen.",
                    "LOR codes are texts with their leading zero: write `\"{code}\"` in quotes.",
                ));
            }
            None
        }
        _ => None,
    }
}

/// Reads an amount written in euros (`15.000,00 €`, `1500.50`) as cents.
fn euros_to_cents(s: &str) -> Option<i64> {
    let s = s
        .trim()
        .trim_end_matches('€')
        .trim_end_matches("EUR")
        .trim();
    let normalized = if s.contains(',') {
        s.replace('.', "").replace(',', ".")
    } else {
        s.to_owned()
    };
    if normalized.is_empty() || !normalized.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return None;
    }
    let (whole, frac) = normalized.split_once('.').unwrap_or((&normalized, ""));
    if frac.len() > 2 || whole.is_empty() {
        return None;
    }
    let whole: i64 = whole.parse().ok()?;
    let frac: i64 = format!("{frac:0<2}").parse().ok()?;
    whole.checked_mul(100)?.checked_add(frac)
}

#[cfg(test)]
mod tests {
    use super::euros_to_cents;
    use crate::validate::testing::MINIMAL;
    use crate::{validate, Options};

    /// The English hint of the first `type.mismatch` in MINIMAL with `from` replaced by `to`.
    fn mismatch_hint(from: &str, to: &str) -> String {
        let doc = MINIMAL.replacen(from, to, 1);
        let report = validate(doc.as_bytes(), &Options::default());
        let f = report
            .findings
            .iter()
            .find(|f| f.code.as_str() == "type.mismatch")
            .expect("a type.mismatch");
        f.hint.as_ref().map(|h| h.en.clone()).unwrap_or_default()
    }

    #[test]
    fn money_hints_only_for_money_fields() {
        let hint = mismatch_hint(
            "\"amount_cents\": 3000000",
            "\"amount_cents\": \"30.000,00 €\"",
        );
        assert_eq!(
            hint,
            "Amounts are whole cents without quotes: `3000000` for €30,000.00."
        );
        let hint = mismatch_hint("\"year\": 2023", "\"year\": \"2023\"");
        assert_eq!(hint, "Write the number without quotes.");
    }

    #[test]
    fn codes_written_as_numbers_get_their_leading_zero_back() {
        let hint = mismatch_hint("\"district\": \"03\"", "\"district\": 7");
        assert_eq!(
            hint,
            "Districts are two-digit texts: write `\"07\"` in quotes."
        );
        let hint = mismatch_hint("\"district\": \"03\"", "\"district\": 11");
        assert!(hint.contains("`\"11\"`"), "{hint}");
        let hint = mismatch_hint("[\"03500932\"]", "[3500932]");
        assert!(hint.contains("`\"03500932\"`"), "{hint}");
        let hint = mismatch_hint("\"id\": \"g1\"", "\"id\": 1");
        assert_eq!(
            hint,
            "Keys, codes and ids are texts: write `\"1\"` in quotes."
        );
    }

    #[test]
    fn integers_are_integer_literals_read_exactly() {
        let hint = mismatch_hint("\"amount_cents\": 3000000", "\"amount_cents\": 3.6e3");
        assert_eq!(
            hint,
            "Integers are written without a fraction or exponent: write `3600`."
        );
        let hint = mismatch_hint("\"year\": 2023", "\"year\": 2023.5");
        assert_eq!(
            hint,
            "An integer is needed here, without a fraction or exponent."
        );
        let doc = MINIMAL.replacen("3000000", "9007199254740993", 1);
        let c = crate::read(doc.as_bytes()).expect("valid");
        let cents = c.budget.first().map(|b| b.amount_cents);
        assert_eq!(cents, Some(crate::model::Cents::new(9_007_199_254_740_993)));
    }

    #[test]
    fn euro_amounts() {
        assert_eq!(euros_to_cents("15000,00"), Some(1_500_000));
        assert_eq!(euros_to_cents("15.000,50 €"), Some(1_500_050));
        assert_eq!(euros_to_cents("1500.5"), Some(150_050));
        assert_eq!(euros_to_cents("viel"), None);
        assert_eq!(euros_to_cents("1,234"), None);
    }
}
