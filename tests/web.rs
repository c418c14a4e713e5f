//! In-browser tests (wasm-bindgen-test in headless Chromium): the data layer as the browser runs
//! it (`RawJson` in wasm), and the `Intl`-backed formatting, which only exists in the browser.
#![cfg(target_arch = "wasm32")]

use pkviz::data::{load, JsonTree, RawJson};
use pkviz::i18n::{compare_text, format_count, Digits, Lang, Locale};
use std::cmp::Ordering;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn parse(text: &str) -> RawJson {
    RawJson::from_text(text).expect("fixture is JSON")
}

#[wasm_bindgen_test]
fn loads_a_data_file_in_wasm() {
    let text = include_str!("fixtures/sofa-alt.json");
    let data = load(parse(text)).expect("valid fixture");
    let sofa = data.sofa.expect("valid section");
    // The rows as the file writes them, read here with no model in between.
    let raw: serde_json::Value = serde_json::from_str(text).unwrap();
    let rows = raw["sofa_impact"]["rows"].as_array().unwrap();
    assert_eq!(sofa.rows.len(), rows.len());
    for (row, raw) in sofa.rows.iter().zip(rows) {
        assert_eq!(raw["mission"], row.mission.as_str());
    }
}

/// The path of the row of `text`'s SOFA table whose total is negative, read from the JSON.
fn negative_count_at(text: &str) -> String {
    let raw: serde_json::Value = serde_json::from_str(text).unwrap();
    let rows = raw["sofa_impact"]["rows"].as_array().unwrap();
    let i = rows
        .iter()
        .position(|r| r["total_incidents"].as_i64().is_some_and(|n| n < 0))
        .expect("the broken fixture has a negative total");
    format!("sofa_impact.rows[{i}].total_incidents")
}

#[wasm_bindgen_test]
fn errors_are_located_in_wasm_as_natively() {
    let text = include_str!("fixtures/sofa-broken.json");
    let data = load(parse(text)).expect("head is fine");
    assert!(data.missions.is_ok());
    let problems = data.sofa.expect_err("bad section");
    assert_eq!(problems[0].path, negative_count_at(text));

    let bad = include_str!("fixtures/bad/missions-lat-string.json");
    let data = load(parse(bad)).expect("head is fine");
    let problems = data.missions.expect_err("bad latitude");
    // As the corpus's own expectation says (`data_file.rs` holds it natively).
    let expect = include_str!("fixtures/bad/missions-lat-string.expect").trim();
    assert!(problems[0].to_string().contains(expect), "{}", problems[0]);
}

#[wasm_bindgen_test]
fn a_whole_file_error_is_reported_not_panicked() {
    assert!(load(parse("[1, 2]")).is_err());
    assert!(load(parse(include_str!("fixtures/bad/format-wrong.json"))).is_err());
}

#[wasm_bindgen_test]
fn numbers_and_text_use_intl() {
    assert_eq!(format_count(3000, Locale::ENGLISH), "3,000");
    assert_eq!(format_count(0, Locale::ENGLISH), "0");
    assert_eq!(
        compare_text("alpha", "Bravo", Locale::ENGLISH),
        Ordering::Less
    );
    assert_eq!(
        compare_text("Échelon", "Echo", Locale::ENGLISH),
        Ordering::Less
    );
}

#[wasm_bindgen_test]
fn text_ranks_sorted_in_javascript_agree_with_the_collator_pair_by_pair() {
    let texts = [
        "Echo", "alpha", "Échelon", "Bravo", "bravo", "10 km", "9 km", "Zulu", "ÉCHO",
    ];
    for lang in Lang::ALL.map(Locale::bare) {
        let ranks = pkviz::i18n::text_ranks(texts.to_vec(), lang);
        assert_eq!(ranks.len(), texts.len(), "{lang:?}: every text ranked");
        for a in texts {
            for b in texts {
                assert_eq!(
                    ranks[a].cmp(&ranks[b]),
                    compare_text(a, b, lang),
                    "{lang:?}: {a} vs {b}"
                );
            }
        }
    }
}

#[wasm_bindgen_test]
fn the_native_page_writes_numbers_percents_dates_and_plurals_as_intl_does() {
    use pkviz::i18n::{format_number, format_percent, native, plural_category};
    let mut differ = Vec::new();
    let arabic_indic = Locale::bare(Lang::Ar).with_digits(Digits::ArabicIndic);
    for loc in Lang::ALL
        .map(Locale::bare)
        .into_iter()
        .chain([arabic_indic])
    {
        let name = match loc.digits() {
            Digits::Latin => loc.tag().to_string(),
            Digits::ArabicIndic => format!("{}-u-nu-arab", loc.tag()),
        };
        for v in [0.0, 1.0, 5.9, 12.5, 85.0, 1067.0, 12345.67, 1234567.0, -3.0] {
            let (n, p) = (format_number(v, loc), format_percent(v, loc));
            if n != native::number(v, loc) {
                differ.push(format!(
                    "{} number {v}: Intl {n:?}, native {:?}",
                    name,
                    native::number(v, loc)
                ));
            }
            if p != native::percent(v, loc) {
                differ.push(format!(
                    "{} percent {v}: Intl {p:?}, native {:?}",
                    name,
                    native::percent(v, loc)
                ));
            }
        }
        // Every month (their names are written out natively), and a year alone.
        let months = (1..=12).map(|m| (2024, Some(m)));
        for (y, m) in [(2019, None), (2018, Some(9))].into_iter().chain(months) {
            let short = (
                pkviz::i18n::format_year_month(y, m, loc),
                native::year_month(y, m, loc),
            );
            let long = (
                pkviz::i18n::format_year_month_long(y, m, loc),
                native::year_month_long(y, m, loc),
            );
            for (form, (intl, own)) in [("date", short), ("long date", long)] {
                if intl != own {
                    differ.push(format!(
                        "{} {form} {y}-{m:?}: Intl {intl:?}, native {own:?}",
                        name
                    ));
                }
            }
        }
        for n in 0..=250 {
            let n = f64::from(n);
            if plural_category(n, loc) != native::plural(n, loc) {
                differ.push(format!(
                    "{} plural {n}: Intl {}, native {}",
                    name,
                    plural_category(n, loc),
                    native::plural(n, loc)
                ));
            }
        }
    }
    assert!(differ.is_empty(), "{}", differ.join("\n"));
}
