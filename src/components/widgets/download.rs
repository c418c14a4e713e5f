//! Download buttons: SVG drawn by the chart's own code through plotters' SVG backend, PNG at 2×
//! through the canvas backend, and CSV of the values behind the item with their sources. Every
//! picture carries the title, source lines, the data's date and (maps) the UN disclaimer.

use crate::draw::export::{framed_svg, ExportError, Framed, EXPORT_WIDTH};
use crate::draw::Drawable;
use crate::i18n::{t, Locale, Msg};
use crate::view::export::Framing;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// A picture that can be downloaded: any [`Drawable`], framed with its title and sources.
pub trait Picture {
    fn svg(&self, framing: &Framing) -> Result<String, ExportError>;
    /// A PNG data URL at 2×, drawn on a new canvas.
    fn png(&self, framing: &Framing) -> Option<String>;
}

impl<C: Drawable> Picture for C {
    fn svg(&self, framing: &Framing) -> Result<String, ExportError> {
        framed_svg(&self.in_locale(self.loc().estimated()), framing)
    }
    fn png(&self, framing: &Framing) -> Option<String> {
        let framed = Framed::new(self, framing, EXPORT_WIDTH);
        let (w, h) = framed.size();
        let canvas: web_sys::HtmlCanvasElement = gloo::utils::document()
            .create_element("canvas")
            .ok()?
            .unchecked_into();
        canvas.set_width((w * 2.0).ceil() as u32);
        canvas.set_height((h * 2.0).ceil() as u32);
        super::chart::set_direction(&canvas, self.loc());
        let area = CanvasBackend::with_canvas_object(canvas.clone())?.into_drawing_area();
        framed.draw(&area, 2.0).ok()?;
        area.present().ok()?;
        canvas.to_data_url_with_type("image/png").ok()
    }
}

/// A chart to download with its framing; equal when it is the same chart and framing.
#[derive(Clone)]
pub struct Pictured(pub Rc<dyn Picture>, pub Rc<Framing>);

impl Pictured {
    pub fn new<C: Drawable + 'static>(chart: Rc<C>, framing: Framing) -> Self {
        Pictured(chart, Rc::new(framing))
    }
}

impl PartialEq for Pictured {
    fn eq(&self, o: &Self) -> bool {
        std::ptr::addr_eq(Rc::as_ptr(&self.0), Rc::as_ptr(&o.0)) && self.1 == o.1
    }
}

#[derive(Properties, PartialEq)]
pub struct DownloadsProps {
    /// The file name without its extension (`parity-2024-09`).
    pub stem: AttrValue,
    /// The chart and its framing, for SVG and PNG; tables have none.
    #[prop_or_default]
    pub picture: Option<Pictured>,
    /// Builds the CSV text when asked (not on every render).
    pub csv: Callback<(), String>,
    pub loc: Locale,
}

/// Saves `href` as `name` through a temporary link.
fn save(href: &str, name: &str) {
    let document = gloo::utils::document();
    if let Ok(a) = document.create_element("a") {
        let a: web_sys::HtmlAnchorElement = a.unchecked_into();
        a.set_href(href);
        a.set_download(name);
        a.click();
    }
}

/// Saves `text` with MIME type `mime` as `name`.
fn save_text(text: &str, mime: &str, name: &str) {
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    if let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) {
        save(&url, name);
        // Revoked after the download has started.
        gloo::timers::callback::Timeout::new(1000, move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        })
        .forget();
    }
}

#[function_component]
pub fn Downloads(props: &DownloadsProps) -> Html {
    let loc = props.loc;
    let stem = props.stem.to_string();
    let csv = {
        let (make, name) = (props.csv.clone(), format!("{stem}.csv"));
        // With a byte-order mark, so spreadsheet programs read the text as UTF-8.
        Callback::from(move |_: MouseEvent| {
            save_text(
                &format!("\u{feff}{}", make.emit(())),
                "text/csv;charset=utf-8",
                &name,
            )
        })
    };
    let pictures = props.picture.as_ref().map(|Pictured(chart, framing)| {
        let svg = {
            let (chart, framing, name) = (chart.clone(), framing.clone(), format!("{stem}.svg"));
            Callback::from(move |_: MouseEvent| match chart.svg(&framing) {
                Ok(svg) => save_text(&svg, "image/svg+xml", &name),
                Err(e) => web_sys::console::error_1(&format!("SVG export failed: {e}").into()),
            })
        };
        let png = {
            let (chart, framing, name) = (chart.clone(), framing.clone(), format!("{stem}.png"));
            Callback::from(move |_: MouseEvent| {
                if let Some(url) = chart.png(&framing) {
                    save(&url, &name);
                }
            })
        };
        html! {
            <>
                <button type="button" class="download" data-format="svg" onclick={svg}>{ "SVG" }</button>
                <button type="button" class="download" data-format="png" onclick={png}>{ "PNG" }</button>
            </>
        }
    });
    html! {
        <div class="downloads" role="group" aria-label={t(loc, Msg::Download)}>
            <span class="downloads-label" aria-hidden="true">{ t(loc, Msg::Download) }</span>
            { pictures }
            <button type="button" class="download" data-format="csv" onclick={csv}>{ "CSV" }</button>
        </div>
    }
}
