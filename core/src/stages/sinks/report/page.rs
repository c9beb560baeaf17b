//! One document's section of the report: title, body with its entities marked, captions, the
//! tables of indicators, people, directives and entities, the administrative fields, what
//! was stripped and the warnings.

use super::html::{escape, legend, marked, or_dash, table, Marked, Span};
use crate::stages::sinks::csv::number;
use std::fmt::Write;
use vanban_plugin_sdk::{AdminDocument, Entity, Field, Normalized, PartialDate, Record};

/// The name a document goes by in the report: its title, else its file name.
pub fn display_name(r: &Record) -> (String, bool) {
    match r.title.as_deref().map(str::trim) {
        Some(t) if !t.is_empty() => (t.to_string(), true),
        _ => (file_name(&r.source.path).to_string(), false),
    }
}

/// The last part of a path, whatever the separator.
pub fn file_name(path: &str) -> &str {
    path.rsplit(['/', '\\']).find(|s| !s.is_empty()).unwrap_or(path)
}

fn tip(e: &Entity) -> String {
    let mut t = e.kind.as_str().to_string();
    match &e.normalized {
        Some(Normalized::Text(s)) if s != &e.text => {
            let _ = write!(t, ": {s}");
        }
        Some(Normalized::Range { start, end }) => {
            let _ = write!(t, ": {start} – {end}");
        }
        _ => {}
    }
    if let Some(code) = &e.code {
        let _ = write!(t, " [{code}]");
    }
    t
}

fn indicator_tip(i: &vanban_plugin_sdk::Indicator) -> String {
    let mut t = format!("{}: {}", i.subject, number(i.value));
    if let Some(u) = &i.unit {
        let _ = write!(t, " {u}");
    }
    t
}

/// The field's text with the record's entities for that field (and caption) marked.
fn marked_field(r: &Record, text: &str, field: Field, index: usize) -> String {
    let mut spans: Vec<Span> = r
        .entities
        .iter()
        .filter(|e| e.field == field && (field != Field::Captions || e.index == index))
        .map(|e| Span { start: e.start, end: e.end, what: Marked::Entity(e.kind), tip: tip(e) })
        .collect();
    if field == Field::Body {
        // Figures are underlined in the body; their offsets are in the body only.
        spans.extend(r.indicators.iter().map(|i| Span { start: i.start, end: i.end, what: Marked::Indicator, tip: indicator_tip(i) }));
    }
    marked(text, &mut spans)
}

/// Stands where the link to the next document goes, once the sink knows there is one.
pub const NEXT_LINK: &str = "<!--next-->";

/// The link that replaces [`NEXT_LINK`] when a next document exists; `href` leads to it.
pub fn next_link(href: &str) -> String {
    format!(" · <a href=\"{href}\">next →</a>")
}

/// Where a document's section links to: the index page listing it and the previous document.
pub struct Links<'a> {
    pub index: &'a str,
    pub previous: Option<&'a str>,
}

/// Document `n`'s section (`<article id="dN">`) of a file of document sections, whole.
#[cfg(test)]
pub fn render(r: &Record, n: usize, links: &Links) -> String {
    format!("{}{}{SECTION_END}", section_start(n, links), content(r))
}

/// What opens document `n`'s section: the anchor and the links, with [`NEXT_LINK`].
pub fn section_start(n: usize, links: &Links) -> String {
    let previous = links.previous.map(|href| format!(" · <a href=\"{href}\">← previous</a>")).unwrap_or_default();
    format!(
        "<article class=\"doc\" id=\"d{n}\">\n<nav class=\"top\"><a href=\"{}\">↑ All documents</a> · document {n}{previous}{NEXT_LINK}</nav>\n",
        links.index
    )
}

/// What closes a section.
pub const SECTION_END: &str = "</article>\n";

