//! Main-content extraction for HTML pages, over the blocks and containers the core built.
//!
//! Each text block scores its containers (more for long, comma-rich, link-poor paragraphs),
//! the best-scoring container is widened to an ancestor when that ancestor gathers the
//! article split over several parts, and sibling parts that read as article text are
//! joined. Inside the article, link-dense blocks and parts whose class or id names
//! boilerplate are dropped; every block outside it is labelled with the kind of boilerplate
//! its containers name. Title, date and authors come from JSON-LD and meta tags first.

mod hints;
mod posted;

use hints::{HintReader, Noise, Signal};
use vanban_plugin_sdk::byline::{is_unit_credit, is_writer_credit, read_byline};
use vanban_plugin_sdk::date_stamp::labelled_stamp;
use vanban_plugin_sdk::furniture::is_related_marker;
use vanban_plugin_sdk::text::{byline_names, date_stamp, is_upper_line};
use vanban_plugin_sdk::text::{lower_words, same_text, starts_with_lower};
use vanban_plugin_sdk::{BlockTag, Label, Page, Stripping};

/// Caller choices for [`strip_with`].
#[derive(Debug, Default, Clone, Copy)]
pub struct Options<'a> {
    /// Lower-case id/class words (or parts of them) whose elements are never article text,
    /// e.g. a portal's "box-tinkhac".
    pub exclude_hints: &'a [&'a str],
}

/// Blocks shorter than this (in characters) do not vote for a container.
const MIN_SCORED_CHARS: usize = 25;
/// How many ancestor levels a block's score reaches.
const SCORE_LEVELS: usize = 5;
/// Blocks whose link share is above this are link lists, not prose.
const LINK_DENSE: f32 = 0.5;
/// At most this many short lines before the first paragraph are taken for bylines and kickers.
const MAX_LEAD_IN: usize = 6;

/// The generic article: the best content subtree, its boilerplate removed.
pub fn strip(page: &Page) -> Stripping {
    strip_with(page, &Options::default())
}

/// Like [`strip`], treating elements whose hint matches `exclude_hints` as boilerplate.
pub fn strip_with(page: &Page, opts: &Options) -> Stripping {
    let mut hints = HintReader::with_capacity(opts.exclude_hints, page.containers.len());
    let signals: Vec<Signal> = page.containers.iter().map(|c| hints.signal(&c.tag, &c.hint)).collect();
    let stats = BlockStats::of(page);
    let scores = container_scores(page, &signals, &stats);
    let roots = choose_roots(page, &signals, &stats, &scores);
    let declared = vanban_plugin_sdk::declared::declared(&page.meta);
    let mut labels = label_blocks(page, &signals, &stats, &roots);
    mark_lead_in(page, &stats, &mut labels);
    mark_recipients(page, &stats, &mut labels);
    mark_related_tail(page, &stats, &mut labels);
    let title = mark_title(page, &mut labels, declared.headline.as_deref());
    let captions = captions(page, &labels);
    let closing_stamp = mark_closing_stamp(page, &stats, &mut labels);
    let published = declared.published.or_else(|| shown_date(page, &labels)).or(closing_stamp);
    let mut credited = mark_closing_credit(page, &mut labels);
    let lead_credit = mark_lead_credit(page, &mut labels);
    if credited.is_empty() {
        credited = lead_credit;
    }
    if credited.is_empty() {
        credited = mark_credit_under_text(page, &mut labels);
    }
    let authors = if declared.authors.is_empty() { credited } else { declared.authors };
    Stripping {
        labels,
        title,
        captions,
        published,
        authors,
        ..Stripping::default()
    }
}

/// Per-block measures.
struct BlockStats {
    chars: Vec<usize>,
    link_density: Vec<f32>,
    commas: Vec<usize>,
}

impl BlockStats {
    fn of(page: &Page) -> BlockStats {
        let mut s = BlockStats { chars: Vec::new(), link_density: Vec::new(), commas: Vec::new() };
        for (_, b, text) in page.lines() {
            let chars = text.chars().count();
            s.chars.push(chars);
            s.link_density.push(if chars == 0 { 0.0 } else { (b.link_chars as f32 / chars as f32).min(1.0) });
            s.commas.push(count_commas(text));
        }
        s
    }

