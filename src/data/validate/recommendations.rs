//! The recommendations file: its head as the data file's, then every row of the matrix (a
//! paragraph number once, a known section, the report's text, where it is).

use super::{head, section, source_ref, translations, Checks, LoadError};
use crate::data::raw;
use crate::data::tree::JsonTree;
use crate::model::{self, Addressed, Problem};
use std::collections::HashSet;

/// What the recommendations file could not be read as: the head's problem, or the rows'.
#[derive(Debug, Clone, PartialEq)]
pub enum RecLoadError {
    File(LoadError),
    Rows(Vec<Problem>),
}

/// Reads and checks a parsed recommendations file.
pub fn load_recommendations<T: JsonTree>(doc: T) -> Result<model::Recommendations, RecLoadError> {
    let (meta, sources) = head::head(&doc).map_err(RecLoadError::File)?;
    let ids: HashSet<&str> = sources.iter().map(|s| s.id.as_str()).collect();
    let mut sections: Vec<raw::RecSection> =
        section(&doc, "sections").map_err(RecLoadError::Rows)?;
    let rows: Vec<raw::Paragraph> = section(&doc, "paragraphs").map_err(RecLoadError::Rows)?;
    let mut c = Checks::default();
    let mut titles = Vec::with_capacity(sections.len());
    for (i, s) in sections.iter_mut().enumerate() {
        let raw = std::mem::take(&mut s.translations);
        titles.push(translations(&mut c, raw, &ids, || {
            format!("sections[{i}].translations")
        }));
    }
    let mut seen = HashSet::new();
    for (i, s) in sections.iter().enumerate() {
        c.unique(&mut seen, &s.id, || format!("sections[{i}].id"), "section");
    }
    c.check(!rows.is_empty(), || "paragraphs".into(), "no rows");
    let mut paras = HashSet::new();
    for (i, p) in rows.iter().enumerate() {
        let at = format!("paragraphs[{i}]");
        let whole = p.para.fract() == 0.0 && (1.0..=10_000_000.0).contains(&p.para);
        c.check(
            whole,
            || format!("{at}.para"),
            format!(
                "expected a paragraph number (a whole number from 1), got {}",
                p.para
            ),
        );
        c.check(
            !whole || paras.insert(p.para as u32),
            || format!("{at}.para"),
            format!("paragraph {} is given twice", p.para),
        );
        c.check(
            seen.contains(p.section.as_str()),
            || format!("{at}.section"),
            format!("unknown section \"{}\": it is not in `sections`", p.section),
        );
        c.check(
            !p.status.is_empty(),
            || format!("{at}.status"),
            "no status text",
        );
        c.source_ref(&p.reference, &ids, || format!("{at}.ref"));
    }
    if let Err(problems) = c.finish(()) {
        return Err(RecLoadError::Rows(problems));
    }
    Ok(model::Recommendations {
        meta,
        sources,
        sections: sections
            .into_iter()
            .zip(titles)
            .map(|(s, title_translations)| model::RecSection {
                id: s.id.into(),
                title: s.title.into(),
                title_translations,
            })
            .collect(),
        paragraphs: rows
            .into_iter()
            .map(|p| model::Paragraph {
                para: p.para as u32,
                section: p.section.into(),
                status: p.status.into_iter().map(Into::into).collect(),
                addressed: if p.not_addressed {
                    Addressed::NotToSecretariat
                } else {
                    Addressed::ToSecretariat
                },
                cites: p.cites.into_iter().map(Into::into).collect(),
                missions: p.missions.into_iter().map(Into::into).collect(),
                figures: p.figures.into_iter().map(Into::into).collect(),
                source: source_ref(p.reference),
            })
            .collect(),
    })
}
