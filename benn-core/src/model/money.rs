//! Exact money: integer euro cents (*Sachmittel*, *Honorarmittel*). Never floating point.

use std::fmt;

use serde::Serialize;

/// An amount of money in euro cents. May be negative only so that a wrong
/// document can be represented and reported (`amount.negative`).
///
/// ```
/// use benn_core::Cents;
/// let budget = Cents::from_euros(30_000);
/// assert_eq!(budget.get(), 3_000_000);
/// assert_eq!(budget.to_string(), "30.000,00 €");
/// assert_eq!(Cents::new(-1_250).to_string(), "-12,50 €");
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "schema",
    schemars(
        description = "An amount of money in euro cents, as a whole number (3000000 = 30.000,00 €)."
    )
)]
#[serde(transparent)]
pub struct Cents(i64);

impl Cents {
    /// Zero euros.
    pub const ZERO: Cents = Cents(0);

    /// An amount of `cents` cents.
    pub const fn new(cents: i64) -> Self {
        Self(cents)
    }

    /// An amount of whole euros.
    pub const fn from_euros(euros: i64) -> Self {
        Self(euros.saturating_mul(100))
    }

    /// The amount in cents.
    pub const fn get(self) -> i64 {
        self.0
    }

    /// Sum that saturates instead of overflowing (documents are bounded, sums are not).
    #[must_use]
    pub const fn saturating_add(self, other: Cents) -> Cents {
        Cents(self.0.saturating_add(other.0))
    }
}

impl std::iter::Sum for Cents {
    fn sum<I: Iterator<Item = Cents>>(iter: I) -> Cents {
        iter.fold(Cents::ZERO, Cents::saturating_add)
    }
}

impl Cents {
    fn parts(self, group: char) -> (&'static str, String, u64) {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        let digits = (abs / 100).to_string();
        let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                grouped.push(group);
            }
            grouped.push(c);
        }
        (sign, grouped, abs % 100)
    }

    /// English notation: `€30,000.00` (the `Display` form is German).
    ///
    /// ```
    /// assert_eq!(benn_core::Cents::new(-123_456).format_en(), "-€1,234.56");
    /// ```
    pub fn format_en(self) -> String {
        let (sign, euros, cents) = self.parts(',');
        format!("{sign}€{euros}.{cents:02}")
    }
}

impl fmt::Display for Cents {
    /// German notation: `30.000,00 €`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (sign, euros, cents) = self.parts('.');
        write!(f, "{sign}{euros},{cents:02} €")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_notation() {
        assert_eq!(Cents::new(0).to_string(), "0,00 €");
        assert_eq!(Cents::new(5).to_string(), "0,05 €");
        assert_eq!(Cents::new(123_456_789).to_string(), "1.234.567,89 €");
        assert_eq!(
            Cents::new(i64::MIN).to_string(),
            "-92.233.720.368.547.758,08 €"
        );
    }

    #[test]
    fn sums_saturate() {
        let s: Cents = [Cents::new(i64::MAX), Cents::new(1)].into_iter().sum();
        assert_eq!(s, Cents::new(i64::MAX));
    }
}
