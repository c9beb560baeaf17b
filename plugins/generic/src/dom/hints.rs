//! What an element's tag and its id/class words say about its content: article-like,
//! or a kind of boilerplate (navigation, sidebar, comments, ...).

use rustc_hash::FxHashMap;
use std::sync::LazyLock;

/// Boilerplate kinds, with the reason recorded for blocks removed under them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Noise {
    Navigation,
    Sidebar,
    Comments,
    Footer,
    Related,
    Share,
    Advert,
    Subscribe,
    Tags,
    /// Figures, galleries and their captions and credits: kept as captions, not body.
    Media,
    /// Matched one of the caller's exclude hints.
    Excluded,
}

impl Noise {
    pub fn reason(self) -> &'static str {
        match self {
            Noise::Navigation => "navigation",
            Noise::Sidebar => "sidebar",
            Noise::Comments => "comments",
            Noise::Footer => "footer",
            Noise::Related => "related",
            Noise::Share => "share",
            Noise::Advert => "advertisement",
            Noise::Subscribe => "subscribe",
            Noise::Tags => "tags",
            Noise::Media => "caption",
            Noise::Excluded => "excluded",
        }
    }
}

/// Words that mark boilerplate when a class/id word contains them.
const NOISE_PARTS: &[(&str, Noise)] = &[
    ("comment", Noise::Comments),
    ("disqus", Noise::Comments),
    ("respond", Noise::Comments),
    ("binhluan", Noise::Comments),
    ("sidebar", Noise::Sidebar),
    ("widget", Noise::Sidebar),
    ("footer", Noise::Footer),
    ("copyright", Noise::Footer),
    ("navbar", Noise::Navigation),
    ("navigation", Noise::Navigation),
    ("breadcrumb", Noise::Navigation),
    ("pagination", Noise::Navigation),
    ("masthead", Noise::Navigation),
    ("related", Noise::Related),
    ("recommend", Noise::Related),
    ("outbrain", Noise::Related),
    ("taboola", Noise::Related),
    ("trending", Noise::Related),
    ("popular", Noise::Related),
    ("lienquan", Noise::Related),
    ("social", Noise::Share),
    ("sharing", Noise::Share),
    ("sharebar", Noise::Share),
    ("advert", Noise::Advert),
    ("sponsor", Noise::Advert),
    ("promo", Noise::Advert),
    ("banner", Noise::Advert),
    ("quangcao", Noise::Advert),
    ("newsletter", Noise::Subscribe),
    ("subscribe", Noise::Subscribe),
    ("signup", Noise::Subscribe),
    ("cookie", Noise::Subscribe),
    ("paywall", Noise::Subscribe),
    ("popup", Noise::Subscribe),
    ("modal", Noise::Subscribe),
    ("caption", Noise::Media),
    ("gallery", Noise::Media),
    ("slideshow", Noise::Media),
    ("carousel", Noise::Media),
    ("lightbox", Noise::Media),
];

/// Words that mark boilerplate only as a whole class/id word ("ad" but not "header").
const NOISE_WORDS: &[(&str, Noise)] = &[
    ("nav", Noise::Navigation),
    ("menu", Noise::Navigation),
    ("topbar", Noise::Navigation),
    ("share", Noise::Share),
    ("shares", Noise::Share),
    ("ad", Noise::Advert),
    ("ads", Noise::Advert),
    ("adv", Noise::Advert),
    ("rail", Noise::Sidebar),
    ("aside", Noise::Sidebar),
    ("tag", Noise::Tags),
    ("tags", Noise::Tags),
    ("keywords", Noise::Tags),
    ("foot", Noise::Footer),
    ("more", Noise::Related),
    ("credit", Noise::Media),
    ("credits", Noise::Media),
];

/// Class prefixes of page builders, whose wrapper classes say nothing about the content.
const BUILDER_PREFIXES: &[&str] = &["elementor", "vc_", "wp-block", "et_pb", "fl-", "wpb_", "fusion-"];

/// Words that mark the article when a class/id word contains them.
const ARTICLE_PARTS: &[&str] =
    &["article", "content", "entry", "story", "hentry", "detail", "noidung", "chitiet", "articlebody", "storybody"];

/// Words that mark the article only as a whole class/id word.
const ARTICLE_WORDS: &[&str] = &["post", "main", "body", "text", "blog", "news", "page", "single"];

/// What an element's hint and tag say.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Signal {
    pub article: bool,
    pub noise: Option<Noise>,
}

