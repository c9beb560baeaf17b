//! PDF reading: the text layer, page by page, one line per text line. A PDF without one
//! (a scan) is an error, and a panic inside the PDF library fails only this document.

use crate::error::StageError;

/// The text of every page, pages separated by a line break.
pub fn read_pdf(raw: &[u8], max_bytes: u64) -> Result<String, StageError> {
    let limit = usize::try_from(max_bytes).unwrap_or(usize::MAX);
    let result = std::panic::catch_unwind(|| extract(raw, limit));
    let text = match result {
        Ok(r) => r?,
        Err(_) => return Err(StageError::input("not a readable PDF file: the PDF reader failed on it")),
    };
    if text.chars().all(|c| c.is_whitespace() || c.is_control()) {
        return Err(StageError::input("scanned PDF without a text layer"));
    }
    Ok(text)
}

fn extract(raw: &[u8], limit: usize) -> Result<String, StageError> {
    let bad = |e: lopdf::Error| StageError::input(format!("not a readable PDF file: {e}"));
    let doc = lopdf::Document::load_mem(raw).map_err(bad)?;
    let mut out = String::new();
    let mut total = 0usize;
    for page in doc.get_pages().keys() {
        // A page whose text cannot be decoded is skipped; the others still count.
        let Ok(text) = doc.extract_text_with_limit(&[*page], limit) else { continue };
        total = total.saturating_add(text.len());
        if total > limit {
            return Err(StageError::input(format!(
                "the PDF text is over the limit of {limit} bytes (max_document_bytes)"
            )));
        }
        if !out.is_empty() && !out.ends_with('\n') {
            out.push('\n');
        }
        out.push_str(&text);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        let err = read_pdf(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF", 1 << 20)
            .expect_err("no pages");
        assert!(err.message.contains("PDF"), "{}", err.message);
    }
}
