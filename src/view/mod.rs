//! View models: what each view shows, already ordered, formatted and translated.
//!
//! Built from the validated model plus UI state and language; no DOM, no Yew.

pub mod chart;
pub mod export;
pub mod figures;
pub mod funnel;
pub mod map;
pub mod mechanisms;
pub mod parity;
pub mod sofa;
pub mod table;

use crate::i18n::{fill, t, Lang, Msg};
use crate::model::{Dataset, SourceRef};

/// "A4P+ 5th Progress Report (September 2024), Priority 7, table …": the citation of a reference.
pub fn citation(data: &Dataset, r: &SourceRef, lang: Lang) -> String {
    let title = data
        .source(&r.source)
        .map(|s| match &s.date {
            Some(date) => format!("{} ({date})", s.title),
            None => s.title.clone(),
        })
        .unwrap_or_else(|| r.source.clone());
    fill(t(lang, Msg::CitedFrom), &[&title, &r.locator])
}

/// "A4P+ 5th progress report, Priority 7 …": a compact citation for inline use.
pub fn short_citation(data: &Dataset, r: &SourceRef, lang: Lang) -> String {
    let doc = data
        .source(&r.source)
        .map_or(r.source.as_str(), |s| s.short.as_str());
    fill(t(lang, Msg::CitedFrom), &[doc, &r.locator])
}