    /// The block reads as prose: long enough, few links.
    fn is_prose(&self, i: usize) -> bool {
        self.chars[i] >= 80 && self.link_density[i] < 0.25
    }
}

/// Commas of the Latin, full-width and Arabic kinds, counted on bytes: in valid UTF-8 the
/// full-width comma is exactly the bytes EF BC 8C and the Arabic one D8 8C.
fn count_commas(text: &str) -> usize {
    let bytes = text.as_bytes();
    let ascii: usize = bytes.iter().map(|&b| usize::from(b == b',')).sum();
    // Both other commas end in the byte 8C.
    if !bytes.contains(&0x8C) {
        return ascii;
    }
    let ends_comma = |i: usize| match i.checked_sub(1).map(|p| bytes[p]) {
        Some(0xD8) => true,
        Some(0xBC) => i >= 2 && bytes[i - 2] == 0xEF,
        _ => false,
    };
    let others = bytes.iter().enumerate().filter(|&(i, &b)| b == 0x8C && ends_comma(i)).count();
    ascii + others
}

/// Scores of containers, plus the text and link totals of their subtrees.
struct Scores {
    score: Vec<f32>,
    chars: Vec<f32>,
    link_chars: Vec<f32>,
}

fn container_scores(page: &Page, signals: &[Signal], stats: &BlockStats) -> Scores {
    let n = page.containers.len();
    let mut s = Scores { score: vec![0.0; n], chars: vec![0.0; n], link_chars: vec![0.0; n] };
    for (i, b) in page.blocks.iter().enumerate() {
        let Some(c) = b.container.map(|c| c as usize).filter(|&c| c < n) else { continue };
        s.chars[c] += stats.chars[i] as f32;
        s.link_chars[c] += stats.chars[i] as f32 * stats.link_density[i];
        let vote = block_vote(b.tag, stats, i);
        if vote <= 0.0 {
            continue;
        }
        let mut at = Some(c);
        for level in 0..SCORE_LEVELS {
            let Some(a) = at else { break };
            let share = match level {
                0 => 1.0,
                1 => 0.5,
                l => 1.0 / (3.0 * l as f32),
            };
            s.score[a] += vote * share;
            at = page.containers[a].parent.map(|p| p as usize).filter(|&p| p < a);
        }
    }
    // Children come after their parents: one backward pass sums the subtrees.
    for c in (0..n).rev() {
        if let Some(p) = page.containers[c].parent.map(|p| p as usize).filter(|&p| p < c) {
            s.chars[p] += s.chars[c];
            s.link_chars[p] += s.link_chars[c];
        }
    }
    for c in 0..n {
        if s.score[c] <= 0.0 {
            continue;
        }
        let density = if s.chars[c] > 0.0 { s.link_chars[c] / s.chars[c] } else { 0.0 };
        s.score[c] = (s.score[c] + tag_weight(&page.containers[c].tag) + hint_weight(signals[c])) * (1.0 - density);
    }
    s
}

/// What one block adds to its containers.
fn block_vote(tag: BlockTag, stats: &BlockStats, i: usize) -> f32 {
    let chars = stats.chars[i];
    if chars < MIN_SCORED_CHARS || tag.is_heading() {
        return 0.0;
    }
    let weight = match tag {
        BlockTag::Li | BlockTag::Dt | BlockTag::Caption | BlockTag::Figcaption => 0.5,
        _ => 1.0,
    };
    let base = 1.0 + stats.commas[i] as f32 + (chars as f32 / 100.0).min(3.0);
    base * weight * (1.0 - stats.link_density[i])
}

fn tag_weight(tag: &str) -> f32 {
    match tag {
        "article" => 10.0,
        "div" | "main" | "section" => 5.0,
        "td" | "blockquote" | "pre" => 3.0,
        "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" | "address" => -3.0,
        "th" | "nav" | "aside" | "footer" => -5.0,
        _ => 0.0,
    }
}

fn hint_weight(s: Signal) -> f32 {
    let mut w = 0.0;
    if s.article {
        w += 25.0;
    }
    if s.noise.is_some() {
        w -= 25.0;
    }
    w
}

