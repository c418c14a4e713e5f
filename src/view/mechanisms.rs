//! The host-country coordination mechanisms table (seed 002, Priority 7) as a table view model.

use super::citation;
use super::table::{CellKind, CellVm, ColumnVm, RowVm, SortKey, TableVm};
use crate::i18n::{t, Lang, Msg};
use crate::model::{Dataset, MechanismCell, Mechanisms};

/// The missions of the table, in their first-appearance order (for the mission filter).
pub fn missions(m: &Mechanisms) -> Vec<String> {
    super::distinct(m.rows.iter().map(|r| r.mission.clone()))
}

/// The table, limited to `mission` when given.
pub fn table(data: &Dataset, m: &Mechanisms, mission: Option<&str>, lang: Lang) -> TableVm {
    let column = |label: Msg, sortable: bool| ColumnVm::new(t(lang, label), sortable, false);
    let symbol = |cell: &Option<MechanismCell>| -> CellVm {
        match cell {
            None => CellVm::new("", CellKind::Text),
            Some(MechanismCell::Symbol {
                symbol,
                meaning: Some(meaning),
            }) => CellVm::new(format!("{symbol} {meaning}"), CellKind::Text),
            // Words such as "N/A" are the report's own text, not a symbol.
            Some(MechanismCell::Word(word)) => CellVm::new(word, CellKind::State),
            Some(MechanismCell::Symbol {
                symbol,
                meaning: None,
            }) => CellVm::new(symbol, CellKind::NotReported)
                .with_detail(Some(t(lang, Msg::SymbolMeaningLost).to_string()))
                .titled(t(lang, Msg::SymbolMeaningLostWhy)),
        }
    };
    let rows = m
        .rows
        .iter()
        .enumerate()
        .filter(|(_, r)| mission.is_none_or(|code| r.mission == code))
        .map(|(i, r)| RowVm {
            key: i.to_string(),
            cells: vec![
                CellVm::new(&r.mission, CellKind::Text),
                CellVm::new(&r.mechanism, CellKind::Text),
                symbol(&r.status),
                symbol(&r.contribution),
            ],
            sort_keys: vec![
                SortKey::Text(r.mission.clone()),
                SortKey::Text(r.mechanism.clone()),
            ],
        })
        .collect();
    let lost = m
        .rows
        .iter()
        .flat_map(|r| [&r.status, &r.contribution])
        .flatten()
        .any(|c| matches!(c, MechanismCell::Symbol { meaning: None, .. }));
    TableVm {
        caption: m.title.clone(),
        hint: t(lang, Msg::SortHint).to_string(),
        caption_notes: Vec::new(),
        columns: vec![
            column(Msg::ColMission, true),
            column(Msg::ColMechanism, false),
            column(Msg::ColStatus, false),
            column(Msg::ColContribution, false),
        ],
        rows,
        notes: Vec::new(),
        legend: if lost {
            vec![t(lang, Msg::SymbolMeaningLostWhy).to_string()]
        } else {
            Vec::new()
        },
        source_line: String::new(),
        citation: citation(data, &m.source, lang),
        cells_of: None,
    }
}
