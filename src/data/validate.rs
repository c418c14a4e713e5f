//! Raw → model: every semantic check of the data file, each problem located by its JSON path.
//!
//! The head (`format`, `meta`, `sources`) must be sound for anything to show. Each other section
//! is checked on its own: a bad one becomes a list of problems for its view's error panel while
//! the sections that are fine still draw.

use super::raw;
use super::tree::JsonTree;
use crate::model::{self, Dataset, Problem, Section};
use std::collections::HashSet;

/// Why the data file as a whole cannot be used.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum LoadError {
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

/// Reads and checks a parsed data file.
pub fn load<T: JsonTree>(doc: T) -> Result<Dataset, LoadError> {
    if !doc.is_object() {
        return Err(LoadError::NotAnObject);
    }
    let format = doc
        .member("format")
        .ok_or_else(|| {
            LoadError::Head(vec![problem("format", "missing: the data format version")])
        })?
        .parse::<f64>("format")
        .map_err(|p| LoadError::Head(vec![p]))?;
    if format != f64::from(raw::FORMAT) {
        return Err(LoadError::Format {
            expected: raw::FORMAT,
            found: format.to_string(),
        });
    }
    let (meta, sources) = match (
        section::<_, raw::Meta>(&doc, "meta"),
        section(&doc, "sources").and_then(sources),
    ) {
        (Ok(meta), Ok(sources)) => (meta, sources),
        (meta, sources) => {
            let mut problems = meta.err().unwrap_or_default();
            problems.extend(sources.err().unwrap_or_default());
            return Err(LoadError::Head(problems));
        }
    };
    let ids: HashSet<&str> = sources.iter().map(|s| s.id.as_str()).collect();
    let missions = section(&doc, "missions").and_then(|m| missions(m, &ids));
    let codes: Option<HashSet<&str>> = missions
        .as_ref()
        .ok()
        .map(|m| m.iter().map(|m| m.code.as_str()).collect());
    let sofa = section(&doc, "sofa_impact").and_then(|t| sofa(t, &ids, codes.as_ref()));
    Ok(Dataset {
        meta: model::Meta {
            title: meta.title,
            as_of: meta.as_of,
        },
        missions,
        sofa,
        sources,
    })
}

fn problem(path: &str, message: impl Into<String>) -> Problem {
    Problem {
        path: path.to_string(),
        message: message.into(),
    }
}

