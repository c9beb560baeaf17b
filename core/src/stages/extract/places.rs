//! Places: Vietnam's administrative units (both before and after July 2025) matched with
//! leftmost-longest over the text, settled by the unit word in front ("huyện", "TP", "xã" ...).

use super::text::{data_lines, is_alnum, is_capitalised, on_word_boundary, SpanSet};
#[cfg(test)]
use super::text::lower_same_len;
use super::Hit;
use aho_corasick::AhoCorasick;
use once_cell::sync::Lazy;
use std::collections::BTreeMap;
use vanban_plugin_sdk::{EntityKind, Normalized};

static PLACES_TSV: &str = include_str!("../../../data/places.tsv");

/// One administrative unit of the gazetteer.
#[derive(Debug, Clone)]
pub struct Unit {
    pub kind: &'static str,
    pub code: &'static str,
    pub new_era: bool,
    /// The province before July 2025 ("" for a unit of the new era).
    pub province_old: &'static str,
    pub province_new: &'static str,
}

impl Unit {
    fn is_province(&self) -> bool {
        self.code.len() == 2
    }

    fn is_district(&self) -> bool {
        !self.new_era && self.code.len() == 3
    }
}

pub struct Gazetteer {
    /// Every name, sorted byte-wise.
    names: Vec<&'static str>,
    /// The units of name `i` are `units[unit_starts[i]..unit_starts[i + 1]]`, in file order.
    units: Vec<Unit>,
    unit_starts: Vec<u32>,
    trie: Trie,
}

/// The names as a byte trie whose nodes hold the bytes of their few children, or point to a
/// table by byte for a node with many, so a child is found without following links.
/// Built level by level over ranges of the sorted names, with no allocation per node (the
/// gazetteer is loaded by every run, so its build cost counts).
struct Trie {
    nodes: Vec<Node>,
    /// The node of each first byte and of each first two bytes (`first * 256 + second`), or
    /// `NONE`: the first two steps of a try are two table reads, and a third of the tries
    /// end there.
    depth1: [u32; 256],
    depth2: Box<[u32; 1 << 16]>,
    /// For each node with more than `NARROW` children, its child's rank + 1 by byte (0: none).
    wide: Vec<[u8; 256]>,
    /// The bytes that end the first char of some name. A name starts only at a char ending
    /// in one of them, and looking at the last byte of a char tells capitals ("Ấ", "Đ") from
    /// small letters ("ấ", "đ"), which share their lead bytes: the scan stops at few places
    /// that start no name.
    ends_first_char: [bool; 256],
    /// Whether either byte of a pair is in `ends_first_char`, by the pair read as a `u16`
    /// (either byte order: the table is symmetric), so the scan reads one entry per two bytes.
    pair_ends_first_char: Box<[bool; 1 << 16]>,
}

#[derive(Clone, Copy)]
struct Node {
    /// The first child; the children are `first..first + count`, in increasing byte order.
    first: u32,
    count: u32,
    /// With up to `NARROW` children, their bytes from the low byte up; with more, the index
    /// of the node's table in `Trie::wide`.
    look: u32,
    /// The name ending here, or `NONE`.
    name: u32,
}

/// Nodes with up to this many children are searched by reading their bytes.
const NARROW: usize = 4;

const NONE: u32 = u32::MAX;

pub static GAZETTEER: Lazy<Gazetteer> = Lazy::new(Gazetteer::load);

