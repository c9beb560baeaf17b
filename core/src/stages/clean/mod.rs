//! Cleaning: makes every page the same clean NFC text, line by line, and keeps the
//! page's blocks pointing at the right bytes of the new text.
//!
//! Per line: controls, NUL and invisible characters out, odd spaces to plain spaces,
//! markdown `**` dropped, NFC, tone marks placed in the configured style. Across lines:
//! page numbers and the running header beside them dropped (`furniture.rs`), and a
//! paragraph cut by a page break, or by the line width of hard-wrapped text, is joined
//! back (the blocks merge). Words typed twice are reported in the record's warnings, not
//! changed.

pub mod chars;
pub mod furniture;
pub mod repair;
pub mod tones;
pub mod wrap;

use crate::config::StageConfig;
use crate::doc::Doc;
use crate::error::{ConfigError, StageError};
use crate::registry::{BuildContext, Built, Setting, StageKind, StageRegistration};
use crate::stage::Transform;
use chars::{CharCounts, Scan};
use serde::Deserialize;
use std::borrow::Cow;
use std::sync::Arc;
use tones::ToneStyle;
use wrap::Wrap;
use vanban_plugin_sdk::{Block, BlockTag, Format, Page};

/// The `clean` stage's settings.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct CleanSettings {
    /// "keep", "hoà" (mark on the second vowel of oa/oe/uy) or "hòa" (on the first).
    pub tone_marks: ToneStyle,
    /// Drop markdown emphasis markers (`**`).
    pub strip_emphasis: bool,
    /// Join a paragraph that a page break cut in two, dropping the page numbers and the
    /// running header or footer that stood in it.
    pub rejoin_lines: bool,
    /// Join the lines of hard-wrapped text (cut at one width) back into paragraphs.
    pub unwrap_lines: bool,
    /// Report words written twice in a row.
    pub warn_repeated_words: bool,
}

impl Default for CleanSettings {
    fn default() -> Self {
        CleanSettings { tone_marks: ToneStyle::Keep, strip_emphasis: true, rejoin_lines: true, unwrap_lines: true, warn_repeated_words: true }
    }
}

/// What cleaning one page changed, for the trace and the warnings.
#[derive(Debug, Default)]
pub struct Report {
    pub chars: CharCounts,
    pub marks_moved: usize,
    pub lines_joined: usize,
    pub lines_unwrapped: usize,
    pub page_numbers_dropped: usize,
    /// Page number lines ("Trang 2/4") dropped wherever they stood.
    pub page_labels_dropped: usize,
    /// Running headers and footers dropped, each text once.
    pub running_lines: Vec<String>,
    pub running_dropped: usize,
    pub lines_dropped: usize,
    pub repeated: Vec<String>,
}

pub struct Clean {
    pub settings: CleanSettings,
}

impl Transform for Clean {
    fn apply(&self, doc: &mut Doc) -> Result<(), StageError> {
        let report = clean_page(&mut doc.page, &self.settings);
        if doc.page.blocks.is_empty() {
            return Err(StageError::input("no text left after cleaning (only control or invisible characters)"));
        }
        for phrase in &report.repeated {
            doc.record.warnings.push(format!("words repeated, possibly by mistake: \"{phrase}\""));
        }
        for note in trace_notes(&report) {
            doc.trace("clean", note);
        }
        Ok(())
    }
}

