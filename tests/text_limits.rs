//! Every text of the data file and of the recommendations file is held to the same limits,
//! wherever it stands: each string of the fixtures, made 5,000 bytes long in turn, yields a
//! problem located at its own JSON path.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use pkviz::data::{
    load_recommendations, raw::MAX_TEXT, JsonTree, LoadError, RawJson, RecLoadError,
};
use serde_json::Value;

/// The JSON path of every string value in `value` (keys are not values), as problems write
/// paths: `missions[3].names.fr.name`.
fn string_paths(value: &Value, path: &str, out: &mut Vec<String>) {
    match value {
        Value::String(_) => out.push(path.to_string()),
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                string_paths(v, &format!("{path}[{i}]"), out);
            }
        }
        Value::Object(map) => {
            for (k, v) in map {
                let inner = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                string_paths(v, &inner, out);
            }
        }
        _ => {}
    }
}

/// The value at `path` (as `string_paths` writes it), for writing.
fn at<'a>(value: &'a mut Value, path: &str) -> &'a mut Value {
    let mut v = value;
    for part in path.split('.') {
        let (key, indexes) = part
            .split_once('[')
            .map_or((part, ""), |(k, rest)| (k, rest));
        if !key.is_empty() {
            v = v.get_mut(key).unwrap();
        }
        for index in indexes.split('[').filter(|s| !s.is_empty()) {
            v = v
                .get_mut(index.trim_end_matches(']').parse::<usize>().unwrap())
                .unwrap();
        }
    }
    v
}

/// Each string of the fixture `rel` made `MAX_TEXT + 1000` bytes long in turn, with the problems
/// `load` finds in the file so changed: `(path, problems as "path: message")`.
fn each_string_too_long(
    rel: &str,
    load: impl Fn(&str) -> Vec<(String, String)>,
) -> Vec<(String, Vec<(String, String)>)> {
    let text = std::fs::read_to_string(common::root(rel)).unwrap();
    let doc: Value = serde_json::from_str(&text).unwrap();
    assert!(load(&text).is_empty(), "{rel} has problems of its own");
    let mut paths = Vec::new();
    string_paths(&doc, "", &mut paths);
    paths.retain(|p| p != "$schema");
    assert!(paths.len() > 20, "{rel}: too few strings to be the fixture");
    paths
        .into_iter()
        .map(|path| {
            let mut changed = doc.clone();
            *at(&mut changed, &path) = Value::String("x".repeat(MAX_TEXT + 1000));
            let problems = load(&serde_json::to_string_pretty(&changed).unwrap());
            (path, problems)
        })
        .collect()
}

/// A located problem at `path`: a text too long, or (for a field with a closed set of words,
/// such as `agreement` or `status`) a word it does not know.
fn located(path: &str, problems: &[(String, String)]) -> bool {
    problems.iter().any(|(at, message)| {
        at == path
            && (message.starts_with(&format!(
                "longer than {MAX_TEXT} bytes ({} bytes)",
                MAX_TEXT + 1000
            )) || message.starts_with("unknown variant")
                || message.starts_with("invalid value"))
    })
}

fn split(problem: &pkviz::model::Problem) -> (String, String) {
    (problem.path.clone(), problem.message.clone())
}

#[test]
fn every_text_of_the_data_file_is_held_to_the_limit_where_it_stands() {
    let results =
        each_string_too_long(
            "tests/fixtures/sofa-alt.json",
            |text| match pkviz::data::load_text::<RawJson>(text) {
                Ok(d) => d.problems().into_iter().map(split).collect(),
                Err(LoadError::Head(problems)) => problems.iter().map(split).collect(),
                Err(other) => vec![(String::new(), other.to_string())],
            },
        );
    let texts = results
        .iter()
        .filter(|(path, problems)| {
            problems
                .iter()
                .any(|(at, m)| at == path && m.starts_with("longer than"))
        })
        .count();
    let unlocated: Vec<_> = results
        .iter()
        .filter(|(path, problems)| !located(path, problems))
        .collect();
    assert!(unlocated.is_empty(), "no located problem: {unlocated:#?}");
    // Most strings are free texts; only a few are words of a closed set.
    assert!(
        texts * 4 > results.len() * 3,
        "{texts} of {}",
        results.len()
    );
}

#[test]
fn every_text_of_the_recommendations_file_is_held_to_the_limit_where_it_stands() {
    let results = each_string_too_long("tests/fixtures/recommendations-alt.json", |text| {
        let doc = match RawJson::from_text(text) {
            Ok(doc) => doc,
            Err(e) => return vec![(String::new(), e.to_string())],
        };
        match load_recommendations(doc) {
            Ok(_) => Vec::new(),
            Err(RecLoadError::File(LoadError::Head(problems)) | RecLoadError::Rows(problems)) => {
                problems.iter().map(split).collect()
            }
            Err(other) => vec![(String::new(), format!("{other:?}"))],
        }
    });
    let unlocated: Vec<_> = results
        .iter()
        .filter(|(path, problems)| !located(path, problems))
        .collect();
    assert!(unlocated.is_empty(), "no located problem: {unlocated:#?}");
}
