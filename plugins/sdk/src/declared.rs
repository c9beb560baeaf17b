//! What a web page declares about its article: title, publication date and authors from
//! its JSON-LD and meta tags. For the generic extractor and the style plugins alike.

use crate::text::same_text;
use crate::PageMeta;
use serde_json::Value;

/// What the page declares about its article.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Declared {
    pub headline: Option<String>,
    pub published: Option<String>,
    pub authors: Vec<String>,
}

/// JSON-LD `@type`s that describe an article.
const ARTICLE_TYPES: &[&str] =
    &["newsarticle", "article", "blogposting", "reportagenews", "analysisnewsarticle", "opinionnewsarticle", "report", "scholarlyarticle", "techarticle"];

/// Reads the JSON-LD article object first, then the meta tags.
pub fn declared(meta: &PageMeta) -> Declared {
    let mut d = meta.json_ld.iter().find_map(|raw| json_ld_article(raw)).unwrap_or_default();
    // A site that names itself as the author names no writer.
    let site = meta.site_name.as_deref();
    d.authors.retain(|a| !same_name(a, site));
    if d.headline.is_none() {
        d.headline = meta.og_title.clone().filter(|t| !t.trim().is_empty());
    }
    if d.published.is_none() {
        d.published = meta.published.as_deref().and_then(normalise_date);
    }
    if d.authors.is_empty() {
        if let Some(a) = meta.author.as_deref().filter(|a| is_name(a) && !same_name(a, site)) {
            d.authors.push(a.trim().to_string());
        }
    }
    d
}

/// The first article object in one JSON-LD script (which may hold a list or an `@graph`).
fn json_ld_article(raw: &str) -> Option<Declared> {
    let value: Value = serde_json::from_str(raw).ok()?;
    // Explicit stack: JSON-LD graphs nest objects in lists in objects.
    let mut stack = vec![&value];
    while let Some(v) = stack.pop() {
        match v {
            Value::Array(items) => stack.extend(items.iter().rev()),
            Value::Object(map) => {
                if is_article(map.get("@type")) {
                    return Some(read_article(map));
                }
                if let Some(graph) = map.get("@graph") {
                    stack.push(graph);
                }
            }
            _ => {}
        }
    }
    None
}

fn is_article(kind: Option<&Value>) -> bool {
    match kind {
        Some(Value::String(s)) => ARTICLE_TYPES.contains(&s.to_ascii_lowercase().as_str()),
        Some(Value::Array(items)) => items.iter().any(|i| is_article(Some(i))),
        _ => false,
    }
}

fn read_article(map: &serde_json::Map<String, Value>) -> Declared {
    let text = |key: &str| map.get(key).and_then(Value::as_str).map(str::trim).filter(|s| !s.is_empty()).map(str::to_string);
    let mut authors = Vec::new();
    if let Some(a) = map.get("author") {
        collect_names(a, &mut authors);
    }
    // The publisher named as the author is the site, not a writer.
    let publisher = map.get("publisher").and_then(|p| p.get("name")).and_then(Value::as_str);
    authors.retain(|a| !same_name(a, publisher));
    Declared {
        headline: text("headline").or_else(|| text("name")),
        published: text("datePublished").as_deref().and_then(normalise_date),
        authors,
    }
}

/// Names from an `author` value: a string, a `Person` object or a list of either.
fn collect_names(v: &Value, out: &mut Vec<String>) {
    let items: Vec<&Value> = match v {
        Value::Array(items) => items.iter().collect(),
        other => vec![other],
    };
    for item in items {
        let name = match item {
            Value::String(s) => Some(s.as_str()),
            // An organisation (the paper, its newsroom) is credited, not a writer.
            Value::Object(m) if !is_organization(m.get("@type")) => m.get("name").and_then(Value::as_str),
            _ => None,
        };
        if let Some(name) = name.map(str::trim).filter(|n| is_name(n)) {
            if !out.iter().any(|o| o == name) {
                out.push(name.to_string());
            }
        }
    }
}

