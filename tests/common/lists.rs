//! Reading the lists a file writes by hand (a JS array, the stylesheet's embed rules, the ids a
//! doc comment names), for `tests/lists.rs` and `tests/recipe.rs`.

use super::root;

pub fn read(rel: &str) -> String {
    std::fs::read_to_string(root(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// The quoted strings (`'…'` or `"…"`) of `s`, in order.
pub fn quoted(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = s;
    while let Some(open) = rest.find(['\'', '"']) {
        let q = rest[open..].chars().next().unwrap();
        let after = &rest[open + 1..];
        let Some(close) = after.find(q) else { break };
        out.push(after[..close].to_string());
        rest = &after[close + 1..];
    }
    out
}

/// The strings of the array `const <name> = [ … ];` in the JS file `rel`.
pub fn js_list(rel: &str, name: &str) -> Vec<String> {
    let text = read(rel);
    let decl = format!("const {name} = [");
    let start = text
        .find(&decl)
        .unwrap_or_else(|| panic!("{rel}: no `{decl} … ]` any more; update tests/lists.rs"));
    let body = &text[start + decl.len()..];
    quoted(&body[..body.find(']').expect("a closing ]")])
}

/// The views of `www/style.css`'s rules that show an embedded view alone before the app
/// (`body:has(#embed\=<id>:target) .view:not(#view-<id>) { display: none; }`), in order.
pub fn css_embed_rules() -> Vec<String> {
    let css = read("www/style.css");
    css.lines()
        .filter_map(|l| l.strip_prefix("body:has(#embed\\="))
        .map(|l| {
            let id = &l[..l.find(":target").expect("`:target` in an embed rule")];
            let whole = format!(") .view:not(#view-{id}) {{ display: none; }}");
            assert!(
                l.ends_with(&whole),
                "www/style.css: embed rule for {id} is not `{whole}`"
            );
            id.to_string()
        })
        .collect()
}

/// The ids written in backticks in the doc comment just above `marker` in `rel`.
pub fn doc_mentions(rel: &str, marker: &str, ids: &[String]) -> Vec<String> {
    let text = read(rel);
    let at = text
        .find(marker)
        .unwrap_or_else(|| panic!("{rel}: no {marker}"));
    let doc: String = text[..at]
        .lines()
        .rev()
        .skip_while(|l| !l.trim_start().starts_with("///"))
        .take_while(|l| {
            let l = l.trim_start();
            l.starts_with("///") || l.starts_with("#[")
        })
        .collect();
    ids.iter()
        .filter(|id| doc.contains(&format!("`{id}`")))
        .cloned()
        .collect()
}

/// The ids in backticks on README's line that begins `Items:` (the library's `render`).
pub fn readme_mentions(ids: &[String]) -> Vec<String> {
    let text = read("README.md");
    let at = text
        .find("Items: `map`")
        .expect("README.md: no `Items: `map`…` (the library's render)");
    let para = &text[at..at + text[at..].find("\n- ").unwrap_or(text.len() - at)];
    ids.iter()
        .filter(|id| para.contains(&format!("`{id}`")))
        .cloned()
        .collect()
}
