//! The language switch (the six UN languages by their own names) and what makes a language
//! ready: its catalogue, read from the page (embedded by the build) or fetched once.
//!
//! On the site, each language has its own prerendered page (`ar.html`, `zh.html`, …;
//! English is `index.html`): the switch's links lead there, so a link works with scripts off.
//! Once the app runs, a choice changes the page in place (the address keeps it as `lang=`), and
//! the offline copy, one file with every catalogue in it, always switches in place.

use super::routing::use_dispatch;
use crate::i18n::{self, t, Lang, Msg};
use crate::route::{self, Action, Route};
use yew::prelude::*;

/// The page file of `lang` on the site (English: the site's index).
pub fn page_file(lang: Lang) -> String {
    match lang {
        Lang::En => "./".to_string(),
        other => format!("{}.html", other.tag()),
    }
}

/// Gives the layouts the browser's own text widths (a canvas' `measureText`, in the page's
/// sans-serif), so labels are placed and lines broken by what is drawn, in every script.
pub fn measure_with_canvas() {
    use wasm_bindgen::JsCast;
    let context = gloo::utils::document()
        .create_element("canvas")
        .ok()
        .and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok())
        .and_then(|c| c.get_context("2d").ok().flatten())
        .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok());
    let Some(context) = context else {
        return;
    };
    let font = std::cell::Cell::new(0.0);
    crate::view::chart::set_measure(Box::new(move |text, size| {
        if font.get() != size {
            context.set_font(&format!("{size}px sans-serif"));
            font.set(size);
        }
        context.measure_text(text).map_or(0.0, |m| m.width())
    }));
}

/// Installs every catalogue the page carries (`<script type="application/json"
/// data-catalogue>`): the prerendered page's own language, or all of them in the offline copy.
pub fn install_embedded() {
    let Ok(list) = gloo::utils::document().query_selector_all("script[data-catalogue]") else {
        return;
    };
    for i in 0..list.length() {
        if let Some(text) = list.item(i).and_then(|n| n.text_content()) {
            if let Err(e) = i18n::install(&text) {
                gloo::console::error!(format!("a catalogue in the page could not be read: {e}"));
            }
        }
    }
}

thread_local! {
    /// Where the catalogue files are, relative to the page (a library page may say).
    static CATALOGUES: std::cell::RefCell<String> = std::cell::RefCell::new("i18n/".into());
}

/// Sets where the catalogue files are fetched from (a directory, relative to the page).
pub fn set_catalogue_dir(dir: &str) {
    let dir = if dir.ends_with('/') {
        dir.to_string()
    } else {
        format!("{dir}/")
    };
    CATALOGUES.with(|c| *c.borrow_mut() = dir);
}

/// Whether `lang`'s texts are ready; if not, fetches `i18n/<tag>.json` once and re-renders.
#[hook]
pub fn use_catalogue(lang: Lang) -> bool {
    let ready = use_state_eq(|| i18n::installed(lang));
    {
        let ready = ready.clone();
        use_effect_with(lang, move |lang| {
            let lang = *lang;
            if i18n::installed(lang) {
                ready.set(true);
            } else {
                ready.set(false);
                wasm_bindgen_futures::spawn_local(async move {
                    let dir = CATALOGUES.with(|c| c.borrow().clone());
                    let url = format!("{dir}{}.json", lang.tag());
                    let text = super::loader::fetch_text(&gloo::utils::window(), &url).await;
                    match text.and_then(|t| i18n::install(&t)) {
                        Ok(_) => ready.set(true),
                        // The page stays in English, and says why in the console.
                        Err(e) => gloo::console::error!(format!("{url}: {e}")),
                    }
                });
            }
        });
    }
    *ready && i18n::installed(lang)
}

#[derive(Properties, PartialEq)]
pub struct LanguageSwitchProps {
    /// The language shown.
    pub lang: Lang,
    /// The page's own language (its file), which the address need not name.
    pub page: Lang,
    /// The route, for links that keep the rest of it.
    pub route: Route,
    /// One file for every language (the offline copy): links stay in the page.
    pub in_place: bool,
}

#[function_component]
pub fn LanguageSwitch(props: &LanguageSwitchProps) -> Html {
    let dispatch = use_dispatch();
    let links = Lang::ALL.into_iter().map(|l| {
        let wanted = (l != props.page).then_some(l);
        let route = Route {
            lang: wanted,
            ..props.route.clone()
        };
        // Natively (the prerendered pages) a link leads to the language's own page; in the
        // app, and in the offline copy, to the same page in that language.
        let href = if props.in_place || cfg!(target_arch = "wasm32") {
            format!("#{}", route::fragment(&route))
        } else {
            page_file(l)
        };
        let onclick = dispatch.reform(move |e: MouseEvent| {
            e.prevent_default();
            Action::Lang(wanted)
        });
        html! {
            <li>
                <a {href} lang={l.tag()} hreflang={l.tag()} dir={l.dir()}
                    aria-current={(l == props.lang).then_some("true")} {onclick}>{ l.native_name() }</a>
            </li>
        }
    });
    // Arabic only: its digits (٠١٢…) instead of 0–9, kept in the address.
    let digits = (props.lang == Lang::Ar).then(|| {
        let on = props.route.arabic_digits;
        let onclick = dispatch.reform(move |_: MouseEvent| Action::ArabicDigits(!on));
        html! {
            <button type="button" class="toggle digits-toggle" aria-pressed={on.to_string()} {onclick}>
                { t(props.lang, Msg::ArabicDigits) }
            </button>
        }
    });
    html! {
        <nav class="lang-switch" aria-label={t(props.lang, Msg::LanguageLabel)}>
            <ul>{ for links }</ul>
            { digits }
        </nav>
    }
}
