//! `vanban synth`: writes a corpus of invented documents in the five report styles, for
//! benchmarks and load tests.
//!
//! Every name, place, unit and figure is drawn at random from general vocabularies (common
//! Vietnamese surnames and given names, kinds of health units, a list of diseases, invented
//! place names made of common syllables). The output depends only on the seed and the
//! document count, so that a benchmark corpus can be rebuilt byte for byte anywhere.

use crate::args::{SynthEncoding, SynthFormat};
use vanban_core::stages::clean::wrap::fill;
use vanban_core::stages::load::legacy;
use vanban_core::stages::load::docx::write::write_docx;
use vanban_core::stages::load::pdf::write::{hex, write_pdf, GLYPH_WIDTH};
use crate::{exit, Exit};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The five styles, in the order documents are dealt to them; also the folder names.
pub const STYLES: [&str; 5] = ["dept-news", "newspaper", "admin-doc", "health-centre", "eportal"];

/// What a corpus run wrote.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Written {
    pub documents: usize,
    pub bytes: u64,
}

/// How a corpus's texts are written: the same texts in other bytes or lines.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Form {
    pub encoding: SynthEncoding,
    pub format: SynthFormat,
    /// Hard-wrap each paragraph at this many chars.
    pub wrap: Option<usize>,
}

pub fn synth(docs: usize, out: &Path, seed: u64, form: Form, quiet: bool) -> Result<u8, Exit> {
    if form.format != SynthFormat::Text && form.encoding != SynthEncoding::Utf8 {
        return Err(Exit::usage(anyhow::anyhow!("--format pdf and docx write Unicode text: leave out --encoding")));
    }
    let written = write_corpus_in(docs, out, seed, form)
        .map_err(|e| Exit::usage(anyhow::anyhow!("cannot write the corpus under {}: {e}", out.display())))?;
    if !quiet {
        eprintln!(
            "vanban: wrote {} documents, {:.1} MB ({:.0} bytes each on average) under {}",
            written.documents,
            written.bytes as f64 / 1e6,
            written.bytes as f64 / written.documents.max(1) as f64,
            out.display()
        );
    }
    Ok(exit::OK)
}

/// Writes `docs` documents as `out/<style>/<n>.txt` in UTF-8, dealing them to the styles
/// in turn.
pub fn write_corpus(docs: usize, out: &Path, seed: u64) -> std::io::Result<Written> {
    write_corpus_in(docs, out, seed, Form::default())
}

/// [`write_corpus`] in another form: the same texts in another encoding, as PDF or DOCX,
/// hard-wrapped.
pub fn write_corpus_in(docs: usize, out: &Path, seed: u64, form: Form) -> std::io::Result<Written> {
    for style in STYLES {
        std::fs::create_dir_all(out.join(style))?;
    }
    let mut written = Written::default();
    for n in 0..docs {
        let (path, mut text) = document(n, out, seed);
        if let Some(width) = form.wrap {
            text = fill(&text, width);
        }
        let (path, bytes) = match form.format {
            SynthFormat::Text => (path, encode(&text, form.encoding)?),
            SynthFormat::Pdf => (path.with_extension("pdf"), write_pdf(&pdf_pages(&text, n % 2 == 0, form.wrap.is_some()))),
            SynthFormat::Docx => (path.with_extension("docx"), write_docx(&text.lines().collect::<Vec<_>>())),
        };
        std::fs::write(&path, &bytes)?;
        written.documents += 1;
        written.bytes += bytes.len() as u64;
    }
    Ok(written)
}

/// `text` in `encoding`.
fn encode(text: &str, encoding: SynthEncoding) -> std::io::Result<Vec<u8>> {
    match encoding {
        SynthEncoding::Utf8 => Ok(text.as_bytes().to_vec()),
        SynthEncoding::Windows1258 => {
            let spelled = tones_apart(text);
            let (bytes, _, unmappable) = encoding_rs::WINDOWS_1258.encode(&spelled);
            if unmappable {
                return Err(std::io::Error::other("a character has no Windows-1258 byte"));
            }
            Ok(bytes.into_owned())
        }
        SynthEncoding::Tcvn3 => legacy::encode_tcvn3(&plain_punctuation(text)).map_err(|c| unspellable(c, "TCVN3")),
        SynthEncoding::Vni => legacy::encode_vni(text).map_err(|c| unspellable(c, "VNI")),
    }
}

fn unspellable(c: char, encoding: &str) -> std::io::Error {
    std::io::Error::other(format!("{c:?} has no {encoding} spelling"))
}

