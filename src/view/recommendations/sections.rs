//! The tracker's chart: the rows per section as small bars (each section's rows, and how many
//! the filter shows), laid out once per width and drawn by `draw::sections`; and its table form.

use super::super::chart::{wrap, Mark, Rect};
use super::super::table::{CellKind, CellVm, ColumnVm, RowVm, SortKey, TableVm};
use crate::i18n::{t, Locale, Msg};

/// The rows per section, as a small bar chart: each section's rows, and how many the filter
/// shows.
#[derive(Clone, Debug, PartialEq)]
pub struct SectionsVm {
    pub loc: Locale,
    pub bars: Vec<SectionBar>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SectionBar {
    pub title: String,
    pub total: f64,
    pub shown: f64,
    /// "3 of 14".
    pub text: String,
    pub details: String,
}

/// A section's place: its title's lines and where they start, the whole bar, the shown part.
#[derive(Clone, Debug, PartialEq)]
pub struct SectionRow {
    pub title: Vec<String>,
    pub at: (f64, f64),
    pub whole: Rect,
    pub shown: Rect,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SectionsLayout {
    pub width: f64,
    pub height: f64,
    /// Per section, in order.
    pub rows: Vec<SectionRow>,
    pub marks: Vec<Mark>,
}

pub const TITLE_SIZE: f64 = 12.0;
const BAR: f64 = 14.0;

pub fn layout(vm: &SectionsVm, width: f64) -> SectionsLayout {
    let most = vm.bars.iter().map(|b| b.total).fold(1.0, f64::max);
    // The count is written after the bar: keep room for the longest.
    let room = vm
        .bars
        .iter()
        .map(|b| vm.loc.text_width(&b.text, TITLE_SIZE))
        .fold(0.0, f64::max)
        + 8.0;
    let full = (width - room).max(20.0);
    let chars = (width / (TITLE_SIZE * 0.55)) as usize;
    let mut top = 0.0;
    let mut rows = Vec::with_capacity(vm.bars.len());
    let mut marks = Vec::with_capacity(vm.bars.len());
    for b in &vm.bars {
        let lines = wrap(vm.loc, &b.title, chars, 2);
        let bar_y = top + lines.len() as f64 * (TITLE_SIZE + 3.0) + 3.0;
        let whole = Rect {
            x: 0.0,
            y: bar_y,
            w: (full * b.total / most).max(1.0),
            h: BAR,
        };
        let shown = Rect {
            w: full * b.shown / most,
            ..whole
        };
        let h = bar_y + BAR + 8.0 - top;
        marks.push(Mark {
            x: 0.0,
            y: top,
            w: width,
            h: h - 2.0,
            details: b.details.clone(),
        });
        rows.push(SectionRow {
            title: lines,
            at: (0.0, top),
            whole,
            shown,
        });
        top += h;
    }
    SectionsLayout {
        width,
        height: top,
        rows,
        marks,
    }
}

/// The chart's numbers as a table: per section, shown and all.
pub fn table(vm: &SectionsVm, sources: &str) -> TableVm {
    let loc = vm.loc;
    let rows = vm
        .bars
        .iter()
        .enumerate()
        .map(|(i, b)| RowVm {
            key: i.to_string(),
            cells: vec![
                CellVm::new(&b.title, CellKind::Text),
                CellVm::new(&b.text, CellKind::Text),
            ],
            sort_keys: vec![SortKey::Missing; 2],
        })
        .collect();
    TableVm::of_chart(
        t(loc, Msg::RecChartTitle),
        vec![
            ColumnVm::new(t(loc, Msg::RecFilterSection), false, false),
            ColumnVm::new(t(loc, Msg::ColCount), false, true),
        ],
        rows,
        sources,
    )
}
