//! The data file layer, natively: the shipped file validates, and every malformed file in
//! `tests/fixtures/bad/` yields the located problem its `.expect` file names, without a panic.

#![cfg(not(target_arch = "wasm32"))]
use pkviz::data::{load, LoadError};
use pkviz::model::Dataset;
use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// Parses and loads a data file's text the way the app does (parse, then validate).
fn load_text(text: &str) -> Result<Dataset, Vec<String>> {
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| vec![format!("syntax: {e}")])?;
    load(value).map_err(|e| match e {
        LoadError::Head(problems) => problems.iter().map(ToString::to_string).collect(),
        other => vec![other.to_string()],
    })
}

/// Every problem a data file has, whole-file or per section.
fn problems(text: &str) -> Vec<String> {
    match load_text(text) {
        Err(p) => p,
        Ok(d) => [d.missions.err(), d.sofa.err()]
            .into_iter()
            .flatten()
            .flatten()
            .map(|p| p.to_string())
            .collect(),
    }
}

#[test]
fn shipped_data_file_validates() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("www/data/peacekeeping.json");
    let text = std::fs::read_to_string(path).expect("www/data/peacekeeping.json");
    assert_eq!(problems(&text), Vec::<String>::new());
}

#[test]
fn the_fixture_data_file_validates() {
    let text = std::fs::read_to_string(fixtures().join("sofa-alt.json")).unwrap();
    assert_eq!(problems(&text), Vec::<String>::new());
}

#[test]
fn malformed_files_yield_their_located_problem() {
    let dir = fixtures().join("bad");
    let mut cases: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    cases.sort();
    assert!(cases.len() >= 20, "the corpus has {} files", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let text = std::fs::read_to_string(case).unwrap();
        let expect = std::fs::read_to_string(case.with_extension("expect"))
            .unwrap_or_else(|_| panic!("{} has no .expect file", case.display()));
        let expect = expect.trim();
        let got = problems(&text);
        if !got.iter().any(|p| p.contains(expect)) {
            failures.push(format!(
                "{}\n  expected: {expect}\n  got: {got:#?}",
                case.display()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_bad_section_leaves_the_others_usable() {
    let text = std::fs::read_to_string(fixtures().join("sofa-broken.json")).unwrap();
    let data = load_text(&text).expect("the head of the file is fine");
    assert!(data.missions.is_ok());
    let sofa = data
        .sofa
        .expect_err("the SOFA section has a negative count");
    assert_eq!(sofa.len(), 1);
    assert_eq!(sofa[0].path, "sofa_impact.rows[1].total_incidents");
}
