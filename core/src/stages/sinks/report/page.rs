//! One document's section of the report: title, body with its entities marked, captions, the
//! tables of indicators, people, directives and entities, the administrative fields, what
//! was stripped and the warnings.

use super::html::{
    cell, cell_html, cell_or_dash, cell_text, escape_into, legend_into, mark_into, or_dash_into, push_int, table_start, Marked, Span,
    DASH, ROW_END, ROW_START, TABLE_END,
};
use crate::stages::sinks::csv::number_into;
use vanban_plugin_sdk::{AdminDocument, Change, Entity, Field, Indicator, Normalized, PartialDate, Record};

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

/// What a marked span's tooltip is made from.
enum Tip<'r> {
    Entity(&'r Entity),
    Indicator(&'r Indicator),
}

/// Appends a span's tooltip, escaped: an entity's type with its normalized form and code,
/// an indicator's subject, value and unit.
fn tip_into(out: &mut String, tip: &Tip) {
    match tip {
        Tip::Entity(e) => entity_tip(out, e),
        Tip::Indicator(i) => indicator_tip(out, i),
    }
}

fn entity_tip(out: &mut String, e: &Entity) {
    out.push_str(e.kind.as_str());
    match &e.normalized {
        Some(Normalized::Text(s)) if s != &e.text => {
            out.push_str(": ");
            escape_into(out, s);
        }
        Some(Normalized::Range { start, end }) => {
            out.push_str(": ");
            range_into(out, start, end);
        }
        _ => {}
    }
    if let Some(code) = &e.code {
        out.push_str(" [");
        escape_into(out, code);
        out.push(']');
    }
}

fn indicator_tip(out: &mut String, i: &Indicator) {
    escape_into(out, &i.subject);
    out.push_str(": ");
    number_into(out, i.value);
    if let Some(u) = &i.unit {
        out.push(' ');
        escape_into(out, u);
    }
}

/// Appends `start – end`, escaped.
fn range_into(out: &mut String, start: &str, end: &str) {
    escape_into(out, start);
    out.push_str(" – ");
    escape_into(out, end);
}

/// Appends the text of the body or the title with the record's entities in it marked.
fn marked_field(out: &mut String, r: &Record, text: &str, field: Field) {
    marked(out, r, text, field, r.entities.iter().filter(|e| e.field == field));
}

/// Appends `text` with `entities` (all of one field) marked, and the figures if it is the body.
fn marked<'r>(out: &mut String, r: &'r Record, text: &str, field: Field, entities: impl Iterator<Item = &'r Entity>) {
    let mut spans: Vec<Span<Tip>> =
        entities.map(|e| Span { start: e.start, end: e.end, what: Marked::Entity(e.kind), tip: Tip::Entity(e) }).collect();
    if field == Field::Body {
        // Figures are underlined in the body; their offsets are in the body only.
        spans.extend(r.indicators.iter().map(|i| Span { start: i.start, end: i.end, what: Marked::Indicator, tip: Tip::Indicator(i) }));
    }
    mark_into(out, text, &mut spans, tip_into);
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
    let mut b = String::with_capacity(expected_size(r));
    heading(&mut b, r);
    meta(&mut b, r);
    warnings(&mut b, r);
    b.push_str("<h2>Text</h2>\n");
    legend_into(&mut b);
    b.push('\n');
    captions(&mut b, r);
    b.push_str("<div class=\"body\">");
    marked_field(&mut b, r, &r.body, Field::Body);
    b.push_str("</div>\n");
    indicators(&mut b, r);
    people(&mut b, r);
    directives(&mut b, r);
    if let Some(d) = &r.document {
        admin(&mut b, d);
    }
    entities(&mut b, r);
    stripped(&mut b, r);
    b
}

