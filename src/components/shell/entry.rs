//! The app's two ways into a page: [`mount`] (the site's own page, taking over from its
//! prerendered first view) and [`render`] (the library: one item of the app in another page).

#[cfg(target_arch = "wasm32")]
use super::app::{App, AppProps, CATALOGUE_DIR};
#[cfg(target_arch = "wasm32")]
use crate::components::browser::prerendered::PRERENDERED_ID;
#[cfg(target_arch = "wasm32")]
use crate::i18n::{t, Locale, Msg};
#[cfg(target_arch = "wasm32")]
use yew::prelude::*;

/// Mounts the app into `#app`; a page without one uses the library's `render` instead. A
/// prerendered first view stays in place while the app renders beside it, out of sight.
#[cfg(target_arch = "wasm32")]
pub fn mount() {
    let document = gloo::utils::document();
    let Some(root) = document.get_element_by_id("app") else {
        return;
    };
    // The page's language: its file's (`<html lang>`, written by the build).
    let lang = document
        .document_element()
        .and_then(|html| html.get_attribute("lang"))
        .and_then(|tag| crate::i18n::Lang::from_tag(&tag))
        .unwrap_or_default();
    let catalogues = crate::components::browser::loader::embedded_catalogues();
    let locale = page_locale(lang, &catalogues);
    let props = || AppProps {
        locale,
        catalogues: catalogues.clone(),
        ..AppProps::default()
    };
    if let Some(prerendered) = document.get_element_by_id(PRERENDERED_ID) {
        // The prerendered page is the site's own file: say when the address asks for another.
        let search = gloo::utils::window()
            .location()
            .search()
            .unwrap_or_default();
        let other = web_sys::UrlSearchParams::new_with_str(&search)
            .ok()
            .and_then(|p| p.get("data"))
            .is_some();
        if other {
            if let Ok(p) = document.create_element("p") {
                p.set_class_name("notice loading-other");
                let _ = p.set_attribute("role", "status");
                p.set_text_content(Some(t(locale, Msg::LoadingOtherFile)));
                let _ = prerendered.prepend_with_node_1(&p);
            }
        }
        if let Ok(live) = document.create_element("div") {
            live.set_class_name("app-pending");
            let _ = root.append_child(&live);
            yew::Renderer::<App>::with_root_and_props(live, props()).render();
            return;
        }
    }
    yew::Renderer::<App>::with_root_and_props(root, props()).render();
}

/// The items [`render`] places, as its error message lists them: every view's id, in page order.
pub fn render_items() -> String {
    crate::route::View::ALL
        .map(crate::route::View::id)
        .join(", ")
}

/// The languages [`render`] takes, as its error message lists them.
pub fn render_langs() -> String {
    crate::i18n::Lang::ALL
        .map(crate::i18n::Lang::tag)
        .join(", ")
}

/// Places one item of the app in `element`, for another page:
/// `render(el, "parity", { data: "data/peacekeeping.json", lang: "en" })`.
/// Items: every view's id ([`render_items`]: `map`, `sofa`, `parity`, `funnels`, `mechanisms`,
/// `figures`, `recommendations`). `data` is a same-origin address (default: the app's data
/// file); `lang` one of [`render_langs`] (`ar`, `zh`, `en`, `fr`, `ru`, `es`; its texts are
/// fetched from `<i18n>/<lang>.json`; `i18n` a directory relative to the page, `i18n/` by default).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn render(
    element: web_sys::Element,
    item: &str,
    options: wasm_bindgen::JsValue,
) -> Result<(), wasm_bindgen::JsValue> {
    let view = crate::route::View::ALL
        .into_iter()
        .find(|v| v.id() == item)
        .ok_or_else(|| {
            format!(
                "render: unknown item \"{item}\"; use one of {}",
                render_items()
            )
        })?;
    // The options, read by serde-wasm-bindgen: an object of strings, or nothing.
    let mut options: std::collections::BTreeMap<String, String> =
        if options.is_undefined() || options.is_null() {
            Default::default()
        } else {
            serde_wasm_bindgen::from_value(options)
                .map_err(|e| format!("render: options must be an object of strings ({e})"))?
        };
    let lang = match options.remove("lang") {
        None => crate::i18n::Lang::default(),
        Some(tag) => crate::i18n::Lang::ALL
            .into_iter()
            .find(|l| l.tag() == tag)
            .ok_or_else(|| {
                format!(
                    "render: unknown language \"{tag}\"; use one of {}",
                    render_langs()
                )
            })?,
    };
    let data = options.remove("data");
    let catalogue_dir = options
        .remove("i18n")
        .map_or(AttrValue::Static(CATALOGUE_DIR), AttrValue::from);
    if let Some(other) = options.keys().next() {
        return Err(format!("render: unknown option \"{other}\"; use data, lang or i18n").into());
    }
    let catalogues = crate::components::browser::loader::embedded_catalogues();
    let props = AppProps {
        only: Some(view),
        data,
        locale: page_locale(lang, &catalogues),
        catalogues,
        catalogue_dir,
    };
    yew::Renderer::<App>::with_root_and_props(element, props).render();
    Ok(())
}

/// The locale a page starts in: its language, with its catalogue if the page carries it, and
/// the browser's text widths.
#[cfg(target_arch = "wasm32")]
fn page_locale(lang: crate::i18n::Lang, catalogues: &crate::i18n::Catalogues) -> Locale {
    let locale = Locale::new(lang, catalogues.get(lang));
    match crate::components::browser::measure::canvas_measure() {
        Some(measure) => locale.with_measure(measure),
        None => locale,
    }
}
