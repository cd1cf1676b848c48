//! Byte offsets (what the core reports) and UTF-16 offsets (what JS strings
//! and editors count) of one text, converted both ways in constant time.

/// Block size of the table: the UTF-16 offset of every `BLOCK`-th byte is kept.
const BLOCK: usize = 64;

/// The conversion table of one text.
#[derive(Debug, Default)]
pub(crate) struct Offsets {
    /// Whether the text is ASCII: then both offsets are the same.
    ascii: bool,
    /// UTF-16 offset at byte `i * BLOCK`, rounded up to a character start.
    blocks: Vec<usize>,
}

impl Offsets {
    pub(crate) fn new(text: &str) -> Self {
        if text.is_ascii() {
            return Offsets {
                ascii: true,
                blocks: Vec::new(),
            };
        }
        // Counted on bytes: every byte that starts a character is one UTF-16
        // unit, and a four-byte character (lead byte 0xF0 and up) one more.
        // So a block start inside a character counts from the next one.
        let bytes = text.as_bytes();
        let mut blocks = Vec::with_capacity(bytes.len() / BLOCK + 1);
        let mut units = 0;
        for block in bytes.chunks(BLOCK) {
            blocks.push(units);
            units += block
                .iter()
                .map(|&b| usize::from(b & 0xC0 != 0x80) + usize::from(b >= 0xF0))
                .sum::<usize>();
        }
        if bytes.len() % BLOCK == 0 {
            blocks.push(units);
        }
        Offsets {
            ascii: false,
            blocks,
        }
    }

    /// The UTF-16 offset of byte `byte` (clamped to the text).
    pub(crate) fn to_utf16(&self, text: &str, byte: usize) -> usize {
        let byte = byte.min(text.len());
        if self.ascii {
            return byte;
        }
        let block = byte / BLOCK;
        let start = ceil(text, block * BLOCK);
        let base = self.blocks.get(block).copied().unwrap_or(0);
        let end = ceil(text, byte).max(start);
        base + text.get(start..end).map_or(0, |s| s.encode_utf16().count())
    }

    /// The byte offset of UTF-16 offset `unit` (clamped; inside a
    /// surrogate pair, the pair's character).
    pub(crate) fn to_byte(&self, text: &str, unit: usize) -> usize {
        if self.ascii {
            return unit.min(text.len());
        }
        let block = self
            .blocks
            .partition_point(|&u| u <= unit)
            .saturating_sub(1);
        let at = ceil(text, block * BLOCK);
        let mut units = self.blocks.get(block).copied().unwrap_or(0);
        for (i, c) in text.get(at..).unwrap_or("").char_indices() {
            let next = units + c.len_utf16();
            if next > unit {
                return at + i;
            }
            units = next;
        }
        text.len()
    }
}

/// The first character start at or after `byte`.
fn ceil(text: &str, mut byte: usize) -> usize {
    while byte < text.len() && !text.is_char_boundary(byte) {
        byte += 1;
    }
    byte.min(text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_ways_on_mixed_text() {
        // Block starts inside characters; a length that is a multiple of the
        // block and one that is not.
        for text in [
            "aß😀b".repeat(40),
            "aß😀b".repeat(41) + "€",
            "😀".repeat(100),
        ] {
            let map = Offsets::new(&text);
            let mut units = 0;
            for (i, c) in text.char_indices() {
                assert_eq!(map.to_utf16(&text, i), units, "byte {i}");
                assert_eq!(map.to_byte(&text, units), i, "unit {units}");
                units += c.len_utf16();
            }
            assert_eq!(map.to_utf16(&text, text.len()), units);
            assert_eq!(map.to_byte(&text, units + 5), text.len());
        }
        let ascii = Offsets::new("abc");
        assert_eq!((ascii.to_utf16("abc", 2), ascii.to_byte("abc", 9)), (2, 3));
    }
}
