//! The map's size key: its title broken into lines and its box sized once per width
//! ([`KeyShape`], in the layout), then placed per zoom clear of every marker and label
//! ([`SizeKey`], in the frame), so drawing it only paints.

use super::chart::{wrap, Rect};
use super::map::MapVm;
use super::map_layout::{radius, MarkerBox, LABEL_SIZE};

/// The key's font size, and the height of one of its title's lines.
pub const KEY_SIZE: f64 = 11.0;
pub const KEY_LEADING: f64 = 14.0;
/// The least height a circle's count takes: each next count at least this much lower.
const LINE: f64 = 12.0;

/// The size key at one width: its box's size, its title's lines and its reference circles.
#[derive(Clone, Debug, PartialEq)]
pub struct KeyShape {
    pub w: f64,
    pub h: f64,
    pub title: Vec<String>,
    /// The largest circle's radius.
    pub big: f64,
    /// Each reference circle, largest first: its radius and its count's words.
    pub circles: Vec<(f64, String)>,
}

/// The size key placed: its box, its title, and each circle with the line to its count.
#[derive(Clone, Debug, PartialEq)]
pub struct SizeKey {
    /// The white box behind the key.
    pub rect: Rect,
    /// The title's top left corner (its lines follow at [`KEY_LEADING`]).
    pub title_at: (f64, f64),
    pub title: Vec<String>,
    /// Largest first.
    pub circles: Vec<KeyCircle>,
}

/// A reference circle of the key and its count.
#[derive(Clone, Debug, PartialEq)]
pub struct KeyCircle {
    pub centre: (f64, f64),
    pub r: f64,
    /// From the circle's top to its count.
    pub tick: ((f64, f64), (f64, f64)),
    /// The count's words, set from their left end, centred on this point.
    pub words_at: (f64, f64),
    pub words: String,
}

/// The key's shape on a map `width` wide: nested circles of the map's own scale, each with its
/// count, under a title of one line (two on narrow maps, so that the key fits between the
/// markers). `None` when there is nothing to key.
pub fn shape(vm: &MapVm, width: f64) -> Option<KeyShape> {
    let &(largest, _) = vm.key.last()?;
    let loc = vm.loc;
    let big = radius(Some(largest), width);
    let words = vm
        .key
        .iter()
        .map(|(_, w)| loc.text_width(w, KEY_SIZE))
        .fold(6.6, f64::max);
    let per_line = if width < 600.0 { 14 } else { 40 };
    let title = wrap(loc, &vm.key_title, per_line, 2);
    let title_w = title
        .iter()
        .map(|l| loc.text_width(l, KEY_SIZE))
        .fold(0.0, f64::max);
    let circles_h = (2.0 * big).max(LINE * vm.key.len() as f64);
    let w = (2.0 * big + 14.0 + words).max(title_w) + 16.0;
    let h = circles_h + 20.0 + KEY_LEADING * title.len() as f64;
    let circles = vm
        .key
        .iter()
        .rev()
        .map(|(n, words)| (radius(Some(*n), width), words.clone()))
        .collect();
    Some(KeyShape {
        w,
        h,
        title,
        big,
        circles,
    })
}

/// Every marker's box and every label's, which the key keeps clear of.
fn boxes(vm: &MapVm, markers: &[MarkerBox]) -> Vec<(f64, f64, f64, f64)> {
    markers
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
        .collect()
}

/// Places the key of `shape` on a map of `(width, height)` among `markers`: at the first place
/// along the lower edge (then the upper edge), from the left, clear of every marker and label;
/// else (a narrow map, a long title) where it covers the least of them.
pub fn place(
    vm: &MapVm,
    shape: &KeyShape,
    (width, height): (f64, f64),
    markers: &[MarkerBox],
) -> SizeKey {
    let (w, h) = (shape.w, shape.h);
    let (right, bottom) = (width - w - 8.0, height - h - 8.0);
    let boxes = boxes(vm, markers);
    let clear = |(x, y): (f64, f64)| {
        boxes
            .iter()
            .all(|&(l, t, r, b)| r < x || l > x + w || b < y || t > y + h)
    };
    let along = |y: f64| {
        let steps = (right.max(8.0) / 8.0) as usize;
        (1..=steps).map(move |i| (i as f64 * 8.0, y))
    };
    let cover = |(x, y): (f64, f64)| covered(&boxes, Rect { x, y, w, h });
    let (x0, y0) = along(bottom)
        .chain(along(8.0))
        .find(|&c| clear(c))
        .unwrap_or_else(|| {
            along(bottom)
                .chain(along(8.0))
                .min_by(|&a, &b| cover(a).total_cmp(&cover(b)))
                .unwrap_or((8.0, bottom))
        });
    let big = shape.big;
    let (cx, base) = (x0 + 8.0 + big, y0 + h - 8.0);
    // Largest first: its count at its top; each next count at least a line lower.
    let mut label_y = f64::MIN;
    let circles = shape
        .circles
        .iter()
        .map(|(r, words)| {
            let top = base - 2.0 * r;
            label_y = top.max(label_y + LINE);
            KeyCircle {
                centre: (cx, base - r),
                r: *r,
                tick: ((cx, top), (cx + big + 6.0, label_y)),
                words_at: (cx + big + 8.0, label_y),
                words: words.clone(),
            }
        })
        .collect();
    SizeKey {
        rect: Rect { x: x0, y: y0, w, h },
        title_at: (x0 + 8.0, y0 + 6.0),
        title: shape.title.clone(),
        circles,
    }
}

/// How much of the boxes of `markers` and their labels `rect` covers, in square pixels.
pub fn covered_by(rect: Rect, vm: &MapVm, markers: &[MarkerBox]) -> f64 {
    covered(&boxes(vm, markers), rect)
}

fn covered(boxes: &[(f64, f64, f64, f64)], rect: Rect) -> f64 {
    boxes
        .iter()
        .map(|&(l, t, r, b)| {
            let dx = (r.min(rect.right()) - l.max(rect.x)).max(0.0);
            let dy = (b.min(rect.bottom()) - t.max(rect.y)).max(0.0);
            dx * dy
        })
        .sum()
}