/// Curly quotes, dashes, bullets and the ellipsis as straight quotes, hyphens and dots, as
/// text converted to TCVN3 has them: its table has none of them.
fn plain_punctuation(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '“' | '”' => out.push('"'),
            '‘' | '’' => out.push('\''),
            '–' | '—' | '•' => out.push('-'),
            '…' => out.push_str("..."),
            _ => out.push(c),
        }
    }
    out
}

/// Text lines a PDF page holds, and their font size and spacing in points.
const PDF_LINES: usize = 40;
const PDF_SIZE: f64 = 11.0;
const PDF_LEADING: f64 = 18.0;
/// How far a typesetter moves the pen for a space between words, in thousandths of an em.
const PDF_WORD_SPACE: i32 = 250;

/// The content streams of `text` as PDF pages, one text line per line (a paragraph is not
/// wrapped unless the text was, so that the PDF reads back to the text itself). Typeset:
/// one text object a page, lines moved to with `Td` as TeX does, each line a `TJ` array of
/// its words with the spaces left as gaps. Otherwise as word processors write: a text
/// object a line, placed with `Tm`, its first word a run of its own (as a bold name would
/// be) followed by the rest. Blank lines are left out, or kept as space between paragraphs
/// when `gaps` (in wrapped text nothing else tells a paragraph's last line from a wrap).
fn pdf_pages(text: &str, typeset: bool, gaps: bool) -> Vec<String> {
    let lines: Vec<&str> = text.lines().filter(|l| gaps || !l.trim().is_empty()).collect();
    lines
        .chunks(PDF_LINES)
        .map(|page| if typeset { typeset_page(page) } else { word_processor_page(page) })
        .collect()
}

fn typeset_page(lines: &[&str]) -> String {
    let mut content = format!("BT /F1 {PDF_SIZE} Tf 56 790 Td\n");
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            let _ = writeln!(content, "0 -{PDF_LEADING} Td");
        }
        let words: Vec<String> = line.split_whitespace().map(hex).collect();
        if !words.is_empty() {
            let _ = writeln!(content, "[{}] TJ", words.join(&format!(" -{PDF_WORD_SPACE} ")));
        }
    }
    content.push_str("ET\n");
    content
}

fn word_processor_page(lines: &[&str]) -> String {
    let mut content = String::new();
    for (i, line) in lines.iter().enumerate() {
        let y = 790.0 - PDF_LEADING * i as f64;
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let (first, rest) = line.split_once(' ').map_or((line, ""), |(a, b)| (a, b));
        let _ = writeln!(content, "BT /F1 {PDF_SIZE} Tf 1 0 0 1 56 {y} Tm {} Tj ET", hex(&format!("{first} ")));
        if !rest.is_empty() {
            let x = 56.0 + (first.chars().count() + 1) as f64 * f64::from(GLYPH_WIDTH) / 1000.0 * PDF_SIZE;
            let _ = writeln!(content, "BT /F1 {PDF_SIZE} Tf 1 0 0 1 {x} {y} Tm {} Tj ET", hex(rest));
        }
    }
    content
}

/// The five tone marks, which Windows-1258 writes as bytes of their own.
const TONES: [char; 5] = ['\u{300}', '\u{301}', '\u{303}', '\u{309}', '\u{323}'];

/// Each letter as Windows-1258 spells it: the letter with its other marks (circumflex,
/// breve, horn) composed, then its tone mark.
fn tones_apart(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c);
            continue;
        }
        let marks: String = std::iter::once(c).nfd().collect();
        out.extend(marks.chars().filter(|m| !TONES.contains(m)).nfc());
        out.extend(marks.chars().filter(|m| TONES.contains(m)));
    }
    out
}

/// Document `n` of the corpus of `seed`: its path and text. Each document has its own
/// random stream, so any one can be rebuilt without the others.
pub fn document(n: usize, out: &Path, seed: u64) -> (PathBuf, String) {
    let style = STYLES[n % STYLES.len()];
    let mut g = Gen::new(seed ^ (n as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15));
    let story = Story::new(&mut g);
    let text = match style {
        "dept-news" => dept_news(&mut g, &story),
        "newspaper" => newspaper(&mut g, &story),
        "admin-doc" => admin_doc(&mut g, &story),
        "health-centre" => health_centre(&mut g, &story),
        _ => eportal(&mut g, &story),
    };
    (out.join(style).join(format!("{n:06}.txt")), text)
}

// ---------------------------------------------------------------- randomness

/// splitmix64: small, fast, and the same on every platform.
pub struct Gen(u64);

