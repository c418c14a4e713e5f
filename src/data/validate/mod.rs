//! Raw → model: every semantic check of the data file, each problem located by its JSON path.
//!
//! The head (`format`, `meta`, `sources`) must be sound for anything to show. Each other section
//! is checked on its own, in its own file: a bad one becomes a list of problems for its view's
//! error panel while the sections that are fine still draw. Only this module builds model types;
//! what a value means (a unit, a season, a table symbol) is decided here once, as an enum.

pub mod basemap;
mod figures;
mod funnels;
mod head;
mod mechanisms;
mod mission_tables;
mod missions;
mod parity;
mod recommendations;
mod snapshots;
mod sofa;

pub use recommendations::{load_recommendations, RecLoadError};

use super::raw;
use super::tree::{JsonTree, NotJson};
use crate::model::{self, Dataset, Problem, Section};
use std::collections::HashSet;

/// Why the data file as a whole cannot be used.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum LoadError {
    #[error("the data file is {0}")]
    NotJson(#[from] NotJson),
    #[error("the data file is not a JSON object")]
    NotAnObject,
    #[error("format: this app reads data format {expected}, the file says {found}")]
    Format { expected: u32, found: String },
    #[error("{}", join_problems(.0))]
    Head(Vec<Problem>),
}

fn join_problems(problems: &[Problem]) -> String {
    problems
        .iter()
        .map(Problem::to_string)
        .collect::<Vec<_>>()
        .join("; ")
}

/// Parses and checks the text of a data file (`T` is the tree the platform parses into).
pub fn load_text<T: JsonTree>(text: &str) -> Result<Dataset, LoadError> {
    load(T::from_text(text)?)
}

/// Reads and checks a parsed data file.
pub fn load<T: JsonTree>(doc: T) -> Result<Dataset, LoadError> {
    let (meta, sources) = head::head(&doc)?;
    let ids: HashSet<&str> = sources.iter().map(|s| s.id.as_str()).collect();
    let missions = section(&doc, "missions").and_then(|m| missions::missions(m, &ids));
    let refs = Refs {
        sources: ids,
        missions: missions
            .as_ref()
            .ok()
            .map(|m| m.iter().map(|m| m.code.as_str()).collect()),
    };
    let sofa = section(&doc, "sofa_impact").and_then(|t| sofa::sofa(t, &refs));
    let mechanisms =
        section(&doc, "coordination_mechanisms").and_then(|t| mechanisms::mechanisms(t, &refs));
    let parity = section(&doc, "gender_parity").and_then(|p| parity::parity(p, &refs));
    let funnels = section(&doc, "funnels").and_then(|f| funnels::funnels(f, &refs));
    let taken = funnels
        .as_ref()
        .ok()
        .map(|f| f.iter().map(|f| f.id.as_str()).collect());
    let snapshots = match doc.member("snapshots") {
        None => Ok(Vec::new()),
        Some(s) => s
            .parse("snapshots")
            .map_err(|p| vec![p])
            .and_then(|s| snapshots::snapshots(s, &refs, taken)),
    };
    let figures = section(&doc, "figures").and_then(|f| figures::figures(f, &refs));
    let lost_figures = section(&doc, "lost_figures").and_then(|f| figures::lost_figures(f, &refs));
    let mission_tables = match doc.member("mission_tables") {
        None => Ok(Vec::new()),
        Some(t) => t
            .parse("mission_tables")
            .map_err(|p| vec![p])
            .and_then(|t| mission_tables::mission_tables(t, &refs)),
    };
    drop(refs);
    Ok(Dataset {
        meta,
        missions,
        sofa,
        mechanisms,
        parity,
        funnels,
        snapshots,
        figures,
        lost_figures,
        mission_tables,
        sources,
    })
}

/// What references in a section may point to: registered sources, and the missions (when the
/// missions section itself is valid; otherwise mission references are not checked).
struct Refs<'a> {
    sources: HashSet<&'a str>,
    missions: Option<HashSet<&'a str>>,
}

fn problem(path: &str, message: impl Into<String>) -> Problem {
    Problem {
        path: path.to_string(),
        message: crate::model::bounded(message.into()),
    }
}

/// The member `key` of the document, deserialised; a failure is located below `key`.
fn section<T: JsonTree, R: serde::de::DeserializeOwned>(doc: &T, key: &str) -> Section<R> {
    doc.member(key)
        .ok_or_else(|| vec![problem(key, "missing section")])?
        .parse(key)
        .map_err(|p| vec![p])
}

/// The largest count a file may give: the largest integer a browser holds exactly (2^53 − 1).
pub const MAX_COUNT: f64 = 9_007_199_254_740_991.0;

/// Whether `v` is a count: a whole number from 0 to [`MAX_COUNT`].
fn is_count(v: f64) -> bool {
    (0.0..=MAX_COUNT).contains(&v) && v.fract() == 0.0
}