/// Roughly what [`content`] comes to, so that its buffer seldom grows: the body, a mark and
/// a table row per entity and indicator (about 300 bytes each), the rest.
fn expected_size(r: &Record) -> usize {
    r.body.len() + r.body.len() / 8 + (r.entities.len() + r.indicators.len()) * 320 + 4096
}

fn heading(b: &mut String, r: &Record) {
    match r.title.as_deref() {
        Some(title) if !title.trim().is_empty() => {
            b.push_str("<h1 class=\"title\">");
            marked_field(b, r, title, Field::Title);
            b.push_str("</h1>\n");
        }
        _ => {
            b.push_str("<h1 class=\"title untitled\">");
            escape_into(b, file_name(&r.source.path));
            b.push_str(" <span class=\"tag\">no title found</span></h1>\n");
        }
    }
}

fn warnings(b: &mut String, r: &Record) {
    if r.warnings.is_empty() {
        return;
    }
    b.push_str("<h2>Warnings</h2>\n<ul class=\"warnings\">\n");
    for w in &r.warnings {
        b.push_str("<li>");
        escape_into(b, w);
        b.push_str("</li>\n");
    }
    b.push_str("</ul>\n");
}

fn captions(b: &mut String, r: &Record) {
    if r.captions.is_empty() {
        return;
    }
    // Sorted out once: a long document may have as many captions as entities.
    let mut of_caption: Vec<Vec<&Entity>> = vec![Vec::new(); r.captions.len()];
    for e in r.entities.iter().filter(|e| e.field == Field::Captions) {
        if let Some(list) = of_caption.get_mut(e.index) {
            list.push(e);
        }
    }
    b.push_str("<ul class=\"captions\">\n");
    for (c, entities) in r.captions.iter().zip(of_caption) {
        b.push_str("<li>");
        marked(b, r, c, Field::Captions, entities.into_iter());
        b.push_str("<span class=\"tag\">caption</span></li>\n");
    }
    b.push_str("</ul>\n");
}

/// Appends a row of a two-column table of fields: the label in bold, then `value`.
fn field_row(b: &mut String, label: &str, value: impl FnOnce(&mut String)) {
    b.push_str(ROW_START);
    cell(b, |b| {
        b.push_str("<b>");
        b.push_str(label);
        b.push_str("</b>");
    });
    cell(b, value);
    b.push_str(ROW_END);
}

/// Appends `first / second`, each shown as an optional value is.
fn pair_or_dash(b: &mut String, first: Option<&str>, second: Option<&str>) {
    or_dash_into(b, first);
    b.push_str(" / ");
    or_dash_into(b, second);
}

fn meta(b: &mut String, r: &Record) {
    let s = &r.source;
    table_start(b, "meta", &[]);
    field_row(b, "Source", |b| escape_into(b, &s.path));
    field_row(b, "Style", |b| or_dash_into(b, s.style.as_deref()));
    field_row(b, "Portal", |b| or_dash_into(b, s.portal.as_deref()));
    field_row(b, "Published", |b| or_dash_into(b, r.published.as_deref()));
    field_row(b, "Event date", |b| or_dash_into(b, r.event_date.as_deref()));
    field_row(b, "Authors", |b| or_dash_into(b, Some(&r.authors.join(", "))));
    field_row(b, "Format / encoding", |b| pair_or_dash(b, s.format.as_deref(), s.encoding.as_deref()));
    field_row(b, "Id", |b| {
        b.push_str("<code>");
        escape_into(b, &r.id);
        b.push_str("</code>");
    });
    b.push_str(TABLE_END);
}

/// Opens a section of `count` rows: its heading and the table up to its rows.
fn section_table(b: &mut String, title: &str, count: usize, class: &str, head: &[&str]) {
    b.push_str("<h2>");
    escape_into(b, title);
    b.push_str(" (");
    push_int(b, count);
    b.push_str(")</h2>\n");
    table_start(b, class, head);
}

