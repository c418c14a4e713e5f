//! The data file layer, natively: the shipped file validates, and every malformed file in
//! `tests/fixtures/bad/` yields the located problem its `.expect` file names, without a panic.

#![cfg(not(target_arch = "wasm32"))]
mod common;

use pkviz::data::{raw, LoadError};
use pkviz::model::Dataset;
use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// Parses and loads a data file's text the way the app does (parse, then validate), with the
/// loader's own messages.
fn load_text(text: &str) -> Result<Dataset, Vec<String>> {
    pkviz::data::load_text::<pkviz::data::RawJson>(text).map_err(|e| match e {
        LoadError::Head(problems) => problems.iter().map(ToString::to_string).collect(),
        other => vec![other.to_string()],
    })
}

/// Every problem a data file has, whole-file or per section.
fn problems(text: &str) -> Vec<String> {
    match load_text(text) {
        Err(p) => p,
        Ok(d) => d.problems().iter().map(|p| p.to_string()).collect(),
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
    // Located at the row the broken fixture makes negative, read from its JSON.
    let raw: serde_json::Value = serde_json::from_str(&text).unwrap();
    let rows = raw["sofa_impact"]["rows"].as_array().unwrap();
    let i = rows
        .iter()
        .position(|r| r["total_incidents"].as_i64().is_some_and(|n| n < 0))
        .unwrap();
    assert_eq!(
        sofa[0].path,
        format!("sofa_impact.rows[{i}].total_incidents")
    );
}

/// Numbers in `value` not covered by a `ref` in themselves or an enclosing object.
fn unsourced(value: &serde_json::Value, path: &str, covered: bool, out: &mut Vec<String>) {
    match value {
        serde_json::Value::Number(_) if !covered => out.push(path.to_string()),
        serde_json::Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                unsourced(v, &format!("{path}[{i}]"), covered, out);
            }
        }
        serde_json::Value::Object(map) => {
            let covered = covered || map.contains_key("ref");
            for (k, v) in map {
                unsourced(v, &format!("{path}.{k}"), covered, out);
            }
        }
        _ => {}
    }
}

#[test]
fn every_number_in_the_shipped_file_has_a_source_reference() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("www/data/peacekeeping.json");
    let mut doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    // The format version is about the file, not a figure.
    doc.as_object_mut().unwrap().remove("format");
    let mut out = Vec::new();
    unsourced(&doc, "", false, &mut out);
    assert_eq!(out, Vec::<String>::new());
    // And the walk does find an unsourced number.
    let mut out = Vec::new();
    unsourced(&serde_json::json!({"a": [{"b": 1}]}), "", false, &mut out);
    assert_eq!(out, [".a[0].b"]);
}

#[test]
fn a_20_mb_file_loads_without_trouble() {
    let text = std::fs::read_to_string(fixtures().join("sofa-alt.json")).unwrap();
    let mut doc: serde_json::Value = serde_json::from_str(&text).unwrap();
    let figure = doc["figures"][0].clone();
    let figures: Vec<_> = (0..100_000)
        .map(|i| {
            let mut f = figure.clone();
            f["id"] = format!("generated-{i}").into();
            f["label"] = "x".repeat(150).into();
            f
        })
        .collect();
    doc["figures"] = figures.into();
    let big = serde_json::to_string(&doc).unwrap();
    assert!(big.len() > 20_000_000, "{} bytes", big.len());
    let data = load_text(&big).expect("loads");
    assert_eq!(data.figures.expect("valid").len(), 100_000);
}

#[test]
fn the_published_schema_is_generated_from_the_types() {
    common::golden("www/data/peacekeeping.schema.json", &raw::schema());
}

/// Phrases of working notes, never meant for a visitor: the facts list's name and row talk,
/// the source documents called by their working file numbers ("002's", "seed 002"), markup
/// escapes, copy-editing shorthand ("as above"), placeholders and paths of the repository's
/// working files. Matched in any case.
const WORKING_NOTES: &[&str] = &[
    "markdown",
    "facts file",
    "facts-file",
    "reference facts",
    "reference-facts",
    "see notes",
    "working list",
    "project's list",
    "seed 0",
    "(seed",
    "001's",
    "002's",
    "003's",
    "004's",
    "as above",
    "secondary copy",
    "placeholder",
    "todo:",
    "fixme",
    "../shared",
];

/// Marks of a to-do, matched as written (in capitals): in any case "todo" is also a Spanish
/// word ("Todo el personal …").
const WORKING_MARKS: &[&str] = &["TODO", "FIXME"];

