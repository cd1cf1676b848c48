//! Name and code resolution: exact, normalised, nearest.

use super::{find, units, Level, Unit};

/// How a [`lookup`] candidate matched the query. Kinds order from best to
/// weakest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MatchKind {
    /// The query is the unit's code.
    Code,
    /// The query is the unit's official name, letter for letter.
    Exact,
    /// The names agree once accents, case, `ß`/`ss`, `ä`/`ae`, hyphens,
    /// spaces and `str.`/`straße` are set aside (see [`normalize`]).
    Normalized,
    /// The nearest names (or, for a code, a code one digit or one swap
    /// away): `distance` edits apart on the normalised names.
    Nearest {
        /// Number of edits (insertions, deletions, substitutions).
        distance: u8,
    },
    /// The unit's normalised name contains the normalised query
    /// (`Komponistenviertel` finds `Komponistenviertel Weißensee`
    /// and `Komponistenviertel Lankwitz`).
    Partial,
}

impl MatchKind {
    /// A short label: `code`, `exact`, `normalized`, `nearest`, `partial`.
    pub const fn as_str(self) -> &'static str {
        match self {
            MatchKind::Code => "code",
            MatchKind::Exact => "exact",
            MatchKind::Normalized => "normalized",
            MatchKind::Nearest { .. } => "nearest",
            MatchKind::Partial => "partial",
        }
    }
}

/// One candidate of a [`lookup`]: the unit, and how it matched. Its level is
/// `unit.level()`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match {
    /// The unit found.
    pub unit: Unit,
    /// How it matched.
    pub kind: MatchKind,
}

/// At most this many nearest or partial candidates are returned.
pub const MAX_CANDIDATES: usize = 10;

/// Queries longer than this (in bytes) are matched exactly only.
const MAX_FUZZY_LEN: usize = 200;

/// Resolves a code or a name to LOR 2021 units, best first.
///
/// - A code (2, 4, 6 or 8 digits) gives its unit ([`MatchKind::Code`]); a
///   code LOR 2021 lacks gives the codes one digit or one swap away
///   ([`MatchKind::Nearest`], see [`near_codes`]).
/// - A name gives every unit, at every level, whose name is the query
///   ([`MatchKind::Exact`]) or equal to it once normalised
///   ([`MatchKind::Normalized`]). Names are not unique (`Schloßstraße` is a
///   planning area in two districts and a district region), so all of them
///   come back, exact ones first, then in code order.
/// - Only if there are none: the nearest names within a bounded edit distance
///   (1 for short names, up to 3 for long ones), then names that contain the
///   query, at most [`MAX_CANDIDATES`].
///
/// An empty result means nothing is near.
///
/// ```
/// use benn_core::lor::{lookup, Level, MatchKind};
///
/// let found = lookup("Schloßstraße");
/// let codes: Vec<String> = found.iter().map(|m| m.unit.code()).collect();
/// assert_eq!(codes, ["04300414", "061001", "06100102"]);
/// assert!(found.iter().all(|m| m.kind == MatchKind::Exact));
///
/// let m = lookup("Weissensee-Ost")[0];
/// assert_eq!((m.unit.code().as_str(), m.kind), ("035010", MatchKind::Normalized));
/// assert_eq!(m.unit.level(), Level::DistrictRegion);
///
/// let m = lookup("Buhringstrase")[0];
/// assert_eq!((m.unit.name(), m.kind), ("Bühringstraße", MatchKind::Nearest { distance: 1 }));
///
/// assert_eq!(lookup("035010")[0].kind, MatchKind::Code);
/// assert!(lookup("Atlantis").is_empty());
/// ```
pub fn lookup(query: &str) -> Vec<Match> {
    let query = query.trim();
    if !query.is_empty() && query.bytes().all(|b| b.is_ascii_digit()) {
        if let Some(unit) = find(query) {
            return vec![Match {
                unit,
                kind: MatchKind::Code,
            }];
        }
        return near_codes(query)
            .into_iter()
            .map(|unit| Match {
                unit,
                kind: MatchKind::Nearest { distance: 1 },
            })
            .collect();
    }
    let mut found = by_name(query);
    if !found.is_empty() || query.len() > MAX_FUZZY_LEN {
        return found;
    }
    let key = normalize(query);
    let query_chars: Vec<char> = key.chars().collect();
    let bound = match query_chars.len() {
        0..=3 => return found,
        4..=7 => 1,
        8..=13 => 2,
        _ => 3,
    };
    for (unit, name) in units().zip(normalized_names()) {
        if let Some(d) = distance_within(&query_chars, name, bound) {
            found.push(Match {
                unit,
                kind: MatchKind::Nearest {
                    distance: u8::try_from(d).unwrap_or(u8::MAX),
                },
            });
        } else if name.contains(key.as_str()) {
            found.push(Match {
                unit,
                kind: MatchKind::Partial,
            });
        }
    }
    crate::sort::sort_by_key(&mut found, |m| (m.kind, m.unit));
    found.truncate(MAX_CANDIDATES);
    found
}