impl Gen {
    pub fn new(seed: u64) -> Gen {
        Gen(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `lo..=hi`.
    pub fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.next_u64() % (hi - lo + 1)
    }

    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next_u64() % items.len() as u64) as usize]
    }

    /// True with probability `percent`/100.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next_u64() % 100 < percent
    }

    /// `k` different items, in the list's order shuffled.
    fn several<'a>(&mut self, items: &[&'a str], k: usize) -> Vec<&'a str> {
        let mut pool: Vec<&str> = items.to_vec();
        let mut out = Vec::new();
        while out.len() < k && !pool.is_empty() {
            let i = (self.next_u64() % pool.len() as u64) as usize;
            out.push(pool.swap_remove(i));
        }
        out
    }
}

// ---------------------------------------------------------------- vocabularies

const SURNAMES: &[&str] = &[
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương",
    "Lý", "Đinh", "Trịnh", "Lâm", "Mai", "Tạ", "Cao", "Lưu", "Châu", "Quách", "Kiều", "Thái", "Đoàn", "Triệu", "Tô",
];
const MIDDLE_MALE: &[&str] = &["Văn", "Minh", "Hữu", "Đức", "Quốc", "Thanh", "Công", "Xuân", "Hoài", "Bảo", "Tấn", "Duy"];
const MIDDLE_FEMALE: &[&str] = &["Thị", "Ngọc", "Thu", "Thanh", "Kim", "Bích", "Mỹ", "Hồng", "Diệu", "Thùy"];
const GIVEN_MALE: &[&str] = &[
    "An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hiếu", "Hòa", "Khải", "Khoa", "Lộc", "Nam", "Nghĩa", "Phong",
    "Phúc", "Quân", "Quang", "Tài", "Thành", "Thịnh", "Toàn", "Trí", "Tuấn", "Việt", "Vinh", "Khôi", "Hậu", "Lợi",
];
const GIVEN_FEMALE: &[&str] = &[
    "Anh", "Châu", "Dung", "Giang", "Hạnh", "Hằng", "Hoa", "Huệ", "Lan", "Liên", "Loan", "Nhi", "Oanh", "Phượng",
    "Quyên", "Thảo", "Trang", "Trinh", "Tuyết", "Vy", "Xuân", "Yến", "Duyên", "Hiền", "Khuê", "My",
];
/// Syllables that make invented place names ("Phước Lâm", "Hòa Khánh"...).
const PLACE_A: &[&str] = &[
    "Hòa", "Phú", "An", "Bình", "Thạnh", "Vĩnh", "Mỹ", "Phước", "Thuận", "Hưng", "Quảng", "Yên", "Lạc", "Định",
    "Gia", "Kim", "Bảo", "Đại", "Trà", "Hiệp",
];
const PLACE_B: &[&str] = &[
    "Lâm", "Khánh", "Lợi", "Điền", "Hội", "Xương", "Thái", "Phong", "Tường", "Châu", "Sơn", "Lộc", "Thạch", "Hiệp",
    "Đông", "Tây", "Nguyên", "Ninh", "Quới", "Hảo",
];
const DISEASES: &[&str] = &[
    "sốt xuất huyết", "tay chân miệng", "sởi", "cúm A", "bạch hầu", "ho gà", "thủy đậu", "quai bị", "viêm não Nhật Bản",
    "sốt rét", "lao", "dại", "viêm gan B", "Covid-19", "tiêu chảy cấp", "liên cầu lợn",
];
const CHRONIC: &[&str] = &["tăng huyết áp", "đái tháo đường", "bệnh phổi tắc nghẽn mạn tính", "rối loạn tâm thần", "ung thư"];
const UNITS: &[&str] = &[
    "Trung tâm Kiểm soát bệnh tật", "Bệnh viện Đa khoa", "Bệnh viện Y học cổ truyền", "Bệnh viện Lao và Bệnh phổi",
    "Chi cục An toàn vệ sinh thực phẩm", "Chi cục Dân số", "Trung tâm Pháp y", "Trung tâm Kiểm nghiệm",
    "Bệnh viện Sản - Nhi", "Bệnh viện Tâm thần", "Trường Cao đẳng Y tế", "Trung tâm Giám định y khoa",
];
const TOPICS: &[&str] = &[
    "sơ kết công tác y tế 6 tháng đầu năm", "tổng kết công tác y tế năm", "triển khai chiến dịch tiêm chủng",
    "sơ kết công tác phòng, chống dịch bệnh quý I", "triển khai kế hoạch phòng, chống dịch bệnh truyền nhiễm",
    "đánh giá công tác khám, chữa bệnh 9 tháng", "triển khai công tác an toàn thực phẩm",
];
const TASKS: &[&str] = &[
    "tăng cường công tác giám sát dịch tễ tại cộng đồng",
    "chủ động chuẩn bị thuốc, hóa chất, vật tư và trang thiết bị phục vụ phòng, chống dịch",
    "đẩy mạnh công tác tiêm chủng mở rộng, không để tồn đọng đối tượng",
    "nâng cao chất lượng khám bệnh, chữa bệnh và sự hài lòng của người bệnh",
    "đẩy mạnh chuyển đổi số, triển khai hồ sơ sức khỏe điện tử",
    "thực hiện tốt công tác thanh toán không dùng tiền mặt tại các cơ sở khám bệnh",
    "tăng cường kiểm tra an toàn thực phẩm tại các bếp ăn tập thể",
    "kiện toàn tổ chức bộ máy, đào tạo và bồi dưỡng nhân lực y tế cơ sở",
    "đẩy mạnh truyền thông giáo dục sức khỏe đến từng hộ gia đình",
    "quản lý, điều trị hiệu quả các bệnh không lây nhiễm tại tuyến xã",
    "giải ngân đúng tiến độ các chương trình mục tiêu y tế",
    "tăng cường kiểm soát nhiễm khuẩn trong các cơ sở điều trị",
];
const FILLER: &[&str] = &[
    "Công tác y tế dự phòng tiếp tục được duy trì, các ổ dịch được phát hiện sớm và xử lý kịp thời, không để lây lan trên diện rộng.",
    "Mạng lưới y tế cơ sở được củng cố, các trạm y tế xã đều có bác sĩ làm việc thường xuyên.",
    "Việc cung ứng thuốc, vật tư y tế cơ bản đáp ứng nhu cầu khám bệnh, chữa bệnh của nhân dân.",
    "Hoạt động truyền thông giáo dục sức khỏe được triển khai với nhiều hình thức phong phú, phù hợp với từng nhóm đối tượng.",
    "Các chương trình mục tiêu y tế - dân số được triển khai đúng tiến độ, đạt và vượt nhiều chỉ tiêu đề ra.",
    "Công tác chăm sóc sức khỏe bà mẹ, trẻ em và phòng chống suy dinh dưỡng tiếp tục được quan tâm.",
    "Tuy nhiên, tình trạng thiếu nhân lực, nhất là bác sĩ tại tuyến cơ sở, vẫn còn ảnh hưởng đến chất lượng dịch vụ.",
    "Cơ sở vật chất, trang thiết bị tại một số đơn vị đã xuống cấp, chưa đáp ứng yêu cầu chuyên môn.",
    "Ứng dụng công nghệ thông tin trong quản lý bệnh viện và khám chữa bệnh bảo hiểm y tế được đẩy mạnh.",
    "Ý thức của một bộ phận người dân về phòng, chống dịch bệnh và vệ sinh an toàn thực phẩm còn chưa cao.",
    "Các đơn vị đã thực hiện nghiêm quy chế chuyên môn, quy trình chăm sóc người bệnh và quy tắc ứng xử.",
    "Công tác kiểm tra, giám sát hành nghề y, dược ngoài công lập được tăng cường, kịp thời chấn chỉnh các sai phạm.",
    "Tỷ lệ người dân tham gia bảo hiểm y tế tiếp tục tăng, góp phần bảo đảm an sinh xã hội trên địa bàn.",
    "Ngành y tế đã phối hợp chặt chẽ với chính quyền các cấp trong việc triển khai các giải pháp phòng, chống dịch bệnh.",
    "Công tác phòng, chống HIV/AIDS được duy trì, người nhiễm được tư vấn, xét nghiệm và điều trị ARV kịp thời.",
    "Hoạt động điều trị nghiện các chất dạng thuốc phiện bằng thuốc thay thế được triển khai ổn định tại các cơ sở.",
    "Công tác cấp cứu, vận chuyển người bệnh được thực hiện kịp thời, giảm tình trạng chuyển tuyến không cần thiết.",
    "Việc đặt lịch khám bệnh qua điện thoại và trang điện tử giúp giảm thời gian chờ đợi của người bệnh.",
    "Các bệnh viện tuyến huyện đã triển khai thêm nhiều kỹ thuật mới, giúp người dân được điều trị ngay tại địa phương.",
    "Công tác dân số - kế hoạch hóa gia đình tiếp tục chuyển hướng sang chăm sóc sức khỏe người cao tuổi và nâng cao chất lượng dân số.",
    "Đội ngũ cộng tác viên y tế thôn, ấp phát huy vai trò trong việc theo dõi, phát hiện sớm các ca bệnh tại cộng đồng.",
    "Các đợt kiểm tra liên ngành về an toàn thực phẩm đã phát hiện và xử lý nhiều cơ sở vi phạm.",
];
const ROLES_PROVINCE: &[&str] = &["Giám đốc Sở Y tế", "Phó Giám đốc Sở Y tế", "Phó Chủ tịch UBND tỉnh", "Chánh Văn phòng Sở Y tế", "Trưởng phòng Nghiệp vụ Y Sở Y tế"];
const ROLES_DISTRICT: &[&str] = &["Phó Chủ tịch UBND huyện", "Chủ tịch UBND huyện", "Bí thư Huyện ủy", "Trưởng phòng Y tế huyện", "Giám đốc Trung tâm Y tế huyện"];
const SECTIONS: &[&str] = &["Tin Y tế", "Sức khỏe", "Đời sống", "Xã hội"];
const DEPARTMENTS: &[&str] = &["Phòng CTXH", "Phòng KHNV", "Phòng TCHC", "Phòng ĐD", "Khoa KSBT"];

