//! The components, natively: each view rendered to HTML from the test fixture by yew's server
//! renderer (what the prerendered page is made of), compared with golden files; the route
//! reconciled with the data file.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use pkviz::components::views::profile::{Profile, ProfileProps};
use pkviz::components::views::recommendations::{RecProps, RecState, RecommendationsView};

use common::{basemap, fixture, golden};
use pkviz::components::shell::page::{prerender, PageProps};
use pkviz::components::state::{DataFile, Loadable, Source};
use pkviz::components::views::figures::FiguresView;
use pkviz::components::views::funnels::FunnelsView;
use pkviz::components::views::map::{MapProps, MapView};
use pkviz::components::views::mechanisms::MechanismsView;
use pkviz::components::views::parity::ParityView;
use pkviz::components::views::section::ViewProps;
use pkviz::components::views::sofa::SofaView;
use pkviz::components::Shared;
use pkviz::draw::export::bare_svg;
use pkviz::i18n::Locale;
use pkviz::model::Dataset;
use pkviz::route::{parse, reconcile};
use pkviz::view::{funnel, map};
use yew::{BaseComponent, LocalServerRenderer};

/// A component rendered to HTML, one element a line (so golden diffs read).
fn render<C: BaseComponent>(props: C::Properties) -> String {
    let html = futures::executor::block_on(
        LocalServerRenderer::<C>::with_props(props)
            .hydratable(false)
            .render(),
    );
    html.replace("><", ">\n<") + "\n"
}

/// A view's props in English, with the route of the address `fragment`.
fn view_props(data: Shared<Dataset>, fragment: &str) -> ViewProps {
    let (route, ignored) = parse(fragment);
    assert!(ignored.is_empty(), "{fragment}: {ignored:?}");
    ViewProps {
        data,
        loc: Locale::ENGLISH,
        route,
    }
}

fn data() -> Shared<Dataset> {
    Shared::new(fixture())
}

#[test]
fn sofa_view_renders_the_table_with_the_texts_own_states() {
    let data = data();
    let html = render::<SofaView>(view_props(data.clone(), ""));
    let rows = &data.sofa.as_ref().unwrap().rows;
    assert_eq!(html.matches("<th scope=\"row\"").count(), rows.len());
    for r in rows {
        assert!(
            html.contains(&format!(">{}<", r.mission)),
            "{} has its row",
            r.mission
        );
    }
    golden("tests/golden/views/sofa.html", &html);
}

#[test]
fn sofa_view_sorted_by_the_route_marks_the_column() {
    let data = data();
    let code = &data.sofa.as_ref().unwrap().rows[0].mission;
    let html = render::<SofaView>(view_props(
        data.clone(),
        &format!("sort=sofa.2.desc&mission={code}"),
    ));
    assert_eq!(html.matches("aria-sort=\"descending\"").count(), 1);
    assert!(
        html.contains("aria-current=\"true\""),
        "the profile's mission row is marked"
    );
}

#[test]
fn mechanisms_and_figures_views_render_their_tables() {
    let html = render::<MechanismsView>(view_props(data(), ""));
    golden("tests/golden/views/mechanisms.html", &html);
    let html = render::<FiguresView>(view_props(data(), ""));
    assert!(html.contains("<table"));
    golden("tests/golden/views/figures.html", &html);
}

#[test]
fn chart_views_render_their_charts_as_svg() {
    let html = render::<ParityView>(view_props(data(), ""));
    assert_eq!(
        html.matches("<svg class=\"").count(),
        2,
        "a narrow and a wide picture"
    );
    golden("tests/golden/views/parity.html", &html);
    let data = data();
    let first = &data.funnels.as_ref().unwrap()[0];
    let html = render::<FunnelsView>(view_props(data.clone(), ""));
    assert!(html.contains(&first.title));
    golden("tests/golden/views/funnels.html", &html);
}

#[test]
fn map_view_renders_the_map_and_the_disclaimer_even_without_a_basemap() {
    let data = data();
    let html = render::<MapView>(MapProps {
        data: data.clone(),
        loc: Locale::ENGLISH,
        basemap: Loadable::Ready(Shared::new(basemap())),
        closed: false,
        mission: None,
        sorts: vec![],
        profile_open: false,
        recs: RecState::Loading,
    });
    assert!(html.contains("do not imply official endorsement"));
    golden("tests/golden/views/map.html", &html);
    let loading = render::<MapView>(MapProps {
        data,
        loc: Locale::ENGLISH,
        basemap: Loadable::Loading,
        closed: false,
        mission: None,
        sorts: vec![],
        profile_open: false,
        recs: RecState::Loading,
    });
    assert!(loading.contains("do not imply official endorsement"));
    assert!(!loading.contains("<svg class"));
}

