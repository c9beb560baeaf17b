//! The extract stage on documents written in the styles of the seeds, with invented names,
//! places and figures, including the traps: patient codes and initials, dates without a year,
//! numbers in phone lines, a merged province, two people sharing a given name, capitals.

use vanban_core::stages::extract::extract_record;
use vanban_plugin_sdk::{AdminDocument, Entity, EntityKind, Field, Normalized, Record};

fn fixture(name: &str) -> String {
    let path = format!("{}/fixtures/extract/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}")).trim_end().to_string()
}

fn record(body: &str) -> Record {
    let paras: Vec<&str> = body.split('\n').map(str::trim).filter(|l| !l.is_empty()).collect();
    Record { body: paras.join("\n\n"), ..Record::default() }
}

fn of_kind(r: &Record, k: EntityKind) -> Vec<&Entity> {
    r.entities.iter().filter(|e| e.kind == k).collect()
}

fn text_of(e: &Entity) -> &str {
    &e.text
}

fn check_offsets(r: &Record) {
    for e in &r.entities {
        let src: &str = match e.field {
            Field::Body => &r.body,
            Field::Title => r.title.as_deref().unwrap_or(""),
            Field::Captions => &r.captions[e.index],
        };
        let got: String = src.chars().skip(e.start).take(e.end - e.start).collect();
        assert_eq!(got, e.text, "offsets of {e:?}");
    }
    for i in &r.indicators {
        let got: String = r.body.chars().skip(i.start).take(i.end - i.start).collect();
        assert_eq!(got, i.text, "offsets of {i:?}");
    }
}

fn news() -> Record {
    let mut r = record(&fixture("news_report.txt"));
    r.title = Some("Sóc Trăng: sơ kết công tác y tế quý I".to_string());
    r.captions = vec!["Đồng chí Trần Minh Khôi phát biểu tại hội nghị".to_string()];
    r.published = Some("2023-03-13".to_string());
    extract_record(&mut r);
    r
}

#[test]
fn people_are_merged_and_kept_apart() {
    let r = news();
    let names: Vec<&str> = r.people.iter().map(|p| p.name.as_str()).collect();
    assert!(names.contains(&"Trần Minh Khôi"), "{names:?}");
    // Two people whose given name is "Hồng" are two people.
    assert!(names.contains(&"Lê Thị Thu Hồng") && names.contains(&"Phạm Văn Hồng"), "{names:?}");
    // A name in capitals is title-cased.
    assert!(names.contains(&"Trần Quốc Bảo"), "{names:?}");
    assert_eq!(names.iter().filter(|n| **n == "Trần Minh Khôi").count(), 1);
    let khoi = r.people.iter().find(|p| p.name == "Trần Minh Khôi").expect("merged person");
    assert_eq!(khoi.honorific.as_deref(), Some("đồng chí"));
    assert!(khoi.roles.iter().any(|x| x == "Tỉnh ủy viên"), "{:?}", khoi.roles);
    assert!(khoi.roles.iter().any(|x| x.starts_with("Phó Chủ tịch UBND tỉnh")), "{:?}", khoi.roles);
    let hong = r.people.iter().find(|p| p.name == "Lê Thị Thu Hồng").expect("person");
    assert_eq!(hong.roles, vec!["Giám đốc Sở Y tế"]);
    // Patient initials and codes are not people.
    assert!(!names.iter().any(|n| n.contains("N.V") || n.contains("BN")), "{names:?}");
    assert!(of_kind(&r, EntityKind::Person).iter().any(|e| e.field == Field::Captions));
}