/// The document's part of its section, which depends on the record only: the sink's
/// encoder renders it on the worker threads.
pub fn content(r: &Record) -> String {
    let (name, titled) = display_name(r);
    let mut b = String::with_capacity(r.body.len() * 2 + 4096);
    if titled {
        let title = r.title.as_deref().unwrap_or("");
        let _ = writeln!(b, "<h1 class=\"title\">{}</h1>", marked_field(r, title, Field::Title, 0));
    } else {
        let _ = writeln!(b, "<h1 class=\"title untitled\">{} <span class=\"tag\">no title found</span></h1>", escape(&name));
    }
    b.push_str(&meta(r));
    if !r.warnings.is_empty() {
        b.push_str("<h2>Warnings</h2>\n<ul class=\"warnings\">\n");
        for w in &r.warnings {
            let _ = writeln!(b, "<li>{}</li>", escape(w));
        }
        b.push_str("</ul>\n");
    }
    let _ = writeln!(b, "<h2>Text</h2>\n{}", legend());
    if !r.captions.is_empty() {
        b.push_str("<ul class=\"captions\">\n");
        for (i, c) in r.captions.iter().enumerate() {
            let _ = writeln!(b, "<li>{}<span class=\"tag\">caption</span></li>", marked_field(r, c, Field::Captions, i));
        }
        b.push_str("</ul>\n");
    }
    let _ = writeln!(b, "<div class=\"body\">{}</div>", marked_field(r, &r.body, Field::Body, 0));
    b.push_str(&indicators(r));
    b.push_str(&people(r));
    b.push_str(&directives(r));
    if let Some(d) = &r.document {
        b.push_str(&admin(d));
    }
    b.push_str(&entities(r));
    b.push_str(&stripped(r));
    b
}

fn meta(r: &Record) -> String {
    let s = &r.source;
    let rows = vec![
        vec!["<b>Source</b>".into(), escape(&s.path)],
        vec!["<b>Style</b>".into(), or_dash(s.style.as_deref())],
        vec!["<b>Portal</b>".into(), or_dash(s.portal.as_deref())],
        vec!["<b>Published</b>".into(), or_dash(r.published.as_deref())],
        vec!["<b>Event date</b>".into(), or_dash(r.event_date.as_deref())],
        vec!["<b>Authors</b>".into(), or_dash(Some(&r.authors.join(", ")))],
        vec!["<b>Format / encoding</b>".into(), format!("{} / {}", or_dash(s.format.as_deref()), or_dash(s.encoding.as_deref()))],
        vec!["<b>Id</b>".into(), format!("<code>{}</code>", escape(&r.id))],
    ];
    table("meta", &[], &rows)
}

fn section(title: &str, class: &str, head: &[&str], rows: Vec<Vec<String>>) -> String {
    if rows.is_empty() {
        return String::new();
    }
    format!("<h2>{} ({})</h2>\n{}", escape(title), rows.len(), table(class, head, &rows))
}

fn indicators(r: &Record) -> String {
    let rows = r
        .indicators
        .iter()
        .map(|i| {
            let change = i.change.as_ref().map(|c| {
                let sign = if c.direction == "decrease" { "−" } else { "+" };
                format!("{sign}{} {}", number(c.value), c.unit.as_deref().unwrap_or(""))
            });
            vec![
                escape(&i.subject),
                format!("{}{}", i.qualifier.as_deref().map(|q| format!("{} ", escape(q))).unwrap_or_default(), number(i.value)),
                or_dash(i.unit.as_deref()),
                or_dash(change.as_deref()),
                or_dash(i.change.as_ref().and_then(|c| c.baseline.as_deref())),
                or_dash(i.period.as_ref().map(|p| format!("{} – {}", p.start, p.end)).as_deref()),
                escape(&i.text),
            ]
        })
        .collect();
    section("Indicators", "indicators", &["Subject", "Value", "Unit", "Change", "Baseline", "Period", "Text"], rows)
}

fn people(r: &Record) -> String {
    let rows = r
        .people
        .iter()
        .map(|p| vec![escape(&p.name), or_dash(p.honorific.as_deref()), or_dash(Some(&p.roles.join("; ")))])
        .collect();
    section("People", "people", &["Name", "Honorific", "Roles"], rows)
}

fn directives(r: &Record) -> String {
    let rows = r
        .directives
        .iter()
        .map(|d| vec![escape(&d.text), or_dash(d.assignee.as_deref()), or_dash(d.deadline.as_deref())])
        .collect();
    section("Directives", "directives", &["Task", "Assignee", "Deadline"], rows)
}

/// A partial date as dd/mm/yyyy with blanks shown as "__".
fn partial_date(d: &PartialDate) -> String {
    let part = |v: Option<u32>| v.map(|x| format!("{x:02}")).unwrap_or_else(|| "__".into());
    format!("{}/{}/{}", part(d.day), part(d.month), d.year.map(|y| y.to_string()).unwrap_or_else(|| "____".into()))
}

