//! Byte offsets to lines and columns: all of a report's offsets in one
//! forward pass over the text, so a document on one long line with many
//! findings costs the length of the text, not its square.

use crate::diag::{Finding, Location};

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// A forward walk over a text that counts lines and columns. Offsets must
/// come in increasing order; each byte is looked at once.
#[derive(Debug)]
struct Walker<'a> {
    src: &'a [u8],
    pos: usize,
    line: usize,
    /// Characters since the start of the line.
    column: usize,
    prev: u8,
    /// Bytes looked at (for the test that the walk is linear).
    scanned: usize,
}

impl<'a> Walker<'a> {
    fn new(src: &'a [u8]) -> Self {
        // A byte-order mark does not count, as in editors.
        let pos = if src.starts_with(BOM) { BOM.len() } else { 0 };
        Self {
            src,
            pos,
            line: 1,
            column: 0,
            prev: 0,
            scanned: 0,
        }
    }

    /// Line and column (in characters; invalid UTF-8 bytes count one each)
    /// of `offset`. `\n`, `\r` and `\r\n` each end a line.
    fn locate(&mut self, offset: usize) -> Location {
        let offset = offset.min(self.src.len());
        if offset > self.pos {
            for &b in self.src.get(self.pos..offset).unwrap_or_default() {
                match b {
                    b'\r' => {
                        self.line += 1;
                        self.column = 0;
                    }
                    b'\n' => {
                        if self.prev != b'\r' {
                            self.line += 1;
                        }
                        self.column = 0;
                    }
                    b if (b & 0xC0) != 0x80 => self.column += 1,
                    _ => {}
                }
                self.prev = b;
            }
            self.scanned += offset - self.pos;
            self.pos = offset;
        }
        // Offsets inside a byte-order mark are the document's start.
        let column = if offset < self.pos { 0 } else { self.column };
        Location {
            line: u32::try_from(self.line).unwrap_or(u32::MAX),
            column: u32::try_from(column + 1).unwrap_or(u32::MAX),
            offset,
        }
    }
}

/// Fills in line and column of every finding's location and related
/// location that has an offset, in one pass over `src`. Returns the number
/// of bytes looked at (at most `src.len()`).
pub(crate) fn resolve(src: &[u8], findings: &mut [Finding]) -> usize {
    // (offset, finding index * 2 + whether it is the related place)
    let mut order: Vec<(usize, usize)> = Vec::with_capacity(findings.len());
    for (i, f) in findings.iter().enumerate() {
        if let Some(l) = f.location {
            order.push((l.offset, 2 * i));
        }
        if let Some(l) = f.related.as_ref().and_then(|r| r.location) {
            order.push((l.offset, 2 * i + 1));
        }
    }
    crate::sort::sort(&mut order);
    let mut walker = Walker::new(src);
    for (offset, slot) in order {
        let at = walker.locate(offset);
        let Some(f) = findings.get_mut(slot / 2) else {
            continue;
        };
        let place = if slot % 2 == 0 {
            f.location.as_mut()
        } else {
            f.related.as_mut().and_then(|r| r.location.as_mut())
        };
        if let Some(l) = place {
            *l = at;
        }
    }
    walker.scanned
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(src: &[u8], offsets: &[usize]) -> Vec<(u32, u32)> {
        let mut w = Walker::new(src);
        offsets
            .iter()
            .map(|&o| {
                let l = w.locate(o);
                (l.line, l.column)
            })
            .collect()
    }

    #[test]
    fn lines_and_columns() {
        let src = "ab\n\"ü\": 1\n".as_bytes();
        // after the two-byte `ü` and the quote: column 4
        assert_eq!(
            at(src, &[0, 2, 3, 7, 999]),
            [(1, 1), (1, 3), (2, 1), (2, 4), (3, 1)]
        );
        let bom = b"\xEF\xBB\xBF{}";
        assert_eq!(at(bom, &[0, 3, 4]), [(1, 1), (1, 1), (1, 2)]);
    }

    #[test]
    fn cr_and_crlf_end_lines_once() {
        assert_eq!(at(b"a\rb\r\nc\n\nd", &[2, 5, 8]), [(2, 1), (3, 1), (5, 1)]);
    }

    #[test]
    fn many_findings_on_one_long_line_cost_one_pass() {
        use crate::diag::{text, Code};
        let src = vec![b' '; 1_000_000];
        let mut findings: Vec<Finding> = (0..10_000)
            .rev()
            .map(|i| {
                Finding::new(Code::FieldUnknown, "", text!("x", "x"))
                    .at_offset(i * 100)
                    .with_related("")
            })
            .collect();
        for f in &mut findings {
            if let Some(r) = &mut f.related {
                r.location = f.location;
            }
        }
        let scanned = resolve(&src, &mut findings);
        assert!(scanned <= src.len(), "{scanned}");
        let last = findings
            .first()
            .and_then(|f| f.location)
            .unwrap_or_default();
        assert_eq!((last.line, last.column), (1, 999_901));
        let rel = findings.first().and_then(|f| f.related.as_ref()?.location);
        assert_eq!(rel.map(|l| l.column), Some(999_901));
    }
}
