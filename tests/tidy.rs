//! The invariants of ARCHITECTURE.md that a grep can hold: only the components touch `yew` and
//! `web_sys`; only `data/raw/` derives `Deserialize`; only the data layer builds model types;
//! every file starts with a `//!` line and stays under 400 lines.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every Rust file of `src/` and `tests/`, with its path relative to the crate root.
fn sources() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = Vec::new();
    files(&root.join("src"), &mut paths);
    files(&root.join("tests"), &mut paths);
    paths
        .into_iter()
        .map(|p| {
            let rel = p
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            (rel, std::fs::read_to_string(&p).unwrap())
        })
        .collect()
}

/// The lines of `text` outside comments that mention `word` as a path (`word::`).
fn mentions(text: &str, word: &str) -> usize {
    text.lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .filter(|l| l.contains(&format!("{word}::")))
        .count()
}

#[test]
fn only_components_touch_yew_and_the_dom() {
    let offenders: Vec<String> = sources()
        .into_iter()
        .filter(|(p, _)| p.starts_with("src/") && !p.starts_with("src/components/"))
        .filter(|(_, t)| mentions(t, "yew") + mentions(t, "web_sys") > 0)
        .map(|(p, _)| p)
        .collect();
    assert!(
        offenders.is_empty(),
        "yew or web_sys outside src/components: {offenders:?}"
    );
}

#[test]
fn only_the_raw_layer_derives_deserialize() {
    let offenders: Vec<String> = sources()
        .into_iter()
        // The message catalogues are the i18n layer's own JSON files, not the data file.
        .filter(|(p, _)| {
            p.starts_with("src/") && !p.starts_with("src/data/raw/") && p != "src/i18n/catalogue.rs"
        })
        .filter(|(_, t)| {
            t.lines()
                .any(|l| l.contains("derive(") && l.contains("Deserialize"))
        })
        .map(|(p, _)| p)
        .collect();
    assert!(
        offenders.is_empty(),
        "Deserialize derived outside src/data/raw/ (and the catalogue files' reader): {offenders:?}"
    );
}

/// Where `name {` starts a struct literal in `line` (not a longer name, not an `impl`, a
/// pattern or a declaration).
fn builds(line: &str, name: &str) -> bool {
    let t = line.trim_start();
    let skip = ["//", "impl", "struct ", "pub struct ", "for ", "fn "];
    let pattern = [format!("let {name} {{"), format!("if let {name} {{")];
    if skip.iter().any(|s| t.starts_with(s))
        || pattern.iter().any(|p| t.starts_with(p.as_str()))
        || t.contains("=>")
    {
        return false;
    }
    let needle = format!("{name} {{");
    line.match_indices(&needle).any(|(i, _)| {
        !line[..i]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '_')
    })
}

#[test]
fn only_the_data_layer_builds_model_types() {
    let all = sources();
    let model = all
        .iter()
        .filter(|(p, _)| p.starts_with("src/model/"))
        .map(|(_, t)| t.as_str())
        .collect::<String>();
    let names: Vec<&str> = model
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix("pub struct "))
        .filter_map(|l| l.split(|c: char| !c.is_alphanumeric()).next())
        .collect();
    assert!(names.len() > 10, "model structs found: {names:?}");
    let mut offenders = Vec::new();
    for (path, text) in &all {
        if !path.starts_with("src/")
            || path.starts_with("src/data/")
            || path.starts_with("src/model/")
        {
            continue;
        }
        // Unit tests may build what they test with.
        let text = text.split("#[cfg(test)]").next().unwrap_or_default();
        for name in &names {
            // Only where the file means the model's type (a name may also be a local one).
            let uses_model = text.contains(&format!("model::{name}"))
                || text.lines().any(|l| {
                    l.contains("use crate::model::")
                        && l.split(|c: char| !c.is_alphanumeric()).any(|w| w == *name)
                });
            if uses_model && text.lines().any(|l| builds(l, name)) {
                offenders.push(format!("{path}: {name}"));
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "model types built outside src/data/: {offenders:?}"
    );
}

#[test]
fn the_model_type_check_sees_a_struct_literal() {
    assert!(builds("    let x = Figure {", "Figure"));
    assert!(builds("        model::Figure {", "Figure"));
    assert!(!builds("impl Figure {", "Figure"));
    assert!(!builds("    Figure { id, .. } => 1,", "Figure"));
    assert!(!builds("    LostFigure {", "Figure"));
}

/// Files known to be over the limit, each with the work that splits it (keep this empty).
const TOO_LONG_FOR_NOW: &[&str] = &[];

#[test]
fn every_file_says_what_it_is_and_stays_short() {
    for (path, text) in sources() {
        // Test modules and helpers are files too; generated goldens are not Rust.
        let first = text.lines().find(|l| !l.starts_with("#!")).unwrap_or("");
        assert!(
            first.starts_with("//!"),
            "{path}: starts without a `//!` line"
        );
        let lines = text.lines().count();
        if TOO_LONG_FOR_NOW.contains(&path.as_str()) {
            assert!(
                lines > 400,
                "{path} is short now: take it off TOO_LONG_FOR_NOW"
            );
            continue;
        }
        assert!(
            lines <= 400,
            "{path}: {lines} lines (split it: at most 400)"
        );
    }
}

/// No process-wide state in `src/`: what a view shows depends only on its inputs (the model, the
/// `Locale`, its options). The one exception is the wasm-only cache of the browser's `Intl`
/// objects (`src/i18n/intl.rs`), which holds no choice of anyone's, only bound functions.
#[test]
fn no_global_state_in_src() {
    let words = [
        "thread_local!",
        "static mut",
        "Atomic",
        "Mutex",
        "RwLock",
        "OnceLock",
        "OnceCell<",
        "lazy_static",
    ];
    let mut offenders = Vec::new();
    for (path, text) in sources().into_iter().filter(|(p, _)| p.starts_with("src/")) {
        for (i, line) in text.lines().enumerate() {
            let code = line.trim_start();
            if code.starts_with("//") {
                continue;
            }
            let global = words.iter().any(|w| code.contains(w))
                || (code.starts_with("static ") || code.starts_with("pub static "));
            let intl_cache = path == "src/i18n/intl.rs" && code.contains("static CACHE");
            let intl_cache =
                intl_cache || (path == "src/i18n/intl.rs" && code == "thread_local! {");
            // A `OnceCell` field is state of its value (a lazily read section), not global.
            let field = code.contains("OnceCell<") && !code.contains("static");
            if global && !intl_cache && !field {
                offenders.push(format!("{path}:{}: {code}", i + 1));
            }
        }
    }
    assert!(offenders.is_empty(), "global state: {offenders:#?}");
}