/// The containers whose subtrees hold the article: the best one, widened and with siblings.
fn choose_roots(page: &Page, signals: &[Signal], stats: &BlockStats, scores: &Scores) -> Roots {
    let n = page.containers.len();
    let mut roots = Roots { containers: vec![false; n], blocks_of: None };
    // A part inside a comment thread is never the article, however well it
    // reads; only when nothing else scores is such a part taken.
    let under_noise = under_noise(page, signals);
    let pick = |allow_noise: bool| {
        (0..n)
            .filter(|&c| scores.score[c] > 0.0 && (allow_noise || !under_noise[c]))
            .max_by(|&a, &b| scores.score[a].total_cmp(&scores.score[b]).then(b.cmp(&a)))
    };
    let best = pick(false).or_else(|| pick(true).filter(|&c| signals[c].noise.is_none()));
    let Some(best) = best else { return roots };
    let top_score = scores.score[best];
    let top = widen(page, scores, climb_wrappers(page, scores, best), top_score);
    let top_score = top_score.max(scores.score[top]);
    roots.containers[top] = true;
    let Some(parent) = page.containers[top].parent.map(|p| p as usize) else { return roots };
    let threshold = (top_score * 0.2).max(10.0);
    for c in 0..n {
        if c == top || page.containers[c].parent != Some(parent as u32) || signals[c].noise.is_some() {
            continue;
        }
        let density = if scores.chars[c] > 0.0 { scores.link_chars[c] / scores.chars[c] } else { 1.0 };
        let same_kind = page.containers[c].hint == page.containers[top].hint && !page.containers[c].hint.is_empty();
        let bonus = if same_kind { top_score * 0.2 } else { 0.0 };
        if scores.score[c] + bonus >= threshold && density < 0.33 {
            roots.containers[c] = true;
        }
    }
    join_lead(page, signals, stats, scores, &mut roots, top, parent);
    // Paragraphs written directly in the parent, beside the chosen part, are article text too.
    roots.blocks_of = Some(parent);
    roots
}

/// At most this many paragraphs make a lead set apart above the body.
const MAX_LEAD_BLOCKS: usize = 3;

/// Joins the lead that portals and papers set apart above the body (`<div class="sapo">`):
/// the nearest part before the chosen one, under the same parent, when all it holds is
/// prose (a heading there too, when it ends a sentence). One paragraph scores too little to pass the siblings' threshold, and it is the
/// paragraph that says who met and when.
fn join_lead(page: &Page, signals: &[Signal], stats: &BlockStats, scores: &Scores, roots: &mut Roots, top: usize, parent: usize) {
    let Some(lead) = (0..top).rev().find(|&c| page.containers[c].parent == Some(parent as u32) && scores.chars[c] > 0.0) else { return };
    if roots.containers[lead] || signals[lead].noise.is_some() {
        return;
    }
    let mut paragraphs = 0;
    for (i, b) in page.blocks.iter().enumerate() {
        if !b.container.is_some_and(|c| page.within(c, lead as u32)) {
            continue;
        }
        // A lead set as a heading (`<div class="sapo"><h2>`) ends its sentence; a headline does not.
        let headline = b.tag.is_heading() && !page.line(i).trim_end().ends_with(['.', '!', '?', '…']);
        if headline || !stats.is_prose(i) || paragraphs == MAX_LEAD_BLOCKS {
            return;
        }
        paragraphs += 1;
    }
    roots.containers[lead] = paragraphs > 0;
}

/// Containers that name boilerplate, or sit inside a comment thread. Only comments count
/// from above: wrappers named for a sticky sidebar or a modal often hold the article.
fn under_noise(page: &Page, signals: &[Signal]) -> Vec<bool> {
    let mut comments = vec![false; signals.len()];
    let mut out = vec![false; signals.len()];
    // Parents come before children: one forward pass.
    for c in 0..signals.len() {
        let parent = page.containers[c].parent.map(|p| p as usize).filter(|&p| p < c);
        comments[c] = signals[c].noise == Some(Noise::Comments) || parent.is_some_and(|p| comments[p]);
        out[c] = signals[c].noise.is_some() || comments[c];
    }
    out
}

/// Moves the choice up through parents that hold no text of their own beyond it: a
/// paragraph box wrapped in a card is the card, whose siblings are the other cards.
fn climb_wrappers(page: &Page, scores: &Scores, top: usize) -> usize {
    let mut chosen = top;
    let mut steps = 0;
    while let Some(p) = page.containers[chosen].parent.map(|p| p as usize).filter(|&p| p < chosen) {
        let tag = page.containers[p].tag.as_str();
        if matches!(tag, "body" | "html") || steps >= 8 || scores.chars[p] > scores.chars[top] + 20.0 {
            break;
        }
        chosen = p;
        steps += 1;
    }
    chosen
}