/// `name` without a closing "(Huyện)", "(Thị xã)", … that the source adds to tell apart
/// units of one name.
fn without_kind_in_brackets(name: &'static str) -> &'static str {
    match name.strip_suffix(')').and_then(|n| n.rsplit_once(" (")) {
        Some((bare, kind)) if kind.chars().next().is_some_and(char::is_uppercase) && !bare.is_empty() => bare,
        _ => name,
    }
}

/// "Kbang" for the dictionary's "KBang": the name as most texts write it, each word with
/// one capital, when the dictionary has a capital inside a word; `None` when it has none.
fn one_capital_per_word(name: &str) -> Option<String> {
    let mixed = |w: &str| w.chars().skip(1).any(char::is_uppercase) && w.chars().any(char::is_lowercase);
    let inner_capital = name.split(' ').any(mixed);
    inner_capital.then(|| {
        name.split(' ')
            .map(|w| {
                let mut cs = w.chars();
                cs.next().map_or(String::new(), |first| first.to_string() + &cs.as_str().to_lowercase())
            })
            .collect::<Vec<_>>()
            .join(" ")
    })
}

impl Gazetteer {
    fn load() -> Gazetteer {
        let mut rows: Vec<(&'static str, Unit)> = Vec::with_capacity(16_384);
        for line in data_lines(PLACES_TSV).skip(1) {
            let Some([name, kind, code, era, province_old, province_new]) = six_fields(line) else { continue };
            if name.is_empty() {
                continue;
            }
            // The source tells apart units of one name by their kind in brackets ("Cai Lậy
            // (Huyện)"); texts never write it so.
            let name = without_kind_in_brackets(name);
            let unit = Unit { kind, code, new_era: era == "new", province_old, province_new };
            if let Some(variant) = one_capital_per_word(name) {
                // Leaked once, with the gazetteer itself: it lives as long as the process.
                rows.push((Box::leak(variant.into_boxed_str()), unit.clone()));
            }
            rows.push((name, unit));
        }
        // The file is generated in name order; a stable sort keeps each name's units in file
        // order either way, and costs one pass when it is already sorted.
        if !rows.windows(2).all(|w| w[0].0 <= w[1].0) {
            rows.sort_by(|a, b| a.0.cmp(b.0));
        }
        let mut names: Vec<&'static str> = Vec::with_capacity(rows.len());
        let mut unit_starts: Vec<u32> = Vec::with_capacity(rows.len() + 1);
        let mut units: Vec<Unit> = Vec::with_capacity(rows.len());
        for (i, (name, unit)) in rows.into_iter().enumerate() {
            if names.last() != Some(&name) {
                names.push(name);
                unit_starts.push(i as u32);
            }
            units.push(unit);
        }
        unit_starts.push(units.len() as u32);
        let trie = Trie::build(&names);
        Gazetteer { names, units, unit_starts, trie }
    }

    /// The units called by name number `id`.
    fn units_of(&self, id: usize) -> &[Unit] {
        &self.units[self.unit_starts[id] as usize..self.unit_starts[id + 1] as usize]
    }

    /// Non-overlapping leftmost-longest matches of the names in `s`, as (start, end, name
    /// index): from each byte, the longest name there, resuming after it.
    /// Names are whole UTF-8 strings, so only the chars whose last byte ends the first char
    /// of some name need trying: the rest start none.
    fn matches<'a>(&'a self, s: &'a str) -> impl Iterator<Item = (usize, usize, usize)> + 'a {
        let bytes = s.as_bytes();
        let mut p = 0;
        std::iter::from_fn(move || {
            while p < bytes.len() {
                let q = p + self.trie.next_first_char_end(bytes.get(p..)?)?;
                // Back to the start of the char ending at `q`: at most three bytes, and never
                // before `p` (a byte that opens a char is not a continuation byte).
                let a = if bytes[q].is_ascii() { q } else { p + bytes[p..=q].iter().rposition(|&b| b & 0xC0 != 0x80).unwrap_or(0) };
                if let Some((id, len)) = self.trie.longest_at(&bytes[a..]) {
                    p = a + len;
                    return Some((a, p, id));
                }
                p = q + 1;
            }
            None
        })
    }

    /// The units called exactly `name`.
    pub fn lookup(&self, name: &str) -> Option<&[Unit]> {
        self.names.binary_search(&name).ok().map(|i| self.units_of(i))
    }
}

/// The first six tab-separated fields of a line, as `line.split('\t')` gives them, or `None`
/// when it has fewer: one pass over its bytes instead of a char search per field (every run
/// reads the gazetteer's 14,000 lines, and the searches cost as much as the trie's build).
fn six_fields(line: &str) -> Option<[&str; 6]> {
    let mut fields = [""; 6];
    let (mut k, mut start) = (0, 0);
    for (i, &b) in line.as_bytes().iter().enumerate() {
        if b == b'\t' {
            fields[k] = &line[start..i];
            (k, start) = (k + 1, i + 1);
            if k == fields.len() {
                return Some(fields);
            }
        }
    }
    fields[k] = &line[start..];
    (k + 1 == fields.len()).then_some(fields)
}

impl Trie {
    /// The trie of sorted, distinct, non-empty names. The names under a node of depth `d`
    /// form a range of the sorted list; its children are the runs of equal byte `d` in it.
    fn build(names: &[&str]) -> Trie {
        let total: usize = names.iter().map(|n| n.len()).sum();
        let mut ends_first_char = [false; 256];
        for name in names {
            if let Some(c) = name.chars().next() {
                let last = c.encode_utf8(&mut [0; 4]).as_bytes()[c.len_utf8() - 1];
                ends_first_char[usize::from(last)] = true;
            }
        }
        let mut pair_ends = vec![false; 1 << 16];
        for (high, row) in pair_ends.chunks_exact_mut(256).enumerate() {
            if ends_first_char[high] {
                row.fill(true);
            } else {
                row.copy_from_slice(&ends_first_char);
            }
        }
        let mut t = Trie {
            nodes: Vec::with_capacity(total + 1),
            depth1: [NONE; 256],
            depth2: vec![NONE; 1 << 16].into_boxed_slice().try_into().expect("1 << 16 entries"),
            wide: Vec::new(),
            ends_first_char,
            pair_ends_first_char: pair_ends.into_boxed_slice().try_into().expect("1 << 16 entries"),
        };
        t.nodes.push(Node { first: 0, count: 0, look: 0, name: NONE });
        // (node, its names' range, its depth): every node is taken once, its children made
        // side by side before any of them is taken.
        let mut work: Vec<(usize, usize, usize, usize)> = vec![(0, 0, names.len(), 0)];
        let mut kids: Vec<u8> = Vec::with_capacity(256);
        while let Some((node, mut lo, hi, depth)) = work.pop() {
            // The name equal to the node's prefix sorts first in the range.
            if lo < hi && names[lo].len() == depth {
                t.nodes[node].name = lo as u32;
                lo += 1;
            }
            let first = t.nodes.len();
            kids.clear();
            while lo < hi {
                let b = names[lo].as_bytes()[depth];
                let end = lo + names[lo..hi].iter().take_while(|n| n.as_bytes()[depth] == b).count();
                let child = t.nodes.len();
                match depth {
                    0 => t.depth1[usize::from(b)] = child as u32,
                    1 => t.depth2[usize::from(names[lo].as_bytes()[0]) << 8 | usize::from(b)] = child as u32,
                    _ => {}
                }
                work.push((child, lo, end, depth + 1));
                t.nodes.push(Node { first: 0, count: 0, look: 0, name: NONE });
                kids.push(b);
                lo = end;
            }
            let n = &mut t.nodes[node];
            n.first = first as u32;
            n.count = kids.len() as u32;
            if kids.len() > NARROW {
                let mut ranks = [0u8; 256];
                for (rank, &b) in kids.iter().enumerate() {
                    ranks[usize::from(b)] = rank as u8 + 1;
                }
                n.look = t.wide.len() as u32;
                t.wide.push(ranks);
            } else {
                n.look = kids.iter().rev().fold(0, |look, &b| look << 8 | u32::from(b));
            }
        }
        t
    }

    /// The child of node `n` for byte `b`.
    fn child(&self, n: &Node, b: u8) -> Option<usize> {
        let first = n.first as usize;
        if n.count as usize <= NARROW {
            let kids = n.look.to_le_bytes();
            kids[..n.count as usize].iter().position(|&k| k == b).map(|i| first + i)
        } else {
            let rank = self.wide.get(n.look as usize)?[usize::from(b)];
            (rank != 0).then(|| first + usize::from(rank) - 1)
        }
    }

    /// The longest name `s` starts with, as (name index, byte length). The first two bytes
    /// are settled here by table; the rest is walked apart.
    #[inline]
    fn longest_at(&self, s: &[u8]) -> Option<(usize, usize)> {
        let (&b0, rest) = s.split_first()?;
        let one = self.depth1[usize::from(b0)];
        if one == NONE {
            return None;
        }
        let best = self.nodes.get(one as usize).filter(|n| n.name != NONE).map(|n| (n.name, 1));
        let two = rest.first().map_or(NONE, |&b1| self.depth2[usize::from(b0) << 8 | usize::from(b1)]);
        let best = if two == NONE { best } else { self.longest_from(two as usize, s, best) };
        best.map(|(id, len)| (id as usize, len as usize))
    }

    /// The longest name `s` starts with, given `node`, the node of its first two bytes, and
    /// `best`, the name of its first byte if any. Lengths and ids are `u32`, so the answer
    /// comes back in registers.
    #[inline(never)]
    fn longest_from(&self, mut node: usize, s: &[u8], mut best: Option<(u32, u32)>) -> Option<(u32, u32)> {
        let mut k = 2;
        while let Some(n) = self.nodes.get(node) {
            if n.name != NONE {
                best = Some((n.name, k as u32));
            }
            let Some(c) = s.get(k).and_then(|&b| self.child(n, b)) else { break };
            node = c;
            k += 1;
        }
        best
    }

    /// The offset in `s` of the first byte that ends the first char of some name. The pair
    /// table rules out two bytes per read, sixteen bytes to a loop turn; in running text a
    /// pair holds such a byte about one time in ten.
    fn next_first_char_end(&self, s: &[u8]) -> Option<usize> {
        let ends = &self.ends_first_char;
        let pairs = &*self.pair_ends_first_char;
        let (blocks, tail) = s.as_chunks::<16>();
        for (i, block) in blocks.iter().enumerate() {
            let (two, _) = block.as_chunks::<2>();
            if let Some(k) = two.iter().position(|&p| pairs[usize::from(u16::from_ne_bytes(p))]) {
                let at = i * 16 + 2 * k;
                return Some(if ends[usize::from(block[2 * k])] { at } else { at + 1 });
            }
        }
        tail.iter().position(|&b| ends[usize::from(b)]).map(|k| blocks.len() * 16 + k)
    }
}

/// Unit words that may stand before a place name, and the unit kinds each one admits.
const UNIT_WORDS: &[(&str, &[&str])] = &[
    ("thành phố", &["thành phố"]),
    ("Thành phố", &["thành phố"]),
    ("TP.", &["thành phố"]),
    ("TP", &["thành phố"]),
    ("Tp.", &["thành phố"]),
    ("Tp", &["thành phố"]),
    ("tỉnh", &["tỉnh"]),
    ("Tỉnh", &["tỉnh"]),
    ("huyện", &["huyện"]),
    ("Huyện", &["huyện"]),
    ("quận", &["quận"]),
    ("Quận", &["quận"]),
    ("thị xã", &["thị xã"]),
    ("Thị xã", &["thị xã"]),
    ("TX.", &["thị xã"]),
    ("TX", &["thị xã"]),
    ("thị trấn", &["thị trấn"]),
    ("Thị trấn", &["thị trấn"]),
    ("TT.", &["thị trấn"]),
    ("xã", &["xã"]),
    ("Xã", &["xã"]),
    ("phường", &["phường"]),
    ("Phường", &["phường"]),
    ("đặc khu", &["đặc khu"]),
];

/// The unit word that ends right before `at` (one space apart), if any.
fn unit_word_before(s: &str, at: usize) -> Option<&'static [&'static str]> {
    let head = s[..at].strip_suffix(' ')?;
    UNIT_WORDS.iter().find_map(|(w, kinds)| {
        let start = head.len().checked_sub(w.len())?;
        (head.ends_with(w) && on_word_boundary(s, start, head.len()) || head.ends_with(w) && w.ends_with('.'))
            .then_some(*kinds)
    })
}

/// Places in one field. `inside` are spans (organisation names) where a bare name is trusted;
/// `blocked` are spans (people) where no place may start.
#[cfg(test)]
pub fn find(s: &str, inside: &[(usize, usize)], blocked: &[(usize, usize)]) -> Vec<Hit> {
    find_in(s, &lower_same_len(s), inside, blocked, None)
}

/// The one province the places of `s` (a title) name as provinces, if they name one:
/// "… tại tỉnh Tây Ninh". A name shared by several provinces tells none.
pub fn province_named(s: &str) -> Option<&'static str> {
    // A province's hit is a gazetteer name one of whose units is a province: a title with
    // none (most) is told by the name search alone, without the rest of `find_in`.
    let g = &*GAZETTEER;
    if !g.matches(s).any(|(_, _, id)| g.units_of(id).iter().any(Unit::is_province)) {
        return None;
    }
    // Only the gazetteer's names and the short forms carry a province's code: the villages
    // and the units the gazetteer does not list carry none (or a ward's or district's).
    let (listed, _, _) = listed_places(s, &[], &[], None);
    let mut named = listed.into_iter().filter(|h| h.code.as_deref().is_some_and(|c| c.len() == 2)).filter_map(|h| match h.normalized {
        Some(Normalized::Text(p)) => GAZETTEER.lookup(&p).and_then(|units| units.iter().find(|u| u.is_province()).map(|u| u.province_new)),
        _ => None,
    });
    let first = named.next()?;
    named.all(|p| p == first).then_some(first)
}

/// [`find`] with `hint`, the province the document's title names ([`province_named`]): it
/// settles a name shared by several provinces when no place of the field does. `lower` is
/// `s` lower-cased by `lower_same_len`, where the unit and village words are searched.
pub fn find_in(s: &str, lower: &str, inside: &[(usize, usize)], blocked: &[(usize, usize)], hint: Option<&'static str>) -> Vec<Hit> {
    let (mut hits, blocked, home) = listed_places(s, inside, blocked, hint);
    let named: SpanSet = hits.iter().map(|h| (h.start, h.end)).collect();
    let taken = |a: usize, b: usize| named.overlaps(a, b) || blocked.overlaps(a, b);
    let mut more = villages(s, lower, taken);
    more.extend(unlisted_units(s, lower, taken, &blocked, home));
    if !more.is_empty() {
        hits.extend(more);
        hits.sort_by_key(|h| (h.start, h.end));
    }
    hits
}

