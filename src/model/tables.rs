//! Tables of a source with a row per mission (the A4P+ progress report's SRSB mission plans,
//! CPAS cycles, mental-health mechanisms and strategic communications), cells as printed.

use super::{SourceRef, Statement};

#[derive(Clone, Debug, PartialEq)]
pub struct MissionTable {
    pub id: String,
    pub title: String,
    /// The title in other languages (`Translations::pick` chooses).
    pub title_translations: super::Translations,
    pub source: SourceRef,
    pub columns: Vec<String>,
    pub rows: Vec<MissionTableRow>,
    /// The source line printed under the table, verbatim.
    pub source_line: Option<String>,
    pub notes: Vec<TableNote>,
    pub statements: Vec<Statement>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct MissionTableRow {
    /// The mission's code.
    pub mission: String,
    /// The name the table prints, where it differs from the code.
    pub printed: Option<String>,
    /// One per column.
    pub cells: Vec<TableCell>,
}

/// A cell as the source prints it.
#[derive(Clone, Debug, PartialEq)]
pub enum TableCell {
    /// The source marks the mission ("Y").
    Marked,
    /// The source leaves a mark cell empty (it does not mark the mission).
    Blank,
    /// The source leaves a text cell empty.
    Empty,
    /// The source's words.
    Text(String),
}

#[derive(Clone, Debug, PartialEq)]
pub struct TableNote {
    pub text: String,
    pub mission: Option<String>,
}