fn section<T: JsonTree, R: serde::de::DeserializeOwned>(doc: &T, key: &str) -> Section<R> {
    doc.member(key)
        .ok_or_else(|| vec![problem(key, "missing section")])?
        .parse(key)
        .map_err(|p| vec![p])
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
    fn source_ref(&mut self, r: &raw::SourceRef, ids: &HashSet<&str>, at: &str) {
        self.check(
            ids.contains(r.source.as_str()),
            || format!("{at}.source"),
            format!("unknown source \"{}\": it is not in `sources`", r.source),
        );
        self.check(
            !r.locator.trim().is_empty(),
            || format!("{at}.locator"),
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
    fn finish<T>(self, value: T) -> Section<T> {
        if self.0.is_empty() {
            Ok(value)
        } else {
            Err(self.0)
        }
    }
}

fn sources(raw: Vec<raw::Source>) -> Section<Vec<model::Source>> {
    let mut c = Checks::default();
    let mut seen = HashSet::new();
    for (i, s) in raw.iter().enumerate() {
        c.check(
            !s.id.trim().is_empty(),
            || format!("sources[{i}].id"),
            "empty",
        );
        c.unique(&mut seen, &s.id, || format!("sources[{i}].id"), "source id");
    }
    c.finish(
        raw.into_iter()
            .map(|s| model::Source {
                id: s.id,
                title: s.title,
                date: s.date,
                url: s.url,
            })
            .collect(),
    )
}

fn source_ref(r: raw::SourceRef) -> model::SourceRef {
    model::SourceRef {
        source: r.source,
        locator: r.locator,
    }
}

fn missions(raw: Vec<raw::Mission>, ids: &HashSet<&str>) -> Section<Vec<model::Mission>> {
    let mut c = Checks::default();
    let mut seen = HashSet::new();
    for (i, m) in raw.iter().enumerate() {
        let at = format!("missions[{i}]");
        c.check(!m.code.trim().is_empty(), || format!("{at}.code"), "empty");
        c.unique(&mut seen, &m.code, || format!("{at}.code"), "mission code");
        c.check(
            !m.hq.is_empty(),
            || format!("{at}.hq"),
            "no headquarters given",
        );
        for (j, hq) in m.hq.iter().enumerate() {
            c.check(
                (-90.0..=90.0).contains(&hq.lat),
                || format!("{at}.hq[{j}].lat"),
                format!("expected a number between -90 and 90, got {}", hq.lat),
            );
            c.check(
                (-180.0..=180.0).contains(&hq.lon),
                || format!("{at}.hq[{j}].lon"),
                format!("expected a number between -180 and 180, got {}", hq.lon),
            );
        }
        if let Some(y) = m.closed_year {
            c.check(
                m.status == raw::MissionStatus::Closed,
                || format!("{at}.closed_year"),
                "given for a mission whose status is \"active\"",
            );
            c.check(
                y.fract() == 0.0 && (1948.0..=2100.0).contains(&y),
                || format!("{at}.closed_year"),
                format!("expected a year between 1948 and 2100, got {y}"),
            );
        }
        c.source_ref(&m.source, ids, &format!("{at}.source"));
    }
    c.finish(
        raw.into_iter()
            .map(|m| model::Mission {
                status: match m.status {
                    raw::MissionStatus::Active => model::MissionStatus::Active,
                    raw::MissionStatus::Closed => model::MissionStatus::Closed {
                        year: m.closed_year.map(|y| y as u16),
                    },
                },
                code: m.code,
                name: m.name,
                host: m.host,
                hq: m
                    .hq
                    .into_iter()
                    .map(|h| model::Headquarters {
                        name: h.name,
                        lat: h.lat,
                        lon: h.lon,
                        season: h.season,
                    })
                    .collect(),
                source: source_ref(m.source),
            })
            .collect(),
    )
}

fn count(c: &mut Checks, value: Option<raw::Count>, at: &str) -> model::Count {
    match value {
        None => {
            c.check(
                false,
                || at.to_string(),
                "missing: a count, \"none\" or \"under_validation\"",
            );
            model::Count::None
        }
        Some(raw::Count::Number(n)) => {
            c.check(
                n.is_finite() && n >= 0.0 && n.fract() == 0.0,
                || at.to_string(),
                format!("expected a whole number ≥ 0, got {n}"),
            );
            model::Count::Number(n.max(0.0) as u64)
        }
        Some(raw::Count::None) => model::Count::None,
        Some(raw::Count::UnderValidation) => model::Count::UnderValidation,
    }
}

fn impact(i: raw::Impact) -> model::Impact {
    match i {
        raw::Impact::LevelNotReported => model::Impact::LevelNotReported,
        raw::Impact::Dash => model::Impact::Dash,
    }
}

fn sofa(
    raw: raw::SofaTable,
    ids: &HashSet<&str>,
    missions: Option<&HashSet<&str>>,
) -> Section<model::SofaTable> {
    let mut c = Checks::default();
    c.source_ref(&raw.source, ids, "sofa_impact.source");
    c.check(
        !raw.rows.is_empty(),
        || "sofa_impact.rows".into(),
        "no rows",
    );
    let marks: HashSet<&str> = raw.notes.iter().map(|n| n.mark.as_str()).collect();
    for (i, mark) in raw.title_notes.iter().enumerate() {
        c.check(
            marks.contains(mark.as_str()),
            || format!("sofa_impact.title_notes[{i}]"),
            format!("footnote \"{mark}\" is not in `notes`"),
        );
    }
    let mut seen = HashSet::new();
    let mut rows = Vec::with_capacity(raw.rows.len());
    for (i, r) in raw.rows.iter().enumerate() {
        let at = format!("sofa_impact.rows[{i}]");
        c.unique(&mut seen, &r.mission, || format!("{at}.mission"), "mission");
        if let Some(codes) = missions {
            c.check(
                codes.contains(r.mission.as_str()),
                || format!("{at}.mission"),
                format!(
                    "unknown mission code \"{}\": it is not in `missions`",
                    r.mission
                ),
            );
        }
        for (j, mark) in r.notes.iter().enumerate() {
            c.check(
                marks.contains(mark.as_str()),
                || format!("{at}.notes[{j}]"),
                format!("footnote \"{mark}\" is not in `notes`"),
            );
        }
        let incidents = if r.agreement == raw::Agreement::Neither {
            c.check(
                r.new_incidents.is_none() && r.total_incidents.is_none() && r.impact.is_none(),
                || at.clone(),
                "a mission with neither a SOFA nor a SOMA has no incident counts or impacts",
            );
            None
        } else {
            let new = count(&mut c, r.new_incidents, &format!("{at}.new_incidents"));
            let total = count(&mut c, r.total_incidents, &format!("{at}.total_incidents"));
            if let (model::Count::Number(n), model::Count::Number(t)) = (new, total) {
                c.check(
                    n <= t,
                    || format!("{at}.new_incidents"),
                    format!("{n} new incidents exceed the total of {t}"),
                );
            }
            c.check(r.impact.is_some(), || format!("{at}.impact"), "missing");
            r.impact.as_ref().map(|imp| model::Incidents {
                new_last_6_months: new,
                total,
                impacts: model::Impacts {
                    civilian_movement: impact(imp.civilian_movement),
                    uniformed_movement: impact(imp.uniformed_movement),
                    mandated_tasks: impact(imp.mandated_tasks),
                },
            })
        };
        rows.push(model::SofaRow {
            mission: r.mission.clone(),
            agreement: match r.agreement {
                raw::Agreement::Sofa => model::Agreement::Sofa,
                raw::Agreement::Soma => model::Agreement::Soma,
                raw::Agreement::Neither => model::Agreement::Neither,
            },
            incidents,
            notes: r.notes.clone(),
        });
    }
    c.finish(model::SofaTable {
        title: raw.title,
        source: source_ref(raw.source),
        source_line: raw.source_line,
        title_notes: raw.title_notes,
        notes: raw
            .notes
            .into_iter()
            .map(|n| model::Note {
                mark: n.mark,
                text: n.text,
            })
            .collect(),
        rows,
    })
}
