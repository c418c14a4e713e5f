//! How wide a text is with the page's own fonts: the measure the app gives its `Locale`.

use crate::i18n::Measure;

/// The browser's own text widths (a canvas' `measureText`, in the page's sans-serif), for the
/// page's [`Locale`]: labels are then placed and lines broken by what is drawn, in every
/// script. Made once for the app's life (kept for it).
pub fn canvas_measure() -> Option<Measure> {
    use wasm_bindgen::JsCast;
    let context = gloo::utils::document()
        .create_element("canvas")
        .ok()
        .and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok())
        .and_then(|c| c.get_context("2d").ok().flatten())
        .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())?;
    let font = std::cell::Cell::new(0.0);
    let measure = move |text: &str, size: f64| {
        if font.get() != size {
            context.set_font(&format!("{size}px sans-serif"));
            font.set(size);
        }
        context.measure_text(text).map_or(0.0, |m| m.width())
    };
    Some(Box::leak(Box::new(measure)))
}
