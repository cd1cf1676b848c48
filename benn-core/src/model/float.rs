//! A JSON number's text to the nearest `f64`, without the standard library's
//! tables.
//!
//! `str::parse::<f64>` brings a 20 KB table of powers of five (Eisel–Lemire)
//! into the wasm build, about 8 KB brotli that does not compress. [`parse`]
//! gives the same `f64` for every JSON number: the nearest one, ties to even,
//! infinite when too large and zero when too small (that is what correctly
//! rounded means, so there is one right answer). Short numbers take the fast
//! path (at most 15 digits and a power of ten up to 10^22: two exact `f64`s and
//! one rounding); the rest is exact integer arithmetic on the digits.

/// The `f64` nearest to the JSON number `s` (`-? int frac? exp?`), as
/// `s.parse::<f64>()` gives it; `None` if `s` is no JSON number.
pub(crate) fn parse(s: &str) -> Option<f64> {
    let (negative, body) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let n = Literal::scan(body.as_bytes())?;
    let v = n.fast().unwrap_or_else(|| n.slow());
    Some(if negative { -v } else { v })
}

/// Significant digits kept: a tie between two `f64`s has at most 767, so
/// digits beyond 800 only tell whether the rest is zero.
const MAX_DIGITS: usize = 800;

/// The parts of an unsigned JSON number.
struct Literal<'a> {
    int: &'a [u8],
    frac: &'a [u8],
    /// The exponent after `e`, saturated far outside the `f64` range.
    exp: i64,
}

impl<'a> Literal<'a> {
    fn scan(b: &'a [u8]) -> Option<Self> {
        let digits = |from: usize| {
            b.get(from..)
                .map_or(0, |r| r.iter().take_while(|c| c.is_ascii_digit()).count())
        };
        let int_len = match b.first() {
            Some(b'0') => 1,
            Some(b'1'..=b'9') => digits(0),
            _ => return None,
        };
        let mut i = int_len;
        let mut frac_len = 0;
        if b.get(i) == Some(&b'.') {
            frac_len = digits(i + 1);
            if frac_len == 0 {
                return None;
            }
            i += 1 + frac_len;
        }
        let mut exp: i64 = 0;
        if matches!(b.get(i), Some(b'e' | b'E')) {
            i += 1;
            let negative = b.get(i) == Some(&b'-');
            if matches!(b.get(i), Some(b'+' | b'-')) {
                i += 1;
            }
            let len = digits(i);
            if len == 0 {
                return None;
            }
            for &c in b.get(i..i + len)? {
                exp = (exp * 10 + i64::from(c - b'0')).min(1 << 40);
            }
            if negative {
                exp = -exp;
            }
            i += len;
        }
        if i != b.len() {
            return None;
        }
        Some(Literal {
            int: b.get(..int_len)?,
            frac: b
                .get(int_len + 1..int_len + 1 + frac_len)
                .unwrap_or_default(),
            exp,
        })
    }

    /// All digits, integer part first.
    fn digits(&self) -> impl Iterator<Item = u8> + '_ {
        self.int.iter().chain(self.frac).map(|c| c - b'0')
    }

    /// The power of ten of the last digit.
    #[allow(clippy::cast_possible_wrap)] // a text's length fits an i64
    fn exp10(&self) -> i64 {
        self.exp - self.frac.len() as i64
    }

    /// Clinger's fast path: up to 15 significant digits (exact in an `f64`)
    /// times or divided by an exact power of ten up to 10^22: one rounding.
    #[allow(clippy::cast_precision_loss)] // below 10^15: exact
    fn fast(&self) -> Option<f64> {
        let mut w: u64 = 0;
        let mut count = 0;
        for d in self.digits() {
            if w == 0 && d == 0 {
                continue;
            }
            count += 1;
            if count > 15 {
                return None;
            }
            w = w * 10 + u64::from(d);
        }
        if w == 0 {
            return Some(0.0);
        }
        let e = self.exp10();
        if e.abs() > 22 {
            return None;
        }
        let mut p = 1.0_f64;
        for _ in 0..e.abs() {
            p *= 10.0;
        }
        Some(if e < 0 { w as f64 / p } else { w as f64 * p })
    }

    /// Exact: the digits as a big integer `num` times `10^exp`, divided into a
    /// 55- or 56-bit quotient and a remainder, rounded once.
    fn slow(&self) -> f64 {
        let mut num = Big::default();
        let mut kept = 0;
        let mut dropped: i64 = 0;
        let mut sticky = false;
        for d in self.digits() {
            if kept == 0 && d == 0 {
                continue;
            }
            if kept < MAX_DIGITS {
                num.mul_add(10, u32::from(d));
                kept += 1;
            } else {
                dropped += 1;
                sticky |= d != 0;
            }
        }
        let mut exp = self.exp10() + dropped;
        if sticky {
            // Anything between the kept digits and the next: no tie lies there.
            num.mul_add(10, 1);
            kept += 1;
            exp -= 1;
        }
        if kept == 0 {
            return 0.0;
        }
        #[allow(clippy::cast_possible_wrap)] // at most MAX_DIGITS + 1
        let kept = kept as i64;
        // The value is in [10^(kept-1+exp), 10^(kept+exp)).
        if kept - 1 + exp >= 309 {
            return f64::INFINITY;
        }
        if kept + exp <= -324 {
            return 0.0;
        }
        let mut den = Big::one();
        if exp >= 0 {
            num.mul_pow10(exp.unsigned_abs());
        } else {
            den.mul_pow10(exp.unsigned_abs());
        }
        // value = num / den; q = floor(num * 2^shift / den) has 55 or 56 bits.
        #[allow(clippy::cast_possible_wrap)] // bit lengths of a few thousand
        let shift = 55 - (num.bits() as i64 - den.bits() as i64);
        if shift >= 0 {
            num.shl(shift.unsigned_abs());
        } else {
            den.shl(shift.unsigned_abs());
        }
        let mut q: u64 = 0;
        for i in (0..57u64).rev() {
            let mut part = den.clone();
            part.shl(i);
            if num.sub_if_not_less(&part) {
                q |= 1 << i;
            }
        }
        round(q, shift, !num.is_zero())
    }
}

