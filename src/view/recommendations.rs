//! The recommendations tracker: the matrix's rows filtered (section, addressed or not, mission
//! named, document cited, words searched), each with its matches marked, and the count of rows
//! per section as a small bar chart (`SectionsVm`, drawn by `draw::sections`).

use super::chart::{wrap, Mark, Rect};
use super::{distinct, sources_line};
use crate::i18n::{format_count, t, tf, tf_count, Locale, Msg};
use crate::model::{Addressed, Dataset, Paragraph, Recommendations};

/// What the tracker shows: every field narrows the rows (`None`: no filter).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RecFilter {
    pub section: Option<String>,
    pub addressed: Option<Addressed>,
    pub mission: Option<String>,
    pub cites: Option<String>,
    /// Words, all of which a row's text (or its number) must hold, in any case.
    pub query: Option<String>,
}

/// A piece of a row's text: `true` where it matches the search.
pub type Segment = (String, bool);

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
    /// For the filters: sections (id, title), missions (code, label), documents cited.
    pub sections: Vec<(String, String)>,
    pub missions: Vec<(String, String)>,
    pub documents: Vec<String>,
    pub chart: SectionsVm,
    pub sources: String,
    /// That the section titles are this site's translation, where they are.
    pub note: Option<String>,
}

/// The lower-case words of a query.
pub fn words(query: Option<&str>) -> Vec<String> {
    query
        .unwrap_or("")
        .split_whitespace()
        .map(str::to_lowercase)
        .collect()
}

/// What does not change with the filter, made once per matrix: each row's text in lower case
/// (the search reads it at every key), the missions and documents named, the rows per section.
#[derive(Clone, Debug, PartialEq)]
pub struct RecIndex {
    pub lower: Vec<String>,
    missions: Vec<String>,
    documents: Vec<String>,
    totals: Vec<usize>,
}

pub fn index(r: &Recommendations) -> RecIndex {
    RecIndex {
        lower: r
            .paragraphs
            .iter()
            .map(|p| p.status.join(" ").to_lowercase())
            .collect(),
        missions: distinct(r.paragraphs.iter().flat_map(|p| p.missions.iter().cloned())),
        documents: distinct(r.paragraphs.iter().flat_map(|p| p.cites.iter().cloned())),
        totals: r
            .sections
            .iter()
            .map(|s| r.paragraphs.iter().filter(|p| p.section == s.id).count())
            .collect(),
    }
}

/// Whether a row passes the filter (the search: every word in its text, `lower`, or its number).
pub fn matches(p: &Paragraph, lower: &str, f: &RecFilter, words: &[String]) -> bool {
    let has = |list: &[String], v: &Option<String>| v.as_ref().is_none_or(|v| list.contains(v));
    f.section.as_ref().is_none_or(|s| &p.section == s)
        && f.addressed.is_none_or(|a| p.addressed == a)
        && has(&p.missions, &f.mission)
        && has(&p.cites, &f.cites)
        && words
            .iter()
            .all(|w| w.parse::<u32>() == Ok(p.para) || lower.contains(w.as_str()))
}

