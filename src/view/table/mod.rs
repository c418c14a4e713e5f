//! A generic data table view model, shared by every tabular view; its sort rule is in
//! `sort.rs` (numbers first, then the source's own words, then empty cells).

use std::borrow::Cow;
use std::rc::Rc;

mod sort;

pub use sort::{order, Direction, Sort};

/// What a cell holds, which decides how it is styled and read out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CellKind {
    Number,
    /// One of the source's own words in place of a number.
    State,
    Text,
    /// A value the source does not give (or gave in a form that was lost).
    NotReported,
}

/// How a cell sorts within its column.
#[derive(Clone, Debug, PartialEq)]
pub enum SortKey {
    Number(f64),
    /// A number with its unit: numbers compare only within a unit (units in text order).
    InUnit(String, f64),
    Text(String),
    /// A word in place of a number: after all numbers, in original row order.
    State,
    /// Nothing in this column: last.
    Missing,
}

/// One cell of a row. The first cell of a row is its header (`<th scope="row">`).
#[derive(Clone, Debug, PartialEq)]
pub struct CellVm {
    pub text: String,
    pub kind: CellKind,
    /// An explanation shown on hover.
    pub title: Option<String>,
    /// A second line in smaller type (e.g. a note on the figure).
    pub detail: Option<String>,
    /// How many columns the cell spans.
    pub span: u32,
    /// Footnote marks attached to the cell.
    pub notes: Vec<String>,
    /// The language of the cell's text where it is not the page's (a data file's name shown
    /// as the file writes it).
    pub lang: Option<crate::i18n::Lang>,
}

impl CellVm {
    pub fn new(text: impl Into<String>, kind: CellKind) -> Self {
        CellVm {
            text: text.into(),
            kind,
            title: None,
            detail: None,
            span: 1,
            notes: Vec::new(),
            lang: None,
        }
    }

    /// The cell's text is in `lang`, not the page's.
    pub fn in_lang(mut self, lang: Option<crate::i18n::Lang>) -> Self {
        self.lang = lang;
        self
    }

    pub fn titled(mut self, title: impl Into<String>) -> Self {
        self.title = Some(title.into());
        self
    }

    pub fn with_detail(mut self, detail: Option<String>) -> Self {
        self.detail = detail;
        self
    }

    pub fn spanning(mut self, span: u32) -> Self {
        self.span = span;
        self
    }

