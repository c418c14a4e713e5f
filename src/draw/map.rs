//! The mission map: sea, land, country boundaries, undetermined boundaries dashed, mission
//! markers (filled and sized by a number; a ring, a square or a cross for the three ways of
//! having none; small grey rings for closed missions), leader lines to markers moved aside,
//! their labels and the size key.

use super::marks::TextBlock;
use super::palette::*;
use super::{dashed, line, text, DrawResult, Drawable, Px};
use crate::i18n::Locale;
use crate::view::chart::{wrap, Mark, Zoom};
use crate::view::map::{self, Incidents, MapChart, MapFrame, MapLayout, MapVm, LABEL_SIZE};
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
    size_key(area, vm, layout, frame, px)
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

/// The size key: nested reference circles of the map's own scale, each with its count, at the
/// first place along the lower edge (then the upper edge), from the left, clear of every marker
/// and label.
fn size_key<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    vm: &MapVm,
    layout: &MapLayout,
    frame: &MapFrame,
    px: Px,
) -> DrawResult<DB> {
    const LINE: f64 = 12.0;
    let Some(&(largest, _)) = vm.key.last() else {
        return Ok(());
    };
    let big = map::radius(Some(largest), layout.width);
    let words = vm
        .key
        .iter()
        .map(|(_, w)| vm.loc.text_width(w, 11.0))
        .fold(6.6, f64::max);
    // On narrow maps the title takes two lines, so the key fits between the markers.
    let per_line = if layout.width < 600.0 { 14 } else { 40 };
    let title = wrap(vm.loc, &vm.key_title, per_line, 2);
    let title_w = title
        .iter()
        .map(|l| vm.loc.text_width(l, 11.0))
        .fold(0.0, f64::max);
    let circles_h = (2.0 * big).max(LINE * vm.key.len() as f64);
    let w = (2.0 * big + 14.0 + words).max(title_w) + 16.0;
    let h = circles_h + 20.0 + 14.0 * title.len() as f64;
    let (right, bottom) = (layout.width - w - 8.0, layout.height - h - 8.0);
    // Every marker's box and every label's (at an average glyph width), kept clear.
    let boxes: Vec<(f64, f64, f64, f64)> = frame
        .markers
        .iter()
        .zip(&vm.sites)
        .flat_map(|(m, s)| {
            let r = m.r + 4.0;
            let label = m.label.map(|(lx, ly, leftwards)| {
                let lw = vm.loc.text_width(&s.label, LABEL_SIZE);
                let left = if leftwards { lx - lw } else { lx };
                (
                    left,
                    ly - LABEL_SIZE / 2.0,
                    left + lw,
                    ly + LABEL_SIZE / 2.0,
                )
            });
            std::iter::once((m.x - r, m.y - r, m.x + r, m.y + r)).chain(label)
        })
        .collect();
    let clear = |(x, y): (f64, f64)| {
        boxes
            .iter()
            .all(|&(l, t, r, b)| r < x || l > x + w || b < y || t > y + h)
    };
    let along = |y: f64| {
        let steps = (right.max(8.0) / 8.0) as usize;
        (1..=steps).map(move |i| (i as f64 * 8.0, y))
    };
    // The first place clear of everything; else (a narrow map, a long title) the place that
    // covers the least of the markers and labels.
    let covered = |(x, y): (f64, f64)| -> f64 {
        boxes
            .iter()
            .map(|&(l, t, r, b)| {
                let dx = (r.min(x + w) - l.max(x)).max(0.0);
                let dy = (b.min(y + h) - t.max(y)).max(0.0);
                dx * dy
            })
            .sum()
    };
    let (x0, y0) = along(bottom)
        .chain(along(8.0))
        .find(|&c| clear(c))
        .unwrap_or_else(|| {
            along(bottom)
                .chain(along(8.0))
                .min_by(|&a, &b| covered(a).total_cmp(&covered(b)))
                .unwrap_or((8.0, bottom))
        });
    area.draw(&Rectangle::new(
        px.rect((x0, y0), (x0 + w, y0 + h)),
        ShapeStyle::from(&WHITE.mix(0.9)).filled(),
    ))?;
    let key_title = TextBlock {
        lines: &title,
        at: (x0 + 8.0, y0 + 6.0),
        size: 11.0,
        leading: 14.0,
        color: &INK,
    };
    key_title.draw(area, px)?;
    let (cx, base) = (x0 + 8.0 + big, y0 + h - 8.0);
    // Largest first: its label at its top; each next label at least a line lower.
    let mut label_y = f64::MIN;
    for (n, words) in vm.key.iter().rev() {
        let r = map::radius(Some(*n), layout.width);
        let top = base - 2.0 * r;
        label_y = top.max(label_y + LINE);
        area.draw(&Circle::new(
            px.pt(cx, base - r),
            px.len(r),
            ShapeStyle::from(&INK).stroke_width(px.len(1.0) as u32),
        ))?;
        let end = (cx + big + 6.0, label_y);
        line(area, px, (cx, top), end, &INK, 0.8)?;
        let at = (cx + big + 8.0, label_y);
        text(area, px, words, at, 11.0, &INK, (HPos::Left, VPos::Center))?;
    }
    Ok(())
}
