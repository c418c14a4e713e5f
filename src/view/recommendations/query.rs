//! The tracker's query: which rows of the matrix a filter keeps (section, addressed or not,
//! mission named, document cited, words searched), the one rule the list, its count, its chart
//! and its CSV all go through; and a row's text cut where the search matches.

use super::super::distinct;
use crate::model::{Addressed, Paragraph, Recommendations};

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
    pub(super) missions: Vec<String>,
    pub(super) documents: Vec<String>,
    pub(super) totals: Vec<usize>,
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

/// Which rows pass `f` (by index and row), as the list, the chart and the CSV ask.
pub fn passes<'a>(idx: &'a RecIndex, f: &'a RecFilter) -> impl Fn(usize, &Paragraph) -> bool + 'a {
    let words = words(f.query.as_deref());
    move |i, p| matches(p, idx.lower.get(i).map_or("", String::as_str), f, &words)
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
