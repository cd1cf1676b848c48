//! The registry of every finding code: its stable slug, severity and a short
//! description in German and English. Codes never change once published.

use std::fmt;

use serde::Serialize;

/// How bad a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// *Fehler*: the document is wrong and must be fixed.
    Error,
    /// *Warnung*: probably a mistake; look at it.
    Warning,
    /// *Hinweis*: a suggestion to make the concept better.
    Advice,
}

impl Severity {
    /// The format's name: `error`, `warning` or `advice`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Advice => "advice",
        }
    }

    /// German label.
    pub const fn label_de(self) -> &'static str {
        match self {
            Severity::Error => "Fehler",
            Severity::Warning => "Warnung",
            Severity::Advice => "Hinweis",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

macro_rules! codes {
    ($( $(#[$doc:meta])* $variant:ident = $slug:literal, $sev:ident, $de:literal, $en:literal; )*) => {
        /// A stable finding code. See [`Code::ALL`] for the registry.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[non_exhaustive]
        pub enum Code {
            $( $(#[$doc])* $variant, )*
        }

        impl Code {
            /// Every code, in registry order.
            pub const ALL: &'static [Code] = &[ $( Code::$variant, )* ];

            /// The stable slug, e.g. `id.duplicate`.
            pub const fn as_str(self) -> &'static str {
                match self { $( Code::$variant => $slug, )* }
            }

            /// The severity findings of this code have.
            pub const fn severity(self) -> Severity {
                match self { $( Code::$variant => Severity::$sev, )* }
            }

            /// Short description in German.
            pub const fn description_de(self) -> &'static str {
                match self { $( Code::$variant => $de, )* }
            }

            /// Short description in English.
            pub const fn description_en(self) -> &'static str {
                match self { $( Code::$variant => $en, )* }
            }

            /// The code with this slug.
            pub fn from_slug(slug: &str) -> Option<Code> {
                Code::ALL.iter().copied().find(|c| c.as_str() == slug)
            }
        }
    };
}

codes! {
    /// There were more findings than a report holds.
    ReportTruncated = "report.truncated", Warning,
        "Zu viele Befunde; der Bericht ist gekürzt.", "Too many findings; the report is cut short.";
    /// The input is empty or only whitespace.
    JsonEmpty = "json.empty", Error,
        "Das Dokument ist leer.", "The document is empty.";
    /// The input starts with a byte-order mark; it is skipped.
    JsonBom = "json.bom", Warning,
        "Das Dokument beginnt mit einer Byte-Order-Mark.", "The document starts with a byte-order mark.";
    /// The input is not valid UTF-8.
    JsonUtf8 = "json.utf8", Error,
        "Das Dokument ist kein gültiges UTF-8.", "The document is not valid UTF-8.";
    /// The input is not valid JSON.
    JsonSyntax = "json.syntax", Error,
        "JSON-Syntaxfehler.", "JSON syntax error.";
    /// Arrays and objects are nested too deeply.
    JsonDepth = "json.depth", Error,
        "Zu tief verschachtelt.", "Nested too deeply.";
    /// An object holds the same key twice.
    JsonDuplicateKey = "json.duplicate_key", Error,
        "Ein Schlüssel steht zweimal im selben Objekt.", "An object holds the same key twice.";
    /// A number is too large or too small to be represented.
    JsonNumberRange = "json.number_range", Error,
        "Eine Zahl liegt außerhalb des darstellbaren Bereichs.", "A number is out of the representable range.";
    /// The document's format version is not one this library reads.
    FormatVersion = "format.version", Error,
        "Die Formatversion wird nicht unterstützt.", "The format version is not supported.";
    /// An object has a field the format does not know.
    FieldUnknown = "field.unknown", Error,
        "Unbekanntes Feld.", "Unknown field.";
    /// A required field is missing.
    FieldMissing = "field.missing", Error,
        "Ein Pflichtfeld fehlt.", "A required field is missing.";
    /// A value has the wrong JSON type.
    TypeMismatch = "type.mismatch", Error,
        "Ein Wert hat den falschen Typ.", "A value has the wrong type.";
    /// A value is not one of the allowed names.
    ValueUnknownVariant = "value.unknown_variant", Error,
        "Der Wert ist keiner der erlaubten Namen.", "The value is not one of the allowed names.";
    /// A text is not shaped as its field requires (a month, a date, a key).
    ValueFormat = "value.format", Error,
        "Der Wert hat nicht die verlangte Form.", "The value does not have the required shape.";
    /// An id is empty, too long or contains whitespace.
    IdInvalid = "id.invalid", Error,
        "Ungültige Id.", "Invalid id.";
    /// Two things have the same id.
    IdDuplicate = "id.duplicate", Error,
        "Eine Id ist doppelt vergeben.", "An id is used twice.";
    /// A LOR code has the wrong shape for its level.
    LorShape = "lor.shape", Error,
        "Ein LOR-Schlüssel hat die falsche Form.", "A LOR code has the wrong shape.";
    /// A LOR code lies in another district than the site.
    LorOtherDistrict = "lor.other_district", Error,
        "Ein LOR-Schlüssel liegt in einem anderen Bezirk als der Standort.", "A LOR code lies in another district than the site.";
    /// A goal, step or shelter names a LOR unit outside the site's area (an
    /// outing to the neighbouring area is normal practice: a warning).
    RefPlanningArea = "ref.planning_area", Warning,
        "Ein genannter Raum liegt außerhalb des BENN-Gebiets.", "A named area lies outside the site's area.";
    /// A goal or step names a LOR unit that reaches beyond the site's area.
    AreaOutsideSite = "area.outside_site", Warning,
        "Ein genannter Raum reicht über das BENN-Gebiet hinaus.", "A named area reaches beyond the site's area.";
    /// A LOR code that does not exist in LOR 2021 (the edition that applies
    /// when the site declares none).
    LorUnknown = "lor.unknown", Warning,
        "Den LOR-Schlüssel gibt es im LOR 2021 nicht.", "The LOR code does not exist in LOR 2021.";
    /// An area's name is not the official name of its code.
    LorNameMismatch = "lor.name_mismatch", Warning,
        "Der Name passt nicht zum amtlichen Namen des LOR-Schlüssels.", "The name is not the official name of the LOR code.";
    /// An area's code and name are a unit of another level than its `level` says.
    LorLevel = "lor.level", Advice,
        "Der LOR-Raum gehört zu einer anderen Ebene als angegeben.", "The LOR unit is of another level than stated.";
    /// A reference to a participation body does not resolve.
    RefBody = "ref.body", Error,
        "Ein Verweis auf ein Beteiligungsgremium lässt sich nicht auflösen.", "A reference to a participation body does not resolve.";
    /// The previous concept does not resolve or cannot precede this one.
    RefPrevious = "ref.previous", Error,
        "Der Verweis auf das vorige Handlungskonzept lässt sich nicht auflösen.", "The reference to the previous concept does not resolve.";
    /// An end lies before its start.
    TimeEndBeforeStart = "time.end_before_start", Error,
        "Ein Ende liegt vor seinem Beginn.", "An end lies before its start.";
    /// A step's timeframe lies (partly) outside the concept period.
    TimeOutsidePeriod = "time.outside_period", Warning,
        "Ein Zeitraum liegt außerhalb des Konzeptzeitraums.", "A timeframe lies outside the concept period.";
    /// The concept period is not about 24 months long.
    PeriodLength = "period.length", Warning,
        "Der Konzeptzeitraum ist nicht etwa 24 Monate lang.", "The concept period is not about 24 months long.";
    /// The period's label reads as other months than its start and end.
    PeriodLabel = "period.label", Warning,
        "Die Bezeichnung des Zeitraums passt nicht zu Beginn und Ende.", "The period's label does not match its start and end.";
    /// The planned costs of a year exceed its budget.
    BudgetExceeded = "budget.exceeded", Error,
        "Die geplanten Kosten eines Jahres übersteigen das Budget.", "The planned costs of a year exceed its budget.";
    /// Two budget entries for the same year.
    BudgetDuplicateYear = "budget.duplicate_year", Error,
        "Für ein Jahr gibt es zwei Budgets.", "A year has two budgets.";
    /// A budget year lies outside the concept period.
    BudgetYearOutsidePeriod = "budget.year_outside_period", Warning,
        "Ein Budgetjahr liegt außerhalb des Konzeptzeitraums.", "A budget year lies outside the concept period.";
    /// Costs are planned in a year that has no budget.
    BudgetYearMissing = "budget.year_missing", Warning,
        "Für ein Jahr mit geplanten Kosten fehlt das Budget.", "A year with planned costs has no budget.";
    /// An amount of money is negative.
    AmountNegative = "amount.negative", Error,
        "Ein Geldbetrag ist negativ.", "An amount of money is negative.";
    /// A text is empty or only whitespace.
    TextEmpty = "text.empty", Error,
        "Ein Text ist leer.", "A text is empty.";
    /// Two action fields have the same key.
    ActionFieldDuplicateKey = "action_field.duplicate_key", Error,
        "Zwei Handlungsfelder haben denselben Schlüssel.", "Two action fields have the same key.";
    /// A custom action field key where a standard one was probably meant.
    ActionFieldCustomKey = "action_field.custom_key", Advice,
        "Ein eigener Handlungsfeld-Schlüssel, wo wohl ein Standardfeld gemeint ist.", "A custom action field key where a standard one was probably meant.";
    /// An action field has no goals.
    ActionFieldNoGoals = "action_field.no_goals", Warning,
        "Ein Handlungsfeld hat keine Ziele.", "An action field has no goals.";
    /// A goal has no steps.
    GoalNoSteps = "goal.no_steps", Advice,
        "Ein Ziel hat keine Handlungsschritte.", "A goal has no steps.";
    /// An indicator has no baseline.
    IndicatorNoBaseline = "indicator.no_baseline", Advice,
        "Ein Indikator hat keinen Ausgangswert.", "An indicator has no baseline.";
    /// An indicator has no target.
    IndicatorNoTarget = "indicator.no_target", Advice,
        "Ein Indikator hat keinen Zielwert.", "An indicator has no target.";
    /// An indicator value does not fit the indicator's measure.
    IndicatorValue = "indicator.value", Error,
        "Ein Indikatorwert passt nicht zur Messart.", "An indicator value does not fit its measure.";
    /// Adoption data contradicts the adoption status.
    AdoptionInconsistent = "adoption.inconsistent", Error,
        "Die Beschlussdaten widersprechen dem Status.", "The adoption data contradict the status.";
    /// A step is done although its timeframe has not started.
    StepDoneNotStarted = "step.done_not_started", Warning,
        "Ein Schritt ist umgesetzt, obwohl sein Zeitraum noch nicht begonnen hat.", "A step is done although its timeframe has not started.";
    /// A step's weight is not positive.
    StepWeight = "step.weight", Error,
        "Das Gewicht eines Schritts ist nicht positiv.", "A step's weight is not positive.";
    /// The events of the decision path are not in date order.
    AdoptionEventOrder = "adoption.event_order", Warning,
        "Die Ereignisse des Beschlusswegs stehen nicht in zeitlicher Reihenfolge.", "The events of the decision path are not in date order.";
    /// The same shelter is listed twice in a site.
    ShelterDuplicate = "shelter.duplicate", Warning,
        "Dieselbe Unterkunft steht zweimal im Standort.", "The same shelter is listed twice in the site.";
    /// The previous concept is not among the documents checked.
    RefPreviousUnchecked = "ref.previous_unchecked", Advice,
        "Das vorige Handlungskonzept ist nicht unter den geprüften Dateien.", "The previous concept is not among the files checked.";
    /// A date of the past (a start, an opening, a fact) lies after the period's end.
    TimeAfterPeriod = "time.after_period", Warning,
        "Ein Datum liegt nach dem Ende des Konzeptzeitraums.", "A date lies after the end of the concept period.";
    /// A date of something that has happened lies after today.
    TimeFuture = "time.future", Warning,
        "Ein Datum liegt in der Zukunft.", "A date lies in the future.";
    /// A document uses what only a newer format version than the one it names can say.
    FormatUpgrade = "format.upgrade", Advice,
        "Das Dokument nutzt eine neuere Formatversion, als es nennt.", "The document uses a newer format version than it says.";
    /// Two documents checked together have the same concept id.
    ConceptDuplicateId = "concept.duplicate_id", Error,
        "Zwei geprüfte Dokumente haben dieselbe Konzept-Id.", "Two documents checked together have the same concept id.";
    /// A year's budget is far below the programme's standard for the site type
    /// (less than a tenth of it, for the months of the period in that year):
    /// most likely euros written where cents are meant.
    BudgetBelowStandard = "budget.below_standard", Warning,
        "Ein Jahresbudget liegt weit unter dem Programmstandard (Euro statt Cent?).", "A year's budget is far below the programme's standard (euros instead of cents?).";
    /// A year's budget is more than twice the programme's yearly standard for the site type.
    BudgetAboveStandard = "budget.above_standard", Advice,
        "Ein Jahresbudget liegt weit über dem Programmstandard.", "A year's budget is far above the programme's standard.";
    /// A step's planned cost is more than nothing but less than one euro.
    StepCostTiny = "step.cost_tiny", Warning,
        "Die geplanten Kosten eines Schritts liegen unter 1 € (Euro statt Cent?).", "A step's planned cost is below €1 (euros instead of cents?).";
    /// Two steps have the same text (ignoring case and spacing) and the same timeframe.
    StepDuplicateText = "step.duplicate_text", Warning,
        "Zwei Schritte haben denselben Text.", "Two steps have the same text.";
    /// A log file names another concept than the one it is checked against.
    LogConcept = "log.concept", Error,
        "Das Protokoll gehört zu einem anderen Handlungskonzept.", "The log belongs to another concept.";
    /// A step still planned or in progress after its timeframe has ended, as of
    /// today (from the concept's own log, else its status).
    StepDelayed = "step.delayed", Warning,
        "Ein Schritt ist nach Ende seines Zeitraums noch nicht umgesetzt.", "A step is not done although its timeframe has ended.";
    /// A participation body the concept plans did not meet in a whole calendar
    /// year of the period that has passed (only for concepts with a log).
    BodyNoMeeting = "body.no_meeting", Warning,
        "Ein geplantes Beteiligungsgremium hat ein ganzes Jahr lang nicht getagt.", "A planned participation body did not meet in a whole year.";
    /// A log entry names a step, goal, indicator, body or entry that does not exist.
    LogRef = "log.ref", Error,
        "Ein Eintrag des Protokolls verweist auf etwas, das es nicht gibt.", "A log entry refers to something that does not exist.";
    /// Two entries of one log have the same id.
    LogDuplicateId = "log.duplicate_id", Error,
        "Zwei Einträge des Protokolls haben dieselbe Id.", "Two log entries have the same id.";
    /// A log entry lacks a field its kind needs, or is about more than one thing.
    LogKindFields = "log.kind_fields", Error,
        "Einem Eintrag fehlt, was seine Art verlangt, oder er nennt mehr als einen Bezug.", "A log entry lacks what its kind needs, or names more than one subject.";
    /// A log entry carries a field its kind does not use.
    LogFieldUnused = "log.field_unused", Warning,
        "Ein Eintrag enthält ein Feld, das seine Art nicht nutzt.", "A log entry carries a field its kind does not use.";
    /// A log entry is dated before the period or after its end and the grace window.
    LogDateOutsidePeriod = "log.date_outside_period", Warning,
        "Ein Eintrag liegt außerhalb des Konzeptzeitraums.", "A log entry lies outside the concept period.";
    /// A log entry is dated after today.
    LogDateFuture = "log.date_future", Warning,
        "Ein Eintrag ist in der Zukunft datiert.", "A log entry is dated in the future.";
    /// A progress value lies outside 0 to 100 %.
    LogProgressRange = "log.progress_range", Error,
        "Ein Fortschritt liegt außerhalb von 0 bis 100 %.", "A progress value lies outside 0 to 100%.";
    /// A step's status changes in a way the status table does not allow.
    LogStatusTransition = "log.status_transition", Warning,
        "Ein Schritt wechselt seinen Status auf unzulässige Weise.", "A step changes its status in a way that is not allowed.";
    /// The spending of a year exceeds its budget.
    LogBudgetExceeded = "log.budget_exceeded", Warning,
        "Die Ausgaben eines Jahres übersteigen sein Budget.", "A year's spending exceeds its budget.";
    /// Spending counts for a year outside the concept period.
    LogBudgetYear = "log.budget_year", Warning,
        "Eine Ausgabe zählt für ein Jahr außerhalb des Konzeptzeitraums.", "Spending counts for a year outside the concept period.";
    /// A measurement's unit does not fit its indicator.
    LogUnitMismatch = "log.unit_mismatch", Warning,
        "Die Einheit einer Messung passt nicht zu ihrem Indikator.", "A measurement's unit does not fit its indicator.";
    /// A measured value does not fit its indicator's measure.
    LogValue = "log.value", Error,
        "Ein gemessener Wert passt nicht zur Messart seines Indikators.", "A measured value does not fit its indicator's measure.";
    /// One step gets two different statuses on one day.
    LogConflict = "log.conflict", Warning,
        "Ein Schritt bekommt an einem Tag zwei verschiedene Status.", "A step gets two different statuses on one day.";
}

/// An entry of the code registry as plain data (what `codes()` returns in
/// Python and JS).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CodeInfo {
    /// The stable slug.
    pub code: &'static str,
    /// Its severity.
    pub severity: Severity,
    /// Short description in German and English.
    pub description: super::Text,
}

impl Code {
    /// This code's registry entry.
    pub fn info(self) -> CodeInfo {
        CodeInfo {
            code: self.as_str(),
            severity: self.severity(),
            description: super::Text::new(self.description_de(), self.description_en()),
        }
    }

    /// The whole registry as JSON: `[{"code", "severity", "description": {"de", "en"}}, …]`.
    ///
    /// ```
    /// let list: serde_json::Value = serde_json::from_str(&benn_core::Code::registry_json()).unwrap();
    /// assert_eq!(list[0]["code"], benn_core::Code::ALL[0].as_str());
    /// ```
    pub fn registry_json() -> String {
        let list: Vec<CodeInfo> = Code::ALL.iter().map(|c| c.info()).collect();
        serde_json::to_string(&list).unwrap_or_else(|_| String::from("[]"))
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registry_json_lists_every_code_in_order() {
        let v: serde_json::Value = serde_json::from_str(&Code::registry_json()).unwrap();
        let list = v.as_array().unwrap();
        assert_eq!(list.len(), Code::ALL.len());
        for (item, code) in list.iter().zip(Code::ALL) {
            assert_eq!(item["code"], code.as_str());
            assert_eq!(item["severity"], code.severity().as_str());
            assert_eq!(item["description"]["de"], code.description_de());
            assert_eq!(item["description"]["en"], code.description_en());
        }
    }

    #[test]
    fn registry_is_complete_and_bilingual() {
        let mut seen = std::collections::HashSet::new();
        for &code in Code::ALL {
            assert!(seen.insert(code.as_str()), "{code} twice");
            let slug = code.as_str();
            assert!(
                slug.bytes().all(|b| b.is_ascii_lowercase()
                    || b.is_ascii_digit()
                    || b == b'.'
                    || b == b'_'),
                "{slug}"
            );
            assert!(slug.contains('.'), "{slug} has a group");
            assert!(!code.description_de().is_empty() && !code.description_en().is_empty());
            assert_ne!(code.description_de(), code.description_en(), "{slug}");
            assert_eq!(Code::from_slug(slug), Some(code));
        }
    }
}