fn trace_notes(r: &Report) -> Vec<String> {
    let counts = [
        (r.chars.removed, "control, NUL or invisible characters removed"),
        (r.chars.spaces, "no-break or odd spaces made plain"),
        (r.chars.emphasis, "markdown ** markers dropped"),
        (r.chars.normalised, "lines normalised to NFC"),
        (r.marks_moved, "tone marks moved"),
        (r.lines_joined, "lines joined across a page break"),
        (r.lines_unwrapped, "lines joined where the text was wrapped"),
        (r.page_numbers_dropped, "page numbers dropped between joined lines"),
        (r.page_labels_dropped, "page number lines dropped"),
        (r.running_dropped, "running header or footer lines dropped"),
        (r.lines_dropped, "lines left empty and dropped"),
        (r.repeated.len(), "repeated words reported"),
    ];
    let mut notes: Vec<String> = counts.iter().filter(|(n, _)| *n > 0).map(|(n, what)| format!("{n} {what}")).collect();
    // The stripped text is recorded by the strip stage, after this one: the trace keeps
    // what page furniture was taken out.
    notes.extend(r.running_lines.iter().map(|line| format!("running header or footer dropped: \"{line}\"")));
    if notes.is_empty() {
        notes.push("nothing to clean".to_string());
    }
    notes
}

/// One block and its text while the page is rebuilt; the text borrows the old page text
/// until a change needs its own copy.
struct Line<'a> {
    block: Block,
    text: Cow<'a, str>,
    /// The line as the page had it: whether it filled a wrapped line is told before
    /// cleaning dropped markers such as `**`.
    raw: &'a str,
}

/// Cleans the page in place; `page.text` and the block ranges stay consistent.
pub fn clean_page(page: &mut Page, settings: &CleanSettings) -> Report {
    let mut report = Report::default();
    let old_text = std::mem::take(&mut page.text);
    let mut lines = Vec::with_capacity(page.blocks.len());
    for block in &page.blocks {
        let raw = old_text.get(block.start..block.end).unwrap_or("");
        let scan = Scan::of(raw);
        if scan.line_break {
            for (k, piece) in split_breaks(raw).into_iter().enumerate() {
                lines.push(clean_piece(block, k, piece, Scan::of(piece), settings, &mut report));
            }
        } else {
            lines.push(clean_piece(block, 0, raw, scan, settings, &mut report));
        }
    }
    let mut lines = drop_empty(lines, &mut report);
    if settings.rejoin_lines {
        lines = drop_furniture(lines, &mut report);
    }
    let wrap = settings.unwrap_lines.then(|| find_wrap(&lines, page.format)).flatten();
    if settings.rejoin_lines || wrap.is_some() {
        lines = rejoin(lines, settings.rejoin_lines, wrap, &mut report);
    }
    if settings.warn_repeated_words {
        let mut finder = repair::RepeatFinder::default();
        // A table row's cells repeat their heads ("Mắc\tChết\tMắc\tChết") by design. (The
        // memchr crate's search: `str::contains` reads a word at a time, not a vector.)
        for line in lines.iter().filter(|l| memchr::memchr(b'\t', l.text.as_bytes()).is_none()) {
            finder.find_in_clean_line(&line.text, &mut report.repeated);
        }
    }
    rebuild(page, old_text.len(), lines);
    report
}

/// The width the page's text was wrapped at, if it was.
fn find_wrap(lines: &[Line], format: Format) -> Option<Wrap> {
    let prose = lines.iter().filter(|l| joinable_tag(l.block.tag)).map(|l| l.raw);
    Wrap::find(prose, format == Format::Pdf)
}

/// Piece `k` of a block that line breaks split (piece 0 when none did), cleaned.
fn clean_piece<'a>(block: &Block, k: usize, piece: &'a str, scan: Scan, settings: &CleanSettings, report: &mut Report) -> Line<'a> {
    let cleaned = chars::clean_line(piece, scan, settings.strip_emphasis, &mut report.chars);
    let text = match settings.tone_marks {
        ToneStyle::Keep => cleaned,
        style => Cow::Owned(tones::restyle(&cleaned, style, &mut report.marks_moved)),
    };
    let mut b = block.clone();
    if k > 0 {
        // A line break inside a block: the later pieces are lines of their own.
        b.gap_before = false;
        b.link_chars = 0;
        b.links = 0;
    }
    Line { block: b, text, raw: piece }
}

/// Splits on any line break left inside a block (CRLF, CR, LF, U+2028, U+2029).
fn split_breaks(text: &str) -> Vec<&str> {
    text.split("\r\n").flat_map(|s| s.split(['\r', '\n', '\u{2028}', '\u{2029}', '\u{85}'])).collect()
}

