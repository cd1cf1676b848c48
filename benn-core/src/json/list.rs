//! The elements of a JSON array into a `Vec`, and a long list of a kind that
//! allows it ([`Decode::SPLIT`]: the entries of a log) on two threads.
//!
//! The split is speculative, as in parallel JSON parsers: a second thread
//! starts reading at what looks like the start of an element near the
//! middle of the rest of the text (`}`, `,` and `{` with whitespace
//! between), while this thread reads from the list's start. Its elements
//! are taken only when this thread, element by element, arrives exactly at
//! that place, and only when the second thread read to the end of the list
//! without a single finding. In any other case (the place was inside a
//! string or a nested list, or the second half has a finding or a syntax
//! error) this thread reads on by itself from where it is. So the values,
//! the findings and their order are always those of reading in one pass;
//! only the time differs. The wasm build reads in one pass.

use std::sync::atomic::{AtomicBool, Ordering};

use super::decode::{Decode, Decoder, R};

/// A list needs at least this much text after its start (1 MiB) before it
/// is worth a second thread.
pub(crate) const SPLIT_MIN: usize = 1 << 20;

/// A list while it is read.
struct List<T> {
    out: Vec<T>,
    /// Every element so far was read without a shape error.
    ok: bool,
    cursor: Cursor,
    /// Offset of the `[`, and where the list ends at the latest: for sizing `out`.
    start: usize,
    end: usize,
}

/// Where reading a list stands, apart from its elements.
struct Cursor {
    /// No element was announced yet.
    first: bool,
    /// An element was announced (`next_element`) but not read yet.
    pending: bool,
    /// The index of the next element.
    index: usize,
}

/// How reading a run of elements ended.
enum Run {
    /// At the list's `]`.
    End,
    /// At the start of the element where the other thread began.
    Met,
    /// Told to stop.
    Stopped,
}

impl<T: Decode> List<T> {
    fn new(start: usize, end: usize) -> Self {
        List {
            out: Vec::new(),
            ok: true,
            cursor: Cursor {
                first: true,
                pending: false,
                index: 0,
            },
            start,
            end,
        }
    }

    /// Reads elements until the list ends; with `meet`, stops at the
    /// element that starts at `meet.at` (and gives up meeting once past it);
    /// with `stop`, stops when told.
    fn read(
        &mut self,
        d: &mut Decoder<'_>,
        meet: Option<Meet<'_>>,
        stop: Option<&AtomicBool>,
    ) -> R<Run> {
        let List {
            out,
            ok,
            cursor,
            start,
            end,
        } = self;
        let (start, end) = (*start, *end);
        let mut element = |d: &mut Decoder<'_>| {
            match T::decode(d)? {
                Some(v) => {
                    if out.len() == out.capacity() {
                        reserve(out, start, end, d.p.offset());
                    }
                    out.push(v);
                }
                None => *ok = false,
            }
            Ok(())
        };
        // As in `Decoder::object`: the wasm build has one copy of the loop
        // for all element types, calling the element reader through a
        // pointer; native builds keep a copy per type.
        #[cfg(target_family = "wasm")]
        let element: &mut dyn FnMut(&mut Decoder<'_>) -> R<()> = &mut element;
        #[cfg(not(target_family = "wasm"))]
        let element = &mut element;
        cursor.read(d, meet, stop, element)
    }

    fn finish(mut self) -> Option<Vec<T>> {
        if self.out.capacity() > self.out.len() + self.out.len() / 4 + 64 {
            self.out.shrink_to_fit();
        }
        self.ok.then_some(self.out)
    }
}

