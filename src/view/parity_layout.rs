//! The parity chart at one width: its key above, three, two or one panels a row, every panel
//! on the shared scales, and the focusable marks of points and targets.

use super::chart::{nice_step, ticks, wrap, Mark, Rect, Scale};
use super::parity::{PanelVm, ParityVm};
use crate::i18n::{format_percent, format_year, Locale};

/// Where a panel goes: its frame, its plotting box and its scales.
#[derive(Clone, Debug, PartialEq)]
pub struct PanelBox {
    /// The panel's title, broken into lines that fit its width.
    pub title: Vec<String>,
    pub frame: Rect,
    pub plot: Rect,
    pub x: Scale,
    pub y: Scale,
    /// The value labels: each target's, and the latest point's (every point's for a differently
    /// defined group), placed clear of the marks, the lines and each other.
    pub labels: Vec<Label>,
    /// The panel's verdict as a line under its plot ([`PanelVm::verdict_line`]), or none.
    pub verdict: Option<String>,
}

/// A value label: its text and the top left corner of its box.
#[derive(Clone, Debug, PartialEq)]
pub struct Label {
    pub text: String,
    pub x: f64,
    pub y: f64,
    /// A target's label (drawn in the target's colour).
    pub target: bool,
}

/// The value labels' font size.
pub const LABEL_SIZE: f64 = 11.0;
const LABEL_H: f64 = 13.0;

impl Rect {
    fn hits(&self, o: &Rect) -> bool {
        self.x < o.right() && o.x < self.right() && self.y < o.bottom() && o.y < self.bottom()
    }
}

/// Places the labels of one panel: for each, the first of its candidate places (right, left,
/// above, below the mark) that stays in the plot and touches no mark, no joining line and no
/// label placed before it; the first candidate when none is free.
fn place_labels(loc: Locale, panel: &PanelVm, plot: Rect, x: &Scale, y: &Scale) -> Vec<Label> {
    let dot = |px: f64, py: f64, r: f64| Rect {
        x: px - r,
        y: py - r,
        w: 2.0 * r,
        h: 2.0 * r,
    };
    let mut taken: Vec<Rect> = Vec::new();
    for pt in &panel.points {
        taken.push(dot(x.map(pt.x), y.map(pt.value), 6.0));
    }
    for tg in &panel.targets {
        taken.push(Rect {
            x: x.map(tg.x) - 9.0,
            y: y.map(tg.value) - 2.0,
            w: 18.0,
            h: 4.0,
        });
    }
    for &(a, c) in &panel.joins {
        let (pa, pc) = (&panel.points[a], &panel.points[c]);
        let (x0, y0, x1, y1) = (x.map(pa.x), y.map(pa.value), x.map(pc.x), y.map(pc.value));
        let steps = ((x1 - x0).hypot(y1 - y0) / 4.0).ceil().max(1.0) as usize;
        for i in 0..=steps {
            let f = i as f64 / steps as f64;
            taken.push(dot(x0 + (x1 - x0) * f, y0 + (y1 - y0) * f, 1.5));
        }
    }
    let bounds = Rect {
        x: plot.x,
        y: plot.y - LABEL_H,
        w: plot.w + 30.0,
        h: plot.h + LABEL_H,
    };
    let inside = |r: &Rect| {
        r.x >= bounds.x
            && r.y >= bounds.y
            && r.right() <= bounds.right()
            && r.bottom() <= bounds.bottom()
    };
    let shown: &[_] = if panel.ugps {
        panel.points.last().map_or(&[], std::slice::from_ref)
    } else {
        &panel.points
    };
    let wanted = panel
        .targets
        .iter()
        .map(|tg| {
            (
                tg.value_text.as_str(),
                x.map(tg.x),
                y.map(tg.value),
                11.0,
                true,
            )
        })
        .chain(shown.iter().map(|pt| {
            (
                pt.value_text.as_str(),
                x.map(pt.x),
                y.map(pt.value),
                8.0,
                false,
            )
        }));
    let mut labels = Vec::new();
    for (text, mx, my, gap, target) in wanted {
        let w = loc.text_width(text, LABEL_SIZE);
        let places = [
            (mx + gap, my - LABEL_H / 2.0),
            (mx - gap - w, my - LABEL_H / 2.0),
            (mx - w / 2.0, my - 7.0 - LABEL_H),
            (mx - w / 2.0, my + 7.0),
        ];
        let boxes = places.map(|(bx, by)| Rect {
            x: bx,
            y: by,
            w,
            h: LABEL_H,
        });
        let free = boxes
            .iter()
            .find(|b| inside(b) && !taken.iter().any(|t| t.hits(b)))
            .unwrap_or(&boxes[0]);
        taken.push(*free);
        labels.push(Label {
            text: text.to_string(),
            x: free.x,
            y: free.y,
            target,
        });
    }
    labels
}