/// Words that, just before a boilerplate word in one class name, say the element is a
/// layout wrapper that holds such a part beside something else ("content-with-sidebar").
const LAYOUT_MODIFIERS: &[&str] = &["with", "has", "no", "without"];

/// Reads an element's tag and "id class" hint; `exclude` are caller-given hint words.
#[cfg(test)]
pub fn signal(tag: &str, hint: &str, exclude: &[&str]) -> Signal {
    HintReader::with_capacity(exclude, 0).signal(tag, hint)
}

/// Reads the hints of one page, each class name once: pages repeat a few class names
/// ("item", "col-md-4") on thousands of elements, in ever new combinations.
pub struct HintReader<'a, 'e> {
    exclude: &'e [&'e str],
    /// None: a page-builder class, skipped.
    tokens: FxHashMap<&'a str, Option<TokenRead>>,
}

impl<'a, 'e> HintReader<'a, 'e> {
    /// A reader ready for about `names` distinct class names without growing its cache.
    pub fn with_capacity(exclude: &'e [&'e str], names: usize) -> Self {
        HintReader { exclude, tokens: FxHashMap::with_capacity_and_hasher(names, Default::default()) }
    }

    pub fn signal(&mut self, tag: &str, hint: &'a str) -> Signal {
        let exclude = self.exclude;
        let mut s = Signal { article: matches!(tag, "article" | "main"), noise: tag_noise(tag) };
        if matches!(tag, "body" | "html") {
            // Page-wide classes ("has-sidebar", "single-post") say nothing about one part.
            return s;
        }
        let mut weak = false;
        // A class name that names the article and no boilerplate ("article-body" beside
        // "pagination-first"): the element is the article, its other classes are styling.
        let mut article_token = false;
        for token in hint_words(hint) {
            let Some(read) = *self.tokens.entry(token).or_insert_with(|| read_class(token, exclude)) else { continue };
            if read.excluded {
                return Signal { article: false, noise: Some(Noise::Excluded) };
            }
            if s.noise.is_none() {
                s.noise = read.noise;
                weak = read.weak;
            }
            s.article |= read.article;
            article_token |= read.strong_article && read.noise.is_none();
        }
        // Comments and related links are never the article, whatever else the element is called.
        let layout_noise = !matches!(s.noise, Some(Noise::Comments | Noise::Related | Noise::Media));
        if tag_noise(tag).is_none() && s.article && (weak || (article_token && layout_noise)) {
            // "post tag-books" on a blog entry: the short word is a label, not a part of the page.
            s.noise = None;
        }
        // Caller hints may span words ("box-related"): match them on the whole hint too.
        if exclude.iter().any(|e| e.contains(|c: char| !c.is_alphanumeric()) && hint.contains(e)) {
            return Signal { article: false, noise: Some(Noise::Excluded) };
        }
        s
    }
}

/// The words of a hint, as `str::split_whitespace` finds them. Hints are ASCII class
/// names nearly always: those are split on bytes, without decoding chars.
fn hint_words(hint: &str) -> impl Iterator<Item = &str> {
    let is_ascii = hint.is_ascii();
    let ascii = is_ascii.then(|| {
        let base = hint.as_ptr() as usize;
        hint.as_bytes()
            .split(|b| b.is_ascii_whitespace() || *b == 0x0B)
            .filter(|w| !w.is_empty())
            .filter_map(move |w| {
                let start = w.as_ptr() as usize - base;
                hint.get(start..start + w.len())
            })
    });
    let other = (!is_ascii).then(|| hint.split_whitespace());
    ascii.into_iter().flatten().chain(other.into_iter().flatten())
}

/// What one class name or id says; None for page-builder wrappers ("elementor-widget-container"),
/// which name the builder, not the content.
fn read_class(token: &str, exclude: &[&str]) -> Option<TokenRead> {
    let builder = BUILDER_PREFIXES.iter().any(|p| token.starts_with(p)) && !ARTICLE_PARTS.iter().any(|p| token.contains(p));
    (!builder).then(|| read_token(token, exclude))
}

/// What one class name or id says.
#[derive(Default, Clone, Copy)]
struct TokenRead {
    article: bool,
    /// Named by a telling part ("article", "content"), not a common word ("text", "page").
    strong_article: bool,
    noise: Option<Noise>,
    /// The noise came from a short whole word ("ad", "tag"), not a telling part.
    weak: bool,
    excluded: bool,
}

