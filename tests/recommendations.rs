//! The recommendations matrix, natively: the shipped file has every row of the document's
//! matrix (compared with the row numbers read from the source document itself), its schema, the tracker's filters
//! and search, and the per-section chart's golden SVG and the CSV.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use pkviz::data::{load_recommendations, JsonTree, RawJson};
use pkviz::draw::export::framed_svg;
use pkviz::i18n::{Lang, Locale};
use pkviz::model::{Addressed, Recommendations};
use pkviz::view::recommendations::{self as rec, RecFilter};
use pkviz::view::{csv, export};

fn read(rel: &str) -> Recommendations {
    let doc = RawJson::from_text(&std::fs::read_to_string(common::root(rel)).unwrap()).unwrap();
    load_recommendations(doc).unwrap_or_else(|e| panic!("{e:?}"))
}

fn shipped() -> Recommendations {
    read("www/data/recommendations.json")
}

/// The test's own matrix (`tests/fixtures/recommendations-alt.json`), beside the fixture data.
fn fixture() -> Recommendations {
    common::fixture_recommendations()
}

/// The tracker with every row that passes (no page limit).
fn recommendations(
    data: &pkviz::model::Dataset,
    r: &Recommendations,
    f: &RecFilter,
    lang: Lang,
) -> rec::RecVm {
    rec::recommendations(data, r, &rec::index(r), f, usize::MAX, common::locale(lang))
}

fn shipped_data() -> pkviz::model::Dataset {
    let text = std::fs::read_to_string(common::root("www/data/peacekeeping.json")).unwrap();
    pkviz::data::load_text::<RawJson>(&text).unwrap()
}

/// The row numbers of the matrix, read from the source document's text version (seed 004)
/// independently of `scripts/recommendations.py`: from the first section heading on, a line that
/// opens with a number greater than the last row's (plain, after a list dash, or in a markdown
/// table cell) opens a row.
fn rows_in_the_seed() -> Vec<u32> {
    let dir = common::root("../shared/seeds");
    let seed = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("004_"))
        })
        .expect("seed 004 beside the repository");
    let text = std::fs::read_to_string(seed).unwrap();
    let mut rows = Vec::new();
    for line in text.lines().skip_while(|l| !l.starts_with("I. ")) {
        let line = line.trim_start_matches(['-', '|', ' ']);
        let digits: String = line.chars().take_while(char::is_ascii_digit).collect();
        let after = line[digits.len()..].chars().next();
        let Ok(n) = digits.parse::<u32>() else {
            continue;
        };
        if matches!(after, Some(' ' | '\t' | '|')) && rows.last().is_none_or(|&last| n > last) {
            rows.push(n);
        }
    }
    rows
}

#[test]
fn every_row_of_the_matrix_is_in_the_data_in_its_order() {
    let r = shipped();
    let expected = rows_in_the_seed();
    assert_eq!(
        r.paragraphs.iter().map(|p| p.para).collect::<Vec<_>>(),
        expected
    );
    // Every row's section is one of the matrix's, in the order they are printed.
    let order: Vec<&str> = r.sections.iter().map(|s| s.id.as_str()).collect();
    let mut last = 0;
    for p in &r.paragraphs {
        let at = order.iter().position(|s| *s == p.section).unwrap();
        assert!(
            at >= last,
            "para {} goes back to section {}",
            p.para,
            p.section
        );
        last = at;
    }
    // The report's own sentence is the "not addressed" state, never rewritten.
    for p in r
        .paragraphs
        .iter()
        .filter(|p| p.addressed == Addressed::NotToSecretariat)
    {
        assert_eq!(
            p.status,
            ["This recommendation is not addressed to the Secretariat."]
        );
    }
    // Missions and figures named point into the data file.
    let data = shipped_data();
    let codes: Vec<&str> = data
        .missions
        .as_ref()
        .unwrap()
        .iter()
        .map(|m| m.code.as_str())
        .collect();
    let figures: Vec<&str> = data
        .figures
        .as_ref()
        .unwrap()
        .iter()
        .map(|f| f.id.as_str())
        .collect();
    for p in &r.paragraphs {
        assert!(
            p.missions.iter().all(|m| codes.contains(&m.as_str())),
            "{}",
            p.para
        );
        assert!(
            p.figures.iter().all(|f| figures.contains(&f.as_str())),
            "{}",
            p.para
        );
        // A mission is listed exactly when the row writes its acronym or its full name.
        let text = p.status.join(" ");
        for m in data.missions.as_ref().unwrap() {
            let named = text
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w == m.code)
                || m.name.as_deref().is_some_and(|n| text.contains(n));
            assert_eq!(
                p.missions.contains(&m.code),
                named,
                "para {} and {}",
                p.para,
                m.code
            );
        }
        // A document symbol written in the row is among its documents cited.
        for word in text.split([' ', '(', ')', ',', ';']) {
            let word = word.trim_end_matches('.');
            if (word.starts_with("S/") || word.starts_with("A/")) && word.contains(char::is_numeric)
            {
                assert!(
                    p.cites.iter().any(|c| c == word),
                    "para {} cites {word}",
                    p.para
                );
            }
        }
        // No layout of the text version reads as status text.
        for block in &p.status {
            assert!(
                !block.contains(['|', '\\', '<', '>']) && !block.starts_with("- "),
                "para {}: {block}",
                p.para
            );
        }
    }
}

