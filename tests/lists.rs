//! One source for the lists of languages and views: `i18n::Lang::ALL` and `route::View::ALL`.
//! Every other place that writes them again (the scripts, boot.js, the stylesheet, the e2e tests,
//! the library's documentation) is read here and compared with them; a failure names the file
//! and what it has that Rust has not, and the other way round.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::lists::{css_embed_rules, doc_mentions, js_list, read, readme_mentions};

use pkviz::components::shell::page::title;
use pkviz::i18n::Lang;
use pkviz::route::View;

/// A difference between a list written in `rel` and Rust's, or nothing.
fn differs(rel: &str, what: &str, got: &[String], want: &[String]) -> Option<String> {
    if got == want {
        return None;
    }
    let missing: Vec<&String> = want.iter().filter(|w| !got.contains(w)).collect();
    let extra: Vec<&String> = got.iter().filter(|g| !want.contains(g)).collect();
    Some(format!(
        "{rel}: {what} is {got:?}, Rust's is {want:?} (missing {missing:?}, extra {extra:?}{})",
        if missing.is_empty() && extra.is_empty() {
            ", another order"
        } else {
            ""
        }
    ))
}

fn check(problems: Vec<Option<String>>) {
    let problems: Vec<String> = problems.into_iter().flatten().collect();
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
}

/// Every language's tag, in `Lang::ALL`'s order.
fn langs() -> Vec<String> {
    Lang::ALL.iter().map(|l| l.tag().to_string()).collect()
}

/// The languages with their own page and catalogue file: all but English.
fn others() -> Vec<String> {
    langs().into_iter().filter(|t| t != "en").collect()
}

/// Every view's id, in `View::ALL`'s (the page's) order.
fn views() -> Vec<String> {
    View::ALL.iter().map(|v| v.id().to_string()).collect()
}

/// The words after `for <var> in ` up to `; do` in the shell script `rel`.
fn shell_loop(rel: &str, var: &str) -> Vec<String> {
    let text = read(rel);
    let head = format!("for {var} in ");
    let line = text
        .lines()
        .find_map(|l| l.trim().strip_prefix(&head))
        .unwrap_or_else(|| panic!("{rel}: no `{head}… ; do` any more; update tests/lists.rs"));
    let words = line.split("; do").next().unwrap();
    words.split_whitespace().map(str::to_string).collect()
}

#[test]
fn the_languages_are_lang_all() {
    let (all, others) = (langs(), others());
    let mut catalogues: Vec<String> = std::fs::read_dir(common::root("www/i18n"))
        .unwrap()
        .filter_map(|e| {
            let name = e.unwrap().file_name().to_string_lossy().into_owned();
            name.strip_suffix(".json").map(str::to_string)
        })
        .collect();
    catalogues.sort();
    let mut sorted = all.clone();
    sorted.sort();
    // Which pages are written right to left (scripts/bundle.mjs: `tag === 'ar' ? 'rtl'`).
    let bundle = read("scripts/bundle.mjs");
    let rtl_text: Vec<String> = all
        .iter()
        .filter(|t| bundle.contains(&format!("tag === '{t}' ? 'rtl'")))
        .cloned()
        .collect();
    let rtl: Vec<String> = Lang::ALL
        .iter()
        .filter(|l| l.rtl())
        .map(|l| l.tag().to_string())
        .collect();
    check(vec![
        differs(
            "www/boot.js",
            "LANGS",
            &js_list("www/boot.js", "LANGS"),
            &all,
        ),
        differs(
            "scripts/bundle.mjs",
            "languages",
            &js_list("scripts/bundle.mjs", "languages"),
            &others,
        ),
        differs(
            "scripts/bundle.mjs",
            "the right-to-left pages",
            &rtl_text,
            &rtl,
        ),
        differs(
            "scripts/build.sh",
            "the prerendered languages (`for lang in`)",
            &shell_loop("scripts/build.sh", "lang"),
            &others,
        ),
        differs(
            "tests/e2e/languages.test.mjs",
            "OTHERS",
            &js_list("tests/e2e/languages.test.mjs", "OTHERS"),
            &others,
        ),
        differs("www/i18n/", "the catalogues", &catalogues, &sorted),
        differs(
            "src/components/shell/entry.rs",
            "the languages `render`'s doc lists",
            &doc_mentions("src/components/shell/entry.rs", "pub fn render(", &all),
            &all,
        ),
        differs(
            "README.md",
            "the languages the library's `render` takes",
            &readme_mentions(&all),
            &all,
        ),
    ]);
}

#[test]
fn the_views_are_view_all() {
    let ids = views();
    let nav: Vec<String> = View::ALL
        .iter()
        .map(|v| title(*v).key().to_string())
        .collect();
    check(vec![
        differs(
            "tests/e2e/prerender.test.mjs",
            "views",
            &js_list("tests/e2e/prerender.test.mjs", "views"),
            &ids,
        ),
        differs(
            "tests/e2e/languages.test.mjs",
            "NAV (each view's page::title)",
            &js_list("tests/e2e/languages.test.mjs", "NAV"),
            &nav,
        ),
        differs(
            "www/style.css",
            "the embed rules' views",
            &css_embed_rules(),
            &ids,
        ),
        differs(
            "src/components/shell/entry.rs",
            "the items `render`'s doc lists",
            &doc_mentions("src/components/shell/entry.rs", "pub fn render(", &ids),
            &ids,
        ),
        differs(
            "README.md",
            "the items of the library's `render`",
            &readme_mentions(&ids),
            &ids,
        ),
    ]);
}

#[test]
fn render_says_every_item_and_language() {
    use pkviz::components::shell::entry::{render_items, render_langs};
    assert_eq!(render_items(), views().join(", "));
    assert_eq!(render_langs(), langs().join(", "));
    // `render` finds its item among `View::ALL`, so it takes every item it lists.
    let app = read("src/components/shell/entry.rs");
    let at = app
        .find("pub fn render(")
        .expect("app.rs: `pub fn render(`");
    let body = &app[at..at + app[at..].find("\n}\n").unwrap()];
    for used in ["View::ALL", "render_items()", "Lang::ALL", "render_langs()"] {
        assert!(
            body.contains(used),
            "app.rs: `render` no longer uses {used}"
        );
    }
}