/// Drops lines that cleaning left blank; their paragraph break passes to the next line.
fn drop_empty<'a>(lines: Vec<Line<'a>>, report: &mut Report) -> Vec<Line<'a>> {
    let mut out: Vec<Line<'a>> = Vec::with_capacity(lines.len());
    let mut pending_gap = false;
    for mut line in lines {
        if line.text.trim().is_empty() {
            report.lines_dropped += 1;
            // A line that was only invisible characters reads as a blank line.
            pending_gap = true;
            continue;
        }
        line.block.gap_before |= pending_gap;
        pending_gap = false;
        out.push(line);
    }
    out
}

/// Drops page numbers and the running header or footer beside them (plain lines only). A
/// page break is no paragraph break: the line after the furniture loses the blank line
/// before it, and the joining below judges it by its text alone.
fn drop_furniture<'a>(lines: Vec<Line<'a>>, report: &mut Report) -> Vec<Line<'a>> {
    // Almost no page has a page number: one pass over the lines, and nothing allocated.
    if !lines.iter().any(|l| l.block.tag == BlockTag::Line && furniture::may_be_label(&l.text)) {
        return lines;
    }
    let texts: Vec<(&str, bool)> = lines.iter().map(|l| (l.text.as_ref(), l.block.tag == BlockTag::Line)).collect();
    let found = furniture::find(&texts);
    if found.is_empty() {
        return lines;
    }
    let mut out = Vec::with_capacity(lines.len());
    let mut skipped = false;
    let mut found = found.into_iter().peekable();
    for (i, mut line) in lines.into_iter().enumerate() {
        let Some((_, kind)) = found.next_if(|&(k, _)| k == i) else {
            line.block.gap_before &= !skipped;
            skipped = false;
            out.push(line);
            continue;
        };
        skipped = true;
        match kind {
            furniture::Furniture::PageNumber => report.page_labels_dropped += 1,
            furniture::Furniture::Running => {
                report.running_dropped += 1;
                let text = line.text.trim();
                if !report.running_lines.iter().any(|l| l == text) {
                    report.running_lines.push(text.to_string());
                }
            }
        }
    }
    out
}

/// Whether two blocks may be one paragraph: plain-text lines, or paragraph-like blocks of
/// the same container (never headings, list items or table rows).
fn joinable(a: &Block, b: &Block) -> bool {
    match (a.tag, b.tag) {
        (BlockTag::Line, BlockTag::Line) => true,
        (BlockTag::P | BlockTag::Div, BlockTag::P | BlockTag::Div) => a.container == b.container,
        _ => false,
    }
}

/// Blocks that [`joinable`] may join to some other.
fn joinable_tag(tag: BlockTag) -> bool {
    matches!(tag, BlockTag::Line | BlockTag::P | BlockTag::Div)
}

/// Joins each line that a page break cut off to the line before it (skipping a bare page
/// number between them), when `page_breaks`, and each line that `wrap` cut. The merged
/// block keeps the first block's tag and container.
fn rejoin<'a>(lines: Vec<Line<'a>>, page_breaks: bool, wrap: Option<Wrap>, report: &mut Report) -> Vec<Line<'a>> {
    let mut out: Vec<Line<'a>> = Vec::with_capacity(lines.len());
    // The last line joined into `out`'s last block, as the page had it: a wrap is judged
    // by the line it cut, not by the paragraph joined so far.
    let mut tail = "";
    let mut iter = lines.into_iter().peekable();
    while let Some(line) = iter.next() {
        let Some(prev) = out.last_mut() else {
            tail = line.raw;
            out.push(line);
            continue;
        };
        let continues = |next: &Line| page_breaks && repair::continues(&prev.text, &next.text);
        let page_number_between = line.block.tag == BlockTag::Line
            && repair::is_page_number(&line.text)
            && iter.peek().is_some_and(|next| joinable(&prev.block, &next.block) && continues(next));
        if page_number_between {
            report.page_numbers_dropped += 1;
            continue;
        }
        // A wrap is told first: in wrapped text a line in lower case was cut by the width
        // far more often than by a page break.
        let joined_by = if !joinable(&prev.block, &line.block) {
            None
        } else if wrap.is_some_and(|w| !line.block.gap_before && w.cut(&prev.text, tail, line.raw)) {
            Some(&mut report.lines_unwrapped)
        } else if continues(&line) {
            Some(&mut report.lines_joined)
        } else {
            None
        };
        let Some(count) = joined_by else {
            tail = line.raw;
            out.push(line);
            continue;
        };
        *count += 1;
        let trimmed = prev.text.trim_end().len();
        let joined = prev.text.to_mut();
        joined.truncate(trimmed);
        joined.push(' ');
        tail = line.raw;
        joined.push_str(line.text.trim_start());
        prev.block.link_chars += line.block.link_chars;
        prev.block.links += line.block.links;
    }
    out
}

