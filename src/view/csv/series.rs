//! The chart series as CSV rows: gender parity (shares and targets), funnels (stages) and
//! counts reported at several dates.

use super::{header, row, src, yes_no};
use crate::i18n::{t, Locale, Msg};
use crate::model::{
    Addressed, Dataset, Funnel, GenderParity, Recommendations, Snapshots, StageCount,
};

pub fn parity_rows(data: &Dataset, p: &GenderParity, loc: Locale) -> Vec<Vec<String>> {
    let label = |id: &str| {
        p.categories
            .iter()
            .find(|k| k.id == id)
            .map_or(id.to_string(), |k| k.label.clone())
    };
    let mut rows = vec![header(&[
        "category",
        "kind",
        "date",
        "percent_women",
        "uncertain",
        "note",
    ])];
    for a in &p.actuals {
        rows.push(row(
            [
                label(&a.category),
                t(loc, Msg::Actual).to_string(),
                a.date.to_string(),
                a.value.to_string(),
                yes_no(a.uncertain, loc),
                a.note.clone().unwrap_or_default(),
            ],
            src(data, &a.source),
            false,
            loc,
        ));
    }
    for tg in &p.targets {
        rows.push(row(
            [
                label(&tg.category),
                t(loc, Msg::Target).to_string(),
                tg.year.to_string(),
                tg.value
                    .map_or_else(|| t(loc, Msg::NotReported).to_string(), |v| v.to_string()),
                yes_no(tg.uncertain, loc),
                tg.note.clone().unwrap_or_default(),
            ],
            src(data, &tg.source),
            false,
            loc,
        ));
    }
    rows
}

pub fn funnel_rows(data: &Dataset, f: &Funnel, loc: Locale) -> Vec<Vec<String>> {
    let mut rows = vec![header(&[
        "funnel",
        "stage",
        "count",
        "share_of_previous_percent",
        "how_derived",
    ])];
    for s in &f.stages {
        let (count, how, derived) = match &s.count {
            StageCount::Stated(v) => (v.to_string(), String::new(), false),
            StageCount::Derived { value, how } => (format!("{value:.1}"), how.clone(), true),
            StageCount::NotReported => (t(loc, Msg::NotReported).to_string(), String::new(), false),
        };
        rows.push(row(
            [
                f.title.clone(),
                s.label.clone(),
                count,
                s.share_of_previous
                    .map(|v| v.to_string())
                    .unwrap_or_default(),
                how,
            ],
            src(data, &s.source),
            derived,
            loc,
        ));
    }
    rows
}

/// A row per date and measure: long form, so that a spreadsheet can pivot it either way.
pub fn snapshot_rows(data: &Dataset, s: &Snapshots, loc: Locale) -> Vec<Vec<String>> {
    let mut rows = vec![header(&["series", "as_of", "measure", "count", "unit"])];
    for d in &s.dates {
        for (m, c) in s.measures.iter().zip(&d.counts) {
            rows.push(row(
                [
                    s.title.clone(),
                    d.as_of.to_string(),
                    m.clone(),
                    c.map_or_else(|| t(loc, Msg::NotReported).to_string(), |v| v.to_string()),
                    s.unit.clone(),
                ],
                src(data, &d.source),
                false,
                loc,
            ));
        }
    }
    rows
}

/// The matrix rows `keep` lets through: the report's text as given (paragraphs on lines of
/// their own), whether it is addressed to the Secretariat, what it cites and names.
pub fn recommendation_rows(
    r: &Recommendations,
    keep: impl Fn(usize, &crate::model::Paragraph) -> bool,
    loc: Locale,
) -> Vec<Vec<String>> {
    let mut rows = vec![header(&[
        "paragraph_a75_19",
        "section",
        "status",
        "addressed_to_secretariat",
        "documents_cited",
        "missions_named",
        "figures",
    ])];
    for p in r
        .paragraphs
        .iter()
        .enumerate()
        .filter(|(i, p)| keep(*i, p))
        .map(|(_, p)| p)
    {
        let section = r
            .sections
            .iter()
            .find(|s| s.id == p.section)
            .map_or(p.section.clone(), |s| s.title.clone());
        let source = r
            .sources
            .iter()
            .find(|s| s.id == p.source.source)
            .map_or(p.source.source.clone(), |s| s.title.clone());
        rows.push(row(
            [
                p.para.to_string(),
                section,
                p.status.join("\n"),
                yes_no(p.addressed == Addressed::ToSecretariat, loc),
                p.cites.join("; "),
                p.missions.join("; "),
                p.figures.join("; "),
            ],
            [source, p.source.locator.clone()],
            false,
            loc,
        ));
    }
    rows
}
