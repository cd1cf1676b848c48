//! "Did you mean …?": the nearest known name to a misspelt one.

/// German or alternative words authors use for the format's names, written
/// in lower case with `ä ö ü ß` as `ae oe ue ss` (the input is folded the same
/// way, so `Träger` and `traeger` both find `operator`). A word may stand for
/// several names (`ziel` is a goal, or an indicator's target): the first
/// whose name is a candidate wins. Every field of the format has a German
/// word here unless its name is already used in German (a test checks
/// against the schema).
const SYNONYMS: &[(&str, &str)] = &[
    // fields
    ("haushaltsjahr", "budget_year"),
    ("jahr_der_ausgabe", "budget_year"),
    ("korrigiert", "corrects"),
    ("korrektur_von", "corrects"),
    ("nachweis", "evidence"),
    ("nachweise", "evidence"),
    ("belege", "evidence"),
    ("links", "evidence"),
    ("ziel_id", "goal"),
    ("indikator", "indicator"),
    ("protokoll", "log"),
    ("sachstand", "log"),
    ("eintraege", "entries"),
    ("teilnehmende", "participants"),
    ("teilnehmer", "participants"),
    ("teilnehmerzahl", "participants"),
    ("fortschritt", "progress"),
    ("prozent", "progress"),
    ("erfasst_von", "recorded_by"),
    ("autor", "recorded_by"),
    ("ausgaben", "spent_cents"),
    ("ausgegeben", "spent_cents"),
    ("spent", "spent_cents"),
    ("schritt", "step"),
    ("handlungsschritt", "step"),
    ("konzept", "concept"),
    ("art", "kind"),
    ("datum", "date"),
    ("notiz", "note"),
    ("wert", "value"),
    ("einheit", "unit"),
    ("gremium", "body"),
    ("handlungsfelder", "action_fields"),
    ("handlungsfeld", "action_fields"),
    ("fields", "action_fields"),
    ("adresse", "address"),
    ("anschrift", "address"),
    ("beschluss", "adoption"),
    ("beschlussfassung", "adoption"),
    ("leitziel", "aim"),
    ("leitbild", "aim"),
    ("betrag", "amount_cents"),
    ("betrag_cent", "amount_cents"),
    ("summe", "amount_cents"),
    ("budget_cents", "amount_cents"),
    ("amount", "amount_cents"),
    ("analyse", "analysis"),
    ("sozialraumanalyse", "analysis"),
    ("ausgangslage", "analysis"),
    ("ausgangswert", "baseline"),
    ("basiswert", "baseline"),
    ("ausgangslage", "baseline"),
    ("gremien", "bodies"),
    ("beteiligungsgremien", "bodies"),
    ("haushalt", "budget"),
    ("mittel", "budget"),
    ("finanzen", "budget"),
    ("kapazitaet", "capacity"),
    ("plaetze", "capacity"),
    ("kanaele", "channels"),
    ("kanal", "channels"),
    ("schluessel", "code"),
    ("lor", "code"),
    ("lor_schluessel", "code"),
    ("koordination", "coordination"),
    ("koordinierung", "coordination"),
    ("datum", "date"),
    ("stand", "date"),
    ("richtung", "direction"),
    ("bezirk", "district"),
    ("e_mail", "email"),
    ("mail", "email"),
    ("ende", "end"),
    ("bis", "end"),
    ("fakten", "facts"),
    ("kennzahlen", "facts"),
    ("daten", "facts"),
    ("formatversion", "format_version"),
    ("version", "format_version"),
    ("ziele", "goals"),
    ("ziel", "goals"),
    ("kennung", "id"),
    ("wirkungsebene", "impact_level"),
    ("wirkungsstufe", "impact_level"),
    ("wirkung", "impact_level"),
    ("indikatoren", "indicators"),
    ("schluessel", "key"),
    ("art", "kind"),
    ("typ", "kind"),
    ("bezeichnung", "label"),
    ("ebene", "level"),
    ("messart", "measure"),
    ("mass", "measure"),
    ("messgroesse", "measure"),
    ("tagt", "meets"),
    ("treffen", "meets"),
    ("sitzungen", "meets"),
    ("bedarfe", "needs"),
    ("bedarf", "needs"),
    ("kenntnisnahme", "noted_date"),
    ("kenntnisnahme_datum", "noted_date"),
    ("buero", "office"),
    ("standortbuero", "office"),
    ("geschaeftsstelle", "office"),
    ("traeger", "operator"),
    ("partner", "partners"),
    ("kooperationspartner", "partners"),
    ("zeitraum", "period"),
    ("laufzeit", "period"),
    ("telefon", "phone"),
    ("tel", "phone"),
    ("kosten", "planned_cost_cents"),
    ("geplante_kosten", "planned_cost_cents"),
    ("cost", "planned_cost_cents"),
    ("cost_cents", "planned_cost_cents"),
    ("planungsraum", "planning_area"),
    ("plr", "planning_area"),
    ("planungsraeume", "planning_areas"),
    ("areas", "planning_areas"),
    ("vorgaenger", "previous"),
    ("vorkonzept", "previous"),
    ("oeffentlichkeitsarbeit", "public_relations"),
    ("beschlussdatum", "resolution_date"),
    ("beschlossen_am", "resolution_date"),
    ("verantwortlich", "responsible"),
    ("verantwortliche", "responsible"),
    ("zustaendig", "responsible"),
    ("unterkuenfte", "shelters"),
    ("standort", "site"),
    ("standorttyp", "site_type"),
    ("standortart", "site_type"),
    ("typ", "site_type"),
    ("quelle", "source"),
    ("personalstunden", "staff_hours"),
    ("stunden", "staff_hours"),
    ("beginn", "start"),
    ("von", "start"),
    ("anfang", "start"),
    ("startdatum", "start_date"),
    ("beginn", "start_date"),
    ("seit", "start_date"),
    ("schritte", "steps"),
    ("handlungsschritte", "steps"),
    ("massnahmen", "steps"),
    ("zusammenfassung", "summary"),
    ("zielwert", "target"),
    ("ziel", "target"),
    ("zielgruppen", "target_groups"),
    ("zeitrahmen", "timeframe"),
    ("zeitplan", "timeframe"),
    ("titel", "title"),
    ("einheit", "unit"),
    ("wert", "value"),
    ("webseite", "website"),
    ("internetseite", "website"),
    ("homepage", "website"),
    ("gewicht", "weight"),
    ("gewichtung", "weight"),
    ("jahr", "year"),
    ("ungefaehr", "approximate"),
    ("circa", "approximate"),
    ("geschaetzt", "approximate"),
    ("stand_vom", "as_of"),
    ("gremium", "body"),
    ("ereignisse", "events"),
    ("beschlussweg", "events"),
    ("verlauf", "events"),
    ("notiz", "note"),
    ("anmerkung", "note"),
    ("bemerkung", "note"),
    ("nummer", "number"),
    ("eroeffnet", "opened"),
    ("eroeffnung", "opened"),
    ("traeger_stand", "operator_as_of"),
    ("traeger_seit", "operator_as_of"),
    ("herkunft_planungsraeume", "planning_areas_source"),
    ("bewohner", "residents"),
    ("bewohnende", "residents"),
    ("belegung", "residents"),
    ("stellen", "staff_positions"),
    ("personalstellen", "staff_positions"),
    ("fortschreibung", "version"),
    ("fassung", "version"),
    ("lor_ausgabe", "lor_edition"),
    ("lor_stand", "lor_edition"),
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
    ("abgeloest", "superseded"),
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

/// Longest word (in bytes) that is compared at all: no name of the format
/// is near that long, and a hostile 100 MB key costs nothing.
const MAX_WORD: usize = 64;

/// `word` in lower case with `ä ö ü ß` as `ae oe ue ss` and spaces and
/// hyphens as `_`.
fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in lower(word).chars() {
        match c {
            'ä' => out.push_str("ae"),
            'ö' => out.push_str("oe"),
            'ü' => out.push_str("ue"),
            'ß' => out.push_str("ss"),
            ' ' | '-' => out.push('_'),
            c => out.push(c),
        }
    }
    out
}

