//! Property tests of the text stages, in-process: entity offsets always slice to the entity
//! text, output text is NFC whatever the input's normal form, and no input makes the
//! decoder or the cleaner panic.

use proptest::prelude::*;
use std::sync::{Arc, OnceLock};
use unicode_normalization::{is_nfc, UnicodeNormalization};
use vanban_core::registry::{self, BuildContext, Built};
use vanban_core::sdk::{Entity, Field, Record};
use vanban_core::stages::load::decode::decode;
use vanban_core::{Doc, PipelineSettings, StageConfig, Transform};

/// The built-in transforms decode → clean → detect → strip → extract, built once as a
/// pipeline builds them, with the built-in plugins.
fn stages() -> &'static [(String, Arc<dyn Transform>)] {
    static STAGES: OnceLock<Vec<(String, Arc<dyn Transform>)>> = OnceLock::new();
    STAGES.get_or_init(|| {
        let ctx = BuildContext {
            out_dir: std::env::temp_dir(),
            inputs: Vec::new(),
            plugins: Arc::new(vanban_cli::builtins::plugin_set()),
            settings: PipelineSettings::default(),
        };
        ["decode", "clean", "detect", "strip", "extract"]
            .iter()
            .map(|name| {
                let reg = registry::find(name).unwrap_or_else(|| panic!("stage {name} is not registered"));
                match (reg.build)(&StageConfig::inline(name, toml::Table::new()), &ctx) {
                    Ok(Built::Transform(t)) => (name.to_string(), t),
                    _ => panic!("stage {name} is not a transform"),
                }
            })
            .collect()
    })
}

/// Runs the text stages on `raw`; `Err` names the stage that refused the document.
fn process(raw: &[u8], name: &str) -> Result<Doc, String> {
    let mut doc = Doc::new(0, name, raw.to_vec());
    for (stage, t) in stages() {
        t.apply(&mut doc).map_err(|e| format!("{stage}: {e}"))?;
    }
    Ok(doc)
}

fn field<'a>(record: &'a Record, e: &Entity) -> Option<&'a str> {
    match e.field {
        Field::Body => Some(&record.body),
        Field::Title => record.title.as_deref(),
        Field::Captions => record.captions.get(e.index).map(String::as_str),
    }
}

/// Words of the kinds a health report is made of: function words, titles, kinds of
/// organisation and place, diseases, units; names and places are invented.
const WORDS: &[&str] = &[
    "Sở Y tế", "tỉnh", "huyện", "xã", "phường", "Trung tâm Y tế", "Bệnh viện Đa khoa", "Trạm Y tế",
    "Ủy ban nhân dân", "Giám đốc", "Phó Giám đốc", "bác sĩ", "ông", "bà", "đồng chí", "Trưởng phòng",
    "sốt xuất huyết", "tay chân miệng", "sởi", "COVID-19", "bệnh dại", "cúm A", "tiêu chảy",
    "ca mắc", "ca tử vong", "tăng", "giảm", "so với cùng kỳ", "trong tuần", "năm 2031", "ngày",
    "tháng", "người", "trẻ em", "liều vắc xin", "tỷ lệ", "%", "đề nghị", "yêu cầu", "chỉ đạo",
    "các", "của", "và", "đã", "được", "trên", "địa bàn", "tại", "về", "cho", "với", "theo",
    "Hà Xuân Thảo", "Nguyễn Văn Dũng", "Lê Thị Hoa", "Phạm Quốc Bảo", "Vĩnh Lạc", "Tân Phú Đông",
    "Kim Sơn Thượng", "Quyết định số 27/QĐ-SYT", "12/4/2031", "ngày 3 tháng 5 năm 2030", "1.250", "37,5",
    ",", ".", ";", ":", "(", ")", "-", "–", "\"", "“", "”",
];

fn sentence() -> impl Strategy<Value = String> {
    (prop::collection::vec(prop::sample::select(WORDS), 3..25), 0u32..200).prop_map(|(words, n)| {
        let mut s = words.join(" ");
        s.push_str(&format!(" {n} ca."));
        s
    })
}

