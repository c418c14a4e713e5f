//! The charts, natively: view-model rules (gaps, targets, derived stages) and golden SVGs drawn
//! by the same code that paints the canvas in the browser (the map's in `tests/map.rs`).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use pkviz::draw::{self, export};
use pkviz::i18n::Locale;

const EN: Locale = Locale::ENGLISH;
use pkviz::view::chart::wrap;
use pkviz::view::{funnel, parity};
use plotters::prelude::*;
use plotters_svg::SVGBackend;

use common::fixture;

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
    let p = data.parity.as_ref().unwrap();
    let vm = parity::parity(&data, p, EN);
    assert_eq!(vm.panels.len(), p.categories.len(), "a panel per category");
    let mut gaps = 0;
    for (panel, k) in vm.panels.iter().zip(&p.categories) {
        assert_eq!(panel.label, k.label);
        // Each share at its date as the source gives it, in date order; "≈" before an
        // approximate one, which is drawn hollow.
        let mut actuals: Vec<_> = p.actuals.iter().filter(|a| a.category == k.id).collect();
        actuals.sort_by_key(|a| a.date);
        let dates: Vec<String> = actuals
            .iter()
            .map(|a| {
                let shown = pkviz::i18n::format_year_month(a.date.year, a.date.month, EN);
                if a.date_approximate {
                    format!("≈{shown}")
                } else {
                    shown
                }
            })
            .collect();
        assert_eq!(
            panel.points.iter().map(|pt| &pt.date).collect::<Vec<_>>(),
            dates.iter().collect::<Vec<_>>()
        );
        for (pt, a) in panel.points.iter().zip(&actuals) {
            assert_eq!(
                pt.uncertain,
                a.uncertain || a.date_approximate,
                "{}",
                pt.date
            );
        }
        // Never joined across a missing year.
        for w in actuals.windows(2) {
            gaps += usize::from(w[1].date.year - w[0].date.year > 1);
        }
        assert!(panel
            .joins
            .iter()
            .all(|&(i, j)| actuals[j].date.year - actuals[i].date.year <= 1));
        // Targets are marks of their own; a target no source gives is not drawn.
        let mut years: Vec<u16> = p
            .targets
            .iter()
            .filter(|t| t.category == k.id && t.value.is_some())
            .map(|t| t.year)
            .collect();
        years.sort_unstable();
        assert_eq!(
            panel.targets.iter().map(|t| t.year).collect::<Vec<_>>(),
            years
        );
        // Each differently defined group has a panel of its own: never joined, never judged.
        assert_eq!(panel.ugps, k.ugps);
        if !k.ugps {
            assert!(panel.joins.is_empty() && panel.verdict == parity::Verdict::NotUgps);
        }
    }
    // The fixture holds each case the rules are for.
    assert!(gaps > 0, "a missing year between two shares");
    assert!(
        p.targets.iter().any(|t| t.value.is_none()),
        "a target not given"
    );
    assert!(
        p.categories.iter().filter(|k| !k.ugps).count() > 1,
        "two other groups"
    );
    assert!(
        p.actuals.iter().any(|a| a.date_approximate),
        "an approximate date"
    );
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
        assert_eq!(l.boxes.len(), vm.panels.len());
        assert!(l.boxes.iter().all(|b| b.frame.right() <= width + 0.01));
        let tops: Vec<f64> = l
            .boxes
            .iter()
            .map(|b| b.y.map(vm.y_max) - b.plot.y)
            .collect();
        assert!(tops.iter().all(|t| t.abs() < 1e-9));
        let p = data.parity.as_ref().unwrap();
        let drawn_targets = p.targets.iter().filter(|t| t.value.is_some()).count();
        assert_eq!(
            l.marks.len(),
            p.actuals.len() + drawn_targets,
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
    use pkviz::i18n::{format_number, format_percent, tf, Msg};
    use pkviz::model::StageCount;
    let data = fixture();
    let raw = &data.funnels.as_ref().unwrap()[0];
    let vms = funnel::funnels(&data, data.funnels.as_ref().unwrap(), EN);
    let f = &vms[0];
    // The fixture's first stage is not stated: it is the next stage's count ÷ its share.
    assert!(matches!(raw.stages[0].count, StageCount::Derived { .. }));
    let StageCount::Stated(next) = raw.stages[1].count else {
        panic!("the fixture states its second stage")
    };
    let share = raw.stages[1].share_of_previous.unwrap();
    let first = next * 100.0 / share;
    assert!((f.stages[0].value.unwrap() - first).abs() < 1e-9);
    assert!(f.stages[0].derived);
    let derived = tf(
        EN,
        Msg::DerivedApprox,
        &[("value", &format_number(first.round(), EN))],
    );
    assert_eq!(f.stages[0].value_text, derived);
    assert_eq!(
        f.stages[1].share_text.as_deref(),
        Some(
            tf(
                EN,
                Msg::FunnelShare,
                &[
                    ("share", &format_percent(share, EN)),
                    ("base", &raw.stages[0].label)
                ]
            )
            .as_str()
        )
    );
    let end = raw.stages.last().unwrap();
    let StageCount::Stated(last) = end.count else {
        panic!("the fixture states its last stage")
    };
    assert_eq!(
        f.summary,
        tf(
            EN,
            Msg::FunnelSummary,
            &[
                ("first", &derived),
                ("first_stage", &raw.stages[0].label),
                ("last", &format_number(last, EN)),
                ("last_stage", &end.label),
                ("share", &format_percent((100.0 * last / first).round(), EN)),
            ],
        )
    );
    let l = funnel::layout(f, 400.0);
    let widest = 396.0;
    assert!(
        (l.bars[0].bar.w - widest).abs() < 1e-9,
        "the largest stage spans the width"
    );
    let n = l.bars.len() - 1;
    assert!((l.bars[n].bar.w - widest * last / first).abs() < 1e-9);
}

#[test]
fn golden_parity_svg() {
    let data = fixture();
    let vm = parity::parity(&data, data.parity.as_ref().unwrap(), EN);
    // The download: framed with title, summary, sources and date; the same bytes the page gives.
    let framing = pkviz::view::export::parity_framing(&data, &vm, EN);
    let out = export::framed_svg(&vm, &framing).unwrap();
    let target = &vm.panels.iter().find(|p| !p.targets.is_empty()).unwrap();
    assert!(out.contains(&target.label) && out.contains(&target.targets[0].value_text));
    assert!(out.contains(&vm.title));
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
    assert!(vms[0].stages.iter().any(|s| s.derived));
    for s in &vms[0].stages {
        assert!(out.contains(&s.value_text), "{}", s.value_text);
    }
    assert!(out.contains(&vms[0].title));
    common::golden("tests/golden/funnel.svg", &out);
}