fn strings<'a>(value: &'a serde_json::Value, path: String, out: &mut Vec<(String, &'a str)>) {
    match value {
        serde_json::Value::String(s) => out.push((path, s)),
        serde_json::Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                strings(v, format!("{path}[{i}]"), out);
            }
        }
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                strings(v, format!("{path}.{k}"), out);
            }
        }
        _ => {}
    }
}

fn working_notes_in(text: &str) -> Vec<&'static str> {
    let lower = text.to_lowercase();
    WORKING_NOTES
        .iter()
        .copied()
        .filter(|p| lower.contains(p))
        .chain(WORKING_MARKS.iter().copied().filter(|m| text.contains(m)))
        .collect()
}

/// Every working note in the texts of a published JSON file (its `$schema` address aside), as
/// "file.path: phrase".
fn working_notes_in_json(rel: &str) -> Vec<String> {
    let text = std::fs::read_to_string(common::root(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"));
    let doc: serde_json::Value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{rel}: {e}"));
    let mut all = Vec::new();
    strings(&doc, String::new(), &mut all);
    all.iter()
        .filter(|(path, _)| path != ".$schema")
        .flat_map(|(path, s)| {
            working_notes_in(s)
                .into_iter()
                .map(move |p| format!("{rel}{path}: {p}"))
        })
        .collect()
}

#[test]
fn no_working_note_reaches_a_visitor() {
    assert_eq!(
        working_notes_in("Source text has a markdown-escaped dollar sign"),
        ["markdown"]
    );
    assert_eq!(
        working_notes_in("Same number as 002's December 2023 figure"),
        ["002's"]
    );
    assert_eq!(
        working_notes_in("uncertain (source 'as above')"),
        ["as above"]
    );
    assert_eq!(
        working_notes_in("The table (seed 002, P7)"),
        ["seed 0", "(seed"]
    );
    assert_eq!(working_notes_in("TODO: check"), ["todo:", "TODO"]);
    assert!(working_notes_in("Todo el personal uniformado").is_empty());
    // Every text of the shipped data file (notes and locators included: the page and the CSV
    // show them), of the recommendations file, and of both published schemas (their
    // descriptions are the types' doc comments) ...
    let mut found: Vec<String> = [
        "www/data/peacekeeping.json",
        "www/data/peacekeeping.schema.json",
        "www/data/recommendations.json",
        "www/data/recommendations.schema.json",
    ]
    .into_iter()
    .flat_map(working_notes_in_json)
    .collect();
    // ... and every message of the interface.
    let messages = std::fs::read_to_string(common::root("src/i18n/en.rs")).unwrap();
    for line in messages
        .lines()
        .filter(|l| l.trim_start().starts_with("Msg::"))
    {
        found.extend(
            working_notes_in(line)
                .into_iter()
                .map(|p| format!("{line}: {p}")),
        );
    }
    assert!(
        found.is_empty(),
        "working notes shown to visitors: {found:#?}"
    );
}

#[test]
fn no_footnote_mark_leaks_into_a_title_label_caption_or_locator() {
    let text = std::fs::read_to_string(common::root("www/data/peacekeeping.json")).unwrap();
    let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
    let mut all = Vec::new();
    strings(&doc, String::new(), &mut all);
    let shown_as_names = [".locator", ".caption", ".title", ".label", ".short"];
    let leaks: Vec<&String> = all
        .iter()
        .filter(|(path, s)| {
            shown_as_names.iter().any(|k| path.ends_with(k))
                && s.chars().any(|c| "⁰¹²³⁴⁵⁶⁷⁸⁹".contains(c))
        })
        .map(|(path, _)| path)
        .collect();
    assert!(leaks.is_empty(), "footnote marks in: {leaks:?}");
}

/// No emoji font is assumed: every symbol the shipped mechanisms table prints has a name the
/// table shows beside it.
#[test]
fn every_symbol_in_the_shipped_table_has_a_name() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("www/data/peacekeeping.json");
    let data = load_text(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mechanisms = data.mechanisms.as_ref().unwrap();
    let unnamed: Vec<&str> = mechanisms
        .rows
        .iter()
        .flat_map(|r| [&r.status, &r.contribution])
        .flatten()
        .filter_map(|c| match c {
            pkviz::model::MechanismCell::Symbol {
                symbol, name: None, ..
            } => Some(symbol.as_str()),
            _ => None,
        })
        .collect();
    assert!(unnamed.is_empty(), "symbols without a name: {unnamed:?}");
}
