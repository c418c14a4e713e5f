//! Reusable marks, in the spirit of Observable Plot's marks and plotters' elements: a frame, a
//! value axis drawn as a labelled grid, a tick axis under a baseline, and a block of text lines.
//! Each is plain data (positions in logical pixels, already laid out) drawn on any plotters
//! backend; a chart composes them with the marks of its own.

use super::palette::{FRAME, GRID, MUTED};
use super::{line, text, DrawResult, Px};
use crate::view::chart::{Rect, Scale};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// The size of axis labels.
const AXIS_LABEL: f64 = 11.0;

/// A one-pixel outline around a panel.
pub struct Frame(pub Rect);

impl Frame {
    pub fn draw<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        px: Px,
    ) -> DrawResult<DB> {
        let f = self.0;
        area.draw(&Rectangle::new(
            px.rect((f.x, f.y), (f.right() - 1.0, f.bottom() - 1.0)),
            ShapeStyle::from(&FRAME).stroke_width(px.len(1.0) as u32),
        ))
    }
}

/// A value axis as a grid: at each tick (a value and its label, formatted by the layout) a line
/// across `plot` and its label left of it.
pub struct GridY<'a> {
    pub ticks: &'a [(f64, String)],
    pub scale: &'a Scale,
    pub plot: Rect,
}

impl GridY<'_> {
    pub fn draw<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        px: Px,
    ) -> DrawResult<DB> {
        let p = self.plot;
        for (v, label) in self.ticks {
            let y = self.scale.map(*v);
            line(area, px, (p.x, y), (p.right(), y), &GRID, 1.0)?;
            let at = (p.x - 5.0, y);
            let anchor = (HPos::Right, VPos::Center);
            text(area, px, label, at, AXIS_LABEL, &MUTED, anchor)?;
        }
        Ok(())
    }
}

/// A tick axis under `plot`: its baseline, and at each tick (a value and its label, formatted
/// by the layout) a short mark and its label.
pub struct AxisX<'a> {
    pub ticks: &'a [(f64, String)],
    pub scale: &'a Scale,
    pub plot: Rect,
}

impl AxisX<'_> {
    pub fn draw<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        px: Px,
    ) -> DrawResult<DB> {
        let (p, bottom) = (self.plot, self.plot.bottom());
        for (v, label) in self.ticks {
            let x = self.scale.map(*v);
            line(area, px, (x, bottom), (x, bottom + 4.0), &MUTED, 1.0)?;
            let at = (x, bottom + 6.0);
            let anchor = (HPos::Center, VPos::Top);
            text(area, px, label, at, AXIS_LABEL, &MUTED, anchor)?;
        }
        line(area, px, (p.x, bottom), (p.right(), bottom), &MUTED, 1.0)
    }
}

/// Lines of text set from their top-left corner, one under the other.
pub struct TextBlock<'a> {
    pub lines: &'a [String],
    pub at: (f64, f64),
    pub size: f64,
    /// From one line's top to the next one's.
    pub leading: f64,
    pub color: &'a RGBColor,
}

impl TextBlock<'_> {
    pub fn draw<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        px: Px,
    ) -> DrawResult<DB> {
        let (x, y) = self.at;
        for (i, l) in self.lines.iter().enumerate() {
            let at = (x, y + i as f64 * self.leading);
            text(
                area,
                px,
                l,
                at,
                self.size,
                self.color,
                (HPos::Left, VPos::Top),
            )?;
        }
        Ok(())
    }
}
