//! The mission map at one width: the basemap and the missions projected once per size (and the
//! size key shaped), and per zoom the markers, labels placed without overlap, the size key
//! placed clear of them, and the focusable marks.

use super::chart::{Mark, Rect, Zoom};
use super::map::MapVm;
use super::map_key::{self, KeyShape, SizeKey};
use crate::geo::projection::Fit;
use crate::model::Basemap;

/// A site's marker and, where it fits, its label.
#[derive(Clone, Debug, PartialEq)]
pub struct MarkerBox {
    pub x: f64,
    pub y: f64,
    pub r: f64,
    /// The headquarters' own place, when the marker was moved off it to keep its touch target
    /// clear of another's (a leader line joins them).
    pub anchor: Option<(f64, f64)>,
    /// Where the label's anchor is and whether it reads leftwards from it.
    pub label: Option<(f64, f64, bool)>,
}

/// The map at one width: the basemap and the sites projected once per size. Zooming and panning
/// only apply a [`Zoom`] to these points; labels are placed per [`frame`].
#[derive(Clone, Debug, PartialEq)]
pub struct MapLayout {
    pub width: f64,
    pub height: f64,
    pub fit: Fit,
    pub land: Vec<Vec<(f64, f64)>>,
    pub borders: Vec<Vec<(f64, f64)>>,
    pub undetermined: Vec<Vec<(f64, f64)>>,
    /// Each site's projected position, at zoom 1.
    pub sites: Vec<(f64, f64)>,
    /// The size key's title lines and box, placed per [`frame`].
    pub key: Option<KeyShape>,
}

/// What changes with the zoom: markers, labels, the size key and focusable marks, in screen
/// pixels, for the zoom it was made for.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MapFrame {
    pub zoom: Zoom,
    pub markers: Vec<MarkerBox>,
    pub marks: Vec<Mark>,
    pub key: Option<SizeKey>,
}

/// The marker radius for a count on a map `width` wide: the area grows with the count, and the
/// whole scale shrinks on narrow maps (to half, at phone widths). No count: a small mark.
pub fn radius(count: Option<u64>, width: f64) -> f64 {
    let k = size_factor(width);
    count.map_or(5.0, |n| k * (4.5 + 1.6 * (n as f64).sqrt()))
}

fn size_factor(width: f64) -> f64 {
    (width / 960.0).clamp(0.5, 1.0)
}

/// Touch targets: at least this radius (24 px across, WCAG 2.5.8), and never overlapping.
pub const TOUCH_RADIUS: f64 = 12.0;

/// The counts of the size key's reference circles, for the largest count on the map: a round
/// number at or below it and one about a quarter of it (one circle when they would meet).
pub fn key_counts(largest: u64) -> Vec<u64> {
    let round = |n: u64| -> u64 {
        if n == 0 {
            return 0;
        }
        let p = 10u64.pow(n.ilog10());
        [5, 2, 1]
            .into_iter()
            .map(|m| m * p)
            .find(|&v| v <= n)
            .unwrap_or(p)
    };
    let big = round(largest);
    let small = round(largest / 4);
    match (big, small) {
        (0, _) => Vec::new(),
        (b, s) if s == 0 || s == b => vec![b],
        (b, s) => vec![s, b],
    }
}

/// Pushes apart the touch targets of the markers in view until none overlaps another (or after
/// 60 rounds); a marker moved off its place keeps that place as its anchor.
fn spread(markers: &mut [MarkerBox], shown: &[bool]) {
    let hit = |m: &MarkerBox| m.r.max(TOUCH_RADIUS);
    let places: Vec<(f64, f64)> = markers.iter().map(|m| (m.x, m.y)).collect();
    for _ in 0..60 {
        let mut moved = false;
        for i in 0..markers.len() {
            for j in i + 1..markers.len() {
                if !(shown[i] && shown[j]) {
                    continue;
                }
                let (dx, dy) = (markers[j].x - markers[i].x, markers[j].y - markers[i].y);
                let d = dx.hypot(dy);
                let need = hit(&markers[i]) + hit(&markers[j]) + 1.0;
                if d >= need {
                    continue;
                }
                // Apart along the line between them (sideways when they coincide).
                let (ux, uy) = if d > 1e-6 {
                    (dx / d, dy / d)
                } else {
                    (1.0, 0.0)
                };
                let push = (need - d) / 2.0 + 0.05;
                markers[i].x -= ux * push;
                markers[i].y -= uy * push;
                markers[j].x += ux * push;
                markers[j].y += uy * push;
                moved = true;
            }
        }
        if !moved {
            break;
        }
    }
    for (m, &(x, y)) in markers.iter_mut().zip(&places) {
        if (m.x - x).hypot(m.y - y) > 0.5 {
            m.anchor = Some((x, y));
        }
    }
}

/// Label font size in logical pixels (labels are kept apart by `text_width`).
pub const LABEL_SIZE: f64 = 12.0;

fn overlaps(a: &Rect, b: &Rect) -> bool {
    a.x < b.right() && b.x < a.right() && a.y < b.bottom() && b.y < a.bottom()
}

