//! The map, natively: the shipped basemap, the sites and what sizes their markers (from the
//! fixture's SOFA table), their layout (touch targets apart, labels clear), zoom, and the golden
//! SVG drawn by the same code that paints the canvas in the browser.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use pkviz::draw::export;
use pkviz::i18n::Locale;

const EN: Locale = Locale::ENGLISH;

use common::{basemap, fixture};

#[test]
fn the_shipped_basemap_loads_with_its_undetermined_boundaries() {
    let b = basemap();
    assert!(b.land.len() > 100 && b.borders.len() > 100);
    assert!(
        !b.undetermined.is_empty(),
        "Sudan–South Sudan and Western Sahara are dashed"
    );
}

#[test]
fn map_shows_active_missions_and_closed_ones_on_request() {
    let data = fixture();
    let closed = data
        .missions
        .as_ref()
        .unwrap()
        .iter()
        .filter(|m| m.status != pkviz::model::MissionStatus::Active)
        .count();
    let all = data.missions.as_ref().unwrap().len();
    let vm = pkviz::view::map::map(&data, false, EN).unwrap();
    assert_eq!(vm.sites.len(), all - closed);
    let vm = pkviz::view::map::map(&data, true, EN).unwrap();
    assert_eq!(vm.sites.len(), all);
    // Sized by the SOFA table's new incidents where it gives a number; where it gives none, each
    // of the four reasons is its own thing.
    use pkviz::i18n::{t, Msg};
    use pkviz::model::{Agreement, Count};
    use pkviz::view::map::Incidents;
    let rows = &data.sofa.as_ref().unwrap().rows;
    // What the fixture's SOFA row (or its lack) says of a mission, read here from the model.
    let expected = |code: &str| match rows.iter().find(|r| r.mission == code) {
        None => (Incidents::NotReported, t(EN, Msg::NotReported)),
        Some(r) if r.agreement == Agreement::Neither => {
            (Incidents::NoAgreement, t(EN, Msg::StateNoAgreement))
        }
        Some(r) => match r.incidents.map(|i| i.new_last_6_months) {
            None => (Incidents::NotReported, t(EN, Msg::NotReported)),
            Some(Count::Number(n)) => (Incidents::Number(n), ""),
            Some(Count::None) => (Incidents::ReportNone, t(EN, Msg::StateNone)),
            Some(Count::UnderValidation) => {
                (Incidents::UnderValidation, t(EN, Msg::StateUnderValidation))
            }
        },
    };
    let mut kinds = Vec::new();
    for site in &vm.sites {
        let (incidents, words) = expected(&site.code);
        assert_eq!(site.incidents, incidents, "{}", site.code);
        // The table says which, in the report's words where it has them.
        let row = vm.table.rows.iter().find(|r| r.key == site.code).unwrap();
        let cell = &row.cells.last().unwrap().text;
        match incidents {
            Incidents::Number(n) => assert_eq!(*cell, pkviz::i18n::format_count(n, EN)),
            _ => assert_eq!(cell, words, "{}", site.code),
        }
        kinds.push(std::mem::discriminant(&incidents));
    }
    kinds.sort_by_key(|k| format!("{k:?}"));
    kinds.dedup();
    assert_eq!(kinds.len(), 5, "the fixture has each of the five kinds");
    // The size key: a round count at or below the largest, and one about a quarter of it.
    let largest = vm.sites.iter().filter_map(|s| s.incidents.number()).max();
    let key: Vec<u64> = vm.key.iter().map(|k| k.0).collect();
    assert_eq!(key, pkviz::view::map::key_counts(largest.unwrap()));
    assert!(key.len() == 2 && key[1] <= largest.unwrap() && key[0] < key[1]);
}

