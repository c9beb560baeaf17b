//! What an element's tag and its id/class words say about its content: article-like,
//! or a kind of boilerplate (navigation, sidebar, comments, ...).

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
];

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

/// Reads an element's tag and "id class" hint; `exclude` are caller-given hint words.
pub fn signal(tag: &str, hint: &str, exclude: &[&str]) -> Signal {
    let mut s = Signal { article: matches!(tag, "article" | "main"), noise: tag_noise(tag) };
    for word in hint.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        if exclude.iter().any(|e| word.contains(e)) {
            return Signal { article: false, noise: Some(Noise::Excluded) };
        }
        if s.noise.is_none() {
            s.noise = NOISE_PARTS
                .iter()
                .find(|(p, _)| word.contains(p))
                .or_else(|| NOISE_WORDS.iter().find(|(w, _)| word == *w))
                .map(|(_, n)| *n);
        }
        s.article |= ARTICLE_PARTS.iter().any(|p| word.contains(p)) || ARTICLE_WORDS.contains(&word);
    }
    // Caller hints may span words ("box-related"): match them on the whole hint too.
    if exclude.iter().any(|e| e.contains(|c: char| !c.is_alphanumeric()) && hint.contains(e)) {
        return Signal { article: false, noise: Some(Noise::Excluded) };
    }
    s
}

fn tag_noise(tag: &str) -> Option<Noise> {
    match tag {
        "nav" => Some(Noise::Navigation),
        "aside" => Some(Noise::Sidebar),
        "footer" => Some(Noise::Footer),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_hints() {
        assert_eq!(signal("div", "comment-list", &[]).noise, Some(Noise::Comments));
        assert_eq!(signal("div", "site-header", &[]).noise, None);
        assert_eq!(signal("div", "ad-slot", &[]).noise, Some(Noise::Advert));
        assert!(signal("div", "article-body", &[]).article);
        assert_eq!(signal("nav", "", &[]).noise, Some(Noise::Navigation));
        assert_eq!(signal("div", "box-tinkhac", &["tinkhac"]).noise, Some(Noise::Excluded));
    }
}