/// The places of `s` the gazetteer lists, the regions and the short forms, in order, with
/// `blocked` as a set and the province the field is about: all of [`find_in`] but the
/// villages and the units the gazetteer does not list.
fn listed_places(s: &str, inside: &[(usize, usize)], blocked: &[(usize, usize)], hint: Option<&'static str>) -> (Vec<Hit>, SpanSet, Option<&'static str>) {
    let g = &*GAZETTEER;
    // "Trường Trung cấp Y tế": a known name at the start of an organisation's longer name
    // is its kind word and what follows, no place.
    let opens_org = |a: usize, b: usize| inside.iter().any(|&(x, y)| x == a && y > b);
    let inside: SpanSet = inside.iter().copied().collect();
    let blocked: SpanSet = blocked.iter().copied().collect();
    let mut found: Vec<(usize, usize, usize, Option<&'static [&'static str]>)> = Vec::new();
    let region_hits = regions(s, &blocked);
    let in_region = |a: usize, b: usize| region_hits.iter().any(|h| h.start < b && a < h.end);
    for (a, b, id) in g.matches(s) {
        // "Chủ tịch UBND xã Phú Cường Phan Thanh Sơn": a person's name after the place is no
        // longer name of it.
        let longer = continues_as_a_name(&s[b..]) && !blocked.starts_at(b + 1);
        if !on_word_boundary(s, a, b) || !is_capitalised(&s[a..b]) || longer || ends_a_longer_name(&s[..a]) {
            continue;
        }
        // "Phường 4": a numbered unit is read with its word by `numbered_unit_at`.
        if is_numbered_unit(&s[a..b]) {
            continue;
        }
        // "thôn Phú Xuân": a village of the commune's or the district's name is no unit the
        // gazetteer lists; `villages` reads it.
        if after_village_word(&s[..a]) {
            continue;
        }
        if blocked.overlaps(a, b) || opens_org(a, b) || in_region(a, b) {
            continue;
        }
        found.push((a, b, id, unit_word_before(s, a)));
    }
    found.sort_by_key(|f| (f.0, f.1));
    // "4 xã Pù Nhi, Quang Chiểu và Tam Chung": the names listed after a unit word are of its kind.
    for i in 1..found.len() {
        let (prev_end, prev_kinds) = (found[i - 1].1, found[i - 1].3);
        let gap = s.get(prev_end..found[i].0).unwrap_or("");
        if found[i].3.is_none() && prev_kinds.is_some() && matches!(gap, ", " | " và " | ", và " | ",") {
            found[i].3 = prev_kinds;
        }
    }
    // A bare name is trusted when the same name appears with a unit word in the document.
    let with_word: std::collections::BTreeSet<usize> = found.iter().filter(|f| f.3.is_some()).map(|f| f.2).collect();
    let mut picks: Vec<(usize, usize, Vec<&Unit>)> = Vec::new();
    for (a, b, id, kinds) in found {
        let units = g.units_of(id);
        let syllables = s[a..b].split(' ').count();
        let candidates: Vec<&Unit> = match kinds {
            Some(kinds) => {
                let fit: Vec<&Unit> = units.iter().filter(|u| kinds.contains(&u.kind)).collect();
                // A unit renamed by a reorganisation ("huyện X" now a "thị xã X") still counts.
                if fit.is_empty() && kinds.iter().any(|k| DISTRICT_KINDS.contains(k)) {
                    units.iter().filter(|u| u.is_district() || u.is_province()).collect()
                } else {
                    fit
                }
            }
            None if syllables < 2 => Vec::new(),
            // "tư tưởng Hồ Chí Minh", "Đoàn Thanh niên Cộng sản Hồ Chí Minh": bare, the name is
            // the man's; the city is written with its unit word ("TP. Hồ Chí Minh").
            None if NAMED_FOR_PEOPLE.contains(&&s[a..b]) => Vec::new(),
            None => {
                let in_org = inside.covers(a, b);
                let upper: Vec<&Unit> = units.iter().filter(|u| u.is_province() || u.is_district()).collect();
                let same_province = upper.windows(2).all(|w| w[0].province_new == w[1].province_new);
                let trusted = with_word.contains(&id) || in_org || (!upper.is_empty() && same_province);
                match (trusted, upper.is_empty()) {
                    (false, _) => Vec::new(),
                    (true, false) => upper,
                    (true, true) => units.iter().collect(),
                }
            }
        };
        if !candidates.is_empty() {
            picks.push((a, b, candidates));
        }
    }
    // Names shared by units of several provinces ("xã Vĩnh Thành") take the province the
    // rest of the document is about.
    let home = home_province(&picks, hint);
    // Within a merged province, the old one the text names ("Tại Tiền Giang, huyện Châu
    // Thành …") tells its units from those of the other old provinces now part of it.
    let home_old = home_province_old(&picks);
    let mut hits = Vec::new();
    for (a, b, candidates) in picks {
        let in_home = |u: &&&Unit| home.is_some_and(|h| u.province_new == h);
        let in_old_home = |u: &&&Unit| in_home(u) && home_old.is_some_and(|h| u.province_old == h);
        let chosen = candidates
            .iter()
            .filter(in_old_home)
            .max_by_key(|u| rank(u))
            .or_else(|| candidates.iter().filter(in_home).max_by_key(|u| rank(u)))
            .or_else(|| candidates.iter().max_by_key(|u| rank(u)));
        if let Some(u) = chosen {
            let mut h = Hit::new(EntityKind::Location, a, b, Normalized::Text(u.province_new.to_string()));
            h.code = Some(u.code.to_string());
            hits.push(h);
        }
    }
    if !region_hits.is_empty() {
        hits.extend(region_hits);
        hits.sort_by_key(|h| (h.start, h.end));
    }
    short_forms(s, &blocked, &mut hits);
    (hits, blocked, home)
}

/// Where the words `pairs` (each in small letters and with a capital: `[w, W, v, V, ...]`)
/// stand in `s`, as (index in `pairs`, byte offset), in the order a search per word in turn
/// gives them. The pairs are searched together, in small letters, in `lower` (`s` lower-cased
/// char by char, same offsets), by `words` ([`small_words_automaton`] of the pairs); each
/// search goes on from the byte after the last match's start, not its end, so that words
/// overlapping one another are all found ("đặc khu phố" holds two). No word is the start of
/// another, so a match's start holds one word; the text there tells which of the two, if
/// either, is written. No word overlaps itself, so this finds every occurrence a search of
/// `s` per word would.
fn word_pairs_in<W: AsRef<str>>(s: &str, lower: &str, pairs: &[W], words: &AhoCorasick) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(m) = words.find(aho_corasick::Input::new(lower).span(from..lower.len())) {
        let (i, a) = (m.pattern().as_usize(), m.start());
        from = a + 1;
        let at = &s.as_bytes()[a..];
        if let Some(k) = [2 * i, 2 * i + 1].into_iter().find(|&k| at.starts_with(pairs[k].as_ref().as_bytes())) {
            found.push((k, a));
        }
    }
    // Small letters and capitals come out together; the order of a search per word is
    // that of the word, then of the offset.
    found.sort_unstable();
    found
}

/// The automaton of the small-letter words of `pairs` (`[w, W, v, V, ...]`) for
/// [`word_pairs_in`]: one vectorised pass over a field for all of them, where a search per
/// word read the field once each (16 searches of every field cost 36 million instructions
/// over 1,000 documents, the two automata's searches 21 million).
fn small_words_automaton<W: AsRef<str>>(pairs: &[W]) -> AhoCorasick {
    AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostFirst)
        .build(pairs.iter().step_by(2).map(|w| w.as_ref()))
        .expect("static patterns")
}

/// Units a city numbers instead of naming ("phường 4", "Quận 5"), each word with its kind.
const NUMBERED_UNIT_WORDS: &[(&str, &str)] = &[("phường", "phường"), ("Phường", "phường"), ("quận", "quận"), ("Quận", "quận")];

/// What a number after a unit word counts when it is no unit's number: "quận 3 năm liền".
const COUNTED_AFTER_NUMBER: &[&str] = &["năm", "tháng", "tuần", "ngày", "lần", "ca", "người", "trường hợp", "hộ"];

/// Whether a gazetteer name is a numbered unit ("Phường 4", "Quận 10").
fn is_numbered_unit(name: &str) -> bool {
    NUMBERED_UNIT_WORDS.iter().any(|(w, _)| name.strip_prefix(w).and_then(|r| r.strip_prefix(' ')).is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())))
}

