//! View models: what each view shows, already ordered, formatted and translated.
//!
//! Built from the validated model plus UI state and language; no DOM, no Yew.

pub mod chart;
pub mod csv;
pub mod export;
pub mod figures;
pub mod funnel;
pub mod map;
pub mod map_key;
pub mod map_layout;
pub mod mechanisms;
pub mod mission_tables;
pub mod parity;
pub mod parity_layout;
pub mod parity_table;
pub mod parity_verdict;
pub mod profile;
pub mod recommendations;
pub mod snapshots;
pub mod sofa;
pub mod table;

use crate::i18n::{fill, format_year, t, tf, Locale, Msg};
use crate::model::{Dataset, Headquarters, MissionStatus, Season, SourceRef};

/// "A4P+ 5th Progress Report (September 2024), Priority 7, table …": the citation of a reference.
pub fn citation(data: &Dataset, r: &SourceRef, loc: Locale) -> String {
    let title = data
        .source(&r.source)
        .map(|s| match &s.date {
            Some(date) => with_note(loc, &s.title, date),
            None => s.title.clone(),
        })
        .unwrap_or_else(|| r.source.clone());
    tf(
        loc,
        Msg::CitedFrom,
        &[("document", &title), ("place", &r.locator)],
    )
}

/// "Published in: <citation>": the line under a table taken from one document.
pub fn published_in(data: &Dataset, r: &SourceRef, loc: Locale) -> String {
    labelled(loc, t(loc, Msg::SourceLabel), &citation(data, r, loc))
}

/// "A4P+ 5th progress report, Priority 7 …": a compact citation for inline use.
pub fn short_citation(data: &Dataset, r: &SourceRef, loc: Locale) -> String {
    let doc = data
        .source(&r.source)
        .map_or(r.source.as_str(), |s| s.short.as_str());
    tf(
        loc,
        Msg::CitedFrom,
        &[("document", doc), ("place", &r.locator)],
    )
}

/// "active", "closed in 2017" or "closed": a mission's status in words.
pub fn status_text(status: &MissionStatus, loc: Locale) -> String {
    match status {
        MissionStatus::Active => t(loc, Msg::Active).to_string(),
        MissionStatus::Closed { year: Some(y) } => tf(
            loc,
            Msg::ClosedIn,
            &[("year", &format_year(f64::from(*y), loc))],
        ),
        MissionStatus::Closed { year: None } => t(loc, Msg::Closed).to_string(),
    }
}

/// "Srinagar (summer)": a headquarters' name, with its season where it has one.
pub fn hq_text(hq: &Headquarters, loc: Locale) -> String {
    match hq.season {
        Some(season) => {
            let season = match season {
                Season::Summer => Msg::Summer,
                Season::Winter => Msg::Winter,
            };
            tf(
                loc,
                Msg::HeadquartersSeason,
                &[("place", &hq.name), ("season", t(loc, season))],
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
pub fn sources_line(loc: Locale, citations: impl IntoIterator<Item = String>) -> String {
    labelled(
        loc,
        t(loc, Msg::SourcesLabel),
        &list(loc, distinct(citations)),
    )
}

/// `parts` with `sep` between them.
fn joined<S: AsRef<str>>(sep: &str, parts: impl IntoIterator<Item = S>) -> String {
    let mut out = String::new();
    for (i, part) in parts.into_iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(part.as_ref());
    }
    out
}

/// Words or names in a row, as the language separates them ("a, b", "a، b", "a，b").
pub fn items<S: AsRef<str>>(loc: Locale, parts: impl IntoIterator<Item = S>) -> String {
    joined(t(loc, Msg::ItemSep), parts)
}

/// Entries that may hold commas of their own, as the language separates them ("a; b", "a؛ b",
/// "a；b", "a ; b" with a no-break space in French).
pub fn list<S: AsRef<str>>(loc: Locale, parts: impl IntoIterator<Item = S>) -> String {
    joined(t(loc, Msg::ListSep), parts)
}

/// Sentences one after another ("A. B", "A。B"); the last one's full stop is not added.
pub fn sentences<S: AsRef<str>>(loc: Locale, parts: impl IntoIterator<Item = S>) -> String {
    joined(t(loc, Msg::SentenceSep), parts)
}

/// "text (note)", as the language writes a parenthesis ("text（note）" in Chinese).
pub fn with_note(loc: Locale, text: &str, note: &str) -> String {
    tf(loc, Msg::WithNote, &[("text", text), ("note", note)])
}

/// A label of the data file (`text`, with its `translations`) as a `loc` page shows it.
pub fn shown_label(
    data: &Dataset,
    text: &str,
    translations: &crate::model::Translations,
    loc: Locale,
) -> String {
    translations
        .pick(text, loc.lang, data.meta.lang)
        .text
        .to_string()
}

/// "label: value", as the language writes it ("label : value" in French, "label：value").
pub fn label_value(loc: Locale, label: &str, value: &str) -> String {
    tf(loc, Msg::LabelValue, &[("label", label), ("value", value)])
}

/// What stands between a label and its value ([`label_value`]'s), for a label and a value in
/// elements of their own.
pub fn label_sep(loc: Locale) -> String {
    fill(t(loc, Msg::LabelValue), &[("label", ""), ("value", "")])
}

/// The space after a label that ends with its own colon ("Sources:", "来源："): the space
/// [`label_sep`] ends with, so none after a full-width colon.
pub fn label_space(loc: Locale) -> String {
    let sep = label_sep(loc);
    sep[sep.trim_end().len()..].to_string()
}

/// A label that ends with its own colon, then its value: "Sources: A; B", "来源：A；B".
pub fn labelled(loc: Locale, label: &str, value: &str) -> String {
    format!("{label}{}{value}", label_space(loc))
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
    #[allow(unused_imports)]
    use crate::i18n::{Lang, Locale};

    #[test]
    fn distinct_keeps_first_appearance_order() {
        assert_eq!(distinct([3, 1, 3, 2, 1]), [3, 1, 2]);
        assert!(distinct(Vec::<u8>::new()).is_empty());
    }

    #[test]
    fn status_and_headquarters_read_as_words() {
        let loc = Locale::ENGLISH;
        assert_eq!(
            status_text(&MissionStatus::Active, loc),
            t(loc, Msg::Active)
        );
        let year = 2017;
        assert_eq!(
            status_text(&MissionStatus::Closed { year: Some(year) }, loc),
            tf(loc, Msg::ClosedIn, &[("year", &year.to_string())])
        );
        let hq = |season| Headquarters {
            name: "Here".into(),
            lat: 0.0,
            lon: 0.0,
            season,
        };
        assert_eq!(hq_text(&hq(None), loc), "Here");
        let winter = hq_text(&hq(Some(Season::Winter)), loc);
        assert!(
            winter.starts_with("Here") && winter.contains(t(loc, Msg::Winter)),
            "{winter}"
        );
    }
}
