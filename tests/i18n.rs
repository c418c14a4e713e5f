//! The catalogues, natively: English written out as the reference file, and every other
//! language's file complete (each message, no unknown key), with the same placeholders as
//! English (but for the Arabic dual, which may leave out its count) and a form for each of its
//! plural categories.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use pkviz::i18n::{
    self, placeholders, plural_categories, Lang, Locale, Msg, PluralCategory, PLURAL,
};
use std::collections::BTreeSet;

fn file(lang: Lang) -> String {
    let path = format!(
        "{}/www/i18n/{}.json",
        env!("CARGO_MANIFEST_DIR"),
        lang.tag()
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn the_english_reference_file_is_written_from_the_code() {
    common::golden("www/i18n/en.json", &i18n::english_file());
}

#[test]
fn every_catalogue_has_every_message_with_the_same_placeholders() {
    let mut problems = Vec::new();
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let c =
            i18n::parse_catalogue(&file(lang)).unwrap_or_else(|e| panic!("{}: {e}", lang.tag()));
        assert_eq!(c.lang, Some(lang));
        for key in &c.unknown {
            problems.push(format!("{}: unknown message {key}", lang.tag()));
        }
        for &msg in Msg::ALL {
            let Some(forms) = c.forms(msg) else {
                problems.push(format!("{}: {} missing", lang.tag(), msg.key()));
                continue;
            };
            let english: BTreeSet<&str> = placeholders(i18n::t(Locale::ENGLISH, msg))
                .into_iter()
                .collect();
            for (category, text) in forms {
                let mut names: BTreeSet<&str> = placeholders(text).into_iter().collect();
                // Arabic's dual names the two things without the numeral (تقريران, not
                // "2 تقريرين"): its `two` form alone may leave out the count it is chosen by.
                if lang == Lang::Ar && *category == PluralCategory::Two {
                    if let Some(count) = counted(msg) {
                        names.insert(count);
                    }
                }
                if names != english {
                    problems.push(format!(
                        "{}: {} ({category}) has {names:?}, English {english:?}",
                        lang.tag(),
                        msg.key()
                    ));
                }
                if text.trim().is_empty() {
                    problems.push(format!("{}: {} is empty", lang.tag(), msg.key()));
                }
            }
            let given: BTreeSet<PluralCategory> = forms.iter().map(|(c, _)| *c).collect();
            let wanted: BTreeSet<PluralCategory> = if PLURAL.contains(&msg) {
                plural_categories(lang).iter().copied().collect()
            } else {
                [PluralCategory::Other].into()
            };
            if given != wanted {
                problems.push(format!(
                    "{}: {} has forms {given:?}, wants {wanted:?}",
                    lang.tag(),
                    msg.key()
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The placeholder holding the count a plural message's form is chosen by (what `tf_count`
/// is given as `n`); `None` for a message without plural forms.
fn counted(msg: Msg) -> Option<&'static str> {
    match msg {
        Msg::SearchCount | Msg::RecCount => Some("total"),
        Msg::ParitySummary => Some("judged"),
        Msg::CountDates | Msg::CountReports => Some("n"),
        _ => None,
    }
}

#[test]
fn every_plural_message_names_the_placeholder_of_its_count() {
    for &msg in PLURAL {
        let count = counted(msg).unwrap_or_else(|| panic!("{}: which is its count?", msg.key()));
        assert!(
            placeholders(i18n::t(Locale::ENGLISH, msg)).contains(&count),
            "{}: English has no {{{count}}}",
            msg.key()
        );
    }
}

/// The Arabic dual leaves out the numeral, and filling it in does not break on the absent
/// placeholder; the other forms keep it.
#[test]
fn the_arabic_dual_names_two_things_without_the_numeral() {
    let two = i18n::tf_count(
        common::locale(Lang::Ar),
        Msg::CountReports,
        2.0,
        &[("n", "2")],
    );
    assert!(!two.contains('2') && !two.contains('{'), "{two}");
    let three = i18n::tf_count(
        common::locale(Lang::Ar),
        Msg::CountReports,
        3.0,
        &[("n", "3")],
    );
    assert!(three.contains("\u{2068}3\u{2069}"), "{three}");
    let shown = i18n::tf_count(
        common::locale(Lang::Ar),
        Msg::SearchCount,
        2.0,
        &[("shown", "1"), ("total", "2")],
    );
    assert!(
        shown.contains("\u{2068}1\u{2069}") && !shown.contains('{'),
        "{shown}"
    );
}

#[test]
fn the_parity_chart_and_the_map_in_arabic_and_chinese() {
    use pkviz::draw::export::framed_svg;
    use pkviz::view::{export, map, parity};
    let data = common::fixture();
    let base = std::rc::Rc::new(common::basemap());
    for lang in [Lang::Ar, Lang::Zh] {
        let vm = parity::parity(&data, data.parity.as_ref().unwrap(), common::locale(lang));
        assert_eq!(vm.title, i18n::t(common::locale(lang), Msg::ParityTitle));
        let framing = export::parity_framing(&data, &vm, common::locale(lang));
        let svg = framed_svg(&vm, &framing).unwrap();
        assert_eq!(svg.contains("direction=\"rtl\""), lang.rtl());
        common::golden(&format!("tests/golden/parity-{}.svg", lang.tag()), &svg);
        let vm = map::map(&data, false, common::locale(lang)).unwrap();
        let framing = export::map_framing(&data, &vm, common::locale(lang));
        let chart = map::MapChart {
            vm: std::rc::Rc::new(vm),
            base: base.clone(),
        };
        let svg = framed_svg(&chart, &framing).unwrap();
        common::golden(&format!("tests/golden/map-{}.svg", lang.tag()), &svg);
    }
}

/// With Arabic-Indic digits every number of a chart is in them, the years of its time axis too
/// (they were written with `format!` at draw time, so stayed in 0–9).
#[test]
fn arabic_indic_digits_write_the_years_too() {
    use pkviz::draw::{export::bare_svg, Drawable};
    use pkviz::i18n::Digits;
    use pkviz::view::parity;
    let data = common::fixture();
    let drawn = |digits| {
        let loc = common::locale(Lang::Ar).with_digits(digits);
        let vm = parity::parity(&data, data.parity.as_ref().unwrap(), loc);
        let years = vm.layout(900.0).years;
        let svg = bare_svg(&vm, 900.0).unwrap();
        let texts: Vec<String> = svg
            .split("</text>")
            .filter_map(|t| t.rsplit('>').next().map(|t| t.trim().to_string()))
            .collect();
        (years, texts)
    };
    let (years, texts) = drawn(Digits::ArabicIndic);
    assert!(!years.is_empty());
    let indic = |s: &str| s.chars().all(|c| ('\u{660}'..='\u{669}').contains(&c));
    for (_, label) in &years {
        assert!(indic(label) && texts.contains(label), "{label} {texts:?}");
    }
    let latin = |s: &String| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    assert!(!texts.iter().any(latin), "{texts:?}");
    // In 0–9 digits, the same labels are there in them.
    let (years, texts) = drawn(Digits::Latin);
    for (v, label) in &years {
        assert_eq!(*label, v.to_string());
    }
    assert!(texts.iter().any(latin));
}

#[test]
fn right_to_left_mirrors_the_charts_but_not_the_map() {
    use pkviz::draw::Drawable;
    use pkviz::view::chart::Zoom;
    use pkviz::view::{map, parity};
    let data = common::fixture();
    let (en, ar) = (
        parity::parity(&data, data.parity.as_ref().unwrap(), Locale::ENGLISH),
        parity::parity(
            &data,
            data.parity.as_ref().unwrap(),
            common::locale(Lang::Ar),
        ),
    );
    let width = 700.0;
    let (le, la) = (en.layout(width), ar.layout(width));
    let (me, ma) = (en.shown_marks(&le, &()), ar.shown_marks(&la, &()));
    assert_eq!(me.len(), ma.len());
    for (e, a) in me.iter().zip(&ma) {
        // The same mark, on the other side: its right edge where English has its left.
        assert!((a.x + a.w - (width - e.x)).abs() < 1e-6, "{e:?} {a:?}");
        assert_eq!(a.y, e.y);
    }
    let base = std::rc::Rc::new(common::basemap());
    let chart = |lang| map::MapChart {
        vm: std::rc::Rc::new(map::map(&data, false, lang).unwrap()),
        base: base.clone(),
    };
    let (en, ar) = (chart(Locale::ENGLISH), chart(common::locale(Lang::Ar)));
    let (le, la) = (en.layout(width), ar.layout(width));
    let xs = |c: &map::MapChart, l| {
        c.shown_marks(l, &c.frame(l, Zoom::default()))
            .iter()
            .map(|m| m.x)
            .collect::<Vec<_>>()
    };
    assert_eq!(xs(&en, &le), xs(&ar, &la), "geography keeps its sides");
}

/// The page shell's one line outside the catalogue, its `<noscript>`, is English's message (the
/// build puts each language's in its page).
#[test]
fn the_shell_noscript_line_is_the_english_message() {
    let shell =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.html")).unwrap();
    let line = format!(
        r#"<noscript><p class="notice">{}</p></noscript>"#,
        i18n::t(Locale::ENGLISH, Msg::NoScript)
    );
    assert!(
        shell.contains(&line),
        "index.html's <noscript> differs from Msg::NoScript"
    );
}

/// boot.js's two lines (before any wasm) fall back to English's messages, word for word.
#[test]
fn boot_js_falls_back_to_the_english_messages() {
    let boot =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/www/boot.js")).unwrap();
    for (key, msg) in [
        ("BootFailed", Msg::BootFailed),
        ("BootLoading", Msg::BootLoading),
    ] {
        let call = format!("say('{key}', '{}'", i18n::t(Locale::ENGLISH, msg));
        assert!(boot.contains(&call), "boot.js: {call}");
    }
}

/// Arabic-Indic digits are part of the locale: a view built with them writes each of its numbers
/// in them (natively as `Intl` does in the browser), and the same view in 0–9 has none.
#[test]
fn arabic_indic_digits_reach_every_number_of_a_view() {
    use pkviz::i18n::Digits;
    use pkviz::view::table::CellKind;
    let data = common::fixture();
    let sofa = data.sofa.as_ref().unwrap();
    let ar = common::locale(Lang::Ar);
    let numbers = |loc| {
        let vm = pkviz::view::sofa::table(&data, sofa, loc);
        vm.rows
            .into_iter()
            .flat_map(|r| r.cells)
            .filter(|c| c.kind == CellKind::Number)
            .map(|c| c.text)
            .collect::<Vec<_>>()
    };
    let (latin, indic) = (numbers(ar), numbers(ar.with_digits(Digits::ArabicIndic)));
    assert!(!latin.is_empty(), "the fixture's SOFA table has numbers");
    let arabic_indic = |c: char| ('\u{660}'..='\u{669}').contains(&c);
    for (l, i) in latin.iter().zip(&indic) {
        assert!(l.chars().any(|c| c.is_ascii_digit()) && !l.chars().any(arabic_indic));
        assert!(
            i.chars().any(arabic_indic) && !i.chars().any(|c| c.is_ascii_digit()),
            "{i}"
        );
    }
}

/// Layouts measure text as their locale does (the browser's fonts in the app): a wider measure
/// gives the parity chart's key more room, and the same locale gives the same layout.
#[test]
fn layouts_measure_text_with_the_locale() {
    use pkviz::draw::Drawable;
    use pkviz::i18n::{estimated_width, Measure};
    let data = common::fixture();
    let parity = data.parity.as_ref().unwrap();
    let wide: Measure = &|text: &str, size: f64| 2.0 * estimated_width(text, size);
    let layout = |loc| pkviz::view::parity::parity(&data, parity, loc).layout(900.0);
    let (estimated, measured) = (
        layout(Locale::ENGLISH),
        layout(Locale::ENGLISH.with_measure(wide)),
    );
    assert_eq!(estimated, layout(Locale::ENGLISH));
    assert_ne!(
        estimated.key, measured.key,
        "the key is placed by measured widths"
    );
}

/// The disclaimer's official status is declared, never inferred from a translated text: a
/// catalogue presents its disclaimer lines as official only with `disclaimer_source` (the
/// public source of that wording), else the page shows the English text and says so.
#[test]
fn the_disclaimer_is_official_only_where_its_source_is_declared() {
    use pkviz::view::map::disclaimer_lines;
    const LINES: [Msg; 4] = [
        Msg::DisclaimerMain,
        Msg::DisclaimerSudan,
        Msg::DisclaimerAbyei,
        Msg::DisclaimerKashmir,
    ];
    let english: Vec<(String, Lang)> = LINES
        .iter()
        .map(|&m| (i18n::t(Locale::ENGLISH, m).to_string(), Lang::En))
        .collect();
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let loc = common::locale(lang);
        let declared = loc.catalogue().and_then(|c| c.disclaimer_source.clone());
        assert!(declared.is_some(), "{}: no disclaimer_source", lang.tag());
        // Declared: the catalogue's wording, where it comes from, then the English text.
        let own = |m: Msg| (i18n::t(loc, m).to_string(), lang);
        let mut wanted: Vec<_> = LINES.into_iter().map(own).collect();
        wanted.push(own(Msg::DisclaimerWordingSource));
        wanted.extend(english.clone());
        assert_eq!(disclaimer_lines(loc), wanted, "{}", lang.tag());
        // The same lines translated without a declared source: English, and the page says so.
        let mut json: serde_json::Value = serde_json::from_str(&file(lang)).unwrap();
        json.as_object_mut().unwrap().remove("disclaimer_source");
        let undeclared = i18n::read_catalogue(&json.to_string()).unwrap();
        assert!(LINES.iter().all(|&m| undeclared.forms(m).is_some()));
        let loc = Locale::new(lang, Some(undeclared));
        let mut wanted = english.clone();
        wanted.push((i18n::t(loc, Msg::DisclaimerUntranslated).to_string(), lang));
        assert_eq!(disclaimer_lines(loc), wanted, "{}", lang.tag());
        // Declared, but a line missing (so English would stand in it): not official either.
        let mut json: serde_json::Value = serde_json::from_str(&file(lang)).unwrap();
        json["messages"]
            .as_object_mut()
            .unwrap()
            .remove("DisclaimerAbyei");
        let partial = Locale::new(lang, Some(i18n::read_catalogue(&json.to_string()).unwrap()));
        assert_eq!(disclaimer_lines(partial), wanted, "{}", lang.tag());
    }
}
