//! View models: what each view shows, already ordered, formatted and translated.
//!
//! Built from the validated model plus UI state and language; no DOM, no Yew.

pub mod sofa;
pub mod table;

use crate::i18n::{fill, t, Lang, Msg};
use crate::model::{Dataset, SourceRef};

/// "A4P+ 5th Progress Report (September 2024), Priority 7, table …": the citation of a reference.
pub fn citation(data: &Dataset, r: &SourceRef, lang: Lang) -> String {
    let title = data
        .source(&r.source)
        .map(|s| format!("{} ({})", s.title, s.date))
        .unwrap_or_else(|| r.source.clone());
    fill(t(lang, Msg::CitedFrom), &[&title, &r.locator])
}
