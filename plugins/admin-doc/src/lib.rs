//! The admin-doc plugin: administrative documents laid out per Decree 30/2020/NĐ-CP
//! (issuing body, number and symbol, national motto, place and date, type line, summary,
//! body, recipients and signing block). Reads the layout into `AdminDocument`.

mod layout;
mod registry;
mod signer;

use layout::{Layout, LineKind};
use vanban_plugin_sdk::{Claim, Label, Page, PartialDate, Plugin, PluginError, PluginInfo, Record, Stripping};

#[derive(Default)]
pub struct AdminDoc;

impl Plugin for AdminDoc {
    fn info(&self) -> PluginInfo {
        PluginInfo {
            name: "admin-doc".into(),
            version: env!("CARGO_PKG_VERSION").into(),
            description: "Administrative documents (Decree 30/2020/NĐ-CP layout): header, summary, recipients, signature.".into(),
            provides: vec!["detect".into(), "strip".into(), "metadata".into(), "extract".into()],
        }
    }

    fn detect(&self, page: &Page) -> Claim {
        let layout = Layout::read(page);
        let mut claim = Claim::none();
        claim.add(layout.number_line.is_some(), 0.35, "number and symbol line \"Số: .../...\"");
        claim.add(layout.has(LineKind::Motto), 0.3, "national motto");
        claim.add(layout.place_date_line.is_some(), 0.25, "place and date line");
        claim.add(layout.type_line.is_some(), 0.2, "document type line in capitals");
        claim.add(layout.has(LineKind::RecipientsHead), 0.3, "\"Nơi nhận:\" block");
        claim.add(layout.has(LineKind::Authority), 0.2, "signing authority (TL./KT./TM.)");
        claim.add(layout.enacting_line.is_some(), 0.3, "a decision's articles (\"QUYẾT ĐỊNH:\" over \"Điều 1.\")");
        claim.add(!registry::rows(layout.lines()).is_empty(), 0.6, "registry record (Số ký hiệu, Ngày ban hành, Trích yếu …)");
        claim
    }

    fn strip(&self, page: &Page) -> Result<Stripping, PluginError> {
        let layout = Layout::read(page);
        let labels = layout
            .kinds
            .iter()
            .map(|k| match k {
                LineKind::Body => Label::Body,
                LineKind::Summary => Label::Title,
                LineKind::Header | LineKind::Motto | LineKind::Number | LineKind::PlaceDate | LineKind::Type => {
                    Label::boilerplate("document-header")
                }
                LineKind::RecipientsHead | LineKind::Recipient => Label::boilerplate("recipients"),
                LineKind::Authority | LineKind::SignerTitle | LineKind::Signer | LineKind::SignNote => {
                    Label::boilerplate("signature")
                }
            })
            .collect();
        let (mut document, warnings) = layout.document(page);
        let mut out = Stripping { labels, title: layout.title(page), document: None, warnings, ..Stripping::default() };
        read_registry(&registry::rows(layout.lines()), &mut out, &mut document);
        out.published = document.date.and_then(issue_date);
        out.document = Some(document);
        Ok(out)
    }

    /// The signer's post, given alone in the signing block, with the body the header names.
    fn extract(&self, page: &Page, record: &mut Record) -> Result<(), PluginError> {
        if !signer::signer_needs_body(record) {
            return Ok(());
        }
        if let Some(body) = Layout::read(page).issuer().and_then(signer::body_name) {
            signer::add_issuer(record, &body);
        }
        Ok(())
    }
}

/// A portal's registry record of the document, when the page holds one: its rows leave the
/// body, its summary is the title, and its fields fill what the layout left empty.
fn read_registry(rows: &[registry::Row], out: &mut Stripping, document: &mut vanban_plugin_sdk::AdminDocument) {
    for row in rows {
        out.labels[row.line] = match row.field {
            registry::Field::Summary if out.title.is_none() => Label::Title,
            _ => Label::boilerplate("document-fields"),
        };
    }
    if out.title.is_none() {
        out.title = registry::title(rows);
    }
    registry::fill(document, rows);
}

/// The day a document was issued, as "YYYY-MM-DD", when its date line gives every part.
fn issue_date(date: PartialDate) -> Option<String> {
    let (y, m, d) = (date.year?, date.month?, date.day?);
    Some(format!("{y:04}-{m:02}-{d:02}"))
}

vanban_plugin_sdk::export_plugin!(AdminDoc);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issue_date_needs_every_part() {
        let full = PartialDate { year: Some(2024), month: Some(3), day: Some(2) };
        assert_eq!(issue_date(full).as_deref(), Some("2024-03-02"));
        assert_eq!(issue_date(PartialDate { day: None, ..full }), None);
    }
}