// ---------------------------------------------------------------- one story

/// A person invented for one document.
struct Person {
    name: String,
    role: String,
    female: bool,
}

impl Person {
    fn new(g: &mut Gen, role: &str) -> Person {
        let female = g.chance(40);
        let (middles, givens) = if female { (MIDDLE_FEMALE, GIVEN_FEMALE) } else { (MIDDLE_MALE, GIVEN_MALE) };
        let mut name = format!("{} {}", g.pick(SURNAMES), g.pick(middles));
        if g.chance(25) {
            name.push(' ');
            name.push_str(g.pick(givens));
        }
        name.push(' ');
        name.push_str(g.pick(givens));
        Person { name, role: role.to_string(), female }
    }

    fn honorific(&self) -> &'static str {
        if self.female {
            "bà"
        } else {
            "ông"
        }
    }

    /// A short two-syllable pen name for bylines ("Thu Hằng").
    fn pen_name(g: &mut Gen) -> String {
        let female = g.chance(50);
        let (middles, givens) = if female { (MIDDLE_FEMALE, GIVEN_FEMALE) } else { (MIDDLE_MALE, GIVEN_MALE) };
        format!("{} {}", g.pick(middles), g.pick(givens))
    }
}

/// The shared facts of one document: where, when, who, what.
struct Story {
    province: String,
    district: String,
    day: u64,
    month: u64,
    year: u64,
    topic: &'static str,
    leader: Person,
    guests: Vec<Person>,
    diseases: Vec<&'static str>,
}

