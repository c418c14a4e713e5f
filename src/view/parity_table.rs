//! The parity chart's numbers as a table: one row per reported share and per target, in the
//! chart's panel order, each value titled with where it comes from.

use super::parity::ParityVm;
use super::table::{CellKind, CellVm, ColumnVm, RowVm, SortKey, TableVm};
use super::with_note;
use crate::i18n::{t, Locale, Msg};

/// The same numbers as the chart, as a table: one row per reported share and per target.
pub fn table(vm: &ParityVm, loc: Locale) -> TableVm {
    let column = |label: Msg, numeric: bool| ColumnVm::new(t(loc, label), true, numeric);
    let mut rows = Vec::new();
    for panel in &vm.panels {
        for (i, pt) in panel.points.iter().enumerate() {
            let kind = if pt.uncertain {
                with_note(loc, t(loc, Msg::Actual), t(loc, Msg::Uncertain))
            } else {
                t(loc, Msg::Actual).to_string()
            };
            rows.push(row(
                &panel.label,
                &kind,
                &pt.date,
                pt.value,
                &pt.value_text,
                &pt.details,
                i,
            ));
        }
        for (i, tg) in panel.targets.iter().enumerate() {
            let year = crate::i18n::format_year(f64::from(tg.year), loc);
            let kind = if tg.uncertain {
                with_note(loc, t(loc, Msg::Target), t(loc, Msg::Uncertain))
            } else {
                t(loc, Msg::Target).to_string()
            };
            rows.push(row(
                &panel.label,
                &kind,
                &year,
                tg.value,
                &tg.value_text,
                &tg.details,
                1000 + i,
            ));
        }
    }
    TableVm {
        caption: vm.title.clone(),
        hint: t(loc, Msg::SortHint).to_string(),
        caption_notes: Vec::new(),
        columns: vec![
            column(Msg::ColCategory, false),
            column(Msg::ColKind, false),
            column(Msg::ColDate, false),
            column(Msg::ColValue, true),
        ],
        rows,
        notes: Vec::new(),
        legend: vm.notes.clone(),
        source_line: String::new(),
        citation: vm.sources.clone(),
        cells_of: None,
    }
}

fn row(
    label: &str,
    kind: &str,
    date: &str,
    value: f64,
    text: &str,
    details: &str,
    i: usize,
) -> RowVm {
    RowVm {
        key: format!("{label}-{kind}-{date}-{i}"),
        cells: vec![
            CellVm::new(label, CellKind::Text),
            CellVm::new(kind, CellKind::Text),
            CellVm::new(date, CellKind::Text),
            CellVm::new(text, CellKind::Number).titled(details),
        ],
        sort_keys: vec![
            SortKey::Text(label.to_string()),
            SortKey::Text(kind.to_string()),
            SortKey::Text(date.to_string()),
            SortKey::Number(value),
        ],
    }
}