fn indicators(b: &mut String, r: &Record) {
    if r.indicators.is_empty() {
        return;
    }
    section_table(b, "Indicators", r.indicators.len(), "indicators", &["Subject", "Value", "Unit", "Change", "Baseline", "Period", "Text"]);
    for i in &r.indicators {
        indicator_row(b, i);
    }
    b.push_str(TABLE_END);
}

fn indicator_row(b: &mut String, i: &Indicator) {
    b.push_str(ROW_START);
    cell_text(b, &i.subject);
    cell(b, |b| {
        if let Some(q) = &i.qualifier {
            escape_into(b, q);
            b.push(' ');
        }
        number_into(b, i.value);
    });
    cell_or_dash(b, i.unit.as_deref());
    match &i.change {
        Some(c) => cell(b, |b| change_into(b, c)),
        None => cell_html(b, DASH),
    }
    cell_or_dash(b, i.change.as_ref().and_then(|c| c.baseline.as_deref()));
    match &i.period {
        Some(p) => cell(b, |b| range_into(b, &p.start, &p.end)),
        None => cell_html(b, DASH),
    }
    cell_text(b, &i.text);
    b.push_str(ROW_END);
}

/// Appends a change as a signed figure with its unit, escaped.
fn change_into(b: &mut String, c: &Change) {
    b.push_str(if c.direction == "decrease" { "−" } else { "+" });
    number_into(b, c.value);
    b.push(' ');
    escape_into(b, c.unit.as_deref().unwrap_or(""));
}

fn people(b: &mut String, r: &Record) {
    if r.people.is_empty() {
        return;
    }
    section_table(b, "People", r.people.len(), "people", &["Name", "Honorific", "Roles"]);
    for p in &r.people {
        b.push_str(ROW_START);
        cell_text(b, &p.name);
        cell_or_dash(b, p.honorific.as_deref());
        cell_or_dash(b, Some(&p.roles.join("; ")));
        b.push_str(ROW_END);
    }
    b.push_str(TABLE_END);
}

fn directives(b: &mut String, r: &Record) {
    if r.directives.is_empty() {
        return;
    }
    section_table(b, "Directives", r.directives.len(), "directives", &["Task", "Assignee", "Deadline"]);
    for d in &r.directives {
        b.push_str(ROW_START);
        cell_text(b, &d.text);
        cell_or_dash(b, d.assignee.as_deref());
        cell_or_dash(b, d.deadline.as_deref());
        b.push_str(ROW_END);
    }
    b.push_str(TABLE_END);
}

/// A partial date as dd/mm/yyyy with blanks shown as "__".
fn partial_date(d: &PartialDate) -> String {
    let part = |v: Option<u32>| v.map(|x| format!("{x:02}")).unwrap_or_else(|| "__".into());
    format!("{}/{}/{}", part(d.day), part(d.month), d.year.map(|y| y.to_string()).unwrap_or_else(|| "____".into()))
}

fn admin(b: &mut String, d: &AdminDocument) {
    b.push_str("<h2>Administrative document</h2>\n");
    table_start(b, "meta", &[]);
    field_row(b, "Type", |b| or_dash_into(b, d.kind.as_deref()));
    field_row(b, "Number / symbol", |b| pair_or_dash(b, d.number.as_deref(), d.symbol.as_deref()));
    field_row(b, "Place", |b| or_dash_into(b, d.place.as_deref()));
    field_row(b, "Date", |b| or_dash_into(b, d.date.as_ref().map(partial_date).as_deref()));
    field_row(b, "Signer", |b| or_dash_into(b, d.signer.as_deref()));
    field_row(b, "Signer's title", |b| or_dash_into(b, d.signer_title.as_deref()));
    field_row(b, "Signing authority", |b| or_dash_into(b, d.signing_authority.as_deref()));
    field_row(b, "Recipients", |b| or_dash_into(b, Some(&d.recipients.join("; "))));
    b.push_str(TABLE_END);
}