/// JSON-LD `@type`s of an organisation rather than a person.
const ORGANIZATION_TYPES: &[&str] = &["organization", "newsmediaorganization", "corporation", "governmentorganization", "website"];

fn is_organization(kind: Option<&Value>) -> bool {
    match kind {
        Some(Value::String(s)) => ORGANIZATION_TYPES.contains(&s.to_ascii_lowercase().as_str()),
        Some(Value::Array(items)) => items.iter().any(|i| is_organization(Some(i))),
        _ => false,
    }
}

/// Whether `a` is `b`, case and spacing aside.
fn same_name(a: &str, b: Option<&str>) -> bool {
    b.is_some_and(|b| same_text(a, b))
}

/// An author value that is a name, not a profile URL or an empty string.
fn is_name(s: &str) -> bool {
    let s = s.trim();
    !s.is_empty() && s.chars().count() <= 80 && !s.contains("://") && !s.starts_with("www.")
}

/// "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM" from an ISO 8601 date as pages write it.
pub fn normalise_date(s: &str) -> Option<String> {
    let s = s.trim();
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b.get(r.clone()).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    if !(digits(0..4) && b.get(4) == Some(&b'-') && digits(5..7) && b.get(7) == Some(&b'-') && digits(8..10)) {
        return None;
    }
    let date = &s[..10];
    let has_time = matches!(b.get(10), Some(b'T' | b' ')) && digits(11..13) && b.get(13) == Some(&b':') && digits(14..16);
    Some(if has_time { format!("{date}T{}", &s[11..16]) } else { date.to_string() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_ld_wins_over_meta() {
        let meta = PageMeta {
            og_title: Some("Site title".into()),
            published: Some("2021-01-01".into()),
            json_ld: vec![r#"{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"X"},
                {"@type":["NewsArticle"],"headline":"Real headline","datePublished":"2023-04-05T08:09:10+07:00",
                 "author":[{"@type":"Person","name":"Tran Van Mot"},"https://example.org/u/1"]}]}"#
                .into()],
            ..PageMeta::default()
        };
        let d = declared(&meta);
        assert_eq!(d.headline.as_deref(), Some("Real headline"));
        assert_eq!(d.published.as_deref(), Some("2023-04-05T08:09"));
        assert_eq!(d.authors, vec!["Tran Van Mot".to_string()]);
    }

    #[test]
    fn the_site_or_an_organisation_is_no_author() {
        let meta = PageMeta {
            site_name: Some("Báo Sức Khỏe Miền Núi".into()),
            author: Some("báo sức khỏe  miền núi".into()),
            json_ld: vec![r#"{"@type":"NewsArticle","headline":"H","author":{"@type":"Organization","name":"Tòa soạn Miền Núi"},
                "publisher":{"@type":"Organization","name":"Tòa soạn Miền Núi"}}"#.into()],
            ..PageMeta::default()
        };
        assert!(declared(&meta).authors.is_empty());
        // A person's name given as a plain string that equals the publisher's is the site's too.
        let meta = PageMeta {
            json_ld: vec![r#"{"@type":"NewsArticle","author":["Tòa soạn Miền Núi","Lò Văn Pấng"],"publisher":{"name":"Tòa soạn Miền Núi"}}"#.into()],
            ..PageMeta::default()
        };
        assert_eq!(declared(&meta).authors, ["Lò Văn Pấng"]);
    }

    #[test]
    fn meta_tags_fill_in() {
        let meta = PageMeta { og_title: Some("Og".into()), published: Some("2022-02-03".into()), author: Some("Le Thi Hai".into()), ..PageMeta::default() };
        let d = declared(&meta);
        assert_eq!(d.headline.as_deref(), Some("Og"));
        assert_eq!(d.published.as_deref(), Some("2022-02-03"));
        assert_eq!(d.authors, vec!["Le Thi Hai".to_string()]);
        assert_eq!(normalise_date("03/02/2022"), None);
    }
}
