//! Placeholder names at the call sites: every `tf(…)`, `tf_count(…)` and `fill(t(…), …)` in
//! `src/` names its message (`Msg::X`) and gives exactly the placeholders English's template of
//! that message uses (a misspelled name would be shown verbatim, `{shwn}`, and a missing one
//! left as it is). The calls are read from the source text, multi-line calls included.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use pkviz::i18n::{placeholders, t, t_count, Locale, Msg, PLURAL};
use std::collections::BTreeSet;
use std::path::Path;

/// The Rust files under `dir`, recursively.
fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Where a string, character literal or line comment starting at `i` ends (its last byte), or
/// `i` itself.
fn skip_literal(b: &[u8], mut i: usize) -> usize {
    match b[i] {
        b'"' => {
            i += 1;
            while i < b.len() && b[i] != b'"' {
                i += if b[i] == b'\\' { 2 } else { 1 };
            }
        }
        // A character literal ('(' or '\''), not a lifetime.
        b'\'' if b.get(i + 2) == Some(&b'\'') => i += 2,
        b'\'' if b.get(i + 1) == Some(&b'\\') => {
            i += 2;
            while i < b.len() && b[i] != b'\'' {
                i += 1;
            }
        }
        b'/' if b.get(i + 1) == Some(&b'/') => {
            while i + 1 < b.len() && b[i + 1] != b'\n' {
                i += 1;
            }
        }
        _ => {}
    }
    i
}

/// The text between the bracket at `open` and its match.
fn call_args(src: &str, open: usize) -> Option<&str> {
    let b = src.as_bytes();
    let (mut depth, mut i) = (0usize, open);
    while i < b.len() {
        match b[i] {
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => {
                depth -= 1;
                if depth == 0 {
                    return Some(&src[open + 1..i]);
                }
            }
            _ => i = skip_literal(b, i),
        }
        i += 1;
    }
    None
}

/// `list` cut at its top-level commas, each part trimmed, empty parts left out.
fn split_top(list: &str) -> Vec<&str> {
    let b = list.as_bytes();
    let (mut parts, mut depth, mut start, mut i) = (Vec::new(), 0usize, 0, 0);
    while i < b.len() {
        match b[i] {
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            b',' if depth == 0 => {
                parts.push(&list[start..i]);
                start = i + 1;
            }
            _ => i = skip_literal(b, i),
        }
        i += 1;
    }
    parts.push(&list[start..]);
    parts
        .into_iter()
        .map(str::trim)
        .filter(|p| !p.is_empty() && !p.starts_with("//"))
        .collect()
}

/// A placeholder given as a literal pair, `("name", value)`: its name.
fn pair_name(part: &str) -> Option<String> {
    let inner = part.strip_prefix('(')?.trim_start().strip_prefix('"')?;
    let name = &inner[..inner.find('"')?];
    let ident = !name.is_empty() && name.chars().all(|c| c.is_alphanumeric() || c == '_');
    ident.then(|| name.to_string())
}

/// One call found in the source: where, the message it names, the names it gives.
struct Call {
    at: String,
    msg: Option<String>,
    names: Option<Vec<String>>,
}

/// The calls of `tf`, `tf_count` and `fill` in `src` (a `fill` whose template is not a
/// message's, such as the i18n layer's own, is left out).
fn calls(file: &str, src: &str) -> Vec<Call> {
    let mut out = Vec::new();
    for name in ["tf", "tf_count", "fill"] {
        let needle = format!("{name}(");
        for (at, _) in src.match_indices(&needle) {
            let before = src[..at].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            if src[..at].trim_end().ends_with("fn") {
                continue; // its definition
            }
            let line_start = src[..at].rfind('\n').map_or(0, |i| i + 1);
            if src[line_start..at].contains("//") {
                continue; // in a comment
            }
            let Some(args) = call_args(src, at + name.len()) else {
                continue;
            };
            if name == "fill" && !args.contains("Msg::") {
                continue;
            }
            let msg = args.split("Msg::").nth(1).map(|rest| {
                rest.chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect::<String>()
            });
            // The placeholders given: a literal slice of ("name", value) pairs.
            let names = args.find("&[").and_then(|start| {
                let list = call_args(args, start + 1)?;
                split_top(list).into_iter().map(pair_name).collect()
            });
            let line = src[..at].matches('\n').count() + 1;
            out.push(Call {
                at: format!("{file}:{line}"),
                msg,
                names,
            });
        }
    }
    out
}