/// The numbered ward or district ("Trạm Y tế phường 4", "Quận 5") whose unit word `word`
/// stands at `a`, if a number follows it: the word and its number as written, as `villages`
/// keeps "ấp 3". Every province numbers its wards alike, so the unit is told only within
/// `home`, the province the field is about: one unit there gives its code, several in it (a
/// city's districts each have a "phường 4") the province alone, and none, or no home, the
/// place as written with no code.
fn numbered_unit_at(s: &str, a: usize, word: &str, home: Option<&'static str>) -> Option<Hit> {
    let (_, kind) = NUMBERED_UNIT_WORDS.iter().find(|(w, _)| *w == word)?;
    let b = unit_number_end(s, a, a + word.len())?;
    let name = format!("{}{}", super::sentence_case(word), &s[a + word.len()..b]);
    let units: Vec<&Unit> = GAZETTEER.lookup(&name).unwrap_or(&[]).iter().filter(|u| u.kind == *kind && home.is_some_and(|h| u.province_new == h)).collect();
    let mut h = Hit::new(EntityKind::Location, a, b, Normalized::Text(s[a..b].to_string()));
    if let Some(first) = units.first() {
        h.normalized = Some(Normalized::Text(first.province_new.to_string()));
        h.code = (units.len() == 1).then(|| first.code.to_string());
    }
    Some(h)
}

/// The end of the number after a unit word at `a..word_end` ("phường 4"), when one or two
/// digits follow it as a unit's number: no figure goes on ("4,5", "4/2025", "4%") and no
/// word of what a number counts follows.
fn unit_number_end(s: &str, a: usize, word_end: usize) -> Option<usize> {
    if !on_word_boundary(s, a, word_end) {
        return None;
    }
    let from = word_end + s[word_end..].strip_prefix(' ').map(|_| 1)?;
    let digits = s[from..].bytes().take_while(u8::is_ascii_digit).count();
    let end = from + digits;
    let rest = &s[end..];
    let figure_goes_on = rest.starts_with(|c: char| is_alnum(c) || matches!(c, '/' | '%')) || [',', '.'].iter().any(|p| rest.strip_prefix(*p).is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit())));
    let counted = rest.strip_prefix(' ').is_some_and(|r| COUNTED_AFTER_NUMBER.iter().any(|w| r.starts_with(w) && !r[w.len()..].starts_with(is_alnum)));
    ((1..=2).contains(&digits) && !figure_goes_on && !counted).then_some(end)
}

/// The words of the commune level, which name a commune the gazetteer may not know yet: a
/// new name of a merger, or one a text misspells.
pub(super) const COMMUNE_WORDS: &[&str] = &["xã", "Xã", "phường", "Phường", "thị trấn", "Thị trấn", "đặc khu", "Đặc khu"];

/// The words of the levels above the commune. The gazetteer lists every unit of them, yet
/// a text may name one it does not: misspelt, renamed, or of a region the text invents.
/// ("thị xã" needs no entry: its "xã" is a commune word and finds the name.)
const UPPER_UNIT_WORDS: &[&str] = &["huyện", "Huyện", "quận", "Quận", "tỉnh", "Tỉnh", "thành phố", "Thành phố"];

/// Words that, after a unit word, open the name of a body of that unit, not a place: "Tỉnh
/// Đoàn Bến Tre", "Huyện Hội Chữ thập đỏ", "Quận Ủy Bình Thạnh".
const BODY_WORDS: &[&str] = &["Đoàn", "Hội", "Ủy", "Uỷ", "Đảng"];

/// Units the gazetteer does not list, by their word: "xã Lộc Điền Tây", "huyện Đông Sơn
/// Hà", and the names listed after the word ("các xã Ea Tul Hạ, Krông Yang và Hòa Thắng
/// Tây"). A name of two to four syllables in capitals; no code, and `normalized` is the
/// name as written. Also the numbered wards and districts ([`numbered_unit_at`]), whose
/// words are among these.
fn unlisted_units(s: &str, lower: &str, taken: impl Fn(usize, usize) -> bool, people: &SpanSet, home: Option<&'static str>) -> Vec<Hit> {
    static WORDS: Lazy<Vec<&'static str>> = Lazy::new(|| COMMUNE_WORDS.iter().chain(UPPER_UNIT_WORDS).copied().collect());
    // The words come in pairs, small letters first: searched together in the lowered text.
    static SMALL_WORDS: Lazy<AhoCorasick> = Lazy::new(|| small_words_automaton(&WORDS));
    let mut hits = Vec::new();
    for (k, a) in word_pairs_in(s, lower, &WORDS, &SMALL_WORDS) {
        let word = WORDS[k];
        if !on_word_boundary(s, a, a + word.len()) {
            continue;
        }
        // "phường 4": found in the same pass as the units' names.
        hits.extend(numbered_unit_at(s, a, word, home).filter(|h| !taken(h.start, h.end)));
        let mut at = a + word.len();
        // "Y sĩ Trạm Y tế xã Phú Thành A Lâm Văn Út": the name ends where a person's opens.
        let before_person = |at: usize| match people.first_start_in(at, at + 80) {
            Some(p) if s[..p].ends_with(' ') => &s[..p - 1],
            _ => s,
        };
        while let Some((start, end)) = commune_name_after(before_person(at), at) {
            // "Tỉnh Đoàn A và Thành Đoàn B": a body's name, and no list of units after it.
            if opens_a_body_or_title(&s[start..]) {
                break;
            }
            if !taken(start, end) {
                hits.push(Hit::new(EntityKind::Location, start, end, Normalized::Text(s[start..end].to_string())));
            }
            // "xã A, B và C": each name after a comma or "và" is a commune too.
            let rest = &s[end..];
            let gap = [", và ", ", ", " và "].iter().find(|g| rest.starts_with(**g));
            match gap {
                Some(g) => at = end + g.len() - 1,
                None => break,
            }
        }
    }
    hits
}

/// Whether `rest`, after a unit word, opens a body ("Tỉnh Đoàn", "huyện Trung tâm Y tế") or
/// a title ("UBND tỉnh Phó Chủ tịch …") rather than the unit's name.
fn opens_a_body_or_title(rest: &str) -> bool {
    let first = &rest[..rest.find(|c: char| !is_alnum(c)).unwrap_or(rest.len())];
    BODY_WORDS.contains(&first) || super::orgs::starts_org(rest) || super::people::is_role_word(rest)
}

/// The name after the blank at `at`: two to four capitalised syllables, no figure, and no
/// capitalised syllable after them (five are a longer name, not a commune's).
pub(super) fn commune_name_after(s: &str, at: usize) -> Option<(usize, usize)> {
    let start = at + 1;
    s[at..].strip_prefix(' ')?;
    let mut end = at;
    let mut syllables = 0;
    while let Some(rest) = s[end..].strip_prefix(' ') {
        let len = rest.find(|c: char| !is_alnum(c)).unwrap_or(rest.len());
        let w = &rest[..len];
        if w.is_empty() || !is_capitalised(w) || w.chars().any(|c| c.is_ascii_digit()) {
            break;
        }
        if syllables == 4 {
            return None;
        }
        end += 1 + len;
        syllables += 1;
    }
    (syllables >= 2).then_some((start, end))
}

/// The country's regions, which no administrative unit is, as texts write them: "Tây
/// Nguyên", "Đồng bằng sông Cửu Long", "miền Trung". ("Tây Bắc" and "Đông Bắc" are left out:
/// "gió mùa Đông Bắc" is a wind, "phía Tây Bắc" a direction.)
const REGIONS: &[&str] = &[
    "Tây Nguyên", "Đồng bằng sông Cửu Long", "đồng bằng sông Cửu Long", "Đồng bằng Sông Cửu Long", "Đồng bằng sông Hồng",
    "đồng bằng sông Hồng", "Đông Nam Bộ", "Tây Nam Bộ", "Nam Trung Bộ", "Bắc Trung Bộ", "Duyên hải Nam Trung Bộ",
    "duyên hải Nam Trung Bộ", "Duyên hải miền Trung", "duyên hải miền Trung", "Nam Bộ", "Bắc Bộ", "Trung Bộ", "miền Bắc",
    "miền Trung", "miền Nam", "Miền Bắc", "Miền Trung", "Miền Nam", "Trung du và miền núi phía Bắc", "Trung du miền núi phía Bắc",
    "miền núi phía Bắc",
];

/// The regions ([`REGIONS`]) in `s`, outside `blocked`: locations with no code, `normalized`
/// the region as written. A capitalised word after one makes it a part of a place ("miền
/// Bắc Hà Tĩnh") or a longer name, no region.
fn regions(s: &str, blocked: &SpanSet) -> Vec<Hit> {
    static FINDER: Lazy<aho_corasick::AhoCorasick> = Lazy::new(|| {
        aho_corasick::AhoCorasick::builder().match_kind(aho_corasick::MatchKind::LeftmostLongest).build(REGIONS).expect("static patterns")
    });
    FINDER
        .find_iter(s)
        .filter(|m| on_word_boundary(s, m.start(), m.end()) && !continues_as_a_name(&s[m.end()..]) && !blocked.overlaps(m.start(), m.end()))
        .map(|m| Hit::new(EntityKind::Location, m.start(), m.end(), Normalized::Text(s[m.start()..m.end()].to_string())))
        .collect()
}

