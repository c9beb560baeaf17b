//! Hand-built documents (invented names, places and figures) for the sinks' unit tests, and
//! a scratch folder for any unit test of the crate that writes files.

use crate::doc::Doc;
use std::path::PathBuf;
use vanban_plugin_sdk::{
    AdminDocument, Change, DateRange, Directive, Entity, EntityKind, Field, Indicator, Normalized, PartialDate, Person,
    Stripped,
};

/// A fresh, empty folder under the system's temp dir, unique to this test and process.
pub fn scratch_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("vanban-sinks-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// Code-point offsets of the first `needle` in `hay`.
fn span(hay: &str, needle: &str) -> (usize, usize) {
    let byte = hay.find(needle).expect("the needle is in the text");
    let start = hay[..byte].chars().count();
    (start, start + needle.chars().count())
}

fn entity(field_text: &str, field: Field, kind: EntityKind, text: &str, normalized: Option<Normalized>) -> Entity {
    let (start, end) = span(field_text, text);
    Entity { kind, text: text.into(), field, index: 0, start, end, normalized, code: None }
}

/// Document number `n`: every part of the record filled, with markup-like text to escape.
pub fn sample_doc(n: u64) -> Doc {
    let title = format!("Huyện Đông Lâm Thượng triển khai đợt tiêm chủng số {n}");
    let body = format!(
        "Ngày 12/3/2031, Trung tâm Y tế huyện Đông Lâm Thượng tổ chức hội nghị.\n\n\
         Bác sĩ Lò Văn Khởi cho biết trong quý I năm 2031 ghi nhận 4{n}7 trường hợp mắc sốt xuất huyết, \
         tăng 15 ca so với cùng kỳ. Tỷ lệ tiêm chủng đạt 96,5% <b>\"đủ mũi\"</b> & an toàn."
    );
    let mut doc = Doc::new(n, format!("corpus/{n:03}_dong-lam.txt"), format!("raw {n}").into_bytes());
    let r = &mut doc.record;
    r.id = format!("{n:032x}");
    r.source.style = Some("health-centre".into());
    r.source.portal = Some("dong-lam-portal".into());
    r.source.encoding = Some("utf-8".into());
    r.source.format = Some("text".into());
    r.title = Some(title.clone());
    r.published = Some("2031-03-13".into());
    r.event_date = Some("2031-03-12".into());
    r.authors = vec!["Mai Thu Hà".into()];
    r.captions = vec!["Bác sĩ Lò Văn Khởi phát biểu".into()];
    let cases = format!("4{n}7 trường hợp mắc sốt xuất huyết");
    r.entities = vec![
        entity(&body, Field::Body, EntityKind::Date, "12/3/2031", Some(Normalized::Text("2031-03-12".into()))),
        entity(&body, Field::Body, EntityKind::Organization, "Trung tâm Y tế huyện Đông Lâm Thượng", None),
        entity(&body, Field::Body, EntityKind::Person, "Lò Văn Khởi", None),
        entity(
            &body,
            Field::Body,
            EntityKind::Period,
            "quý I năm 2031",
            Some(Normalized::Range { start: "2031-01-01".into(), end: "2031-03-31".into() }),
        ),
        entity(&body, Field::Body, EntityKind::Disease, "sốt xuất huyết", Some(Normalized::Text("sốt xuất huyết".into()))),
        entity(&title, Field::Title, EntityKind::Location, "Đông Lâm Thượng", None),
        entity(&r.captions[0], Field::Captions, EntityKind::Person, "Lò Văn Khởi", None),
    ];
    r.people = vec![Person {
        name: "Lò Văn Khởi".into(),
        honorific: Some("bác sĩ".into()),
        roles: vec!["Giám đốc Trung tâm Y tế".into(), "Trưởng ban chỉ đạo".into()],
    }];
    let (s1, e1) = span(&body, &cases);
    let (s2, e2) = span(&body, "96,5%");
    r.indicators = vec![
        Indicator {
            text: cases.clone(),
            subject: "trường hợp mắc sốt xuất huyết".into(),
            value: format!("4{n}7").parse().unwrap_or(0.0),
            unit: Some("trường hợp".into()),
            qualifier: None,
            change: Some(Change { direction: "increase".into(), value: 15.0, unit: Some("ca".into()), baseline: Some("cùng kỳ".into()) }),
            period: Some(DateRange { start: "2031-01-01".into(), end: "2031-03-31".into() }),
            start: s1,
            end: e1,
        },
        Indicator {
            text: "96,5%".into(),
            subject: "tỷ lệ tiêm chủng".into(),
            value: 96.5,
            unit: Some("%".into()),
            qualifier: Some("khoảng".into()),
            change: None,
            period: None,
            start: s2,
            end: e2,
        },
    ];
    r.directives = vec![Directive {
        text: "Các xã báo cáo kết quả trước ngày 20/3/2031".into(),
        assignee: Some("Ủy ban nhân dân các xã".into()),
        deadline: Some("2031-03-20".into()),
    }];
    r.document = Some(AdminDocument {
        kind: Some("THÔNG BÁO".into()),
        number: Some(format!("{n}")),
        symbol: Some("TB-TTYT".into()),
        place: Some("Đông Lâm Thượng".into()),
        date: Some(PartialDate { year: Some(2031), month: Some(3), day: None }),
        signer: Some("Lò Văn Khởi".into()),
        signer_title: Some("GIÁM ĐỐC".into()),
        signing_authority: None,
        recipients: vec!["Các trạm y tế xã".into(), "Lưu: VT".into()],
    });
    r.stripped = vec![Stripped { text: "Chia sẻ bài viết <script>".into(), reason: "share-buttons".into(), by: "health-centre".into() }];
    r.warnings = vec!["the document date has no day".into()];
    r.body = body;
    doc
}