/// The candidate closest to `word`, if it is close enough to be a likely typo.
/// German words for the format's names count as close (`Zeitraum` →
/// `period`). Work is bounded: words longer than a name could be are not
/// compared.
///
/// ```
/// assert_eq!(benn_core::suggest("titel", &["title", "text"]), Some("title"));
/// assert_eq!(benn_core::suggest("Ziele", &["goals", "steps"]), Some("goals"));
/// assert_eq!(benn_core::suggest("Träger", &["name", "operator"]), Some("operator"));
/// assert_eq!(benn_core::suggest("xyz", &["goals", "steps"]), None);
/// ```
pub fn suggest<'c>(word: &str, candidates: &[&'c str]) -> Option<&'c str> {
    if word.len() > MAX_WORD {
        return None;
    }
    let folded = fold(word);
    for &(_, to) in SYNONYMS.iter().filter(|(from, _)| *from == folded) {
        if let Some(c) = candidates.iter().find(|c| **c == to) {
            return Some(c);
        }
    }
    let len = folded.chars().count();
    let limit = (len / 3).clamp(1, 3);
    candidates
        .iter()
        // Lengths further apart than the limit cannot be within it.
        .filter(|c| c.chars().count().abs_diff(len) <= limit)
        .map(|c| (strsim::osa_distance(&folded, c), *c))
        .filter(|&(d, _)| d <= limit)
        .min_by_key(|&(d, _)| d)
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_words_are_not_compared() {
        let huge = "t".repeat(100_000_000);
        assert_eq!(suggest(&huge, &["title", "text"]), None);
        let near = format!("{}x", "a".repeat(MAX_WORD));
        assert_eq!(suggest(&near, &[&"a".repeat(MAX_WORD)]), None);
    }

    /// Every property name in the checked-in schema, at any depth.
    fn schema_fields() -> Vec<String> {
        fn walk(v: &serde_json::Value, out: &mut Vec<String>) {
            match v {
                serde_json::Value::Object(m) => {
                    for (k, x) in m {
                        if k == "properties" {
                            if let Some(props) = x.as_object() {
                                out.extend(props.keys().cloned());
                            }
                        }
                        walk(x, out);
                    }
                }
                serde_json::Value::Array(a) => a.iter().for_each(|x| walk(x, out)),
                _ => {}
            }
        }
        let schema: serde_json::Value =
            serde_json::from_str(crate::SCHEMA_JSON).expect("the schema is JSON");
        let mut out = Vec::new();
        walk(&schema, &mut out);
        crate::sort::sort(&mut out);
        out.dedup();
        out
    }

    /// Field names that German authors write as they are.
    const INTERNATIONAL: &[&str] = &[
        "budget",
        "code",
        "drucksache",
        "email",
        "id",
        "name",
        "status",
        "text",
    ];

    #[test]
    fn every_field_has_a_german_word() {
        let fields = schema_fields();
        assert!(fields.len() > 50, "{fields:?}");
        let missing: Vec<&String> = fields
            .iter()
            .filter(|f| !INTERNATIONAL.contains(&f.as_str()))
            .filter(|f| !SYNONYMS.iter().any(|(_, to)| to == f))
            .collect();
        assert!(
            missing.is_empty(),
            "fields without a German word: {missing:?}"
        );
        // Each synonym of a field is found among exactly its object's fields.
        let all: Vec<&str> = fields.iter().map(String::as_str).collect();
        for (from, to) in SYNONYMS {
            if all.contains(to) {
                assert_eq!(suggest(from, &[to]), Some(*to), "{from}");
            }
        }
    }

    #[test]
    fn german_names_from_the_brief() {
        let cases = [
            ("zeitraum", "period"),
            ("Schritte", "steps"),
            ("Haushalt", "budget"),
            ("Ziele", "goals"),
            ("Handlungsfelder", "action_fields"),
            ("Träger", "operator"),
            ("traeger", "operator"),
            ("Bezirk", "district"),
            ("Planungsräume", "planning_areas"),
            ("Unterkünfte", "shelters"),
            ("Gremien", "bodies"),
            ("Beschluss", "adoption"),
            ("Titel", "title"),
            ("Kosten", "planned_cost_cents"),
            ("Verantwortlich", "responsible"),
            ("Partner", "partners"),
            ("Zeitrahmen", "timeframe"),
            ("Beginn", "start"),
            ("Ende", "end"),
            ("Jahr", "year"),
            ("Betrag", "amount_cents"),
            ("Maßnahmen", "steps"),
        ];
        for (word, field) in cases {
            assert_eq!(suggest(word, &[field, "id", "text"]), Some(field), "{word}");
        }
        // `Ziel` is a goal among a field's names, the target in an indicator.
        assert_eq!(suggest("Ziel", &["id", "goals"]), Some("goals"));
        assert_eq!(suggest("Ziel", &["baseline", "target"]), Some("target"));
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