/// The `f64` nearest to `(q + rest) * 2^-s`, `rest` in [0, 1) and nonzero if
/// `sticky`, with `q` of 55 or 56 bits; ties to even.
fn round(q: u64, s: i64, sticky: bool) -> f64 {
    let bits = i64::from(64 - q.leading_zeros());
    let mut shift = bits - 53;
    // The power of two of the mantissa's last bit; subnormals stop at -1074.
    let mut e2 = shift - s;
    if e2 < -1074 {
        shift += -1074 - e2;
        e2 = -1074;
    }
    if shift > 60 {
        return 0.0;
    }
    let mut mant = q >> shift;
    let rest = q & ((1 << shift) - 1);
    let half = 1 << (shift - 1);
    if rest > half || (rest == half && (sticky || mant & 1 == 1)) {
        mant += 1;
        if mant == 1 << 53 {
            mant >>= 1;
            e2 += 1;
        }
    }
    // Normal: (biased exponent - 1) in the exponent field plus the hidden
    // bit of `mant` gives the field; subnormal: e2 is -1074 and mant < 2^52.
    let biased = (e2 + 1074).unsigned_abs();
    if biased >= 2046 {
        return f64::INFINITY;
    }
    f64::from_bits((biased << 52) + mant)
}

/// A natural number in base 2^32, least significant limb first.
#[derive(Clone, Default)]
struct Big(Vec<u32>);

impl Big {
    fn one() -> Self {
        Big(vec![1])
    }

    fn is_zero(&self) -> bool {
        self.0.iter().all(|&l| l == 0)
    }

    /// `self = self * f + a`.
    #[allow(clippy::cast_possible_truncation)] // the low 32 bits
    fn mul_add(&mut self, f: u32, a: u32) {
        let mut carry = u64::from(a);
        for l in &mut self.0 {
            let v = u64::from(*l) * u64::from(f) + carry;
            *l = v as u32;
            carry = v >> 32;
        }
        if carry > 0 {
            self.0.push(carry as u32);
        }
    }

    fn mul_pow10(&mut self, mut e: u64) {
        while e >= 9 {
            self.mul_add(1_000_000_000, 0);
            e -= 9;
        }
        for _ in 0..e {
            self.mul_add(10, 0);
        }
    }

    fn bits(&self) -> u64 {
        let top = self.0.iter().rposition(|&l| l != 0);
        top.map_or(0, |i| {
            i as u64 * 32 + u64::from(32 - self.0.get(i).map_or(32, |l| l.leading_zeros()))
        })
    }

    /// `self <<= by`.
    #[allow(clippy::cast_possible_truncation)] // limb counts
    fn shl(&mut self, by: u64) {
        let bits = (by % 32) as u32;
        let mut out = vec![0; (by / 32) as usize];
        let mut carry = 0;
        for &l in &self.0 {
            out.push(l << bits | carry);
            carry = if bits == 0 { 0 } else { l >> (32 - bits) };
        }
        if carry > 0 {
            out.push(carry);
        }
        self.0 = out;
    }

