//! Canonical writing: the same concept always gives the same bytes.

use serde::Serialize;

use crate::diag::Pointer;
use crate::model::{Concept, Document, IndicatorValue, FORMAT_VERSION};

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
    let doc = Document {
        format_version: FORMAT_VERSION,
        concept,
    };
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
    let bad = |p: Pointer| Err(WriteError::NotFinite { pointer: p.into() });
    if let Some(a) = &c.analysis {
        for (i, f) in a.facts.iter().enumerate() {
            if f.value.is_some_and(|v| !v.is_finite()) {
                return bad(Pointer::root()
                    .key("analysis")
                    .key("facts")
                    .index(i)
                    .key("value"));
            }
        }
    }
    for (fi, field) in c.action_fields.iter().enumerate() {
        for (gi, goal) in field.goals.iter().enumerate() {
            let gp = || {
                Pointer::root()
                    .key("action_fields")
                    .index(fi)
                    .key("goals")
                    .index(gi)
            };
            for (ii, ind) in goal.indicators.iter().enumerate() {
                for (name, m) in [("baseline", &ind.baseline), ("target", &ind.target)] {
                    if let Some(m) = m {
                        if matches!(m.value, IndicatorValue::Number(v) if !v.is_finite()) {
                            return bad(gp().key("indicators").index(ii).key(name).key("value"));
                        }
                    }
                }
            }
            for (si, step) in goal.steps.iter().enumerate() {
                if step.weight.is_some_and(|w| !w.is_finite()) {
                    return bad(gp().key("steps").index(si).key("weight"));
                }
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{write, WriteError};
    use crate::model::IndicatorValue;
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
        let ind = &mut c.action_fields[0].goals[0].indicators[0];
        ind.target.as_mut().unwrap().value = IndicatorValue::Number(f64::INFINITY);
        let e = write(&c).unwrap_err();
        assert!(
            matches!(e, WriteError::NotFinite { pointer } if pointer == "/action_fields/0/goals/0/indicators/0/target/value")
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