/// The placeholders English uses in `msg` (every plural form's).
fn english(msg: Msg) -> BTreeSet<&'static str> {
    let en = Locale::ENGLISH;
    let mut names: BTreeSet<&str> = placeholders(t(en, msg)).into_iter().collect();
    if PLURAL.contains(&msg) {
        names.extend(placeholders(t_count(en, msg, 1.0)));
    }
    names
}

/// The problems of the calls in `files` (path, text).
fn problems(files: &[(String, String)]) -> (usize, Vec<String>) {
    let mut found = Vec::new();
    let mut checked = 0;
    for (file, src) in files {
        for call in calls(file, src) {
            let Some(key) = call.msg else {
                found.push(format!("{}: names no Msg:: at the call", call.at));
                continue;
            };
            let Some(&msg) = Msg::ALL.iter().find(|m| m.key() == key) else {
                found.push(format!("{}: no message {key}", call.at));
                continue;
            };
            let Some(names) = call.names else {
                found.push(format!(
                    "{}: {key}: placeholders not given as literal pairs &[(\"name\", …)]",
                    call.at
                ));
                continue;
            };
            checked += 1;
            let given: BTreeSet<&str> = names.iter().map(String::as_str).collect();
            let wanted = english(msg);
            for name in given.difference(&wanted) {
                found.push(format!("{}: {key} has no {{{name}}}", call.at));
            }
            for name in wanted.difference(&given) {
                found.push(format!("{}: {key} needs {{{name}}}, not given", call.at));
            }
        }
    }
    (checked, found)
}

#[test]
fn every_call_gives_exactly_the_placeholders_of_its_message() {
    let mut paths = Vec::new();
    rust_files(&common::root("src"), &mut paths);
    let files: Vec<(String, String)> = paths
        .iter()
        .map(|p| {
            let shown = p.strip_prefix(common::root("")).unwrap_or(p);
            (
                shown.display().to_string(),
                std::fs::read_to_string(p).unwrap(),
            )
        })
        .collect();
    let (checked, found) = problems(&files);
    assert!(found.is_empty(), "{}", found.join("\n"));
    assert!(
        checked > 30,
        "only {checked} calls found: is the scan still reading them?"
    );
}

/// The scan itself: a misspelled name, a missing one, a call over several lines, a message
/// passed as a variable.
#[test]
fn the_scan_finds_misspelled_and_missing_placeholders() {
    let src = r#"
        let a = tf(loc, Msg::LabelValue, &[("label", x), ("valeu", y)]);
        let b = tf_count(
            loc,
            Msg::CountDates,
            n,
            &[
                ("n", &format!("({})", n)), // a comment (with a paren
            ],
        );
        let c = tf(loc, msg, &[("n", "1")]);
        let d = fill(t(loc, Msg::LabelValue), &[("label", "")]);
        let e = fill(template, &[("x", "1")]);
        let f = tf(loc, Msg::StageLine, &[stage, ("count", x)]);
        /// `tf(loc, Msg::LabelValue, &[("label",
        /// "x")])`: in a comment.
    "#;
    let (checked, found) = problems(&[("x.rs".into(), src.into())]);
    assert_eq!(checked, 3);
    assert_eq!(
        found,
        [
            "x.rs:2: LabelValue has no {valeu}",
            "x.rs:2: LabelValue needs {value}, not given",
            "x.rs:11: names no Msg:: at the call",
            "x.rs:14: StageLine: placeholders not given as literal pairs &[(\"name\", …)]",
            "x.rs:12: LabelValue needs {value}, not given",
        ]
    );
}
