//! The recommendations tracker: the matrix's rows filtered (section, addressed or not, mission
//! named, document cited, words searched), each with its matches marked, and the count of rows
//! per section as a small bar chart (`SectionsVm`, drawn by `draw::sections`).

mod query;
mod sections;

pub use query::{index, matches, passes, segments, words, RecFilter, RecIndex, Segment};
pub use sections::{
    layout, table as sections_table, SectionBar, SectionRow, SectionsLayout, SectionsVm, TITLE_SIZE,
};

use super::export::Framing;
use super::sources_line;
use super::table::TableVm;
use crate::i18n::{format_count, t, tf, tf_count, Locale, Msg};
use crate::model::{Addressed, Dataset, Paragraph, Recommendations};
use std::rc::Rc;

#[derive(Clone, Debug, PartialEq)]
pub struct ParaVm {
    pub para: u32,
    pub section: String,
    /// "Not addressed to the Secretariat", where the report says so.
    pub state: Option<String>,
    /// The report's text, a paragraph at a time, cut where the search matches.
    pub blocks: Vec<Vec<Segment>>,
    /// The missions it names: code and acronym in the page's language.
    pub missions: Vec<(String, String)>,
    pub cites: Vec<String>,
    /// The figures of the figures table it states, as "label: value".
    pub figures: Vec<String>,
    pub citation: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RecVm {
    pub title: String,
    /// "14 of 110 paragraphs".
    pub count: String,
    pub rows: Vec<ParaVm>,
    /// How many rows pass the filter (`rows` holds the first of them).
    pub matching: usize,
    /// For the filters (id, label): sections, whether addressed to the Secretariat, missions
    /// named (code, acronym), documents cited.
    pub sections: Vec<(String, String)>,
    pub states: Vec<(String, String)>,
    pub missions: Vec<(String, String)>,
    pub documents: Vec<(String, String)>,
    pub chart: Rc<SectionsVm>,
    /// The chart's table form.
    pub table: Rc<TableVm>,
    /// What the chart's downloads carry: its title, the matrix's title, the count, the sources.
    pub framing: Framing,
    pub sources: String,
    /// That the section titles are this site's translation, where they are.
    pub note: Option<String>,
}

/// The tracker for `f`: its first `limit` rows in full (a long matrix is shown a page at a
/// time), the count and the chart of all the rows that pass.
pub fn recommendations(
    data: &Dataset,
    r: &Recommendations,
    idx: &RecIndex,
    f: &RecFilter,
    limit: usize,
    loc: Locale,
) -> RecVm {
    let words = words(f.query.as_deref());
    let keep = passes(idx, f);
    let missions = data.missions.as_ref().ok();
    let label = |code: &str| {
        missions
            .and_then(|ms| ms.iter().find(|m| m.code == code))
            .map_or(code.to_string(), |m| m.code_in(loc.lang).0.to_string())
    };
    let figures = data.figures.as_ref().ok();
    let file = r.meta.lang;
    let sections: Vec<(String, String)> = (r.sections.iter())
        .map(|s| (s.id.clone(), s.title_in(loc.lang, file).text.to_string()))
        .collect();
    let section_title = |id: &str| {
        (sections.iter().find(|(i, _)| i == id)).map_or(id.to_string(), |(_, t)| t.clone())
    };
    let shown: Vec<&Paragraph> = (r.paragraphs.iter().enumerate())
        .filter(|(i, p)| keep(*i, p))
        .map(|(_, p)| p)
        .collect();
    let rows = shown
        .iter()
        .take(limit)
        .map(|p| ParaVm {
            para: p.para,
            section: section_title(&p.section),
            state: (p.addressed == Addressed::NotToSecretariat)
                .then(|| t(loc, Msg::RecNotAddressed).to_string()),
            blocks: p.status.iter().map(|s| segments(s, &words)).collect(),
            missions: p.missions.iter().map(|c| (c.clone(), label(c))).collect(),
            cites: p.cites.clone(),
            figures: p
                .figures
                .iter()
                .filter_map(|id| {
                    let fig = figures?.iter().find(|x| &x.id == id)?;
                    let value = super::figures::value_text(fig, loc);
                    Some(super::label_value(loc, &fig.label, &value))
                })
                .collect(),
            citation: cite(r, p, loc),
        })
        .collect();
    let total = r.paragraphs.len();
    let count = tf_count(
        loc,
        Msg::RecCount,
        total as f64,
        &[
            ("shown", &format_count(shown.len() as u64, loc)),
            ("total", &format_count(total as u64, loc)),
        ],
    );
    // The rows shown per section, in one pass.
    let mut hits: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for p in &shown {
        *hits.entry(p.section.as_str()).or_default() += 1;
    }
    let chart = Rc::new(SectionsVm {
        loc,
        bars: r
            .sections
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let all = idx.totals.get(i).copied().unwrap_or(0);
                let hit = hits.get(s.id.as_str()).copied().unwrap_or(0);
                let text = tf(
                    loc,
                    Msg::RecSectionCount,
                    &[
                        ("shown", &format_count(hit as u64, loc)),
                        ("total", &format_count(all as u64, loc)),
                    ],
                );
                let title = section_title(&s.id);
                SectionBar {
                    total: all as f64,
                    shown: hit as f64,
                    details: super::label_value(loc, &title, &text),
                    title,
                    text,
                }
            })
            .collect(),
    });
    let sources = sources_line(loc, r.paragraphs.first().map(|p| cite(r, p, loc)));
    let states = Addressed::ALL.map(|a| {
        let label = match a {
            Addressed::ToSecretariat => Msg::RecAddressed,
            Addressed::NotToSecretariat => Msg::RecNotAddressed,
        };
        (a.id().to_string(), t(loc, label).to_string())
    });
    RecVm {
        title: r.meta.title.clone(),
        count: count.clone(),
        matching: shown.len(),
        rows,
        sections,
        missions: idx.missions.iter().map(|c| (c.clone(), label(c))).collect(),
        documents: (idx.documents.iter())
            .map(|d| (d.clone(), d.clone()))
            .collect(),
        states: states.into(),
        table: Rc::new(sections_table(&chart, &sources)),
        framing: Framing {
            title: t(loc, Msg::RecChartTitle).to_string(),
            lines: vec![r.meta.title.clone(), count.clone(), sources.clone()],
        },
        chart,
        sources,
        note: r
            .sections
            .iter()
            .any(|s| s.title_in(loc.lang, file).own)
            .then(|| t(loc, Msg::OwnTranslationNote).to_string()),
    }
}

