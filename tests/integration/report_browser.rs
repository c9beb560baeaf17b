//! Opens the HTML report in headless Chromium: the index shows every title, a document page
//! shows its entity marks, and screenshots are saved for a person to look at.
//!
//! Skips (and passes) when no Chromium is installed; CI installs Debian's `chromium`.

use crate::sinks::{corpus, escape, records, run_default, scratch};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use vanban_core::stages::sinks::report::ReportSink;
use vanban_core::{Doc, Sink};
use vanban_plugin_sdk::{AdminDocument, Directive, Entity, EntityKind, Field, Indicator, Normalized, PartialDate, Person, Stripped};

/// The browser binary: `$VANBAN_CHROMIUM`, else the first of the usual names on `PATH`.
fn chromium() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("VANBAN_CHROMIUM") {
        return Some(PathBuf::from(p));
    }
    let path = std::env::var_os("PATH")?;
    ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .flat_map(|name| std::env::split_paths(&path).map(move |dir| dir.join(name)))
        .find(|p| p.is_file())
}

/// Runs headless Chromium on `page` with `extra` flags; returns its standard output.
fn headless(browser: &Path, page: &Path, extra: &[String]) -> String {
    let profile = scratch(&format!("chromium-profile-{}", extra.len()));
    let mut cmd = Command::new(browser);
    cmd.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
    ])
    .arg(format!("--user-data-dir={}", profile.display()))
    .args(extra)
    .arg(format!("file://{}", page.display()))
    .stdin(Stdio::null())
    .stdout(Stdio::piped())
    .stderr(Stdio::null());
    let mut child = cmd.spawn().expect("chromium starts");
    let deadline = Instant::now() + Duration::from_secs(120);
    // A stuck browser must not hang the test run.
    while child.try_wait().expect("wait for chromium").is_none() {
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("chromium took more than two minutes on {}", page.display());
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let out = child.wait_with_output().expect("chromium's output");
    assert!(out.status.success(), "chromium failed on {}", page.display());
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn dump_dom(browser: &Path, page: &Path) -> String {
    headless(browser, page, &["--dump-dom".to_string()])
}

fn screenshot(browser: &Path, page: &Path, png: &Path) {
    headless(browser, page, &[format!("--screenshot={}", png.display()), "--window-size=1280,1600".to_string()]);
    let size = std::fs::metadata(png).map(|m| m.len()).unwrap_or(0);
    assert!(size > 10_000, "a screenshot of {} was saved ({size} bytes)", page.display());
    println!("screenshot: {}", png.display());
}

/// Code-point offsets of `needle` in `hay`.
fn span(hay: &str, needle: &str) -> (usize, usize) {
    let byte = hay.find(needle).expect("the needle is in the text");
    let start = hay[..byte].chars().count();
    (start, start + needle.chars().count())
}

/// An invented news item with one entity of each type and a figure.
fn marked_doc() -> Doc {
    let title = "Xã Phước Lộc Đông ra quân diệt lăng quăng".to_string();
    let body = "Ngày 5/6/2032, Trạm Y tế xã Phước Lộc Đông phối hợp với Đoàn thanh niên ra quân diệt lăng quăng.\n\n\
                Bà Kha Thị Nguyệt, Trưởng trạm, cho biết trong tháng 5 năm 2032 xã ghi nhận 12 ca sốt xuất huyết."
        .to_string();
    let mut doc = Doc::new(0, "hand-built/phuoc-loc-dong.txt", b"hand built".to_vec());
    let r = &mut doc.record;
    r.id = "0123456789abcdef0123456789abcdef".into();
    r.source.style = Some("dept-news".into());
    r.title = Some(title.clone());
    let mut entity = |field_text: &str, field: Field, kind: EntityKind, text: &str, normalized: Option<Normalized>| {
        let (start, end) = span(field_text, text);
        r.entities.push(Entity { kind, text: text.into(), field, index: 0, start, end, normalized, code: None });
    };
    entity(&title, Field::Title, EntityKind::Location, "Phước Lộc Đông", None);
    entity(&body, Field::Body, EntityKind::Date, "5/6/2032", Some(Normalized::Text("2032-06-05".into())));
    entity(&body, Field::Body, EntityKind::Organization, "Trạm Y tế xã Phước Lộc Đông", None);
    entity(&body, Field::Body, EntityKind::Person, "Kha Thị Nguyệt", None);
    entity(
        &body,
        Field::Body,
        EntityKind::Period,
        "tháng 5 năm 2032",
        Some(Normalized::Range { start: "2032-05-01".into(), end: "2032-05-31".into() }),
    );
    entity(&body, Field::Body, EntityKind::Disease, "sốt xuất huyết", Some(Normalized::Text("sốt xuất huyết".into())));
    let (start, end) = span(&body, "12 ca sốt xuất huyết");
    r.indicators.push(Indicator {
        text: "12 ca sốt xuất huyết".into(),
        subject: "ca sốt xuất huyết".into(),
        value: 12.0,
        unit: Some("ca".into()),
        qualifier: None,
        change: None,
        period: None,
        start,
        end,
    });
    r.people.push(Person { name: "Kha Thị Nguyệt".into(), honorific: Some("bà".into()), roles: vec!["Trưởng trạm".into()] });
    r.captions.push("Đoàn viên thu gom vật dụng đọng nước".into());
    r.directives.push(Directive {
        text: "Các ấp tổng vệ sinh môi trường mỗi tuần".into(),
        assignee: Some("Ban nhân dân các ấp".into()),
        deadline: Some("2032-06-30".into()),
    });
    r.document = Some(AdminDocument {
        kind: Some("KẾ HOẠCH".into()),
        symbol: Some("KH-TYT".into()),
        date: Some(PartialDate { year: Some(2032), month: Some(6), day: None }),
        signer: Some("Kha Thị Nguyệt".into()),
        ..AdminDocument::default()
    });
    r.stripped.push(Stripped { text: "Chia sẻ: Facebook | Zalo".into(), reason: "share-buttons".into(), by: "dept-news".into() });
    r.warnings.push("the document date has no day".into());
    r.body = body;
    doc
}

#[test]
fn the_report_reads_in_a_browser() {
    let Some(browser) = chromium() else {
        println!("skipped: chromium not installed (apt-get install -y chromium, or set VANBAN_CHROMIUM)");
        return;
    };
    let shots = scratch("report-screenshots");

    // The default pipeline's report over the fixtures: every title is on the index.
    let out = scratch("browser-run");
    run_default(&corpus(), &out);
    let index = out.join("report.html");
    let dom = dump_dom(&browser, &index);
    for r in records(&out) {
        // A document goes by its title, or by its file name when none was found.
        let name = match r["title"].as_str().map(str::trim).filter(|t| !t.is_empty()) {
            Some(title) => title.to_string(),
            None => r["source"]["path"].as_str().and_then(|p| p.rsplit('/').next()).unwrap_or("").to_string(),
        };
        assert!(!name.is_empty() && dom.contains(&text_node(&name)), "the index shows {name}");
    }
    assert!(dom.contains("06_empty.txt"), "the failed document is listed");
    screenshot(&browser, &index, &shots.join("index.png"));
    // Each index link lands on its document's section in the file of sections.
    let sections = dump_dom(&browser, &out.join("report/docs-1.html"));
    for n in 1..=records(&out).len() {
        assert!(dom.contains(&format!("href=\"report/docs-1.html#d{n}\"")), "the index links document {n}");
        assert!(sections.contains(&format!("<article class=\"doc\" id=\"d{n}\">")), "document {n} has its section");
    }
    screenshot(&browser, &out.join("report/docs-1.html"), &shots.join("document-1.png"));

    // A hand-built document: each entity is a mark of its type around its text.
    let own = scratch("browser-marks");
    let doc = marked_doc();
    let mut sink = ReportSink::create(&own.join("report.html"), 500).expect("report sink");
    sink.write(&doc).expect("write the page");
    sink.finish().expect("finish the report");
    let page = own.join("report/docs-1.html");
    let dom = dump_dom(&browser, &page);
    for e in &doc.record.entities {
        let open = format!("<mark class=\"ent-{}\"", e.kind.as_str());
        let found = dom.match_indices(&open).any(|(at, _)| dom[at..].split_once("</mark>").is_some_and(|(m, _)| m.ends_with(&format!(">{}", text_node(&e.text)))));
        assert!(found, "a {} mark around {}", e.kind.as_str(), e.text);
    }
    assert!(dom.contains("class=\"legend\""));
    for part in ["Đoàn viên thu gom vật dụng đọng nước", "Các ấp tổng vệ sinh môi trường mỗi tuần", "KH-TYT", "share-buttons · dept-news", "the document date has no day"] {
        assert!(dom.contains(part), "the page shows {part}");
    }
    assert!(dom.contains("<span class=\"ind\" title=\"ca sốt xuất huyết: 12 ca\">12 ca <mark class=\"ent-disease\""), "the figure is underlined around its disease");
    screenshot(&browser, &page, &shots.join("marks.png"));
}

/// Text as Chromium serialises a text node (quotes are left alone there).
fn text_node(s: &str) -> String {
    escape(s).replace("&quot;", "\"").replace("&#39;", "'")
}