impl Cursor {
    /// [`List::read`]'s loop, with `element` reading one element.
    fn read<F>(
        &mut self,
        d: &mut Decoder<'_>,
        mut meet: Option<Meet<'_>>,
        stop: Option<&AtomicBool>,
        element: &mut F,
    ) -> R<Run>
    where
        F: FnMut(&mut Decoder<'_>) -> R<()> + ?Sized,
    {
        loop {
            if !self.pending {
                if !d.p.next_element(self.first)? {
                    return Ok(Run::End);
                }
                self.first = false;
                self.pending = true;
            }
            if let Some(m) = &meet {
                let here = d.p.offset();
                if here == m.at {
                    return Ok(Run::Met);
                }
                if here > m.at {
                    // The place was inside an element: the other thread's
                    // work is of no use.
                    m.cancel.store(true, Ordering::Relaxed);
                    meet = None;
                }
            }
            if stop.is_some_and(|s| s.load(Ordering::Relaxed)) {
                return Ok(Run::Stopped);
            }
            self.pending = false;
            let depth = d.path.len();
            d.path.push_index(self.index);
            element(d)?;
            d.path.truncate(depth);
            self.index += 1;
        }
    }
}

/// Grows a long list to the size the rest of its text suggests, at the
/// average length of its elements so far: one allocation instead of a
/// doubling series that copies every element again. Short lists grow as
/// usual; too much room is given back at the end.
fn reserve<T>(out: &mut Vec<T>, start: usize, end: usize, now: usize) {
    let len = out.len();
    let read = now.saturating_sub(start);
    if len < 1024 || read == 0 {
        return;
    }
    let rest = end.saturating_sub(now);
    // Elements still to come at the average size so far, plus a sixteenth.
    let more = rest.saturating_mul(len) / read;
    out.reserve(more.saturating_add(more / 16).max(len / 2));
}

/// Reads a list whose `[` is next (the caller checked the kind).
pub(crate) fn read<T: Decode + Send>(d: &mut Decoder<'_>) -> R<Option<Vec<T>>> {
    let start = d.p.offset();
    d.p.begin_array()?;
    let mut list = List::new(start, d.src.len());
    // The wasm build has no threads.
    if T::SPLIT && !cfg!(target_family = "wasm") && d.src.len().saturating_sub(start) >= d.split_min
    {
        if let Some(at) = meeting_point(d.src.as_bytes(), start) {
            split(d, &mut list, at)?;
            return Ok(list.finish());
        }
    }
    list.read(d, None, None)?;
    Ok(list.finish())
}

/// Where the second thread began, for the first to meet it.
struct Meet<'s> {
    at: usize,
    /// Set when the first thread has gone past `at` without meeting it.
    cancel: &'s AtomicBool,
}

/// The first place at or after the middle of `src[start..]` that looks
/// like the start of a list element: `{` after `}` and `,` (whitespace
/// between them allowed).
fn meeting_point(src: &[u8], start: usize) -> Option<usize> {
    let ws = |b: &u8| matches!(b, b' ' | b'\n' | b'\r' | b'\t');
    let mut i = start + src.len().saturating_sub(start) / 2;
    loop {
        let close = i + src.get(i..)?.iter().position(|&b| b == b'}')?;
        let after = |from: usize| {
            from + src
                .get(from..)
                .map_or(0, |s| s.iter().take_while(|b| ws(b)).count())
        };
        let comma = after(close + 1);
        if src.get(comma) == Some(&b',') {
            let open = after(comma + 1);
            if src.get(open) == Some(&b'{') {
                return Some(open);
            }
        }
        i = close + 1;
    }
}

