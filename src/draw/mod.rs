//! Drawing: functions generic over plotters' `DrawingBackend`, so the same code paints a
//! `<canvas>` in the browser and writes SVG in native golden tests.
//!
//! They take a laid-out view model (logical pixels) and a scale factor (the device pixel ratio
//! on canvas, 1 for SVG), and use plotters' primitives only: no chart builder, no font metrics.

pub mod export;
pub mod funnel;
pub mod map;
pub mod marks;
pub mod parity;
pub mod sections;
pub mod snapshots;

use crate::i18n::Locale;
use crate::view::chart::{Mark, Zoom};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// The result of a drawing function.
pub type DrawResult<DB> = Result<(), DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

/// A chart or the map: laid out once per width, framed once per zoom, then drawn on any
/// plotters backend. The canvas, the SVG and PNG downloads, the prerendered page and the golden
/// files all go through this trait, so a new chart is one implementation (plus its route entry).
pub trait Drawable {
    /// Everything that depends on the width (positions in logical pixels).
    type Layout: PartialEq;
    /// Everything that depends on the zoom as well (the map's markers, labels and size key);
    /// `()` for a chart that does not zoom.
    type Frame: Default;
    /// Whether a person can zoom and pan it (the map).
    const ZOOMS: bool = false;
    /// Lays the item out at `width` logical pixels.
    fn layout(&self, width: f64) -> Self::Layout;
    /// The layout as seen through `zoom`, made once per zoom and given to [`Self::marks`] and
    /// [`Self::draw`]. An item that zooms makes its own; the others have nothing to make.
    fn frame(&self, _layout: &Self::Layout, _zoom: Zoom) -> Self::Frame {
        Self::Frame::default()
    }
    /// The height of a layout, in logical pixels.
    fn height(layout: &Self::Layout) -> f64;
    /// Whether a right-to-left language draws it mirrored: a chart does (its panels, axes and
    /// bars run from the right); the map does not (geography keeps its sides).
    const MIRRORS: bool = true;
    /// The locale it is written in, and whose text measure lays it out.
    fn loc(&self) -> Locale;
    /// The same item in `loc`: for a file that leaves the page, laid out with estimated text
    /// widths (`Locale::estimated`), as an SVG download is opened with other fonts.
    fn in_locale(&self, loc: Locale) -> Self
    where
        Self: Sized;
    /// The width of a layout, in logical pixels.
    fn width(layout: &Self::Layout) -> f64;
    /// The marks a person can focus in `frame` (as laid out, left to right).
    fn marks(&self, layout: &Self::Layout, frame: &Self::Frame) -> Vec<Mark>;
    /// The marks where they are drawn: mirrored with the chart in a right-to-left language.
    fn shown_marks(&self, layout: &Self::Layout, frame: &Self::Frame) -> Vec<Mark> {
        let mut marks = self.marks(layout, frame);
        if let Some(w) = self.px(layout, 1.0).flip {
            for m in &mut marks {
                m.x = w - m.x - m.w;
            }
        }
        marks
    }
    /// Logical to device pixels for this item at `scale`, mirrored where it mirrors.
    fn px(&self, layout: &Self::Layout, scale: f64) -> Px {
        let rtl = self.loc().rtl();
        Px {
            k: scale,
            flip: (rtl && Self::MIRRORS).then(|| Self::width(layout)),
            rtl,
        }
    }
    /// Draws the item as laid out and framed, `scale` device pixels per logical one: it only
    /// paints what the layout and the frame place (no text measured, no label formatted).
    fn draw<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        layout: &Self::Layout,
        frame: &Self::Frame,
        scale: f64,
    ) -> DrawResult<DB>;
}

/// The [`Drawable`] of a chart that does not zoom, written once: `$vm` (a view model with a
/// `loc`) laid out by `$layout` into `$out` (a layout with `width`, `height` and `marks`) and
/// painted by `$paint(area, vm, layout, scale)`.
macro_rules! chart {
    ($vm:ty, $out:ty, $layout:path, $paint:path) => {
        impl $crate::draw::Drawable for $vm {
            type Layout = $out;
            type Frame = ();
            fn layout(&self, width: f64) -> $out {
                $layout(self, width)
            }
            fn height(layout: &$out) -> f64 {
                layout.height
            }
            fn loc(&self) -> $crate::i18n::Locale {
                self.loc
            }
            fn in_locale(&self, loc: $crate::i18n::Locale) -> Self {
                Self {
                    loc,
                    ..self.clone()
                }
            }
            fn width(layout: &$out) -> f64 {
                layout.width
            }
            fn marks(&self, layout: &$out, _: &()) -> Vec<$crate::view::chart::Mark> {
                layout.marks.clone()
            }
            fn draw<DB: plotters::prelude::DrawingBackend>(
                &self,
                area: &plotters::prelude::DrawingArea<DB, plotters::coord::Shift>,
                layout: &$out,
                _: &(),
                scale: f64,
            ) -> $crate::draw::DrawResult<DB> {
                $paint(area, self, layout, scale)
            }
        }
    };
}
pub(crate) use chart;

