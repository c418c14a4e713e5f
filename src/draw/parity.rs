//! The gender-parity small multiples: a key, then per panel a frame, shared y grid, reported
//! shares as points (hollow when uncertain) joined only across consecutive years, targets as
//! ticks.

use super::marks::{AxisX, Frame, GridY, TextBlock};
use super::palette::*;
use super::{line, text, DrawResult, Drawable, Px};
use crate::view::parity::{
    shown_panels, ParityLayout, ParityVm, KEY_SIZE, KEY_SYMBOL, LABEL_SIZE, TITLE_SIZE,
};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

super::chart!(ParityVm, ParityLayout, crate::view::parity::layout, draw);

/// Draws `vm` as laid out in `layout`, at `scale` device pixels per logical pixel.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    vm: &ParityVm,
    layout: &ParityLayout,
    scale: f64,
) -> DrawResult<DB> {
    let px = vm.px(layout, scale);
    area.fill(&WHITE)?;
    draw_key(area, vm, layout, px)?;
    for (panel, b) in shown_panels(vm).zip(&layout.boxes) {
        let (f, p) = (b.frame, b.plot);
        Frame(f).draw(area, px)?;
        let title = TextBlock {
            lines: &b.title,
            at: (f.x + 10.0, f.y + 9.0),
            size: TITLE_SIZE,
            leading: TITLE_SIZE + 3.0,
            color: &INK,
        };
        title.draw(area, px)?;
        GridY {
            ticks: &layout.shares,
            scale: &b.y,
            plot: p,
        }
        .draw(area, px)?;
        AxisX {
            ticks: &layout.years,
            scale: &b.x,
            plot: p,
        }
        .draw(area, px)?;
        for tg in &panel.targets {
            let (x, y) = (b.x.map(tg.x), b.y.map(tg.value));
            target(area, px, (x, y))?;
        }
        for &(a, c) in &panel.joins {
            let (pa, pc) = (&panel.points[a], &panel.points[c]);
            line(
                area,
                px,
                (b.x.map(pa.x), b.y.map(pa.value)),
                (b.x.map(pc.x), b.y.map(pc.value)),
                &ACTUAL,
                2.0,
            )?;
        }
        for pt in &panel.points {
            point(area, px, (b.x.map(pt.x), b.y.map(pt.value)), pt.uncertain)?;
        }
        for label in &b.labels {
            let color = if label.target { &TARGET } else { &ACTUAL };
            let at = (label.x, label.y);
            text(
                area,
                px,
                &label.text,
                at,
                LABEL_SIZE,
                color,
                (HPos::Left, VPos::Top),
            )?;
        }
        if let Some(line) = &b.verdict {
            let color = if panel.verdict.met() == Some(true) {
                &ACTUAL
            } else {
                &INK
            };
            text(
                area,
                px,
                line,
                (f.x + 10.0, f.bottom() - 10.0),
                12.0,
                color,
                (HPos::Left, VPos::Bottom),
            )?;
        }
    }
    Ok(())
}

/// A reported share: a dot, hollow when uncertain.
fn point<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    px: Px,
    (x, y): (f64, f64),
    hollow: bool,
) -> DrawResult<DB> {
    let c = px.pt(x, y);
    let fill = if hollow { &WHITE } else { &ACTUAL };
    area.draw(&Circle::new(
        c,
        px.len(4.5),
        ShapeStyle::from(fill).filled(),
    ))?;
    area.draw(&Circle::new(
        c,
        px.len(4.5),
        ShapeStyle::from(&ACTUAL).stroke_width(px.len(1.5) as u32),
    ))?;
    Ok(())
}

/// A target: a short thick bar.
fn target<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    px: Px,
    (x, y): (f64, f64),
) -> DrawResult<DB> {
    area.draw(&Rectangle::new(
        px.rect((x - 9.0, y - 1.5), (x + 9.0, y + 1.5)),
        ShapeStyle::from(&TARGET).filled(),
    ))?;
    Ok(())
}

/// The key: each entry's symbol, drawn as in the panels, and its words.
fn draw_key<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    vm: &ParityVm,
    layout: &ParityLayout,
    px: Px,
) -> DrawResult<DB> {
    for (i, (text_of, &(x, y))) in vm.key.iter().zip(&layout.key).enumerate() {
        let mid = (x + KEY_SYMBOL / 2.0 - 2.0, y + 10.0);
        match i {
            0 => point(area, px, mid, false)?,
            1 => point(area, px, mid, true)?,
            _ => target(area, px, mid)?,
        }
        let at = (x + KEY_SYMBOL + 2.0, y + 10.0);
        text(
            area,
            px,
            text_of,
            at,
            KEY_SIZE,
            &INK,
            (HPos::Left, VPos::Center),
        )?;
    }
    Ok(())
}
