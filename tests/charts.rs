//! The charts, natively: view-model rules (gaps, targets, derived stages) and golden SVGs drawn
//! by the same code that paints the canvas in the browser.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use pkviz::draw::{self, export};
use pkviz::i18n::Locale;

const EN: Locale = Locale::ENGLISH;
use pkviz::view::chart::wrap;
use pkviz::view::{funnel, parity};
use plotters::prelude::*;
use plotters_svg::SVGBackend;

use common::{basemap, fixture};

fn svg(
    w: f64,
    h: f64,
    paint: impl for<'a> FnOnce(
        &DrawingArea<SVGBackend<'a>, plotters::coord::Shift>,
    ) -> export::SvgResult,
) -> String {
    export::svg((w, h), paint).unwrap()
}

#[test]
fn parity_points_join_only_across_consecutive_years() {
    let data = fixture();
    let vm = parity::parity(&data, data.parity.as_ref().unwrap(), EN);
    let a = &vm.panels[0];
    assert_eq!(
        a.points.iter().map(|p| p.date.as_str()).collect::<Vec<_>>(),
        ["2028", "2029", "Jun 2030", "Dec 2030"]
    );
    assert_eq!(a.joins, [(0, 1), (1, 2), (2, 3)]);
    let b = &vm.panels[1];
    assert_eq!(b.points.len(), 3);
    assert!(
        b.joins.is_empty(),
        "2027 and 2029 are not joined across the missing 2028, nor 2029 and 2030 across sources"
    );
    // Targets are marks of their own; a target no source gives is not drawn.
    assert_eq!(
        b.targets.iter().map(|t| t.year).collect::<Vec<_>>(),
        [2028, 2029]
    );
    // Each differently defined group has a panel of its own: never joined, never judged.
    let others: Vec<_> = vm.panels.iter().filter(|p| !p.ugps).collect();
    assert_eq!(
        others.iter().map(|p| p.label.as_str()).collect::<Vec<_>>(),
        [
            "A differently defined group",
            "Another differently defined group"
        ]
    );
    assert!(others
        .iter()
        .all(|p| p.joins.is_empty() && p.verdict == parity::Verdict::NotUgps));
    // An approximate date is drawn hollow and says so.
    let approximate = &others[1].points[0];
    assert!(approximate.uncertain);
    assert_eq!(approximate.date, "≈2030");
}

#[test]
fn parity_lines_join_only_shares_of_one_source() {
    let data = fixture();
    let p = data.parity.as_ref().unwrap();
    let vm = parity::parity(&data, p, EN);
    let mut crossings = 0;
    for panel in &vm.panels {
        let k = p
            .categories
            .iter()
            .find(|k| k.label == panel.label)
            .unwrap();
        let mut actuals: Vec<_> = p.actuals.iter().filter(|a| a.category == k.id).collect();
        actuals.sort_by_key(|a| a.date);
        let values: Vec<f64> = actuals.iter().map(|a| a.value).collect();
        assert_eq!(
            panel.points.iter().map(|pt| pt.value).collect::<Vec<_>>(),
            values
        );
        for (i, w) in actuals.windows(2).enumerate() {
            let near = w[1].date.year - w[0].date.year <= 1;
            let same = w[0].source.source == w[1].source.source;
            let pair = (i, i + 1);
            assert_eq!(
                panel.joins.contains(&pair),
                near && same,
                "{}, {pair:?}",
                k.id
            );
            assert_eq!(
                panel.breaks.contains(&pair),
                near && !same,
                "{}, {pair:?}",
                k.id
            );
            crossings += usize::from(near && !same);
        }
    }
    assert!(
        crossings > 0,
        "the fixture has consecutive shares of one category from two sources"
    );
    // And the chart says why its line breaks there.
    let note = pkviz::i18n::t(EN, pkviz::i18n::Msg::ParityJoinNote);
    assert!(vm.notes.iter().any(|n| n == note), "{:?}", vm.notes);
}

#[test]
fn parity_layout_uses_one_scale_and_fits_the_width() {
    let data = fixture();
    let vm = parity::parity(&data, data.parity.as_ref().unwrap(), EN);
    for width in [320.0, 600.0, 1000.0] {
        let l = parity::layout(&vm, width);
        assert_eq!(l.boxes.len(), 5);
        assert!(l.boxes.iter().all(|b| b.frame.right() <= width + 0.01));
        let tops: Vec<f64> = l
            .boxes
            .iter()
            .map(|b| b.y.map(vm.y_max) - b.plot.y)
            .collect();
        assert!(tops.iter().all(|t| t.abs() < 1e-9));
        assert_eq!(
            l.marks.len(),
            (4 + 3 + 1 + 1 + 1) + (1 + 2 + 1),
            "every point and every drawn target"
        );
    }
}

