//! Canonical writing: the same concept always gives the same bytes.

use serde::Serialize;

use crate::diag::Pointer;
use crate::model::{Concept, Document, Log, LogDocument, FORMAT_VERSION};

/// Why a concept cannot be written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum WriteError {
    /// A number is NaN or infinite; JSON cannot hold it and it would be lost.
    #[error("[write.not_finite] the number at {pointer} is not finite; JSON cannot represent it")]
    NotFinite {
        /// JSON Pointer of the number.
        pointer: String,
    },
    /// The JSON writer failed. It cannot for the model's types; this is
    /// returned instead of an empty or partial text if it ever did.
    #[error("[write.internal] the concept could not be written: {reason}")]
    Internal {
        /// What failed.
        reason: String,
    },
}

impl WriteError {
    /// The stable code of the error.
    pub fn code(&self) -> &'static str {
        match self {
            WriteError::NotFinite { .. } => "write.not_finite",
            WriteError::Internal { .. } => "write.internal",
        }
    }
}

/// Writes a concept as canonical JSON: fields in a fixed order, two-space
/// indentation, empty lists and absent optional fields left out, a final newline.
///
/// ```
/// let text = std::fs::read("../examples/weissensee-2023.json").unwrap();
/// let concept = benn_core::read(&text).unwrap();
/// let written = benn_core::write(&concept).unwrap();
/// assert_eq!(benn_core::read(written.as_bytes()).unwrap(), concept);
/// assert_eq!(benn_core::write(&concept).unwrap(), written);
/// ```
pub fn write(concept: &Concept) -> Result<String, WriteError> {
    check_finite(concept)?;
    canonical(&Document {
        format_version: FORMAT_VERSION,
        concept,
    })
}

/// Writes a log file canonically, in the same style as [`write()`].
///
/// ```
/// use benn_core::{read_log, write_log};
/// let text = std::fs::read("../examples/weissensee-2023.log.json").unwrap();
/// let log = read_log(&text).unwrap();
/// assert_eq!(read_log(write_log(&log).unwrap().as_bytes()).unwrap(), log);
/// ```
///
/// # Errors
/// [`WriteError::Internal`] if the JSON writer failed (it cannot for the model's types).
pub fn write_log(log: &Log) -> Result<String, WriteError> {
    canonical(&LogDocument {
        format_version: FORMAT_VERSION,
        log,
    })
}

/// Two-space indentation and a final newline.
fn canonical<T: Serialize>(doc: &T) -> Result<String, WriteError> {
    let mut out = Vec::with_capacity(4096);
    let formatter = serde_json::ser::PrettyFormatter::with_indent(b"  ");
    let mut ser = serde_json::Serializer::with_formatter(&mut out, formatter);
    let internal = |reason: String| WriteError::Internal { reason };
    doc.serialize(&mut ser)
        .map_err(|e| internal(e.to_string()))?;
    out.push(b'\n');
    String::from_utf8(out).map_err(|e| internal(e.to_string()))
}

fn check_finite(c: &Concept) -> Result<(), WriteError> {
    // Decimals (fact and indicator values, staff positions) are finite by
    // construction; weights are plain doubles.
    for (fi, field) in c.action_fields.iter().enumerate() {
        let fp = || Pointer::root().key("action_fields").index(fi);
        let goal_steps = field.goals.iter().enumerate().flat_map(|(gi, g)| {
            g.steps
                .iter()
                .enumerate()
                .map(move |(si, s)| (Some(gi), si, s))
        });
        let field_steps = field.steps.iter().enumerate().map(|(si, s)| (None, si, s));
        for (gi, si, step) in goal_steps.chain(field_steps) {
            if step.weight.is_some_and(|w| !w.is_finite()) {
                let p = match gi {
                    Some(gi) => fp().key("goals").index(gi),
                    None => fp(),
                };
                return Err(WriteError::NotFinite {
                    pointer: p.key("steps").index(si).key("weight").into(),
                });
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{write, WriteError};
    use crate::synth;

    #[test]
    fn non_finite_numbers_are_refused_with_their_place() {
        let mut c = synth::concept(20, 1);
        c.action_fields[0].goals[0].steps[1].weight = Some(f64::NAN);
        let e = write(&c).unwrap_err();
        assert_eq!(
            e,
            WriteError::NotFinite {
                pointer: "/action_fields/0/goals/0/steps/1/weight".into()
            }
        );
        assert_eq!(e.code(), "write.not_finite");

        let mut c = synth::concept(20, 1);
        c.action_fields[0].steps = c.action_fields[0].goals[0].steps.clone();
        c.action_fields[0].steps[0].weight = Some(f64::INFINITY);
        let e = write(&c).unwrap_err();
        assert!(
            matches!(e, WriteError::NotFinite { pointer } if pointer == "/action_fields/0/steps/0/weight")
        );
    }

    #[test]
    fn whole_numbers_are_written_without_a_fraction() {
        let mut c = synth::concept(1, 1);
        c.action_fields[0].goals[0].steps[0].weight = Some(2.0);
        let text = write(&c).unwrap();
        assert!(text.contains("\"weight\": 2\n"), "{text}");
        c.action_fields[0].goals[0].steps[0].weight = Some(0.25);
        assert!(write(&c).unwrap().contains("\"weight\": 0.25\n"));
    }
}
