//! A small deterministic generator for tests that compare a fast path with a plain one over
//! many generated inputs, in the SDK so that plugins and the core share one.

/// xorshift64 (shifts 13, 7, 17): the same seed gives the same sequence on every machine.
/// Not for anything but tests: it is neither uniform enough nor unpredictable.
pub struct Rng(pub u64);

impl Rng {
    /// The next raw value. The seed must not be zero (xorshift stays at zero).
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// The next value reduced to `0..n`; `n` must not be zero.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// `count` texts, each of one to `most` of `pieces` (drawn with repeats) strung together.
    pub fn texts(&mut self, pieces: &[&str], count: usize, most: usize) -> Vec<String> {
        let mut out = Vec::with_capacity(count);
        for _ in 0..count {
            let mut text = String::new();
            for _ in 0..1 + self.below(most) {
                text.push_str(pieces[self.below(pieces.len())]);
            }
            out.push(text);
        }
        out
    }
}

/// A web page for tests, built from its blocks and containers without an HTML reader:
/// each row is a block's text, tag, innermost container and chars inside links; each
/// container its tag, id/class hint and parent.
pub fn html_page(rows: &[(&str, crate::BlockTag, u32, u32)], containers: &[(&str, &str, Option<u32>)]) -> crate::Page {
    let mut page = crate::Page { path: "test.html".into(), format: crate::Format::Html, ..crate::Page::default() };
    for (tag, hint, parent) in containers {
        page.containers.push(crate::Container { tag: tag.to_string(), hint: hint.to_string(), parent: *parent, depth: 0 });
    }
    for &(text, tag, container, link_chars) in rows {
        if !page.text.is_empty() {
            page.text.push('\n');
        }
        let start = page.text.len();
        page.text.push_str(text);
        let links = u32::from(link_chars > 0);
        page.blocks.push(crate::Block { start, end: page.text.len(), tag, gap_before: true, container: Some(container), link_chars, links });
    }
    page
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sequence_is_the_xorshift64_one() {
        let mut rng = Rng(1);
        // 1 -> 1 ^ (1 << 13) = 8193; ^ (8193 >> 7 = 64) = 8257; ^ (8257 << 17).
        assert_eq!(rng.next_u64(), 8257 ^ (8257 << 17));
        let mut a = Rng(0x9E37_79B9_7F4A_7C15);
        let mut b = Rng(0x9E37_79B9_7F4A_7C15);
        assert!((0..1000).all(|_| a.below(12) == b.below(12)));
    }
}