/// The units whose name is `name` ([`MatchKind::Exact`]) or equal to it
/// once normalised ([`MatchKind::Normalized`]): exact ones first, then in
/// code order. Costs one normalisation of `name` and a pass over the
/// (cached) normalised names.
pub(crate) fn by_name(name: &str) -> Vec<Match> {
    let name = name.trim();
    let mut found: Vec<Match> = units()
        .filter(|u| u.name() == name)
        .map(|unit| Match {
            unit,
            kind: MatchKind::Exact,
        })
        .collect();
    if name.len() > MAX_FUZZY_LEN {
        return found;
    }
    let key = normalize(name);
    found.extend(
        units()
            .zip(normalized_names())
            .filter(|(u, k)| **k == key && u.name() != name)
            .map(|(unit, _)| Match {
                unit,
                kind: MatchKind::Normalized,
            }),
    );
    found
}

/// The normalised name of every unit, in code order, computed once.
fn normalized_names() -> &'static [String] {
    static NAMES: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    NAMES.get_or_init(|| units().map(|u| normalize(u.name())).collect())
}

/// The units whose codes are one digit or one swap of neighbouring digits
/// away from `code` (same length), nearest in the hierarchy first, at most
/// three: the "did you mean" for a code LOR 2021 lacks.
///
/// ```
/// let near: Vec<String> = benn_core::lor::near_codes("08401433").iter().map(|u| u.code()).collect();
/// assert_eq!(near, ["09401433"]);
/// ```
pub fn near_codes(code: &str) -> Vec<Unit> {
    let level = match code.len() {
        2 => Level::District,
        4 => Level::ForecastArea,
        6 => Level::DistrictRegion,
        8 => Level::PlanningArea,
        _ => return Vec::new(),
    };
    if !code.bytes().all(|b| b.is_ascii_digit()) {
        return Vec::new();
    }
    let want = code.as_bytes();
    let near: Vec<(usize, Unit)> = units()
        .filter(|u| u.level() == level)
        .filter_map(|u| {
            let have = u.digits();
            let mut differ = want
                .iter()
                .zip(have)
                .enumerate()
                .filter(|(_, (a, b))| *a != b)
                .map(|(i, _)| i);
            let (first, second, third) = (differ.next(), differ.next(), differ.next());
            let close = match (first, second, third) {
                (Some(_), None, _) => true,
                (Some(i), Some(j), None) => {
                    j == i + 1 && want.get(i) == have.get(j) && want.get(j) == have.get(i)
                }
                _ => false,
            };
            close.then(|| (first.unwrap_or(0), u))
        })
        .collect();
    // Where the first difference lies: later is nearer; then code order
    // (without a sort, which would cost the wasm build a few kB).
    (0..code.len())
        .rev()
        .flat_map(|at| near.iter().filter(move |(first, _)| *first == at))
        .map(|(_, u)| *u)
        .take(3)
        .collect()
}

