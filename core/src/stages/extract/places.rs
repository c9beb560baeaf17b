//! Places: Vietnam's administrative units (both before and after July 2025) matched with
//! leftmost-longest over the text, settled by the unit word in front ("huyện", "TP", "xã" ...).

use super::text::{data_lines, is_capitalised, on_word_boundary, SpanSet};
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
    units: Vec<Vec<Unit>>,
    /// The names as a byte trie: much cheaper to build than an automaton over thousands
    /// of names, and a text needs walks only where a name's first byte stands.
    trie: Vec<TrieNode>,
    /// The root's child for every byte (`u32::MAX` for none): most bytes of a text start
    /// no name, and one table read rules them out.
    root: Vec<u32>,
}

/// One node of the name trie: its children by byte, in byte order, and the name that ends here.
#[derive(Default)]
struct TrieNode {
    children: Vec<(u8, u32)>,
    name: Option<u32>,
}

pub static GAZETTEER: Lazy<Gazetteer> = Lazy::new(Gazetteer::load);

impl Gazetteer {
    fn load() -> Gazetteer {
        let mut by_name: BTreeMap<&'static str, Vec<Unit>> = BTreeMap::new();
        for line in data_lines(PLACES_TSV).skip(1) {
            let f: Vec<&'static str> = line.split('\t').collect();
            if f.len() < 6 || f[0].is_empty() {
                continue;
            }
            let unit = Unit { kind: f[1], code: f[2], new_era: f[3] == "new", province_new: f[5] };
            by_name.entry(f[0]).or_default().push(unit);
        }
        let names: Vec<&'static str> = by_name.keys().copied().collect();
        let units: Vec<Vec<Unit>> = by_name.into_values().collect();
        let trie = build_trie(&names);
        let mut root = vec![u32::MAX; 256];
        for &(b, child) in &trie[0].children {
            root[usize::from(b)] = child;
        }
        Gazetteer { names, units, trie, root }
    }

    /// The longest name `s` starts with, as (name index, byte length).
    fn longest_at(&self, s: &str) -> Option<(usize, usize)> {
        let first = *self.root.get(usize::from(*s.as_bytes().first()?))?;
        let mut node = self.trie.get(first as usize)?;
        let mut best = node.name.map(|id| (id as usize, 1));
        for (k, b) in s.bytes().enumerate().skip(1) {
            let Ok(i) = node.children.binary_search_by_key(&b, |c| c.0) else { break };
            node = &self.trie[node.children[i].1 as usize];
            if let Some(id) = node.name {
                best = Some((id as usize, k + 1));
            }
        }
        best
    }

    /// Non-overlapping leftmost-longest matches of the names in `s`, as (start, end, name
    /// index): from each byte, the longest name there, resuming after it.
    /// Names start at char boundaries, so stepping char by char misses none.
    fn matches<'a>(&'a self, s: &'a str) -> impl Iterator<Item = (usize, usize, usize)> + 'a {
        let mut p = 0;
        std::iter::from_fn(move || {
            while let Some(c) = s[p..].chars().next() {
                if let Some((id, len)) = self.longest_at(&s[p..]) {
                    let a = p;
                    p += len;
                    return Some((a, p, id));
                }
                p += c.len_utf8();
            }
            None
        })
    }

    /// The units called exactly `name`.
    pub fn lookup(&self, name: &str) -> Option<&[Unit]> {
        self.names.binary_search(&name).ok().map(|i| self.units[i].as_slice())
    }
}

/// Unit words that may stand before a place name, and the unit kinds each one admits.
/// The trie of the sorted names: inserting in byte order, a node's child for a byte is
/// its last child or a new one, so children stay sorted without searching.
fn build_trie(names: &[&str]) -> Vec<TrieNode> {
    let mut trie = vec![TrieNode::default()];
    for (id, name) in names.iter().enumerate() {
        let mut at = 0;
        for b in name.bytes() {
            let next = match trie[at].children.last() {
                Some(&(x, child)) if x == b => child as usize,
                _ => {
                    let child = trie.len();
                    trie.push(TrieNode::default());
                    trie[at].children.push((b, child as u32));
                    child
                }
            };
            at = next;
        }
        trie[at].name = Some(id as u32);
    }
    trie
}

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
        let units = &g.units[id];
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
    let word: &str = next.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
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
