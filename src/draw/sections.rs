//! The recommendations per section: per section its title, a light bar of all its paragraphs
//! and a dark one of those the filters show, and the count after them.

use super::marks::TextBlock;
use super::palette::*;
use super::{text, DrawResult, Drawable};
use crate::view::recommendations::{layout, SectionsLayout, SectionsVm, TITLE_SIZE};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

super::chart!(SectionsVm, SectionsLayout, layout, draw);

/// Paints the sections chart as laid out.
fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    vm: &SectionsVm,
    layout: &SectionsLayout,
    scale: f64,
) -> DrawResult<DB> {
    let px = vm.px(layout, scale);
    area.fill(&WHITE)?;
    for (b, row) in vm.bars.iter().zip(&layout.rows) {
        let (whole, shown) = (row.whole, row.shown);
        TextBlock {
            lines: &row.title,
            at: row.at,
            size: TITLE_SIZE,
            leading: TITLE_SIZE + 3.0,
            color: &INK,
        }
        .draw(area, px)?;
        let corners = px.rect((whole.x, whole.y), (whole.right(), whole.bottom()));
        area.draw(&Rectangle::new(corners, DERIVED_FILL.filled()))?;
        if shown.w > 0.0 {
            let corners = px.rect((shown.x, shown.y), (shown.right(), shown.bottom()));
            area.draw(&Rectangle::new(corners, ACTUAL.filled()))?;
        }
        let at = (whole.right() + 6.0, whole.y + whole.h / 2.0);
        text(
            area,
            px,
            &b.text,
            at,
            TITLE_SIZE,
            &INK,
            (HPos::Left, VPos::Center),
        )?;
    }
    Ok(())
}
