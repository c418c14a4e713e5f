//! The map's size key, natively: shaped once per width, placed per zoom clear of every marker
//! and label of the frame it was placed for.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use pkviz::i18n::Locale;
use pkviz::view::chart::{Rect, Zoom};
use pkviz::view::map::{self, MapLayout, MapVm};
use pkviz::view::map_key::{self, covered_by};

fn vm() -> MapVm {
    map::map(&common::fixture(), true, Locale::ENGLISH).unwrap()
}

/// The zooms a person reaches: none, and in twice and four times on two points.
fn zooms(l: &MapLayout) -> [Zoom; 3] {
    let (w, h) = (l.width, l.height);
    let z = Zoom::default();
    [
        z,
        z.zoom_at(2.0, (w / 2.0, h / 2.0), w, h),
        z.zoom_at(4.0, (w / 3.0, h / 2.0), w, h),
    ]
}

fn inside(inner: Rect, outer: Rect) -> bool {
    inner.x >= outer.x
        && inner.y >= outer.y
        && inner.right() <= outer.right()
        && inner.bottom() <= outer.bottom()
}

#[test]
fn the_key_covers_no_marker_or_label_of_the_frame_it_was_placed_for() {
    let vm = vm();
    let base = common::basemap();
    let mut places = Vec::new();
    for width in [320.0, 480.0, 600.0, 960.0, 1088.0] {
        let l = map::layout(&vm, &base, width);
        let shape = l.key.as_ref().expect("the fixture has counts to key");
        for zoom in zooms(&l) {
            let f = map::frame(&vm, &l, zoom);
            let key = f.key.as_ref().expect("placed in every frame");
            let map_box = Rect {
                x: 0.0,
                y: 0.0,
                w: width,
                h: l.height,
            };
            assert!(inside(key.rect, map_box), "{width} {zoom:?}: {key:?}");
            assert_eq!(
                covered_by(key.rect, &vm, &f.markers),
                0.0,
                "{width} {zoom:?}: the key covers a marker or a label"
            );
            // Everything of the key is in its box: the circles, and the counts' starts.
            for c in &key.circles {
                let circle = Rect {
                    x: c.centre.0 - c.r,
                    y: c.centre.1 - c.r,
                    w: 2.0 * c.r,
                    h: 2.0 * c.r,
                };
                assert!(inside(circle, key.rect), "{c:?} out of {:?}", key.rect);
                assert!(c.words_at.0 < key.rect.right() && c.words_at.1 > key.rect.y);
            }
            assert_eq!(key.title, shape.title);
            // What the frame holds is what placing the key among its markers gives.
            let again = map_key::place(&vm, shape, (width, l.height), &f.markers);
            assert_eq!(&again, key);
            places.push((width, key.rect));
        }
    }
    // At phone width, zooming moves markers onto the key's place, and the key moves with them.
    let narrow: Vec<_> = places.iter().filter(|(w, _)| *w == 320.0).collect();
    assert!(narrow.windows(2).any(|p| p[0].1 != p[1].1), "{narrow:?}");
}

#[test]
fn the_key_moves_off_a_marker_put_where_it_was() {
    let vm = vm();
    let base = common::basemap();
    let l = map::layout(&vm, &base, 960.0);
    let shape = l.key.as_ref().unwrap();
    let f = map::frame(&vm, &l, Zoom::default());
    let was = f.key.as_ref().unwrap().rect;
    let mut markers = f.markers.clone();
    markers[0].x = was.x + was.w / 2.0;
    markers[0].y = was.y + was.h / 2.0;
    markers[0].label = None;
    let now = map_key::place(&vm, shape, (l.width, l.height), &markers).rect;
    assert_ne!(now, was);
    assert_eq!(covered_by(now, &vm, &markers), 0.0, "{now:?}");
}

#[test]
fn the_key_is_shaped_per_width_and_absent_without_counts() {
    let vm = vm();
    let base = common::basemap();
    let (narrow, wide) = (
        map::layout(&vm, &base, 320.0),
        map::layout(&vm, &base, 960.0),
    );
    let (n, w) = (narrow.key.unwrap(), wide.key.unwrap());
    // On narrow maps the title takes more lines, so the key fits between the markers.
    assert!(n.title.len() > w.title.len() && n.w < w.w, "{n:?} {w:?}");
    // Largest circle first, each with its count's words, as the view model keys them.
    let radii: Vec<f64> = w.circles.iter().map(|c| c.0).collect();
    assert!(radii.windows(2).all(|r| r[0] > r[1]), "{radii:?}");
    assert_eq!(w.big, radii[0]);
    let words: Vec<&str> = vm.key.iter().rev().map(|k| k.1.as_str()).collect();
    assert_eq!(
        w.circles.iter().map(|c| c.1.as_str()).collect::<Vec<_>>(),
        words
    );
    let none = MapVm {
        key: Vec::new(),
        ..vm.clone()
    };
    let l = map::layout(&none, &base, 960.0);
    assert!(l.key.is_none());
    assert!(map::frame(&none, &l, Zoom::default()).key.is_none());
}
