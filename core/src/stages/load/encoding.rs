//! Finding a text's encoding: byte-order marks, UTF-8, UTF-16 without a mark, and for
//! 8-bit text the reading (Windows-1258, TCVN3, VNI or a statistical guess) that looks
//! most like Vietnamese.

use super::legacy::{self, Score};
use crate::error::StageError;
use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, WINDOWS_1252, WINDOWS_1258};

/// A decoded text and how it was found.
#[derive(Debug, Default, PartialEq)]
pub struct Text {
    pub text: String,
    /// "utf-8", "utf-16le", "utf-16be", "windows-1258", "tcvn3", "vni", "windows-1252", ...
    pub encoding: String,
    pub warnings: Vec<String>,
    pub notes: Vec<String>,
}

impl Text {
    fn new(text: String, encoding: &str) -> Text {
        Text { text, encoding: encoding.to_string(), ..Text::default() }
    }
}

/// Share of control bytes above which 8-bit input is taken for binary data.
const MAX_CONTROL_SHARE: f64 = 0.05;

/// Decodes text bytes, or says why they are not text.
pub fn decode_text(raw: &[u8]) -> Result<Text, StageError> {
    if let Some(t) = from_bom(raw) {
        return Ok(t);
    }
    if let Some(enc) = utf16_without_bom(raw) {
        let (text, bad) = enc.decode_without_bom_handling(raw);
        let name = if enc == UTF_16LE { "utf-16le" } else { "utf-16be" };
        let mut t = Text::new(text.into_owned(), name);
        t.notes.push(format!("{name} without a byte-order mark (NUL bytes at every other position)"));
        if bad {
            t.warnings.push(format!("invalid {name} sequences were replaced with U+FFFD"));
        }
        return Ok(t);
    }
    // Validated with SIMD: most inputs are valid UTF-8, checked here in full.
    if let Ok(text) = simdutf8::basic::from_utf8(raw) {
        // Controls are ASCII and every char starts with a non-continuation byte: one pass
        // over the bytes counts both.
        let controls = count_controls(raw);
        if controls > 0 {
            check_controls(controls, count_chars(raw))?;
        }
        return Ok(repair_misread_utf8(text, controls));
    }
    if let Some(invalid) = mostly_utf8(raw) {
        return Ok(lossy_utf8(raw, invalid));
    }
    check_controls(count_controls(raw), raw.len())?;
    Ok(eight_bit(raw))
}

fn from_bom(raw: &[u8]) -> Option<Text> {
    let (enc, bom_len) = Encoding::for_bom(raw)?;
    let (text, bad) = enc.decode_without_bom_handling(&raw[bom_len..]);
    let name = enc.name().to_ascii_lowercase();
    let mut t = Text::new(text.into_owned(), &name);
    t.notes.push(format!("{name} byte-order mark"));
    if bad {
        t.warnings.push(format!("invalid {name} sequences were replaced with U+FFFD"));
    }
    Some(t)
}