impl Story {
    fn new(g: &mut Gen) -> Story {
        let province = place(g);
        let mut district = place(g);
        while district == province {
            district = place(g);
        }
        let role = g_pick_role(g);
        let leader = Person::new(g, role);
        let guests = (0..g.range(2, 4))
            .map(|_| {
                let role = g_pick_role(g);
                Person::new(g, role)
            })
            .collect();
        Story {
            province,
            district,
            day: g.range(1, 28),
            month: g.range(1, 12),
            year: g.range(2019, 2025),
            topic: TOPICS[(g.next_u64() % TOPICS.len() as u64) as usize],
            leader,
            guests,
            diseases: g.several(DISEASES, 3),
        }
    }

    fn date_slash(&self) -> String {
        format!("{}/{}/{}", self.day, self.month, self.year)
    }
}

fn g_pick_role(g: &mut Gen) -> &'static str {
    if g.chance(50) {
        g.pick(ROLES_PROVINCE)
    } else {
        g.pick(ROLES_DISTRICT)
    }
}

fn place(g: &mut Gen) -> String {
    format!("{} {}", g.pick(PLACE_A), g.pick(PLACE_B))
}

/// Vietnamese number style: thousands with dots ("15.740").
fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    out
}

/// A percentage with a decimal comma ("13,2%").
fn percent(g: &mut Gen, lo: u64, hi: u64) -> String {
    format!("{},{}%", g.range(lo, hi), g.range(0, 9))
}

/// ASCII letters of a name, for e-mail addresses ("Phước Lâm" → "phuoclam").
fn slug(s: &str) -> String {
    const FOLD: &[(&str, char)] = &[
        ("àáảãạăằắẳẵặâầấẩẫậ", 'a'),
        ("èéẻẽẹêềếểễệ", 'e'),
        ("ìíỉĩị", 'i'),
        ("òóỏõọôồốổỗộơờớởỡợ", 'o'),
        ("ùúủũụưừứửữự", 'u'),
        ("ỳýỷỹỵ", 'y'),
        ("đ", 'd'),
    ];
    s.to_lowercase()
        .chars()
        .filter_map(|c| {
            if c.is_ascii_alphanumeric() {
                return Some(c);
            }
            FOLD.iter().find(|(set, _)| set.contains(c)).map(|(_, base)| *base)
        })
        .collect()
}

// ---------------------------------------------------------------- paragraphs

fn guests_list(s: &Story) -> String {
    s.guests.iter().map(|p| format!("đồng chí {} - {}", p.name, p.role)).collect::<Vec<_>>().join("; ")
}

