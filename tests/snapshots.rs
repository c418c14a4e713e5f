//! Counts reported at several dates, natively: the data rules (time order, one count per
//! measure, ids apart from the funnels'), the chart's layout (bars on one axis, nothing where a
//! count is not reported, each source's run of dates bracketed) and its golden SVG and CSV.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::fixture;
use pkviz::draw::export;
use pkviz::i18n::Locale;
use pkviz::view::csv;
use pkviz::view::snapshots::{self, SnapshotsVm};

fn vm() -> SnapshotsVm {
    let data = fixture();
    snapshots::snapshots(&data, data.snapshots.as_ref().unwrap(), Locale::ENGLISH).remove(0)
}

/// The fixture with its `snapshots` section replaced by `section` (JSON), loaded.
fn problems_with(section: &str) -> Vec<String> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/sofa-alt.json");
    let mut doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    doc["snapshots"] = serde_json::from_str(section).unwrap();
    let data = pkviz::data::load_text::<pkviz::data::RawJson>(&doc.to_string()).unwrap();
    match &data.snapshots {
        Ok(_) => Vec::new(),
        Err(p) => p.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn a_series_reads_each_date_from_its_source_and_says_what_it_does_not_report() {
    let data = fixture();
    let raw = &data.snapshots.as_ref().unwrap()[0];
    let vm = vm();
    assert_eq!(vm.dates.len(), raw.dates.len());
    for (d, r) in vm.dates.iter().zip(&raw.dates) {
        assert_eq!(d.counts, r.counts);
        assert_eq!(
            d.label,
            pkviz::i18n::format_year_month(r.as_of.year, r.as_of.month, Locale::ENGLISH)
        );
        let short = data.source(&r.source.source).unwrap().short.clone();
        assert_eq!(d.source, short);
        assert!(d.details.contains(&r.source.locator), "{}", d.details);
    }
    // A count the source does not give is said, never filled in.
    let gap = raw
        .dates
        .iter()
        .position(|d| d.counts.contains(&None))
        .unwrap();
    let k = raw.dates[gap]
        .counts
        .iter()
        .position(Option::is_none)
        .unwrap();
    assert_eq!(
        vm.dates[gap].texts[k],
        pkviz::i18n::t(Locale::ENGLISH, pkviz::i18n::Msg::NotReported)
    );
    // The summary spans, per measure, the first and last dates that report it.
    let d0 = &raw.dates[0].as_of;
    let first = format!(
        "{} in {}",
        raw.dates[0].counts[0].unwrap(),
        pkviz::i18n::format_year_month(d0.year, d0.month, Locale::ENGLISH)
    );
    assert!(vm.summary.contains(&first), "{}", vm.summary);
    assert_eq!(
        vm.notes[..raw.note.iter().len()],
        raw.note.iter().cloned().collect::<Vec<_>>()
    );
}

#[test]
fn the_summary_states_each_sources_change_and_never_one_across_sources() {
    use pkviz::i18n::{format_number, format_year_month, t, tf, Msg};
    let data = fixture();
    let raw = &data.snapshots.as_ref().unwrap()[0];
    let vm = vm();
    let label = |i: usize| {
        let d = &raw.dates[i].as_of;
        format_year_month(d.year, d.month, Locale::ENGLISH)
    };
    let change = |k: usize, i: usize, j: usize| {
        let count = |i: usize| format_number(raw.dates[i].counts[k].unwrap(), Locale::ENGLISH);
        tf(
            Locale::ENGLISH,
            Msg::SnapshotChange,
            &[
                ("measure", &raw.measures[k]),
                ("first", &count(i)),
                ("first_date", &label(i)),
                ("last", &count(j)),
                ("last_date", &label(j)),
            ],
        )
    };
    let source = |i: usize| raw.dates[i].source.source.as_str();
    let n = raw.dates.len();
    let mut across = 0;
    for k in 0..raw.measures.len() {
        let reported: Vec<usize> = (0..n)
            .filter(|&i| raw.dates[i].counts[k].is_some())
            .collect();
        for (x, &i) in reported.iter().enumerate() {
            for &j in &reported[x + 1..] {
                if source(i) != source(j) {
                    across += 1;
                    assert!(!vm.summary.contains(&change(k, i, j)), "{}", vm.summary);
                }
            }
        }
        // Each source's run: its first and last count of the measure, the source named.
        let mut start = 0;
        while start < n {
            let end = (start..n)
                .take_while(|&i| source(i) == source(start))
                .last()
                .unwrap();
            let run: Vec<usize> = reported
                .iter()
                .copied()
                .filter(|i| (start..=end).contains(i))
                .collect();
            if let (Some(&i), Some(&j)) = (run.first(), run.last()) {
                let said = if i == j {
                    let count = format_number(raw.dates[i].counts[k].unwrap(), Locale::ENGLISH);
                    tf(
                        Locale::ENGLISH,
                        Msg::SnapshotAt,
                        &[
                            ("measure", &raw.measures[k]),
                            ("count", &count),
                            ("date", &label(i)),
                        ],
                    )
                } else {
                    change(k, i, j)
                };
                assert!(vm.summary.contains(&said), "{said} in {}", vm.summary);
                let short = &data.source(source(start)).unwrap().short;
                assert!(
                    vm.summary.contains(short.as_str()),
                    "{short} in {}",
                    vm.summary
                );
            }
            start = end + 1;
        }
    }
    assert!(across > 0, "the fixture's dates come from two sources");
    // Why: said under the chart and in its downloads.
    let note = t(Locale::ENGLISH, Msg::SnapshotBasisNote);
    assert!(vm.notes.iter().any(|n| n == note), "{:?}", vm.notes);
    let framing = pkviz::view::export::series_framing(&data, &vm, Locale::ENGLISH);
    assert!(framing.lines.iter().any(|l| l == note));
}

#[test]
fn bars_share_one_axis_and_a_missing_count_draws_no_bar() {
    let vm = vm();
    for width in [320.0, 700.0, 1100.0] {
        let l = snapshots::layout(&vm, width);
        assert!(l.plot.right() <= width && l.plot.x > 0.0);
        for (d, g) in vm.dates.iter().zip(&l.groups) {
            for (c, bar) in d.counts.iter().zip(&g.bars) {
                assert!(
                    (bar.bottom() - l.plot.bottom()).abs() < 1e-9,
                    "bars stand on the baseline"
                );
                match c {
                    Some(v) => assert!((bar.y - l.scale.map(*v)).abs() < 1e-9),
                    None => assert_eq!(bar.h, 0.0),
                }
                assert!(bar.x >= l.plot.x && bar.right() <= l.plot.right());
            }
        }
        // Groups never overlap, and a larger count is a taller bar.
        for w in l.groups.windows(2) {
            assert!(w[0].bars.last().unwrap().right() < w[1].bars[0].x);
        }
        // One bracket per run of dates from one source, each under its own dates.
        let runs = pkviz::view::distinct(vm.dates.iter().map(|d| d.source.clone()));
        assert_eq!(l.runs.len(), runs.len());
        for r in l.runs.windows(2) {
            assert!(r[0].to < r[1].from);
        }
        assert_eq!(l.marks.len(), vm.dates.len());
        assert!(l.height > l.plot.bottom());
    }
}

#[test]
fn dates_must_run_forward_with_a_count_per_measure() {
    let date = |as_of: &str, counts: &str| {
        format!(
            r#"{{"as_of": "{as_of}", "counts": {counts}, "ref": {{"source": "fixture-doc", "locator": "p"}}}}"#
        )
    };
    let series = |dates: &[String]| {
        format!(
            r#"[{{"id": "s", "title": "t", "unit": "u", "measures": ["a", "b"], "dates": [{}]}}]"#,
            dates.join(",")
        )
    };
    assert_eq!(
        problems_with(&series(&[
            date("2020", "[1, 2]"),
            date("2021-01", "[3, null]")
        ])),
        Vec::<String>::new()
    );
    let back = problems_with(&series(&[date("2021", "[1, 2]"), date("2020", "[1, 2]")]));
    assert_eq!(
        back,
        ["snapshots[0].dates[1].as_of: dates must be in time order, each once"]
    );
    let short = problems_with(&series(&[date("2020", "[1]"), date("2021", "[1, 2]")]));
    assert_eq!(
        short,
        ["snapshots[0].dates[0].counts: expected 2 counts (one per measure), got 1"]
    );
    let bad = problems_with(&series(&[
        date("2020-13", "[1, 2.5]"),
        date("2021", "[1, 2]"),
    ]));
    assert_eq!(bad.len(), 2, "{bad:?}");
    let one = problems_with(&series(&[date("2020", "[1, 2]")]));
    assert_eq!(
        one,
        ["snapshots[0].dates: a change needs at least two dates"]
    );
    let clash = problems_with(
        r#"[{"id": "fixture-funnel", "title": "t", "unit": "u", "measures": ["a"], "dates": [{"as_of": "2020", "counts": [1], "ref": {"source": "fixture-doc", "locator": "p"}}, {"as_of": "2021", "counts": [2], "ref": {"source": "fixture-doc", "locator": "p"}}]}]"#,
    );
    assert_eq!(
        clash,
        [r#"snapshots[0].id: "fixture-funnel" is already a funnel's id"#]
    );
}

#[test]
fn golden_snapshots_svg_and_csv() {
    let data = fixture();
    let vm = vm();
    let framing = pkviz::view::export::series_framing(&data, &vm, Locale::ENGLISH);
    let out = export::framed_svg(&vm, &framing).unwrap();
    for m in &vm.measures {
        assert!(out.contains(m.as_str()), "the key names {m}");
    }
    common::golden("tests/golden/snapshots.svg", &out);
    let s = &data.snapshots.as_ref().unwrap()[0];
    let rows = csv::snapshot_rows(&data, s, Locale::ENGLISH);
    assert_eq!(rows.len(), 1 + s.dates.len() * s.measures.len());
    common::golden("tests/golden/snapshots.csv", &csv::csv(&rows));
}