    /// `self -= other` if `self >= other`; whether it did.
    #[allow(clippy::cast_possible_truncation)] // the low 32 bits
    fn sub_if_not_less(&mut self, other: &Big) -> bool {
        let len = self.0.len().max(other.0.len());
        let limb = |b: &Big, i: usize| u64::from(b.0.get(i).copied().unwrap_or(0));
        for i in (0..len).rev() {
            match limb(self, i).cmp(&limb(other, i)) {
                std::cmp::Ordering::Less => return false,
                std::cmp::Ordering::Greater => break,
                std::cmp::Ordering::Equal => {}
            }
        }
        let mut borrow = 0;
        for (i, l) in self.0.iter_mut().enumerate() {
            let v = (u64::from(*l) | 1 << 32) - limb(other, i) - borrow;
            *l = v as u32;
            borrow = u64::from(v >> 32 == 0);
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn same(s: &str) {
        let want: f64 = s.parse().unwrap();
        let got = parse(s).unwrap_or_else(|| panic!("{s} is a JSON number"));
        assert_eq!(
            got.to_bits(),
            want.to_bits(),
            "{s}: {got:e} against {want:e}"
        );
    }

    #[test]
    fn everyday_numbers() {
        for s in [
            "0",
            "-0",
            "0.0",
            "1",
            "-1",
            "0.5",
            "12.25",
            "1400",
            "0.1",
            "0.2",
            "0.3",
            "2.5e3",
            "1E2",
            "1e-2",
            "100.000",
            "3.14159",
            "123456789012345",
            "1234567890123456",
            "12345678901234567890",
            "9007199254740993",
            "9007199254740995",
            "18446744073709551615",
            "1e22",
            "1e23",
            "1e-22",
            "1e-23",
            "8.589973e9",
        ] {
            same(s);
        }
    }

    #[test]
    fn edges_of_the_range() {
        for s in [
            "1.7976931348623157e308",
            "1.7976931348623158e308",
            "1.7976931348623159e308",
            "1.797693134862315807e308",
            "1.797693134862315808e308",
            "1e308",
            "1e309",
            "1e400",
            "-1e400",
            "1e99999999999999999999",
            "2.2250738585072014e-308",
            "2.2250738585072011e-308",
            "2.2250738585072012e-308",
            "4.9406564584124654e-324",
            "2.4703282292062327e-324",
            "2.4703282292062328e-324",
            "2.47032822920623272e-324",
            "7.4109846876186982e-324",
            "1e-324",
            "1e-400",
            "0e999999",
            "0.000000000000000000000000000000000000001",
            "1e-99999999999999999999",
        ] {
            same(s);
        }
    }

    #[test]
    fn ties_round_to_even() {
        // 2^53 + 1, + 3 and their halves and doubles: exactly between two f64s.
        for k in 0..70 {
            for odd in [1u128, 3, 5] {
                let t = ((1u128 << 53) + odd) << k;
                same(&t.to_string());
                same(&format!("{t}0e-1"));
                same(&format!("{}", t + 1));
                same(&format!("{}", t - 1));
            }
        }
        // Ties below one: (2^53 + 1) * 2^-k written out exactly.
        for k in [54u32, 60, 80, 100, 1074, 1075, 1076, 1100] {
            let digits = tie_below_one(k);
            same(&format!("{digits}e-{k}"));
            same(&format!("{digits}000000001e-{}", k + 9));
        }
    }

    #[test]
    fn long_digit_strings() {
        let long = "1".repeat(2000);
        same(&long);
        same(&format!("0.{long}"));
        same(&format!("{long}e-2000"));
        let mut tie = tie_below_one(1075);
        tie.push_str(&"0".repeat(500));
        same(&format!("{tie}e-1575"));
        tie.push('1');
        same(&format!("{tie}e-1576"));
    }

    #[test]
    fn not_numbers() {
        for s in [
            "", "-", "+1", "01", "1.", ".5", "1e", "1e+", "inf", "NaN", "1,5", " 1", "1 ",
        ] {
            assert_eq!(parse(s), None, "{s}");
        }
    }

    /// The digits of `(2^53 + 1) / 2^k`, which is `(2^53 + 1) * 5^k` times
    /// `10^-k`: exactly between two `f64`s where they are normal.
    fn tie_below_one(k: u32) -> String {
        let mut digits: Vec<u32> = (1u64 << 53 | 1)
            .to_string()
            .bytes()
            .map(|b| u32::from(b - b'0'))
            .collect();
        for _ in 0..k {
            let mut carry = 0;
            for d in digits.iter_mut().rev() {
                let v = *d * 5 + carry;
                *d = v % 10;
                carry = v / 10;
            }
            while carry > 0 {
                digits.insert(0, carry % 10);
                carry /= 10;
            }
        }
        digits
            .iter()
            .map(|d| char::from(b'0' + u8::try_from(*d).unwrap()))
            .collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]
        #[test]
        fn same_as_std_for_any_f64(bits in any::<u64>()) {
            let v = f64::from_bits(bits);
            prop_assume!(v.is_finite());
            for s in [format!("{v:e}"), format!("{v:.3e}"), format!("{v:.25e}"), format!("{v:.17e}")] {
                same(&s);
            }
        }

        #[test]
        fn same_as_std_for_any_digits(
            int in "-?(0|[1-9][0-9]{0,40})",
            frac in proptest::option::of("[0-9]{1,40}"),
            exp in proptest::option::of(-400i32..400),
        ) {
            let mut s = int;
            if let Some(f) = frac {
                s = format!("{s}.{f}");
            }
            if let Some(e) = exp {
                s = format!("{s}e{e}");
            }
            same(&s);
        }
    }
}
