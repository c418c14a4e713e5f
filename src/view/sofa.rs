//! The SOFA/SOMA impact table (seed 002, Priority 7) as a table view model.

use super::published_in;
use super::table::{CellKind, CellVm, ColumnVm, NoteVm, RowVm, SortKey, TableVm};
use crate::i18n::{format_count, t, Locale, Msg};
use crate::model::{Agreement, Count, Dataset, Impact, SofaTable};
use std::collections::HashMap;

const IMPACT_COLUMNS: u32 = 3;

/// Builds the table view of `table`; mission names come from the data's mission list when valid.
pub fn table(data: &Dataset, table: &SofaTable, loc: Locale) -> TableVm {
    let names: HashMap<&str, &str> = data
        .missions
        .as_ref()
        .map(|ms| {
            ms.iter()
                .filter_map(|m| Some((m.code.as_str(), m.name.as_deref()?)))
                .collect()
        })
        .unwrap_or_default();
    let numeric = |label: Msg, detail: Msg| ColumnVm {
        label: t(loc, label).to_string(),
        detail: Some(t(loc, detail).to_string()),
        group: None,
        sortable: true,
        numeric: true,
    };
    let impact = |label: Msg| ColumnVm {
        label: t(loc, label).to_string(),
        detail: None,
        group: Some(t(loc, Msg::ColGroupImpact).to_string()),
        sortable: false,
        numeric: false,
    };
    let columns = vec![
        ColumnVm {
            label: t(loc, Msg::ColMission).to_string(),
            detail: None,
            group: None,
            sortable: true,
            numeric: false,
        },
        numeric(Msg::ColNewIncidents, Msg::ColNewIncidentsDetail),
        numeric(Msg::ColTotalIncidents, Msg::ColTotalIncidentsDetail),
        impact(Msg::ColCivilianMovement),
        impact(Msg::ColUniformedMovement),
        impact(Msg::ColMandatedTasks),
    ];
    let mut used = (false, false);
    let rows = table
        .rows
        .iter()
        .map(|row| {
            let mut header = CellVm::new(&row.mission, CellKind::Text).with_notes(&row.notes);
            header.title = names.get(row.mission.as_str()).map(|n| n.to_string());
            let mut cells = vec![header];
            let mut sort_keys = vec![SortKey::Text(row.mission.clone())];
            match (&row.incidents, row.agreement) {
                (Some(inc), Agreement::Sofa | Agreement::Soma) => {
                    for c in [inc.new_last_6_months, inc.total] {
                        let (cell, key) = count(c, loc);
                        cells.push(cell);
                        sort_keys.push(key);
                    }
                    let imp = &inc.impacts;
                    for i in [
                        imp.civilian_movement,
                        imp.uniformed_movement,
                        imp.mandated_tasks,
                    ] {
                        cells.push(match i {
                            Impact::LevelNotReported => {
                                used.0 = true;
                                CellVm::new(t(loc, Msg::NotReported), CellKind::NotReported)
                                    .titled(t(loc, Msg::NotReportedWhy))
                            }
                            Impact::Dash => {
                                used.1 = true;
                                CellVm::new(t(loc, Msg::Dash), CellKind::State)
                                    .titled(t(loc, Msg::DashWhy))
                            }
                        });
                        sort_keys.push(SortKey::State);
                    }
                }
                _ => {
                    cells.push(
                        CellVm::new(t(loc, Msg::StateNoAgreement), CellKind::State)
                            .spanning(2 + IMPACT_COLUMNS),
                    );
                    sort_keys.extend(std::iter::repeat_n(SortKey::Missing, 5));
                }
            }
            RowVm {
                key: row.mission.clone(),
                cells,
                sort_keys,
            }
        })
        .collect();
    let mut legend = Vec::new();
    if used.0 {
        legend.push(super::label_value(
            loc,
            t(loc, Msg::NotReported),
            t(loc, Msg::NotReportedWhy),
        ));
    }
    if used.1 {
        legend.push(format!("{} {}", t(loc, Msg::Dash), t(loc, Msg::DashWhy)));
    }
    TableVm {
        caption: super::shown_label(data, &table.title, &table.title_translations, loc),
        hint: t(loc, Msg::SortHintStates).to_string(),
        caption_notes: table.title_notes.clone(),
        columns,
        rows,
        notes: table
            .notes
            .iter()
            .map(|n| NoteVm {
                mark: n.mark.clone(),
                text: n.text.clone(),
            })
            .collect(),
        legend,
        source_line: table.source_line.clone(),
        citation: published_in(data, &table.source, loc),
        cells_of: None,
    }
}

fn count(c: Count, loc: Locale) -> (CellVm, SortKey) {
    match c {
        Count::Number(n) => (
            CellVm::new(format_count(n, loc), CellKind::Number),
            SortKey::Number(n as f64),
        ),
        Count::None => (
            CellVm::new(t(loc, Msg::StateNone), CellKind::State),
            SortKey::State,
        ),
        Count::UnderValidation => (
            CellVm::new(t(loc, Msg::StateUnderValidation), CellKind::State),
            SortKey::State,
        ),
    }
}