/// Moves the choice up while an ancestor scores clearly better: an article split over
/// several parts gives its common ancestor the larger score.
fn widen(page: &Page, scores: &Scores, top: usize, top_score: f32) -> usize {
    let mut chosen = top;
    let mut last = top_score.max(scores.score[top]);
    let floor = last / 3.0;
    let mut at = page.containers[top].parent.map(|p| p as usize);
    let mut steps = 0;
    while let Some(p) = at {
        if page.containers[p].tag == "body" || steps > 64 {
            break;
        }
        steps += 1;
        let s = scores.score[p];
        if s > 0.0 {
            if s < floor {
                break;
            }
            if s > last {
                chosen = p;
                break;
            }
            last = s;
        }
        at = page.containers[p].parent.map(|q| q as usize).filter(|&q| q < p);
    }
    chosen
}

struct Roots {
    /// Containers whose whole subtree is article.
    containers: Vec<bool>,
    /// Container whose direct prose blocks are article too.
    blocks_of: Option<usize>,
}

/// Where each container sits: inside an article root or not, and the nearest boilerplate
/// kind named on the way (inside the article: only below the root).
struct Placement {
    inside: Vec<bool>,
    noise: Vec<Option<Noise>>,
}

fn place_containers(page: &Page, signals: &[Signal], roots: &Roots) -> Placement {
    let n = page.containers.len();
    let mut p = Placement { inside: vec![false; n], noise: vec![None; n] };
    // Parents come before children: one forward pass.
    for c in 0..n {
        let parent = page.containers[c].parent.map(|q| q as usize).filter(|&q| q < c);
        let (inside, outer_noise) = match parent {
            Some(q) => (p.inside[q], p.noise[q]),
            None => (false, None),
        };
        if roots.containers[c] {
            p.inside[c] = true;
            p.noise[c] = None;
        } else {
            p.inside[c] = inside;
            p.noise[c] = outer_noise.or(signals[c].noise);
        }
    }
    p
}

fn label_blocks(page: &Page, signals: &[Signal], stats: &BlockStats, roots: &Roots) -> Vec<Label> {
    let place = place_containers(page, signals, roots);
    let any_root = roots.containers.iter().any(|&r| r);
    // A caption in a photo's own box ("<div class="img-box"><img><p>…</p></div>"). A
    // heading is none: a sidebar list named for its thumbnails titles itself so ("Most Read").
    let boxed = vanban_plugin_sdk::furniture::photo_captions(page);
    let mut labels = Vec::with_capacity(page.blocks.len());
    for (i, b) in page.blocks.iter().enumerate() {
        let c = b.container.map(|c| c as usize).filter(|&c| c < place.inside.len());
        let inside = match c {
            Some(c) => place.inside[c] || (roots.blocks_of == Some(c) && stats.is_prose(i)),
            None => !any_root,
        };
        let noise = c.and_then(|c| place.noise[c]);
        let text = page.line(i);
        let caption = b.tag == BlockTag::Figcaption || noise == Some(Noise::Media) || (boxed[i] && !b.tag.is_heading());
        let label = if !inside {
            Label::boilerplate(noise.map_or("outside-article", Noise::reason))
        } else if caption {
            Label::Caption
        } else if let Some(n) = noise {
            Label::boilerplate(n.reason())
        } else if stats.link_density[i] > LINK_DENSE && !(b.tag.is_heading() && b.links <= 1 && stats.chars[i] > 20) {
            Label::boilerplate("link-dense")
        } else if let Some(reason) = boilerplate_line(text, stats.chars[i]) {
            Label::boilerplate(reason)
        } else {
            Label::Body
        };
        labels.push(label);
    }
    labels
}

