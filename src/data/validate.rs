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
    let refs = Refs {
        sources: ids,
        missions: missions
            .as_ref()
            .ok()
            .map(|m| m.iter().map(|m| m.code.as_str()).collect()),
    };
    let sofa = section(&doc, "sofa_impact").and_then(|t| sofa(t, &refs));
    let mechanisms = section(&doc, "coordination_mechanisms").and_then(|t| mechanisms(t, &refs));
    let parity = section(&doc, "gender_parity").and_then(|p| parity(p, &refs));
    let funnels = section(&doc, "funnels").and_then(|f| funnels(f, &refs));
    let figures = section(&doc, "figures").and_then(|f| figures(f, &refs));
    let lost_figures = section(&doc, "lost_figures").and_then(|f| lost_figures(f, &refs));
    drop(refs);
    Ok(Dataset {
        meta: model::Meta {
            title: meta.title,
            as_of: meta.as_of,
        },
        missions,
        sofa,
        mechanisms,
        parity,
        funnels,
        figures,
        lost_figures,
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
        message: message.into(),
    }
}

fn section<T: JsonTree, R: serde::de::DeserializeOwned>(doc: &T, key: &str) -> Section<R> {
    doc.member(key)
        .ok_or_else(|| vec![problem(key, "missing section")])?
        .parse(key)
        .map_err(|p| vec![p])
}

