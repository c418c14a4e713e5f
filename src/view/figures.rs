//! Every figure stated in the source documents, as a table view model filterable by topic.

use super::table::{CellKind, CellMaker, CellVm, ColumnVm, RowVm, SortKey, TableVm};
use crate::i18n::{format_number, format_percent, t, Locale, Msg};
use crate::model::{Dataset, Figure, Unit};
use std::rc::Rc;

/// The topics in first-appearance order (for the topic filter).
pub fn topics(figures: &[Figure]) -> Vec<String> {
    super::distinct(figures.iter().map(|f| f.topic.clone()))
}

/// A topic id as words: `explosive-ordnance` → `Explosive ordnance`. Topic ids are codes, so
/// only an ASCII first letter is capitalised (Unicode case tables would cost the wasm 3 KB).
pub fn topic_label(topic: &str) -> String {
    let mut words = topic.replace(['-', '_'], " ");
    if let Some(first) = words.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    words
}

/// `more than 90,000 people`, `42.5%`: the value as the source words it.
pub fn value_text(f: &Figure, loc: Locale) -> String {
    let number = format_number(f.value, loc);
    let value = match (&f.unit, &f.unit_one) {
        (Unit::Percent, _) => format_percent(f.value, loc),
        (Unit::Other(_), Some(one)) if f.value == 1.0 => format!("{number} {one}"),
        (Unit::Other(unit), _) => format!("{number} {unit}"),
    };
    match &f.qualifier {
        Some(q) => format!("{q} {value}"),
        None => value,
    }
}

/// The figures of `topic` (all when `None`). Rows carry their sort keys; their cells (the
/// formatted value, the source's place) are made when a row is shown.
pub fn table(
    data: &Rc<Dataset>,
    figures: &[Figure],
    (topic, query): (Option<&str>, Option<&str>),
    loc: Locale,
) -> TableVm {
    let column = |label: Msg, numeric: bool| ColumnVm::new(t(loc, label), true, numeric);
    let words = query.map(search_words).unwrap_or_default();
    let shown: Vec<usize> = (0..figures.len())
        .filter(|&i| topic.is_none_or(|k| figures[i].topic == k))
        .filter(|&i| words.is_empty() || matches(data, &figures[i], &words))
        .collect();
    let rows = shown
        .iter()
        .map(|&i| {
            let f = &figures[i];
            RowVm {
                key: f.id.clone(),
                cells: Vec::new(),
                sort_keys: vec![
                    SortKey::Text(f.label.clone()),
                    SortKey::InUnit(f.unit.code().to_string(), f.value),
                    SortKey::Text(f.period.clone()),
                    f.mission.clone().map_or(SortKey::Missing, SortKey::Text),
                    SortKey::Text(place(data, f)),
                ],
            }
        })
        .collect();
    let cells_of = {
        let data = data.clone();
        CellMaker(Rc::new(move |row: usize| {
            let figure = data.figures.as_ref().ok().zip(shown.get(row));
            figure.map_or_else(Vec::new, |(figures, &i)| cells(&data, &figures[i], loc))
        }))
    };
    TableVm {
        caption: super::label_value(
            loc,
            t(loc, Msg::NavFigures),
            &topic.map_or_else(|| t(loc, Msg::FilterAllTopics).to_string(), topic_label),
        ),
        hint: t(loc, Msg::SortHint).to_string(),
        caption_notes: Vec::new(),
        columns: vec![
            column(Msg::ColFigure, false),
            column(Msg::ColValue, true),
            column(Msg::ColPeriod, false),
            column(Msg::ColMission, false),
            column(Msg::ColSource, false),
        ],
        rows,
        notes: Vec::new(),
        legend: Vec::new(),
        source_line: String::new(),
        citation: String::new(),
        cells_of: Some(cells_of),
    }
}

/// Where in its source a figure is: `A/79/123, para 4`.
/// The words of a search, lower-cased: a figure matches when it has every one.
pub fn search_words(query: &str) -> Vec<String> {
    query.split_whitespace().map(str::to_lowercase).collect()
}

/// Whether every word is in the figure's label, unit, period, mission, qualifier, note or
/// source (lower-cased, anywhere in a word).
pub fn matches(data: &Dataset, f: &Figure, words: &[String]) -> bool {
    let text = [
        f.label.as_str(),
        f.unit.code(),
        f.unit_one.as_deref().unwrap_or_default(),
        &f.period,
        f.mission.as_deref().unwrap_or_default(),
        f.qualifier.as_deref().unwrap_or_default(),
        f.note.as_deref().unwrap_or_default(),
        &place(data, f),
    ]
    .join(" ")
    .to_lowercase();
    words.iter().all(|w| text.contains(w.as_str()))
}

fn place(data: &Dataset, f: &Figure) -> String {
    let doc = data
        .source(&f.source.source)
        .map_or(f.source.source.as_str(), |s| s.short.as_str());
    format!("{doc}, {}", f.source.locator)
}

/// A figure's row as shown.
fn cells(data: &Dataset, f: &Figure, loc: Locale) -> Vec<CellVm> {
    vec![
        CellVm::new(&f.label, CellKind::Text).with_detail(f.note.clone()),
        CellVm::new(value_text(f, loc), CellKind::Number),
        CellVm::new(&f.period, CellKind::Text),
        CellVm::new(f.mission.as_deref().unwrap_or(""), CellKind::Text),
        CellVm::new(super::short_citation(data, &f.source, loc), CellKind::Text),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use crate::i18n::{Lang, Locale};

    #[test]
    fn values_sort_within_their_unit() {
        use crate::view::table::{order, Direction, Sort};
        let row = |key: &str, unit: &str, v: f64| RowVm {
            key: key.into(),
            cells: vec![],
            sort_keys: vec![SortKey::InUnit(unit.into(), v)],
        };
        let rows = [
            row("a", "people", 5.0),
            row("b", "percent", 90.0),
            row("c", "people", 2000.0),
            row("d", "percent", 3.0),
        ];
        let up = Some(Sort {
            column: 0,
            direction: Direction::Ascending,
        });
        let keys: Vec<&str> = order(&rows, up, Locale::ENGLISH)
            .into_iter()
            .map(|i| rows[i].key.as_str())
            .collect();
        assert_eq!(keys, ["a", "c", "d", "b"]);
    }

    #[test]
    fn one_of_a_unit_reads_in_the_singular() {
        let mut f = Figure {
            id: "f".into(),
            topic: "t".into(),
            label: "l".into(),
            value: 1.0,
            unit: Unit::Other("people".into()),
            unit_one: Some("person".into()),
            period: "2030".into(),
            mission: None,
            qualifier: None,
            note: None,
            source: crate::model::SourceRef {
                source: "s".into(),
                locator: "p".into(),
            },
        };
        assert_eq!(value_text(&f, Locale::ENGLISH), "1 person");
        f.value = 2.0;
        assert_eq!(value_text(&f, Locale::ENGLISH), "2 people");
    }

    #[test]
    fn topic_labels_read_as_words() {
        assert_eq!(topic_label("explosive-ordnance"), "Explosive ordnance");
        assert_eq!(topic_label("fatalities"), "Fatalities");
        assert_eq!(topic_label(""), "");
    }
}