fn read_token(token: &str, exclude: &[&str]) -> TokenRead {
    let mut r = TokenRead::default();
    let mut previous = "";
    for word in token.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        if exclude.iter().any(|e| word.contains(e)) {
            r.excluded = true;
            return r;
        }
        // No listed whole word is longer than LONGEST_WORD: longer words skip the lists.
        let short = word.len() <= LONGEST_WORD;
        let layout = previous.len() <= LONGEST_WORD && LAYOUT_MODIFIERS.contains(&previous);
        previous = word;
        let parts = PartsFound::in_word(word);
        let strong = parts.article;
        r.strong_article |= strong;
        r.article |= strong || (short && ARTICLE_WORDS.contains(&word));
        if r.noise.is_some() || layout {
            continue;
        }
        r.noise = parts.first_noise();
        if r.noise.is_none() {
            r.noise = if short { NOISE_WORDS.iter().find(|(w, _)| word == *w).map(|(_, n)| *n) } else { None };
            r.weak = r.noise.is_some();
        }
    }
    r
}

/// Which of the part lists' words one class/id word contains. Every part is looked up
/// in one walk over the word (a part can only start where its first letter is), not one
/// substring search per part: pages carry thousands of distinct ids and class names.
struct PartsFound {
    /// Bit k: the word contains `NOISE_PARTS[k]`.
    noise: u64,
    /// The word contains one of `ARTICLE_PARTS`.
    article: bool,
}

/// One part of either list, filed under its first byte.
#[derive(Clone, Copy)]
enum Part {
    Noise(usize),
    Article,
}

/// The parts of both lists by first byte, and which first two bytes any part opens with.
struct PartTable {
    by_first_byte: Vec<Vec<(&'static [u8], Part)>>,
    /// Bit `b1` of word `b0 * 4 + b1 / 64`: some part opens with bytes b0, b1.
    openings: Vec<u64>,
}

impl PartTable {
    fn opens_part(&self, b0: u8, b1: u8) -> bool {
        let bit = usize::from(b0) * 256 + usize::from(b1);
        self.openings[bit / 64] & (1 << (bit % 64)) != 0
    }
}

static PARTS: LazyLock<PartTable> = LazyLock::new(|| {
    let mut table = PartTable { by_first_byte: vec![Vec::new(); 256], openings: vec![0; 256 * 256 / 64] };
    let noise = NOISE_PARTS.iter().enumerate().map(|(k, (p, _))| (p.as_bytes(), Part::Noise(k)));
    let article = ARTICLE_PARTS.iter().map(|p| (p.as_bytes(), Part::Article));
    for (p, kind) in noise.chain(article) {
        table.by_first_byte[usize::from(p[0])].push((p, kind));
        let bit = usize::from(p[0]) * 256 + usize::from(p[1]);
        table.openings[bit / 64] |= 1 << (bit % 64);
    }
    table
});

impl PartsFound {
    fn in_word(word: &str) -> PartsFound {
        const _: () = assert!(NOISE_PARTS.len() <= 64, "the noise parts must fit one u64 mask");
        const _: () = assert!(shortest_part() >= 2, "the walk compares second bytes first");
        let mut found = PartsFound { noise: 0, article: false };
        let bytes = word.as_bytes();
        let table = &*PARTS;
        // Every part is at least two bytes long: its first two bytes rule out most places
        // before any part is compared.
        for (at, pair) in bytes.windows(2).enumerate() {
            if !table.opens_part(pair[0], pair[1]) {
                continue;
            }
            for (part, kind) in &table.by_first_byte[usize::from(pair[0])] {
                if part[1] == pair[1] && bytes[at..].starts_with(part) {
                    match *kind {
                        Part::Noise(k) => found.noise |= 1 << k,
                        Part::Article => found.article = true,
                    }
                }
            }
        }
        found
    }

