//! A bounded collection of findings, so that no input makes the rules
//! generate (or render, or suggest for) more findings than a report keeps.

use super::{Finding, MAX_FINDINGS};

/// Where rules put their findings: keeps up to a cap (at most
/// [`MAX_FINDINGS`]) and only counts the rest, so memory stays bounded
/// whatever the document.
///
/// A rule pushes a finding either built ([`Findings::push`] with a
/// [`Finding`]) or as a closure that builds it (`out.push(|| Finding::new(…))`):
/// the closure runs only when the finding is kept, so messages, hints and
/// suggestions are never rendered for findings past the cap. A rule with
/// expensive work per finding (a suggestion, a search) asks
/// [`Findings::skip_if_full`] first.
#[derive(Debug)]
pub(crate) struct Findings {
    items: Vec<Finding>,
    cap: usize,
    dropped: usize,
}

/// A finding, or a closure that builds one only when it is kept.
pub(crate) trait IntoFinding {
    /// The finding.
    fn into_finding(self) -> Finding;
}

impl IntoFinding for Finding {
    fn into_finding(self) -> Finding {
        self
    }
}

impl<F: FnOnce() -> Finding> IntoFinding for F {
    fn into_finding(self) -> Finding {
        self()
    }
}

impl Default for Findings {
    fn default() -> Self {
        Self::with_cap(MAX_FINDINGS)
    }
}

impl Findings {
    /// An empty sink that keeps at most `cap` findings (never more than [`MAX_FINDINGS`]).
    pub(crate) fn with_cap(cap: usize) -> Self {
        Self {
            items: Vec::new(),
            cap: cap.min(MAX_FINDINGS),
            dropped: 0,
        }
    }

    /// Keeps a finding, or counts it as dropped when the sink is full (a
    /// closure is then not called).
    pub(crate) fn push(&mut self, f: impl IntoFinding) {
        if self.items.len() < self.cap {
            self.items.push(f.into_finding());
        } else {
            self.dropped += 1;
        }
    }

    /// Whether further findings would be dropped.
    pub(crate) fn is_full(&self) -> bool {
        self.items.len() >= self.cap
    }

    /// When full, counts one dropped finding and returns `true`: the caller
    /// skips building it. `if out.skip_if_full() { return; }`
    pub(crate) fn skip_if_full(&mut self) -> bool {
        let full = self.is_full();
        if full {
            self.dropped += 1;
        }
        full
    }

    /// Findings kept so far.
    #[allow(dead_code)]
    pub(crate) fn len(&self) -> usize {
        self.items.len()
    }

    /// Whether none was kept.
    #[allow(dead_code)]
    pub(crate) fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Findings counted but not kept.
    #[allow(dead_code)]
    pub(crate) fn dropped(&self) -> usize {
        self.dropped
    }

    /// The kept findings and the number dropped.
    pub(crate) fn into_parts(self) -> (Vec<Finding>, usize) {
        (self.items, self.dropped)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::{text, Code};

    #[test]
    fn keeps_up_to_the_cap_and_renders_nothing_beyond() {
        let mut out = Findings::with_cap(2);
        let mut rendered = 0;
        for _ in 0..5 {
            out.push(|| {
                rendered += 1;
                Finding::new(Code::IdDuplicate, "", text!("x", "x"))
            });
        }
        assert_eq!((out.len(), out.dropped(), rendered), (2, 3, 2));
        assert!(out.skip_if_full());
        assert_eq!(out.dropped(), 4);
        assert_eq!(Findings::with_cap(usize::MAX).cap, MAX_FINDINGS);
    }
}