fn entities(b: &mut String, r: &Record) {
    if r.entities.is_empty() {
        return;
    }
    section_table(b, "Entities", r.entities.len(), "entities", &["Type", "Text", "Normalized", "Code", "Where"]);
    for e in &r.entities {
        entity_row(b, e);
    }
    b.push_str(TABLE_END);
}

fn entity_row(b: &mut String, e: &Entity) {
    b.push_str(ROW_START);
    cell(b, |b| {
        b.push_str("<mark class=\"ent-");
        b.push_str(e.kind.as_str());
        b.push_str("\">");
        b.push_str(e.kind.as_str());
        b.push_str("</mark>");
    });
    cell_text(b, &e.text);
    match &e.normalized {
        Some(Normalized::Text(s)) => cell_or_dash(b, Some(s)),
        Some(Normalized::Range { start, end }) => cell(b, |b| range_into(b, start, end)),
        None => cell_html(b, DASH),
    }
    cell_or_dash(b, e.code.as_deref());
    cell(b, |b| {
        match e.field {
            Field::Body => b.push_str("body"),
            Field::Title => b.push_str("title"),
            Field::Captions => {
                b.push_str("caption ");
                push_int(b, e.index + 1);
            }
        }
        b.push(' ');
        push_int(b, e.start);
        b.push('–');
        push_int(b, e.end);
    });
    b.push_str(ROW_END);
}

fn stripped(b: &mut String, r: &Record) {
    if r.stripped.is_empty() {
        return;
    }
    b.push_str("<h2>Removed from the text (");
    push_int(b, r.stripped.len());
    b.push_str(")</h2>\n<ul class=\"stripped\">\n");
    for s in &r.stripped {
        b.push_str("<li><span class=\"text\">");
        escape_into(b, &s.text);
        b.push_str("</span><span class=\"tag\">");
        escape_into(b, &s.reason);
        b.push_str(" · ");
        escape_into(b, &s.by);
        b.push_str("</span></li>\n");
    }
    b.push_str("</ul>\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stages::sinks::test_docs::sample_doc;
    use vanban_plugin_sdk::EntityKind;

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
    fn each_caption_marks_its_own_entities_only() {
        let mut doc = sample_doc(2);
        let r = &mut doc.record;
        r.captions = vec!["Ông Hà Văn Lực tại hội nghị".into(), "Bà Vi Thị Nga tại hội nghị".into(), "Hội trường".into()];
        r.entities.retain(|e| e.field != Field::Captions);
        for (index, name) in [(0, "Hà Văn Lực"), (1, "Vi Thị Nga")] {
            let start = r.captions[index].find(name).unwrap();
            let start = r.captions[index][..start].chars().count();
            let end = start + name.chars().count();
            let text = name.to_string();
            r.entities.push(Entity { kind: EntityKind::Person, text, field: Field::Captions, index, start, end, normalized: None, code: None });
        }
        let html = render(&doc.record, 1, &Links { index: "x", previous: None });
        let items: Vec<&str> = html.split("<ul class=\"captions\">").nth(1).unwrap().split("</ul>").next().unwrap().split("<li>").skip(1).collect();
        assert_eq!(items.len(), 3);
        for (item, name) in items.iter().zip(["Hà Văn Lực", "Vi Thị Nga"]) {
            assert_eq!(item.matches("<mark class=\"ent-person\"").count(), 1, "{item}");
            assert!(item.contains(&format!("\">{name}</mark>")), "{item}");
        }
        assert!(!items[2].contains("<mark"), "{}", items[2]);
    }

    #[test]
    fn an_untitled_document_goes_by_its_file_name() {
        let mut doc = sample_doc(1);
        doc.record.title = None;
        assert_eq!(display_name(&doc.record), ("001_dong-lam.txt".to_string(), false));
        assert!(render(&doc.record, 1, &Links { index: "x", previous: None }).contains("no title found"));
    }
}