/// UTF-16 without a byte-order mark: ASCII-heavy text in UTF-16 has a NUL in every
/// other byte, Vietnamese text at least in a good share of them.
fn utf16_without_bom(raw: &[u8]) -> Option<&'static Encoding> {
    let sample = &raw[..raw.len().min(8192) & !1];
    let pairs = sample.len() / 2;
    // Nearly every page has no NUL at all: one vectorised scan settles it before the counts.
    if pairs < 4 || memchr::memchr(0, sample).is_none() {
        return None;
    }
    let zeros_at = |parity: usize| sample.iter().skip(parity).step_by(2).filter(|b| **b == 0).count();
    let (even, odd) = (zeros_at(0), zeros_at(1));
    let many = |n: usize| n * 10 >= pairs * 3;
    let few = |n: usize| n * 20 <= pairs;
    if many(odd) && few(even) {
        Some(UTF_16LE)
    } else if many(even) && few(odd) {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// How many bytes are [`is_control_byte`]: counted in fixed 32-byte blocks with a byte-wide
/// sum and no branch, which the compiler turns into vector code (a plain filter-count is not).
pub(super) fn count_controls(bytes: &[u8]) -> usize {
    count_bytes(bytes, is_control_byte)
}

/// How many chars UTF-8 `bytes` hold: the bytes that are not continuation bytes.
fn count_chars(bytes: &[u8]) -> usize {
    count_bytes(bytes, |b| (b as i8) >= -0x40)
}

fn count_bytes(bytes: &[u8], test: impl Fn(u8) -> bool) -> usize {
    let blocks = bytes.chunks_exact(32);
    let tail = blocks.remainder().iter().filter(|&&b| test(b)).count();
    blocks.map(|block| usize::from(block.iter().fold(0u8, |n, &b| n + u8::from(test(b))))).sum::<usize>() + tail
}

/// An ASCII control other than tab, line feed, form feed and carriage return. Branch-free,
/// so that counting them over a whole page vectorises.
fn is_control_byte(b: u8) -> bool {
    (b < 0x20 || b == 0x7F) & !matches!(b, b'\t' | b'\n' | b'\r' | b'\x0c')
}

fn check_controls(controls: usize, total: usize) -> Result<(), StageError> {
    if total > 0 && controls as f64 > MAX_CONTROL_SHARE * total as f64 {
        let pct = controls * 100 / total;
        return Err(StageError::input(format!("not a text document: {pct}% of it is control bytes")));
    }
    Ok(())
}

/// Whether `raw`, not valid UTF-8, is still mostly UTF-8: ten well-formed multi-byte
/// sequences or more for each invalid one. Then the number of invalid ones. Stops as soon as
/// the bytes left could not make up the count (each sequence takes two bytes or more):
/// 8-bit text is told in its first lines.
fn mostly_utf8(raw: &[u8]) -> Option<usize> {
    let (mut multibyte, mut invalid, mut read) = (0, 0, 0);
    for chunk in raw.utf8_chunks() {
        multibyte += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        invalid += usize::from(!chunk.invalid().is_empty());
        read += chunk.valid().len() + chunk.invalid().len();
        if multibyte + (raw.len() - read) / 2 < 10 * invalid.max(1) {
            return None;
        }
    }
    (multibyte >= 10 * invalid.max(1)).then_some(invalid)
}

/// Mostly good UTF-8 with a few broken sequences: keep the text, mark the damage.
fn lossy_utf8(raw: &[u8], invalid: usize) -> Text {
    let first = std::str::from_utf8(raw).err().map_or(0, |e| e.valid_up_to());
    let mut t = Text::new(String::from_utf8_lossy(raw).into_owned(), "utf-8");
    t.warnings.push(format!(
        "invalid UTF-8 in {invalid} place(s), the first at byte {first}: replaced with U+FFFD"
    ));
    t
}

/// Text read as TCVN3: its words in capitals typed with lower-case codes are put back in
/// capitals ([`legacy::tcvn3_capitals`]); no other encoding has the habit.
fn capitals_after_tcvn3(t: &mut Text) {
    if t.encoding != "tcvn3" {
        return;
    }
    let (text, changed) = legacy::tcvn3_capitals(std::mem::take(&mut t.text));
    t.text = text;
    if changed > 0 {
        t.notes.push(format!("{changed} words in capitals typed with TCVN3 lower-case codes put in capitals"));
    }
}

/// The text of a word processor's file (DOCX, Word 97-2003), stored as `encoding`: typed
/// in a legacy Vietnamese font (TCVN3's `.VnTime`, VNI's `VNI-Times`), its characters are
/// the font's 8-bit codes read as Windows-1252, and are put right as in misread UTF-8.
pub fn repair_word_text(text: String, encoding: &str) -> Text {
    let mut t = repair_misread_utf8(&text, 0);
    if t.encoding == "utf-8" {
        t.encoding = encoding.to_string();
    } else {
        t.notes.retain(|n| !n.starts_with("UTF-8 text holding"));
        t.notes.push(format!("text in a {} font: converted to Unicode", t.encoding.to_uppercase()));
    }
    t
}

/// Valid UTF-8 that holds TCVN3 or VNI text read once as Windows-1252 (a common accident
/// of old converters): put right. Genuine Unicode Vietnamese is never touched.
fn repair_misread_utf8(text: &str, controls: usize) -> Text {
    // Copied only when it is the answer: a repaired text is built from the words instead.
    let plain = || Text::new(text.to_string(), "utf-8");
    // Most pages hold no character a misreading could give (or real Unicode Vietnamese):
    // one byte-level pass settles them before any word is gathered or scored.
    if !legacy::may_be_misread_legacy(text, controls) {
        return plain();
    }
    // Both readings change only words with non-ASCII or control characters, and the score
    // counts only those: deciding on them alone gives the same answer at a fraction of the
    // cost on a large page (mostly markup and ASCII).
    let words = words_to_repair(text, controls > 0);
    let distinct = Distinct::of(text.as_bytes(), &words);
    // Cut at ASCII whitespace only, so every word is whole UTF-8.
    let sample = String::from_utf8_lossy(&distinct.sample);
    let before = distinct.score(&sample);
    if before.odd == 0 {
        return plain();
    }
    let best = MISREAD_READINGS
        .into_iter()
        .map(|(name, read)| {
            let repaired = read(&sample);
            (distinct.score(&repaired), name, repaired)
        })
        .filter(|(s, _, _)| s.odd * 4 <= before.odd && s.syllables >= 2 && s.value() > before.value())
        .max_by_key(|(s, name, _)| (s.value(), *name));
    match best {
        Some((_, name, repaired)) => {
            // As for 8-bit text: the words outside the sample read the same repaired.
            let mut t = Text::new(spliced(text.as_bytes(), &words, distinct.pieces(&repaired)), name);
            t.notes.push(misread_note(name));
            capitals_after_tcvn3(&mut t);
            t
        }
        None => plain(),
    }
}

/// The repairs of UTF-8 text that holds TCVN3, VNI or UTF-8 itself read as Windows-1252.
const MISREAD_READINGS: [(&str, fn(&str) -> String); 3] =
    [("tcvn3", legacy::tcvn3_from_misread), ("vni", legacy::vni_from_misread), ("utf-8", legacy::utf8_from_misread)];

fn misread_note(name: &str) -> String {
    if name == "utf-8" {
        return "UTF-8 text read as Windows-1252 and saved as UTF-8 again (mojibake): repaired".to_string();
    }
    format!("UTF-8 text holding {name} read as Windows-1252: converted to Unicode")
}

/// Where the whitespace-separated words of `text` that hold a non-ASCII or control
/// character are.
fn words_to_repair(text: &str, has_controls: bool) -> Vec<(usize, usize)> {
    let next = if has_controls { next_odd_byte } else { next_non_ascii };
    words_holding(text.as_bytes(), next)
}

/// Where the words of `bytes` (separated by ASCII whitespace) that hold a byte `next` finds
/// start and end. Jumps from one such byte to the next, so that the ASCII bulk of a page
/// (markup, scripts, unaccented words) is skipped in blocks instead of being split.
fn words_holding(bytes: &[u8], next: fn(&[u8], usize) -> Option<usize>) -> Vec<(usize, usize)> {
    let mut words = Vec::new();
    let mut from = 0;
    while let Some(at) = next(bytes, from) {
        let start = bytes[from..at].iter().rposition(u8::is_ascii_whitespace).map_or(from, |p| from + p + 1);
        let end = bytes[at..].iter().position(u8::is_ascii_whitespace).map_or(bytes.len(), |p| at + p);
        words.push((start, end));
        from = end;
    }
    words
}

/// The `words` of `bytes`, each followed by a space.
#[cfg(test)]
fn joined(bytes: &[u8], words: &[(usize, usize)]) -> Vec<u8> {
    let mut out = Vec::with_capacity(words.iter().map(|(start, end)| end - start + 1).sum());
    for &(start, end) in words {
        out.extend_from_slice(&bytes[start..end]);
        out.push(b' ');
    }
    out
}

/// A byte that is not ASCII, or an ASCII control inside a word (not one of the whitespace
/// separators of `split_ascii_whitespace`).
fn is_odd_byte(b: u8) -> bool {
    (b >= 0x80) | (b == 0x7F) | ((b < 0x20) & !matches!(b, b'\t' | b'\n' | b'\r' | b'\x0c'))
}

/// The position of the first non-ASCII byte at or after `from`: the odd bytes of a text
/// without controls. std's ASCII test runs a machine word at a time.
pub(super) fn next_non_ascii(bytes: &[u8], from: usize) -> Option<usize> {
    const BLOCK: usize = 64;
    let mut at = from;
    while at + BLOCK <= bytes.len() && bytes[at..at + BLOCK].is_ascii() {
        at += BLOCK;
    }
    bytes[at..].iter().position(|&b| b >= 0x80).map(|p| at + p)
}

/// The position of the first odd byte at or after `from`, testing 32-byte blocks without a
/// branch per byte before looking inside the block that has one.
fn next_odd_byte(bytes: &[u8], from: usize) -> Option<usize> {
    const BLOCK: usize = 32;
    // In 8-bit Vietnamese the next one is a few bytes on: looked for first among them.
    const NEAR: usize = 8;
    let from = from.min(bytes.len());
    let near = &bytes[from..(from + NEAR).min(bytes.len())];
    if let Some(p) = near.iter().position(|&b| is_odd_byte(b)) {
        return Some(from + p);
    }
    let mut at = from + near.len();
    while at + BLOCK <= bytes.len() {
        let block = &bytes[at..at + BLOCK];
        if block.iter().fold(false, |any, &b| any | is_odd_byte(b)) {
            break;
        }
        at += BLOCK;
    }
    bytes[at..].iter().position(|&b| is_odd_byte(b)).map(|p| at + p)
}

/// 8-bit text: tries each Vietnamese reading and keeps the one that scores best; when
/// none reads as Vietnamese, takes chardetng's statistical guess.
///
/// The readings are scored on the words that hold a byte other than printable ASCII: every
/// reading gives the other words back as they are (ASCII whitespace, letters, digits and
/// punctuation mean the same in all four), and the score counts nothing in them. Each
/// distinct word is read and scored once ([`Distinct`]): a word's reading does not depend
/// on its neighbours, and a score is the sum of its words'. So the scores, and the choice,
/// are those of the whole text, and only the chosen reading is made of the whole text.
fn eight_bit(raw: &[u8]) -> Text {
    let words = words_holding(raw, next_odd_byte);
    let distinct = Distinct::of(raw, &words);
    let mut readings: Vec<(Score, &'static str, String)> =
        readings(&distinct.sample).into_iter().map(|(name, text)| (distinct.score(&text), name, text)).collect();
    readings.sort_by_key(|(s, name, _)| (std::cmp::Reverse(s.value()), *name));
    let mut iter = readings.into_iter();
    // Vietnamese letters alone are not enough: Cyrillic or Greek bytes read as
    // Windows-1258 give accented Latin letters too, but never its common syllables.
    let best = iter.next().filter(|(s, _, _)| reads_as_vietnamese(s));
    match best {
        Some((score, name, read)) => {
            let mut t = Text::new(spliced(raw, &words, distinct.pieces(&read)), name);
            capitals_after_tcvn3(&mut t);
            let runner_up = iter.next().map_or(i64::MIN, |(s, _, _)| s.value());
            if score.odd * 20 > score.marked || runner_up.saturating_mul(10) > score.value().saturating_mul(9) {
                t.warnings.push(format!("encoding uncertain: read as {name}, the best of the Vietnamese 8-bit encodings"));
            }
            t
        }
        None => guessed(raw),
    }
}

/// The distinct words of a text, each once: the words of a page repeat (a few thousand
/// bytes of Vietnamese hold about a third as many distinct words as words), and reading
/// and scoring them once each cuts the work to match.
struct Distinct {
    /// The distinct words, in the order they first occur, each followed by a space.
    sample: Vec<u8>,
    /// How often each distinct word occurs.
    counts: Vec<usize>,
    /// For each word of the text, its distinct word.
    of_word: Vec<u32>,
}

impl Distinct {
    /// The distinct words among `words` of `raw`.
    fn of(raw: &[u8], words: &[(usize, usize)]) -> Distinct {
        let mut index: rustc_hash::FxHashMap<&[u8], u32> = rustc_hash::FxHashMap::default();
        let mut d = Distinct { sample: Vec::new(), counts: Vec::new(), of_word: Vec::with_capacity(words.len()) };
        for &(start, end) in words {
            let word = &raw[start..end];
            let i = *index.entry(word).or_insert_with(|| {
                d.sample.extend_from_slice(word);
                d.sample.push(b' ');
                d.counts.push(0);
                (d.counts.len() - 1) as u32
            });
            d.counts[i as usize] += 1;
            d.of_word.push(i);
        }
        d
    }

    /// The score of the text's words, from a reading of [`Distinct::sample`]: each
    /// distinct word's score as often as the word occurs.
    fn score(&self, reading: &str) -> Score {
        let mut total = Score::default();
        for (word, &n) in spaced_words(reading).zip(&self.counts) {
            total.add(Score::of(word), n);
        }
        total
    }

    /// The reading of each word of the text, in its order, from a reading of the sample.
    fn pieces<'a>(&'a self, reading: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        let read: Vec<&str> = spaced_words(reading).collect();
        self.of_word.iter().map(move |&i| read.get(i as usize).copied().unwrap_or_default())
    }
}

/// The words of a reading of a sample, at its spaces. A word is a few bytes long: a loop
/// over them finds the next space sooner than `str::split`'s searcher is set up for it.
fn spaced_words(reading: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(reading);
    std::iter::from_fn(move || {
        let text = rest?;
        match text.bytes().position(|b| b == b' ') {
            Some(at) => {
                rest = Some(&text[at + 1..]);
                Some(&text[..at])
            }
            None => rest.take(),
        }
    })
}

/// The whole of `raw` with each of its sampled `words` replaced by its reading, `pieces` in
/// order: the bytes between those words (printable ASCII and ASCII whitespace) read the
/// same in every reading, 8-bit or repair, and the sample's separating spaces part the
/// words' readings (no reading makes a space of anything else).
fn spliced<'r>(raw: &[u8], words: &[(usize, usize)], mut pieces: impl Iterator<Item = &'r str>) -> String {
    let mut out = String::with_capacity(raw.len() + raw.len() / 2);
    let mut from = 0;
    for &(start, end) in words {
        push_ascii(&mut out, &raw[from..start]);
        out.push_str(pieces.next().unwrap_or_default());
        from = end;
    }
    push_ascii(&mut out, &raw[from..]);
    out
}