/// Short lines kept before the first paragraph of prose (bylines, dates, kickers, share counts, the
/// page's own address) are the article's furniture, not its text.
fn mark_lead_in(page: &Page, stats: &BlockStats, labels: &mut [Label]) {
    // A long headline is no paragraph: the lines under it are still the lead-in.
    let Some(first_prose) = (0..labels.len()).find(|&i| labels[i] == Label::Body && stats.is_prose(i) && !page.blocks[i].tag.is_heading()) else { return };
    // Furniture is a few lines; many short kept lines before the first paragraph are the
    // article itself (a schedule, a list, a poem).
    let short_kept = (0..first_prose).filter(|&i| labels[i] == Label::Body).count();
    if short_kept > MAX_LEAD_IN {
        return;
    }
    for i in 0..first_prose {
        let text = page.line(i).trim_end();
        let sentence = text.ends_with(['.', '!', '?', ':', '"', '\u{201d}']);
        if labels[i] == Label::Body && stats.chars[i] < 100 && !sentence {
            labels[i] = Label::Dateline;
        }
    }
}

/// "Nơi nhận:" after the article's first paragraph opens the tail of an administrative
/// text posted as a page: it and the article's blocks after it (the recipients, the signing
/// block) are no body, as the line reader has it.
fn mark_recipients(page: &Page, stats: &BlockStats, labels: &mut [Label]) {
    let Some(first) = (0..labels.len()).find(|&i| labels[i] == Label::Body && stats.is_prose(i)) else { return };
    let Some(head) = (first + 1..labels.len()).find(|&i| labels[i] == Label::Body && starts_with_lower(page.line(i).trim_start(), "nơi nhận")) else { return };
    for label in labels[head..].iter_mut().filter(|l| **l == Label::Body) {
        *label = Label::boilerplate("recipients");
    }
}

/// A related-articles marker after the article's last paragraph ("Tin liên quan" over the
/// other posts' headlines, in a box whose class names nothing): the short lines under it
/// are those headlines, not the article's closing lines, and not its byline's neighbours.
fn mark_related_tail(page: &Page, stats: &BlockStats, labels: &mut [Label]) {
    let Some(last_prose) = (0..labels.len()).rposition(|i| labels[i] == Label::Body && stats.is_prose(i)) else { return };
    let Some(marker) = (last_prose + 1..labels.len()).find(|&i| is_related_marker(page.line(i))) else { return };
    for i in marker..labels.len() {
        if labels[i] == Label::Body && (i == marker || !stats.is_prose(i)) {
            labels[i] = Label::boilerplate("related");
        }
    }
}

/// Short lines that are page furniture even inside the article.
fn boilerplate_line(text: &str, chars: usize) -> Option<&'static str> {
    if is_bare_address(text) {
        return Some("address");
    }
    if chars > 60 {
        // Teasers and read-more links run longer than buttons: "[Video] …", "Xem thêm: …".
        return vanban_plugin_sdk::furniture::furniture_reason(text);
    }
    let starts = |words: &[&str]| words.iter().any(|w| starts_with_lower(text, w));
    if starts(&["read more", "read also", "see also", "related:", "more:", "xem thêm", "đọc thêm", "tin liên quan", "bài liên quan", "continue reading"]) {
        return Some("related");
    }
    if starts(&["share", "sharing", "chia sẻ", "tweet", "email this", "print this"]) {
        return Some("share");
    }
    if starts(&["advertisement", "quảng cáo", "sponsored"]) {
        return Some("advertisement");
    }
    if starts(&["sign up", "subscribe", "đăng ký nhận"]) {
        return Some("subscribe");
    }
    vanban_plugin_sdk::furniture::furniture_reason(text)
}

/// The texts of the blocks labelled captions, each once, in page order. Galleries repeat
/// a caption for the thumbnail and the full view.
fn captions(page: &Page, labels: &[Label]) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::new();
    for (i, label) in labels.iter().enumerate() {
        let text = page.line(i).trim();
        if *label == Label::Caption && !text.is_empty() && seen.insert(text) {
            out.push(text.to_string());
        }
    }
    out
}

/// A line that is only a web address (the page's own link printed for sharing).
fn is_bare_address(text: &str) -> bool {
    let t = text.trim();
    (t.starts_with("http://") || t.starts_with("https://")) && !t.contains(char::is_whitespace)
}

