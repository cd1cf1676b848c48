//! Everything language-dependent in reports, in one place: fixed texts,
//! dates, months, money, percentages, numbers and the labels of statuses,
//! tracks and methods, in German (default) and English.
//!
//! ```
//! use benn_core::{report::locale, Cents, Date, Lang};
//! let day: Date = "2026-11-22".parse().unwrap();
//! assert_eq!(locale::date(day, Lang::De), "22. November 2026");
//! assert_eq!(locale::date(day, Lang::En), "22 November 2026");
//! assert_eq!(locale::money(Cents::new(1_234_567), Lang::De), "12.345,67\u{a0}€");
//! assert_eq!(locale::money(Cents::new(1_234_567), Lang::En), "€12,345.67");
//! assert_eq!(locale::percent(Some(54.26), Lang::De), "54,3\u{a0}%");
//! assert_eq!(locale::percent(Some(54.26), Lang::En), "54.3%");
//! ```

use crate::eval::{Method, Track};
use crate::model::{
    AdoptionStatus, ApproxDate, BodyKind, Cents, Date, EntryKind, Period, StepStatus, YearMonth,
};
use crate::Lang;

/// A text in both languages; `pick` chooses.
pub(crate) const fn pick(lang: Lang, de: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::De => de,
        Lang::En => en,
    }
}

const MONTHS_DE: [&str; 12] = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const SHORT_DE: [&str; 12] = [
    "Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez",
];
const SHORT_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// The name of month `m` (1–12): `März`, `March`.
pub fn month_name(m: u8, lang: Lang) -> &'static str {
    let names = match lang {
        Lang::De => &MONTHS_DE,
        Lang::En => &MONTHS_EN,
    };
    names
        .get(usize::from(m).wrapping_sub(1))
        .copied()
        .unwrap_or("?")
}

/// The short name of month `m` (1–12) for chart axes: `Mär`, `Mar`.
pub fn month_short(m: u8, lang: Lang) -> &'static str {
    let names = match lang {
        Lang::De => &SHORT_DE,
        Lang::En => &SHORT_EN,
    };
    names
        .get(usize::from(m).wrapping_sub(1))
        .copied()
        .unwrap_or("?")
}

/// A day: `22. November 2026`, `22 November 2026`.
pub fn date(d: Date, lang: Lang) -> String {
    let (day, month, year) = (d.day(), month_name(d.month(), lang), d.year());
    match lang {
        Lang::De => format!("{day}. {month} {year}"),
        Lang::En => format!("{day} {month} {year}"),
    }
}

/// A day in figures for tables: `22.11.2026`, `2026-11-22`.
pub fn short_date(d: Date, lang: Lang) -> String {
    match lang {
        Lang::De => format!("{:02}.{:02}.{}", d.day(), d.month(), d.year()),
        Lang::En => d.to_string(),
    }
}

/// A month: `November 2026` in both languages' month names.
pub fn month(m: YearMonth, lang: Lang) -> String {
    format!("{} {}", month_name(m.month(), lang), m.year())
}

/// A year, a month or a day, as precise as it is known.
pub fn approx_date(d: &ApproxDate, lang: Lang) -> String {
    match d {
        ApproxDate::Year(y) => y.to_string(),
        ApproxDate::Month(m) => month(*m, lang),
        ApproxDate::Day(d) => date(*d, lang),
    }
}

/// A period: its label as written when it has one (`2023/2024`), and always
/// its months: `2023/2024 (Januar 2023 – Dezember 2024)`.
pub fn period(p: &Period, lang: Lang) -> String {
    let span = format!("{} – {}", month(p.start, lang), month(p.end, lang));
    match p.label.as_deref() {
        Some(l) if !l.trim().is_empty() => format!("{l} ({span})"),
        _ => span,
    }
}

/// Money: `12.345,67 €`, `€12,345.67` (German with a no-break space
/// before `€`, so the sign never starts a line).
pub fn money(c: Cents, lang: Lang) -> String {
    match lang {
        Lang::De => c.to_string().replace(" €", "\u{a0}€"),
        Lang::En => c.format_en(),
    }
}

/// Whole euros for chart axes: `30.000 €`, `€30,000`.
pub fn euros(c: Cents, lang: Lang) -> String {
    let full = money(c, lang);
    match lang {
        Lang::De => full.replacen(",00\u{a0}€", "\u{a0}€", 1),
        Lang::En => full.strip_suffix(".00").map_or(full.clone(), str::to_owned),
    }
}

/// A percentage with one decimal: `54,3 %`, `54.3%`; `–` for none. German
/// puts a no-break space before `%`.
pub fn percent(p: Option<f64>, lang: Lang) -> String {
    match p {
        None => "–".into(),
        Some(p) => {
            let text = format!("{p:.1}");
            match lang {
                Lang::De => format!("{}\u{a0}%", text.replace('.', ",")),
                Lang::En => format!("{text}%"),
            }
        }
    }
}

/// A whole percentage for labels in charts: `54 %`, `54%`.
pub fn percent0(p: f64, lang: Lang) -> String {
    match lang {
        Lang::De => format!("{p:.0}\u{a0}%"),
        Lang::En => format!("{p:.0}%"),
    }
}

/// A decimal number as written, with the German decimal comma.
pub fn decimal(text: &str, lang: Lang) -> String {
    match lang {
        Lang::De => text.replace('.', ","),
        Lang::En => text.to_owned(),
    }
}

/// An area in km² with two decimals: `7,94 km²`, `7.94 km²`.
pub fn km2(v: f64, lang: Lang) -> String {
    decimal(&format!("{v:.2} km²"), lang)
}

