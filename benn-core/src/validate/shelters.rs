//! Rule `shelter.duplicate`: a shelter is listed once per site.

use std::collections::HashMap;

use super::at;
use crate::diag::{text, Code, Finding};
use crate::model::Concept;

/// The name up to case, spaces and punctuation (`GU Quittenweg` = `GU-Quittenweg`).
fn key(name: &str) -> String {
    crate::suggest::lower(name)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect()
}

pub(super) fn check(c: &Concept, out: &mut crate::diag::Findings) {
    let p = |i: usize| at::site().key("shelters").index(i).key("name");
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (i, shelter) in c.site.shelters.iter().enumerate() {
        let k = key(&shelter.name);
        if k.is_empty() {
            continue;
        }
        if let Some(&first) = seen.get(&k) {
            let name = &shelter.name;
            out.push(
                Finding::new(
                    Code::ShelterDuplicate,
                    p(i),
                    text!(
                        "Die Unterkunft „{name}“ steht zweimal im Standort.",
                        "The shelter “{name}” is listed twice in the site.",
                    ),
                )
                .with_hint(text!(
                    "Führen Sie die Einträge zusammen; geänderte Platzzahlen gehören mit `as_of` an denselben Eintrag.",
                    "Merge the entries; changed numbers belong to the same entry with `as_of`.",
                ))
                .with_related(p(first))
                .with("name", name),
            );
        } else {
            seen.insert(k, i);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::validate::testing::{codes, concept};

    #[test]
    fn the_same_shelter_twice() {
        let mut c = concept();
        let mut shelter = crate::synth::concept(1, 1).site.shelters[0].clone();
        c.site.shelters = vec![shelter.clone()];
        assert!(codes(&c).is_empty());
        shelter.name = "gu beispiel-straße".into();
        c.site.shelters.push(shelter.clone());
        assert_eq!(codes(&c), ["shelter.duplicate"]);
    }
}
