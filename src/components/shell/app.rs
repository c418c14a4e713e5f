//! The app: loads the data file and the basemap side by side, then shows the [`Page`]; until
//! then the header and a loading line, and if the file cannot be used, what went wrong.
//! In a page whose first view was prerendered, the app renders out of sight and takes the
//! prerendered content's place once its page is drawn (no flash, no duplicate content).

use super::page::{header, Page};
use crate::components::browser::frame::when_idle;
use crate::components::browser::loader::{
    fetch_text, load_basemap, load_data, load_recommendations, Failure,
};
use crate::components::browser::prerendered::{answered_by_page, PRERENDERED_ID};
use crate::components::state::{AppAction, AppState, Loadable};
use crate::components::widgets::notice::ErrorNotice;
use crate::components::Shared;
use crate::i18n::{t, Locale, Msg};
use crate::route::View;
use yew::prelude::*;

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
                dispatch.emit(AppAction::Data(load_data(data).await));
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
                Some(id) => crate::components::browser::scroll::scroll_to(id),
                None => {
                    if let Some(view) = route.view {
                        crate::components::browser::scroll::scroll_to(format!(
                            "view-{}",
                            view.id()
                        ));
                    }
                }
            }
        });
        // Kept until it fires (dropping it would cancel it).
        std::mem::forget(frame);
    })
    .forget();
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