/// Colours that stay apart for colour-blind viewers and in greyscale (with the marks' shapes).
pub mod palette {
    use plotters::style::RGBColor;
    pub const INK: RGBColor = RGBColor(26, 26, 26);
    pub const MUTED: RGBColor = RGBColor(85, 85, 85);
    pub const GRID: RGBColor = RGBColor(222, 226, 230);
    pub const FRAME: RGBColor = RGBColor(200, 205, 210);
    /// Reported values: UN blue, dark.
    pub const ACTUAL: RGBColor = RGBColor(0, 90, 140);
    /// Targets: Okabe–Ito vermillion, lighter than `ACTUAL` in greyscale.
    pub const TARGET: RGBColor = RGBColor(213, 94, 0);
    /// A second series: Okabe–Ito bluish green (3.3:1 on white).
    pub const SECOND: RGBColor = RGBColor(0, 158, 115);
    pub const DERIVED_FILL: RGBColor = RGBColor(204, 224, 236);
}

/// Logical pixels to device pixels: `k` device pixels per logical one, and for a drawing
/// mirrored right to left, the width it is mirrored in. Layouts are always left to right.
#[derive(Clone, Copy)]
pub struct Px {
    pub k: f64,
    /// Mirrored: `x` becomes `flip − x`.
    pub flip: Option<f64>,
    /// The surface sets text right to left (canvas and SVG `direction`): a text's start is
    /// its right end.
    pub rtl: bool,
}

impl Px {
    /// Left to right, unmirrored.
    pub fn new(k: f64) -> Px {
        Px {
            k,
            flip: None,
            rtl: false,
        }
    }
    pub fn pt(self, x: f64, y: f64) -> (i32, i32) {
        let x = self.flip.map_or(x, |w| w - x);
        ((x * self.k).round() as i32, (y * self.k).round() as i32)
    }
    pub fn len(self, v: f64) -> i32 {
        (v * self.k).round().max(1.0) as i32
    }
    /// The corners of the rectangle from `(x0, y0)` to `(x1, y1)`, top left first (also when
    /// mirrored).
    pub fn rect(self, (x0, y0): (f64, f64), (x1, y1): (f64, f64)) -> [(i32, i32); 2] {
        let (a, b) = (self.pt(x0, y0), self.pt(x1, y1));
        [(a.0.min(b.0), a.1.min(b.1)), (a.0.max(b.0), a.1.max(b.1))]
    }
    /// Where a text anchored at its visual `h` side must say it is anchored: the surface sets
    /// the text's start on the right in right-to-left text, so an unmirrored drawing swaps
    /// sides (a mirrored one is the mirror image, and its sides swap with it).
    fn anchor(self, h: HPos) -> HPos {
        match (self.rtl && self.flip.is_none(), h) {
            (true, HPos::Left) => HPos::Right,
            (true, HPos::Right) => HPos::Left,
            (_, h) => h,
        }
    }
}

/// Text at a point, anchored (`h`, `v`), in the page's sans-serif.
pub fn text<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    px: Px,
    s: &str,
    (x, y): (f64, f64),
    size: f64,
    color: &RGBColor,
    (h, v): (HPos, VPos),
) -> DrawResult<DB> {
    let style = ("sans-serif", size * px.k)
        .into_font()
        .color(color)
        .pos(Pos::new(px.anchor(h), v));
    area.draw(&Text::new(s.to_string(), px.pt(x, y), style))
}

/// A straight line.
pub fn line<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    px: Px,
    from: (f64, f64),
    to: (f64, f64),
    color: &RGBColor,
    width: f64,
) -> DrawResult<DB> {
    let style = ShapeStyle::from(color).stroke_width(px.len(width) as u32);
    area.draw(&PathElement::new(
        vec![px.pt(from.0, from.1), px.pt(to.0, to.1)],
        style,
    ))
}

/// A dashed straight line (dash and gap in logical pixels).
pub fn dashed<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    px: Px,
    from: (f64, f64),
    to: (f64, f64),
    color: &RGBColor,
    (dash, gap): (f64, f64),
) -> DrawResult<DB> {
    let (dx, dy) = (to.0 - from.0, to.1 - from.1);
    let len = (dx * dx + dy * dy).sqrt();
    if len == 0.0 {
        return Ok(());
    }
    let mut at = 0.0;
    while at < len {
        let end = (at + dash).min(len);
        let p = |d: f64| (from.0 + dx * d / len, from.1 + dy * d / len);
        line(area, px, p(at), p(end), color, 1.5)?;
        at += dash + gap;
    }
    Ok(())
}
