//! The app shell: loads the data file, then shows the views; the header, navigation and footer.

use super::embed::{post_height, EmbedButton};
use super::figures::FiguresView;
use super::funnels::FunnelsView;
use super::loader::{load_data, Failure, Loaded};
use super::map::MapView;
use super::mechanisms::MechanismsView;
use super::notice::ErrorNotice;
use super::parity::ParityView;
use super::routing::{scroll_to, RouteCtx};
use super::sofa::SofaView;
use crate::i18n::{fill, t, Lang, Msg};
use crate::model::Dataset;
use crate::route::{self, Route, View};
use std::rc::Rc;
use yew::prelude::*;

/// Mounts the app into `#app` (or `<body>` when the page has no `#app`).
/// Mounts the app into `#app`; a page without one uses the library's `render` instead.
pub fn mount() {
    if let Some(root) = gloo::utils::document().get_element_by_id("app") {
        yew::Renderer::<App>::with_root(root).render();
    }
}

/// What an app instance shows.
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// Only this view, for a page that places one chart (the library's `render`); the page's
    /// address is then neither read nor written.
    #[prop_or_default]
    pub only: Option<View>,
    /// The data file to load (same origin), instead of the one the address names.
    #[prop_or_default]
    pub data: Option<String>,
}

/// A view's navigation label and heading.
fn title(view: View) -> Msg {
    match view {
        View::Map => Msg::NavMap,
        View::Sofa => Msg::NavSofa,
        View::Parity => Msg::NavParity,
        View::Funnels => Msg::NavFunnels,
        View::Mechanisms => Msg::NavMechanisms,
        View::Figures => Msg::NavFigures,
    }
}

/// The address fragment, without its `#`.
fn current_fragment() -> String {
    let hash = gloo::utils::window().location().hash().unwrap_or_default();
    hash.strip_prefix('#').unwrap_or(&hash).to_string()
}

