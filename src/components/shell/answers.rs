//! The prerendered page's own answers to a first touch, before (and while) the app loads:
//! `www/boot.js` shows them at once, and the app, started by the same touch, takes over the
//! page in the state they show (the address they write is the app's route).
//!
//! - A first sort of a table is a new order of its rows: `DataTable` writes it on each sort
//!   button of the prerendered page (`data-order`, `data-sort`, `data-arrow`, `data-href`).
//! - A mission's profile (a mission button or a map marker, `data-answer="profile:<code>"`) is
//!   the app's own `Profile`, rendered here into a `<template>` per mission (and its close
//!   button, `profile:`, an empty one): a file of its own
//!   per language (fetched on the first touch, so reading the page costs no byte more), inlined
//!   in the offline copy.

#[cfg(not(target_arch = "wasm32"))]
use crate::components::widgets::answer::{attribute, closed, profile};

/// Every answer of the page `props` shows, as `<template>`s: each names its answer
/// (`data-answer`), the element it fills (`data-into`), what takes the focus (`data-focus`) and
/// the address it writes (`data-href`).
#[cfg(not(target_arch = "wasm32"))]
pub fn prerender(props: &super::page::PageProps) -> String {
    use crate::components::views::profile::{Profile, ProfileProps};
    use crate::components::views::recommendations::RecState;
    use crate::route::{first_answer, Action};
    let loc = props.locale;
    let Ok(vm) = crate::view::map::map(&props.file.data, false, loc) else {
        return String::new();
    };
    let codes = crate::view::distinct(vm.sites.iter().map(|s| s.code.as_str()));
    // Closing: nothing in the profile's place, the focus back on its mission's button.
    let close = format!(
        "<template data-answer=\"{}\" data-into=\"#view-map .profile-slot\" data-focus=\"#view-map .mission-list button[aria-pressed=true]\" data-href=\"{}\"></template>",
        attribute(&closed()),
        attribute(&first_answer(Action::Profile(None))),
    );
    let profiles: String = codes
        .iter()
        .map(|&code| {
            let shown = ProfileProps {
                data: props.file.data.clone(),
                code: code.to_string().into(),
                loc,
                sofa_sort: None,
                mechanisms_sort: None,
                // The app's profile until the matrix is in (it is fetched with the app).
                recs: RecState::Loading,
            };
            let renderer = yew::LocalServerRenderer::<Profile>::with_props(shown).hydratable(false);
            let html = futures::executor::block_on(renderer.render());
            let href = first_answer(Action::Profile(Some(code.to_string())));
            format!(
                "<template data-answer=\"{}\" data-into=\"#view-map .profile-slot\" data-focus=\"#profile-title\" data-href=\"{}\">{html}</template>",
                attribute(&profile(code)),
                attribute(&href),
            )
        })
        .collect();
    profiles + &close
}
