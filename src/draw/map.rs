//! The mission map: sea, land, country boundaries, undetermined boundaries dashed, mission
//! markers (filled and sized by a number, ringed where there is none, small grey rings for
//! closed missions) and their labels.

use super::palette::*;
use super::{dashed, text, DrawResult, Drawable, Px};
use crate::view::chart::{Mark, Zoom};
use crate::view::map::{self, MapChart, MapFrame, MapLayout, MapVm, LABEL_SIZE};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

const SEA: RGBColor = RGBColor(238, 244, 248);
const LAND: RGBColor = RGBColor(222, 226, 230);
const BORDER: RGBColor = RGBColor(255, 255, 255);
const DISPUTED: RGBColor = RGBColor(90, 96, 104);
const CLOSED: RGBColor = RGBColor(120, 124, 130);

impl Drawable for MapChart {
    type Layout = MapLayout;
    const ZOOMS: bool = true;
    fn layout(&self, width: f64) -> MapLayout {
        map::layout(&self.vm, &self.base, width)
    }
    fn height(layout: &MapLayout) -> f64 {
        layout.height
    }
    fn marks(&self, layout: &MapLayout, zoom: Zoom) -> Vec<Mark> {
        map::frame(&self.vm, layout, zoom).marks
    }
    fn draw<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        layout: &MapLayout,
        zoom: Zoom,
        scale: f64,
    ) -> DrawResult<DB> {
        draw(
            area,
            &self.vm,
            layout,
            &map::frame(&self.vm, layout, zoom),
            zoom,
            scale,
        )
    }
}

/// Draws the map: the projected `layout` seen through `zoom`, with the `frame`'s markers.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    vm: &MapVm,
    layout: &MapLayout,
    frame: &MapFrame,
    zoom: Zoom,
    scale: f64,
) -> DrawResult<DB> {
    let px = Px(scale);
    area.fill(&SEA)?;
    let pts = |l: &[(f64, f64)]| {
        l.iter()
            .map(|&p| {
                let (x, y) = zoom.apply(p);
                px.pt(x, y)
            })
            .collect::<Vec<_>>()
    };
    for ring in &layout.land {
        area.draw(&Polygon::new(pts(ring), ShapeStyle::from(&LAND).filled()))?;
    }
    let thin = ShapeStyle::from(&BORDER).stroke_width(px.len(0.8) as u32);
    for l in &layout.borders {
        area.draw(&PathElement::new(pts(l), thin))?;
    }
    for l in &layout.undetermined {
        for w in l.windows(2) {
            dashed(
                area,
                px,
                zoom.apply(w[0]),
                zoom.apply(w[1]),
                &DISPUTED,
                (3.0, 2.5),
            )?;
        }
    }
    // Closed missions under active ones; larger markers under smaller ones.
    let mut order: Vec<usize> = (0..frame.markers.len()).collect();
    order.sort_by(|&a, &b| {
        (vm.sites[a].active, -frame.markers[a].r)
            .partial_cmp(&(vm.sites[b].active, -frame.markers[b].r))
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    for i in order {
        let (m, s) = (&frame.markers[i], &vm.sites[i]);
        let c = px.pt(m.x, m.y);
        let r = px.len(m.r);
        match (s.active, s.metric) {
            (false, _) => {
                area.draw(&Circle::new(c, r, ShapeStyle::from(&WHITE).filled()))?;
                area.draw(&Circle::new(
                    c,
                    r,
                    ShapeStyle::from(&CLOSED).stroke_width(px.len(1.5) as u32),
                ))?;
            }
            (true, Some(_)) => {
                area.draw(&Circle::new(
                    c,
                    r,
                    ShapeStyle::from(&ACTUAL.mix(0.85)).filled(),
                ))?;
                area.draw(&Circle::new(
                    c,
                    r,
                    ShapeStyle::from(&WHITE).stroke_width(px.len(1.0) as u32),
                ))?;
            }
            (true, None) => {
                area.draw(&Circle::new(c, r, ShapeStyle::from(&WHITE).filled()))?;
                area.draw(&Circle::new(
                    c,
                    r,
                    ShapeStyle::from(&ACTUAL).stroke_width(px.len(2.0) as u32),
                ))?;
            }
        }
    }
    for (m, s) in frame.markers.iter().zip(&vm.sites) {
        let Some((x, y, leftwards)) = m.label else {
            continue;
        };
        let h = if leftwards { HPos::Right } else { HPos::Left };
        let color = if s.active { &INK } else { &CLOSED };
        // A white halo keeps the label legible over borders.
        for (dx, dy) in [(-1.0, 0.0), (1.0, 0.0), (0.0, -1.0), (0.0, 1.0)] {
            text(
                area,
                px,
                &s.code,
                (x + dx, y + dy),
                LABEL_SIZE,
                &WHITE,
                (h, VPos::Center),
            )?;
        }
        text(
            area,
            px,
            &s.code,
            (x, y),
            LABEL_SIZE,
            color,
            (h, VPos::Center),
        )?;
    }
    Ok(())
}