/// The longest text a field may hold: a paragraph, not a document.
const MAX_TEXT: usize = 4000;

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
    fn mission(&mut self, code: &str, refs: &Refs, at: impl FnOnce() -> String) {
        if let Some(codes) = &refs.missions {
            self.check(
                codes.contains(code),
                at,
                format!("unknown mission code \"{code}\": it is not in `missions`"),
            );
        }
    }
    fn text(&mut self, s: &str, at: impl Fn() -> String) {
        self.check(!s.trim().is_empty(), &at, "empty");
        self.check(
            s.len() <= MAX_TEXT,
            &at,
            format!("longer than {MAX_TEXT} bytes ({} bytes)", s.len()),
        );
    }
    fn percent(&mut self, v: f64, at: impl FnOnce() -> String) {
        self.check(
            (0.0..=100.0).contains(&v),
            at,
            format!("expected a percentage between 0 and 100, got {v}"),
        );
    }
    fn count(&mut self, v: f64, at: impl FnOnce() -> String) {
        self.check(
            v.is_finite() && v >= 0.0,
            at,
            format!("expected a number ≥ 0, got {v}"),
        );
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
                short: s.short.unwrap_or_else(|| s.id.clone()),
                id: s.id,
                title: s.title,
                date: s.date,
                url: s.url,
                note: s.note,
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

fn statement(s: raw::Statement) -> model::Statement {
    model::Statement {
        text: s.text,
        source: source_ref(s.reference),
    }
}

fn missions(raw: Vec<raw::Mission>, ids: &HashSet<&str>) -> Section<Vec<model::Mission>> {
    let mut c = Checks::default();
    let mut seen = HashSet::new();
    for (i, m) in raw.iter().enumerate() {
        let at = format!("missions[{i}]");
        c.text(&m.code, || format!("{at}.code"));
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
        c.source_ref(&m.reference, ids, &format!("{at}.ref"));
        for (key, r) in [
            ("name_ref", &m.name_ref),
            ("host_ref", &m.host_ref),
            ("closed_ref", &m.closed_ref),
        ] {
            if let Some(r) = r {
                c.source_ref(r, ids, &format!("{at}.{key}"));
            }
        }
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
                source: source_ref(m.reference),
                name_source: m.name_ref.map(source_ref),
                host_source: m.host_ref.map(source_ref),
                closed_source: m.closed_ref.map(source_ref),
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

fn notes(raw: Vec<raw::Note>) -> Vec<model::Note> {
    raw.into_iter()
        .map(|n| model::Note {
            mark: n.mark,
            text: n.text,
        })
        .collect()
}

fn sofa(raw: raw::SofaTable, refs: &Refs) -> Section<model::SofaTable> {
    let mut c = Checks::default();
    c.text(&raw.title, || "sofa_impact.title".into());
    c.source_ref(&raw.reference, &refs.sources, "sofa_impact.ref");
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
        c.mission(&r.mission, refs, || format!("{at}.mission"));
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
        source: source_ref(raw.reference),
        source_line: raw.source_line,
        title_notes: raw.title_notes,
        notes: notes(raw.notes),
        rows,
    })
}

fn mechanisms(raw: raw::Mechanisms, refs: &Refs) -> Section<model::Mechanisms> {
    let at = "coordination_mechanisms";
    let mut c = Checks::default();
    c.text(&raw.title, || format!("{at}.title"));
    c.source_ref(&raw.reference, &refs.sources, &format!("{at}.ref"));
    for (i, s) in raw.intro.iter().enumerate() {
        c.text(&s.text, || format!("{at}.intro[{i}].text"));
        c.source_ref(&s.reference, &refs.sources, &format!("{at}.intro[{i}].ref"));
    }
    let mut seen = HashSet::new();
    for (i, s) in raw.symbols.iter().enumerate() {
        c.unique(
            &mut seen,
            &s.symbol,
            || format!("{at}.symbols[{i}].symbol"),
            "symbol",
        );
        c.text(&s.meaning, || format!("{at}.symbols[{i}].meaning"));
        c.source_ref(
            &s.reference,
            &refs.sources,
            &format!("{at}.symbols[{i}].ref"),
        );
    }
    c.check(!raw.rows.is_empty(), || format!("{at}.rows"), "no rows");
    for (i, r) in raw.rows.iter().enumerate() {
        c.mission(&r.mission, refs, || format!("{at}.rows[{i}].mission"));
        c.text(&r.mechanism, || format!("{at}.rows[{i}].mechanism"));
    }
    c.finish(model::Mechanisms {
        title: raw.title,
        source: source_ref(raw.reference),
        intro: raw.intro.into_iter().map(statement).collect(),
        symbols: raw
            .symbols
            .into_iter()
            .map(|s| model::Symbol {
                symbol: s.symbol,
                meaning: s.meaning,
                source: source_ref(s.reference),
            })
            .collect(),
        rows: raw
            .rows
            .into_iter()
            .map(|r| model::Mechanism {
                mission: r.mission,
                mechanism: r.mechanism,
                status: r.status.filter(|s| !s.trim().is_empty()),
                contribution: r.contribution.filter(|s| !s.trim().is_empty()),
            })
            .collect(),
    })
}

/// `YYYY` or `YYYY-MM`.
fn year_month(s: &str) -> Option<model::YearMonth> {
    let (y, m) = match s.split_once('-') {
        Some((y, m)) => (y, Some(m)),
        None => (s, None),
    };
    let year = (y.len() == 4).then(|| y.parse::<u16>().ok()).flatten()?;
    let month = match m {
        None => None,
        Some(m) => Some(
            (m.len() == 2)
                .then(|| m.parse::<u8>().ok())
                .flatten()
                .filter(|m| (1..=12).contains(m))?,
        ),
    };
    Some(model::YearMonth { year, month })
}

fn year(c: &mut Checks, y: f64, at: impl Fn() -> String) -> u16 {
    let ok = y.fract() == 0.0 && (1948.0..=2100.0).contains(&y);
    c.check(
        ok,
        at,
        format!("expected a year between 1948 and 2100, got {y}"),
    );
    if ok {
        y as u16
    } else {
        0
    }
}

fn parity(raw: raw::GenderParity, refs: &Refs) -> Section<model::GenderParity> {
    let at = "gender_parity";
    let mut c = Checks::default();
    let mut ids = HashSet::new();
    for (i, k) in raw.categories.iter().enumerate() {
        c.text(&k.id, || format!("{at}.categories[{i}].id"));
        c.unique(
            &mut ids,
            &k.id,
            || format!("{at}.categories[{i}].id"),
            "category",
        );
        c.text(&k.label, || format!("{at}.categories[{i}].label"));
    }
    let category = |c: &mut Checks, id: &str, path: String| {
        c.check(
            ids.contains(id),
            || path,
            format!("unknown category \"{id}\": it is not in `gender_parity.categories`"),
        );
    };
    let mut targets = Vec::with_capacity(raw.targets.len());
    let mut seen = HashSet::new();
    for (i, t) in raw.targets.into_iter().enumerate() {
        let p = format!("{at}.targets[{i}]");
        category(&mut c, &t.category, format!("{p}.category"));
        let y = year(&mut c, t.year, || format!("{p}.year"));
        c.check(
            seen.insert((t.category.clone(), y)),
            || p.clone(),
            format!("a second target for \"{}\" in {y}", t.category),
        );
        if let Some(v) = t.value {
            c.percent(v, || format!("{p}.value"));
        }
        c.source_ref(&t.reference, &refs.sources, &format!("{p}.ref"));
        targets.push(model::ParityTarget {
            category: t.category,
            year: y,
            value: t.value,
            uncertain: t.uncertain,
            note: t.note,
            source: source_ref(t.reference),
        });
    }
    let mut actuals = Vec::with_capacity(raw.actuals.len());
    let mut seen = HashSet::new();
    for (i, a) in raw.actuals.into_iter().enumerate() {
        let p = format!("{at}.actuals[{i}]");
        category(&mut c, &a.category, format!("{p}.category"));
        let date = year_month(&a.date);
        c.check(
            date.is_some(),
            || format!("{p}.date"),
            format!("expected a date as YYYY or YYYY-MM, got \"{}\"", a.date),
        );
        c.check(
            seen.insert((a.category.clone(), a.date.clone())),
            || p.clone(),
            format!("a second value for \"{}\" at {}", a.category, a.date),
        );
        c.percent(a.value, || format!("{p}.value"));
        c.source_ref(&a.reference, &refs.sources, &format!("{p}.ref"));
        actuals.push(model::ParityActual {
            category: a.category,
            date: date.unwrap_or(model::YearMonth {
                year: 0,
                month: None,
            }),
            value: a.value,
            uncertain: a.uncertain,
            note: a.note,
            source: source_ref(a.reference),
        });
    }
    for (i, s) in raw.statements.iter().enumerate() {
        c.text(&s.text, || format!("{at}.statements[{i}].text"));
        c.source_ref(
            &s.reference,
            &refs.sources,
            &format!("{at}.statements[{i}].ref"),
        );
    }
    c.finish(model::GenderParity {
        categories: raw
            .categories
            .into_iter()
            .map(|k| model::ParityCategory {
                id: k.id,
                label: k.label,
                ugps: k.ugps,
            })
            .collect(),
        targets,
        actuals,
        statements: raw.statements.into_iter().map(statement).collect(),
    })
}

fn funnels(raw: Vec<raw::Funnel>, refs: &Refs) -> Section<Vec<model::Funnel>> {
    let mut c = Checks::default();
    let mut ids = HashSet::new();
    let mut out = Vec::with_capacity(raw.len());
    for (i, f) in raw.into_iter().enumerate() {
        let at = format!("funnels[{i}]");
        c.text(&f.id, || format!("{at}.id"));
        c.check(
            ids.insert(f.id.clone()),
            || format!("{at}.id"),
            format!("duplicate funnel id \"{}\"", f.id),
        );
        c.text(&f.title, || format!("{at}.title"));
        c.check(
            f.stages.len() >= 2,
            || format!("{at}.stages"),
            "a funnel needs at least two stages",
        );
        for (j, s) in f.stages.iter().enumerate() {
            let p = format!("{at}.stages[{j}]");
            c.text(&s.label, || format!("{p}.label"));
            if let Some(n) = s.count {
                c.count(n, || format!("{p}.count"));
            }
            if let Some(v) = s.share_of_previous {
                c.percent(v, || format!("{p}.share_of_previous"));
                c.check(
                    j > 0,
                    || format!("{p}.share_of_previous"),
                    "the first stage has no previous stage",
                );
            }
            c.source_ref(&s.reference, &refs.sources, &format!("{p}.ref"));
        }
        // Derived counts: this stage's count is the next stage's count ÷ its share of this one.
        let mut counts: Vec<model::StageCount> = Vec::with_capacity(f.stages.len());
        for (j, s) in f.stages.iter().enumerate() {
            let p = format!("{at}.stages[{j}]");
            counts.push(match (s.count, &s.derived) {
                (Some(n), None) => model::StageCount::Stated(n),
                (None, None) => model::StageCount::NotReported,
                (Some(_), Some(_)) => {
                    c.check(false, || format!("{p}.derived"), "a stage with a stated count is not derived");
                    model::StageCount::NotReported
                }
                (None, Some(how)) => match f.stages.get(j + 1) {
                    Some(next) => match (next.count, next.share_of_previous) {
                        (Some(n), Some(share)) if share > 0.0 => model::StageCount::Derived {
                            value: n / (share / 100.0),
                            how: how.clone(),
                        },
                        _ => {
                            c.check(false, || format!("{p}.derived"), "the next stage needs a count and a share of this one to derive from");
                            model::StageCount::NotReported
                        }
                    },
                    None => {
                        c.check(false, || format!("{p}.derived"), "the last stage has no next stage to derive from");
                        model::StageCount::NotReported
                    }
                },
            });
        }
        let value = |k: &model::StageCount| match k {
            model::StageCount::Stated(v) | model::StageCount::Derived { value: v, .. } => Some(*v),
            model::StageCount::NotReported => None,
        };
        for j in 1..counts.len() {
            if let (Some(a), Some(b)) = (value(&counts[j - 1]), value(&counts[j])) {
                c.check(
                    b <= a + 1e-9,
                    || format!("{at}.stages[{j}].count"),
                    format!("a funnel cannot widen: {b} after {a}"),
                );
            }
        }
        out.push(model::Funnel {
            id: f.id,
            title: f.title,
            unit: f.unit,
            period: f.period,
            note: f.note,
            stages: f
                .stages
                .into_iter()
                .zip(counts)
                .map(|(s, count)| model::Stage {
                    label: s.label,
                    count,
                    share_of_previous: s.share_of_previous,
                    note: s.note,
                    source: source_ref(s.reference),
                })
                .collect(),
        });
    }
    c.finish(out)
}

fn figures(raw: Vec<raw::Figure>, refs: &Refs) -> Section<Vec<model::Figure>> {
    let mut c = Checks::default();
    let mut ids = HashSet::new();
    for (i, f) in raw.iter().enumerate() {
        let at = format!("figures[{i}]");
        c.text(&f.id, || format!("{at}.id"));
        c.unique(&mut ids, &f.id, || format!("{at}.id"), "figure id");
        c.text(&f.label, || format!("{at}.label"));
        c.text(&f.topic, || format!("{at}.topic"));
        c.check(
            f.value.is_finite(),
            || format!("{at}.value"),
            "not a finite number",
        );
        if f.unit == "percent" {
            c.percent(f.value, || format!("{at}.value"));
        }
        if let Some(m) = &f.mission {
            c.mission(m, refs, || format!("{at}.mission"));
        }
        c.source_ref(&f.reference, &refs.sources, &format!("{at}.ref"));
    }
    c.finish(
        raw.into_iter()
            .map(|f| model::Figure {
                id: f.id,
                topic: f.topic,
                label: f.label,
                value: f.value,
                unit: f.unit,
                period: f.period,
                mission: f.mission,
                qualifier: f.qualifier,
                note: f.note,
                source: source_ref(f.reference),
            })
            .collect(),
    )
}

fn lost_figures(raw: Vec<raw::LostFigure>, refs: &Refs) -> Section<Vec<model::LostFigure>> {
    let mut c = Checks::default();
    for (i, f) in raw.iter().enumerate() {
        c.text(&f.caption, || format!("lost_figures[{i}].caption"));
        c.source_ref(
            &f.reference,
            &refs.sources,
            &format!("lost_figures[{i}].ref"),
        );
    }
    c.finish(
        raw.into_iter()
            .map(|f| model::LostFigure {
                caption: f.caption,
                source: source_ref(f.reference),
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::year_month;
    use crate::model::YearMonth;

    #[test]
    fn dates_are_a_year_or_a_year_and_month() {
        assert_eq!(
            year_month("2019"),
            Some(YearMonth {
                year: 2019,
                month: None
            })
        );
        assert_eq!(
            year_month("2021-04"),
            Some(YearMonth {
                year: 2021,
                month: Some(4)
            })
        );
        for bad in ["", "19", "2019-13", "2019-4", "2019-04-01", "abcd", "2019-"] {
            assert_eq!(year_month(bad), None, "{bad}");
        }
    }
}
