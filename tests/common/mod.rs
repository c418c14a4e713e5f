//! Test helpers shared by the native test files.
#![allow(dead_code)]

pub mod lists;

use std::path::{Path, PathBuf};

/// A path under the crate root.
pub fn root(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

/// The test fixture's data file, loaded as the app loads it.
pub fn fixture() -> pkviz::model::Dataset {
    let text = std::fs::read_to_string(root("tests/fixtures/sofa-alt.json")).unwrap();
    pkviz::data::load_text::<pkviz::data::RawJson>(&text).unwrap()
}

/// The test's own recommendations matrix (`tests/fixtures/recommendations-alt.json`), beside
/// the fixture data, loaded as the app loads it.
pub fn fixture_recommendations() -> pkviz::model::Recommendations {
    let text = std::fs::read_to_string(root("tests/fixtures/recommendations-alt.json")).unwrap();
    let doc = <pkviz::data::RawJson as pkviz::data::JsonTree>::from_text(&text).unwrap();
    pkviz::data::load_recommendations(doc).unwrap_or_else(|e| panic!("{e:?}"))
}

/// The shipped basemap.
pub fn basemap() -> pkviz::model::Basemap {
    let text = std::fs::read_to_string(root("www/basemap/world-110m.json")).unwrap();
    pkviz::data::basemap::load(
        <pkviz::data::RawJson as pkviz::data::JsonTree>::from_text(&text).unwrap(),
    )
    .unwrap()
}

/// Compares `actual` with the committed golden file `rel` (a path under the crate root).
///
/// Goldens are blessed only on purpose: with `UPDATE_GOLDENS=1` a missing or different golden
/// is (re)written, except under `CI=true`, where nothing is ever written. Otherwise a missing
/// golden fails, and a mismatch writes `<name>-changed.<ext>` beside the golden for review
/// (not under CI) and fails.
pub fn golden(rel: &str, actual: &str) {
    let path = root(rel);
    let ci = std::env::var("CI").is_ok_and(|v| v == "true");
    let bless = !ci && std::env::var("UPDATE_GOLDENS").is_ok_and(|v| v == "1");
    let expected = std::fs::read_to_string(&path).ok();
    if expected.as_deref() == Some(actual) {
        return;
    }
    if bless {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        eprintln!("wrote golden {rel}: review and commit it");
        return;
    }
    let Some(_) = expected else {
        panic!("{rel} is missing: run the tests with UPDATE_GOLDENS=1, review it, commit it")
    };
    if !ci {
        let stem = path.file_stem().unwrap().to_string_lossy();
        let ext = path
            .extension()
            .map(|e| e.to_string_lossy())
            .unwrap_or_default();
        let changed = path.with_file_name(format!("{stem}-changed.{ext}"));
        std::fs::write(&changed, actual).unwrap();
        panic!(
            "{rel} differs from what the code makes now; see {} (UPDATE_GOLDENS=1 accepts it)",
            changed.display()
        );
    }
    panic!("{rel} differs from what the code makes now (run the tests locally to see how)");
}

/// `lang` with its catalogue (`www/i18n/<tag>.json`, read once per test process), as a page in
/// that language has it; text widths estimated.
pub fn locale(lang: pkviz::i18n::Lang) -> pkviz::i18n::Locale {
    use pkviz::i18n::{read_catalogue, Catalogue, Lang, Locale};
    static ALL: std::sync::OnceLock<Vec<&'static Catalogue>> = std::sync::OnceLock::new();
    let all = ALL.get_or_init(|| {
        Lang::ALL
            .into_iter()
            .filter(|l| *l != Lang::En)
            .map(|l| {
                let path = root(&format!("www/i18n/{}.json", l.tag()));
                read_catalogue(&std::fs::read_to_string(path).unwrap()).unwrap()
            })
            .collect()
    });
    Locale::new(lang, all.iter().copied().find(|c| c.lang == Some(lang)))
}
