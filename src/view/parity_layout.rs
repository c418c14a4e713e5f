//! The parity chart at one width: three, two or one panels a row, every panel on the shared
//! scales, and the focusable marks of points and targets.

use super::chart::{wrap, Mark, Rect, Scale};
use super::parity::{PanelVm, ParityVm};

/// Where a panel goes: its frame, its plotting box and its scales.
#[derive(Clone, Debug, PartialEq)]
pub struct PanelBox {
    /// The panel's title, broken into lines that fit its width.
    pub title: Vec<String>,
    pub frame: Rect,
    pub plot: Rect,
    pub x: Scale,
    pub y: Scale,
}

/// The chart laid out at one width (logical pixels): computed once per size, not per frame.
#[derive(Clone, Debug, PartialEq)]
pub struct ParityLayout {
    pub width: f64,
    pub height: f64,
    /// One per panel of [`ParityVm::panels`], then the "others" panel if it has points.
    pub boxes: Vec<PanelBox>,
    /// Every point and target, for focus and hover.
    pub marks: Vec<Mark>,
}

/// The panel titles' font size, in logical pixels.
pub const TITLE_SIZE: f64 = 14.0;

/// The height of one panel.
pub const PANEL_HEIGHT: f64 = 240.0;
const GAP: f64 = 16.0;

/// The panels of `vm` in drawing order.
pub fn shown_panels(vm: &ParityVm) -> impl Iterator<Item = &PanelVm> {
    vm.panels
        .iter()
        .chain(std::iter::once(&vm.others).filter(|o| !o.points.is_empty()))
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
    let n = shown_panels(vm).count();
    let rows = n.div_ceil(cols).max(1);
    let pw = (width - GAP * (cols - 1) as f64) / cols as f64;
    let mut boxes = Vec::with_capacity(n);
    let mut marks = Vec::new();
    for (i, panel) in shown_panels(vm).enumerate() {
        let frame = Rect {
            x: (i % cols) as f64 * (pw + GAP),
            y: (i / cols) as f64 * (PANEL_HEIGHT + GAP),
            w: pw,
            h: PANEL_HEIGHT,
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
        // Canvas text does not wrap: break the title by an average glyph width (0.55 em).
        let title = wrap(
            &panel.label,
            ((pw - 20.0) / (TITLE_SIZE * 0.55)) as usize,
            2,
        );
        boxes.push(PanelBox {
            title,
            frame,
            plot,
            x,
            y,
        });
    }
    ParityLayout {
        width,
        height: rows as f64 * PANEL_HEIGHT + (rows - 1) as f64 * GAP,
        boxes,
        marks,
    }
}
