//! The host-country coordination mechanisms table (seed 002, Priority 7) as a table view model.

use super::published_in;
use super::table::{CellKind, CellVm, ColumnVm, RowVm, SortKey, TableVm};
use crate::i18n::{t, tf, Locale, Msg};
use crate::model::{Dataset, MechanismCell, Mechanisms};

/// The missions of the table, in their first-appearance order (for the mission filter).
pub fn missions(m: &Mechanisms) -> Vec<String> {
    super::distinct(m.rows.iter().map(|r| r.mission.clone()))
}

/// A symbol as shown: with its name where the data file gives one ("💡 (light bulb)"), so a
/// reader whose fonts lack the symbol (no emoji font is assumed) still reads which one it is.
fn named(symbol: &str, name: Option<&String>) -> String {
    match name {
        Some(name) => format!("{symbol} ({name})"),
        None => symbol.to_string(),
    }
}

/// The table, limited to `mission` when given.
pub fn table(data: &Dataset, m: &Mechanisms, mission: Option<&str>, loc: Locale) -> TableVm {
    let column = |label: Msg, sortable: bool| ColumnVm::new(t(loc, label), sortable, false);
    let symbol = |cell: &Option<MechanismCell>| -> CellVm {
        match cell {
            None => CellVm::new("", CellKind::Text),
            Some(MechanismCell::Symbol {
                symbol,
                name,
                meaning: Some(meaning),
            }) => CellVm::new(
                format!("{} {meaning}", named(symbol, name.as_ref())),
                CellKind::Text,
            ),
            // Words such as "N/A" are the report's own text, not a symbol.
            Some(MechanismCell::Word(word)) => CellVm::new(word, CellKind::State),
            // Said once, in the legend under the table, not in every cell.
            Some(MechanismCell::Symbol {
                symbol,
                name,
                meaning: None,
            }) => CellVm::new(named(symbol, name.as_ref()), CellKind::NotReported)
                .titled(t(loc, Msg::SymbolMeaningLost)),
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
    let lost = super::distinct(
        m.rows
            .iter()
            .flat_map(|r| [&r.status, &r.contribution])
            .flatten()
            .filter_map(|c| match c {
                MechanismCell::Symbol {
                    symbol,
                    name,
                    meaning: None,
                } => Some(named(symbol, name.as_ref())),
                _ => None,
            }),
    );
    TableVm {
        caption: super::shown_label(data, &m.title, &m.title_translations, loc),
        hint: t(loc, Msg::SortHint).to_string(),
        caption_notes: Vec::new(),
        columns: vec![
            column(Msg::ColMission, true),
            column(Msg::ColMechanism, false),
            column(Msg::ColStatus, false),
            column(Msg::ColContribution, false),
        ],
        rows,
        notes: Vec::new(),
        legend: if lost.is_empty() {
            Vec::new()
        } else {
            vec![tf(
                loc,
                Msg::SymbolMeaningLostWhy,
                &[("symbols", &super::items(loc, &lost))],
            )]
        },
        source_line: String::new(),
        citation: published_in(data, &m.source, loc),
        cells_of: None,
    }
}