/// Short forms of a place the gazetteer names in full, as (form, name).
const SHORT_FORMS: &[(&str, &str)] =
    &[("TP.HCM", "Hồ Chí Minh"), ("TP. HCM", "Hồ Chí Minh"), ("TP HCM", "Hồ Chí Minh"), ("TPHCM", "Hồ Chí Minh"), ("Tp.HCM", "Hồ Chí Minh"), ("Tp. HCM", "Hồ Chí Minh")];

/// Adds the places written in a short form ("Viện Pasteur TP.HCM"), as the gazetteer's
/// highest unit of that name; `hits` stay in order.
fn short_forms(s: &str, blocked: &SpanSet, hits: &mut Vec<Hit>) {
    if !s.contains("HCM") {
        return;
    }
    let mut found = Vec::new();
    for (form, name) in SHORT_FORMS {
        let Some(unit) = GAZETTEER.lookup(name).and_then(|units| units.iter().max_by_key(|u| rank(u))) else { continue };
        for (a, _) in s.match_indices(form) {
            let b = a + form.len();
            if on_word_boundary(s, a, b) && !blocked.overlaps(a, b) && !hits.iter().any(|h| h.start < b && a < h.end) {
                let mut h = Hit::new(EntityKind::Location, a, b, Normalized::Text(unit.province_new.to_string()));
                h.code = Some(unit.code.to_string());
                found.push(h);
            }
        }
    }
    if !found.is_empty() {
        hits.extend(found);
        hits.sort_by_key(|h| (h.start, h.end));
    }
}

/// Units below the commune, which no gazetteer lists, and the words that name them:
/// "thôn Bến Lội", "ấp 3", "tổ dân phố 5", "khu dân cư số 2", "bản Pá Hốc", "sóc Bưng Kè"
/// ("bản" and "sóc" with [`names_a_village_of_two_words`]).
const VILLAGE_WORDS: &[&str] = &["tổ dân phố", "khu dân cư", "khu phố", "thôn", "ấp", "buôn", "khóm", "làng", "xóm", "bản", "sóc"];

/// Words that "bản" ends: "văn bản", "cơ bản", "phiên bản", "Nhật Bản".
const WORDS_ENDING_IN_BAN: &[&str] = &["văn", "cơ", "căn", "phiên", "kịch", "xuất", "tư", "nguyên", "nhật", "bổn", "hồ"];

/// Words that "sóc" ends: "chăm sóc", "săn sóc", "con sóc".
const WORDS_ENDING_IN_SOC: &[&str] = &["chăm", "săn", "con"];

/// Whether "bản" (a highland village) or "sóc" (a Khmer hamlet) at `a`, its name ending at
/// `end`, is a village ("bản Khuổi Lùng", "sóc Bưng Kè"), not a document ("văn bản Hướng
/// dẫn", "ký bản Cam kết") or care ("chăm sóc Sức khỏe"): no word the village word ends
/// stands before it, and its name has two capitalised syllables at least, where a document's
/// title writes its second syllable small ("Kế hoạch"). "Sóc" with a capital opens places'
/// own names ("Sóc Trăng", "Sóc Sơn"): only the small word is a hamlet's.
fn names_a_village_of_two_words(s: &str, lower: &str, a: usize, end: usize) -> bool {
    let before = lower[..a].trim_end_matches(' ').rsplit(' ').next().unwrap_or("");
    let (word, ending) = if lower[a..].starts_with("sóc") { ("sóc", WORDS_ENDING_IN_SOC) } else { ("bản", WORDS_ENDING_IN_BAN) };
    let name = &s[a + word.len() + 1..end];
    let small = word == "bản" || s[a..].starts_with(word);
    small && !ending.contains(&before) && name.contains(' ')
}

/// Village-level places: a village word, then a name in capitals (up to four syllables) or
/// a number. They have no code; `normalized` is the place as written: the name alone, or
/// the word and its number.
/// Found word by word, so not in order of place.
fn villages(s: &str, lower: &str, taken: impl Fn(usize, usize) -> bool) -> Vec<Hit> {
    // They run over every field of every document: one vectorised search of all of them in
    // the lowered text (the automaton's leftmost search, whose prefilter reads several
    // patterns at once; its overlapping search has none, and cost more than a search per
    // word). Each word in small letters and with a capital, as it opens a sentence ("Thôn
    // Nà Lìu có 3 ca"): the small letters find both.
    static WORDS: Lazy<Vec<String>> =
        Lazy::new(|| VILLAGE_WORDS.iter().flat_map(|w| [w.to_string(), super::sentence_case(w)]).collect());
    static SMALL_WORDS: Lazy<AhoCorasick> = Lazy::new(|| small_words_automaton(&WORDS));
    let mut hits = Vec::new();
    for (k, a) in word_pairs_in(s, lower, &WORDS, &SMALL_WORDS) {
        let word = WORDS[k].as_str();
        let Some(b) = village_end(s, a, a + word.len()) else { continue };
        // "nông thôn Mới", "phát triển nông thôn": the countryside, not a village.
        let countryside = || ["nông ", "Nông ", "NÔNG "].iter().any(|n| s[..a].ends_with(n));
        // A name stands alone, as a commune's does ("thôn Nà Lìu" is "Nà Lìu"); a number
        // keeps its word ("ấp 3"), as the gazetteer writes "Phường 3".
        let name_at = a + word.len() + 1;
        let numbered = s[name_at..].starts_with(|c: char| c.is_ascii_digit()) || s[name_at..].starts_with("số ");
        let start = if numbered { a } else { name_at };
        // "nhân viên y tế ấp Bình An Võ Văn Lành": the name ends before the person's.
        let mut b = b;
        while taken(start, b) {
            let Some(i) = s[name_at..b].rfind(' ') else { break };
            b = name_at + i;
        }
        let two_words = word.eq_ignore_ascii_case("bản") || word == "sóc" || word == "Sóc";
        let document = || two_words && !names_a_village_of_two_words(s, lower, a, b);
        if word == "thôn" && countryside() || taken(start, b) || document() {
            continue;
        }
        hits.push(Hit::new(EntityKind::Location, start, b, Normalized::Text(s[start..b].to_string())));
    }
    hits
}

/// Where the name after a village word (from `a` to `word_end`) ends, when one follows.
fn village_end(s: &str, a: usize, word_end: usize) -> Option<usize> {
    if !on_word_boundary(s, a, word_end) {
        return None;
    }
    let mut end = word_end;
    for count in 0..4 {
        let Some(rest) = s[end..].strip_prefix(' ') else { break };
        let len = rest.find(|c: char| !is_alnum(c)).unwrap_or(rest.len());
        let w = &rest[..len];
        let number = !w.is_empty() && w.len() <= 3 && w.bytes().all(|b| b.is_ascii_digit());
        if number && count == 0 {
            return Some(end + 1 + len);
        }
        // "tổ dân phố số 3": the number after "số" is the unit's.
        if count == 0 && w == "số" {
            let digits = rest[len..].strip_prefix(' ').map_or(0, |r| r.bytes().take_while(u8::is_ascii_digit).count());
            let after = len + 1 + digits;
            let whole = (1..=3).contains(&digits) && !rest[after..].starts_with(is_alnum);
            return whole.then_some(end + 1 + after);
        }
        if w.is_empty() || !is_capitalised(w) || w.chars().any(|c| c.is_ascii_digit()) {
            break;
        }
        end += 1 + len;
    }
    (end > word_end).then_some(end)
}

/// Unit words of the district level, interchangeable across reorganisations.
const DISTRICT_KINDS: &[&str] = &["huyện", "quận", "thị xã", "thành phố"];

/// The province most of the unambiguous places belong to; with none, `hint` (the title's
/// province) when a place may be in it or none is found, else the one the shared names agree on.
fn home_province(picks: &[(usize, usize, Vec<&Unit>)], hint: Option<&'static str>) -> Option<&'static str> {
    let mut votes: BTreeMap<&'static str, usize> = BTreeMap::new();
    for (_, _, candidates) in picks {
        let first = candidates.first().map(|u| u.province_new);
        if candidates.iter().all(|u| Some(u.province_new) == first) {
            if let Some(p) = first {
                *votes.entry(p).or_default() += 1;
            }
        }
    }
    if votes.is_empty() {
        let fits = |h: &&'static str| picks.is_empty() || picks.iter().any(|(_, _, c)| c.iter().any(|u| u.province_new == *h));
        return hint.filter(fits).or_else(|| shared_province(picks));
    }
    votes.into_iter().max_by_key(|&(p, n)| (n, std::cmp::Reverse(p))).map(|(p, _)| p)
}

/// When no place names its province alone, the province that most of the places, each shared
/// by several provinces, may be in: "xã Mỹ Phước và xã An Trường" are both of one province
/// only. Two places at least, and no tie (one name said twice settles nothing).
fn shared_province(picks: &[(usize, usize, Vec<&Unit>)]) -> Option<&'static str> {
    let mut votes: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut provinces: Vec<&'static str> = Vec::new();
    for (_, _, candidates) in picks {
        provinces.clear();
        provinces.extend(candidates.iter().map(|u| u.province_new));
        provinces.sort_unstable();
        provinces.dedup();
        for p in &provinces {
            *votes.entry(p).or_default() += 1;
        }
    }
    let mut ranked: Vec<(usize, &'static str)> = votes.into_iter().map(|(p, n)| (n, p)).collect();
    ranked.sort_unstable_by(|a, b| b.cmp(a));
    match ranked.as_slice() {
        [(n, p), rest @ ..] if *n >= 2 && rest.first().is_none_or(|(m, _)| m < n) => Some(p),
        _ => None,
    }
}

/// The old province (before July 2025) the text names most as a province, if any.
fn home_province_old(picks: &[(usize, usize, Vec<&Unit>)]) -> Option<&'static str> {
    let mut votes: BTreeMap<&'static str, usize> = BTreeMap::new();
    for (_, _, candidates) in picks {
        if let [only] = candidates.as_slice() {
            if only.is_province() && !only.new_era && !only.province_old.is_empty() {
                *votes.entry(only.province_old).or_default() += 1;
            }
        }
    }
    votes.into_iter().max_by_key(|&(p, n)| (n, std::cmp::Reverse(p))).map(|(p, _)| p)
}

