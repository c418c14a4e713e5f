//! The invariants of ARCHITECTURE.md that a grep can hold: only the components touch `yew` and
//! `web_sys`; only `data/raw/` derives `Deserialize`; every file starts with a `//!` line and
//! stays under 400 lines.
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
        .filter(|(p, _)| p.starts_with("src/") && !p.starts_with("src/data/raw/"))
        .filter(|(_, t)| {
            t.lines()
                .any(|l| l.contains("derive(") && l.contains("Deserialize"))
        })
        .map(|(p, _)| p)
        .collect();
    assert!(
        offenders.is_empty(),
        "Deserialize derived outside src/data/raw/: {offenders:?}"
    );
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
