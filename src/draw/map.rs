//! The mission map: sea, land, country boundaries, undetermined boundaries dashed, mission
//! markers (filled and sized by a number; a ring, a square or a cross for the three ways of
//! having none; small grey rings for closed missions), leader lines to markers moved aside,
//! their labels and the size key.

use super::marks::TextBlock;
use super::palette::*;
use super::{dashed, line, text, DrawResult, Drawable, Px};
use crate::i18n::Locale;
use crate::view::chart::{Mark, Zoom};
use crate::view::map::{self, Incidents, MapChart, MapFrame, MapLayout, MapVm, LABEL_SIZE};
use crate::view::map_key::{SizeKey, KEY_LEADING, KEY_SIZE};
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
    type Frame = MapFrame;
    const ZOOMS: bool = true;
    const MIRRORS: bool = false;
    fn loc(&self) -> Locale {
        self.vm.loc
    }
    fn in_locale(&self, loc: Locale) -> Self {
        let vm = crate::view::map::MapVm {
            loc,
            ..(*self.vm).clone()
        };
        MapChart {
            vm: std::rc::Rc::new(vm),
            base: self.base.clone(),
        }
    }
    fn width(layout: &MapLayout) -> f64 {
        layout.width
    }
    fn layout(&self, width: f64) -> MapLayout {
        map::layout(&self.vm, &self.base, width)
    }
    fn frame(&self, layout: &MapLayout, zoom: Zoom) -> MapFrame {
        map::frame(&self.vm, layout, zoom)
    }
    fn height(layout: &MapLayout) -> f64 {
        layout.height
    }
    fn marks(&self, _: &MapLayout, frame: &MapFrame) -> Vec<Mark> {
        frame.marks.clone()
    }
    fn draw<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        layout: &MapLayout,
        frame: &MapFrame,
        scale: f64,
    ) -> DrawResult<DB> {
        draw(area, &self.vm, layout, frame, scale)
    }
}

/// Draws the map: the projected `layout` seen through the `frame`'s zoom, with its markers,
/// labels and size key.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    vm: &MapVm,
    layout: &MapLayout,
    frame: &MapFrame,
    scale: f64,
) -> DrawResult<DB> {
    let zoom = frame.zoom;
    let px = Px {
        rtl: vm.loc.rtl(),
        ..Px::new(scale)
    };
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
    // Leader lines from a headquarters' own place to its marker moved aside.
    for (m, s) in frame.markers.iter().zip(&vm.sites) {
        if let Some(anchor) = m.anchor {
            let color = if s.active { &INK } else { &CLOSED };
            line(area, px, anchor, (m.x, m.y), color, 1.0)?;
            area.draw(&Circle::new(
                px.pt(anchor.0, anchor.1),
                px.len(1.8),
                ShapeStyle::from(color).filled(),
            ))?;
        }
    }
    for i in order {
        let (m, s) = (&frame.markers[i], &vm.sites[i]);
        marker(area, px, (m.x, m.y), m.r, s.active.then_some(s.incidents))?;
    }
    for (m, s) in frame.markers.iter().zip(&vm.sites) {
        let Some((x, y, leftwards)) = m.label else {
            continue;
        };
        let h = if leftwards { HPos::Right } else { HPos::Left };
        let color = if s.active { &INK } else { &CLOSED };
        text(
            area,
            px,
            &s.label,
            (x, y),
            LABEL_SIZE,
            color,
            (h, VPos::Center),
        )?;
    }
    match &frame.key {
        Some(key) => size_key(area, key, px),
        None => Ok(()),
    }
}

/// A marker: for an active mission, a filled circle sized by its count, a ring where the report
/// says "None", a square where there is no SOFA/SOMA, a cross where no number is reported; a
/// small grey ring for a closed mission (`None`).
fn marker<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    px: Px,
    (x, y): (f64, f64),
    r: f64,
    incidents: Option<Incidents>,
) -> DrawResult<DB> {
    let c = px.pt(x, y);
    let stroke = |color: &RGBColor, w: f64| ShapeStyle::from(color).stroke_width(px.len(w) as u32);
    let white = ShapeStyle::from(&WHITE).filled();
    match incidents {
        None => {
            area.draw(&Circle::new(c, px.len(r), white))?;
            area.draw(&Circle::new(c, px.len(r), stroke(&CLOSED, 1.5)))?;
        }
        Some(Incidents::Number(_)) => {
            let fill = ShapeStyle::from(&ACTUAL.mix(0.85)).filled();
            area.draw(&Circle::new(c, px.len(r), fill))?;
            area.draw(&Circle::new(c, px.len(r), stroke(&WHITE, 1.0)))?;
        }
        Some(Incidents::ReportNone) => {
            area.draw(&Circle::new(c, px.len(r), white))?;
            area.draw(&Circle::new(c, px.len(r), stroke(&ACTUAL, 2.0)))?;
        }
        Some(Incidents::NoAgreement) => {
            let corners = px.rect((x - r, y - r), (x + r, y + r));
            area.draw(&Rectangle::new(corners, white))?;
            area.draw(&Rectangle::new(corners, stroke(&ACTUAL, 2.0)))?;
        }
        Some(Incidents::UnderValidation | Incidents::NotReported) => {
            let d = r * 0.8;
            area.draw(&Circle::new(c, px.len(r), white))?;
            line(area, px, (x - d, y - d), (x + d, y + d), &ACTUAL, 2.0)?;
            line(area, px, (x - d, y + d), (x + d, y - d), &ACTUAL, 2.0)?;
        }
    }
    Ok(())
}

/// The size key as placed: its box, its title, and each reference circle with its count.
fn size_key<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    key: &SizeKey,
    px: Px,
) -> DrawResult<DB> {
    let b = key.rect;
    area.draw(&Rectangle::new(
        px.rect((b.x, b.y), (b.right(), b.bottom())),
        ShapeStyle::from(&WHITE.mix(0.9)).filled(),
    ))?;
    let key_title = TextBlock {
        lines: &key.title,
        at: key.title_at,
        size: KEY_SIZE,
        leading: KEY_LEADING,
        color: &INK,
    };
    key_title.draw(area, px)?;
    for c in &key.circles {
        area.draw(&Circle::new(
            px.pt(c.centre.0, c.centre.1),
            px.len(c.r),
            ShapeStyle::from(&INK).stroke_width(px.len(1.0) as u32),
        ))?;
        line(area, px, c.tick.0, c.tick.1, &INK, 0.8)?;
        let anchor = (HPos::Left, VPos::Center);
        text(area, px, &c.words, c.words_at, KEY_SIZE, &INK, anchor)?;
    }
    Ok(())
}
