//! `benn synth`: a valid synthetic concept for measurements.

use std::io::Write;
use std::process::ExitCode;

use benn_core::Lang;

use crate::args::SynthArgs;
use crate::output::{self, USAGE};

/// The most steps `benn synth` writes: 2 000 000, twice the largest
/// benchmark. A step is about 600 bytes of JSON, so that is about 1.2 GB of
/// output, and the concept is held in memory while it is written; more would
/// only exhaust memory and abort.
pub(crate) const MAX_STEPS: usize = 2_000_000;

/// [`MAX_STEPS`] for people.
pub(crate) const MAX_STEPS_TEXT: &str = "2 000 000";

/// Runs `benn synth`.
pub(crate) fn run(args: &SynthArgs, lang: Lang) -> ExitCode {
    let steps = match count::<usize>(&args.steps) {
        Ok(n) if n <= MAX_STEPS => n,
        Ok(_) | Err(TooLarge) => {
            let n = &args.steps;
            return output::usage_error(
                &tr!(
                    lang,
                    "`{n}` Schritte sind zu viele: `benn synth` schreibt höchstens {MAX_STEPS_TEXT} Schritte",
                    "`{n}` steps are too many: `benn synth` writes at most {MAX_STEPS_TEXT} steps"
                ),
                lang,
            );
        }
        Err(NotANumber) => {
            let n = &args.steps;
            return output::usage_error(
                &tr!(
                    lang,
                    "`{n}` ist keine Schrittzahl; `benn synth` erwartet eine ganze Zahl von 0 bis {MAX_STEPS_TEXT}",
                    "`{n}` is not a number of steps; `benn synth` expects a whole number from 0 to {MAX_STEPS_TEXT}"
                ),
                lang,
            );
        }
    };
    let seed = match args.seed.as_deref().map(count::<u64>) {
        None => 1,
        Some(Ok(seed)) => seed,
        Some(Err(_)) => {
            let s = args.seed.as_deref().unwrap_or_default();
            let max = u64::MAX;
            return output::usage_error(
                &tr!(
                    lang,
                    "`{s}` ist keine Saat; erwartet ist eine ganze Zahl von 0 bis {max}",
                    "`{s}` is not a seed; expected is a whole number from 0 to {max}"
                ),
                lang,
            );
        }
    };
    let concept = benn_core::synth::concept(steps, seed);
    match benn_core::write(&concept) {
        Ok(text) => {
            let written = std::io::stdout().lock().write_all(text.as_bytes());
            output::finish(written, lang, ExitCode::SUCCESS)
        }
        Err(e) => {
            eprintln!("benn: {e}");
            ExitCode::from(USAGE)
        }
    }
}

/// Why a count is refused.
enum Refused {
    NotANumber,
    TooLarge,
}
use Refused::{NotANumber, TooLarge};

/// A whole number of ASCII digits; more than `T` holds is too large.
fn count<T: std::str::FromStr>(text: &str) -> Result<T, Refused> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(NotANumber);
    }
    text.parse().map_err(|_| TooLarge)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_plain_digits() {
        assert!(matches!(count::<usize>("0"), Ok(0)));
        assert!(matches!(
            count::<usize>(&MAX_STEPS.to_string()),
            Ok(MAX_STEPS)
        ));
        assert!(matches!(
            count::<u64>("18446744073709551616"),
            Err(TooLarge)
        ));
        for text in ["", "+1", "-1", " 1", "1.0", "1e3", "zwei"] {
            assert!(matches!(count::<u64>(text), Err(NotANumber)), "{text}");
        }
        assert_eq!(MAX_STEPS_TEXT.replace(' ', ""), MAX_STEPS.to_string());
    }
}