/// Labels the headline block `Title` and returns the title: the declared headline first,
/// else the first `h1`, else `<title>`. A declared headline that holds the site's name
/// beside the post's ("Trạm Y tế X: Cảnh báo …", "Cảnh báo … - Báo X") gives way to the
/// heading that shows the post's alone.
fn mark_title(page: &Page, labels: &mut [Label], declared: Option<&str>) -> Option<String> {
    let h1 = page.blocks.iter().position(|b| b.tag == BlockTag::H1);
    let declared = declared.map(str::trim).filter(|t| !t.is_empty());
    let same = |i: usize| declared.is_some_and(|d| same_text(page.line(i), d));
    let headings = || page.blocks.iter().enumerate().filter(|(_, b)| b.tag.is_heading()).map(|(i, _)| i);
    let exact = headings().find(|&i| same(i));
    let within = || declared.and_then(|d| headings().filter(|&i| beside_site_name(d, page.line(i))).max_by_key(|&i| page.line(i).len()));
    let trimmed = if exact.is_none() { within() } else { None };
    // Without a declared headline or an h1, the page's `<title>` points at the block that
    // shows the headline: a heading it shortens ("Giao ban tháng 11" over "Trung tâm X giao
    // ban tháng 11"), or a block it holds beside the site's name.
    let from_title = if declared.is_none() && h1.is_none() { titled_block(page, labels) } else { None };
    if let Some(i) = from_title {
        labels[i] = Label::Title;
        return Some(page.line(i).trim().to_string()).filter(|t| !t.is_empty());
    }
    // The block that shows the headline: one matching the declared title, else the first h1,
    // else a lesser heading over the first paragraph when the page's `<title>` is only the
    // site's name ("Sở Y tế tỉnh X" over an `<h2 class="title">`).
    let shown = exact.or(trimmed).or(h1).or_else(|| declared.is_none().then(|| heading_over_text(page, labels).or_else(|| headline_in_lead_in(page, labels))).flatten());
    // "Tin tức - Sự kiện" as the page's h1 and declared title: a section's name, over the
    // post's headline in a paragraph by its stamp.
    let named = trimmed.or(shown).map(|i| page.line(i)).or(declared).unwrap_or_default();
    if shown.is_some() && named.split_whitespace().count() < LESSER_HEADLINE_WORDS {
        if let Some(j) = headline_in_lead_in(page, labels).filter(|&j| shown.is_some_and(|i| j > i)) {
            labels[j] = Label::Title;
            return Some(page.line(j).trim().to_string());
        }
    }
    if let Some(i) = shown {
        labels[i] = Label::Title;
    }
    let title = trimmed
        .map(|i| page.line(i).trim().to_string())
        .or_else(|| declared.map(str::to_string))
        .or_else(|| shown.map(|i| page.line(i).trim().to_string()))
        .or_else(|| page.meta.title.clone());
    title.filter(|t| !t.is_empty())
}

/// The block before the article's first paragraph that shows the headline the page's
/// `<title>` names: a heading holding the title's words (and perhaps more), or a block that
/// the title holds beside the site's name.
fn titled_block(page: &Page, labels: &[Label]) -> Option<usize> {
    let title = page.meta.title.as_deref().map(str::trim).filter(|t| t.split_whitespace().count() >= HEADLINE_WORDS)?;
    let first_body = labels.iter().position(|l| *l == Label::Body).unwrap_or(labels.len());
    let lowered: String = lower_words(title).collect();
    let shortens = |i: usize| {
        let line: String = lower_words(page.line(i)).collect();
        page.blocks[i].tag.is_heading() && line.len() >= lowered.len() && line.contains(lowered.as_str())
    };
    let before = || 0..first_body.min(page.blocks.len());
    before().find(|&i| shortens(i)).or_else(|| before().find(|&i| beside_site_name(title, page.line(i))))
}

/// Whether a block lies over the text: in its lead-in (a dateline) or just outside its box.
fn over_text(label: &Label) -> bool {
    *label == Label::Dateline || outside_article(label)
}

/// Whether a block was left outside the article's box.
fn outside_article(label: &Label) -> bool {
    matches!(label, Label::Boilerplate(r) if r == "outside-article")
}

/// The fewest words of a lesser heading taken for the headline: a section's name ("Tin
/// tức - Sự kiện", "Hoạt động ngành") is shorter.
const LESSER_HEADLINE_WORDS: usize = 6;

/// The heading nearest above the article's first paragraph, not a link, long enough for a
/// headline: the post's own headline set as an `h2` or `h3`, among the lines over the
/// text or just outside its box, never in a menu, a sidebar or a list of other posts.
fn heading_over_text(page: &Page, labels: &[Label]) -> Option<usize> {
    let first_body = labels.iter().position(|l| *l == Label::Body)?;
    (0..first_body).rev().find(|&i| {
        let b = &page.blocks[i];
        b.tag.is_heading() && b.links == 0 && over_text(&labels[i]) && page.line(i).split_whitespace().count() >= LESSER_HEADLINE_WORDS
    })
}

