//! Format and encoding detection: bytes in, a [`Page`] out.

use super::Decoded;
use crate::error::StageError;
use vanban_plugin_sdk::Page;

/// Decodes one document.
pub fn decode(raw: &[u8], path: &str) -> Result<Decoded, StageError> {
    if raw.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(StageError::input(if raw.is_empty() { "the file is empty" } else { "the file holds only whitespace" }));
    }
    let (text, encoding) = match raw.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => (std::str::from_utf8(rest), "utf-8"),
        None => (std::str::from_utf8(raw), "utf-8"),
    };
    let text = text.map_err(|e| StageError::input(format!("not valid UTF-8 at byte {}", e.valid_up_to())))?;
    let lower = path.to_ascii_lowercase();
    let page = if lower.ends_with(".html") || lower.ends_with(".htm") || lower.ends_with(".xhtml") {
        super::html::read_html(text, path)
    } else {
        Page::from_text(path, text)
    };
    Ok(Decoded { page, encoding: encoding.into(), ..Decoded::default() })
}