#[test]
fn map_layout_places_every_site_and_no_overlapping_labels() {
    let data = fixture();
    let vm = pkviz::view::map::map(&data, true, EN).unwrap();
    let base = basemap();
    for width in [320.0, 960.0] {
        let l = pkviz::view::map::layout(&vm, &base, width);
        let f = pkviz::view::map::frame(&vm, &l, Default::default());
        for m in &f.markers {
            assert!(
                (0.0..=width).contains(&m.x) && (0.0..=l.height).contains(&m.y),
                "{m:?}"
            );
        }
        // Touch targets are 24 px or more and never overlap (markers too close are moved apart,
        // with a leader line from their own place).
        for (i, a) in f.marks.iter().enumerate() {
            assert!(a.w >= 24.0 && a.h >= 24.0);
            for b in &f.marks[i + 1..] {
                let (ca, cb) = (
                    (a.x + a.w / 2.0, a.y + a.h / 2.0),
                    (b.x + b.w / 2.0, b.y + b.h / 2.0),
                );
                let d = (ca.0 - cb.0).hypot(ca.1 - cb.1);
                assert!(
                    d >= (a.w + b.w) / 2.0,
                    "touch targets {a:?} and {b:?} overlap"
                );
            }
        }
        assert!(
            f.markers.iter().any(|m| m.anchor.is_some()),
            "ALPHA and FOXTROT are moved apart"
        );
        // Markers shrink on narrow maps.
        let r = |w: f64| pkviz::view::map::radius(Some(99), w);
        assert!(r(320.0) < r(960.0));
        // Hit-testing: the mark found at each marker's centre is that site's own.
        for (i, m) in f.markers.iter().enumerate() {
            let hit = f
                .marks
                .iter()
                .position(|k| m.x >= k.x && m.x <= k.x + k.w && m.y >= k.y && m.y <= k.y + k.h);
            assert_eq!(hit, Some(i), "site {i}");
        }
        // No two labels start at the same place.
        let at: Vec<(f64, f64)> = f
            .markers
            .iter()
            .filter_map(|m| m.label.map(|(x, y, _)| (x, y)))
            .collect();
        for (a, p) in at.iter().enumerate() {
            for q in &at[a + 1..] {
                assert!(
                    (p.0 - q.0).abs() > 1.0 || (p.1 - q.1).abs() > 1.0,
                    "labels at {p:?} and {q:?}"
                );
            }
        }
        let (lon, lat) = l.fit.invert(l.sites[0].0, l.sites[0].1);
        assert!((lon - vm.sites[0].lon).abs() < 1e-6 && (lat - vm.sites[0].lat).abs() < 1e-6);
    }
}

#[test]
fn golden_map_svg() {
    let data = fixture();
    // As the page first shows it: closed missions off.
    let vm = pkviz::view::map::map(&data, false, EN).unwrap();
    let base = basemap();
    let framing = pkviz::view::export::map_framing(&data, &vm, EN);
    let chart = pkviz::view::map::MapChart {
        vm: std::rc::Rc::new(vm),
        base: std::rc::Rc::new(base),
    };
    let out = export::framed_svg(&chart, &framing).unwrap();
    assert!(out.contains(&chart.vm.sites[0].code));
    assert!(
        out.contains("stroke=\"#5A6068\""),
        "undetermined boundaries are drawn dashed"
    );
    assert!(
        out.contains("do not imply official endorsement"),
        "the UN disclaimer is in the file"
    );
    common::golden("tests/golden/map.svg", &out);
}

#[test]
fn zoom_keeps_the_point_under_the_cursor_and_stays_in_frame() {
    use pkviz::view::map::{Zoom, MAX_ZOOM};
    let z = Zoom::default().zoom_at(2.0, (300.0, 200.0), 960.0, 576.0);
    let (x, y) = z.apply((300.0, 200.0));
    assert!((x - 300.0).abs() < 1e-9 && (y - 200.0).abs() < 1e-9);
    assert_eq!(z.k, 2.0);
    assert_eq!(
        Zoom::default().zoom_at(100.0, (0.0, 0.0), 960.0, 576.0).k,
        MAX_ZOOM
    );
    assert_eq!(z.zoom_at(0.01, (0.0, 0.0), 960.0, 576.0), Zoom::default());
    // Panning stops at the edges of the map's frame.
    let p = z.pan(10_000.0, -10_000.0, 960.0, 576.0);
    assert_eq!((p.x, p.y), (0.0, -576.0));
}
