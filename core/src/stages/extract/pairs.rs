//! A set of patterns found by two of their first bytes: the dictionaries of honorifics, roles
//! and organisation kinds, searched along a field and asked about at one place.

/// A set of patterns of two bytes or more, found by a key of two bytes: one table lookup per
/// byte of the field. The honorifics (77), roles and organisation kinds are too many for an
/// automaton's SIMD prefilter, and its DFA spent several times that on every byte of every
/// field. Matches are the same as a leftmost-longest automaton's: the leftmost start, the
/// longest pattern there, the next search from its end.
///
/// The key is a pattern's first two bytes, but for a pattern opening with a char of three
/// bytes or more, whose key is its second and third: "Ủy ban" opens with E1 BB, the lead pair
/// of most small Vietnamese letters (a candidate every 16 bytes), while BB A6 is "Ủ" alone.
/// A key whose first byte is a continuation byte (80-BF) thus stands one byte into its
/// pattern, and no other key does.
pub struct PairMatcher {
    /// Per key (as a little-endian u16): 0, or 1 + the index of its bucket.
    slot: Box<[u8; 1 << 16]>,
    /// The patterns sharing their key, longest first.
    buckets: Vec<Vec<Head>>,
}

/// One pattern in a bucket, with its first (up to) eight bytes as a little-endian u64 and
/// their mask: most candidates are turned down with one compare.
struct Head {
    head: u64,
    mask: u64,
    bytes: Box<[u8]>,
    id: usize,
}

/// Where a pattern starting at `x` of `h` has its key: one byte in when `x` opens a char of
/// three bytes or more.
fn key_offset(h: &[u8], x: usize) -> usize {
    usize::from(h.get(x).is_some_and(|&b| b >= 0xE0))
}

/// The key of a pattern starting at `x` of `h`, if `h` is long enough to hold one.
pub fn key_at(h: &[u8], x: usize) -> Option<u16> {
    let o = x + key_offset(h, x);
    h.get(o..o + 2).map(|k| u16::from_le_bytes([k[0], k[1]]))
}

/// Bytes 80-BF (continuation bytes) open the keys that stand one byte into their pattern.
fn key_is_inside(first: u8) -> bool {
    first & 0xC0 == 0x80
}

impl PairMatcher {
    pub fn new<S: AsRef<str>>(patterns: &[S]) -> PairMatcher {
        let mut slot = Box::new([0u8; 1 << 16]);
        let mut buckets: Vec<Vec<Head>> = Vec::new();
        for (id, p) in patterns.iter().enumerate() {
            let b = p.as_ref().as_bytes();
            let k = usize::from(key_at(b, 0).unwrap_or_else(|| panic!("pattern too short for a key: {:?}", p.as_ref())));
            if slot[k] == 0 {
                buckets.push(Vec::new());
                slot[k] = u8::try_from(buckets.len()).expect("at most 255 keys");
            }
            let n = b.len().min(8);
            let mut head = [0u8; 8];
            head[..n].copy_from_slice(&b[..n]);
            let mask = u64::MAX >> (64 - 8 * n);
            buckets[usize::from(slot[k]) - 1].push(Head { head: u64::from_le_bytes(head), mask, bytes: b.into(), id });
        }
        for bucket in &mut buckets {
            bucket.sort_by_key(|h| std::cmp::Reverse(h.bytes.len()));
        }
        PairMatcher { slot, buckets }
    }

    /// The first position from `from` where some pattern may start, with its bucket. Eight
    /// key positions are judged per step, with one lookup each and no branch. A key found at
    /// `i` stands for a start at `i - 1` when it is one byte into its pattern; such a start
    /// before `from` (its char was turned down already) is passed over. Starts come out in
    /// order: a start `i - 1` cannot also have a key at `i - 1`, whose byte opens a long char.
    #[inline]
    fn next_candidate(&self, h: &[u8], from: usize) -> Option<(usize, u8)> {
        let slot = &*self.slot;
        let start = |i: usize| i - usize::from(key_is_inside(h[i]));
        let mut x = from;
        while let Some(c) = h.get(x..x + 9) {
            let at = |i: usize| u64::from(slot[usize::from(u16::from_le_bytes(c[i..i + 2].try_into().expect("two bytes")))]) << (8 * i);
            let mut hits = at(0) | at(1) | at(2) | at(3) | at(4) | at(5) | at(6) | at(7);
            while hits != 0 {
                let i = hits.trailing_zeros() / 8;
                let a = start(x + i as usize);
                if a >= from {
                    return Some((a, (hits >> (8 * i)) as u8));
                }
                hits &= !(0xFF << (8 * i));
            }
            x += 8;
        }
        while let Some(c) = h.get(x..x + 2) {
            let b = slot[usize::from(u16::from_le_bytes([c[0], c[1]]))];
            if b != 0 && start(x) >= from {
                return Some((start(x), b));
            }
            x += 1;
        }
        None
    }