#[derive(Clone, PartialEq)]
enum State {
    Loading,
    Failed(Failure),
    Ready {
        data: Rc<Dataset>,
        path: String,
        sha256: Option<String>,
        offline: bool,
    },
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let lang = Lang::default();
    let state = use_state(|| State::Loading);
    let only = props.only;
    let route = use_state(|| Route {
        embed: only,
        ..Route::default()
    });
    // Parts of the address that were not understood, shown in a notice.
    let ignored = use_state(Vec::<String>::new);
    let copied = use_state(|| false);
    // Embedded in another page: tell it our height whenever it changes.
    {
        let embedded = route.embed.is_some() && only.is_none();
        use_effect_with(embedded, move |embedded| {
            let html = gloo::utils::document_element();
            let _ = html.class_list().toggle_with_force("embedded", *embedded);
            let poster = if *embedded { post_height() } else { None };
            move || drop(poster)
        });
    }
    // A view to bring into sight once it is on the page (from the address).
    let pending = use_state(|| None::<View>);
    // Read the address at start and whenever back/forward or an edit changes it.
    {
        let (route, ignored, pending) = (route.clone(), ignored.clone(), pending.clone());
        use_effect_with((), move |_| {
            let listener = only.is_none().then(|| {
                let read = move || {
                    let (next, bad) = route::parse(&current_fragment());
                    pending.set(next.view);
                    route.set(next);
                    ignored.set(bad);
                };
                read();
                gloo::events::EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                    read()
                })
            });
            move || drop(listener)
        });
    }
    // Write changes to the address as history entries (no event fires for our own push).
    {
        use_effect_with((*route).clone(), move |route| {
            let fragment = route::fragment(route);
            if only.is_none() && fragment != current_fragment() {
                if let Ok(history) = gloo::utils::window().history() {
                    let url = if fragment.is_empty() {
                        gloo::utils::window()
                            .location()
                            .pathname()
                            .unwrap_or_default()
                            + &gloo::utils::window()
                                .location()
                                .search()
                                .unwrap_or_default()
                    } else {
                        format!("#{fragment}")
                    };
                    let _ =
                        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
                }
            }
        });
    }
    // Scroll to the view the address names once the views are drawn.
    {
        let ready = matches!(&*state, State::Ready { .. });
        let pending = pending.clone();
        use_effect_with((ready, *pending), move |(ready, view)| {
            if let (true, Some(v)) = (*ready, view) {
                scroll_to(format!("view-{}", v.id()));
                pending.set(None);
            }
        });
    }
    // Once the data is in, a mission, series or topic the file does not have is dropped and said.
    {
        let (route, ignored) = (route.clone(), ignored.clone());
        let data = match &*state {
            State::Ready { data, .. } => Some(data.clone()),
            _ => None,
        };
        use_effect_with((data, (*route).clone()), move |(data, r)| {
            let Some(data) = data else { return };
            let mut next = r.clone();
            let mut bad = Vec::new();
            let missions = data.missions.as_ref().ok();
            if let Some(m) = &r.mission {
                if missions.is_some_and(|ms| !ms.iter().any(|x| &x.code == m)) {
                    bad.push(format!("mission={m}"));
                    next.mission = None;
                }
            }
            if let Some(f) = &r.funnel {
                if data
                    .funnels
                    .as_ref()
                    .is_ok_and(|fs| !fs.iter().any(|x| &x.id == f))
                {
                    bad.push(format!("funnel={f}"));
                    next.funnel = None;
                }
            }
            if let Some(k) = &r.topic {
                if data
                    .figures
                    .as_ref()
                    .is_ok_and(|fs| !fs.iter().any(|x| &x.topic == k))
                {
                    bad.push(format!("topic={k}"));
                    next.topic = None;
                }
            }
            if !bad.is_empty() {
                let mut all = (*ignored).clone();
                all.extend(bad);
                ignored.set(all);
                route.set(next);
            }
        });
    }
    let ctx = RouteCtx {
        route: Rc::new((*route).clone()),
        set: {
            let route = route.clone();
            Callback::from(move |r: Route| route.set(r))
        },
    };
    {
        let state = state.clone();
        let data = props.data.clone();
        use_effect_with((), move |_| {
            let html = gloo::utils::document_element();
            let _ = html.set_attribute("lang", lang.tag());
            let _ = html.set_attribute("dir", lang.dir());
            gloo::utils::document().set_title(t(lang, Msg::AppTitle));
            wasm_bindgen_futures::spawn_local(async move {
                state.set(match load_data(data).await {
                    Ok(Loaded {
                        data,
                        path,
                        sha256,
                        offline,
                    }) => State::Ready {
                        data: Rc::new(data),
                        path,
                        sha256,
                        offline,
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
            let notice = (!ignored.is_empty()).then(|| {
                html! {
                    <div class="notice" role="status">
                        <p>{ t(lang, Msg::IgnoredParams) }</p>
                        <ul class="problems">{ for ignored.iter().map(|p| html! { <li><code>{ p }</code></li> }) }</ul>
                    </div>
                }
            });
            // The address already is the permalink: copy it.
            let copy_link = {
                let copied = copied.clone();
                Callback::from(move |_: MouseEvent| {
                    let window = gloo::utils::window();
                    let href = window.location().href().unwrap_or_default();
                    let promise = window.navigator().clipboard().write_text(&href);
                    let copied = copied.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        copied.set(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
                    });
                })
            };
            let embedded = ctx.route.embed;
            let section = |view: View| {
                let id = view.id();
                let body = match view {
                    View::Map => html! { <MapView data={data.clone()} {lang} /> },
                    View::Sofa => html! { <SofaView data={data.clone()} {lang} /> },
                    View::Parity => html! { <ParityView data={data.clone()} {lang} /> },
                    View::Funnels => html! { <FunnelsView data={data.clone()} {lang} /> },
                    View::Mechanisms => html! { <MechanismsView data={data.clone()} {lang} /> },
                    View::Figures => html! { <FiguresView data={data.clone()} {lang} /> },
                };
                html! {
                    <section class="view" id={format!("view-{id}")} aria-labelledby={format!("title-{id}")}>
                        <div class="view-head">
                            <h2 id={format!("title-{id}")}>{ t(lang, title(view)) }</h2>
                            if embedded.is_none() { <EmbedButton {view} title={t(lang, title(view))} {lang} /> }
                        </div>
                        { body }
                    </section>
                }
            };
            if let Some(view) = embedded {
                return html! {
                    <ContextProvider<RouteCtx> context={ctx.clone()}>
                        <main class="embedded">
                            // The page's heading, for screen readers: whose chart this is.
                            <h1 class="visually-hidden">{ t(lang, Msg::AppTitle) }</h1>
                            { section(view) }
                            <p class="full-view">
                                if only.is_none() {
                                    <a href={format!("./#view={}", view.id())} target="_blank" rel="noopener">{ t(lang, Msg::OpenFullView) }</a>
                                    { " · " }
                                }
                                { fill(t(lang, Msg::DataAsOf), &[&data.meta.as_of]) }
                            </p>
                        </main>
                    </ContextProvider<RouteCtx>>
                };
            }
            html! {
                <ContextProvider<RouteCtx> context={ctx.clone()}>
                    { notice }
                    <nav class="site-nav" aria-label={t(lang, Msg::NavLabel)}>
                        <ul>
                            { for View::ALL.iter().map(|v| html! {
                                <li><a href={format!("#view={}", v.id())}>{ t(lang, title(*v)) }</a></li>
                            }) }
                        </ul>
                        <button type="button" class="toggle copy-link" onclick={copy_link}>{ t(lang, Msg::CopyLink) }</button>
                        <span class="copied" role="status">{ if *copied { t(lang, Msg::LinkCopied) } else { "" } }</span>
                    </nav>
                    { for View::ALL.into_iter().map(section) }
                </ContextProvider<RouteCtx>>
            }
        }
    };
    let footer = match &*state {
        State::Ready {
            data,
            path,
            sha256,
            offline,
        } => {
            let hash = sha256
                .clone()
                .unwrap_or_else(|| t(lang, Msg::NotReported).to_string());
            let citation = fill(
                t(lang, Msg::CiteAs),
                &[&data.meta.title, &data.meta.as_of, &hash],
            );
            let copy_name = format!(
                "{}.html",
                crate::view::export::file_stem("un-peacekeeping-figures", data)
            );
            html! {
                <footer class="site-footer">
                    <p>{ fill(t(lang, Msg::DataAsOf), &[&data.meta.as_of]) }</p>
                    <p>{ fill(t(lang, Msg::DataFile), &[path]) }</p>
                    <p class="sha256">{ "SHA-256: " }<code>{ &hash }</code></p>
                    <p class="citation">{ citation }</p>
                    if !*offline {
                        <p><a href="offline.html" download={copy_name} class="offline-copy">{ t(lang, Msg::OfflineCopy) }</a></p>
                    }
                </footer>
            }
        }
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
