//! UN peacekeeping data visualisation: one static JSON file drawn entirely in the browser.
//!
//! The data flows one way (see `ARCHITECTURE.md`):
//! `data::raw` (serde mirror of the JSON layout) → `data::validate` (raw → model + located
//! problems) → `model` (validated domain types) → `view` (plain view models, already translated)
//! → `components` (Yew; the only code that touches the DOM).
//!
//! `model`, `view` and `i18n` never touch `web_sys`, so they are tested natively.

pub mod data;
pub mod draw;
pub mod geo;
pub mod i18n;
pub mod model;
pub mod query;
pub mod route;
pub mod view;

#[cfg(target_arch = "wasm32")]
pub mod components;

/// The wasm entry point: installs the panic hook and mounts the app into `#app`.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    components::panic::install();
    components::app::mount();
}
