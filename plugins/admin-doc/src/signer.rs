//! The signer's post with the body that issues the document: a signing block says "GIÁM
//! ĐỐC" alone, as the header above has already named the body ("TRUNG TÂM Y TẾ HUYỆN X"),
//! so the post is read with it ("Giám đốc Trung tâm Y tế huyện X").

use vanban_plugin_sdk::text::{equals_lower, same_text, starts_with_lower, title_case_if_upper};
use vanban_plugin_sdk::{Person, Record};

/// Posts that head a body and name none of their own, in small letters: the body is the
/// issuer's. A head of one of its departments ("Trưởng phòng") is not its head.
const HEAD_POSTS: &[&str] = &[
    "giám đốc", "phó giám đốc", "chủ tịch", "phó chủ tịch", "viện trưởng", "phó viện trưởng", "chi cục trưởng",
    "phó chi cục trưởng", "cục trưởng", "phó cục trưởng", "trưởng ban", "phó trưởng ban", "chánh văn phòng",
    "phó chánh văn phòng", "trạm trưởng", "trưởng trạm",
];

/// The kinds of issuing body whose name the header writes in capitals, as they are spelt
/// in running text. Longest first where one opens another.
const BODY_KINDS: &[(&str, &str)] = &[
    ("TRUNG TÂM KIỂM SOÁT BỆNH TẬT", "Trung tâm Kiểm soát bệnh tật"),
    ("TRUNG TÂM Y TẾ", "Trung tâm Y tế"),
    ("SỞ Y TẾ", "Sở Y tế"),
    ("PHÒNG Y TẾ", "Phòng Y tế"),
    ("TRẠM Y TẾ", "Trạm Y tế"),
    ("BỆNH VIỆN ĐA KHOA", "Bệnh viện Đa khoa"),
    ("ỦY BAN NHÂN DÂN", "Ủy ban nhân dân"),
    ("UỶ BAN NHÂN DÂN", "Ủy ban nhân dân"),
    ("UBND", "UBND"),
    ("CHI CỤC AN TOÀN VỆ SINH THỰC PHẨM", "Chi cục An toàn vệ sinh thực phẩm"),
];

/// The administrative units a body's place opens with, in small letters.
const UNIT_WORDS: &[&str] = &["tỉnh", "thành phố", "huyện", "thị xã", "quận", "xã", "phường", "thị trấn"];

/// The most words of a place's name after its unit.
const PLACE_WORDS: usize = 4;

/// The issuing body's name, from the header's capitals, as running text spells it:
/// "TRUNG TÂM Y TẾ HUYỆN CAO PHONG" gives "Trung tâm Y tế huyện Cao Phong". None unless
/// the name is a known kind of body, alone or followed by its place: a name past those
/// ("BỆNH VIỆN ĐA KHOA KHU VỰC …") cannot be spelt right word by word.
pub fn body_name(caps: &str) -> Option<String> {
    let caps = caps.split_whitespace().collect::<Vec<_>>().join(" ");
    let (kind, spelt) = BODY_KINDS.iter().find(|(k, _)| caps.starts_with(k) && matches!(caps.as_bytes().get(k.len()), None | Some(b' ')))?;
    let rest = caps[kind.len()..].trim();
    if rest.is_empty() {
        return Some(spelt.to_string());
    }
    let unit = UNIT_WORDS.iter().find(|u| starts_with_lower(rest, u) && rest.as_bytes().get(u.len()) == Some(&b' '))?;
    let place = rest[unit.len()..].trim();
    if place.split(' ').count() > PLACE_WORDS || place.chars().any(|c| !c.is_alphabetic() && c != ' ') {
        return None;
    }
    Some(format!("{spelt} {unit} {}", title_case_if_upper(place)))
}

/// Whether the post heads a body without naming one ("Phó Giám đốc").
fn is_head_post(role: &str) -> bool {
    HEAD_POSTS.iter().any(|p| equals_lower(role, p))
}

