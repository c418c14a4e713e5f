//! Exports stay valid whatever text the data file holds: every display string of the fixture
//! gets control characters, markup, quotes, a formula and bidirectional marks, and every SVG
//! export must parse as XML and every CSV with a strict reader, with no control character left.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use pkviz::data::{load_text, RawJson};
use pkviz::draw::export;
use pkviz::i18n::Lang;
use pkviz::view::{csv, funnel, map, parity, snapshots};
use serde_json::Value;
use std::rc::Rc;

/// What a hostile file may append to any text it shows.
const HOSTILE: &str =
    "\u{0}\u{1}\u{8}\u{b}\u{c}\u{1b}\u{7f}<b>&amp;</svg>\"'=cmd|' /C calc'!A0 \u{202e}txt \u{fffe}\u{ffff}";

/// The keys whose values a person reads (not ids, codes or references).
const SHOWN: &[&str] = &[
    "title",
    "label",
    "name",
    "caption",
    "note",
    "text",
    "locator",
    "host",
    "source_line",
];

fn poison(v: &mut Value) {
    match v {
        Value::Object(map) => {
            for (k, v) in map.iter_mut() {
                match v {
                    Value::String(s) if SHOWN.contains(&k.as_str()) => {
                        // Labels also start as a spreadsheet formula would (after a NUL).
                        if k == "label" {
                            s.insert_str(0, "\u{0}=HYPERLINK(\"http://x\")");
                        }
                        s.push_str(HOSTILE);
                    }
                    _ => poison(v),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(poison),
        _ => {}
    }
}

fn hostile_fixture() -> pkviz::model::Dataset {
    let text = std::fs::read_to_string(common::root("tests/fixtures/sofa-alt.json")).unwrap();
    let mut doc: Value = serde_json::from_str(&text).unwrap();
    poison(&mut doc);
    load_text::<RawJson>(&doc.to_string()).expect("the head still loads")
}

fn no_forbidden_characters(what: &str, out: &str) {
    let bad: Vec<char> = out
        .chars()
        .filter(|&c| pkviz::view::is_unprintable(c))
        .collect();
    assert!(bad.is_empty(), "{what}: {bad:?}");
}

fn valid_svg(what: &str, out: &str) {
    no_forbidden_characters(what, out);
    let doc = roxmltree::Document::parse(out).unwrap_or_else(|e| panic!("{what}: not XML: {e}"));
    assert_eq!(doc.root_element().tag_name().name(), "svg", "{what}");
    // The hostile text is there, as text (escaped), not as markup.
    assert!(
        doc.descendants()
            .any(|n| n.text().is_some_and(|t| t.contains("<b>&amp;</svg>"))),
        "{what}: the title's text is kept"
    );
}

fn valid_csv(what: &str, out: &str) {
    no_forbidden_characters(what, out);
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(false)
        .from_reader(out.as_bytes());
    let mut rows = 0;
    for record in reader.records() {
        let record = record.unwrap_or_else(|e| panic!("{what}: not CSV: {e}"));
        for cell in &record {
            assert!(
                !cell.starts_with(['=', '+', '@']),
                "{what}: formula cell {cell:?}"
            );
        }
        rows += 1;
    }
    assert!(rows > 1, "{what}: {rows} rows");
}

#[test]
fn svg_exports_parse_as_xml_whatever_the_text() {
    let data = hostile_fixture();
    let lang = Lang::En;
    let vm = parity::parity(
        &data,
        data.parity.as_ref().expect("parity"),
        common::locale(lang),
    );
    let framing = pkviz::view::export::parity_framing(&data, &vm, common::locale(lang));
    valid_svg("parity", &export::framed_svg(&vm, &framing).unwrap());
    for f in funnel::funnels(
        &data,
        data.funnels.as_ref().expect("funnels"),
        common::locale(lang),
    ) {
        let framing = pkviz::view::export::series_framing(&data, &f, common::locale(lang));
        valid_svg("funnel", &export::framed_svg(&f, &framing).unwrap());
    }
    for s in snapshots::snapshots(
        &data,
        data.snapshots.as_ref().expect("snapshots"),
        common::locale(lang),
    ) {
        let framing = pkviz::view::export::series_framing(&data, &s, common::locale(lang));
        valid_svg("snapshots", &export::framed_svg(&s, &framing).unwrap());
    }
    let vm = map::map(&data, true, common::locale(lang)).expect("missions");
    let framing = pkviz::view::export::map_framing(&data, &vm, common::locale(lang));
    let chart = map::MapChart {
        vm: Rc::new(vm),
        base: Rc::new(common::basemap()),
    };
    valid_svg("map", &export::framed_svg(&chart, &framing).unwrap());
}

#[test]
fn csv_exports_parse_strictly_whatever_the_text() {
    let data = hostile_fixture();
    let lang = Lang::En;
    let sofa = data.sofa.as_ref().expect("sofa");
    valid_csv(
        "sofa",
        &csv::csv(&csv::sofa_rows(&data, sofa, common::locale(lang))),
    );
    let m = data.mechanisms.as_ref().expect("mechanisms");
    valid_csv(
        "mechanisms",
        &csv::csv(&csv::mechanism_rows(&data, m, common::locale(lang))),
    );
    valid_csv(
        "figures",
        &csv::csv(&csv::figure_rows(&data, (None, None), common::locale(lang))),
    );
    let p = data.parity.as_ref().expect("parity");
    valid_csv(
        "parity",
        &csv::csv(&csv::parity_rows(&data, p, common::locale(lang))),
    );
    for f in data.funnels.as_ref().expect("funnels") {
        valid_csv(
            "funnel",
            &csv::csv(&csv::funnel_rows(&data, f, common::locale(lang))),
        );
    }
    for s in data.snapshots.as_ref().expect("snapshots") {
        valid_csv(
            "snapshots",
            &csv::csv(&csv::snapshot_rows(&data, s, common::locale(lang))),
        );
    }
    valid_csv(
        "missions",
        &csv::csv(&csv::mission_rows(&data, common::locale(lang))),
    );
}