/// Appends bytes that are ASCII.
fn push_ascii(out: &mut String, bytes: &[u8]) {
    match std::str::from_utf8(bytes) {
        Ok(ascii) => out.push_str(ascii),
        Err(_) => out.push_str(&String::from_utf8_lossy(bytes)),
    }
}

fn reads_as_vietnamese(s: &Score) -> bool {
    s.marked > 0 && s.syllables >= (s.marked / 40).max(1)
}

/// The Vietnamese readings of 8-bit text, and Windows-1252 to compare them with. VNI is
/// the Windows-1252 reading read again, which is made once for both.
fn readings(raw: &[u8]) -> [(&'static str, String); 4] {
    let latin = read_windows_1252(raw);
    let vni = legacy::vni_from_misread(&latin);
    [("windows-1258", read_windows_1258(raw)), ("tcvn3", legacy::decode_tcvn3(raw)), ("vni", vni), ("windows-1252", latin)]
}

/// Windows-1258 keeps tone marks apart from their letters: composed here (NFC).
fn read_windows_1258(raw: &[u8]) -> String {
    legacy::nfc_by_word(&WINDOWS_1258.decode_without_bom_handling(raw).0)
}

fn read_windows_1252(raw: &[u8]) -> String {
    WINDOWS_1252.decode_without_bom_handling(raw).0.into_owned()
}

fn guessed(raw: &[u8]) -> Text {
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(raw, true);
    let enc = detector.guess(None, true);
    let (text, bad) = enc.decode_without_bom_handling(raw);
    let name = enc.name().to_ascii_lowercase();
    let mut t = Text::new(text.into_owned(), &name);
    t.warnings.push(format!("encoding uncertain: the text does not read as Vietnamese; guessed {name} from byte statistics"));
    if bad {
        t.warnings.push(format!("bytes invalid in {name} were replaced with U+FFFD"));
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;

    const PARA: &str = "Trạm y tế xã Tân Phú khám sức khỏe cho 312 người cao tuổi, tăng 15% so với năm trước.";

    #[test]
    fn utf8_plain_and_bom() {
        assert_eq!(decode_text(PARA.as_bytes()).map(|t| t.encoding), Ok("utf-8".to_string()));
        let mut bom = b"\xEF\xBB\xBF".to_vec();
        bom.extend_from_slice(PARA.as_bytes());
        let t = decode_text(&bom).expect("decodes");
        assert_eq!((t.text.as_str(), t.encoding.as_str()), (PARA, "utf-8"));
    }

    #[test]
    fn utf16_with_and_without_bom() {
        let le: Vec<u8> = PARA.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = PARA.encode_utf16().flat_map(u16::to_be_bytes).collect();
        for (bytes, name) in [(le, "utf-16le"), (be, "utf-16be")] {
            let t = decode_text(&bytes).expect("decodes");
            assert_eq!((t.text.as_str(), t.encoding.as_str()), (PARA, name));
        }
    }

    #[test]
    fn broken_utf8_in_good_text_is_kept_with_a_warning() {
        let mut bytes = PARA.as_bytes().to_vec();
        bytes.extend_from_slice(b" \xC3\x28 ");
        bytes.extend_from_slice(PARA.as_bytes());
        let t = decode_text(&bytes).expect("decodes");
        assert_eq!(t.encoding, "utf-8");
        assert!(t.text.contains('\u{FFFD}'));
        assert!(t.warnings[0].contains("invalid UTF-8"), "{:?}", t.warnings);
    }

    /// `text`'s UTF-8 read as Windows-1252 by a browser (the five bytes it leaves undefined
    /// as C1 controls) and written out again as UTF-8.
    fn misread_as_cp1252(text: &str) -> String {
        let (read, _) = WINDOWS_1252.decode_without_bom_handling(text.as_bytes());
        read.into_owned()
    }

    #[test]
    fn utf8_read_as_windows_1252_is_repaired() {
        let twice = format!("{PARA}\nÔng Lê Văn Đức, Trưởng trạm, cho biết kết quả được báo cáo về huyện.");
        let misread = misread_as_cp1252(&twice);
        assert!(misread.contains("Tráº¡m") && misread.contains('\u{9d}'), "{misread}");
        let t = decode_text(misread.as_bytes()).expect("decodes");
        assert_eq!((t.text.as_str(), t.encoding.as_str()), (twice.as_str(), "utf-8"));
        assert!(t.notes[0].contains("mojibake"), "{:?}", t.notes);
    }

    #[test]
    fn mojibake_in_part_of_a_page_is_repaired_word_by_word() {
        // A page whose template is Latin-1 text and whose story went through the misreading.
        let page = format!("Café Crème © 2025 — {}", misread_as_cp1252(PARA));
        let t = decode_text(page.as_bytes()).expect("decodes");
        assert_eq!(t.text, format!("Café Crème © 2025 — {PARA}"));
        // A word that lost a byte for good (U+FFFD) stays as it came.
        let lossy = misread_as_cp1252(PARA).replacen("khÃ¡m", "kh\u{FFFD}¡m", 1);
        let t = decode_text(lossy.as_bytes()).expect("decodes");
        assert!(t.text.starts_with("Trạm y tế xã") && t.text.contains("kh\u{FFFD}¡m sức"), "{}", t.text);
    }

    #[test]
    fn latin_text_is_no_mojibake() {
        let french = "Le médecin a vérifié la santé de 312 personnes âgées à l'hôpital, déjà fêté.";
        let t = decode_text(french.as_bytes()).expect("decodes");
        assert_eq!((t.text.as_str(), t.encoding.as_str()), (french, "utf-8"));
    }

    #[test]
    fn block_counts_match_plain_counts() {
        let text = format!("{}\u{1}a\u{7f}\té{}", "Trạm y tế ".repeat(9), "\u{2}".repeat(37));
        let bytes = text.as_bytes();
        for cut in [0, 1, 31, 32, 33, bytes.len()] {
            let part = &bytes[..cut];
            assert_eq!(count_controls(part), part.iter().filter(|&&b| is_control_byte(b)).count());
            assert_eq!(count_chars(part), part.iter().filter(|&&b| (b as i8) >= -0x40).count());
        }
    }

    #[test]
    fn control_byte_test_matches_char_test() {
        for b in 0..=255u8 {
            let c = char::from(b);
            let expected = c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\x0c') && b < 0x80;
            assert_eq!(is_control_byte(b), expected, "{b:#x}");
        }
    }

    #[test]
    fn words_to_repair_matches_a_plain_word_split() {
        let text = format!("{} <a href=\"x\">ASCII only</a>\u{1}ctl\u{7f} t\u{e9}t\tend {}", "ascii ".repeat(40), "é".repeat(50));
        let plain: String = text
            .split_ascii_whitespace()
            .filter(|w| !w.is_ascii() || w.bytes().any(|b| b.is_ascii_control()))
            .flat_map(|w| [w, " "])
            .collect();
        let sample = |t: &str, controls| joined(t.as_bytes(), &words_to_repair(t, controls));
        assert_eq!(sample(&text, true), plain.as_bytes());
        let no_controls = text.replace(['\u{1}', '\u{7f}'], "");
        let plain: String = no_controls.split_ascii_whitespace().filter(|w| !w.is_ascii()).flat_map(|w| [w, " "]).collect();
        assert_eq!(sample(&no_controls, false), plain.as_bytes());
        assert_eq!(sample("only ascii here", false), b"");
    }

    /// 8-bit texts made by a fixed pseudo-random walk over the byte classes that matter:
    /// ASCII letters, digits and punctuation, each kind of ASCII whitespace, controls, and
    /// high bytes (letters and marks in one reading, other letters in another).
    fn generated_8bit_texts() -> Vec<Vec<u8>> {
        let pieces: [&[u8]; 16] = [
            b"a", b"o", b"Nam", b"12,5", b".", b" ", b"\t", b"\n", b"\r\n", b"\x0c", b"\x01", b"\x0b",
            b"\xe2\xec", b"\xf4\xf8", b"\xb9\xb5\xa0", b"\xd2\x96\xff",
        ];
        let mut seed = 11u64;
        (0..300)
            .map(|_| {
                (0..40)
                    .flat_map(|_| {
                        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                        pieces[(seed >> 33) as usize % pieces.len()].iter().copied()
                    })
                    .collect()
            })
            .collect()
    }

    #[test]
    fn next_odd_byte_finds_the_first() {
        for raw in generated_8bit_texts() {
            for from in 0..=raw.len() {
                let plain = raw[from..].iter().position(|&b| is_odd_byte(b)).map(|p| from + p);
                assert_eq!(next_odd_byte(&raw, from), plain, "{from} {raw:?}");
            }
        }
    }

    #[test]
    fn spaced_words_split_as_str_split() {
        for text in ["", " ", "a", "a b", " a  b ", "trạm y tế ", "ễ  ", "  ễ"] {
            assert_eq!(spaced_words(text).collect::<Vec<_>>(), text.split(' ').collect::<Vec<_>>(), "{text:?}");
        }
    }

    #[test]
    fn mostly_utf8_decides_as_a_full_count() {
        let census = |raw: &[u8]| {
            let (mut multibyte, mut invalid) = (0, 0);
            for chunk in raw.utf8_chunks() {
                multibyte += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
                invalid += usize::from(!chunk.invalid().is_empty());
            }
            (multibyte >= 10 * invalid.max(1)).then_some(invalid)
        };
        let mut inputs = generated_8bit_texts();
        let good = PARA.repeat(4).into_bytes();
        let mut seed = 7u64;
        for broken in 0..60 {
            let mut raw = good.clone();
            for _ in 0..broken {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                let at = (seed >> 33) as usize % raw.len();
                raw.insert(at, 0xFF);
            }
            inputs.push(raw);
        }
        for raw in inputs {
            assert_eq!(mostly_utf8(&raw), census(&raw), "{raw:?}");
        }
    }

    #[test]
    fn each_reading_of_the_distinct_words_scores_as_the_whole_and_splices_into_it() {
        let mut repeated = 0;
        for raw in generated_8bit_texts() {
            let words = words_holding(&raw, next_odd_byte);
            let distinct = Distinct::of(&raw, &words);
            repeated += words.len() - distinct.counts.len();
            for ((name, whole), (_, of_distinct)) in readings(&raw).into_iter().zip(readings(&distinct.sample)) {
                assert_eq!(distinct.score(&of_distinct), Score::of(&whole), "{name} {raw:?}");
                assert_eq!(spliced(&raw, &words, distinct.pieces(&of_distinct)), whole, "{name} {raw:?}");
            }
        }
        assert!(repeated > 20, "the texts repeat words: {repeated}");
    }

    #[test]
    fn each_repair_of_the_distinct_words_scores_as_the_whole_and_splices_into_it() {
        // The generated bytes misread as Windows-1252, as old converters wrote them.
        for raw in generated_8bit_texts() {
            let text = read_windows_1252(&raw);
            let controls = count_controls(text.as_bytes());
            let words = words_to_repair(&text, controls > 0);
            let distinct = Distinct::of(text.as_bytes(), &words);
            let sample = String::from_utf8(distinct.sample.clone()).unwrap();
            assert_eq!(distinct.score(&sample), Score::of(&text), "{text:?}");
            for (name, read) in MISREAD_READINGS {
                let (whole, of_distinct) = (read(&text), read(&sample));
                assert_eq!(distinct.score(&of_distinct), Score::of(&whole), "{name} {text:?}");
                assert_eq!(spliced(text.as_bytes(), &words, distinct.pieces(&of_distinct)), whole, "{name} {text:?}");
            }
        }
    }

    #[test]
    fn control_bytes_are_not_text() {
        let bytes: Vec<u8> = (0..2000u32).map(|i| (i * 7 % 32) as u8).collect();
        let err = decode_text(&bytes).expect_err("binary");
        assert!(err.message.starts_with("not a text document"), "{}", err.message);
    }

    #[test]
    fn windows_1258_and_legacy_readings() {
        // Windows-1258 keeps the tone apart: base letter (with its circumflex, breve or
        // horn) then the combining tone mark.
        let split: String = PARA
            .chars()
            .flat_map(|c| {
                let nfd: String = std::iter::once(c).nfd().collect();
                let tone: String = nfd.chars().filter(|m| "\u{300}\u{301}\u{303}\u{309}\u{323}".contains(*m)).collect();
                let base: String = nfd.chars().filter(|m| !tone.contains(*m)).nfc().collect();
                base.chars().chain(tone.chars()).collect::<Vec<_>>()
            })
            .collect();
        let (cp1258, _, unmappable) = WINDOWS_1258.encode(&split);
        assert!(!unmappable);
        let t = decode_text(&cp1258).expect("decodes");
        assert_eq!((t.text.as_str(), t.encoding.as_str()), (PARA, "windows-1258"));
    }

    #[test]
    fn other_languages_fall_back_to_statistics() {
        let (cyrillic, _, _) = encoding_rs::WINDOWS_1251
            .encode("Районная больница провела вакцинацию детей в сельских районах области, охват вырос.");
        let t = decode_text(&cyrillic).expect("decodes");
        assert!(!["windows-1258", "tcvn3", "vni"].contains(&t.encoding.as_str()), "{}", t.encoding);
        assert!(t.warnings[0].starts_with("encoding uncertain"), "{:?}", t.warnings);
    }

    #[test]
    fn tcvn3_and_vni_bytes() {
        let tcvn3 = b"Tr\xb9m y t\xd5 x\xb7 t\xe6 ch\xf8c kh\xb8m s\xf8c kh\xe1e cho ng\xad\xeai cao tu\xe6i";
        let t = decode_text(tcvn3).expect("decodes");
        assert_eq!((t.text.as_str(), t.encoding.as_str()), ("Trạm y tế xã tổ chức khám sức khỏe cho người cao tuổi", "tcvn3"));
        let vni = b"Tra\xefm y te\xe1 xa\xf5 to\xe5 ch\xf6\xf9c kha\xf9m s\xf6\xf9c kho\xfbe cho ng\xf6\xf4\xf8i cao tuo\xe5i";
        let t = decode_text(vni).expect("decodes");
        assert_eq!((t.text.as_str(), t.encoding.as_str()), ("Trạm y tế xã tổ chức khám sức khỏe cho người cao tuổi", "vni"));
    }

    /// Headings typed in a capitals-only TCVN3 font, with the lower-case codes of the toned
    /// letters, read in capitals; the mixed-case text under them as it was.
    #[test]
    fn tcvn3_headings_typed_with_lower_case_codes() {
        let typed = "Sở Y Tế TỉNH BắC NGUYÊN\r\nKế HOạCH\r\nTrạm y tế xã tổ chức khám sức khỏe cho người cao tuổi.\r\nPHó GIáM ĐốC\r\n";
        let bytes = legacy::encode_tcvn3(typed).expect("encodable");
        let t = decode_text(&bytes).expect("decodes");
        assert_eq!(t.encoding, "tcvn3");
        assert_eq!(t.text, "SỞ Y TẾ TỈNH BẮC NGUYÊN\r\nKẾ HOẠCH\r\nTrạm y tế xã tổ chức khám sức khỏe cho người cao tuổi.\r\nPHÓ GIÁM ĐỐC\r\n");
        assert!(t.notes.iter().any(|n| n.starts_with("9 words in capitals")), "{:?}", t.notes);
    }
}
