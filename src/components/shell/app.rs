//! The app: loads the data file and the basemap side by side, then shows the [`Page`]; until
//! then the header and a loading line, and if the file cannot be used, what went wrong.
//! In a page whose first view was prerendered, the app renders out of sight and takes the
//! prerendered content's place once its page is drawn (no flash, no duplicate content).

use super::page::{header, Page};
use super::state::{AppAction, AppState, DataFile, Loadable, Source};
use crate::components::browser::loader::{
    fetch_text, load_basemap, load_data, load_recommendations, when_idle, Failure, Loaded,
};
use crate::components::widgets::notice::ErrorNotice;
use crate::components::Shared;
use crate::i18n::{t, Locale, Msg};
use crate::route::View;
use yew::prelude::*;

/// The id of the prerendered first view in the page, replaced once the app is drawn.
pub const PRERENDERED_ID: &str = "prerendered";

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

/// What an app instance shows.
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// Only this view, for a page that places one chart (the library's `render`); the page's
    /// address is then neither read nor written.
    #[prop_or_default]
    pub only: Option<View>,
    /// The data file to load (same origin), instead of the one the address names.
    #[prop_or_default]
    pub data: Option<String>,
    /// The page's language, with its catalogue and text measure.
    #[prop_or_default]
    pub locale: Locale,
    /// Every catalogue the page carries.
    #[prop_or_default]
    pub catalogues: crate::i18n::Catalogues,
    /// Where the other catalogues are fetched from, relative to the page.
    #[prop_or(AttrValue::Static(CATALOGUE_DIR))]
    pub catalogue_dir: AttrValue,
}

/// Where a page's catalogues are, unless a library page says.
pub const CATALOGUE_DIR: &str = "i18n/";

impl Default for AppProps {
    fn default() -> Self {
        AppProps {
            only: None,
            data: None,
            locale: Locale::default(),
            catalogues: Default::default(),
            catalogue_dir: AttrValue::Static(CATALOGUE_DIR),
        }
    }
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let loc = props.locale;
    let only = props.only;
    let state = use_reducer_eq(|| AppState::new(only, props.catalogues.clone()));
    let dispatch = {
        let state = state.clone();
        use_memo((), move |_| state.dispatcher().to_callback())
    };
    // The data file and the basemap, fetched side by side.
    {
        let dispatch = (*dispatch).clone();
        let data = props.data.clone();
        let needs_map = matches!(only, None | Some(View::Map));
        use_effect_with((), move |_| {
            if needs_map {
                let dispatch = dispatch.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    dispatch.emit(AppAction::Basemap(load_basemap().await.map(Shared::new)));
                });
            }
            wasm_bindgen_futures::spawn_local(async move {
                let loaded = load_data(data).await.map(|l: Loaded| DataFile {
                    data: Shared::new(l.data),
                    source: Source {
                        path: l.path,
                        sha256: l.sha256,
                        offline: l.offline,
                    },
                });
                dispatch.emit(AppAction::Data(loaded));
            });
        });
    }
    // The recommendations matrix: its own file, read once the app runs (not in the first view),
    // at once or when the browser is idle (`AppState::wants_recommendations`).
    {
        let dispatch = (*dispatch).clone();
        let asked = use_mut_ref(|| false);
        let ready = state.data.ready().is_some();
        let (needed, now) = state.wants_recommendations(only);
        use_effect_with((ready && needed, now), move |(needed, now)| {
            if !*needed {
                return;
            }
            let load = move || {
                if asked.replace(true) {
                    return;
                }
                wasm_bindgen_futures::spawn_local(async move {
                    let recs = load_recommendations().await.map(Shared::new);
                    dispatch.emit(AppAction::Recs(recs));
                });
            };
            if *now {
                load();
            } else {
                when_idle(load);
            }
        });
    }
    // The catalogue of the language the address asks for, fetched once.
    {
        let dispatch = (*dispatch).clone();
        let missing = state.missing_catalogue(loc.lang);
        let dir = props.catalogue_dir.clone();
        use_effect_with((missing, dir), move |(missing, dir)| {
            let Some(lang) = *missing else {
                return;
            };
            let slash = if dir.is_empty() || dir.ends_with('/') {
                ""
            } else {
                "/"
            };
            let url = format!("{dir}{slash}{}.json", lang.tag());
            wasm_bindgen_futures::spawn_local(async move {
                let text = fetch_text(&gloo::utils::window(), &url).await;
                match text.and_then(|t| crate::i18n::read_catalogue(&t)) {
                    Ok(c) => dispatch.emit(AppAction::Catalogue(c)),
                    // The page stays in its language, and says why in the console.
                    Err(e) => gloo::console::error!(format!("{url}: {e}")),
                }
            });
        });
    }
    // Once drawn, take the prerendered content's place.
    {
        let settled = !matches!(state.data, Loadable::Loading);
        use_effect_with(settled, |settled| {
            if *settled {
                take_over();
            }
        });
    }
    match &state.data {
        Loadable::Ready(file) => html! {
            <Page file={file.clone()} state={(*state).clone()} dispatch={(*dispatch).clone()}
                {only} locale={loc} />
        },
        Loadable::Loading => html! {
            <>
                { header(loc, Html::default()) }
                <main aria-busy="true">
                    <p class="loading" role="status" aria-live="polite">{ t(loc, Msg::Loading) }</p>
                </main>
            </>
        },
        Loadable::Failed(failure) => html! {
            <>
                { header(loc, Html::default()) }
                <main aria-busy="false">{ failed(failure, loc) }</main>
            </>
        },
    }
}