    /// The first of `NOISE_PARTS` (in list order) that the word contains.
    fn first_noise(&self) -> Option<Noise> {
        (self.noise != 0).then(|| NOISE_PARTS[self.noise.trailing_zeros() as usize].1)
    }
}

/// The byte length of the longest whole word listed (layout modifiers, article words,
/// noise words).
const LONGEST_WORD: usize = {
    let mut longest = 0;
    let mut k = 0;
    while k < LAYOUT_MODIFIERS.len() {
        if LAYOUT_MODIFIERS[k].len() > longest {
            longest = LAYOUT_MODIFIERS[k].len();
        }
        k += 1;
    }
    k = 0;
    while k < ARTICLE_WORDS.len() {
        if ARTICLE_WORDS[k].len() > longest {
            longest = ARTICLE_WORDS[k].len();
        }
        k += 1;
    }
    k = 0;
    while k < NOISE_WORDS.len() {
        if NOISE_WORDS[k].0.len() > longest {
            longest = NOISE_WORDS[k].0.len();
        }
        k += 1;
    }
    longest
};

/// The length of the shortest part of either list.
const fn shortest_part() -> usize {
    let mut shortest = usize::MAX;
    let mut k = 0;
    while k < NOISE_PARTS.len() {
        if NOISE_PARTS[k].0.len() < shortest {
            shortest = NOISE_PARTS[k].0.len();
        }
        k += 1;
    }
    k = 0;
    while k < ARTICLE_PARTS.len() {
        if ARTICLE_PARTS[k].len() < shortest {
            shortest = ARTICLE_PARTS[k].len();
        }
        k += 1;
    }
    shortest
}

fn tag_noise(tag: &str) -> Option<Noise> {
    match tag {
        "nav" => Some(Noise::Navigation),
        "aside" => Some(Noise::Sidebar),
        "footer" => Some(Noise::Footer),
        "figure" => Some(Noise::Media),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hint_words_split_as_split_whitespace_does() {
        for hint in ["", " ", "a  b\tc\u{b}d\u{c}e\r\nf ", "x\u{1c}y", "ảnh  bìa\u{a0}z", "  single"] {
            assert_eq!(hint_words(hint).collect::<Vec<_>>(), hint.split_whitespace().collect::<Vec<_>>(), "{hint:?}");
        }
    }

    #[test]
    fn part_walk_agrees_with_substring_search() {
        let words = ["sidebarwidget", "xcommentx", "footerfoot", "navigationbar", "storybodycontent", "rating", "detailed", "", "ảnhbanner", "x", "popularrelated"];
        for word in words {
            let found = PartsFound::in_word(word);
            let first = NOISE_PARTS.iter().find(|(p, _)| word.contains(p)).map(|(_, n)| *n);
            assert_eq!(found.first_noise(), first, "{word}");
            assert_eq!(found.article, ARTICLE_PARTS.iter().any(|p| word.contains(p)), "{word}");
            for (k, (p, _)) in NOISE_PARTS.iter().enumerate() {
                assert_eq!(found.noise & (1 << k) != 0, word.contains(p), "{word} {p}");
            }
        }
    }

    #[test]
    fn reads_hints() {
        assert_eq!(signal("div", "comment-list", &[]).noise, Some(Noise::Comments));
        assert_eq!(signal("div", "site-header", &[]).noise, None);
        assert_eq!(signal("div", "ad-slot", &[]).noise, Some(Noise::Advert));
        assert!(signal("div", "article-body", &[]).article);
        assert_eq!(signal("nav", "", &[]).noise, Some(Noise::Navigation));
        assert_eq!(signal("div", "box-tinkhac", &["tinkhac"]).noise, Some(Noise::Excluded));
    }

    #[test]
    fn layout_wrappers_are_not_boilerplate() {
        // The wrapper that holds the article beside a sidebar is not the sidebar.
        assert_eq!(signal("div", "content-with-sidebar-wrp", &[]).noise, None);
        assert_eq!(signal("div", "layout-has-comments", &[]).noise, None);
        assert_eq!(signal("div", "sidebar-inner", &[]).noise, Some(Noise::Sidebar));
    }

    #[test]
    fn article_class_outweighs_other_classes_but_comments_and_related() {
        // A styling class about paging does not make the article body navigation ...
        assert_eq!(signal("div", "article-body pagination-first", &[]).noise, None);
        assert!(signal("div", "article-body pagination-first", &[]).article);
        assert_eq!(signal("div", "box article modal-enabled", &[]).noise, None);
        // ... but comments and related links stay boilerplate whatever else is named.
        assert_eq!(signal("div", "entry-content comment-list", &[]).noise, Some(Noise::Comments));
        assert_eq!(signal("div", "related-articles", &[]).noise, Some(Noise::Related));
        assert_eq!(signal("div", "story-footer", &[]).noise, Some(Noise::Footer));
        // A common word ("text") is not enough to outweigh a footer class.
        assert_eq!(signal("div", "text-sm footer-legal", &[]).noise, Some(Noise::Footer));
    }
}
