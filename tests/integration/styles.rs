//! The five style plugins are mutually exclusive: every test document a style plugin ships
//! (`plugins/<name>/tests/docs/*.txt`) is claimed by that plugin, and by no other.

use std::path::Path;
use vanban_plugin_sdk::Page;

const STYLES: &[&str] = &["dept-news", "newspaper", "admin-doc", "health-centre", "eportal"];
const THRESHOLD: f32 = 0.5;

fn docs_of(style: &str) -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../plugins").join(style).join("tests/docs");
    let mut out: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| (p.display().to_string(), std::fs::read_to_string(&p).expect("readable test document")))
        .collect();
    out.sort();
    out
}

#[test]
fn each_style_claims_only_its_own_documents() {
    let plugins = vanban_cli::builtins::plugins();
    let mut checked = 0;
    for owner in STYLES {
        let docs = docs_of(owner);
        assert!(docs.len() >= 2, "{owner} ships fewer than two test documents");
        for (path, text) in docs {
            let page = Page::from_text(path.clone(), &text);
            for plugin in &plugins {
                let name = plugin.info().name;
                if !STYLES.contains(&name.as_str()) {
                    continue;
                }
                let claim = plugin.detect(&page);
                if name == *owner {
                    assert!(claim.score >= THRESHOLD, "{name} does not claim its own {path}: {claim:?}");
                } else {
                    assert!(claim.score < THRESHOLD, "{name} claims {path} of {owner}: {claim:?}");
                }
            }
            checked += 1;
        }
    }
    assert!(checked >= 10);
}
