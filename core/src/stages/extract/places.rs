//! Places: Vietnam's administrative units (both before and after July 2025) matched with
//! leftmost-longest over the text, settled by the unit word in front ("huyện", "TP", "xã" ...).

use super::text::{data_lines, is_alnum, is_capitalised, on_word_boundary, SpanSet};
use super::Hit;
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

/// The names as a byte trie in flat arrays: built in one pass over the sorted names with
/// no allocation per node (the gazetteer is loaded by every run, so its build cost counts).
struct Trie {
    /// The root's child for every byte (`NONE` for none): most bytes of a text start no
    /// name, and one table read rules them out.
    root: [u32; 256],
    /// Whether some name opens with each pair of bytes (`first * 256 + second`): the first
    /// byte alone is shared by small and capital letters (UTF-8 lead bytes), the pair is not.
    opens_pair: Vec<bool>,
    byte: Vec<u8>,
    first_child: Vec<u32>,
    /// Siblings are linked in increasing byte order.
    next_sibling: Vec<u32>,
    /// The name ending at each node, or `NONE`.
    name: Vec<u32>,
}

const NONE: u32 = u32::MAX;

pub static GAZETTEER: Lazy<Gazetteer> = Lazy::new(Gazetteer::load);

impl Gazetteer {
    fn load() -> Gazetteer {
        let mut rows: Vec<(&'static str, Unit)> = Vec::with_capacity(16_384);
        for line in data_lines(PLACES_TSV).skip(1) {
            let mut f = line.split('\t');
            let (Some(name), Some(kind), Some(code), Some(era), Some(_), Some(province_new)) =
                (f.next(), f.next(), f.next(), f.next(), f.next(), f.next())
            else {
                continue;
            };
            if name.is_empty() {
                continue;
            }
            rows.push((name, Unit { kind, code, new_era: era == "new", province_new }));
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
    /// Names are whole UTF-8 strings, so no name starts at a continuation byte and stepping
    /// byte by byte finds the same matches as stepping char by char.
    fn matches<'a>(&'a self, s: &'a str) -> impl Iterator<Item = (usize, usize, usize)> + 'a {
        let bytes = s.as_bytes();
        let mut p = 0;
        std::iter::from_fn(move || {
            while p < bytes.len() {
                // Most bytes start no name: skip them with one read each of a fixed-size table.
                let root = &self.trie.root;
                let Some(skip) = bytes[p..].iter().position(|&b| root[usize::from(b)] != NONE) else {
                    p = bytes.len();
                    break;
                };
                p += skip;
                let pair_closed = bytes.get(p + 1).is_some_and(|&b| !self.trie.opens_pair[usize::from(bytes[p]) << 8 | usize::from(b)]);
                if pair_closed {
                    p += 1;
                    continue;
                }
                if let Some((id, len)) = self.trie.longest_at(&bytes[p..]) {
                    let a = p;
                    p += len;
                    return Some((a, p, id));
                }
                p += 1;
            }
            None
        })
    }

    /// The units called exactly `name`.
    pub fn lookup(&self, name: &str) -> Option<&[Unit]> {
        self.names.binary_search(&name).ok().map(|i| self.units_of(i))
    }
}

impl Trie {
    /// The trie of sorted, distinct names. A name shares its first `lcp` bytes with the
    /// name before it; the nodes below that are new, and the first of them is the last
    /// child of its parent so far, so it goes after the previous name's node at that depth.
    fn build(names: &[&str]) -> Trie {
        let total: usize = names.iter().map(|n| n.len()).sum();
        let mut t = Trie {
            root: [NONE; 256],
            opens_pair: vec![false; 1 << 16],
            byte: Vec::with_capacity(total + 1),
            first_child: Vec::with_capacity(total + 1),
            next_sibling: Vec::with_capacity(total + 1),
            name: Vec::with_capacity(total + 1),
        };
        t.push(0);
        // path[d]: the node of the previous name's first d bytes (path[0] is the root).
        let mut path: Vec<u32> = vec![0];
        let mut prev: &[u8] = &[];
        for (id, name) in names.iter().enumerate() {
            let bytes = name.as_bytes();
            match bytes {
                [first, second, ..] => t.opens_pair[usize::from(*first) << 8 | usize::from(*second)] = true,
                [first] => t.opens_pair[usize::from(*first) << 8..(usize::from(*first) + 1) << 8].fill(true),
                [] => {}
            }
            let lcp = prev.iter().zip(bytes).take_while(|(a, b)| a == b).count();
            let older_sibling = path.get(lcp + 1).copied();
            path.truncate(lcp + 1);
            for (d, &b) in bytes.iter().enumerate().skip(lcp) {
                let node = t.push(b);
                let parent = path[d];
                // The root's children are found through its table, not its sibling list.
                if parent == 0 {
                    t.root[usize::from(b)] = node;
                } else if let Some(sibling) = older_sibling.filter(|_| d == lcp) {
                    t.next_sibling[sibling as usize] = node;
                } else {
                    t.first_child[parent as usize] = node;
                }
                path.push(node);
            }
            t.name[path[bytes.len()] as usize] = id as u32;
            prev = bytes;
        }
        t
    }

    fn push(&mut self, b: u8) -> u32 {
        let node = self.byte.len() as u32;
        self.byte.push(b);
        self.first_child.push(NONE);
        self.next_sibling.push(NONE);
        self.name.push(NONE);
        node
    }

    /// The child of `node` for byte `b`.
    fn child(&self, node: u32, b: u8) -> Option<u32> {
        let mut c = self.first_child[node as usize];
        while c != NONE {
            let cb = self.byte[c as usize];
            if cb >= b {
                return (cb == b).then_some(c);
            }
            c = self.next_sibling[c as usize];
        }
        None
    }

    /// The longest name `s` starts with, as (name index, byte length).
    fn longest_at(&self, s: &[u8]) -> Option<(usize, usize)> {
        let mut node = *self.root.get(usize::from(*s.first()?))?;
        if node == NONE {
            return None;
        }
        let mut best = None;
        let mut k = 1;
        loop {
            let id = self.name[node as usize];
            if id != NONE {
                best = Some((id as usize, k));
            }
            let Some(&b) = s.get(k) else { break };
            match self.child(node, b) {
                Some(c) => node = c,
                None => break,
            }
            k += 1;
        }
        best
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
pub fn find(s: &str, inside: &[(usize, usize)], blocked: &[(usize, usize)]) -> Vec<Hit> {
    let g = &*GAZETTEER;
    let inside: SpanSet = inside.iter().copied().collect();
    let blocked: SpanSet = blocked.iter().copied().collect();
    let mut found: Vec<(usize, usize, usize, Option<&'static [&'static str]>)> = Vec::new();
    for (a, b, id) in g.matches(s) {
        if !on_word_boundary(s, a, b) || !is_capitalised(&s[a..b]) || continues_as_a_name(&s[b..]) {
            continue;
        }
        if blocked.overlaps(a, b) {
            continue;
        }
        found.push((a, b, id, unit_word_before(s, a)));
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
    let home = home_province(&picks);
    let mut hits = Vec::new();
    for (a, b, candidates) in picks {
        let in_home = |u: &&&Unit| home.is_some_and(|h| u.province_new == h);
        let chosen = candidates.iter().filter(in_home).max_by_key(|u| rank(u)).or_else(|| candidates.iter().max_by_key(|u| rank(u)));
        if let Some(u) = chosen {
            let mut h = Hit::new(EntityKind::Location, a, b, Normalized::Text(u.province_new.to_string()));
            h.code = Some(u.code.to_string());
            hits.push(h);
        }
    }
    hits
}

/// Unit words of the district level, interchangeable across reorganisations.
const DISTRICT_KINDS: &[&str] = &["huyện", "quận", "thị xã", "thành phố"];

/// The province most of the unambiguous places belong to.
fn home_province(picks: &[(usize, usize, Vec<&Unit>)]) -> Option<&'static str> {
    let mut votes: BTreeMap<&'static str, usize> = BTreeMap::new();
    for (_, _, candidates) in picks {
        let first = candidates.first().map(|u| u.province_new);
        if candidates.iter().all(|u| Some(u.province_new) == first) {
            if let Some(p) = first {
                *votes.entry(p).or_default() += 1;
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

/// Higher is preferred: provinces, then districts, then communes; the newer era first.
fn rank(u: &Unit) -> (u8, u8, &'static str) {
    let level = if u.is_province() { 3 } else if u.is_district() { 2 } else { 1 };
    (level, u8::from(u.new_era), u.code)
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn merged_province_resolves_to_the_new_one() {
        // Sóc Trăng merged into Cần Thơ in 2025.
        let s = "Sở Y tế tỉnh Sóc Trăng";
        let hits = find(s, &[], &[]);
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].normalized, Some(Normalized::Text("Cần Thơ".into())));
    }

    #[test]
    fn a_longer_unknown_name_is_not_its_known_start() {
        assert!(find("huyện Hòa Bình Xuân mới thành lập", &[], &[]).is_empty());
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
    fn renamed_district_still_resolves() {
        // Became a "thị xã" before the text's "huyện" was updated.
        assert_eq!(find("các huyện Mộc Châu, Mai Sơn", &[], &[]).len(), 2);
    }

    #[test]
    fn one_syllable_needs_a_unit_word() {
        assert!(find("Ông Vinh nói", &[], &[]).is_empty());
        assert_eq!(find("tại thành phố Vinh", &[], &[]).len(), 1);
    }
}