/// What is wrong with a number that is not a count (huge ones in exponent form).
fn not_a_count(v: f64) -> String {
    let shown = if v.abs() >= 1e15 {
        format!("{v:e}")
    } else {
        format!("{v}")
    };
    format!("expected a whole number from 0 to 2^53 − 1, got {shown}")
}

/// Collects problems, then yields the value only if there were none.
#[derive(Default)]
struct Checks(Vec<Problem>);

impl Checks {
    fn check(&mut self, ok: bool, path: impl FnOnce() -> String, message: impl Into<String>) {
        if !ok {
            self.0.push(problem(&path(), message));
        }
    }
    /// `at` is the reference's path, made only for a problem (a section may have 100k rows).
    fn source_ref(&mut self, r: &raw::SourceRef, ids: &HashSet<&str>, at: impl Fn() -> String) {
        if !ids.contains(r.source.as_str()) {
            self.0.push(problem(
                &format!("{}.source", at()),
                format!("unknown source \"{}\": it is not in `sources`", r.source),
            ));
        }
        self.check(
            !r.locator.trim().is_empty(),
            || format!("{}.locator", at()),
            "empty: say where in the source the value is (paragraph, table or figure)",
        );
    }
    fn unique<'a>(
        &mut self,
        seen: &mut HashSet<&'a str>,
        key: &'a str,
        at: impl FnOnce() -> String,
        what: &str,
    ) {
        self.check(seen.insert(key), at, format!("duplicate {what} \"{key}\""));
    }
    fn mission(&mut self, code: &str, refs: &Refs, at: impl FnOnce() -> String) {
        if let Some(codes) = &refs.missions {
            self.check(
                codes.contains(code),
                at,
                format!("unknown mission code \"{code}\": it is not in `missions`"),
            );
        }
    }
    fn percent(&mut self, v: f64, at: impl FnOnce() -> String) {
        if (0.0..=100.0).contains(&v) {
            return;
        }
        self.check(
            false,
            at,
            format!("expected a percentage between 0 and 100, got {v}"),
        );
    }
    fn count(&mut self, v: f64, at: impl FnOnce() -> String) {
        if !is_count(v) {
            self.0.push(problem(&at(), not_a_count(v)));
        }
    }
    /// A year a mission or a target may have: 1948 (the first mission) to 2100.
    fn year(&mut self, y: f64, at: impl FnOnce() -> String) -> Option<u16> {
        let ok = y.fract() == 0.0 && (1948.0..=2100.0).contains(&y);
        self.check(
            ok,
            at,
            format!("expected a year between 1948 and 2100, got {y}"),
        );
        ok.then_some(y as u16)
    }
    fn finish<T>(self, value: T) -> Section<T> {
        if self.0.is_empty() {
            Ok(value)
        } else {
            Err(self.0)
        }
    }
}

/// A label's translations: each in a language of the page (not English, the file's own), with
/// the `ref` of its source or marked as this site's own, never both or neither.
fn translations(
    c: &mut Checks,
    raw: raw::Translations,
    sources: &HashSet<&str>,
    at: impl Fn() -> String,
) -> model::Translations {
    let mut out = Vec::with_capacity(raw.len());
    for (tag, t) in raw {
        let path = || format!("{}.{tag}", at());
        let lang = crate::i18n::Lang::from_tag(&tag)
            .filter(|l| l.tag() == tag && *l != crate::i18n::Lang::En);
        c.check(
            lang.is_some(),
            path,
            format!("unknown language \"{tag}\": use ar, zh, fr, ru or es"),
        );
        c.check(
            t.reference.is_some() != t.own,
            path,
            "give the `ref` of the translation's source, or `\"own\": true` for this site's own",
        );
        if let Some(r) = &t.reference {
            c.source_ref(r, sources, || format!("{}.ref", path()));
        }
        if let Some(lang) = lang {
            out.push(model::Translation {
                lang,
                text: t.text.into(),
                source: t.reference.map(source_ref),
            });
        }
    }
    model::Translations(out)
}

fn source_ref(r: raw::SourceRef) -> model::SourceRef {
    model::SourceRef {
        source: r.source.into(),
        locator: r.locator.into(),
    }
}

fn statement(s: raw::Statement) -> model::Statement {
    model::Statement {
        text: s.text.into(),
        source: source_ref(s.reference),
    }
}

#[cfg(test)]
mod tests {
    use super::Checks;

    #[test]
    fn checks_yield_the_value_only_without_problems() {
        let mut c = Checks::default();
        assert_eq!(c.year(2024.0, || "y".into()), Some(2024));
        assert_eq!(Checks::default().finish(1), Ok(1));
        let mut bad = Checks::default();
        assert_eq!(bad.year(2030.5, || "t[0].year".into()), None);
        bad.percent(101.0, || "t[0].value".into());
        let problems = bad.finish(()).unwrap_err();
        assert_eq!(
            problems.iter().map(|p| p.path.as_str()).collect::<Vec<_>>(),
            ["t[0].year", "t[0].value"]
        );
        assert_eq!(c.finish(()), Ok(()));
    }
}