/// Reads the list on two threads: this one from the start, a second one
/// from `at` (see the module documentation). Tells whether the second
/// thread's elements were taken.
fn split<T: Decode + Send>(d: &mut Decoder<'_>, list: &mut List<T>, at: usize) -> R<bool> {
    let cancel = AtomicBool::new(false);
    let (src, hints, fork) = (d.src, d.hints, d.p.fork_at(at));
    std::thread::scope(|s| {
        let cancel = &cancel;
        let second = std::thread::Builder::new().spawn_scoped(s, move || {
            let mut d = Decoder::new(src);
            d.p = fork;
            d.hints = hints;
            d.split_min = usize::MAX;
            let mut rest = List::new(at, src.len());
            let run = rest.read(&mut d, None, Some(cancel));
            let clean = rest.ok && d.findings.is_empty() && d.dropped == 0;
            match run {
                Ok(Run::End) if clean => Some((rest.out, d.p)),
                _ => None,
            }
        });
        let Ok(second) = second else {
            // No second thread to be had: read on alone.
            return list.read(d, None, None).map(|_| false);
        };
        list.end = at;
        let first = list.read(d, Some(Meet { at, cancel }), None);
        list.end = src.len();
        if !matches!(first, Ok(Run::Met)) {
            cancel.store(true, Ordering::Relaxed);
        }
        let rest = second.join().ok().flatten();
        match (first?, rest) {
            (Run::Met, Some((mut rest, p))) => {
                list.out.append(&mut rest);
                d.p.resume(&p);
                Ok(true)
            }
            (Run::Met, None) => list.read(d, None, None).map(|_| false),
            (Run::End | Run::Stopped, _) => Ok(false),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::super::decode::{Decode, Decoder};

    #[test]
    fn long_lists_are_sized_from_the_text_and_keep_little_room() {
        for (n, tail) in [(10_000, ""), (3_000, ""), (10_000, ", \"padding\"")] {
            let items: Vec<String> = (0..n).map(|i| i.to_string()).collect();
            // A long text after the list makes the estimate too large: the
            // room is given back.
            let text = format!("[[{}]{}]", items.join(","), tail.repeat(20_000));
            let mut d = Decoder::new(&text);
            d.p.peek().unwrap();
            d.p.begin_array().unwrap();
            assert!(d.p.next_element(true).unwrap());
            let list = Vec::<u32>::decode(&mut d).unwrap().unwrap();
            assert_eq!(list.len(), n);
            assert!(list.iter().zip(0..).all(|(v, i)| *v == i));
            assert!(
                list.capacity() <= n + n / 4 + 64,
                "{n}: {}",
                list.capacity()
            );
        }
    }

    /// A log's entries as a JSON array, as `write_log` writes them.
    fn entries_text(entries: &[crate::model::LogEntry]) -> String {
        let log = crate::model::Log {
            concept: crate::model::Id::new("c").unwrap(),
            entries: entries.to_vec(),
        };
        let text = crate::write_log(&log).unwrap();
        let from = text.find('[').unwrap();
        let to = text.rfind(']').unwrap();
        text[from..=to].to_owned()
    }

    /// Reads the list in `text` once in one pass and once split at its
    /// meeting point; both must give the same result, findings and end.
    /// Tells whether the split took the second thread's elements.
    fn split_as_one_pass(text: &str) -> bool {
        use crate::model::LogEntry;
        let mut one = Decoder::new(text);
        one.split_min = usize::MAX;
        one.p.peek().unwrap();
        let expected = super::read::<LogEntry>(&mut one);
        let at = super::meeting_point(text.as_bytes(), 0).expect("a meeting point");
        let mut two = Decoder::new(text);
        two.p.peek().unwrap();
        two.p.begin_array().unwrap();
        let mut list = super::List::new(0, text.len());
        let taken = super::split(&mut two, &mut list, at);
        let got = taken.clone().map(|_| list.finish());
        assert_eq!(got, expected);
        assert_eq!(two.findings, one.findings);
        assert_eq!(two.dropped, one.dropped);
        assert_eq!(two.p.offset(), one.p.offset());
        taken.unwrap_or(false)
    }

    #[test]
    fn a_split_list_reads_as_in_one_pass() {
        let concept = crate::synth::concept(200, 1);
        let entries = crate::synth::log(&concept, 1000, 1);
        let text = entries_text(&entries);
        assert!(
            split_as_one_pass(&text),
            "a clean log takes the second half"
        );
        let mut one = Decoder::new(&text);
        one.p.peek().unwrap();
        one.split_min = 0;
        assert_eq!(super::read(&mut one).unwrap(), Some(entries.clone()));

        // Texts that look like element starts inside strings, everywhere.
        let mut noisy = entries.clone();
        for e in &mut noisy {
            e.note = Some("a}, {b},{c".into());
        }
        split_as_one_pass(&entries_text(&noisy));

        // A finding in the second half: read again by the first thread.
        let wrong = text.replacen("\"kind\": \"spending\"", "\"kind\": 7", 1);
        let late = text.rfind("\"kind\": \"spending\"").unwrap();
        let wrong_late = format!("{}\"kind\": 7{}", &text[..late], &text[late + 18..]);
        assert!(
            !split_as_one_pass(&wrong_late),
            "a finding in the second half"
        );
        assert!(
            split_as_one_pass(&wrong),
            "a finding in the first half only"
        );

        // Syntax errors in either half.
        let broken_late = format!("{}{{{}", &text[..late], &text[late..]);
        assert!(!split_as_one_pass(&broken_late));
        let early = text.find("\"kind\"").unwrap();
        let broken_early = format!("{}{{{}", &text[..early], &text[early..]);
        assert!(!split_as_one_pass(&broken_early));
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
        /// Whatever the notes say and wherever an entry is broken, a split
        /// read gives what one pass gives.
        #[test]
        fn split_reads_equal_one_pass(
            notes in proptest::collection::vec("[a-z{},\\[\\] \"]{0,12}", 4..40),
            broken in proptest::option::of(0usize..40),
        ) {
            let concept = crate::synth::concept(20, 1);
            let mut entries = crate::synth::log(&concept, notes.len(), 1);
            for (e, n) in entries.iter_mut().zip(&notes) {
                e.note = Some(n.clone());
            }
            let mut text = entries_text(&entries);
            if let Some(b) = broken.filter(|b| *b < entries.len()) {
                let id = format!("\"id\": \"{}\"", entries[b].id.as_str());
                text = text.replacen(&id, "\"id\": 12", 1);
            }
            if super::meeting_point(text.as_bytes(), 0).is_some() {
                split_as_one_pass(&text);
            }
        }
    }

    #[test]
    fn meeting_points_look_like_element_starts() {
        use super::meeting_point;
        let text = br#"[{"a": 1}, {"b": "},{"}, {"c": [{}, {}]},  {"d": 4}]"#;
        // From the middle on, the first `}` `,` `{`.
        let at = meeting_point(text, 0).unwrap();
        assert!(at >= text.len() / 2);
        assert_eq!(text.get(at), Some(&b'{'));
        assert_eq!(meeting_point(b"[1, 2, 3]", 0), None);
    }
}
