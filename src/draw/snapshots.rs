//! Counts at several dates: a key, a labelled count grid, per date a group of bars (one colour
//! per measure) with their counts, the dates under the baseline and the source of each run of
//! dates bracketed under them.

use super::marks::GridY;
use super::palette::*;
use super::{line, text, DrawResult, Drawable, Px};
use crate::view::snapshots::{
    SnapshotsLayout, SnapshotsVm, AXIS_SIZE, KEY_SIZE, SWATCH, VALUE_SIZE,
};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

super::chart!(
    SnapshotsVm,
    SnapshotsLayout,
    crate::view::snapshots::layout,
    draw
);

/// The colour of measure `k` (Okabe–Ito: dark blue, bluish green, vermillion), each at least
/// 3:1 on white; every bar is also labelled with its count.
fn colour(k: usize) -> RGBColor {
    [ACTUAL, SECOND, TARGET][k % 3]
}

/// Draws `vm` as laid out in `layout`, at `scale` device pixels per logical pixel.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    vm: &SnapshotsVm,
    layout: &SnapshotsLayout,
    scale: f64,
) -> DrawResult<DB> {
    let px = vm.px(layout, scale);
    area.fill(&WHITE)?;
    for (k, (m, &(x, y))) in vm.measures.iter().zip(&layout.key).enumerate() {
        let swatch = px.rect((x, y + 1.0), (x + SWATCH, y + 1.0 + SWATCH));
        area.draw(&Rectangle::new(swatch, colour(k).filled()))?;
        let at = (x + SWATCH + 6.0, y);
        text(area, px, m, at, KEY_SIZE, &INK, (HPos::Left, VPos::Top))?;
    }
    if let (Some(words), Some(&(x, y))) = (&vm.not_reported, layout.key.get(vm.measures.len())) {
        cross(area, px, (x + SWATCH / 2.0, y + 1.0 + SWATCH / 2.0))?;
        let at = (x + SWATCH + 6.0, y);
        text(area, px, words, at, KEY_SIZE, &INK, (HPos::Left, VPos::Top))?;
    }
    let p = layout.plot;
    GridY {
        ticks: &layout.ticks,
        scale: &layout.scale,
        plot: p,
    }
    .draw(area, px)?;
    for (d, g) in vm.dates.iter().zip(&layout.groups) {
        for (k, ((bar, at), value)) in g.bars.iter().zip(&g.value_at).zip(&d.texts).enumerate() {
            if d.counts[k].is_none() {
                cross(area, px, (at.0, bar.bottom() - SWATCH / 2.0 - 2.0))?;
                continue;
            }
            if bar.h > 0.0 {
                let corners = px.rect((bar.x, bar.y), (bar.right(), bar.bottom()));
                area.draw(&Rectangle::new(corners, colour(k).filled()))?;
            }
            let anchor = (HPos::Center, VPos::Bottom);
            text(area, px, value, *at, VALUE_SIZE, &INK, anchor)?;
        }
        let anchor = (HPos::Center, VPos::Top);
        text(area, px, &d.label, g.label_at, AXIS_SIZE, &MUTED, anchor)?;
    }
    line(
        area,
        px,
        (p.x, p.bottom()),
        (p.right(), p.bottom()),
        &MUTED,
        1.0,
    )?;
    for r in &layout.runs {
        line(area, px, (r.from, r.y), (r.to, r.y), &MUTED, 1.0)?;
        for x in [r.from, r.to] {
            line(area, px, (x, r.y - 4.0), (x, r.y), &MUTED, 1.0)?;
        }
        let centre = (r.from + r.to) / 2.0;
        for (i, l) in r.label.iter().enumerate() {
            let at = (centre, r.y + 4.0 + i as f64 * (AXIS_SIZE + 3.0));
            text(area, px, l, at, AXIS_SIZE, &INK, (HPos::Center, VPos::Top))?;
        }
    }
    Ok(())
}

/// A count that is not reported: a cross, as on the map.
fn cross<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    px: Px,
    (x, y): (f64, f64),
) -> DrawResult<DB> {
    let r = SWATCH / 2.0 - 1.0;
    line(area, px, (x - r, y - r), (x + r, y + r), &MUTED, 2.0)?;
    line(area, px, (x - r, y + r), (x + r, y - r), &MUTED, 2.0)
}

#[cfg(test)]
mod tests {
    use super::colour;

    #[test]
    fn measures_get_distinct_colours() {
        assert_ne!(colour(0), colour(1));
        assert_ne!(colour(1), colour(2));
    }
}