/// The form names are compared in: lower case; accents dropped (`ü` and
/// `ue` → `u`, `ä`/`ae` → `a`, `ö`/`oe` → `o`, `é` → `e`, ...); `ß` → `ss`; a
/// word ending in `str` (as in `Bühringstr.`) read as `strasse`; spaces,
/// hyphens, slashes, brackets and other ASCII signs left out. Letters
/// beyond Latin-1 are kept as they are (the catalogue has none), so no
/// Unicode case tables are needed (they would cost the wasm build ~15 kB).
///
/// ```
/// use benn_core::lor::normalize;
/// assert_eq!(normalize("Weißensee Ost"), "weissenseeost");
/// assert_eq!(normalize("Weissensee-Ost"), "weissenseeost");
/// assert_eq!(normalize("Buehringstr."), normalize("Bühringstraße"));
/// assert_eq!(normalize("GARBÁTYPLATZ"), "garbatyplatz");
/// ```
pub fn normalize(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut word_start = 0;
    let end_word = |out: &mut String, start: usize| {
        if out.len() >= start + 3 && out.ends_with("str") {
            out.push_str("asse");
        }
    };
    for c in name.chars() {
        let mapped = match c {
            'a'..='z' | '0'..='9' => c,
            'A'..='Z' => c.to_ascii_lowercase(),
            'ä' | 'Ä' | 'á' | 'Á' | 'à' | 'À' | 'â' | 'Â' | 'å' | 'Å' | 'ã' | 'Ã' => {
                'a'
            }
            'ö' | 'Ö' | 'ó' | 'Ó' | 'ò' | 'Ò' | 'ô' | 'Ô' | 'õ' | 'Õ' | 'ø' | 'Ø' => {
                'o'
            }
            'ü' | 'Ü' | 'ú' | 'Ú' | 'ù' | 'Ù' | 'û' | 'Û' => 'u',
            'é' | 'É' | 'è' | 'È' | 'ê' | 'Ê' | 'ë' | 'Ë' => 'e',
            'í' | 'Í' | 'ì' | 'Ì' | 'î' | 'Î' | 'ï' | 'Ï' => 'i',
            'ç' | 'Ç' => 'c',
            'ñ' | 'Ñ' => 'n',
            'ß' | 'ẞ' => {
                out.push_str("ss");
                continue;
            }
            c if c.is_ascii() || c.is_whitespace() => {
                end_word(&mut out, word_start);
                word_start = out.len();
                continue;
            }
            c => c,
        };
        // `ae`, `oe`, `ue` are the umlauts written out: `Buehring` = `Bühring`.
        if mapped == 'e' && out.len() > word_start && out.ends_with(['a', 'o', 'u']) {
            continue;
        }
        out.push(mapped);
    }
    end_word(&mut out, word_start);
    out
}