/// The headline of a page that sets it in no heading ("<p><strong>Trạm Y tế xã X tổ chức
/// …</strong></p>", or a `div` of its own beside the text's, as older portals and site
/// builders do) and whose `<title>` is only the site's name: the line nearest over the text,
/// in its lead-in or just outside its box, that reads as one (long enough, not a link, a date
/// stamp, a credit or furniture) and that a date stamp stands right above or under
/// ("Cập nhật: 12/03/2026 14:05"), as it stands by a headline on such pages. Without the
/// stamp, a lone line over the text is as often a kicker or a section's name.
fn headline_in_lead_in(page: &Page, labels: &[Label]) -> Option<usize> {
    let first_body = labels.iter().position(|l| *l == Label::Body)?;
    let is_stamp = |i: usize| over_text(&labels[i]) && stamp_date(page.line(i)).is_some();
    let reads_as_headline = |i: usize| {
        let line = page.line(i).trim();
        over_text(&labels[i])
            && page.blocks[i].links == 0
            && line.split_whitespace().count() >= LESSER_HEADLINE_WORDS
            && !line.ends_with([':', '.'])
            && !is_writer_credit(line)
            && boilerplate_line(line, line.chars().count()).is_none()
    };
    let stamped = |i: usize| (i > 0 && is_stamp(i - 1)) || (i + 1 < first_body && is_stamp(i + 1));
    (0..first_body).rev().find(|&i| !is_stamp(i) && reads_as_headline(i) && stamped(i))
}

/// What sets a site's name apart from a post's headline in a page's declared title.
const TITLE_SEPARATORS: &[char] = &[':', '-', '–', '—', '|', '»', '/'];
/// The fewest words of a heading taken for the post's headline inside a declared title.
const HEADLINE_WORDS: usize = 3;

/// Whether `declared` is the `heading` (case and spacing aside) with a site's name set
/// before or after it by one of [`TITLE_SEPARATORS`]. The heading is the longer part: a
/// site's name is shorter than the headline it stands beside.
fn beside_site_name(declared: &str, heading: &str) -> bool {
    if heading.split_whitespace().count() < HEADLINE_WORDS {
        return false;
    }
    let (d, h): (String, String) = (lower_words(declared).collect(), lower_words(heading).collect());
    let rest = if let Some(before) = d.strip_suffix(h.as_str()) {
        before.trim_end().strip_suffix(TITLE_SEPARATORS)
    } else if let Some(after) = d.strip_prefix(h.as_str()) {
        after.trim_start().strip_prefix(TITLE_SEPARATORS)
    } else {
        None
    };
    rest.map(str::trim).is_some_and(|r| !r.is_empty() && r.len() < h.len())
}

/// The article's last line when it credits its writers or department ("Hoàng Minh (Văn
/// phòng Sở)", "Phòng Nghiệp vụ Y", as portals close a post): labelled a byline; the names
/// it gives, if any.
fn mark_closing_credit(page: &Page, labels: &mut [Label]) -> Vec<String> {
    let Some(mut last) = labels.iter().rposition(|l| *l == Label::Body) else { return Vec::new() };
    // "THẢO NGUYÊN / Nguồn: Báo X": the source the post was taken from, under its writer.
    if vanban_plugin_sdk::byline::is_source_credit(page.line(last)) {
        labels[last] = Label::Byline;
        // "Theo Hà Linh / Báo X": the writer of the piece taken, named beside the paper.
        if let Some(names) = vanban_plugin_sdk::byline::source_writers(page.line(last)) {
            return names;
        }
        let Some(before) = labels[..last].iter().rposition(|l| *l == Label::Body) else { return Vec::new() };
        last = before;
    }
    let line = page.line(last);
    // A line of Vietnamese names alone closes a post as often as a name with its unit does,
    // unless it signs under a title in capitals ("TRƯỞNG TRẠM"): a signature, not a writer.
    // A name in plain Latin letters ("Kyle Busch") may be a story's last paragraph.
    let vietnamese = line.chars().any(|c| c.is_alphabetic() && !c.is_ascii());
    let signed = last > 0 && is_upper_line(page.line(last - 1));
    // The byline reader reads names the plain one does not ("H’Lan Êban": a Central
    // Highlands prefix glued by an apostrophe).
    let alone = || byline_names(line).or_else(|| read_byline(line).map(|b| b.names)).filter(|_| vietnamese && !signed);
    let names = read_byline(line).filter(|b| b.with_unit).map(|b| b.names).or_else(alone);
    if names.is_none() && !is_unit_credit(line) {
        return Vec::new();
    }
    labels[last] = Label::Byline;
    names.unwrap_or_default()
}