#[test]
fn recommendations_view_renders_the_tracker_of_a_matrix() {
    let data = data();
    let recs = Shared::new(common::fixture_recommendations());
    let html = render::<RecommendationsView>(RecProps {
        data,
        recs: RecState::Ready(recs.clone()),
        loc: Locale::ENGLISH,
        filter: Default::default(),
        mission: None,
        para: None,
    });
    for s in &recs.sections {
        assert!(html.contains(&s.title), "{}", s.title);
    }
    // The fixture's matrix fits one page: every paragraph is listed.
    for p in &recs.paragraphs {
        let id = format!("id=\"para-{}\"", p.para);
        assert!(html.contains(&id), "paragraph {}", p.para);
    }
    golden("tests/golden/views/recommendations.html", &html);
}

#[test]
fn a_profile_shows_its_mission_rows_and_the_paragraphs_naming_it() {
    let data = data();
    let recs = Shared::new(common::fixture_recommendations());
    // A mission of the fixture with a SOFA row, mechanisms and paragraphs of the matrix.
    let sofa = &data.sofa.as_ref().unwrap().rows;
    let mechanisms = &data.mechanisms.as_ref().unwrap().rows;
    let code = data
        .missions
        .as_ref()
        .unwrap()
        .iter()
        .map(|m| &m.code)
        .find(|&c| {
            sofa.iter().any(|r| &r.mission == c)
                && mechanisms.iter().any(|r| &r.mission == c)
                && recs.paragraphs.iter().any(|p| p.missions.contains(c))
        })
        .expect("the fixtures have such a mission")
        .clone();
    let html = render::<Profile>(ProfileProps {
        data: data.clone(),
        code: code.clone().into(),
        loc: Locale::ENGLISH,
        sofa_sort: None,
        mechanisms_sort: None,
        recs: RecState::Ready(recs.clone()),
    });
    for p in recs
        .paragraphs
        .iter()
        .filter(|p| p.missions.contains(&code))
    {
        assert!(html.contains(&p.para.to_string()), "paragraph {}", p.para);
    }
    for m in mechanisms.iter().filter(|r| r.mission == code) {
        assert!(html.contains(&m.mechanism), "{}", m.mechanism);
    }
    golden("tests/golden/views/profile.html", &html);
}

#[test]
fn charts_on_a_phone() {
    let data = fixture();
    let vms = funnel::funnels(&data, data.funnels.as_ref().unwrap(), Locale::ENGLISH);
    golden(
        "tests/golden/funnel-375-chart.svg",
        &bare_svg(&vms[0], 375.0).unwrap(),
    );
    let chart = map::MapChart {
        vm: std::rc::Rc::new(map::map(&data, false, Locale::ENGLISH).unwrap()),
        base: std::rc::Rc::new(basemap()),
    };
    golden(
        "tests/golden/map-375-chart.svg",
        &bare_svg(&chart, 375.0).unwrap(),
    );
}

#[test]
fn the_whole_page_prerenders_every_view() {
    let html = prerender(PageProps::prerendered(
        DataFile {
            data: data(),
            source: Source {
                path: "fixture.json".into(),
                sha256: Some("abc".into()),
                offline: false,
            },
        },
        Shared::new(basemap()),
        Default::default(),
    ));
    for view in pkviz::route::View::ALL {
        assert_eq!(
            html.matches(&format!("id=\"view-{}\"", view.id())).count(),
            1,
            "{view:?} once"
        );
    }
    assert!(html.contains("SHA-256") && html.contains("abc"));
    assert!(html.contains("offline.html"));
}

#[test]
fn reconcile_drops_what_the_data_file_lacks() {
    let data = fixture();
    let code = &data.missions.as_ref().unwrap()[0].code;
    let (route, _) = parse(&format!(
        "mission={code}&funnel=nope&topic=nowhere&view=sofa"
    ));
    let (next, dropped) = reconcile(&route, &data);
    assert_eq!(next.mission.as_deref(), Some(code.as_str()));
    assert_eq!((next.funnel, next.topic), (None, None));
    assert_eq!(dropped, ["funnel=nope", "topic=nowhere"]);
    let (route, _) = parse("mission=NOWHERE");
    assert_eq!(reconcile(&route, &data).1, ["mission=NOWHERE"]);
    let (same, none) = reconcile(&parse("view=map").0, &data);
    assert!(none.is_empty() && same == parse("view=map").0);
}
