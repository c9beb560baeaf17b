//! Hostile inputs through the whole CLI: every input ends as exactly one record or one
//! error line, the run reports "some failed" (exit 1) instead of crashing, and the summary
//! on stderr agrees with the files.

use crate::support::{read_jsonl, temp_dir, vanban};
use std::collections::BTreeSet;
use std::path::Path;

/// The counts of the summary line `vanban: N documents in, W written, F failed, ...`.
#[derive(Debug, PartialEq, Eq)]
pub struct Counts {
    pub documents_in: u64,
    pub written: u64,
    pub failed: u64,
}

/// Reads the summary line from the CLI's stderr.
pub fn summary_counts(stderr: &str) -> Option<Counts> {
    let line = stderr.lines().find(|l| l.starts_with("vanban: ") && l.contains(" documents in, "))?;
    let number_before = |word: &str| -> Option<u64> {
        let head = &line[..line.find(word)?];
        head.rsplit(|c: char| !c.is_ascii_digit()).find(|s| !s.is_empty())?.parse().ok()
    };
    Some(Counts {
        documents_in: number_before(" documents in")?,
        written: number_before(" written")?,
        failed: number_before(" failed")?,
    })
}

/// A small deterministic generator, so that the "random" bytes are the same every run.
struct Lcg(u64);

impl Lcg {
    fn next_byte(&mut self) -> u8 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.0 >> 33) as u8
    }

    fn bytes(&mut self, n: usize) -> Vec<u8> {
        (0..n).map(|_| self.next_byte()).collect()
    }
}

/// A paragraph in the style of a district health report, with invented names and figures.
const PARAGRAPH: &str = "Trung tâm Y tế huyện Đồng Vân tổ chức tiêm chủng mở rộng cho 1.250 trẻ em dưới 5 tuổi, \
     tăng 12% so với cùng kỳ năm trước; bác sĩ Lò Văn Khải, Giám đốc Trung tâm, đề nghị các trạm y tế xã \
     tiếp tục giám sát bệnh sốt xuất huyết.";

/// Writes every hostile input into `dir`; returns the names expected to appear in the
/// output (as a record or an error), each exactly once.
fn write_inputs(dir: &Path) -> Vec<String> {
    let mut names = Vec::new();
    let mut put = |name: &str, bytes: &[u8]| {
        std::fs::write(dir.join(name), bytes).expect("write input");
        names.push(name.to_string());
    };
    let mut rng = Lcg(0x5eed);
    put("good.txt", format!("Báo cáo tiêm chủng tháng 3\n\n{PARAGRAPH}\n").as_bytes());
    put("empty.txt", b"");
    put("whitespace.txt", b"  \n\t\r\n   \n");
    put("random.txt", &rng.bytes(64 * 1024));
    put("nul-bytes.txt", format!("Thông báo\n\n{PARAGRAPH}\0\0\0{PARAGRAPH}\0\n").as_bytes());
    let mut broken = format!("Tin y tế\n\n{PARAGRAPH}\n").into_bytes();
    broken.extend_from_slice(b"\xC3\x28\xFF\xFE\xE1\xBA");
    broken.extend_from_slice(format!("\n{PARAGRAPH}\n").as_bytes());
    put("invalid-utf8-middle.txt", &broken);
    let utf16: Vec<u8> = format!("Thông báo khẩn\n\n{PARAGRAPH}\n").encode_utf16().flat_map(u16::to_le_bytes).collect();
    put("utf16-no-bom.txt", &utf16);
    let mut big = String::with_capacity(41 << 20);
    big.push_str("Tổng hợp số liệu y tế cả năm\n\n");
    while big.len() < 40 << 20 {
        big.push_str(PARAGRAPH);
        big.push('\n');
    }
    put("forty-megabytes.txt", big.as_bytes());
    put("one-long-line.txt", PARAGRAPH.repeat((1 << 20) / PARAGRAPH.len() + 1).as_bytes());
    let depth = 100_000;
    let deep = format!("<html><body>{}<p>{PARAGRAPH}</p>{}</body></html>", "<div>".repeat(depth), "</div>".repeat(depth));
    put("deep-nesting.html", deep.as_bytes());
    let full = format!("<html><head><title>Tin tức</title></head><body><article><h1>Hội nghị</h1><p>{PARAGRAPH}</p></article></body></html>");
    put("truncated.html", &full.as_bytes()[..full.len() / 2]);
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    png.extend(rng.bytes(8 * 1024));
    put("picture.txt", &png);
    // Unreadable for a normal user; read as usual by root. Either way one outcome.
    put("locked.txt", format!("Lịch trực\n\n{PARAGRAPH}\n").as_bytes());
    set_mode(&dir.join("locked.txt"), 0o000);
    names
}

#[cfg(unix)]
fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).expect("chmod");
}

/// Links that lead nowhere or in circles; returns the names expected in the output.
#[cfg(unix)]
fn write_links(dir: &Path) -> Vec<String> {
    use std::os::unix::fs::symlink;
    // A file that vanished: the link stays, its target is gone.
    std::fs::write(dir.join("gone-target.bin"), b"soon gone").expect("write");
    symlink(dir.join("gone-target.bin"), dir.join("vanished.txt")).expect("symlink");
    std::fs::remove_file(dir.join("gone-target.bin")).expect("remove");
    // A link to itself.
    symlink(dir.join("self-loop.txt"), dir.join("self-loop.txt")).expect("symlink");
    // A folder that contains a link back to its parent.
    std::fs::create_dir(dir.join("cycle")).expect("mkdir");
    symlink(dir, dir.join("cycle").join("back")).expect("symlink");
    vec!["vanished.txt".into(), "self-loop.txt".into(), "cycle/back".into()]
}

