//! The app shell: loads the data file, then shows the views; the header, navigation and footer.

use super::figures::FiguresView;
use super::funnels::FunnelsView;
use super::loader::{load_data, Failure, Loaded};
use super::map::MapView;
use super::mechanisms::MechanismsView;
use super::notice::ErrorNotice;
use super::parity::ParityView;
use super::sofa::SofaView;
use crate::i18n::{fill, t, Lang, Msg};
use crate::model::Dataset;
use std::rc::Rc;
use yew::prelude::*;

/// Mounts the app into `#app` (or `<body>` when the page has no `#app`).
pub fn mount() {
    let root = gloo::utils::document().get_element_by_id("app");
    match root {
        Some(root) => yew::Renderer::<App>::with_root(root).render(),
        None => yew::Renderer::<App>::new().render(),
    };
}

/// The views, in page order: DOM id suffix and navigation label.
const VIEWS: &[(&str, Msg)] = &[
    ("map", Msg::NavMap),
    ("sofa", Msg::NavSofa),
    ("parity", Msg::NavParity),
    ("funnels", Msg::NavFunnels),
    ("mechanisms", Msg::NavMechanisms),
    ("figures", Msg::NavFigures),
];

#[derive(Clone, PartialEq)]
enum State {
    Loading,
    Failed(Failure),
    Ready { data: Rc<Dataset>, path: String },
}

#[function_component]
pub fn App() -> Html {
    let lang = Lang::default();
    let state = use_state(|| State::Loading);
    // The mission the views are filtered to, set from a mission's profile.
    let mission = use_state(|| None::<String>);
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let html = gloo::utils::document_element();
            let _ = html.set_attribute("lang", lang.tag());
            let _ = html.set_attribute("dir", lang.dir());
            gloo::utils::document().set_title(t(lang, Msg::AppTitle));
            wasm_bindgen_futures::spawn_local(async move {
                state.set(match load_data().await {
                    Ok(Loaded { data, path }) => State::Ready {
                        data: Rc::new(data),
                        path,
                    },
                    Err(f) => State::Failed(f),
                });
            });
        });
    }
    let body = match &*state {
        State::Loading => html! {
            <p class="loading" role="status" aria-live="polite">{ t(lang, Msg::Loading) }</p>
        },
        State::Failed(failure) => failed(failure, lang),
        State::Ready { data, .. } => {
            let onshow = {
                let mission = mission.clone();
                Callback::from(move |(view, code): (&'static str, String)| {
                    mission.set(Some(code));
                    // After the views re-render with the filter, bring the view into sight.
                    gloo::timers::callback::Timeout::new(0, move || {
                        if let Some(el) = gloo::utils::document().get_element_by_id(view) {
                            el.scroll_into_view();
                        }
                    })
                    .forget();
                })
            };
            let onmission = {
                let mission = mission.clone();
                Callback::from(move |m: Option<String>| mission.set(m))
            };
            html! {
            <>
                <nav class="site-nav" aria-label={t(lang, Msg::NavLabel)}>
                    <ul>
                        { for VIEWS.iter().map(|(id, msg)| html! {
                            <li><a href={format!("#view-{id}")}>{ t(lang, *msg) }</a></li>
                        }) }
                    </ul>
                </nav>
                <section class="view" id="view-map" aria-labelledby="title-map">
                    <h2 id="title-map">{ t(lang, Msg::NavMap) }</h2>
                    <MapView data={data.clone()} {lang} {onshow} />
                </section>
                <section class="view" id="view-sofa" aria-labelledby="title-sofa">
                    <h2 id="title-sofa">{ t(lang, Msg::NavSofa) }</h2>
                    <SofaView data={data.clone()} {lang} mission={(*mission).clone()} />
                </section>
                <section class="view" id="view-parity" aria-labelledby="title-parity">
                    <h2 id="title-parity">{ t(lang, Msg::NavParity) }</h2>
                    <ParityView data={data.clone()} {lang} />
                </section>
                <section class="view" id="view-funnels" aria-labelledby="title-funnels">
                    <h2 id="title-funnels">{ t(lang, Msg::NavFunnels) }</h2>
                    <FunnelsView data={data.clone()} {lang} />
                </section>
                <section class="view" id="view-mechanisms" aria-labelledby="title-mechanisms">
                    <h2 id="title-mechanisms">{ t(lang, Msg::NavMechanisms) }</h2>
                    <MechanismsView data={data.clone()} {lang} mission={(*mission).clone()} {onmission} />
                </section>
                <section class="view" id="view-figures" aria-labelledby="title-figures">
                    <h2 id="title-figures">{ t(lang, Msg::NavFigures) }</h2>
                    <FiguresView data={data.clone()} {lang} />
                </section>
            </>
            }
        }
    };
    let footer = match &*state {
        State::Ready { data, path } => html! {
            <footer class="site-footer">
                <p>{ fill(t(lang, Msg::DataAsOf), &[&data.meta.as_of]) }</p>
                <p>{ fill(t(lang, Msg::DataFile), &[path]) }</p>
            </footer>
        },
        _ => html! {},
    };
    html! {
        <>
            <header class="site-header">
                <h1>{ t(lang, Msg::AppTitle) }</h1>
                <p class="tagline">{ t(lang, Msg::AppTagline) }</p>
            </header>
            <main aria-busy={(*state == State::Loading).to_string()}>{ body }</main>
            { footer }
        </>
    }
}

fn failed(failure: &Failure, lang: Lang) -> Html {
    let (title, hint, details) = match failure {
        Failure::BadParam => {
            return html! {
                <ErrorNotice title={t(lang, Msg::LoadFailed)} hint={t(lang, Msg::BadDataParam)}>
                    <p><a href="?">{ t(lang, Msg::OpenDefaultData) }</a></p>
                </ErrorNotice>
            }
        }
        Failure::Fetch { path, reason } => (
            Msg::LoadFailed,
            Some(t(lang, Msg::LoadFailedHint)),
            vec![format!("{path}: {reason}")],
        ),
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
        <ErrorNotice title={t(lang, title)} hint={hint.map(AttrValue::from)} {details} />
    }
}
