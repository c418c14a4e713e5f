//! The prerendered page's own answers to a first touch (`components::shell::answers`), natively: one
//! profile per mission the map shows, each the app's `Profile` word for word, writing the
//! address the app reads back as that profile; every marker and mission button names one.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{basemap, fixture};
use pkviz::components::shell::page::{prerender, PageProps};
use pkviz::components::state::{DataFile, Source};
use pkviz::components::views::profile::{Profile, ProfileProps};
use pkviz::components::views::recommendations::RecState;
use pkviz::components::Shared;
use pkviz::route::View;

fn props() -> PageProps {
    PageProps::prerendered(
        DataFile {
            data: Shared::new(fixture()),
            source: Source {
                path: "fixture.json".into(),
                sha256: None,
                offline: false,
            },
        },
        Shared::new(basemap()),
        Default::default(),
    )
}

/// The value of `name="…"` in `tag` (as the renderer writes it, `&amp;` for `&`).
fn attr<'a>(tag: &'a str, name: &str) -> &'a str {
    let start = tag.find(&format!("{name}=\"")).expect(name) + name.len() + 2;
    &tag[start..start + tag[start..].find('"').unwrap()]
}

#[test]
fn each_mission_of_the_map_has_its_profile_as_an_answer() {
    let props = props();
    let answers = pkviz::components::shell::answers::prerender(&props);
    let data = props.file.data.clone();
    let vm = pkviz::view::map::map(&data, false, props.locale).unwrap();
    let codes = pkviz::view::distinct(vm.sites.iter().map(|s| s.code.clone()));
    assert!(!codes.is_empty());
    let templates: Vec<&str> = answers.split("<template ").skip(1).collect();
    assert_eq!(
        templates.len(),
        codes.len() + 1,
        "one answer per mission, and closing"
    );
    // Closing: nothing in the profile's place, and the map's address without a mission.
    let close = templates.last().unwrap();
    assert_eq!(
        attr(close, "data-answer"),
        pkviz::components::widgets::answer::closed()
    );
    assert!(close.ends_with("></template>"), "{close}");
    let (route, _) = pkviz::route::parse(attr(close, "data-href").trim_start_matches('#'));
    assert_eq!((route.view, route.mission), (Some(View::Map), None));
    for (code, template) in codes.iter().zip(&templates) {
        assert_eq!(
            attr(template, "data-answer"),
            pkviz::components::widgets::answer::profile(code)
        );
        // The address it writes is the app's route for that profile.
        let href = attr(template, "data-href").replace("&amp;", "&");
        let (route, ignored) = pkviz::route::parse(href.trim_start_matches('#'));
        assert!(ignored.is_empty(), "{href}");
        assert_eq!(route.mission.as_deref(), Some(code.as_str()));
        assert_eq!(route.view, Some(View::Map));
        // What it shows is the app's profile, before the matrix is in.
        let alone = futures::executor::block_on(
            yew::LocalServerRenderer::<Profile>::with_props(ProfileProps {
                data: data.clone(),
                code: code.clone().into(),
                loc: props.locale,
                sofa_sort: None,
                mechanisms_sort: None,
                recs: RecState::Loading,
            })
            .hydratable(false)
            .render(),
        );
        let body = &template[template.find('>').unwrap() + 1..];
        assert_eq!(body.trim_end_matches("</template>"), alone, "{code}");
    }
}

#[test]
fn every_marker_and_mission_button_of_the_page_names_an_answer_it_has() {
    let props = props();
    let answers = pkviz::components::shell::answers::prerender(&props);
    let page = prerender(props);
    let named: Vec<&str> = page
        .split("data-answer=\"")
        .skip(1)
        .map(|rest| &rest[..rest.find('"').unwrap()])
        .collect();
    // A button per mission, and a mark per mission at each of the two widths.
    assert!(named.len() >= 3, "{named:?}");
    for name in named {
        assert!(
            answers.contains(&format!("data-answer=\"{name}\"")),
            "{name} has no answer"
        );
    }
}