/// True when a capitalised syllable follows: the known name is only the start of a longer
/// one ("Tân Lạc Giang" is not "Tân Lạc").
fn continues_as_a_name(rest: &str) -> bool {
    let Some(next) = rest.strip_prefix(' ') else { return false };
    let word: &str = next.split(|c: char| !is_alnum(c)).next().unwrap_or("");
    let mut cs = word.chars();
    cs.next().is_some_and(char::is_uppercase) && cs.clone().next().is_some() && cs.all(char::is_lowercase)
}

/// Places named after a person whose name, written alone, is the person's.
const NAMED_FOR_PEOPLE: &[&str] = &["Hồ Chí Minh"];

/// Words of the four directions, which open longer names of places ("Nam Từ Liêm", "Bắc
/// Tân Uyên") and of regions ("khu vực Bắc Quảng Bình").
const DIRECTION_WORDS: &[&str] = &["Bắc", "Nam", "Đông", "Tây"];

/// True when `head` (the text before a known name) ends with a direction word with a capital
/// that opens the name: "Nam Tây Sơn" is a longer name the gazetteer does not know, not
/// "Tây Sơn". The mirror of [`continues_as_a_name`]. "phía Nam Quảng Bình" and "miền Bắc Hà
/// Tĩnh" say where in the place, which is still named.
fn ends_a_longer_name(head: &str) -> bool {
    let Some(head) = head.strip_suffix(' ') else { return false };
    let Some(word) = DIRECTION_WORDS.iter().find(|w| head.ends_with(**w)) else { return false };
    let before = &head[..head.len() - word.len()];
    if before.chars().next_back().is_some_and(is_alnum) {
        return false;
    }
    !["phía ", "miền ", "Phía ", "Miền "].iter().any(|w| before.ends_with(w))
}

/// True when `head` (the text before a name) ends with a village word and a blank.
fn after_village_word(head: &str) -> bool {
    let Some(head) = head.strip_suffix(' ') else { return false };
    VILLAGE_WORDS.iter().any(|w| {
        let cut = head.len().saturating_sub(w.len());
        head.is_char_boundary(cut)
            && vanban_plugin_sdk::text::equals_lower(&head[cut..], w)
            && !head[..cut].chars().next_back().is_some_and(is_alnum)
    })
}