/// The label of a track (*erledigt*, *im Plan*, …).
pub fn track(t: Track, lang: Lang) -> &'static str {
    match lang {
        Lang::De => t.label_de(),
        Lang::En => t.label_en(),
    }
}

/// The label of a method of roll-up.
pub fn method(m: Method, lang: Lang) -> &'static str {
    match lang {
        Lang::De => m.label_de(),
        Lang::En => m.label_en(),
    }
}

/// The label of a step's status.
pub fn status(s: StepStatus, lang: Lang) -> &'static str {
    match s {
        StepStatus::Planned => pick(lang, "geplant", "planned"),
        StepStatus::InProgress => pick(lang, "in Umsetzung", "in progress"),
        StepStatus::Done => pick(lang, "umgesetzt", "done"),
        StepStatus::Postponed => pick(lang, "verschoben", "postponed"),
        StepStatus::Dropped => pick(lang, "entfallen", "dropped"),
    }
}

/// The label of a concept's adoption status.
pub fn adoption(s: AdoptionStatus, lang: Lang) -> &'static str {
    match s {
        AdoptionStatus::Draft => pick(lang, "Entwurf", "draft"),
        AdoptionStatus::Adopted => pick(lang, "beschlossen", "adopted"),
        AdoptionStatus::Noted => pick(
            lang,
            "beschlossen, von der BVV zur Kenntnis genommen",
            "adopted, noted by the district assembly (BVV)",
        ),
        AdoptionStatus::Superseded => pick(lang, "abgelöst", "superseded"),
        AdoptionStatus::Published => pick(lang, "veröffentlicht", "published"),
        AdoptionStatus::Unknown => pick(lang, "unbekannt", "unknown"),
    }
}

/// The label of a kind of participation body.
pub fn body_kind(k: BodyKind, lang: Lang) -> &'static str {
    match k {
        BodyKind::NeighbourhoodForum => pick(lang, "Nachbarschaftsforum", "neighbourhood forum"),
        BodyKind::ResidentsCouncil => pick(lang, "Bewohnerrat", "residents' council"),
        BodyKind::RoundTable => pick(lang, "Runder Tisch", "round table"),
        BodyKind::Workshop => pick(lang, "Kiezwerkstatt", "neighbourhood workshop"),
        BodyKind::Survey => pick(lang, "Aktivierende Befragung", "activating survey"),
        BodyKind::YouthForum => pick(lang, "Jugendforum", "youth forum"),
        BodyKind::Other => pick(lang, "Gremium", "body"),
    }
}

/// The label of a kind of log entry.
pub fn entry_kind(k: EntryKind, lang: Lang) -> &'static str {
    match k {
        EntryKind::Status => pick(lang, "Status", "status"),
        EntryKind::Progress => pick(lang, "Fortschritt", "progress"),
        EntryKind::Spending => pick(lang, "Ausgabe", "spending"),
        EntryKind::Measurement => pick(lang, "Messung", "measurement"),
        EntryKind::Meeting => pick(lang, "Sitzung", "meeting"),
        EntryKind::Note => pick(lang, "Notiz", "note"),
    }
}

/// A count with its noun in singular or plural: `1 Schritt`, `3 Schritte`.
pub fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// A number in words for small counts in running German or English text
/// (*acht Planungsräume*), digits from 13 on.
pub fn number_word(n: usize, lang: Lang) -> String {
    const DE: [&str; 13] = [
        "null", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn",
        "elf", "zwölf",
    ];
    const EN: [&str; 13] = [
        "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve",
    ];
    let words = match lang {
        Lang::De => &DE,
        Lang::En => &EN,
    };
    words
        .get(n)
        .map_or_else(|| n.to_string(), |w| (*w).to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_months() {
        let d: Date = "2023-03-01".parse().unwrap();
        assert_eq!(date(d, Lang::De), "1. März 2023");
        assert_eq!(date(d, Lang::En), "1 March 2023");
        assert_eq!(short_date(d, Lang::De), "01.03.2023");
        assert_eq!(short_date(d, Lang::En), "2023-03-01");
        assert_eq!(month(d.year_month(), Lang::De), "März 2023");
        assert_eq!(month_short(12, Lang::De), "Dez");
        assert_eq!(month_short(13, Lang::En), "?");
        let p = Period::parse_label("2023/2024").unwrap();
        assert_eq!(
            period(&p, Lang::De),
            "2023/2024 (Januar 2023 – Dezember 2024)"
        );
        assert_eq!(
            approx_date(&ApproxDate::Year(2023), Lang::En),
            "2023".to_owned()
        );
    }

    #[test]
    fn money_and_numbers() {
        assert_eq!(money(Cents::new(-5), Lang::De), "-0,05\u{a0}€");
        assert_eq!(euros(Cents::from_euros(30_000), Lang::De), "30.000\u{a0}€");
        assert_eq!(euros(Cents::from_euros(30_000), Lang::En), "€30,000");
        assert_eq!(euros(Cents::new(150), Lang::En), "€1.50");
        assert_eq!(percent(None, Lang::De), "–");
        assert_eq!(percent(Some(100.0), Lang::De), "100,0\u{a0}%");
        assert_eq!(percent0(99.6, Lang::En), "100%");
        assert_eq!(km2(7.9412, Lang::De), "7,94 km²");
        assert_eq!(count(1, "Schritt", "Schritte"), "1 Schritt");
        assert_eq!(count(0, "Schritt", "Schritte"), "0 Schritte");
        assert_eq!(number_word(8, Lang::De), "acht");
        assert_eq!(number_word(20, Lang::En), "20");
    }
}
