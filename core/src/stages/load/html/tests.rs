//! Unit tests of the HTML reader.

use super::read_html;
use vanban_plugin_sdk::BlockTag;

#[test]
fn placeholder_reads_paragraphs() {
    let p = read_html("<html><body><div id=Main class='Content x'><p>One &amp; two</p><p>Three<br>four</p></div></body></html>", "a.html");
    assert_eq!(p.text, "One & two\nThree\nfour");
    assert_eq!(p.blocks[0].tag, BlockTag::P);
    let c = p.blocks[0].container.unwrap() as usize;
    assert_eq!(p.containers[c].hint, "main content x");
}