/// Lays the map out at `width`: the view fits the shown missions (with a margin), and the
/// basemap and the sites are projected once.
pub fn layout(vm: &MapVm, base: &Basemap, width: f64) -> MapLayout {
    let height = (width * 0.6).clamp(240.0, 620.0);
    let (mut lon0, mut lat0, mut lon1, mut lat1) = (180.0f64, 90.0f64, -180.0f64, -90.0f64);
    for s in &vm.sites {
        lon0 = lon0.min(s.lon);
        lon1 = lon1.max(s.lon);
        lat0 = lat0.min(s.lat);
        lat1 = lat1.max(s.lat);
    }
    if vm.sites.is_empty() {
        (lon0, lat0, lon1, lat1) = (-180.0, -60.0, 180.0, 85.0);
    }
    let fit = Fit::to_box(
        width,
        height,
        ((lon0 - 14.0).max(-180.0), (lat0 - 14.0).max(-60.0)),
        ((lon1 + 14.0).min(180.0), (lat1 + 12.0).min(85.0)),
    );
    let view = Rect {
        x: 0.0,
        y: 0.0,
        w: width,
        h: height,
    };
    let project = |lines: &[Vec<(f64, f64)>]| -> Vec<Vec<(f64, f64)>> {
        lines
            .iter()
            .map(|l| {
                l.iter()
                    .map(|&(lon, lat)| fit.project(lon, lat))
                    .collect::<Vec<_>>()
            })
            .filter(|l| {
                let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
                for &(x, y) in l {
                    x0 = x0.min(x);
                    x1 = x1.max(x);
                    y0 = y0.min(y);
                    y1 = y1.max(y);
                }
                overlaps(
                    &Rect {
                        x: x0,
                        y: y0,
                        w: x1 - x0,
                        h: y1 - y0,
                    },
                    &view,
                )
            })
            .collect()
    };
    let sites = vm.sites.iter().map(|s| fit.project(s.lon, s.lat)).collect();
    MapLayout {
        width,
        height,
        fit,
        land: project(&base.land),
        borders: project(&base.borders),
        undetermined: project(&base.undetermined),
        sites,
        key: map_key::shape(vm, width),
    }
}

/// Markers, labels, the size key and marks for `zoom`: labels go right, left, above or below
/// their marker, or are left out where none of those is free (the mission stays focusable and
/// listed); the key goes where it covers none of them ([`map_key::place`]).
pub fn frame(vm: &MapVm, layout: &MapLayout, zoom: Zoom) -> MapFrame {
    let (width, height) = (layout.width, layout.height);
    let mut markers: Vec<MarkerBox> = vm
        .sites
        .iter()
        .zip(&layout.sites)
        .map(|(s, &p)| {
            let (x, y) = zoom.apply(p);
            let r = if s.active {
                radius(s.incidents.number(), width)
            } else {
                4.0
            };
            MarkerBox {
                x,
                y,
                r,
                anchor: None,
                label: None,
            }
        })
        .collect();
    let inside = |m: &MarkerBox| m.x >= 0.0 && m.x <= width && m.y >= 0.0 && m.y <= height;
    let shown: Vec<bool> = markers.iter().map(inside).collect();
    spread(&mut markers, &shown);
    // Greedy labels: larger markers first, each at the first free place.
    let mut taken: Vec<Rect> = markers
        .iter()
        .map(|m| Rect {
            x: m.x - m.r,
            y: m.y - m.r,
            w: 2.0 * m.r,
            h: 2.0 * m.r,
        })
        .collect();
    let mut order: Vec<usize> = (0..markers.len()).collect();
    order.sort_by(|&a, &b| markers[b].r.total_cmp(&markers[a].r));
    let mut labelled: Vec<&str> = Vec::new();
    for i in order {
        let code = vm.sites[i].label.as_str();
        if labelled.contains(&code) || !inside(&markers[i]) {
            continue; // a second headquarters of a mission already labelled, or out of view
        }
        let m = &markers[i];
        let w = vm.loc.text_width(code, LABEL_SIZE);
        let h = LABEL_SIZE + 2.0;
        let gap = m.r + 3.0;
        let candidates = [
            (
                m.x + gap,
                m.y,
                false,
                Rect {
                    x: m.x + gap,
                    y: m.y - h / 2.0,
                    w,
                    h,
                },
            ),
            (
                m.x - gap,
                m.y,
                true,
                Rect {
                    x: m.x - gap - w,
                    y: m.y - h / 2.0,
                    w,
                    h,
                },
            ),
            (
                m.x - w / 2.0,
                m.y - gap - h / 2.0,
                false,
                Rect {
                    x: m.x - w / 2.0,
                    y: m.y - gap - h,
                    w,
                    h,
                },
            ),
            (
                m.x - w / 2.0,
                m.y + gap + h / 2.0,
                false,
                Rect {
                    x: m.x - w / 2.0,
                    y: m.y + gap,
                    w,
                    h,
                },
            ),
        ];
        let free = candidates.into_iter().find(|(.., r)| {
            r.x >= 0.0
                && r.right() <= width
                && r.y >= 0.0
                && r.bottom() <= height
                && !taken.iter().any(|t| overlaps(t, r))
        });
        if let Some((x, y, leftwards, r)) = free {
            markers[i].label = Some((x, y, leftwards));
            taken.push(r);
            labelled.push(code);
        }
    }
    let marks = markers
        .iter()
        .zip(&vm.sites)
        .map(|(m, s)| {
            let r = m.r.max(TOUCH_RADIUS);
            Mark {
                x: m.x - r,
                y: m.y - r,
                w: 2.0 * r,
                h: 2.0 * r,
                details: s.details.clone(),
            }
        })
        .collect();
    let key = layout
        .key
        .as_ref()
        .map(|k| map_key::place(vm, k, (width, height), &markers));
    MapFrame {
        zoom,
        markers,
        marks,
        key,
    }
}
