//! UN peacekeeping data visualisation: one static JSON file drawn entirely in the browser.
//!
//! The data flows one way (see `ARCHITECTURE.md`):
//! `data::raw` (serde mirror of the JSON layout) → `data::validate` (raw → model + located
//! problems) → `model` (validated domain types) → `view` (plain view models, already translated)
//! → `components` (Yew; the only code that touches the DOM).
//!
//! Only `components` touch `yew` and `web_sys`; everything compiles and is tested natively.

pub mod data;
pub mod draw;
pub mod geo;
pub mod i18n;
pub mod model;
pub mod query;
pub mod route;
pub mod view;

pub mod components;

#[cfg(target_arch = "wasm32")]
pub use components::shell::entry::render;

/// The wasm entry point: installs the panic hook and mounts the app into `#app` (a page
/// without `#app` places charts with [`render`]).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    components::browser::panic::install();
    components::shell::entry::mount();
}