#[test]
fn the_published_schema_is_generated_from_the_types() {
    common::golden(
        "www/data/recommendations.schema.json",
        &pkviz::data::raw::recommendations_schema(),
    );
}

#[test]
fn a_bad_row_is_located() {
    let text = r#"{"format": 1, "meta": {"title": "t", "as_of": "2021"}, "sources": [{"id": "d", "title": "D"}],
        "sections": [{"id": "I", "title": "I. One"}],
        "paragraphs": [{"para": 3, "section": "I", "status": ["x"], "ref": {"source": "d", "locator": "p"}},
                       {"para": 3, "section": "II", "status": [], "ref": {"source": "e", "locator": "p"}}]}"#;
    let err = load_recommendations(RawJson::from_text(text).unwrap()).unwrap_err();
    let pkviz::data::RecLoadError::Rows(problems) = err else {
        panic!("{err:?}")
    };
    let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        shown,
        [
            "paragraphs[1].para: paragraph 3 is given twice",
            "paragraphs[1].section: unknown section \"II\": it is not in `sections`",
            "paragraphs[1].status: no status text",
            "paragraphs[1].ref.source: unknown source \"e\": it is not in `sources`",
        ]
    );
}

#[test]
fn filters_and_search_narrow_the_rows_and_mark_the_matches() {
    let (data, r) = (common::fixture(), fixture());
    let all = recommendations(&data, &r, &RecFilter::default(), Lang::En);
    assert_eq!(all.rows.len(), r.paragraphs.len());
    // A page at a time: the first rows in full, the count and the chart of all.
    let page = rec::recommendations(
        &data,
        &r,
        &rec::index(&r),
        &RecFilter::default(),
        2,
        Locale::ENGLISH,
    );
    assert_eq!((page.rows.len(), page.matching), (2, r.paragraphs.len()));
    assert_eq!(page.chart, all.chart);
    assert_eq!(all.chart.bars.len(), r.sections.len());
    // Not addressed to the Secretariat.
    let not = RecFilter {
        addressed: Some(Addressed::NotToSecretariat),
        ..Default::default()
    };
    let vm = recommendations(&data, &r, &not, Lang::En);
    let expected = r
        .paragraphs
        .iter()
        .filter(|p| p.addressed == Addressed::NotToSecretariat)
        .count();
    assert_eq!(vm.rows.len(), expected);
    assert!(vm.rows.iter().all(|p| p.state.is_some()));
    // A mission named, and the counts per section follow.
    let code = r
        .paragraphs
        .iter()
        .find_map(|p| p.missions.first())
        .unwrap()
        .clone();
    let vm = recommendations(
        &data,
        &r,
        &RecFilter {
            mission: Some(code.clone()),
            ..Default::default()
        },
        Lang::En,
    );
    assert_eq!(
        vm.rows.len(),
        r.paragraphs
            .iter()
            .filter(|p| p.missions.contains(&code))
            .count()
    );
    assert_eq!(
        vm.chart.bars.iter().map(|b| b.shown).sum::<f64>() as usize,
        vm.rows.len()
    );
    // Search: every word, in any case; the matches are marked.
    let word = "union";
    let vm = recommendations(
        &data,
        &r,
        &RecFilter {
            query: Some(word.to_lowercase()),
            ..Default::default()
        },
        Lang::En,
    );
    assert!(!vm.rows.is_empty());
    for p in &vm.rows {
        let marked: Vec<&str> = p
            .blocks
            .iter()
            .flatten()
            .filter(|(_, hit)| *hit)
            .map(|(s, _)| s.as_str())
            .collect();
        // Every occurrence of the word in the row's text is marked, and nothing else.
        let text: Vec<String> = p
            .blocks
            .iter()
            .map(|b| b.iter().map(|(s, _)| s.to_lowercase()).collect())
            .collect();
        let occurrences = text.iter().map(|b| b.matches(word).count()).sum::<usize>();
        assert!(marked.iter().all(|s| s.eq_ignore_ascii_case(word)));
        assert_eq!(marked.len(), occurrences, "paragraph {}", p.para);
    }
    // A paragraph's number finds it.
    let para = r.paragraphs[3].para;
    let vm = recommendations(
        &data,
        &r,
        &RecFilter {
            query: Some(para.to_string()),
            ..Default::default()
        },
        Lang::En,
    );
    assert!(vm.rows.iter().any(|p| p.para == para));
}

#[test]
fn golden_sections_chart_and_csv() {
    let (data, r) = (common::fixture(), fixture());
    let filter = RecFilter {
        addressed: Some(Addressed::ToSecretariat),
        section: Some(r.sections[1].id.clone()),
        ..Default::default()
    };
    let lower = rec::index(&r);
    let vm = recommendations(&data, &r, &filter, Lang::En);
    let framing = export::Framing {
        title: vm.title.clone(),
        lines: vec![vm.count.clone()],
    };
    let svg = framed_svg(&*vm.chart, &framing).unwrap();
    for s in &r.sections {
        assert!(
            svg.contains(&s.title.replace('\'', "&apos;")),
            "{}",
            s.title
        );
    }
    common::golden("tests/golden/recommendations-sections.svg", &svg);
    let rows = rec::csv_rows(&r, &lower, &filter, Locale::ENGLISH);
    assert_eq!(rows.len() - 1, vm.rows.len());
    common::golden("tests/golden/recommendations.csv", &csv::csv(&rows));
}