/// Higher is preferred: provinces, then districts, then communes; the newer era first.
fn rank(u: &Unit) -> (u8, u8, &'static str) {
    let level = if u.is_province() { 3 } else if u.is_district() { 2 } else { 1 };
    (level, u8::from(u.new_era), u.code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_shared_by_several_provinces_take_the_one_they_share() {
        let provinces = |s: &str| find(s, &[], &[]).iter().map(|h| h.normalized.clone()).collect::<Vec<_>>();
        let vl = Some(Normalized::Text("Vĩnh Long".to_string()));
        assert_eq!(provinces("Ổ dịch tại xã Mỹ Phước và xã An Trường."), [vl.clone(), vl]);
        // One name said twice is no second place.
        let twice = provinces("Tại xã Mỹ Phước, xã Mỹ Phước có 3 ca.");
        assert_eq!(twice[0], Some(Normalized::Text("Cần Thơ".to_string())), "the gazetteer's first choice, as before");
    }

    #[test]
    fn a_persons_name_after_a_commune_ends_it() {
        let s = "Chủ tịch UBND xã Phú Cường Phan Thanh Sơn và y sĩ xã Phú Thành A Lâm Văn Út dự.";
        let people = [s.find("Phan").unwrap(), s.find("Lâm").unwrap()].map(|a| (a, a + s[a..].find(" và").unwrap_or(s.len() - a).min(s[a..].find(" dự").unwrap())));
        let got: Vec<&str> = find(s, &[], &people).iter().map(|h| &s[h.start..h.end]).collect();
        assert_eq!(got, ["Phú Cường", "Phú Thành A"]);
    }

    #[test]
    fn numbered_wards_and_districts_with_their_word() {
        let got = |s: &str| find(s, &[], &[]).iter().map(|h| (s[h.start..h.end].to_string(), h.normalized.clone(), h.code.clone())).collect::<Vec<_>>();
        let text = |t: &str| Some(Normalized::Text(t.to_string()));
        // No province to tell which: the place as written.
        assert_eq!(got("Trạm Y tế phường 4 khám 30 ca."), [("phường 4".to_string(), text("phường 4"), None)]);
        // One unit of the number in the province the text is about.
        let s = "Tại tỉnh Lâm Đồng, Trạm Y tế phường 12 khám 30 ca.";
        assert_eq!(got(s)[1], ("phường 12".to_string(), text("Lâm Đồng"), Some("24775".to_string())));
        // Figures after the word are no unit's number.
        assert_eq!(got("Mỗi phường 3 năm liền đạt; phường 4,5% hộ nghèo; quận 12/2024."), []);
    }

    #[test]
    fn villages_by_their_word_without_a_code() {
        let s = "Ổ dịch tại thôn Nà Lìu và ấp 3, tổ dân phố Tân Tiến; chương trình nông thôn Mới; văn bản Hướng dẫn; chăm sóc Sức khỏe; bà con trong thôn đã được. Xóm Bãi Nổi có 2 ca.";
        let got: Vec<(&str, Option<String>)> = find(s, &[], &[]).iter().map(|h| (&s[h.start..h.end], h.code.clone())).collect();
        assert_eq!(got, [("Nà Lìu", None), ("ấp 3", None), ("Tân Tiến", None), ("Bãi Nổi", None)]);
    }

    #[test]
    fn highland_villages_and_numbered_quarters() {
        // "bản" and a name of two capitalised syllables is a village; a document after "bản"
        // writes its second syllable small, and "văn bản" is a document whatever follows.
        let s = "Ổ dịch ở bản Khuổi Nặm, tổ dân phố số 4 và khu dân cư số 12; đã ký bản Cam kết; văn bản Hướng Dẫn Mới; Nhật Bản Tài Trợ.";
        let got: Vec<&str> = find(s, &[], &[]).iter().map(|h| &s[h.start..h.end]).collect();
        assert_eq!(got, ["Khuổi Nặm", "tổ dân phố số 4", "khu dân cư số 12"]);
        // "số" without a number after it names no quarter.
        assert!(find("Tổ dân phố số đông dân cư.", &[], &[]).is_empty());
    }

    #[test]
    fn khmer_hamlets_by_their_small_word() {
        // "sóc" and a name of two capitalised syllables is a hamlet; care ("chăm sóc") and the
        // places whose own name opens with "Sóc" are none.
        let s = "Bệnh nhân ở sóc Bưng Kè và sóc Prây Tum; chăm sóc Sức Khỏe; tỉnh Sóc Trăng; sóc Mới.";
        let got: Vec<&str> = find(s, &[], &[]).iter().filter(|h| h.code.is_none()).map(|h| &s[h.start..h.end]).collect();
        assert_eq!(got, ["Bưng Kè", "Prây Tum"]);
    }

    #[test]
    fn a_village_is_its_name_even_one_the_gazetteer_knows() {
        // Both names are units elsewhere; after a village word they are the village, with no
        // unit's code, and written without the word as a commune is.
        let s = "Ca bệnh ở thôn Phú Xuân, xã Hòa Lạc và ấp Tân Phước; Tổ dân phố 5.";
        let got: Vec<(&str, Option<String>)> = find(s, &[], &[]).into_iter().map(|h| (&s[h.start..h.end], h.code)).collect();
        assert_eq!(got[0], ("Phú Xuân", None));
        assert!(got.contains(&("Tân Phước", None)) && got.contains(&("Tổ dân phố 5", None)), "{got:?}");
        assert!(got.iter().any(|(t, c)| *t == "Hòa Lạc" && c.is_some()), "{got:?}");
        // A person's name right after the village's is not part of it.
        let s = "nhân viên y tế ấp Bình An Võ Văn Lành cho biết";
        let person = (s.find("Võ").unwrap(), s.find(" cho").unwrap());
        let got: Vec<&str> = find(s, &[], &[person]).into_iter().map(|h| &s[h.start..h.end]).collect();
        assert_eq!(got, ["Bình An"]);
    }

    #[test]
    fn a_known_name_after_a_direction_word_is_a_longer_name() {
        let s = "Bệnh viện Đa khoa khu vực Nam Tây Sơn khám cho người dân huyện Tây Sơn.";
        let org = (0, s.find(" khám").unwrap());
        let got: Vec<usize> = find(s, &[org], &[]).into_iter().map(|h| h.start).collect();
        assert_eq!(got, [s.rfind("Tây Sơn").unwrap()]);
        // Where in a place a text says with "phía", the place is still named.
        assert_eq!(find("các xã phía Nam Tây Sơn", &[], &[]).len(), 1);
        // A known longer name is that name.
        assert_eq!(find("huyện Nam Từ Liêm", &[], &[]).iter().map(|h| h.end - h.start).collect::<Vec<_>>(), ["Nam Từ Liêm".len()]);
    }

    #[test]
    fn the_city_named_for_a_man_needs_its_unit_word() {
        let s = "Học tập tư tưởng Hồ Chí Minh; Đoàn Thanh niên Cộng sản Hồ Chí Minh; Sở Y tế TP. Hồ Chí Minh; Thành phố Hồ Chí Minh.";
        let org = (s.find("Đoàn").unwrap(), s.find("; Sở").unwrap());
        let got: Vec<usize> = find(s, &[org], &[]).into_iter().map(|h| h.start).collect();
        assert_eq!(got, [s.find("TP. Hồ").unwrap() + 4, s.find("Thành phố Hồ").unwrap() + "Thành phố ".len()]);
    }

    #[test]
    fn six_fields_agree_with_split() {
        for line in ["a\tb\tc\td\te\tf", "a\tb\tc\td\te\tf\tg\th", "a\tb\tc\td\te", "", "\t\t\t\t\t", "Hà\tx\t1\tnew\t\tHà Nội", "a\tb"] {
            let f: Vec<&str> = line.split('\t').collect();
            let want = (f.len() >= 6).then(|| [f[0], f[1], f[2], f[3], f[4], f[5]]);
            assert_eq!(six_fields(line), want, "{line:?}");
        }
        for line in data_lines(PLACES_TSV) {
            let f: Vec<&str> = line.split('\t').collect();
            assert_eq!(six_fields(line), (f.len() >= 6).then(|| [f[0], f[1], f[2], f[3], f[4], f[5]]), "{line:?}");
        }
    }

    #[test]
    fn gazetteer_loads_both_eras() {
        let g = &*GAZETTEER;
        assert!(g.names.len() > 5000);
        let hn = g.lookup("Hà Nội").expect("Hà Nội");
        assert!(hn.iter().any(|u| u.is_province()));
    }

    #[test]
    fn every_name_is_its_own_longest_match() {
        let g = &*GAZETTEER;
        for (id, name) in g.names.iter().enumerate() {
            assert_eq!(g.trie.longest_at(name.as_bytes()), Some((id, name.len())), "{name}");
            assert_eq!(g.lookup(name).map(<[Unit]>::len), Some(g.units_of(id).len()));
        }
        assert!(g.units_of(0).len() >= 1 && g.unit_starts.len() == g.names.len() + 1);
    }

    #[test]
    fn matches_are_leftmost_longest_and_do_not_overlap() {
        let g = &*GAZETTEER;
        let s = "xHà Nội, Hà Nộii và Hà";
        let got: Vec<&str> = g.matches(s).map(|(a, b, id)| {
            assert_eq!(g.names[id], &s[a..b]);
            &s[a..b]
        }).collect();
        assert!(got.starts_with(&["Hà Nội", "Hà Nội"]), "{got:?}");
        // A brute-force leftmost-longest scan agrees.
        let mut want = Vec::new();
        let mut p = 0;
        while p < s.len() {
            let longest = g.names.iter().filter(|n| s.as_bytes()[p..].starts_with(n.as_bytes())).map(|n| n.len()).max();
            match longest {
                Some(len) => {
                    want.push(&s[p..p + len]);
                    p += len;
                }
                None => p += 1,
            }
        }
        assert_eq!(got, want);
    }

    /// The matches as the plain definition gives them: from each byte, the longest name
    /// there, resuming after it.
    fn plain_matches(g: &Gazetteer, s: &str) -> Vec<(usize, usize, usize)> {
        let longest = g.names.iter().map(|n| n.len()).max().unwrap_or(0);
        let bytes = s.as_bytes();
        let mut got = Vec::new();
        let mut p = 0;
        while p < bytes.len() {
            let found = (1..=longest.min(bytes.len() - p)).rev().find_map(|len| {
                let id = g.names.binary_search_by(|n| n.as_bytes().cmp(&bytes[p..p + len])).ok()?;
                Some((id, len))
            });
            match found {
                Some((id, len)) => {
                    got.push((p, p + len, id));
                    p += len;
                }
                None => p += 1,
            }
        }
        got
    }

    #[test]
    fn matches_agree_with_the_plain_definition_on_generated_text() {
        use vanban_plugin_sdk::testing::Rng;
        let g = &*GAZETTEER;
        // Capitals and small letters sharing lead bytes, digits, and the bytes around names.
        let chars: Vec<char> = "aàáâãảạăắằấầậđeéêếềệiíìỉĩịoóòôốồổộơớờởợuúùủũụưứừửữựyýỳỷỹ\
            AÀÁÂÃẢẠĂẮẰẤẦẬĐEÉÊẾỀỆIÍÌỈĨỊOÓÒÔỐỒỔỘƠỚỜỞỢUÚÙỦŨỤƯỨỪỬỮỰYÝỲỶỸ \
            0123456789.,;:-–()\n\tTHNBCLPhgnt"
            .chars()
            .collect();
        let mut rng = Rng(0x5EED_1ACE_0000_0008);
        let mut matched = 0;
        for _ in 0..400 {
            let mut s = String::new();
            while s.len() < 300 {
                match rng.below(4) {
                    // A whole name, a name cut short, or one with its first letter small.
                    0 | 1 => {
                        let name = g.names[rng.below(g.names.len())];
                        let cut: Vec<usize> = name.char_indices().map(|(i, _)| i).chain([name.len()]).collect();
                        let end = if rng.below(3) == 0 { cut[rng.below(cut.len())] } else { name.len() };
                        if rng.below(5) == 0 {
                            s.extend(name[..end].chars().enumerate().map(|(i, c)| if i == 0 { c.to_lowercase().next().unwrap_or(c) } else { c }));
                        } else {
                            s.push_str(&name[..end]);
                        }
                    }
                    _ => {
                        for _ in 0..rng.below(6) {
                            s.push(chars[rng.below(chars.len())]);
                        }
                    }
                }
                if rng.below(2) == 0 {
                    s.push(' ');
                }
            }
            let got: Vec<(usize, usize, usize)> = g.matches(&s).collect();
            assert_eq!(got, plain_matches(g, &s), "{s}");
            matched += got.len();
        }
        assert!(matched > 4000, "{matched}");
    }

    #[test]
    fn word_pairs_are_found_where_a_search_per_word_finds_them() {
        let unit_words: Vec<&str> = COMMUNE_WORDS.iter().chain(UPPER_UNIT_WORDS).copied().collect();
        let village_words: Vec<String> = VILLAGE_WORDS.iter().flat_map(|w| [w.to_string(), crate::stages::extract::sentence_case(w)]).collect();
        let village_words: Vec<&str> = village_words.iter().map(String::as_str).collect();
        let mut texts = vec![
            "Thôn Nà Lìu, thôn Bến; THÔN 3; ấp 3, Ấp 4; Xã Hòa, xã Bình, XÃ An; Thị trấn A, thị trấn B; thành phố Vinh, Thành phố Huế, THÀNH PHỐ; Đặc khu Phú Quốc".to_string(),
            // Words of both lists inside and next to one another.
            "đặc khu phố, Đặc khu phố; tổ dân phố xã; khu phố thị trấn".to_string(),
        ];
        texts.push(texts[0].repeat(3));
        for pairs in [&unit_words, &village_words] {
            for (i, w) in pairs.iter().enumerate() {
                // Small letters, then the same word with a capital, whose lower case it is.
                assert_eq!(lower_same_len(pairs[i / 2 * 2]), pairs[i / 2 * 2], "{w}");
                assert_eq!(lower_same_len(w), pairs[i / 2 * 2], "{w}");
                // No word overlaps itself: a search's non-overlapping matches are all of them.
                assert!((1..w.len()).all(|k| !w.is_char_boundary(k) || !w.ends_with(&w[..k])), "{w}");
            }
            // No word opens another: a match's start holds one word.
            let small: Vec<&str> = pairs.iter().step_by(2).copied().collect();
            assert!(small.iter().all(|a| small.iter().all(|b| a == b || !b.starts_with(a))), "{small:?}");
            let words = small_words_automaton(pairs);
            for s in texts.iter().map(String::as_str).chain([""]) {
                let want: Vec<(usize, usize)> = pairs.iter().enumerate().flat_map(|(k, w)| s.match_indices(w).map(move |(a, _)| (k, a))).collect();
                assert_eq!(word_pairs_in(s, &lower_same_len(s), pairs, &words), want, "{s}");
            }
        }
    }

    #[test]
    fn only_provinces_have_a_code_of_two() {
        // `province_named` leaves out the villages and the unlisted units, whose codes are
        // none or a ward's or district's ("phường 4", "Quận 5").
        let g = &*GAZETTEER;
        assert!(g.units.iter().filter(|u| u.code.len() == 2).all(|u| matches!(u.kind, "tỉnh" | "thành phố")));
    }

    #[test]
    fn merged_province_resolves_to_the_new_one() {
        // Sóc Trăng merged into Cần Thơ in 2025.
        let s = "Sở Y tế tỉnh Sóc Trăng";
        let hits = find(s, &[], &[]);
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].normalized, Some(Normalized::Text("Cần Thơ".into())));
    }

    #[test]
    fn a_known_name_opening_an_organisation_is_no_place() {
        // "Trường Trung" is a commune; here it is a school's kind and the start of its level.
        let s = "Trường Trung học phổ thông Hòa Lạc khai giảng.";
        let org = (0, s.find(" khai").unwrap());
        assert!(find(s, &[org], &[]).iter().all(|h| h.start != 0), "{:?}", find(s, &[org], &[]));
        // A name the organisation is all of stays a place.
        let s = "Trường Trung có 3 ca.";
        assert!(find(s, &[(0, "Trường Trung".len())], &[]).iter().any(|h| h.start == 0));
    }

    #[test]
    fn a_longer_unknown_name_is_not_its_known_start() {
        // The longer name is a district the gazetteer does not list: itself, with no code.
        let s = "huyện Hòa Bình Xuân mới thành lập";
        let got: Vec<(&str, Option<String>)> = find(s, &[], &[]).into_iter().map(|h| (&s[h.start..h.end], h.code)).collect();
        assert_eq!(got, [("Hòa Bình Xuân", None)]);
        assert_eq!(find("huyện Hòa Bình, tỉnh", &[], &[]).len(), 1);
    }

    #[test]
    fn shared_commune_names_take_the_document_province() {
        // Several provinces have a commune of this name; the district settles it.
        let s = "tại huyện Chợ Lách có 1 ca ở xã Vĩnh Thành";
        let hits = find(s, &[], &[]);
        assert_eq!(hits.len(), 2);
        assert_eq!(hits[0].normalized, hits[1].normalized);
    }

    #[test]
    fn names_listed_after_a_unit_word_are_of_its_kind() {
        let s = "khám sàng lọc tại 4 xã Pù Nhi, Quang Chiểu, Tam Chung và Mường Chanh.";
        let names: Vec<&str> = find(s, &[], &[]).iter().map(|h| &s[h.start..h.end]).collect();
        assert_eq!(names, ["Pù Nhi", "Quang Chiểu", "Tam Chung", "Mường Chanh"]);
    }

    #[test]
    fn short_forms_of_a_city() {
        let s = "gửi mẫu về Viện Pasteur TP.HCM và Bệnh viện Bệnh nhiệt đới TP. HCM";
        let hits = find(s, &[], &[]);
        let got: Vec<(&str, Option<&str>)> = hits.iter().map(|h| (&s[h.start..h.end], h.code.as_deref())).collect();
        assert_eq!(got, [("TP.HCM", Some("79")), ("TP. HCM", Some("79"))]);
    }

    #[test]
    fn the_titles_province_settles_a_shared_name_the_body_alone_does_not() {
        assert_eq!(province_named("Giám sát ổ dịch tại tỉnh Tây Ninh"), Some("Tây Ninh"));
        assert_eq!(province_named("Giám sát ổ dịch tại huyện Châu Thành"), None, "a district of several provinces");
        assert_eq!(province_named("Tây Ninh và Lạng Sơn phối hợp"), None, "two provinces");
        let codes = |s: &str, hint| find_in(s, &lower_same_len(s), &[], &[], hint).into_iter().map(|h| h.code.unwrap_or_default()).collect::<Vec<_>>();
        let s = "Đoàn đến giám sát ổ dịch tại xã Long Hòa.";
        assert_eq!(codes(s, Some("Tây Ninh")), ["28123"]);
        // A place the body names alone still rules, and a hint no candidate fits is no help.
        assert_eq!(codes("Tại tỉnh Trà Vinh, xã Long Hòa có 3 ca.", Some("Tây Ninh")), ["84", "29413"]);
        assert_eq!(codes(s, Some("Điện Biên")), codes(s, None));
    }

    #[test]
    fn renamed_district_still_resolves() {
        // Became a "thị xã" before the text's "huyện" was updated.
        assert_eq!(find("các huyện Mộc Châu, Mai Sơn", &[], &[]).len(), 2);
    }

    #[test]
    fn a_shared_district_name_takes_the_old_province_named() {
        let codes = |s: &str| find(s, &[], &[]).into_iter().map(|h| h.code.unwrap_or_default()).collect::<Vec<_>>();
        assert_eq!(codes("Tại tỉnh Tiền Giang, huyện Châu Thành có 76 ca."), ["82", "821"]);
        // "Đồng Tháp" names the old province and the new one alike: the new one, as before.
        assert_eq!(codes("Tại tỉnh Đồng Tháp, huyện Châu Thành có 76 ca."), ["82", "877"]);
    }

    #[test]
    fn names_as_texts_write_them() {
        // The source writes "KBang" and "Cai Lậy (Huyện)"; texts write "Kbang" and "Cai Lậy".
        let codes = |s: &str| find(s, &[], &[]).into_iter().map(|h| h.code.unwrap_or_default()).collect::<Vec<_>>();
        assert_eq!(codes("huyện Kbang, tỉnh Gia Lai"), ["625", "52"]);
        assert_eq!(codes("huyện KBang"), ["625"]);
        assert_eq!(codes("huyện Cai Lậy"), ["820"]);
        assert_eq!(without_kind_in_brackets("Cao Lãnh (Thành phố)"), "Cao Lãnh");
        assert_eq!(one_capital_per_word("Ea H'MLay").as_deref(), Some("Ea H'mlay"));
        assert_eq!(one_capital_per_word("IV"), None);
    }

    #[test]
    fn communes_the_gazetteer_does_not_list_by_their_word() {
        let s = "Ổ dịch tại xã Pác Nặm Thượng; Phường Lũng Khoai Tây có 3 ca; các xã Na Lìu Đông, Mỏ Ràng Hạ và Khuổi Sáo Nam; xã hội hóa; xã Ba Tiến Anh Dũng Mạnh.";
        let got: Vec<(&str, Option<String>)> = find(s, &[], &[]).into_iter().map(|h| (&s[h.start..h.end], h.code)).collect();
        let want = ["Pác Nặm Thượng", "Lũng Khoai Tây", "Na Lìu Đông", "Mỏ Ràng Hạ", "Khuổi Sáo Nam"];
        assert_eq!(got, want.map(|w| (w, None)));
    }

    #[test]
    fn districts_and_provinces_the_gazetteer_does_not_list_by_their_word() {
        let s = "Huyện Đông Sơn Hà thuộc tỉnh Hòa Vân Thượng; các huyện Mây Ngàn Tây và Suối Lân Hạ; Tỉnh Đoàn Hòa Vân Thượng; Huyện Hội Chữ thập đỏ; UBND tỉnh Phó Chủ tịch; thị xã Bến Gò Lâm.";
        let got: Vec<(&str, Option<String>)> = find(s, &[], &[]).into_iter().map(|h| (&s[h.start..h.end], h.code)).collect();
        let want = ["Đông Sơn Hà", "Hòa Vân Thượng", "Mây Ngàn Tây", "Suối Lân Hạ", "Bến Gò Lâm"];
        assert_eq!(got, want.map(|w| (w, None)));
        // No list of units goes on after a body's name.
        assert!(find("Tỉnh Đoàn Hòa Vân và Thành Đoàn Bắc Lâm tham gia.", &[], &[]).is_empty());
    }

    #[test]
    fn regions_are_places_with_no_code() {
        let s = "Khu vực Tây Nguyên và Đồng bằng sông Cửu Long tăng; miền Trung giảm; phía miền Bắc Hòa Đông mưa; gió mùa Đông Bắc về.";
        let got: Vec<(&str, Option<String>)> = find(s, &[], &[]).into_iter().map(|h| (&s[h.start..h.end], h.code)).collect();
        assert_eq!(got[..3], [("Tây Nguyên", None), ("Đồng bằng sông Cửu Long", None), ("miền Trung", None)]);
        assert!(got.iter().all(|(t, _)| !t.starts_with("miền Bắc") && *t != "Đông Bắc"), "{got:?}");
    }

    #[test]
    fn one_syllable_needs_a_unit_word() {
        assert!(find("Ông Vinh nói", &[], &[]).is_empty());
        assert_eq!(find("tại thành phố Vinh", &[], &[]).len(), 1);
    }
}
