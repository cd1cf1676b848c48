//! `benn review OLD NEW`: the review of the previous concept for the next
//! one (*Rückblick*, `benn_core::eval::review`), as readable text or JSON.

use std::io::Write;
use std::process::ExitCode;

use benn_core::eval::compare::MatchedBy;
use benn_core::eval::review::{GoalReview, Outcome};
use benn_core::eval::Review;
use benn_core::{ApproxDate, Lang, LogEntry};

use crate::args::{OutputFormat, ReviewArgs};
use crate::diff::{cut, load, load_concept, similarity};
use crate::input;
use crate::output;

/// Runs `benn review`.
pub(crate) fn run(args: &ReviewArgs, lang: Lang) -> ExitCode {
    let as_of = match &args.as_of {
        None => None,
        Some(v) => match output::date_arg(v, lang) {
            Ok(d) => Some(d),
            Err(msg) => return output::usage_error(&msg, lang),
        },
    };
    let mut files = vec![args.old.clone(), args.new.clone()];
    files.extend(args.log.clone());
    let (previous, next) = match (load_concept(&files, 0, lang), load_concept(&files, 1, lang)) {
        (Ok(p), Ok(n)) => (p, n),
        (Err(status), _) | (_, Err(status)) => return status,
    };
    let mut entries: Vec<LogEntry> = previous.log.clone();
    if let Some(path) = &args.log {
        let limit = match input::check_files(&files, lang) {
            Ok(l) => l,
            Err(msg) => return output::usage_error(&msg, lang),
        };
        let log = match load(path, limit, lang, |bytes| {
            benn_core::read_log(bytes).map_err(|e| e.findings().to_vec())
        }) {
            Ok(l) => l,
            Err(status) => return status,
        };
        if log.concept != previous.id {
            let (named, id) = (&log.concept, &previous.id);
            return output::usage_error(
                &tr!(
                    lang,
                    "das Sachstandsprotokoll gehört zu `{named}`, nicht zum vorigen Konzept `{id}`",
                    "the log belongs to `{named}`, not to the previous concept `{id}`"
                ),
                lang,
            );
        }
        entries.extend(log.entries);
    }
    let as_of = as_of.unwrap_or_else(|| ApproxDate::Month(previous.period.end).last_day());
    let review = benn_core::eval::review(&previous, &entries, &next, as_of);

    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let written = match args.format {
        OutputFormat::Json => serde_json::to_writer_pretty(&mut out, &review)
            .map_err(std::io::Error::from)
            .and_then(|()| writeln!(out)),
        OutputFormat::Text => print_text(&mut out, &review, lang),
    }
    .and_then(|()| out.flush());
    output::finish(written, lang, ExitCode::SUCCESS)
}

fn outcome(g: &GoalReview, lang: Lang) -> String {
    match (g.outcome, &g.next_goal) {
        (Outcome::CarriedOver, Some(next)) => {
            let mut s = tr!(lang, "fortgeführt als {next}", "carried over into {next}");
            if g.matched_by == Some(MatchedBy::Text) {
                let sim = similarity(g.similarity.unwrap_or_default(), lang);
                s.push_str(&tr!(
                    lang,
                    " (ähnlicher Text, {sim})",
                    " (similar text, {sim})"
                ));
            }
            if g.reached {
                s.push_str(&tr!(lang, ", erreicht", ", reached"));
            }
            s
        }
        (Outcome::Reached, _) => tr!(lang, "erreicht", "reached"),
        _ => tr!(lang, "nicht weiterverfolgt", "dropped"),
    }
}

fn print_text(out: &mut impl Write, r: &Review, lang: Lang) -> std::io::Result<()> {
    let (prev, next, day) = (&r.previous_id, &r.next_id, r.judged_on);
    writeln!(
        out,
        "{}",
        tr!(
            lang,
            "Rückblick {prev} → {next} (Stand {day})",
            "Review {prev} → {next} (as of {day})"
        )
    )?;
    if !r.previous_ok {
        let line = match &r.next_names_previous {
            Some(named) => tr!(
                lang,
                "Achtung: {next} nennt als Vorgänger `{named}`, nicht `{prev}`.",
                "Note: {next} names `{named}` as its previous concept, not `{prev}`."
            ),
            None => tr!(
                lang,
                "Achtung: {next} nennt keinen Vorgänger (`previous`).",
                "Note: {next} names no previous concept (`previous`)."
            ),
        };
        writeln!(out, "{line}")?;
    }
    let mut field = None;
    for g in &r.goals {
        if field != Some(&g.field) {
            writeln!(out, "{}", g.field)?;
            field = Some(&g.field);
        }
        let (done, total) = (g.steps_done, g.steps_total);
        let mut counts = tr!(
            lang,
            "{done}/{total} Schritte erledigt",
            "{done}/{total} steps done"
        );
        if g.steps_dropped > 0 {
            let n = g.steps_dropped;
            counts.push_str(&tr!(lang, ", {n} entfallen", ", {n} dropped"));
        }
        if g.indicators_total > 0 {
            let (hit, n) = (g.indicators_reached, g.indicators_total);
            counts.push_str(&tr!(
                lang,
                ", {hit}/{n} Indikatoren am Ziel",
                ", {hit}/{n} indicators at target"
            ));
        }
        writeln!(
            out,
            "  {}: {} ({counts})\n      {}",
            g.id,
            outcome(g, lang),
            cut(&g.text, 100)
        )?;
    }
    if !r.new_goals.is_empty() {
        let ids: Vec<&str> = r.new_goals.iter().map(benn_core::Id::as_str).collect();
        let ids = ids.join(", ");
        writeln!(
            out,
            "{}",
            tr!(lang, "Neue Ziele: {ids}", "New goals: {ids}")
        )?;
    }
    let c = r.counts;
    let (n, reached, carried, dropped, all) = (
        c.goals,
        c.reached,
        c.carried_over,
        c.dropped,
        c.reached_total,
    );
    writeln!(
        out,
        "{}",
        tr!(
            lang,
            "{n} Ziele: {reached} erreicht, {carried} fortgeführt, {dropped} nicht weiterverfolgt ({all} erreicht insgesamt)",
            "{n} goals: {reached} reached, {carried} carried over, {dropped} dropped ({all} reached in all)"
        )
    )
}