#[cfg(unix)]
#[test]
fn every_hostile_input_is_one_record_or_one_error() {
    let base = temp_dir("hostile");
    let inputs = base.join("in");
    std::fs::create_dir_all(&inputs).expect("mkdir");
    let mut expected = write_inputs(&inputs);
    expected.extend(write_links(&inputs));
    let out = base.join("out");

    let started = std::time::Instant::now();
    let output = vanban(&["run", inputs.to_str().expect("utf-8 path"), "--out", out.to_str().expect("utf-8 path")]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    let elapsed = started.elapsed();

    assert_eq!(output.status.code(), Some(1), "expected exit 1 (some failed); stderr:\n{stderr}");
    assert!(!stderr.contains("panicked"), "a stage panicked:\n{stderr}");

    let records = read_jsonl(&out.join("documents.jsonl"));
    let errors = read_jsonl(&out.join("errors.jsonl"));
    let mut seen = Vec::new();
    for r in &records {
        seen.push(r["source"]["path"].as_str().expect("record has source.path").to_string());
    }
    for e in &errors {
        let path = e["path"].as_str().expect("error names a path");
        let reason = e["reason"].as_str().expect("error has a reason");
        assert!(!path.is_empty() && !reason.trim().is_empty(), "error line without path or reason: {e}");
        assert!(e["stage"].as_str().is_some_and(|s| !s.is_empty()), "error line without stage: {e}");
        seen.push(path.to_string());
    }
    let relative: Vec<String> = seen
        .iter()
        .map(|p| Path::new(p).strip_prefix(&inputs).map(|r| r.display().to_string()).unwrap_or_else(|_| p.clone()))
        .collect();
    let unique: BTreeSet<&String> = relative.iter().collect();
    assert_eq!(unique.len(), relative.len(), "an input came out twice: {relative:?}");
    let wanted: BTreeSet<&String> = expected.iter().collect();
    assert_eq!(unique, wanted, "records + errors must be exactly the inputs");

    let failed_names: BTreeSet<String> = errors
        .iter()
        .filter_map(|e| e["path"].as_str())
        .filter_map(|p| Path::new(p).file_name().map(|n| n.to_string_lossy().into_owned()))
        .collect();
    for certain in ["empty.txt", "whitespace.txt", "vanished.txt", "self-loop.txt", "back"] {
        assert!(failed_names.contains(certain), "{certain} should be an error; errors: {failed_names:?}");
    }
    let written: BTreeSet<String> =
        seen[..records.len()].iter().filter_map(|p| Path::new(p).file_name().map(|n| n.to_string_lossy().into_owned())).collect();
    assert!(written.contains("good.txt"), "the good document should be written; errors: {errors:?}");

    let counts = summary_counts(&stderr).unwrap_or_else(|| panic!("no summary line in stderr:\n{stderr}"));
    let want = Counts { documents_in: expected.len() as u64, written: records.len() as u64, failed: errors.len() as u64 };
    assert_eq!(counts, want, "summary line disagrees with the files:\n{stderr}");
    eprintln!("hostile run: {} inputs in {:.1} s", expected.len(), elapsed.as_secs_f64());
    let _ = std::fs::remove_dir_all(&base);
}

#[test]
fn summary_counts_reads_the_summary_line() {
    let line = "noise\nvanban: 12 documents in, 9 written, 3 failed, 1.0 MB in 0.50 s (24.0 docs/s, 2.0 MB/s)\n";
    assert_eq!(summary_counts(line), Some(Counts { documents_in: 12, written: 9, failed: 3 }));
    assert_eq!(summary_counts("vanban: error: nothing"), None);
}

/// A damaged PDF is reported once, in `errors.jsonl` or its record's warnings: what the PDF
/// library logs about each broken object stays off the terminal unless asked for with -vv.
#[test]
fn a_damaged_pdf_does_not_flood_the_terminal() {
    let dir = temp_dir("hostile-damaged-pdf");
    let input = dir.join("in");
    let pages = [format!("BT /F1 11 Tf 56 790 Td {} Tj ET", vanban_core::stages::load::pdf::write::hex("Báo cáo tháng Ba của Trạm Y tế xã"))];
    let whole = vanban_core::stages::load::pdf::write::write_pdf(&pages);
    std::fs::create_dir_all(&input).expect("input folder");
    // Bytes cut out of the middle: the cross-reference offsets and a stream's length are off.
    std::fs::write(input.join("a.pdf"), [&whole[..300], &whole[340..]].concat()).expect("written");
    let run = |extra: &[&str]| {
        let out_dir = dir.join(format!("out{}", extra.len()));
        let mut args = vec!["run", input.to_str().unwrap(), "--out", out_dir.to_str().unwrap()];
        args.extend_from_slice(extra);
        String::from_utf8_lossy(&vanban(&args).stderr).into_owned()
    };
    let plain = run(&[]);
    assert!(summary_counts(&plain).is_some(), "{plain}");
    assert!(plain.lines().all(|l| l.starts_with("vanban") || l.starts_with("  ") || l.contains("document failed")), "{plain}");
    let chatty = run(&["-vv"]);
    assert!(chatty.lines().count() > plain.lines().count(), "-vv shows the library's messages:\n{chatty}");
}
