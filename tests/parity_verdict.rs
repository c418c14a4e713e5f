//! The parity verdict, natively: which share is judged against which target (as a
//! `parity::Verdict`, not as English sentences), and that an uncertain share or target is shown
//! but never judged. Expectations come from the fixture.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use pkviz::i18n::{format_count, t, tf, tf_count, Locale, Msg};
use pkviz::model::{Dataset, GenderParity, ParityActual, ParityTarget};
use pkviz::view::parity::{self, PanelVm, ParityVm, Verdict};

use common::{fixture, root};

const EN: Locale = Locale::ENGLISH;

fn chart(data: &Dataset) -> ParityVm {
    parity::parity(data, data.parity.as_ref().unwrap(), EN)
}

/// The fixture's share and target that a judged or uncertain verdict of `panel` points at.
fn pair<'a>(
    p: &'a GenderParity,
    panel: &PanelVm,
    (share, target): (usize, usize),
) -> (&'a ParityActual, &'a ParityTarget) {
    let k = p
        .categories
        .iter()
        .find(|k| k.label == panel.label)
        .unwrap();
    let (pt, tg) = (&panel.points[share], &panel.targets[target]);
    let actual = p
        .actuals
        .iter()
        .find(|a| a.category == k.id && Some(a.date) == pt.when && a.value == pt.value)
        .unwrap();
    let goal = p
        .targets
        .iter()
        .find(|g| g.category == k.id && g.year == tg.year)
        .unwrap();
    (actual, goal)
}

fn whole_year(a: &ParityActual, year: u16) -> bool {
    !a.date_approximate && a.date.year == year && a.date.month.is_none_or(|m| m == 12)
}

#[test]
fn parity_judges_only_a_share_for_the_whole_target_year() {
    let data = fixture();
    let p = data.parity.as_ref().unwrap();
    let vm = chart(&data);
    let of = |i: usize| &vm.panels[i];
    // December counts as the whole year; June of the same year does not.
    let Verdict::Judged { met, share, target } = of(0).verdict else {
        panic!("{:?}", of(0).verdict)
    };
    let (a, g) = pair(p, of(0), (share, target));
    assert!(whole_year(a, g.year) && a.date.month == Some(12));
    assert!(p
        .actuals
        .iter()
        .any(|b| b.category == a.category && b.date.year == g.year && !whole_year(b, g.year)));
    assert_eq!(met, a.value >= g.value.unwrap());
    assert!(matches!(of(0).verdict, Verdict::Judged { met: false, .. }));
    // The latest target with a share for its whole year; an earlier share is compared with
    // nothing.
    let Verdict::Judged { met, share, target } = of(1).verdict else {
        panic!("{:?}", of(1).verdict)
    };
    let (a, g) = pair(p, of(1), (share, target));
    assert!(whole_year(a, g.year));
    assert_eq!(met, a.value >= g.value.unwrap());
    assert!(matches!(of(1).verdict, Verdict::Judged { met: true, .. }));
    // Only part of a target's year is reported: shown, not judged.
    let latest = of(2).points.len() - 1;
    assert_eq!(of(2).verdict, Verdict::NoWholeYearShare { latest });
    // Differently defined groups are never judged.
    assert!(vm
        .panels
        .iter()
        .filter(|k| !k.ugps)
        .all(|k| k.verdict == Verdict::NotUgps));
    // The line under a panel is written from its verdict.
    let line = of(0).verdict_line(EN).unwrap();
    assert!(line.ends_with(t(EN, Msg::ParityNotMet)), "{line}");
    assert!(line.contains(&of(0).targets[target_of(of(0))].value_text));
    // The summary counts the verdicts.
    let judged: Vec<bool> = vm.panels.iter().filter_map(|k| k.verdict.met()).collect();
    let met = judged.iter().filter(|m| **m).count() as u64;
    let unjudged = vm
        .panels
        .iter()
        .filter(|k| matches!(k.verdict, Verdict::NoWholeYearShare { .. }))
        .count() as u64;
    let n = judged.len() as u64;
    let summary = tf_count(
        EN,
        Msg::ParitySummary,
        n as f64,
        &[
            ("met", &format_count(met, EN)),
            ("judged", &format_count(n, EN)),
            ("unjudged", &format_count(unjudged, EN)),
        ],
    );
    assert_eq!(vm.summary, summary);
    // One shared scale, the next ten above the largest value.
    let top = p
        .actuals
        .iter()
        .map(|a| a.value)
        .chain(p.targets.iter().filter_map(|g| g.value))
        .fold(0.0, f64::max);
    assert!(vm.y_max > top && vm.y_max - top <= 10.0 && vm.y_max % 10.0 == 0.0);
}