/// `text` cut into pieces, the ones that match a word marked (case-insensitively; a text whose
/// lower case changes its length is left whole).
pub fn segments(text: &str, words: &[String]) -> Vec<Segment> {
    let lower = text.to_lowercase();
    if words.is_empty() || lower.len() != text.len() {
        return vec![(text.to_string(), false)];
    }
    let mut marked = vec![false; text.len()];
    for w in words.iter().filter(|w| !w.is_empty()) {
        let mut from = 0;
        while let Some(i) = lower[from..].find(w.as_str()) {
            let at = from + i;
            marked[at..at + w.len()].iter_mut().for_each(|m| *m = true);
            from = at + w.len();
        }
    }
    let mut out: Vec<Segment> = Vec::new();
    let mut start = 0;
    for i in 1..=text.len() {
        let cut = i == text.len() || (text.is_char_boundary(i) && marked[i] != marked[start]);
        if cut && text.is_char_boundary(i) {
            out.push((text[start..i].to_string(), marked[start]));
            start = i;
        }
    }
    out
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
    let shown: Vec<&Paragraph> = r
        .paragraphs
        .iter()
        .zip(
            idx.lower
                .iter()
                .map(String::as_str)
                .chain(std::iter::repeat("")),
        )
        .filter(|(p, l)| matches(p, l, f, &words))
        .map(|(p, _)| p)
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
    let chart = SectionsVm {
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
    };
    RecVm {
        title: r.meta.title.clone(),
        count,
        matching: shown.len(),
        rows,
        sections,
        missions: idx.missions.iter().map(|c| (c.clone(), label(c))).collect(),
        documents: idx.documents.clone(),
        chart,
        sources: sources_line(loc, r.paragraphs.first().map(|p| cite(r, p, loc))),
        note: r
            .sections
            .iter()
            .any(|s| s.title_in(loc.lang, file).own)
            .then(|| t(loc, Msg::OwnTranslationNote).to_string()),
    }
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

/// The rows per section, as a small bar chart: each section's rows, and how many the filter
/// shows.
#[derive(Clone, Debug, PartialEq)]
pub struct SectionsVm {
    pub loc: Locale,
    pub bars: Vec<SectionBar>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SectionBar {
    pub title: String,
    pub total: f64,
    pub shown: f64,
    /// "3 of 14".
    pub text: String,
    pub details: String,
}

/// A section's place: its title's lines and where they start, the whole bar, the shown part.
#[derive(Clone, Debug, PartialEq)]
pub struct SectionRow {
    pub title: Vec<String>,
    pub at: (f64, f64),
    pub whole: Rect,
    pub shown: Rect,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SectionsLayout {
    pub width: f64,
    pub height: f64,
    /// Per section, in order.
    pub rows: Vec<SectionRow>,
    pub marks: Vec<Mark>,
}

pub const TITLE_SIZE: f64 = 12.0;
const BAR: f64 = 14.0;

pub fn layout(vm: &SectionsVm, width: f64) -> SectionsLayout {
    let most = vm.bars.iter().map(|b| b.total).fold(1.0, f64::max);
    // The count is written after the bar: keep room for the longest.
    let room = vm
        .bars
        .iter()
        .map(|b| vm.loc.text_width(&b.text, TITLE_SIZE))
        .fold(0.0, f64::max)
        + 8.0;
    let full = (width - room).max(20.0);
    let chars = (width / (TITLE_SIZE * 0.55)) as usize;
    let mut top = 0.0;
    let mut rows = Vec::with_capacity(vm.bars.len());
    let mut marks = Vec::with_capacity(vm.bars.len());
    for b in &vm.bars {
        let lines = wrap(vm.loc, &b.title, chars, 2);
        let bar_y = top + lines.len() as f64 * (TITLE_SIZE + 3.0) + 3.0;
        let whole = Rect {
            x: 0.0,
            y: bar_y,
            w: (full * b.total / most).max(1.0),
            h: BAR,
        };
        let shown = Rect {
            w: full * b.shown / most,
            ..whole
        };
        let h = bar_y + BAR + 8.0 - top;
        marks.push(Mark {
            x: 0.0,
            y: top,
            w: width,
            h: h - 2.0,
            details: b.details.clone(),
        });
        rows.push(SectionRow {
            title: lines,
            at: (0.0, top),
            whole,
            shown,
        });
        top += h;
    }
    SectionsLayout {
        width,
        height: top,
        rows,
        marks,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_are_marked_in_any_case() {
        let w = words(Some("African union"));
        let s = segments("The African Union and the union.", &w);
        assert_eq!(
            s,
            [
                ("The ".to_string(), false),
                ("African".to_string(), true),
                (" ".to_string(), false),
                ("Union".to_string(), true),
                (" and the ".to_string(), false),
                ("union".to_string(), true),
                (".".to_string(), false),
            ]
        );
        assert_eq!(segments("É", &words(Some("é"))), [("É".to_string(), true)]);
        assert_eq!(segments("plain", &[]), [("plain".to_string(), false)]);
    }
}
