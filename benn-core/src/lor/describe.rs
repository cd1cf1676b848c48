//! Units as text, for `benn lor NAME-OR-CODE`.

use std::fmt::Write as _;

use super::{lookup, Match, MatchKind, Unit};
use crate::diag::Lang;

/// `1,75 km²` / `1.75 km²`.
#[allow(clippy::cast_precision_loss)] // exact below 2^52 m²
pub(crate) fn km2(m2: u64, lang: Lang) -> String {
    let text = format!("{:.2} km²", m2 as f64 / 1_000_000.0);
    match lang {
        Lang::De => text.replace('.', ","),
        Lang::En => text,
    }
}

fn level_name(unit: Unit, lang: Lang) -> &'static str {
    match lang {
        Lang::De => unit.level().name_de(),
        Lang::En => unit.level().name_en(),
    }
}

/// Writes `label` and the lines of a block, continuation lines aligned.
fn field(out: &mut String, label: &str, lines: &[String]) {
    for (i, line) in lines.iter().enumerate() {
        let label = if i == 0 { label } else { "" };
        let _ = writeln!(out, "  {label:<10}{line}");
    }
}

/// One unit as a block of lines: its code and name, level, parents, area and
/// children. The header of the block names how it matched when that was not
/// by code or exact name.
fn block(out: &mut String, m: Match, query: &str, lang: Lang) {
    let unit = m.unit;
    let de = lang == Lang::De;
    let _ = writeln!(out, "{unit}");
    let how = match m.kind {
        MatchKind::Code | MatchKind::Exact => None,
        MatchKind::Normalized if de => Some(format!("ähnliche Schreibweise von „{query}“")),
        MatchKind::Normalized => Some(format!("spelling variant of `{query}`")),
        MatchKind::Nearest { .. } if query.bytes().all(|b| b.is_ascii_digit()) => Some(if de {
            format!("Schlüssel nahe `{query}`")
        } else {
            format!("code near `{query}`")
        }),
        MatchKind::Nearest { distance } => Some(match (de, distance) {
            (true, 1) => format!("nächster Name zu „{query}“ (1 Änderung)"),
            (true, d) => format!("nächster Name zu „{query}“ ({d} Änderungen)"),
            (false, 1) => format!("nearest name to `{query}` (1 edit)"),
            (false, d) => format!("nearest name to `{query}` ({d} edits)"),
        }),
        MatchKind::Partial if de => Some(format!("Name enthält „{query}“")),
        MatchKind::Partial => Some(format!("name contains `{query}`")),
    };
    if let Some(how) = how {
        field(out, if de { "Treffer:" } else { "match:" }, &[how]);
    }
    let level = format!(
        "{} ({}), LOR {}",
        level_name(unit, lang),
        unit.level(),
        super::EDITION
    );
    field(out, if de { "Ebene:" } else { "level:" }, &[level]);
    let parents: Vec<String> = unit
        .ancestors()
        .into_iter()
        .map(|u| format!("{u} ({})", level_name(u, lang)))
        .collect();
    field(out, if de { "Liegt in:" } else { "lies in:" }, &parents);
    let mut area = km2(unit.area_m2(), lang);
    let plrs = unit.planning_areas().len();
    if plrs > 1 {
        let _ = match lang {
            Lang::De => write!(area, " ({plrs} Planungsräume)"),
            Lang::En => write!(area, " ({plrs} planning areas)"),
        };
    }
    field(out, if de { "Fläche:" } else { "area:" }, &[area]);
    let children: Vec<String> = unit
        .children()
        .into_iter()
        .map(|u| format!("{u} ({})", km2(u.area_m2(), lang)))
        .collect();
    field(out, if de { "Enthält:" } else { "contains:" }, &children);
}

/// What `benn lor NAME-OR-CODE` prints: every unit [`lookup`] finds for the
/// query, each with its level, parents, area and children; or, when nothing
/// matches, the message to show instead.
///
/// ```
/// use benn_core::{lor, Lang};
/// let text = lor::describe("Weissensee-Ost", Lang::En).unwrap();
/// assert_eq!(text, "\
/// 035010 Weißensee Ost
///   match:    spelling variant of `Weissensee-Ost`
///   level:    district region (district_region), LOR 2021
///   lies in:  0350 Südliches Weißensee (forecast area)
///             03 Pankow (district)
///   area:     3.71 km² (2 planning areas)
///   contains: 03501037 Rathaus Weißensee (1.75 km²)
///             03501038 Hansastraße (1.96 km²)
/// ");
/// let text = lor::describe("Schloßstraße", Lang::De).unwrap();
/// assert!(text.starts_with("3 Treffer für „Schloßstraße“:\n\n04300414 Schloßstraße\n"));
/// assert_eq!(
///     lor::describe("Atlantis", Lang::De).unwrap_err(),
///     "Keine Einheit des LOR 2021 passt zu „Atlantis“."
/// );
/// ```
pub fn describe(query: &str, lang: Lang) -> Result<String, String> {
    let query = query.trim();
    let found = lookup(query);
    let mut out = String::new();
    let code_query = query.bytes().all(|b| b.is_ascii_digit());
    if code_query && found.first().is_some_and(|m| m.kind != MatchKind::Code) {
        let _ = match lang {
            Lang::De => writeln!(
                out,
                "`{query}` gibt es im LOR {} nicht. Nahe Schlüssel:\n",
                super::EDITION
            ),
            Lang::En => writeln!(
                out,
                "`{query}` does not exist in LOR {}. Near codes:\n",
                super::EDITION
            ),
        };
    }
    match found.len() {
        0 => {
            return Err(match lang {
                Lang::De => format!(
                    "Keine Einheit des LOR {} passt zu „{query}“.",
                    super::EDITION
                ),
                Lang::En => format!("No LOR {} unit matches `{query}`.", super::EDITION),
            })
        }
        1 => {}
        _ if code_query => {}
        n => {
            let _ = match lang {
                Lang::De => writeln!(out, "{n} Treffer für „{query}“:\n"),
                Lang::En => writeln!(out, "{n} matches for `{query}`:\n"),
            };
        }
    }
    for (i, m) in found.into_iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        block(&mut out, m, query, lang);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_planning_area_in_german() {
        let text = describe("03501037", Lang::De).unwrap();
        assert_eq!(
            text,
            "03501037 Rathaus Weißensee\n  \
             Ebene:    Planungsraum (planning_area), LOR 2021\n  \
             Liegt in: 035010 Weißensee Ost (Bezirksregion)\n            \
             0350 Südliches Weißensee (Prognoseraum)\n            \
             03 Pankow (Bezirk)\n  \
             Fläche:   1,75 km²\n"
        );
    }

    #[test]
    fn a_district_lists_its_forecast_areas() {
        let text = describe("Pankow", Lang::En).unwrap();
        assert!(text.starts_with("03 Pankow\n  level:    district (district), LOR 2021\n  area:"));
        assert!(text.contains("contains: 0310 "), "{text}");
        assert!(!text.contains("lies in"));
    }

    #[test]
    fn near_codes_say_so() {
        let text = describe("03501039", Lang::En).unwrap();
        assert!(text.starts_with("`03501039` does not exist in LOR 2021. Near codes:\n\n03501037 Rathaus Weißensee\n  match:    code near `03501039`\n"), "{text}");
        assert_eq!(km2(1_745_020, Lang::De), "1,75 km²");
    }
}