/// The rows `f` keeps, as CSV: the same rule as the list.
pub fn csv_rows(
    r: &Recommendations,
    idx: &RecIndex,
    f: &RecFilter,
    loc: Locale,
) -> Vec<Vec<String>> {
    super::csv::recommendation_rows(r, passes(idx, f), loc)
}

/// "A/76/505/Add.1, Section II, row for A/75/19 para 37", from the file's own sources.
fn cite(r: &Recommendations, p: &Paragraph, loc: Locale) -> String {
    let doc = r
        .sources
        .iter()
        .find(|s| s.id == p.source.source)
        .map_or(p.source.source.as_str(), |s| s.short.as_str());
    tf(
        loc,
        Msg::CitedFrom,
        &[("document", doc), ("place", &p.source.locator)],
    )
}

/// A mission's rows of the matrix, for its profile: (paragraph, its first words).
pub fn naming(r: &Recommendations, code: &str) -> Vec<(u32, String)> {
    r.paragraphs
        .iter()
        .filter(|p| p.missions.iter().any(|m| m == code))
        .map(|p| {
            let first = p.status.first().map_or("", String::as_str);
            let cut: String = first.chars().take(120).collect();
            let more = if cut.len() < first.len() { "…" } else { "" };
            (p.para, format!("{}{more}", cut.trim_end()))
        })
        .collect()
}