fn admin(d: &AdminDocument) -> String {
    let rows = vec![
        vec!["<b>Type</b>".into(), or_dash(d.kind.as_deref())],
        vec!["<b>Number / symbol</b>".into(), format!("{} / {}", or_dash(d.number.as_deref()), or_dash(d.symbol.as_deref()))],
        vec!["<b>Place</b>".into(), or_dash(d.place.as_deref())],
        vec!["<b>Date</b>".into(), or_dash(d.date.as_ref().map(partial_date).as_deref())],
        vec!["<b>Signer</b>".into(), or_dash(d.signer.as_deref())],
        vec!["<b>Signer's title</b>".into(), or_dash(d.signer_title.as_deref())],
        vec!["<b>Signing authority</b>".into(), or_dash(d.signing_authority.as_deref())],
        vec!["<b>Recipients</b>".into(), or_dash(Some(&d.recipients.join("; ")))],
    ];
    format!("<h2>Administrative document</h2>\n{}", table("meta", &[], &rows))
}

fn entities(r: &Record) -> String {
    let rows = r
        .entities
        .iter()
        .map(|e| {
            let normalized = match &e.normalized {
                Some(Normalized::Text(s)) => Some(s.clone()),
                Some(Normalized::Range { start, end }) => Some(format!("{start} – {end}")),
                None => None,
            };
            let field = match e.field {
                Field::Body => "body".to_string(),
                Field::Title => "title".to_string(),
                Field::Captions => format!("caption {}", e.index + 1),
            };
            vec![
                format!("<mark class=\"ent-{0}\">{0}</mark>", e.kind.as_str()),
                escape(&e.text),
                or_dash(normalized.as_deref()),
                or_dash(e.code.as_deref()),
                format!("{field} {}–{}", e.start, e.end),
            ]
        })
        .collect();
    section("Entities", "entities", &["Type", "Text", "Normalized", "Code", "Where"], rows)
}

fn stripped(r: &Record) -> String {
    if r.stripped.is_empty() {
        return String::new();
    }
    let mut b = format!("<h2>Removed from the text ({})</h2>\n<ul class=\"stripped\">\n", r.stripped.len());
    for s in &r.stripped {
        let _ = writeln!(
            b,
            "<li><span class=\"text\">{}</span><span class=\"tag\">{} · {}</span></li>",
            escape(&s.text),
            escape(&s.reason),
            escape(&s.by)
        );
    }
    b.push_str("</ul>\n");
    b
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stages::sinks::test_docs::sample_doc;

    #[test]
    fn shows_every_part_of_the_record_escaped() {
        let doc = sample_doc(3);
        let html = render(&doc.record, 4, &Links { index: "../report.html", previous: Some("docs-1.html#d3") });
        for kind in ["person", "organization", "date", "period", "disease", "location"] {
            assert!(html.contains(&format!("<mark class=\"ent-{kind}\" title=")), "a {kind} mark");
        }
        assert!(html.contains("<span class=\"ind\" title=\"trường hợp mắc sốt xuất huyết: 437 trường hợp\">437 trường hợp mắc"));
        assert!(html.contains("&lt;b&gt;&quot;đủ mũi&quot;&lt;/b&gt; &amp; an toàn"));
        assert!(!html.contains("<script>"));
        assert!(html.contains("Chia sẻ bài viết &lt;script&gt;"));
        assert!(html.contains("share-buttons · health-centre"));
        assert!(html.contains("Indicators (2)") && html.contains("People (1)") && html.contains("Directives (1)"));
        assert!(html.contains("__/03/2031"), "a blank day shows as blank");
        assert!(html.contains("the document date has no day"));
        assert!(html.contains("href=\"../report.html\"") && html.contains("<article class=\"doc\" id=\"d4\">"));
        assert!(html.contains("<a href=\"docs-1.html#d3\">← previous</a>") && html.contains(NEXT_LINK));
        assert!(!html.contains("http://") && !html.contains("https://"), "nothing is fetched");
    }

    #[test]
    fn an_untitled_document_goes_by_its_file_name() {
        let mut doc = sample_doc(1);
        doc.record.title = None;
        assert_eq!(display_name(&doc.record), ("001_dong-lam.txt".to_string(), false));
        assert!(render(&doc.record, 1, &Links { index: "x", previous: None }).contains("no title found"));
    }
}