/// A report: a title line, then paragraphs separated by blank lines.
fn report() -> impl Strategy<Value = String> {
    (sentence(), prop::collection::vec(prop::collection::vec(sentence(), 1..4), 1..6)).prop_map(|(title, paras)| {
        let body: Vec<String> = paras.iter().map(|p| p.join(" ")).collect();
        format!("{}\n\n{}\n", title.to_uppercase(), body.join("\n\n"))
    })
}

/// How a report's text is written: NFC, NFD, or with stray control and space characters.
#[derive(Debug, Clone, Copy)]
enum Form {
    Nfc,
    Nfd,
    Noisy,
}

fn written(text: &str, form: Form) -> String {
    match form {
        Form::Nfc => text.nfc().collect(),
        Form::Nfd => text.nfd().collect(),
        Form::Noisy => text.replace(". ", ".\u{00A0}\u{200B} ").replace('\n', "\r\n"),
    }
}

fn form() -> impl Strategy<Value = Form> {
    prop_oneof![Just(Form::Nfc), Just(Form::Nfd), Just(Form::Noisy)]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn entity_offsets_slice_to_the_entity_text(text in report(), form in form()) {
        let doc = process(written(&text, form).as_bytes(), "report.txt").map_err(TestCaseError::fail)?;
        for e in &doc.record.entities {
            let field = field(&doc.record, e).ok_or_else(|| TestCaseError::fail(format!("entity in a missing field: {e:?}")))?;
            prop_assert!(e.start <= e.end && e.end <= field.chars().count(), "offsets out of the field: {:?}", e);
            let slice: String = field.chars().skip(e.start).take(e.end - e.start).collect();
            prop_assert_eq!(&slice, &e.text, "offsets of {:?} do not slice to its text", e.kind);
        }
    }

    #[test]
    fn the_output_text_is_nfc(text in report(), form in form()) {
        let doc = process(written(&text, form).as_bytes(), "report.txt").map_err(TestCaseError::fail)?;
        let r = &doc.record;
        prop_assert!(is_nfc(&r.body), "body is not NFC");
        prop_assert!(r.title.as_deref().is_none_or(is_nfc), "title is not NFC");
        prop_assert!(r.captions.iter().all(|c| is_nfc(c)), "a caption is not NFC");
        prop_assert!(r.entities.iter().all(|e| is_nfc(&e.text)), "an entity is not NFC");
        prop_assert!(is_nfc(&doc.page.text), "the cleaned page is not NFC");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn no_bytes_make_the_decoder_or_cleaner_panic(raw in prop::collection::vec(any::<u8>(), 0..2048), html in any::<bool>()) {
        let name = if html { "page.html" } else { "doc.txt" };
        let Ok(decoded) = decode(&raw, name, PipelineSettings::default().max_document_bytes) else { return Ok(()) };
        let mut doc = Doc::new(0, name, raw.clone());
        doc.page = decoded.page;
        let clean = &stages()[1].1;
        if clean.apply(&mut doc).is_ok() {
            for b in &doc.page.blocks {
                prop_assert!(b.start <= b.end && b.end <= doc.page.text.len());
                prop_assert!(doc.page.text.is_char_boundary(b.start) && doc.page.text.is_char_boundary(b.end));
            }
        }
    }

    #[test]
    fn no_text_makes_the_decoder_or_cleaner_panic(chars in prop::collection::vec(any::<char>(), 0..400), html in any::<bool>()) {
        let text: String = chars.into_iter().collect();
        let name = if html { "page.html" } else { "doc.txt" };
        let Ok(decoded) = decode(text.as_bytes(), name, PipelineSettings::default().max_document_bytes) else { return Ok(()) };
        let mut doc = Doc::new(0, name, text.clone().into_bytes());
        doc.page = decoded.page;
        let _ = stages()[1].1.apply(&mut doc);
    }
}
