//! Property tests: lossless, canonical round trips; robustness of validation
//! against mutated input; determinism.

use benn_core::{read, synth, validate, write, Decimal, IndicatorValue, Options};
use proptest::collection::vec;
use proptest::prelude::*;

/// A generated concept with arbitrary texts and numbers sprinkled in.
fn concept() -> impl Strategy<Value = benn_core::Concept> {
    (
        0usize..60,
        any::<u64>(),
        vec(any::<String>(), 4),
        any::<f64>().prop_filter("finite", |v| v.is_finite()),
        proptest::option::of(1e-9f64..1e12),
    )
        .prop_map(|(steps, seed, texts, number, weight)| {
            let mut c = synth::concept(steps, seed);
            c.aim.clone_from(&texts[0]);
            c.title = Some(texts[1].clone());
            if let Some(field) = c.action_fields.first_mut() {
                field.title.clone_from(&texts[2]);
                if let Some(goal) = field.goals.first_mut() {
                    goal.target_groups.push(texts[3].clone());
                    if let Some(ind) = goal.indicators.first_mut() {
                        if let Some(b) = ind.baseline.as_mut() {
                            b.value = IndicatorValue::Number(Decimal::from_f64(number).unwrap());
                        }
                    }
                    if let Some(step) = goal.steps.first_mut() {
                        step.weight = weight;
                        step.partners.push(texts[0].chars().rev().collect());
                    }
                }
            }
            c
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn valid_concepts_round_trip_losslessly_and_canonically(c in concept()) {
        let text = write(&c).unwrap();
        let back = read(text.as_bytes()).unwrap();
        prop_assert_eq!(&back, &c);
        prop_assert_eq!(write(&back).unwrap(), text);
    }

    #[test]
    fn mutated_documents_never_panic_and_validate_deterministically(
        steps in 0usize..12,
        seed in any::<u64>(),
        edits in vec((any::<prop::sample::Index>(), 0u8..6, any::<u8>()), 1..8),
    ) {
        let mut bytes = write(&synth::concept(steps, seed)).unwrap().into_bytes();
        for (at, op, byte) in edits {
            if bytes.is_empty() {
                break;
            }
            let i = at.index(bytes.len());
            match op {
                0 => { bytes.remove(i); }
                1 => bytes.insert(i, byte),
                2 => bytes[i] = byte,
                3 => bytes.truncate(i),
                4 => {
                    let token: &[u8] = [&b"{"[..], b"}", b"[", b"]", b",", b":", b"\"", b"null", b"-1e999", b"\\u12"][usize::from(byte) % 10];
                    bytes.splice(i..i, token.iter().copied());
                }
                _ => {
                    // Duplicate a slice: repeated keys and values.
                    let j = (i + usize::from(byte)).min(bytes.len());
                    let piece = bytes[i..j].to_vec();
                    bytes.splice(j..j, piece);
                }
            }
        }
        let a = validate(&bytes, &Options::default());
        let b = validate(&bytes, &Options::default());
        prop_assert_eq!(&a, &b);
        for f in &a.findings {
            let loc = f.location.expect("every finding has a location");
            prop_assert!(loc.offset <= bytes.len());
            prop_assert!(loc.line >= 1 && loc.column >= 1);
        }
        // Reading agrees with validation about errors of syntax and shape.
        if read(&bytes).is_ok() {
            prop_assert!(!a.findings.iter().any(|f| f.code.as_str().starts_with("json.") && f.severity == benn_core::Severity::Error));
        } else {
            prop_assert!(a.has_errors());
        }
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in vec(any::<u8>(), 0..512)) {
        let a = validate(&bytes, &Options::default());
        prop_assert!(a.has_errors() || read(&bytes).is_ok());
    }
}

#[test]
fn synthetic_concepts_are_valid_at_every_size() {
    for steps in [0, 1, 9, 10, 11, 100, 1000] {
        let text = write(&synth::concept(steps, 42)).unwrap();
        let report = validate(text.as_bytes(), &Options::default());
        assert!(
            !report.has_errors(),
            "{steps}: {:#?}",
            report.findings.first()
        );
    }
}

#[test]
fn hostile_inputs_get_findings() {
    let deep = "[".repeat(100_000);
    let big = format!("\"{}\"", "x".repeat(3 << 20));
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("empty", Vec::new()),
        ("deep", deep.into_bytes()),
        ("huge string", big.into_bytes()),
        ("huge number", b"{\"format_version\": 1e999999}".to_vec()),
        ("NaN", b"{\"format_version\": NaN}".to_vec()),
        ("latin-1", b"{\"aim\": \"Gr\xfc\xdfe\"}".to_vec()),
        ("BOM only", b"\xEF\xBB\xBF".to_vec()),
    ];
    for (name, bytes) in cases {
        let report = validate(&bytes, &Options::default());
        assert!(report.has_errors(), "{name}");
        assert!(
            report.findings.len() < 10,
            "{name}: {}",
            report.findings.len()
        );
    }
}

#[test]
fn decimals_keep_their_text() {
    let base = write(&synth::concept(3, 1)).unwrap();
    for literal in ["0.1", "1e-400", "2.50", "9007199254740993", "-0.0"] {
        // The first indicator's baseline value.
        let at = base.find("\"value\": ").unwrap() + "\"value\": ".len();
        let end = at + base[at..].find(['\n', ',']).unwrap();
        let doc = format!("{}{literal}{}", &base[..at], &base[end..]);
        let c = read(doc.as_bytes()).unwrap();
        let written = write(&c).unwrap();
        assert!(
            written.contains(&format!("\"value\": {literal},")),
            "{literal}"
        );
    }
}