fn intro(g: &mut Gen, s: &Story, host: &str) -> String {
    let units = g.several(UNITS, 3).join(", ");
    format!(
        "Ngày {}, {host} tổ chức hội nghị {} {}. Dự hội nghị có đồng chí {} - {}; {}; lãnh đạo các đơn vị: {} cùng đại diện các phòng chuyên môn, các trạm y tế xã, phường trên địa bàn.",
        s.date_slash(),
        s.topic,
        s.year,
        s.leader.name,
        s.leader.role,
        guests_list(s),
        units
    )
}

fn figures(g: &mut Gen, s: &Story) -> String {
    let visits = g.range(20_000, 900_000);
    let inpatients = g.range(2_000, 90_000);
    let chronic = g.several(CHRONIC, 2);
    format!(
        "Tổng số lượt khám chữa bệnh trên địa bàn là {} lượt, {} {} so với năm {}; số bệnh nhân điều trị nội trú là {} lượt, {} {} so với cùng kỳ. Trên địa bàn hiện quản lý, điều trị {} người bệnh {} và {} người bệnh {}. Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt {}.",
        thousands(visits),
        if g.chance(70) { "tăng" } else { "giảm" },
        percent(g, 1, 25),
        s.year - 1,
        thousands(inpatients),
        if g.chance(70) { "tăng" } else { "giảm" },
        percent(g, 1, 20),
        thousands(g.range(500, 30_000)),
        chronic[0],
        thousands(g.range(200, 9_000)),
        chronic[1],
        percent(g, 85, 99)
    )
}

fn disease_report(g: &mut Gen, s: &Story) -> String {
    let mut text = format!("Theo báo cáo, tính đến ngày {}/{}, toàn {} ghi nhận ", s.day, s.month, if g.chance(50) { "tỉnh" } else { "huyện" });
    for (i, d) in s.diseases.iter().enumerate() {
        if i > 0 {
            text.push_str(if i + 1 == s.diseases.len() { " và " } else { "; " });
        }
        let cases = g.range(3, 2_500);
        let delta = g.range(1, 800);
        let _ = write!(
            text,
            "{} trường hợp mắc {d}, {} {delta} ca so với cùng kỳ năm {}",
            thousands(cases),
            if g.chance(50) { "tăng" } else { "giảm" },
            s.year - 1
        );
    }
    let _ = write!(text, ", {}.", if g.chance(70) { "không có ca tử vong".to_string() } else { format!("{} ca tử vong", g.range(1, 6)) });
    text
}

fn filler(g: &mut Gen, sentences: usize) -> String {
    g.several(FILLER, sentences).join(" ")
}

fn speech(g: &mut Gen, s: &Story) -> String {
    let k = g.range(3, 5) as usize;
    let tasks = g.several(TASKS, k).join("; ");
    format!(
        "Phát biểu chỉ đạo tại hội nghị, đồng chí {} - {} ghi nhận những kết quả ngành y tế đã đạt được và đề nghị các đơn vị trong thời gian tới cần {}.",
        s.leader.name, s.leader.role, tasks
    )
}

// ---------------------------------------------------------------- the five styles

/// A provincial health department news post: photo caption first, paragraphs on single
/// lines, two reporters as the byline.
fn dept_news(g: &mut Gen, s: &Story) -> String {
    let mut t = format!("Đồng chí {} - {} phát biểu chỉ đạo tại hội nghị\n", s.leader.name, s.leader.role);
    t += &intro(g, s, "Sở Y tế");
    t.push('\n');
    for _ in 0..g.range(3, 4) {
        let k = g.range(4, 6) as usize;
        t += &filler(g, k);
        t.push('\n');
    }
    t += &figures(g, s);
    t.push(' ');
    t += &filler(g, 2);
    t.push('\n');
    t += &disease_report(g, s);
    t.push('\n');
    t += &speech(g, s);
    t.push('\n');
    let _ = writeln!(t, "{} – {}", Person::pen_name(g), Person::pen_name(g));
    t
}

fn headline(g: &mut Gen) -> String {
    let forms: [fn(&mut Gen) -> String; 4] = [
        |g| format!("{}: Ghi nhận {} ca mắc {} trong tuần", place(g), g.range(5, 300), g.pick(DISEASES)),
        |g| format!("Sở Y tế {} triển khai {}", place(g), g.pick(TOPICS)),
        |g| format!("Cảnh báo gia tăng bệnh {} ở trẻ nhỏ", g.pick(DISEASES)),
        |g| format!("Bệnh viện Đa khoa {} cứu sống bệnh nhân nguy kịch", place(g)),
    ];
    let i = (g.next_u64() % forms.len() as u64) as usize;
    forms[i](g)
}

