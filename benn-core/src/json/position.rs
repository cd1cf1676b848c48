//! Byte offsets to lines and columns.

use crate::diag::Location;

/// Line starts of a source text, to turn byte offsets into line and column.
#[derive(Debug)]
pub(crate) struct LineIndex<'a> {
    src: &'a [u8],
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    pub(crate) fn new(src: &'a [u8]) -> Self {
        let mut starts = vec![0];
        starts.extend(
            src.iter()
                .enumerate()
                .filter(|(_, &b)| b == b'\n')
                .map(|(i, _)| i + 1),
        );
        Self { src, starts }
    }

    /// Line and column (in characters; invalid UTF-8 bytes count one each) of
    /// `offset`. A byte-order mark does not count, as in editors.
    pub(crate) fn locate(&self, offset: usize) -> Location {
        let offset = offset.min(self.src.len());
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        let start = self.starts.get(line - 1).copied().unwrap_or(0);
        let bom = usize::from(start == 0 && offset >= 3 && self.src.starts_with(b"\xEF\xBB\xBF"));
        let column = self
            .src
            .get(start + 3 * bom..offset)
            .unwrap_or_default()
            .iter()
            .filter(|&&b| (b & 0xC0) != 0x80)
            .count()
            + 1;
        Location {
            line: u32::try_from(line).unwrap_or(u32::MAX),
            column: u32::try_from(column).unwrap_or(u32::MAX),
            offset,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns() {
        let src = "ab\n\"ü\": 1\n".as_bytes();
        let idx = LineIndex::new(src);
        let at = |o| {
            let l = idx.locate(o);
            (l.line, l.column)
        };
        assert_eq!(at(0), (1, 1));
        assert_eq!(at(2), (1, 3));
        assert_eq!(at(3), (2, 1));
        // after the two-byte `ü` and the quote: column 4
        assert_eq!(at(7), (2, 4));
        assert_eq!(at(999), (3, 1));
        let bom = LineIndex::new(b"\xEF\xBB\xBF{}");
        assert_eq!((bom.locate(3).line, bom.locate(3).column), (1, 1));
        assert_eq!(bom.locate(0).column, 1);
    }
}