/// Replaces the prerendered first view with the app, after the app's charts have measured
/// their width and painted (two frames), so nothing jumps or flashes; then brings the view
/// the address names into sight.
fn take_over() {
    let document = gloo::utils::document();
    if document.get_element_by_id(PRERENDERED_ID).is_none() {
        return;
    }
    gloo::timers::callback::Timeout::new(0, move || {
        let frame = gloo::render::request_animation_frame(move |_| {
            let document = gloo::utils::document();
            // Scrolled to the address's view only if the page was opened with it: not after
            // the prerendered page answered a touch itself (the visitor is where they were).
            let answered = answered_by_page();
            if let Some(old) = document.get_element_by_id(PRERENDERED_ID) {
                old.remove();
            }
            if let Some(live) = document.query_selector(".app-pending").ok().flatten() {
                live.set_class_name("app-live");
            }
            // The view (or matrix paragraph) the address names could not be scrolled to out of
            // sight: now it can.
            if answered {
                return;
            }
            let hash = gloo::utils::window().location().hash().unwrap_or_default();
            let route = crate::route::parse(&hash).0;
            let para = route.para.map(|p| format!("para-{p}"));
            match para.filter(|id| gloo::utils::document().get_element_by_id(id).is_some()) {
                Some(id) => super::routing::scroll_to(id),
                None => {
                    if let Some(view) = route.view {
                        super::routing::scroll_to(format!("view-{}", view.id()));
                    }
                }
            }
        });
        // Kept until it fires (dropping it would cancel it).
        std::mem::forget(frame);
    })
    .forget();
}

/// Whether the prerendered page has answered a touch by itself (`www/boot.js` marks it so; see
/// `components::answers`): the address then holds what the visitor did, not where to scroll.
pub fn answered_by_page() -> bool {
    let selector = format!("#{PRERENDERED_ID}[data-answered]");
    gloo::utils::document()
        .query_selector(&selector)
        .ok()
        .flatten()
        .is_some()
}

fn failed(failure: &Failure, loc: Locale) -> Html {
    let (title, hint, details) = match failure {
        Failure::BadParam => {
            return html! {
                <ErrorNotice title={t(loc, Msg::LoadFailed)} hint={t(loc, Msg::BadDataParam)}>
                    <p><a href="?">{ t(loc, Msg::OpenDefaultData) }</a></p>
                </ErrorNotice>
            }
        }
        Failure::Fetch { path, reason } => (
            Msg::LoadFailed,
            Some(t(loc, Msg::LoadFailedHint)),
            vec![format!("{path}: {reason}")],
        ),
        Failure::TooLarge { path, bytes } => {
            let mb = |b: f64| crate::i18n::format_number((b / 1048576.0).round(), loc);
            let detail = crate::i18n::tf(
                loc,
                Msg::FileTooLargeDetail,
                &[
                    ("path", path),
                    ("size", &mb(*bytes)),
                    ("max", &mb(crate::data::MAX_FILE_BYTES)),
                ],
            );
            (Msg::FileTooLarge, None, vec![detail])
        }
        Failure::NotJson { path, reason } => {
            (Msg::NotJson, None, vec![format!("{path}: {reason}")])
        }
        Failure::Invalid { path, error } => {
            let mut details = vec![format!("{path}:")];
            details.extend(match error {
                crate::data::LoadError::Head(problems) => {
                    problems.iter().map(ToString::to_string).collect()
                }
                other => vec![other.to_string()],
            });
            (Msg::BadFile, None, details)
        }
    };
    html! {
        <ErrorNotice title={t(loc, title)} hint={hint.map(AttrValue::from)} {details} />
    }
}