/// The labels that open a writer's credit, not a photographer's alone.
const WRITER_LABELS: &[&str] =
    &["tác giả:", "người viết:", "bài:", "tin:", "bài và ảnh:", "bài, ảnh:", "tin, ảnh:", "tin và ảnh:", "thực hiện:"];

/// A labelled writer's credit in the block right under the text but outside its box ("Tác
/// giả: Lò Văn A" in a `div` of its own after the post's): labelled a byline; its names. Only
/// a labelled one: a name alone there may be a sidebar's.
fn mark_credit_under_text(page: &Page, labels: &mut [Label]) -> Vec<String> {
    let Some(last) = labels.iter().rposition(|l| *l == Label::Body) else { return Vec::new() };
    let next = last + 1;
    let outside = labels.get(next).is_some_and(outside_article);
    let line = if outside { page.line(next).trim() } else { "" };
    if page.blocks.get(next).is_none_or(|b| b.links > 0) || !WRITER_LABELS.iter().any(|w| starts_with_lower(line, w)) {
        return Vec::new();
    }
    let Some(names) = read_byline(line).map(|b| b.names).filter(|n| !n.is_empty()) else { return Vec::new() };
    labels[next] = Label::Byline;
    names
}

/// How many short lines under the article's last paragraph are read for its stamp.
const CLOSING_LINES: usize = 4;

/// The post's stamp among the short lines closing the article ("Cập nhật lúc: 08:15
/// 05/11/2026", as Liferay portals set it under the post): labelled a dateline; its date.
/// Only a stamp its label names: a date alone there may be another post's.
fn mark_closing_stamp(page: &Page, stats: &BlockStats, labels: &mut [Label]) -> Option<String> {
    let kept: Vec<usize> = (0..labels.len()).rev().filter(|&i| labels[i] == Label::Body).take_while(|&i| !stats.is_prose(i)).take(CLOSING_LINES).collect();
    let mut date = None;
    for i in kept {
        if let Some(d) = labelled_stamp(page.line(i)) {
            labels[i] = Label::Dateline;
            // The stamps are read from the last up: the first of them is the post's.
            date = Some(d);
        }
    }
    date
}

/// A writer's credit among the lines before the first paragraph ("Tin, ảnh: A" under the
/// headline, which the lead-in took for a dateline): labelled a byline; the names it gives.
fn mark_lead_credit(page: &Page, labels: &mut [Label]) -> Vec<String> {
    let first_body = labels.iter().position(|l| *l == Label::Body).unwrap_or(labels.len());
    for (i, label) in labels[..first_body].iter_mut().enumerate() {
        let line = page.line(i).trim();
        if *label == Label::Dateline && is_writer_credit(line) {
            *label = Label::Byline;
            return read_byline(line).map(|b| b.names).unwrap_or_default();
        }
    }
    Vec::new()
}

/// The date a page shows beside its headline ("Ngày đăng: 21/08/2025 | Lượt xem: 312", or
/// a blog's "Đăng ngày 14 Tháng Mười, 2026 bởi …"), for pages that declare none in their
/// metadata: a date line among the two blocks above the headline and the three below it.
fn shown_date(page: &Page, labels: &[Label]) -> Option<String> {
    let title = labels.iter().position(|l| *l == Label::Title)?;
    let near = title.saturating_sub(2)..(title + 4).min(page.blocks.len());
    near.filter(|&i| i != title).find_map(|i| stamp_date(page.line(i)))
}

/// The date of a date line: a stamp ("Cập nhật: 02/09/2026 10:05") or a blog's "Đăng ngày …".
fn stamp_date(line: &str) -> Option<String> {
    date_stamp(line).or_else(|| posted::posted_date(line))
}

#[cfg(test)]
mod tests;
