//! Findings for syntax errors, in German and English.

use super::parser::{Expected, Problem, SyntaxError, MAX_DEPTH};
use crate::diag::{text, Code, Finding, Text};

fn expected(e: Expected) -> Text {
    match e {
        Expected::Value => text!("ein Wert", "a value"),
        Expected::Key => text!(
            "ein Schlüssel in doppelten Anführungszeichen",
            "a key in double quotes"
        ),
        Expected::Colon => text!("`:`", "`:`"),
        Expected::CommaOrBrace => text!("`,` oder `}}`", "`,` or `}}`"),
        Expected::CommaOrBracket => text!("`,` oder `]`", "`,` or `]`"),
        Expected::Digit => text!("eine Ziffer", "a digit"),
        Expected::HexDigit => text!("eine Hexadezimalziffer", "a hexadecimal digit"),
        Expected::Quote => text!("das schließende `\"`", "the closing `\"`"),
        Expected::End => text!("das Ende des Dokuments", "the end of the document"),
    }
}

fn shown(c: char) -> String {
    if c.is_control() || c.is_whitespace() {
        format!("U+{:04X}", u32::from(c))
    } else {
        format!("`{c}`")
    }
}

/// The finding for a syntax error found while at `pointer`.
pub(crate) fn finding(e: &SyntaxError, pointer: &str, _src: &str) -> Finding {
    let (code, message, hint) = match &e.problem {
        Problem::UnexpectedEnd(exp) => {
            let Text { de, en } = expected(*exp);
            (
                Code::JsonSyntax,
                text!(
                    "Unerwartetes Ende des Dokuments; erwartet: {de}.",
                    "Unexpected end of the document; expected {en}.",
                ),
                Some(text!(
                    "Ist die Datei abgeschnitten? Prüfen Sie, ob alle `{{` und `[` geschlossen sind.",
                    "Is the file truncated? Check that every `{{` and `[` is closed.",
                )),
            )
        }
        Problem::Unexpected {
            found,
            expected: Expected::End,
        } => {
            let c = shown(*found);
            (
                Code::JsonSyntax,
                text!(
                    "Nach dem Ende des Dokuments folgt noch {c}.",
                    "{c} follows the end of the document.",
                ),
                Some(text!(
                    "Eine Datei enthält genau ein Dokument.",
                    "A file holds exactly one document.",
                )),
            )
        }
        Problem::Unexpected { found, expected: exp } => {
            let c = shown(*found);
            let Text { de, en } = expected(*exp);
            let hint = match exp {
                Expected::CommaOrBrace | Expected::CommaOrBracket => Some(text!(
                    "Fehlt ein Komma zwischen zwei Einträgen?",
                    "Is a comma missing between two entries?",
                )),
                Expected::Key => Some(text!(
                    "Nach dem letzten Eintrag eines Objekts steht kein Komma.",
                    "No comma follows the last entry of an object.",
                )),
                _ => None,
            };
            (
                Code::JsonSyntax,
                text!(
                    "Unerwartetes Zeichen {c}; erwartet: {de}.",
                    "Unexpected character {c}; expected {en}.",
                ),
                hint,
            )
        }
        Problem::LeadingZero => (
            Code::JsonSyntax,
            text!(
                "Eine Zahl darf nicht mit einer führenden Null beginnen.",
                "A number must not start with a leading zero.",
            ),
            Some(text!(
                "LOR-Schlüssel und Bezirke sind Texte: schreiben Sie `\"03\"` statt `03`.",
                "LOR codes and districts are texts: write `\"03\"` instead of `03`.",
            )),
        ),
        Problem::InvalidEscape(c) => {
            let c = shown(*c);
            (
                Code::JsonSyntax,
                text!(
                    "Ungültige Escape-Sequenz mit {c} in einem Text.",
                    "Invalid escape sequence with {c} in a text.",
                ),
                Some(text!(
                    "Erlaubt sind `\\\"`, `\\\\`, `\\/`, `\\b`, `\\f`, `\\n`, `\\r`, `\\t` und `\\uXXXX`.",
                    "Allowed are `\\\"`, `\\\\`, `\\/`, `\\b`, `\\f`, `\\n`, `\\r`, `\\t` and `\\uXXXX`.",
                )),
            )
        }
        Problem::LoneSurrogate => (
            Code::JsonSyntax,
            text!(
                "Ungültiges Unicode-Escape: ein Surrogat ohne Partner.",
                "Invalid Unicode escape: a surrogate without its pair.",
            ),
            None,
        ),
        Problem::ControlInString(c) => {
            let c = shown(*c);
            (
                Code::JsonSyntax,
                text!(
                    "Das Steuerzeichen {c} steht unmaskiert in einem Text.",
                    "The control character {c} stands unescaped in a text.",
                ),
                Some(text!(
                    "Zeilenumbrüche in Texten schreibt man als `\\n`. Fehlt ein schließendes `\"`?",
                    "Line breaks in texts are written `\\n`. Is a closing `\"` missing?",
                )),
            )
        }
        Problem::NonFinite(word) => (
            Code::JsonSyntax,
            text!(
                "`{word}` ist in JSON kein gültiger Wert.",
                "`{word}` is not a valid JSON value.",
            ),
            Some(text!(
                "Schreiben Sie eine Zahl oder lassen Sie das Feld weg.",
                "Write a number or leave the field out.",
            )),
        ),
        Problem::Comment => (
            Code::JsonSyntax,
            text!("JSON erlaubt keine Kommentare.", "JSON does not allow comments."),
            Some(text!(
                "Notizen gehören in ein Textfeld des Dokuments.",
                "Put notes in a text field of the document.",
            )),
        ),
        Problem::SingleQuote => (
            Code::JsonSyntax,
            text!(
                "Texte und Schlüssel stehen in JSON in doppelten Anführungszeichen (`\"`), nicht in einfachen.",
                "Texts and keys in JSON use double quotes (`\"`), not single ones.",
            ),
            None,
        ),
        Problem::TooDeep => (
            Code::JsonDepth,
            text!(
                "Listen und Objekte sind tiefer als {MAX_DEPTH} Ebenen verschachtelt.",
                "Arrays and objects are nested deeper than {MAX_DEPTH} levels.",
            ),
            Some(text!(
                "Die Dokumente von benn brauchen weniger als zehn Ebenen.",
                "benn's documents need fewer than ten levels.",
            )),
        ),
    };
    let mut f = Finding::new(code, pointer, message).at_offset(e.offset);
    f.hint = hint;
    match &e.problem {
        Problem::UnexpectedEnd(exp) => f.with("expected", expected(*exp).en),
        Problem::Unexpected {
            found,
            expected: exp,
        } => f
            .with("found", found.to_string())
            .with("expected", expected(*exp).en),
        Problem::InvalidEscape(c) | Problem::ControlInString(c) => f.with("found", c.to_string()),
        Problem::NonFinite(word) => f.with("found", word.to_string()),
        Problem::TooDeep => f.with("max_depth", MAX_DEPTH),
        // Fixed messages: the kind of mistake is their value.
        Problem::LeadingZero => f.with("problem", "leading_zero"),
        Problem::LoneSurrogate => f.with("problem", "lone_surrogate"),
        Problem::Comment => f.with("problem", "comment"),
        Problem::SingleQuote => f.with("problem", "single_quote"),
    }
}