    /// The longest pattern starting at `x` in bucket `bucket` (1-based). Inlined: it is
    /// called for every candidate, most of them turned down at the first compare.
    #[inline(always)]
    fn longest_in(&self, h: &[u8], x: usize, bucket: u8) -> Option<&Head> {
        let heads = &self.buckets[usize::from(bucket) - 1];
        let Some(w) = h.get(x..x + 8) else {
            return heads.iter().find(|p| h[x..].starts_with(&p.bytes));
        };
        let w = u64::from_le_bytes(w.try_into().expect("eight bytes"));
        heads.iter().find(|p| w & p.mask == p.head && (p.bytes.len() <= 8 || h[x + 8..].starts_with(&p.bytes[8..])))
    }

    /// The longest pattern starting at `x`, as (id, end): an anchored search.
    pub fn longest_at(&self, s: &str, x: usize) -> Option<(usize, usize)> {
        let h = s.as_bytes();
        let bucket = self.slot[usize::from(key_at(h, x)?)];
        (bucket != 0).then(|| self.longest_in(h, x, bucket)).flatten().map(|p| (p.id, x + p.bytes.len()))
    }

    /// The leftmost match starting at `from` or after, with the longest pattern there, as
    /// (start, end, id).
    pub fn find_at(&self, s: &str, mut from: usize) -> Option<(usize, usize, usize)> {
        let h = s.as_bytes();
        while let Some((x, bucket)) = self.next_candidate(h, from) {
            if let Some(p) = self.longest_in(h, x, bucket) {
                return Some((x, x + p.bytes.len(), p.id));
            }
            from = x + 1;
        }
        None
    }

    /// Leftmost-longest matches, none overlapping, as (start, end, id).
    pub fn find_iter<'a>(&'a self, s: &'a str) -> impl Iterator<Item = (usize, usize, usize)> + 'a {
        let mut from = 0;
        std::iter::from_fn(move || {
            let m = self.find_at(s, from)?;
            from = m.1;
            Some(m)
        })
    }
}

#[cfg(test)]
pub mod tests {
    use super::*;
    use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, Anchored, Input, MatchKind, StartKind};

    /// The leftmost-longest automaton the pair matchers replaced, searching along a field
    /// and anchored at a place.
    fn word_automaton(words: &[&str]) -> AhoCorasick {
        AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Both)
            .kind(Some(AhoCorasickKind::DFA))
            .build(words)
            .expect("a dictionary of a few hundred words fits an automaton")
    }

    /// Fields made of the forms, their first chars, and letters, spaces and marks near them,
    /// from a fixed-seed generator.
    fn generated_fields(forms: &[&str]) -> Vec<String> {
        let mut pieces: Vec<String> = Vec::new();
        for form in forms {
            pieces.push(form.to_string());
            let chars: Vec<char> = form.chars().collect();
            for n in 1..chars.len() {
                pieces.push(chars[..n].iter().collect());
            }
        }
        pieces.extend([" ", "  ", ".", "/", "x", "n", "h", "g", "S", "I", "Nguyễn", "đ", "ô", "à", "\n", "1", "ủ", "Ụ", "ổ", "ệ", "ẻ"].map(String::from));
        let mut rng = vanban_plugin_sdk::testing::Rng(0x2545_F491_4F6C_DD1D);
        (0..20_000)
            .map(|_| {
                let n = rng.below(14);
                (0..n).map(|_| pieces[rng.below(pieces.len())].as_str()).collect()
            })
            .collect()
    }

    /// Every match, and the anchored match at every char, as the automaton found them.
    pub fn assert_same_as_automaton(forms: &[&str], matcher: &PairMatcher) {
        // The automaton a pair matcher replaced.
        let ac = word_automaton(forms);
        let mut matches = 0;
        for s in generated_fields(forms) {
            let old: Vec<(usize, usize, usize)> = ac.find_iter(&s).map(|m| (m.start(), m.end(), m.pattern().as_usize())).collect();
            matches += old.len();
            let new: Vec<(usize, usize, usize)> = matcher.find_iter(&s).collect();
            assert_eq!(new, old, "{s:?}");
            for x in s.char_indices().map(|(i, _)| i).chain([s.len()]) {
                let old = ac.find(Input::new(&s[x..]).anchored(Anchored::Yes)).map(|m| (m.pattern().as_usize(), x + m.end()));
                assert_eq!(matcher.longest_at(&s, x), old, "{s:?} at {x}");
            }
        }
        // The generator makes fields with matches, not only misses.
        assert!(matches > 5_000, "{matches}");
    }

}