#[test]
fn dates_without_a_year_take_the_document_year() {
    let r = news();
    let dates: Vec<&str> = of_kind(&r, EntityKind::Date)
        .iter()
        .filter_map(|e| match &e.normalized {
            Some(Normalized::Text(t)) => Some(t.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(dates, vec!["2023-03-12", "2023-03-20"]);
    assert!(of_kind(&r, EntityKind::Date).iter().all(|e| !e.text.contains("Sáng")));
    assert_eq!(r.event_date.as_deref(), Some("2023-03-12"));
    let q1 = of_kind(&r, EntityKind::Period).into_iter().find(|e| e.text == "quý I năm 2023").expect("period");
    assert_eq!(q1.normalized, Some(Normalized::Range { start: "2023-01-01".into(), end: "2023-03-31".into() }));
}

#[test]
fn merged_province_resolves_to_its_new_province() {
    let r = news();
    let st = of_kind(&r, EntityKind::Location).into_iter().find(|e| e.text == "Sóc Trăng").expect("place");
    assert_eq!(st.normalized, Some(Normalized::Text("Cần Thơ".into())));
    assert!(st.code.is_some());
    assert!(of_kind(&r, EntityKind::Location).iter().any(|e| e.text == "Kế Sách"));
    let orgs: Vec<&str> = of_kind(&r, EntityKind::Organization).into_iter().map(text_of).collect();
    assert!(orgs.contains(&"Sở Y tế tỉnh Sóc Trăng"), "{orgs:?}");
    assert!(orgs.contains(&"Trung tâm Y tế huyện Kế Sách"), "{orgs:?}");
}

#[test]
fn indicators_with_units_changes_and_no_phone_numbers() {
    let r = news();
    let by_value = |v: f64| r.indicators.iter().find(|i| i.value == v);
    let sxh = by_value(341.0).expect("341");
    assert_eq!(sxh.unit.as_deref(), Some("trường hợp"));
    assert!(sxh.subject.contains("sốt xuất huyết"));
    let c = sxh.change.as_ref().expect("change");
    assert_eq!((c.direction.as_str(), c.value), ("decrease", 58.0));
    let tcm = by_value(127.0).expect("127");
    assert!(tcm.subject.to_lowercase().contains("tay - chân - miệng"), "{}", tcm.subject);
    assert_eq!(tcm.change.as_ref().map(|c| c.value), Some(19.0));
    let visits = by_value(184236.0).expect("184.236");
    assert!(visits.subject.contains("khám chữa bệnh"));
    assert_eq!(visits.change.as_ref().map(|c| (c.value, c.unit.as_deref())), Some((7.4, Some("%"))));
    let pct = by_value(91.5).expect("91,5");
    assert_eq!(pct.qualifier.as_deref(), Some("trên"));
    // Change values, ages, codes and phone numbers are not figures of their own.
    for v in [58.0, 19.0, 7.4, 1.0, 1783.0, 299.0, 3612345.0, 20.0] {
        assert!(by_value(v).is_none(), "{v} taken as an indicator: {:?}", r.indicators);
    }
    assert_eq!(r.indicators.len(), 4, "{:?}", r.indicators);
    check_offsets(&r);
}

#[test]
fn diseases_in_written_variants() {
    let r = news();
    let d: Vec<(&str, Option<&str>)> = of_kind(&r, EntityKind::Disease)
        .into_iter()
        .map(|e| (e.text.as_str(), e.code.as_deref()))
        .collect();
    assert!(d.contains(&("sốt xuất huyết", Some("A97"))), "{d:?}");
    assert!(d.contains(&("tay - chân - miệng", Some("B08.4"))), "{d:?}");
}

#[test]
fn admin_notice_directives_and_signer() {
    let mut r = record(&fixture("admin_notice.txt"));
    r.document = Some(AdminDocument {
        signer: Some("Hà Quang Vinh".into()),
        signer_title: Some("CHÁNH VĂN PHÒNG".into()),
        ..AdminDocument::default()
    });
    extract_record(&mut r);
    assert_eq!(r.event_date.as_deref(), Some("2021-12-05"));
    let signer = r.people.iter().find(|p| p.name == "Hà Quang Vinh").expect("signer");
    assert_eq!(signer.roles, vec!["Chánh văn phòng"]);
    let d = &r.directives;
    assert_eq!(d.len(), 4, "{d:?}");
    assert_eq!(d[0].assignee, None);
    assert!(d[1..].iter().all(|x| x.assignee.as_deref() == Some("Trung tâm Y tế")), "{d:?}");
    assert_eq!(d[1].deadline.as_deref(), Some("2022-01-14"));
    assert_eq!(d[2].deadline.as_deref(), Some("2022-02-25"));
    assert!(d[2].text.contains("nhân lực"));
    let covid = r.indicators.iter().find(|i| i.value == 2418.0).expect("2.418");
    assert!(covid.subject.contains("Covid-19"));
    let sdd = r.indicators.iter().find(|i| i.value == 17.32).expect("17,32");
    assert!(sdd.subject.starts_with("tỷ lệ suy dinh dưỡng"), "{}", sdd.subject);
    assert_eq!(sdd.change.as_ref().and_then(|c| c.baseline.as_deref()), Some("KH tỉnh giao"));
    check_offsets(&r);
}

#[test]
fn output_is_deterministic() {
    let a = serde_json::to_string(&news()).expect("json");
    let b = serde_json::to_string(&news()).expect("json");
    assert_eq!(a, b);
}
