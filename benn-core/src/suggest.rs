//! "Did you mean …?": the nearest known name to a misspelt one.

/// German or alternative words authors use for the format's field names.
const SYNONYMS: &[(&str, &str)] = &[
    ("titel", "title"),
    ("ziele", "goals"),
    ("ziel", "goals"),
    ("schritte", "steps"),
    ("handlungsschritte", "steps"),
    ("massnahmen", "steps"),
    ("maßnahmen", "steps"),
    ("handlungsfelder", "action_fields"),
    ("fields", "action_fields"),
    ("zeitraum", "period"),
    ("laufzeit", "period"),
    ("kosten", "planned_cost_cents"),
    ("cost", "planned_cost_cents"),
    ("cost_cents", "planned_cost_cents"),
    ("verantwortlich", "responsible"),
    ("partner", "partners"),
    ("planungsräume", "planning_areas"),
    ("planungsraeume", "planning_areas"),
    ("areas", "planning_areas"),
    ("unterkünfte", "shelters"),
    ("unterkuenfte", "shelters"),
    ("gremien", "bodies"),
    ("träger", "operator"),
    ("traeger", "operator"),
    ("bezirk", "district"),
    ("zielgruppen", "target_groups"),
    ("indikatoren", "indicators"),
    ("budget_cents", "amount_cents"),
    ("amount", "amount_cents"),
    ("jahr", "year"),
    ("beschluss", "adoption"),
    ("leitziel", "aim"),
    ("version", "format_version"),
    ("beginn", "start"),
    ("ende", "end"),
    ("von", "start"),
    ("bis", "end"),
    // values
    ("nachbarschaftsforum", "neighbourhood_forum"),
    ("forum", "neighbourhood_forum"),
    ("bewohnerrat", "residents_council"),
    ("runder_tisch", "round_table"),
    ("kiezwerkstatt", "workshop"),
    ("werkstatt", "workshop"),
    ("befragung", "survey"),
    ("umfrage", "survey"),
    ("aktivierende_befragung", "survey"),
    ("jugendforum", "youth_forum"),
    ("sonstiges", "other"),
    ("geplant", "planned"),
    ("in_umsetzung", "in_progress"),
    ("laufend", "in_progress"),
    ("begonnen", "in_progress"),
    ("umgesetzt", "done"),
    ("erledigt", "done"),
    ("abgeschlossen", "done"),
    ("fertig", "done"),
    ("completed", "done"),
    ("verschoben", "postponed"),
    ("entfallen", "dropped"),
    ("gestrichen", "dropped"),
    ("cancelled", "dropped"),
    ("entwurf", "draft"),
    ("beschlossen", "adopted"),
    ("zur_kenntnis_genommen", "noted"),
    ("abgelöst", "superseded"),
    ("bennplus", "benn_plus"),
    ("qm", "qm_attached"),
    ("planungsraum", "planning_area"),
    ("plr", "planning_area"),
    ("bezirksregion", "district_region"),
    ("bzr", "district_region"),
    ("prognoseraum", "forecast_area"),
    ("pgr", "forecast_area"),
    ("anzahl", "unit"),
    ("prozent", "percentage"),
    ("qualitativ", "qualitative"),
    ("steigend", "increase"),
    ("sinkend", "decrease"),
];

/// Lower case for the letters of German and English: ASCII plus `ÄÖÜ`.
/// Enough for names and keys, and it keeps Unicode's case tables out of the
/// wasm build.
pub(crate) fn lower(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'Ä' => 'ä',
            'Ö' => 'ö',
            'Ü' => 'ü',
            c => c.to_ascii_lowercase(),
        })
        .collect()
}

/// The candidate closest to `word`, if it is close enough to be a likely typo.
///
/// ```
/// assert_eq!(benn_core::suggest("titel", &["title", "text"]), Some("title"));
/// assert_eq!(benn_core::suggest("Ziele", &["goals", "steps"]), Some("goals"));
/// assert_eq!(benn_core::suggest("xyz", &["goals", "steps"]), None);
/// ```
pub fn suggest<'c>(word: &str, candidates: &[&'c str]) -> Option<&'c str> {
    let lower = lower(word).replace([' ', '-'], "_");
    if let Some(&(_, to)) = SYNONYMS.iter().find(|(from, _)| *from == lower) {
        if let Some(c) = candidates.iter().find(|c| **c == to) {
            return Some(c);
        }
    }
    let normalized: String = lower
        .chars()
        .map(|c| if c == '-' || c == ' ' { '_' } else { c })
        .collect();
    let limit = (normalized.chars().count() / 3).clamp(1, 3);
    candidates
        .iter()
        .map(|c| (distance(&normalized, c), *c))
        .filter(|&(d, _)| d <= limit)
        .min_by_key(|&(d, _)| d)
        .map(|(_, c)| c)
}

/// Optimal-string-alignment distance (Levenshtein plus transpositions).
#[allow(clippy::many_single_char_names)]
fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len() > 64 || b.len() > 64 {
        return usize::MAX;
    }
    let w = b.len() + 1;
    let mut d = vec![0usize; (a.len() + 1) * w];
    let at = |i: usize, j: usize| i * w + j;
    for i in 0..=a.len() {
        if let Some(x) = d.get_mut(at(i, 0)) {
            *x = i;
        }
    }
    for j in 0..=b.len() {
        if let Some(x) = d.get_mut(at(0, j)) {
            *x = j;
        }
    }
    for (i, ca) in a.iter().enumerate() {
        for (j, cb) in b.iter().enumerate() {
            let (i1, j1) = (i + 1, j + 1);
            let cost = usize::from(ca != cb);
            let get = |i, j| d.get(at(i, j)).copied().unwrap_or(usize::MAX - 1);
            let mut v = (get(i, j1) + 1).min(get(i1, j) + 1).min(get(i, j) + cost);
            if i > 0 && j > 0 && a.get(i) == b.get(j - 1) && a.get(i - 1) == b.get(j) {
                v = v.min(get(i - 1, j - 1) + 1);
            }
            if let Some(x) = d.get_mut(at(i1, j1)) {
                *x = v;
            }
        }
    }
    d.get(at(a.len(), b.len())).copied().unwrap_or(usize::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances() {
        assert_eq!(distance("titel", "title"), 1);
        assert_eq!(distance("", "abc"), 3);
        assert_eq!(distance("kitten", "sitting"), 3);
    }

    #[test]
    fn suggestions() {
        let fields = ["id", "text", "timeframe", "status", "planned_cost_cents"];
        assert_eq!(suggest("staus", &fields), Some("status"));
        assert_eq!(suggest("Kosten", &fields), Some("planned_cost_cents"));
        assert_eq!(suggest("time-frame", &fields), Some("timeframe"));
        assert_eq!(suggest("completely_different", &fields), None);
        // a synonym whose target is not a field here is not suggested
        assert_eq!(suggest("ziele", &fields), None);
        let statuses = ["planned", "in_progress", "done", "postponed", "dropped"];
        assert_eq!(suggest("Umgesetzt", &statuses), Some("done"));
        assert_eq!(suggest("in Umsetzung", &statuses), Some("in_progress"));
    }
}