/// The signer among the record's people, found by the name the document gives.
fn signer_of(record: &mut Record) -> Option<&mut Person> {
    let signer = record.document.as_ref()?.signer.as_deref()?;
    record.people.iter_mut().find(|p| same_text(&p.name, signer))
}

/// Whether the signer holds a post that names no body ([`is_head_post`]): only then is
/// the header read again for its issuer.
pub fn signer_needs_body(record: &mut Record) -> bool {
    signer_of(record).is_some_and(|p| p.roles.iter().any(|r| is_head_post(r)))
}

/// Adds the issuing body to the signer's post, where the signing block gave the post
/// alone: the role the record holds for the signer ("Phó Giám đốc") becomes "Phó Giám
/// đốc Trung tâm Y tế huyện X".
pub fn add_issuer(record: &mut Record, body: &str) {
    let Some(person) = signer_of(record) else { return };
    for role in person.roles.iter_mut().filter(|r| is_head_post(r)) {
        *role = format!("{role} {body}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use vanban_plugin_sdk::AdminDocument;

    #[test]
    fn a_body_named_in_capitals_is_spelt_as_running_text() {
        assert_eq!(body_name("TRUNG TÂM Y TẾ HUYỆN CAO PHONG").as_deref(), Some("Trung tâm Y tế huyện Cao Phong"));
        assert_eq!(body_name("SỞ Y TẾ").as_deref(), Some("Sở Y tế"));
        assert_eq!(body_name("SỞ Y TẾ TỈNH  ĐỒI MÂY").as_deref(), Some("Sở Y tế tỉnh Đồi Mây"));
        assert_eq!(body_name("UBND THỊ XÃ BA LAN").as_deref(), Some("UBND thị xã Ba Lan"));
        assert_eq!(body_name("ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ ĐÔNG").as_deref(), Some("Ủy ban nhân dân thành phố Hà Đông"));
        // Names that word-by-word spelling would get wrong are left alone.
        assert_eq!(body_name("BỆNH VIỆN ĐA KHOA KHU VỰC MIỀN NÚI"), None);
        assert_eq!(body_name("TRUNG TÂM Y TẾ HUYỆN CAO PHONG - PHÒNG KẾ HOẠCH"), None);
        assert_eq!(body_name("SỞ Y TẾCAO"), None);
        assert_eq!(body_name("HỘI ĐỒNG NHÂN DÂN"), None);
    }

    fn signed(signer: &str, roles: &[&str]) -> Record {
        Record {
            document: Some(AdminDocument { signer: Some(signer.to_string()), ..AdminDocument::default() }),
            people: vec![Person { name: signer.to_string(), honorific: None, roles: roles.iter().map(|r| r.to_string()).collect() }],
            ..Record::default()
        }
    }

    #[test]
    fn the_signers_head_post_gets_the_issuer() {
        let mut r = signed("Lò Thị Hạnh", &["Phó Giám đốc"]);
        assert!(signer_needs_body(&mut r));
        add_issuer(&mut r, "Trung tâm Y tế huyện Cao Phong");
        assert_eq!(r.people[0].roles, ["Phó Giám đốc Trung tâm Y tế huyện Cao Phong"]);
        // A post that names its own body, or heads a department, keeps its words.
        let mut r = signed("Lò Thị Hạnh", &["Giám đốc Sở Y tế", "Trưởng phòng Nghiệp vụ Y", "Trưởng phòng"]);
        assert!(!signer_needs_body(&mut r));
        add_issuer(&mut r, "Sở Y tế tỉnh Đồi Mây");
        assert_eq!(r.people[0].roles, ["Giám đốc Sở Y tế", "Trưởng phòng Nghiệp vụ Y", "Trưởng phòng"]);
        // Another person of the body with the bare post is not the signer.
        let mut r = signed("Lò Thị Hạnh", &[]);
        r.people.push(Person { name: "Vi Văn Tòng".into(), honorific: None, roles: vec!["Giám đốc".into()] });
        add_issuer(&mut r, "Sở Y tế");
        assert_eq!(r.people[1].roles, ["Giám đốc"]);
    }
}
