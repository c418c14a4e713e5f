//! Tables with a row per mission (the A4P+ progress report's SRSB mission plans, CPAS cycles,
//! mental-health mechanisms and strategic communications) as table view models, and a
//! mission's cells of them for its profile.

use super::table::{CellKind, CellVm, ColumnVm, RowVm, SortKey, TableVm};
use super::{published_in, short_citation};
use crate::i18n::{t, tf, Locale, Msg};
use crate::model::{Dataset, MissionTable, TableCell};

/// A cell in words: a mark is "Yes" (the report prints Y), a blank cell "not marked", a text
/// cell as printed.
fn cell_text(cell: &TableCell, loc: Locale) -> (String, CellKind) {
    match cell {
        TableCell::Marked => (t(loc, Msg::TableMarked).to_string(), CellKind::State),
        TableCell::Blank => (t(loc, Msg::TableBlank).to_string(), CellKind::NotReported),
        TableCell::Text(text) => (text.clone(), CellKind::Text),
        TableCell::Empty => (String::new(), CellKind::Text),
    }
}

/// The mission as the table prints it: its code, and the printed name where it differs.
fn mission_cell(code: &str, printed: Option<&String>, loc: Locale) -> CellVm {
    let cell = CellVm::new(code, CellKind::Text);
    match printed {
        Some(name) => cell.titled(tf(loc, Msg::TablePrintedAs, &[("name", name)])),
        None => cell,
    }
}

/// The source's sentences about the table (quoted, with their place) and its footnotes.
fn legend(data: &Dataset, table: &MissionTable, loc: Locale) -> Vec<String> {
    let statements = table.statements.iter().map(|s| {
        tf(
            loc,
            Msg::QuotedFrom,
            &[
                ("text", &s.text),
                ("place", &short_citation(data, &s.source, loc)),
            ],
        )
    });
    statements
        .chain(table.notes.iter().map(|n| n.text.clone()))
        .collect()
}

/// One table, every row, in the printed order (a dozen rows: nothing to sort).
pub fn table(data: &Dataset, table: &MissionTable, loc: Locale) -> TableVm {
    let mut columns = vec![ColumnVm::new(t(loc, Msg::ColMission), false, false)];
    columns.extend(table.columns.iter().map(|c| ColumnVm::new(c, false, false)));
    let rows = table
        .rows
        .iter()
        .map(|r| {
            let mut cells = vec![mission_cell(&r.mission, r.printed.as_ref(), loc)];
            let mut sort_keys = vec![SortKey::Text(r.mission.clone())];
            for cell in &r.cells {
                let (text, kind) = cell_text(cell, loc);
                sort_keys.push(match cell {
                    TableCell::Blank | TableCell::Empty => SortKey::Missing,
                    _ => SortKey::Text(text.clone()),
                });
                let shown = CellVm::new(text, kind);
                cells.push(match cell {
                    TableCell::Text(_) => {
                        shown.in_lang((data.meta.lang != loc.lang).then_some(data.meta.lang))
                    }
                    _ => shown,
                });
            }
            RowVm {
                key: r.mission.clone(),
                cells,
                sort_keys,
            }
        })
        .collect();
    TableVm {
        caption: super::shown_label(data, &table.title, &table.title_translations, loc),
        hint: String::new(),
        caption_notes: Vec::new(),
        columns,
        rows,
        notes: Vec::new(),
        legend: legend(data, table, loc),
        source_line: table.source_line.clone().unwrap_or_default(),
        citation: published_in(data, &table.source, loc),
        cells_of: None,
    }
}

/// A mission's row of one table, for its profile: the table's title, each column with the
/// mission's cell (and whether the cell is the source's words, in the data file's language),
/// the footnotes about the mission, and where the table is.
#[derive(Clone, Debug, PartialEq)]
pub struct MissionCells {
    pub table: String,
    pub cells: Vec<(String, String, bool)>,
    pub notes: Vec<String>,
    pub citation: String,
}

/// Every table's row for mission `code`, in table order.
pub fn of_mission(data: &Dataset, code: &str, loc: Locale) -> Vec<MissionCells> {
    let Ok(tables) = &data.mission_tables else {
        return Vec::new();
    };
    tables
        .iter()
        .filter_map(|table| {
            let row = table.rows.iter().find(|r| r.mission == code)?;
            Some(MissionCells {
                table: super::shown_label(data, &table.title, &table.title_translations, loc),
                cells: table
                    .columns
                    .iter()
                    .zip(&row.cells)
                    .filter(|(_, cell)| **cell != TableCell::Empty)
                    .map(|(column, cell)| {
                        let (text, kind) = cell_text(cell, loc);
                        (column.clone(), text, kind == CellKind::Text)
                    })
                    .collect(),
                notes: table
                    .notes
                    .iter()
                    .filter(|n| n.mission.as_deref() == Some(code))
                    .map(|n| n.text.clone())
                    .collect(),
                citation: short_citation(data, &table.source, loc),
            })
        })
        .collect()
}