/// The chart laid out at one width (logical pixels): computed once per size, not per frame.
#[derive(Clone, Debug, PartialEq)]
pub struct ParityLayout {
    pub width: f64,
    pub height: f64,
    /// One per panel of [`shown_panels`].
    pub boxes: Vec<PanelBox>,
    /// Where each entry of [`ParityVm::key`] starts (its symbol, then its text).
    pub key: Vec<(f64, f64)>,
    /// The shared share axis's ticks and the time axis's (every panel is as wide), each with
    /// its label in the chart's locale.
    pub shares: Vec<(f64, String)>,
    pub years: Vec<(f64, String)>,
    /// Every point and target, for focus and hover.
    pub marks: Vec<Mark>,
}

/// The panel titles' font size, in logical pixels.
pub const TITLE_SIZE: f64 = 14.0;

/// The height of one panel: three a row on wide screens; lower where panels stack two or one a
/// row (phones, and paper: seven panels then fit one A4 page).
pub const PANEL_HEIGHT: f64 = 240.0;
const STACKED_PANEL_HEIGHT: f64 = 190.0;
const GAP: f64 = 16.0;

/// The key's font size, and the height of one of its lines.
pub const KEY_SIZE: f64 = 12.0;
const KEY_LINE: f64 = 20.0;
/// The key symbol's width, before its text.
pub const KEY_SYMBOL: f64 = 22.0;

/// The panels of `vm` in drawing order: every one of the five categories, and a differently
/// defined group when it has a point.
pub fn shown_panels(vm: &ParityVm) -> impl Iterator<Item = &PanelVm> {
    vm.panels.iter().filter(|p| p.ugps || !p.points.is_empty())
}

/// The key's entries placed left to right, wrapping to a new line where the width ends (text
/// measured by `text_width`); returns the places and the height taken.
fn key_places(vm: &ParityVm, width: f64) -> (Vec<(f64, f64)>, f64) {
    let (mut x, mut y) = (0.0, 0.0);
    let mut places = Vec::with_capacity(vm.key.len());
    for text in &vm.key {
        let w = KEY_SYMBOL + vm.loc.text_width(text, KEY_SIZE) + 14.0;
        if x > 0.0 && x + w > width {
            (x, y) = (0.0, y + KEY_LINE);
        }
        places.push((x, y));
        x += w;
    }
    (places, y + KEY_LINE + 8.0)
}

/// Lays the chart out at `width`: three panels a row on wide screens, two on tablets, one on
/// phones; every panel shares the y scale.
pub fn layout(vm: &ParityVm, width: f64) -> ParityLayout {
    let cols = if width >= 880.0 {
        3
    } else if width >= 540.0 {
        2
    } else {
        1
    };
    let panel_h = if cols == 3 {
        PANEL_HEIGHT
    } else {
        STACKED_PANEL_HEIGHT
    };
    let n = shown_panels(vm).count();
    let rows = n.div_ceil(cols).max(1);
    let pw = (width - GAP * (cols - 1) as f64) / cols as f64;
    let mut boxes = Vec::with_capacity(n);
    let mut marks = Vec::new();
    let (key, top) = key_places(vm, width);
    for (i, panel) in shown_panels(vm).enumerate() {
        let frame = Rect {
            x: (i % cols) as f64 * (pw + GAP),
            y: top + (i / cols) as f64 * (panel_h + GAP),
            w: pw,
            h: panel_h,
        };
        let plot = frame.inset(38.0, 50.0, 40.0, 46.0);
        let x = Scale::new((vm.x_min, vm.x_max), (plot.x, plot.right()));
        let y = Scale::new((0.0, vm.y_max), (plot.bottom(), plot.y));
        for p in &panel.points {
            marks.push(Mark {
                x: x.map(p.x) - 9.0,
                y: y.map(p.value) - 9.0,
                w: 18.0,
                h: 18.0,
                details: p.details.clone(),
            });
        }
        for tg in &panel.targets {
            marks.push(Mark {
                x: x.map(tg.x) - 10.0,
                y: y.map(tg.value) - 7.0,
                w: 20.0,
                h: 14.0,
                details: tg.details.clone(),
            });
        }
        // Canvas text does not wrap: break the title by measured widths (`wrap`).
        let title = wrap(
            vm.loc,
            &panel.label,
            ((pw - 20.0) / (TITLE_SIZE * 0.55)) as usize,
            2,
        );
        boxes.push(PanelBox {
            title,
            frame,
            plot,
            labels: place_labels(vm.loc, panel, plot, &x, &y),
            verdict: panel.verdict_line(vm.loc),
            x,
            y,
        });
    }
    let shares = ticks(0.0, vm.y_max, nice_step(0.0, vm.y_max, 4))
        .into_iter()
        .map(|v| (v, format_percent(v, vm.loc)))
        .collect();
    // About one year label per 70 px of a panel's plot.
    let years = boxes.first().map_or_else(Vec::new, |b| {
        let step = nice_step(vm.x_min, vm.x_max, (b.plot.w / 70.0).max(1.0) as usize);
        ticks(vm.x_min, vm.x_max, step)
            .into_iter()
            .map(|v| (v, format_year(v, vm.loc)))
            .collect()
    });
    ParityLayout {
        width,
        height: top + rows as f64 * panel_h + (rows - 1) as f64 * GAP,
        boxes,
        key,
        shares,
        years,
        marks,
    }
}
