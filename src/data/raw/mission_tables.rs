//! The optional `mission_tables` section as the file writes it: tables of a report with a row
//! per mission (the A4P+ progress report's SRSB mission plans, CPAS cycles, mental-health
//! mechanisms, strategic communications), each cell as printed.

use super::{SourceRef, Statement, Text, Translations};
use serde::Deserialize;

/// A table of a source with a row per mission.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MissionTable {
    /// Unique among the tables (`srsb-mission-plans`).
    pub id: Text,
    /// The table's title as printed.
    pub title: Text,
    /// The title in other languages.
    #[serde(default)]
    pub translations: Translations,
    #[serde(rename = "ref")]
    pub reference: SourceRef,
    /// The columns after the mission's, in the printed order.
    pub columns: Vec<TableColumn>,
    /// A row per mission, in the printed order.
    pub rows: Vec<MissionTableRow>,
    /// The table's own source line, verbatim ("Source: Peacekeeping Missions | A4P+ reporting").
    #[serde(default)]
    pub source_line: Option<Text>,
    /// The footnotes printed under the table.
    #[serde(default)]
    pub notes: Vec<TableNote>,
    /// Sentences of the source that state what the table adds up to ("8 missions have
    /// SRSB-approved mission plans"), quoted with where they are.
    #[serde(default)]
    pub statements: Vec<Statement>,
}

/// A column: its heading as printed, and what its cells hold.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TableColumn {
    pub label: Text,
    pub kind: ColumnKind,
}

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Deserialize, PartialEq, Eq, Clone, Copy)]
#[serde(rename_all = "snake_case")]
pub enum ColumnKind {
    /// The report marks a mission with "Y" or leaves its cell blank: cells are `"Y"` or `null`.
    Mark,
    /// The cell's words as printed (markup removed, nothing rewritten); `null` when empty.
    Text,
}

/// A mission's row.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MissionTableRow {
    /// The mission's code in `missions`.
    pub mission: Text,
    /// The mission's name as the table prints it, where it differs from its code ("UNFIL").
    #[serde(default)]
    pub printed: Option<Text>,
    /// One per column; `null`: the cell is empty in the source.
    pub cells: Vec<Option<Text>>,
}

/// A footnote of a table, and the mission it is about, if one.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TableNote {
    pub text: Text,
    #[serde(default)]
    pub mission: Option<Text>,
}