/// Writes the lines back as the page text, one per block, joined by `\n`.
fn rebuild(page: &mut Page, capacity: usize, lines: Vec<Line<'_>>) {
    let mut text = String::with_capacity(capacity);
    let mut blocks = Vec::with_capacity(lines.len());
    for Line { mut block, text: line, .. } in lines {
        if !text.is_empty() {
            text.push('\n');
        }
        block.start = text.len();
        text.push_str(&line);
        block.end = text.len();
        blocks.push(block);
    }
    page.text = text;
    page.blocks = blocks;
}

fn build(sc: &StageConfig, _ctx: &BuildContext) -> Result<Built, ConfigError> {
    let settings: CleanSettings = sc.parse()?;
    Ok(Built::Transform(Arc::new(Clean { settings })))
}

inventory::submit! {
    StageRegistration {
        name: "clean",
        kind: StageKind::Transform,
        summary: "Makes the text clean NFC: removes control and invisible characters, plain spaces, drops markdown **, joins paragraphs cut by page breaks or hard wraps, reports repeated words.",
        settings: &[
            Setting { key: "tone_marks", ty: "string", default: "keep", help: "\"keep\", \"hoà\" (mark on the second vowel of oa/oe/uy) or \"hòa\" (on the first)" },
            Setting { key: "strip_emphasis", ty: "boolean", default: "true", help: "drop markdown ** markers" },
            Setting { key: "rejoin_lines", ty: "boolean", default: "true", help: "join a paragraph cut by a page break (a line without closing punctuation followed by one in lower case), dropping page numbers (\"Trang 2/4\") and the running header or footer beside them" },
            Setting { key: "unwrap_lines", ty: "boolean", default: "true", help: "join the lines of hard-wrapped text (most lines cut near one width) where a line filled up without ending a sentence" },
            Setting { key: "warn_repeated_words", ty: "boolean", default: "true", help: "warn about words written twice in a row" },
        ],
        parallel: true,
        build,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clean(text: &str) -> (Page, Report) {
        let mut page = Page::from_text("t.txt", text);
        let report = clean_page(&mut page, &CleanSettings::default());
        (page, report)
    }

    fn assert_consistent(page: &Page) {
        let joined: Vec<&str> = page.lines().map(|(_, _, t)| t).collect();
        assert_eq!(joined.join("\n"), page.text);
    }

    #[test]
    fn break_test_finds_what_the_split_splits() {
        for c in (0..0x11_0000).filter_map(char::from_u32) {
            let text = format!("a{c}b");
            assert_eq!(Scan::of(&text).line_break, split_breaks(&text).len() > 1, "{c:?}");
        }
    }

    #[test]
    fn cleaned_lines_hold_only_ascii_white_space() {
        // The repeat search relies on it (RepeatFinder::find_in_clean_line).
        use vanban_plugin_sdk::testing::Rng;
        let spaces: Vec<String> = (0..0x11_0000).filter_map(char::from_u32).filter(|c| c.is_whitespace()).map(String::from).collect();
        let words = ["Trạm", "y", "tế", "hoà", "**", "\u{200B}", "\u{0}", "\u{FEFF}", "\r\n", "e\u{301}", "ư", "1", "."];
        let mut rng = Rng(5);
        for k in 0..20_000 {
            let text: String = (0..rng.below(30))
                .map(|_| if rng.below(3) == 0 { spaces[rng.below(spaces.len())].as_str() } else { words[rng.below(words.len())] })
                .collect();
            let style = [ToneStyle::Keep, ToneStyle::First, ToneStyle::Second][k % 3];
            let mut page = Page::from_text("t.txt", &text);
            clean_page(&mut page, &CleanSettings { tone_marks: style, ..CleanSettings::default() });
            assert!(!page.text.chars().any(|c| c.is_whitespace() && !c.is_ascii()), "{text:?}");
        }
    }

    #[test]
    fn page_break_rejoin_merges_blocks() {
        let text = "Trạm y tế xã Hòa Phong đã tổ chức tiêm chủng cho trẻ em dưới một tuổi và\n\n\ncác bà mẹ mang thai trên địa bàn xã.\nTrạm cũng khám cho người cao tuổi trong tháng vừa qua\nNgười dân đánh giá cao.";
        let (page, report) = clean(text);
        assert_eq!(report.lines_joined, 1);
        assert_eq!(page.blocks.len(), 3);
        assert_eq!(page.line(0), "Trạm y tế xã Hòa Phong đã tổ chức tiêm chủng cho trẻ em dưới một tuổi và các bà mẹ mang thai trên địa bàn xã.");
        assert!(!page.blocks[0].gap_before);
        assert_consistent(&page);
    }

    #[test]
    fn page_number_between_halves_is_dropped() {
        let (page, report) = clean("Đoàn kiểm tra đã làm việc với trạm y tế xã Phú An về công tác\n\n7\n\nphòng chống dịch bệnh mùa mưa.");
        assert_eq!((report.lines_joined, report.page_numbers_dropped), (1, 1));
        assert_eq!(page.text, "Đoàn kiểm tra đã làm việc với trạm y tế xã Phú An về công tác phòng chống dịch bệnh mùa mưa.");
    }

    #[test]
    fn bare_page_numbers_between_whole_paragraphs_are_dropped() {
        // A PDF's text dump: each page ends with its number alone, centred, then a form feed.
        let para = |n: usize| format!("Đoạn {n}: trạm y tế xã đã khám cho người cao tuổi trên địa bàn.\n\n").repeat(3);
        let text = format!("{}{}{}                1\n\u{c}{}{}                2\n\u{c}", para(1), para(2), para(3), para(4), para(5));
        let (page, report) = clean(&text);
        assert_eq!((page.blocks.len(), report.page_labels_dropped), (15, 2), "{}", page.text);
        assert!(page.lines().all(|(_, _, t)| t.starts_with("Đoạn")));
        assert_consistent(&page);
    }

    #[test]
    fn page_furniture_is_dropped_and_the_sentence_joined() {
        let text = "Trạm y tế xã Yên Thành đã tổ chức khám sàng lọc cho 1.204 người cao tuổi,\n\
            trong đó phát hiện 87 người tăng huyết áp và 31 người đái tháo đường; các\n\
            - 1 -\n\n\
            TRẠM Y TẾ XÃ YÊN THÀNH – Báo cáo quý III\n\n\
            trường hợp này được lập hồ sơ quản lý tại trạm theo đúng hướng dẫn.\n\
            Ngày 2/10, trạm tổ chức truyền thông về phòng chống sốt xuất huyết tại\n\
            - 2 -\n\
            TRẠM Y TẾ XÃ YÊN THÀNH – Báo cáo quý III\n\
            Nhà văn hóa thôn Đông với 150 người tham dự.\n\
            - 3 -";
        let (page, report) = clean(text);
        let lines: Vec<&str> = page.lines().map(|(_, _, t)| t).collect();
        assert_eq!(lines.len(), 2, "{lines:#?}");
        assert!(lines[0].ends_with("31 người đái tháo đường; các trường hợp này được lập hồ sơ quản lý tại trạm theo đúng hướng dẫn."), "{}", lines[0]);
        assert_eq!(lines[1], "Ngày 2/10, trạm tổ chức truyền thông về phòng chống sốt xuất huyết tại Nhà văn hóa thôn Đông với 150 người tham dự.");
        assert_eq!((report.page_labels_dropped, report.running_dropped), (3, 2));
        assert_eq!(report.running_lines, ["TRẠM Y TẾ XÃ YÊN THÀNH – Báo cáo quý III"]);
        assert!(trace_notes(&report).iter().any(|n| n.contains("running header or footer dropped: \"TRẠM Y TẾ")));
        assert_consistent(&page);
        let kept = CleanSettings { rejoin_lines: false, unwrap_lines: false, ..CleanSettings::default() };
        let mut page = Page::from_text("t.txt", text);
        clean_page(&mut page, &kept);
        assert_eq!(page.blocks.len(), 10, "furniture goes with page-break joining");
    }

    #[test]
    fn nul_zero_width_and_emphasis_leave_consistent_blocks() {
        let (page, report) = clean("**THÔNG BÁO**\n\u{200B}\u{0}\n\u{FEFF}Trạm y\u{0} tế\u{A0} xã\r");
        assert_eq!(page.text, "THÔNG BÁO\nTrạm y tế  xã");
        assert!(!page.text.contains('\0'));
        assert_eq!(report.lines_dropped, 1);
        assert!(page.blocks[1].gap_before, "the dropped line's break passes on");
        assert_consistent(&page);
    }

    #[test]
    fn repeated_words_warn_without_change() {
        let text = "Kế hoạch Kế hoạch tiêm chủng mở rộng được duy trì.";
        let (page, report) = clean(text);
        assert_eq!(page.text, text);
        assert_eq!(report.repeated, vec!["Kế hoạch Kế hoạch"]);
        let (_, report) = clean("TT\tTên bệnh\tTuần 44\n\tMắc\tChết\tMắc\tChết");
        assert!(report.repeated.is_empty(), "a table's heads repeat: {:?}", report.repeated);
    }

    #[test]
    fn tone_style_setting() {
        let mut page = Page::from_text("t.txt", "Uỷ ban xã Hoà Bình chăm lo sức khoẻ");
        let settings = CleanSettings { tone_marks: ToneStyle::First, ..CleanSettings::default() };
        let report = clean_page(&mut page, &settings);
        assert_eq!(page.text, "Ủy ban xã Hòa Bình chăm lo sức khỏe");
        assert_eq!(report.marks_moved, 3);
    }

    #[test]
    fn settings_reject_unknown_keys_and_styles() {
        let parse = |s: &str| toml::from_str::<CleanSettings>(s);
        assert_eq!(parse("tone_marks = \"hoà\"").map(|c| c.tone_marks).ok(), Some(ToneStyle::Second));
        assert!(parse("tone_mark = \"hoà\"").is_err());
        assert!(parse("tone_marks = \"modern\"").is_err());
    }

    #[test]
    fn hard_wrapped_paragraphs_are_joined_back() {
        // Wrapped at 60 chars as `fmt` wraps, a title and a list around it.
        let text = "Hội nghị sơ kết công tác y tế quý II năm 2025\n\
            Ngày 4/7/2025, Trung tâm Y tế huyện tổ chức hội nghị sơ kết\n\
            công tác y tế quý II năm 2025. Dự hội nghị có đồng chí Phan\n\
            Thị Mơ - Phó Giám đốc Sở Y tế; đồng chí Lại Văn Quế - Giám\n\
            đốc Trung tâm Y tế huyện; đồng chí Kha Minh Tú - Trưởng Trạm\n\
            y tế xã Đồng Lạc. Trong quý, trạm y tế các xã khám cho\n\
            48.210 lượt người, tăng 1.204 lượt so với quý I.\n\
            Đồng chí Phó Giám đốc yêu cầu các trạm y tế xã tăng cường\n\
            giám sát bệnh truyền nhiễm; hoàn thành rà soát đối tượng\n\
            tiêm chủng trước ngày 15/8/2025 và báo cáo về Trung tâm Y tế\n\
            huyện.\n\
            - Trạm y tế xã Đồng Lạc;\n\
            - Lưu: VT.";
        let (page, report) = clean(text);
        let lines: Vec<&str> = page.lines().map(|(_, _, t)| t).collect();
        assert_eq!(lines.len(), 5, "{lines:#?}");
        assert_eq!(lines[0], "Hội nghị sơ kết công tác y tế quý II năm 2025", "a title shorter than the width");
        assert!(lines[1].contains("đồng chí Phan Thị Mơ - Phó") && lines[1].contains("khám cho 48.210 lượt"), "{}", lines[1]);
        assert!(lines[1].ends_with("quý I.") && lines[2].ends_with("Trung tâm Y tế huyện."));
        assert_eq!((report.lines_joined, report.lines_unwrapped), (0, 8));
        assert_consistent(&page);
        let settings = CleanSettings { unwrap_lines: false, ..CleanSettings::default() };
        let mut kept = Page::from_text("t.txt", text);
        clean_page(&mut kept, &settings);
        // Without the setting only lines of two words or more opening in lower case are
        // joined ("huyện." is one word).
        assert_eq!(kept.blocks.len(), 8);
    }

    /// Joining lines, wrapped or not, loses and moves no word (a bare number alone on a
    /// line, a page number, would be dropped: the words hold none).
    #[test]
    fn wrapped_pages_keep_every_word_in_order() {
        use vanban_plugin_sdk::testing::Rng;
        let words = ["Trạm", "y", "tế", "xã", "Đông", "Hưng", "khám", "2.500", "lượt;", "người.", "-", "Giám", "đốc", "BS.", "1.", "(Ảnh:", "**Sở**", "Điều", "3,"];
        let mut rng = Rng(11);
        let mut unwrapped = 0;
        for _ in 0..2_000 {
            let width = 20 + rng.below(100);
            let mut text = String::new();
            let mut line = 0;
            for _ in 0..rng.below(200) {
                let word = words[rng.below(words.len())];
                if line > 0 && line + 1 + word.chars().count() > width || rng.below(40) == 0 {
                    text.push_str(if rng.below(5) == 0 { "\n\n" } else { "\n" });
                    line = 0;
                } else if line > 0 {
                    text.push(' ');
                    line += 1;
                }
                text.push_str(word);
                line += word.chars().count();
            }
            let (page, report) = clean(&text);
            assert_consistent(&page);
            let kept: Vec<&str> = page.text.split_whitespace().collect();
            let written: Vec<String> = text.split_whitespace().map(|w| w.replace("**", "")).filter(|w| !w.is_empty()).collect();
            assert_eq!(kept, written, "{text:?}");
            unwrapped += report.lines_unwrapped;
        }
        assert!(unwrapped > 1_000, "pages taken for wrapped: {unwrapped} lines joined");
    }

    #[test]
    fn headings_and_capitals_are_not_joined() {
        let (page, _) = clean("Trạm y tế xã Hòa Phong đã tổ chức tiêm chủng cho trẻ em dưới một tuổi\nTrạm cũng khám cho người cao tuổi.");
        assert_eq!(page.blocks.len(), 2);
        let mut html = Page::from_text("t.html", "Tiêu đề dài của bài viết về trạm y tế xã không có dấu chấm\nnội dung bắt đầu bằng chữ thường ở đây");
        html.blocks[0].tag = BlockTag::H1;
        html.blocks[1].tag = BlockTag::P;
        clean_page(&mut html, &CleanSettings::default());
        assert_eq!(html.blocks.len(), 2);
    }
}
