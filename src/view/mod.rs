//! View models: what each view shows, already ordered, formatted and translated.
//!
//! Built from the validated model plus UI state and language; no DOM, no Yew.

pub mod chart;
pub mod csv;
pub mod export;
pub mod figures;
pub mod funnel;
pub mod map;
pub mod map_layout;
pub mod mechanisms;
pub mod parity;
pub mod parity_layout;
pub mod recommendations;
pub mod snapshots;
pub mod sofa;
pub mod table;

use crate::i18n::{t, tf, Lang, Msg};
use crate::model::{Dataset, Headquarters, MissionStatus, Season, SourceRef};

/// "A4P+ 5th Progress Report (September 2024), Priority 7, table …": the citation of a reference.
pub fn citation(data: &Dataset, r: &SourceRef, lang: Lang) -> String {
    let title = data
        .source(&r.source)
        .map(|s| match &s.date {
            Some(date) => format!("{} ({date})", s.title),
            None => s.title.clone(),
        })
        .unwrap_or_else(|| r.source.clone());
    tf(
        lang,
        Msg::CitedFrom,
        &[("document", &title), ("place", &r.locator)],
    )
}

/// "Published in: <citation>": the line under a table taken from one document.
pub fn published_in(data: &Dataset, r: &SourceRef, lang: Lang) -> String {
    format!("{} {}", t(lang, Msg::SourceLabel), citation(data, r, lang))
}

/// "A4P+ 5th progress report, Priority 7 …": a compact citation for inline use.
pub fn short_citation(data: &Dataset, r: &SourceRef, lang: Lang) -> String {
    let doc = data
        .source(&r.source)
        .map_or(r.source.as_str(), |s| s.short.as_str());
    tf(
        lang,
        Msg::CitedFrom,
        &[("document", doc), ("place", &r.locator)],
    )
}

/// "active", "closed in 2017" or "closed": a mission's status in words.
pub fn status_text(status: &MissionStatus, lang: Lang) -> String {
    match status {
        MissionStatus::Active => t(lang, Msg::Active).to_string(),
        MissionStatus::Closed { year: Some(y) } => {
            tf(lang, Msg::ClosedIn, &[("year", &y.to_string())])
        }
        MissionStatus::Closed { year: None } => t(lang, Msg::Closed).to_string(),
    }
}

/// "Srinagar (summer)": a headquarters' name, with its season where it has one.
pub fn hq_text(hq: &Headquarters, lang: Lang) -> String {
    match hq.season {
        Some(season) => {
            let season = match season {
                Season::Summer => Msg::Summer,
                Season::Winter => Msg::Winter,
            };
            tf(
                lang,
                Msg::HeadquartersSeason,
                &[("place", &hq.name), ("season", t(lang, season))],
            )
        }
        None => hq.name.clone(),
    }
}

/// The items without repeats, in the order they first appear.
pub fn distinct<T: PartialEq>(items: impl IntoIterator<Item = T>) -> Vec<T> {
    let mut out = Vec::new();
    for item in items {
        if !out.contains(&item) {
            out.push(item);
        }
    }
    out
}

/// "Sources: A; B; C": each citation once, in order.
pub fn sources_line(lang: Lang, citations: impl IntoIterator<Item = String>) -> String {
    format!(
        "{} {}",
        t(lang, Msg::SourcesLabel),
        distinct(citations).join("; ")
    )
}

/// A source's short name, for lists of sources.
pub fn short_name(data: &Dataset, r: &SourceRef) -> String {
    data.source(&r.source)
        .map_or_else(|| r.source.clone(), |s| s.short.clone())
}

/// A character no export keeps: a control character other than tab and line breaks (a NUL
/// ends a CSV cell in some readers; XML forbids most of them), or a noncharacter (U+FFFE, U+FFFF).
pub fn is_unprintable(c: char) -> bool {
    (c.is_control() && !matches!(c, '\t' | '\n' | '\r')) || matches!(c, '\u{fffe}' | '\u{ffff}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distinct_keeps_first_appearance_order() {
        assert_eq!(distinct([3, 1, 3, 2, 1]), [3, 1, 2]);
        assert!(distinct(Vec::<u8>::new()).is_empty());
    }

    #[test]
    fn status_and_headquarters_read_as_words() {
        let lang = Lang::En;
        assert_eq!(
            status_text(&MissionStatus::Active, lang),
            t(lang, Msg::Active)
        );
        let year = 2017;
        assert_eq!(
            status_text(&MissionStatus::Closed { year: Some(year) }, lang),
            tf(lang, Msg::ClosedIn, &[("year", &year.to_string())])
        );
        let hq = |season| Headquarters {
            name: "Here".into(),
            lat: 0.0,
            lon: 0.0,
            season,
        };
        assert_eq!(hq_text(&hq(None), lang), "Here");
        let winter = hq_text(&hq(Some(Season::Winter)), lang);
        assert!(
            winter.starts_with("Here") && winter.contains(t(lang, Msg::Winter)),
            "{winter}"
        );
    }
}