/// A newspaper page: tag bar, title, section and timestamp, lead, inline related titles,
/// paragraphs with photo captions, byline, then a "Đọc thêm" … "Xem thêm" list.
fn newspaper(g: &mut Gen, s: &Story) -> String {
    let abbr = g.pick(&["TTĐT", "VNTB", "SKĐS", "BYT"]);
    let section = g.pick(SECTIONS);
    let title = format!("Sở Y tế {} {} {}", s.province, s.topic, s.year);
    let mut t = String::from("Tag\n\n");
    let _ = writeln!(t, "{title}\n");
    let _ = writeln!(t, "{section} {:02}/{:02}/{} {:02}:{:02}", s.day, s.month, s.year, g.range(6, 21), g.range(0, 59));
    t += "aa\n";
    let _ = writeln!(t, "{abbr} - {}", intro(g, s, &format!("Sở Y tế tỉnh {}", s.province)));
    let _ = writeln!(t, "{} {}\n", headline(g), headline(g));
    let paragraphs = [disease_report(g, s), filler(g, 3), figures(g, s), filler(g, 4), speech(g, s), filler(g, 3)];
    for (i, p) in paragraphs.iter().enumerate() {
        let _ = writeln!(t, "{p}\n");
        if i == 1 || i == 3 {
            let guest = &s.guests[i % s.guests.len()];
            let _ = writeln!(
                t,
                "{title}\n{} {}, {} chủ trì hội nghị (Ảnh: {})\n",
                capitalise(guest.honorific()),
                guest.name,
                guest.role,
                Person::pen_name(g)
            );
        }
    }
    let _ = writeln!(t, "{}\n\nĐọc thêm\n", Person::pen_name(g));
    for _ in 0..g.range(4, 7) {
        let h = headline(g);
        let _ = writeln!(t, "{h} {section}\n\n{h}\n\n{abbr} - {} {}", filler(g, 1), filler(g, 1));
    }
    t += "Xem thêm\n";
    t
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

/// An administrative notice laid out per Decree 30/2020/NĐ-CP: number, place and date,
/// type, summary, numbered and dashed directives with deadlines, recipients, signature.
fn admin_doc(g: &mut Gen, s: &Story) -> String {
    let mut t = String::from("\n\n");
    if g.chance(50) {
        let _ = writeln!(t, "Số: {}/TB-UBND\n", g.range(5, 480));
    } else {
        t += "Số: /TB-UBND\n\n";
    }
    let _ = writeln!(t, "{}, ngày {} tháng {:02} năm {}\n", s.district, s.day, s.month, s.year);
    t += "THÔNG BÁO\n\n";
    let _ = writeln!(
        t,
        "**Kết luận của Đồng chí {} - {}\ntại Hội nghị {} {}**\n",
        s.leader.name, s.leader.role, s.topic, s.year
    );
    let _ = writeln!(t, "{} Sau khi nghe báo cáo và ý kiến của các đại biểu, đồng chí {} kết luận như sau:\n", intro(g, s, "UBND huyện"), s.leader.name);
    let _ = writeln!(t, "{} {} {}\n", filler(g, 3), figures(g, s), filler(g, 2));
    let _ = writeln!(t, "{} {}\n", disease_report(g, s), filler(g, 2));
    let _ = writeln!(t, "Tuy nhiên, bên cạnh những kết quả đạt được, công tác y tế còn những tồn tại, hạn chế. {}\n", filler(g, 2));
    t += "Để khắc phục những hạn chế, UBND huyện yêu cầu ngành Y tế và các cơ quan, đơn vị, UBND các xã, thị trấn thực hiện tốt một số nhiệm vụ sau:\n\n";
    let numbered = g.range(2, 3);
    for i in 1..=numbered {
        let _ = writeln!(t, "{i}. {}.\n", capitalise(&g.several(TASKS, 2).join("; ")));
    }
    let _ = writeln!(t, "{}. Trung tâm Y tế huyện:\n", numbered + 1);
    let k = g.range(4, 6) as usize;
    for task in g.several(TASKS, k) {
        let due_month = g.range(1, 12);
        let _ = writeln!(t, "- {}, thời gian **xong trước ngày {:02}/{:02}/{}**.\n", capitalise(task), g.range(1, 28), due_month, s.year + 1);
    }
    let _ = writeln!(
        t,
        "Trên đây là kết luận của Đồng chí {} - {}. Văn phòng HĐND-UBND huyện thông báo tới các cơ quan, đơn vị, UBND các xã, thị trấn biết, thực hiện./.\n",
        s.leader.name, s.leader.role
    );
    t += "Nơi nhận:\n\n- TT. Huyện ủy; (B/c)\n- TT. HĐND huyện;\n- Thành viên UBND huyện;\n";
    for unit in g.several(UNITS, 2) {
        let _ = writeln!(t, "- {unit};");
    }
    t += "- UBND các xã, thị trấn;\n- Lưu: VT, VP.\n\n**TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG**\n\n";
    let _ = writeln!(t, "{}", Person::new(g, "Chánh Văn phòng").name);
    t
}

/// A district health centre post: a stray view counter, title, paragraphs separated by
/// blank lines, and a "Name-Department" byline.
fn health_centre(g: &mut Gen, s: &Story) -> String {
    let mut t = format!("{}\n\n", g.range(2, 400));
    let _ = writeln!(t, "Trung tâm Y tế huyện {} tổ chức hội nghị {} {}\n", s.district, s.topic, s.year);
    let _ = writeln!(t, "{}\n", intro(g, s, &format!("Trung tâm Y tế huyện {}", s.district)));
    let _ = writeln!(t, "{} {}\n", filler(g, 3), disease_report(g, s));
    let _ = writeln!(t, "{} {}\n\n{}\n", figures(g, s), filler(g, 3), filler(g, 3));
    let _ = writeln!(t, "{}\n", speech(g, s));
    let _ = writeln!(t, "{}./.\n", filler(g, 2).trim_end_matches('.'));
    let _ = writeln!(t, "{}-{}", Person::pen_name(g), g.pick(DEPARTMENTS));
    t
}

/// A provincial e-portal page: place-prefixed title, paragraphs, a photo caption, the
/// author in capitals, menu words, a visit counter and the site footer.
fn eportal(g: &mut Gen, s: &Story) -> String {
    let author = Person::pen_name(g).to_uppercase();
    let mut t = format!("{}: Lãnh đạo huyện làm việc với Trung tâm Y tế về {}\n", s.district, s.topic);
    let _ = writeln!(t, "{}\n", intro(g, s, &format!("UBND huyện {}", s.district)));
    let _ = writeln!(t, "{} {}\n", filler(g, 2), figures(g, s));
    let _ = writeln!(t, "Quang cảnh buổi làm việc. Ảnh: {author}\n");
    let _ = writeln!(t, "{} {}\n", disease_report(g, s), filler(g, 2));
    let _ = writeln!(t, "{}\n\n{}\n", filler(g, 4), filler(g, 3));
    let _ = writeln!(t, "{}\n", speech(g, s));
    let _ = writeln!(t, "{author}\n");
    t += "Thông báo\nBáo cáo - thống kê\nVideos\n\n \n\nlượt truy cập\n";
    let _ = writeln!(t, "  • Tất cả: {}\n", g.range(1_000_000, 99_999_999));
    let domain = slug(&s.province);
    let phone = format!("0{}.{}", g.range(200, 299), g.range(3_000_000, 3_999_999));
    let _ = writeln!(t, "Cơ quan chủ quản: UBND tỉnh {} - Điện thoại: {phone} - Email: vanphong@{domain}.gov.vn", s.province);
    let _ = writeln!(t, "Đơn vị quản lý: Sở Thông tin và Truyền thông tỉnh {}", s.province);
    let _ = writeln!(t, "Giấy phép số {:02}/GP-STTTT do Sở Thông tin và Truyền thông cấp ngày {}/{}/{}.", g.range(1, 30), g.range(1, 28), g.range(1, 12), g.range(2015, 2022));
    let _ = writeln!(t, "Địa chỉ: {} đường {} - Phường {} - Tp {}.", g.range(1, 200), place(g), g.range(1, 9), s.province);
    let _ = writeln!(t, "@ Ghi rõ nguồn \"Cổng thông tin điện tử tỉnh {}\" khi phát hành lại thông tin từ Cổng thông tin này.", s.province);
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_groups_by_three() {
        assert_eq!(thousands(7), "7");
        assert_eq!(thousands(1234), "1.234");
        assert_eq!(thousands(1234567), "1.234.567");
    }

    #[test]
    fn slug_folds_diacritics() {
        assert_eq!(slug("Phước Đông"), "phuocdong");
    }

    #[test]
    fn windows_1258_keeps_the_tones_apart() {
        assert_eq!(tones_apart("mắc sởi, Đồng Ý"), "mă\u{301}c sơ\u{309}i, Đô\u{300}ng Y\u{301}");
        let bytes = encode("Sở Y tế", SynthEncoding::Windows1258).expect("encodable");
        assert_eq!(bytes, b"S\xF5\xD2 Y t\xEA\xEC");
    }

    #[test]
    fn same_seed_same_document() {
        let a = document(7, Path::new("x"), 1);
        let b = document(7, Path::new("x"), 1);
        let c = document(7, Path::new("x"), 2);
        assert_eq!(a, b);
        assert_ne!(a.1, c.1);
    }
}
