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

/// The wasm entry point: installs the panic hook and mounts the app into `#app` (a page
/// without `#app` places charts with [`render`]).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    components::panic::install();
    components::app::mount();
}

/// Places one item of the app in `element`, for another page:
/// `render(el, "parity", { data: "data/peacekeeping.json", lang: "en" })`.
/// Items: `map`, `sofa`, `parity`, `funnels`, `mechanisms`, `figures`. `data` is a same-origin
/// address (default: the app's data file); `lang` a page language (English so far).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn render(
    element: web_sys::Element,
    item: &str,
    options: wasm_bindgen::JsValue,
) -> Result<(), wasm_bindgen::JsValue> {
    let view = route::View::ALL
        .into_iter()
        .find(|v| v.id() == item)
        .ok_or_else(|| format!("render: unknown item \"{item}\"; use one of map, sofa, parity, funnels, mechanisms, figures"))?;
    // A string option of `options`, if given.
    let option = |key: &str| -> Result<Option<String>, String> {
        if options.is_undefined() || options.is_null() {
            return Ok(None);
        }
        let v = js_sys::Reflect::get(&options, &key.into()).unwrap_or_default();
        match (v.is_undefined(), v.as_string()) {
            (true, _) => Ok(None),
            (false, Some(s)) => Ok(Some(s)),
            (false, None) => Err(format!("render: option \"{key}\" must be a string")),
        }
    };
    if let Some(lang) = option("lang")?.filter(|l| l != i18n::Lang::En.tag()) {
        return Err(format!("render: language \"{lang}\" is not available yet; use \"en\"").into());
    }
    let props = components::app::AppProps {
        only: Some(view),
        data: option("data")?,
    };
    yew::Renderer::<components::app::App>::with_root_and_props(element, props).render();
    Ok(())
}
