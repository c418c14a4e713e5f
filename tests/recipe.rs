//! ARCHITECTURE.md's "How to add a view" matches the code: every path it names exists (a path
//! with `<id>` for every view), every view has the entries a file can show (its embed rule, its
//! place in the e2e lists and in `render`'s items, its title in every catalogue, its component),
//! and every source file that names each `View` by hand is one the recipe lists.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::lists::{css_embed_rules, doc_mentions, js_list, read, readme_mentions};
use pkviz::components::shell::entry::render_items;
use pkviz::components::shell::page::title;
use pkviz::i18n::Lang;
use pkviz::route::View;

/// Paths the recipe names that do not exist yet for some views, and why (the test fails once
/// one exists, so that the entry goes).
const NOT_YET: &[(&str, &str)] = &[];

/// The recipe: ARCHITECTURE.md from its "How to add a view" heading to the next heading.
fn recipe() -> String {
    let text = read("ARCHITECTURE.md");
    let at = text
        .find("## How to add a view")
        .expect("ARCHITECTURE.md: no `## How to add a view`");
    let rest = &text[at + 3..];
    rest[..rest.find("\n## ").unwrap_or(rest.len())].to_string()
}

/// The spans in backticks of `text` that are paths: a `/` or a file's extension, no spaces.
fn paths(text: &str) -> Vec<String> {
    let extensions = [
        ".rs", ".json", ".css", ".mjs", ".js", ".py", ".md", ".sh", ".html",
    ];
    text.split('`')
        .skip(1)
        .step_by(2)
        .filter(|s| !s.contains([' ', ':', '=', '(', '\\']))
        .filter(|s| s.contains('/') || extensions.iter().any(|e| s.ends_with(e)))
        .map(str::to_string)
        .collect()
}

#[test]
fn every_path_of_the_recipe_exists() {
    let recipe = recipe();
    let mut missing = Vec::new();
    let mut seen_not_yet = Vec::new();
    for path in paths(&recipe) {
        // `<name>` and `<section>`: a new file, named as the view model or the section is.
        let concrete: Vec<String> = if path.contains("<id>") {
            View::ALL.map(|v| path.replace("<id>", v.id())).to_vec()
        } else if path.contains('<') {
            continue;
        } else {
            vec![path.clone()]
        };
        for p in concrete {
            let exists = common::root(&p).exists();
            match NOT_YET.iter().find(|(n, _)| *n == p) {
                Some(_) if exists => missing.push(format!("{p} exists now: drop it from NOT_YET")),
                Some(_) => seen_not_yet.push(p),
                None if !exists => missing.push(format!("{p} (named as `{path}`)")),
                None => {}
            }
        }
    }
    for (p, _) in NOT_YET {
        if !seen_not_yet.iter().any(|s| s == p) && !missing.iter().any(|m| m.starts_with(p)) {
            missing.push(format!("NOT_YET names {p}, which the recipe does not"));
        }
    }
    assert!(
        missing.is_empty(),
        "ARCHITECTURE.md's recipe names what is not there:\n{}",
        missing.join("\n")
    );
}

#[test]
fn every_view_has_what_the_recipe_asks() {
    let embed_rules = css_embed_rules();
    let e2e_views = js_list("tests/e2e/prerender.test.mjs", "views");
    let e2e_nav = js_list("tests/e2e/languages.test.mjs", "NAV");
    let items = render_items();
    let ids: Vec<String> = View::ALL.iter().map(|v| v.id().to_string()).collect();
    let documented = doc_mentions("src/components/shell/entry.rs", "pub fn render(", &ids);
    let readme = readme_mentions(&ids);
    let views_mod = read("src/components/views/mod.rs");
    let catalogues: Vec<(String, serde_json::Value)> = Lang::ALL
        .iter()
        .map(|l| {
            let rel = format!("www/i18n/{}.json", l.tag());
            let json = serde_json::from_str(&read(&rel)).unwrap_or_else(|e| panic!("{rel}: {e}"));
            (rel, json)
        })
        .collect();
    let mut problems = Vec::new();
    for view in View::ALL {
        let id = view.id().to_string();
        let mut lacks = |what: &str, has: bool| {
            if !has {
                problems.push(format!("{id}: {what}"));
            }
        };
        lacks("no embed rule in www/style.css", embed_rules.contains(&id));
        lacks(
            "not in tests/e2e/prerender.test.mjs `views`",
            e2e_views.contains(&id),
        );
        lacks(
            "not among render's items",
            items.split(", ").any(|i| i == id),
        );
        lacks(
            "not in render's doc (src/components/shell/entry.rs)",
            documented.contains(&id),
        );
        lacks("not in README.md's `Items:`", readme.contains(&id));
        lacks(
            "no `pub mod` in src/components/views/mod.rs",
            views_mod.contains(&format!("pub mod {id};")),
        );
        let key = title(view).key();
        lacks(
            "its title not in tests/e2e/languages.test.mjs `NAV`",
            e2e_nav.iter().any(|k| k == key),
        );
        for (rel, json) in &catalogues {
            let text = json["messages"][key].as_str().unwrap_or("");
            lacks(
                &format!("its title {key} not in {rel}"),
                !text.trim().is_empty(),
            );
        }
    }
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
}

#[test]
fn every_file_that_lists_the_views_is_in_the_recipe() {
    let recipe = recipe();
    let variants: Vec<String> = View::ALL.iter().map(|v| format!("View::{v:?}")).collect();
    let mut sources = Vec::new();
    let mut stack = vec![common::root("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                sources.push(path);
            }
        }
    }
    let mut unlisted = Vec::new();
    for path in sources {
        let text = std::fs::read_to_string(&path).unwrap();
        // A variant followed by a word character is another name (`View::Map` in `View::Mapx`).
        let names = |v: &str| {
            text.match_indices(v).any(|(i, _)| {
                !text[i + v.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '_')
            })
        };
        if variants.iter().all(|v| names(v)) {
            let rel = path
                .strip_prefix(common::root(""))
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            if !recipe.contains(&format!("`{rel}`")) {
                unlisted.push(rel);
            }
        }
    }
    assert!(
        unlisted.is_empty(),
        "these files name every View, but ARCHITECTURE.md's recipe does not name them: {unlisted:?}"
    );
}