fn target_of(panel: &PanelVm) -> usize {
    match panel.verdict {
        Verdict::Judged { target, .. } | Verdict::Uncertain { target, .. } => target,
        v => panic!("{v:?}"),
    }
}

/// The fixture with `edit` applied to its JSON, loaded as the app loads a file.
fn edited(edit: impl FnOnce(&mut serde_json::Value)) -> Dataset {
    let text = std::fs::read_to_string(root("tests/fixtures/sofa-alt.json")).unwrap();
    let mut json: serde_json::Value = serde_json::from_str(&text).unwrap();
    edit(&mut json["gender_parity"]);
    pkviz::data::load_text::<pkviz::data::RawJson>(&json.to_string()).unwrap()
}

/// Marks `uncertain` the fixture's item of `list` that a judged verdict of panel `i` compares.
fn uncertain_judged(list: &str, i: usize) -> (Dataset, Verdict) {
    let data = fixture();
    let p = data.parity.as_ref().unwrap();
    let vm = chart(&data);
    let panel = &vm.panels[i];
    let Verdict::Judged { share, target, .. } = panel.verdict else {
        panic!("{:?}", panel.verdict)
    };
    let (a, g) = pair(p, panel, (share, target));
    let (category, year, date) = (a.category.clone(), g.year, a.date.to_string());
    let edited = edited(|json| {
        for item in json[list].as_array_mut().unwrap() {
            let matches = item["category"] == category.as_str()
                && match list {
                    "targets" => item["year"] == year,
                    _ => item["date"] == date.as_str(),
                };
            if matches {
                item["uncertain"] = true.into();
            }
        }
    });
    (edited, Verdict::Uncertain { share, target })
}

#[test]
fn an_uncertain_target_or_share_is_shown_not_judged() {
    let fixture_vm = chart(&fixture());
    for list in ["targets", "actuals"] {
        for i in [0, 1] {
            let (data, expected) = uncertain_judged(list, i);
            let vm = chart(&data);
            let panel = &vm.panels[i];
            assert_eq!(panel.verdict, expected, "{list}, panel {i}");
            assert_eq!(panel.verdict.met(), None);
            // The pair is shown, and the line says it is not judged, and why.
            let line = panel.verdict_line(EN).unwrap();
            assert!(
                line.ends_with(t(EN, Msg::ParityNotJudgedUncertain)),
                "{line}"
            );
            assert_eq!(parity::layout(&vm, 600.0).boxes[i].verdict, Some(line));
            // The summary judges one category fewer and says why.
            let judged = |vm: &ParityVm| vm.panels.iter().filter_map(|k| k.verdict.met()).count();
            assert_eq!(judged(&vm) + 1, judged(&fixture_vm));
            let n = format_count(1, EN);
            let why = tf(EN, Msg::ParitySummaryUncertain, &[("uncertain", &n)]);
            assert!(vm.summary.ends_with(&why), "{}", vm.summary);
        }
    }
    // An uncertain target says so where it is shown: its details and its table row.
    let (data, _) = uncertain_judged("targets", 0);
    let vm = chart(&data);
    let tg = &vm.panels[0].targets[target_of(&vm.panels[0])];
    assert!(tg.uncertain && tg.details.contains(t(EN, Msg::Uncertain)));
    let table = parity::table(&vm, EN);
    assert!(table
        .rows
        .iter()
        .any(|r| r.cells[1].text.contains(t(EN, Msg::Uncertain))
            && r.cells[1].text.contains(t(EN, Msg::Target))));
}