    pub fn with_notes(mut self, notes: &[String]) -> Self {
        self.notes = notes.to_vec();
        self
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct ColumnVm {
    pub label: String,
    /// The rest of the heading, shown in smaller type (and on hover where space is short).
    pub detail: Option<String>,
    /// A heading that groups this column with its neighbours (`Impact on`), if any.
    pub group: Option<String>,
    pub sortable: bool,
    pub numeric: bool,
}

impl ColumnVm {
    /// A plain column: its label, whether it sorts, whether it holds numbers.
    pub fn new(label: impl Into<String>, sortable: bool, numeric: bool) -> Self {
        ColumnVm {
            label: label.into(),
            detail: None,
            group: None,
            sortable,
            numeric,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct RowVm {
    /// A stable key (e.g. the mission code).
    pub key: String,
    pub cells: Vec<CellVm>,
    /// One sort key per column.
    pub sort_keys: Vec<SortKey>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct NoteVm {
    pub mark: String,
    pub text: String,
}

/// Everything a table view shows.
#[derive(Clone, Debug, PartialEq)]
pub struct TableVm {
    pub caption: String,
    /// How sorting works here, shown above the table.
    pub hint: String,
    pub caption_notes: Vec<String>,
    pub columns: Vec<ColumnVm>,
    pub rows: Vec<RowVm>,
    pub notes: Vec<NoteVm>,
    /// Explanations of the cell states used (e.g. what "not reported" means here).
    pub legend: Vec<String>,
    /// The source's own source line, as printed under the table.
    pub source_line: String,
    /// Our citation of where the table's numbers are, with its label ("Published in: …" for
    /// one document, "Sources: …" for several), as shown.
    pub citation: String,
    /// Makes a row's cells when it is shown, for tables whose rows are built without them.
    pub cells_of: Option<CellMaker>,
}

/// Makes the cells of row `i` of a table when the row is shown: a table of 100k rows formats
/// only the page on screen. Equal by identity.
#[derive(Clone)]
pub struct CellMaker(pub Rc<dyn Fn(usize) -> Vec<CellVm>>);

impl PartialEq for CellMaker {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::fmt::Debug for CellMaker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("CellMaker")
    }
}

impl TableVm {
    /// A chart's table: its caption, columns, rows and citation; no hint, notes or legend.
    pub fn of_chart(
        caption: &str,
        columns: Vec<ColumnVm>,
        rows: Vec<RowVm>,
        citation: &str,
    ) -> Self {
        TableVm {
            caption: caption.to_string(),
            hint: String::new(),
            caption_notes: Vec::new(),
            columns,
            rows,
            notes: Vec::new(),
            legend: Vec::new(),
            source_line: String::new(),
            citation: citation.to_string(),
            cells_of: None,
        }
    }

    /// The cells of row `i`: as built, or made now.
    pub fn cells(&self, i: usize) -> Cow<'_, [CellVm]> {
        match (&self.cells_of, self.rows.get(i)) {
            (_, None) => Cow::Borrowed(&[]),
            (Some(make), Some(row)) if row.cells.is_empty() => Cow::Owned((make.0)(i)),
            (_, Some(row)) => Cow::Borrowed(&row.cells),
        }
    }

    /// This table with only the row whose key is `key` (a mission's row, for its profile),
    /// its caption naming the key so it stands apart from the full table.
    pub fn only(mut self, key: &str) -> TableVm {
        // Cells made on demand are made now: the maker counts rows of the whole table.
        if self.cells_of.is_some() {
            for i in 0..self.rows.len() {
                if self.rows[i].key == key {
                    self.rows[i].cells = self.cells(i).into_owned();
                }
            }
            self.cells_of = None;
        }
        self.rows.retain(|r| r.key == key);
        self.named(key)
    }

    /// This table with its caption naming `key` (`UNMISS: …`), for a mission's profile.
    pub fn named(mut self, key: &str) -> TableVm {
        self.caption = format!("{key}: {}", self.caption);
        self
    }
}

/// Rows shown at once; longer tables page.
pub const PAGE_SIZE: usize = 100;

/// The index range of `page` (0-based) in a table of `len` rows, clamped to the last page.
pub fn page_range(len: usize, page: usize) -> std::ops::Range<usize> {
    let last = len.saturating_sub(1) / PAGE_SIZE;
    let start = page.min(last) * PAGE_SIZE;
    start..(start + PAGE_SIZE).min(len)
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(super) fn row(key: &str, sort: SortKey) -> RowVm {
        RowVm {
            key: key.into(),
            cells: vec![],
            sort_keys: vec![sort],
        }
    }

    #[test]
    fn cells_made_on_demand_are_made_for_the_row_asked_and_kept_by_only() {
        let table = TableVm {
            caption: String::new(),
            hint: String::new(),
            caption_notes: vec![],
            columns: vec![],
            rows: vec![row("a", SortKey::Missing), row("b", SortKey::Missing)],
            notes: vec![],
            legend: vec![],
            source_line: String::new(),
            citation: String::new(),
            cells_of: Some(CellMaker(Rc::new(|i| {
                vec![CellVm::new(format!("row {i}"), CellKind::Text)]
            }))),
        };
        assert_eq!(table.cells(1)[0].text, "row 1");
        assert!(table.cells(2).is_empty());
        let only = table.only("b");
        assert_eq!(only.cells_of, None);
        assert_eq!(only.cells(0)[0].text, "row 1");
    }

    #[test]
    fn pages_cover_the_rows_and_clamp() {
        assert_eq!(page_range(0, 0), 0..0);
        assert_eq!(page_range(11, 0), 0..11);
        assert_eq!(page_range(250, 1), 100..200);
        assert_eq!(page_range(250, 2), 200..250);
        assert_eq!(page_range(250, 9), 200..250);
        assert_eq!(page_range(200, 2), 100..200);
    }
}
