//! A funnel: one bar per stage, stated counts filled, derived counts tinted with a dashed
//! outline, each labelled with its count and its share of the previous stage.

use super::marks::TextBlock;
use super::palette::*;
use super::{dashed, DrawResult, Drawable};
use crate::view::funnel::{FunnelLayout, FunnelVm, LABEL_SIZE};
use plotters::coord::Shift;
use plotters::prelude::*;

super::chart!(FunnelVm, FunnelLayout, crate::view::funnel::layout, draw);

/// Draws `vm` as laid out in `layout`, at `scale` device pixels per logical pixel.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    vm: &FunnelVm,
    layout: &FunnelLayout,
    scale: f64,
) -> DrawResult<DB> {
    let px = vm.px(layout, scale);
    area.fill(&WHITE)?;
    for (s, b) in vm.stages.iter().zip(&layout.bars) {
        let label = TextBlock {
            lines: &b.label,
            at: (0.0, b.label_y),
            size: LABEL_SIZE,
            leading: LABEL_SIZE + 4.0,
            color: &INK,
        };
        label.draw(area, px)?;
        let r = b.bar;
        if s.value.is_none() {
            continue;
        }
        let corners = px.rect((r.x, r.y), (r.right(), r.bottom()));
        if s.derived {
            area.draw(&Rectangle::new(
                corners,
                ShapeStyle::from(&DERIVED_FILL).filled(),
            ))?;
            let (x0, y0, x1, y1) = (r.x + 0.75, r.y + 0.75, r.right() - 0.75, r.bottom() - 0.75);
            for (a, c) in [
                ((x0, y0), (x1, y0)),
                ((x1, y0), (x1, y1)),
                ((x1, y1), (x0, y1)),
                ((x0, y1), (x0, y0)),
            ] {
                dashed(area, px, a, c, &ACTUAL, (5.0, 3.0))?;
            }
        } else {
            area.draw(&Rectangle::new(corners, ShapeStyle::from(&ACTUAL).filled()))?;
        }
    }
    Ok(())
}