/// Levenshtein distance of `a` and `b` if it is at most `bound`.
fn distance_within(a: &[char], b: &str, bound: usize) -> Option<usize> {
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > bound {
        return None;
    }
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut diagonal = i;
        let mut first = i + 1;
        std::mem::swap(row.first_mut()?, &mut first);
        let mut best = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = *row.get(j + 1)?;
            let left = *row.get(j)?;
            let value = if ca == cb {
                diagonal
            } else {
                1 + diagonal.min(above).min(left)
            };
            diagonal = above;
            *row.get_mut(j + 1)? = value;
            best = best.min(value);
        }
        if best > bound {
            return None;
        }
    }
    row.last().copied().filter(|d| *d <= bound)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(found: &[Match]) -> Vec<String> {
        found.iter().map(|m| m.unit.code()).collect()
    }

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn distances() {
        assert_eq!(distance_within(&chars("kitten"), "sitting", 3), Some(3));
        assert_eq!(distance_within(&chars("kitten"), "sitting", 2), None);
        assert_eq!(distance_within(&chars(""), "ab", 2), Some(2));
        assert_eq!(distance_within(&chars("abc"), "abc", 0), Some(0));
        assert_eq!(distance_within(&chars("abcdef"), "a", 3), None);
    }

    #[test]
    fn exact_names_at_every_level() {
        for (name, code) in [
            ("Pankow", "03"),
            ("Südliches Weißensee", "0350"),
            ("Weißensee Ost", "035010"),
            ("Rathaus Weißensee", "03501037"),
        ] {
            let found = lookup(name);
            assert_eq!(codes(&found), [code], "{name}");
            assert_eq!(found[0].kind, MatchKind::Exact);
        }
    }

    #[test]
    fn duplicate_names_all_come_back() {
        let found = lookup("Heerstraße");
        assert_eq!(codes(&found), ["042002", "052005"]);
        assert!(found
            .iter()
            .all(|m| m.unit.level() == Level::DistrictRegion));
        // Two planning areas and, in Steglitz-Zehlendorf, a district region.
        let found = lookup("schlossstrasse");
        assert_eq!(codes(&found), ["04300414", "061001", "06100102"]);
        assert!(found.iter().all(|m| m.kind == MatchKind::Normalized));
    }

    #[test]
    fn normalised_names() {
        for query in [
            "Weissensee-Ost",
            "weißensee ost",
            "WEISSENSEE OST",
            "Weißensee-Ost",
        ] {
            let found = lookup(query);
            assert_eq!(codes(&found), ["035010"], "{query}");
            assert_eq!(found[0].kind, MatchKind::Normalized);
        }
        assert_eq!(codes(&lookup("Kosmos Viertel")), ["09300922"]);
        assert_eq!(codes(&lookup("Buehringstr.")), ["03500932"]);
        assert_eq!(codes(&lookup("Garbatyplatz")), ["03400723"]);
        assert_eq!(
            normalize("Malchow, Wartenberg und Falkenberg"),
            "malchowwartenbergundfalkenberg"
        );
    }

    #[test]
    fn nearest_and_partial_names() {
        let found = lookup("Rathaus Weisensee");
        assert_eq!(found[0].unit.code(), "03501037");
        assert_eq!(found[0].kind, MatchKind::Nearest { distance: 1 });
        let found = lookup("Komponistenviertel");
        assert_eq!(codes(&found), ["03500936", "06200312"]);
        assert!(found.iter().all(|m| m.kind == MatchKind::Partial));
        // Nearest before partial, and bounded.
        let found = lookup("Allende");
        assert_eq!(
            found
                .iter()
                .map(|m| (m.unit.name(), m.kind))
                .collect::<Vec<_>>(),
            [
                ("Allende I", MatchKind::Nearest { distance: 1 }),
                ("Allende-Viertel", MatchKind::Partial),
                ("Allende II", MatchKind::Partial),
            ]
        );
        assert!(lookup("strasse").len() <= MAX_CANDIDATES);
        assert!(lookup("Xyz").is_empty());
        assert!(lookup("").is_empty());
        assert!(lookup(&"Weißensee".repeat(100)).is_empty());
    }

    #[test]
    fn codes_and_near_codes() {
        assert_eq!(lookup("03")[0].unit.name(), "Pankow");
        let found = lookup("03501039");
        assert_eq!(codes(&found), ["03501037", "03501038"]);
        assert!(found
            .iter()
            .all(|m| m.kind == MatchKind::Nearest { distance: 1 }));
        // A swap of two neighbouring digits, and one digit off.
        assert_eq!(codes(&lookup("03500923")), ["03500932", "03500933"]);
        assert!(near_codes("12345").is_empty());
        assert!(near_codes("9999999a").is_empty());
    }
}