#[test]
fn long_titles_wrap_to_two_lines() {
    let wrap = |text, width| wrap(EN, text, width, 2);
    assert_eq!(wrap("Category A", 30), ["Category A"]);
    let long = "Justice and corrections government-provided personnel";
    let two = ["Justice and corrections", "government-provided personnel"];
    assert_eq!(wrap(long, 30), two);
    let cut = wrap("one two three four five six seven eight nine ten", 10);
    assert_eq!(cut.len(), 2);
    assert!(cut[1].ends_with('…'));
}

#[test]
fn funnel_derives_the_unstated_stage_and_marks_it() {
    let data = fixture();
    let vms = funnel::funnels(&data, data.funnels.as_ref().unwrap(), EN);
    let f = &vms[0];
    assert_eq!(
        f.stages[0].value,
        Some(50.0),
        "40 investigated are 80% of 50"
    );
    assert!(f.stages[0].derived);
    assert_eq!(f.stages[0].value_text, "≈50 (derived)");
    assert_eq!(f.stages[1].share_text.as_deref(), Some("80% of reported"));
    assert_eq!(
        f.summary,
        "From ≈50 (derived) reported to 10 closed: 20% of the first stage (derived)."
    );
    let l = funnel::layout(f, 400.0);
    assert!(
        (l.bars[0].bar.w - 396.0).abs() < 1e-9,
        "the largest stage spans the width"
    );
    assert!((l.bars[2].bar.w - 396.0 * 10.0 / 50.0).abs() < 1e-9);
}

#[test]
fn golden_parity_svg() {
    let data = fixture();
    let vm = parity::parity(&data, data.parity.as_ref().unwrap(), EN);
    // The download: framed with title, summary, sources and date; the same bytes the page gives.
    let framing = pkviz::view::export::parity_framing(&data, &vm, EN);
    let out = export::framed_svg(&vm, &framing).unwrap();
    assert!(out.contains("Category A") && out.contains("12%") && out.contains(&vm.title));
    // The data's date as English writes a month, in full.
    let as_of = pkviz::view::export::data_as_of(&data, EN);
    let (year, month) = data.meta.as_of.split_once('-').unwrap();
    let long = pkviz::i18n::format_year_month_long(
        year.parse().unwrap(),
        Some(month.parse().unwrap()),
        EN,
    );
    assert!(as_of.contains(&long) && out.contains(&as_of), "{as_of}");
    assert!(!out.contains(&data.meta.as_of), "never the raw date");
    common::golden("tests/golden/parity.svg", &out);
    // And the chart alone on a phone.
    let l = parity::layout(&vm, 375.0);
    let out = svg(l.width, l.height, |a| draw::parity::draw(a, &vm, &l, 1.0));
    common::golden("tests/golden/parity-375-chart.svg", &out);
}

#[test]
fn golden_funnel_svg() {
    let data = fixture();
    let vms = funnel::funnels(&data, data.funnels.as_ref().unwrap(), EN);
    let framing = pkviz::view::export::series_framing(&data, &vms[0], EN);
    let out = export::framed_svg(&vms[0], &framing).unwrap();
    assert!(out.contains("≈50 (derived)") && out.contains(&vms[0].title));
    common::golden("tests/golden/funnel.svg", &out);
}

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
    use pkviz::view::map::Incidents;
    let incidents = |code: &str| vm.sites.iter().find(|s| s.code == code).unwrap().incidents;
    assert_eq!(incidents("ALPHA"), Incidents::Number(7));
    assert_eq!(incidents("BRAVO"), Incidents::UnderValidation);
    assert_eq!(incidents("CHARLIE"), Incidents::NoAgreement);
    assert_eq!(incidents("FOXTROT"), Incidents::ReportNone);
    assert_eq!(incidents("GOLF"), Incidents::NotReported);
    // The table says which, in the report's words where it has them.
    let cell = |code: &str| {
        let row = vm.table.rows.iter().find(|r| r.key == code).unwrap();
        row.cells.last().unwrap().text.clone()
    };
    assert_eq!(cell("FOXTROT"), "None");
    assert_eq!(cell("CHARLIE"), "No SOFA/SOMA");
    assert_eq!(cell("GOLF"), "not reported");
    // The size key: a round count at or below the largest (99), and one about a quarter of it.
    assert_eq!(vm.key.iter().map(|k| k.0).collect::<Vec<_>>(), [20, 50]);
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
    assert!(out.contains("ALPHA"));
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
