//! The page once the data file is in: header, navigation, every view (or the one embedded),
//! footer with the data file's date, hash and citation: a function of the app's state (see
//! `state`), handing each view only the parts of it that view reads. It keeps the route and the
//! address in step, and says what of the address it ignored.

use super::language::LanguageSwitch;
use super::routing::use_address;
use super::theme::ThemeToggle;
use crate::components::browser::frame::after_paint;
use crate::components::hooks::dispatch::Dispatch;
pub use crate::components::state::Source;
use crate::components::state::{AppAction, AppState, DataFile, Loadable};
use crate::components::views::figures::FiguresView;
use crate::components::views::funnels::FunnelsView;
use crate::components::views::map::MapView;
use crate::components::views::mechanisms::MechanismsView;
use crate::components::views::parity::ParityView;
use crate::components::views::recommendations::RecommendationsView;
use crate::components::views::sofa::SofaView;
use crate::components::widgets::embed::EmbedButton;
use crate::components::Shared;
use crate::i18n::{t, tf, Catalogues, Lang, Locale, Msg};
use crate::model::{Basemap, Dataset};
use crate::route::{self, Route, View};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PageProps {
    /// The data file, loaded.
    pub file: DataFile,
    /// The app's state: the route, the basemap, the matrix, the catalogues, what was ignored.
    pub state: AppState,
    /// Changes the state (natively, and for a page drawn once, nothing).
    #[prop_or_else(Callback::noop)]
    pub dispatch: Callback<AppAction>,
    /// Only this view, for a page that places one chart (the library's `render`); the page's
    /// address is then neither read nor written.
    #[prop_or_default]
    pub only: Option<View>,
    /// The page's own language (its file's; a library page's choice) with its catalogue and
    /// text measure; a link may ask for another (`lang=`).
    #[prop_or_default]
    pub locale: Locale,
}

impl PageProps {
    /// The page as the prerender draws it: the data and basemap in, the matrix not yet, the
    /// route empty, the page's language with its catalogue (the only one it carries).
    pub fn prerendered(file: DataFile, basemap: Shared<Basemap>, locale: Locale) -> PageProps {
        let catalogues = locale
            .catalogue()
            .map_or_else(Catalogues::default, |c| Catalogues::default().with(c));
        let mut state = AppState::new(None, catalogues);
        state.basemap = Loadable::Ready(basemap);
        PageProps {
            state: AppState {
                data: Loadable::Ready(file.clone()),
                ..state
            },
            file,
            dispatch: Callback::noop(),
            only: None,
            locale,
        }
    }
}

/// A view's navigation label and heading.
pub fn title(view: View) -> Msg {
    match view {
        View::Map => Msg::NavMap,
        View::Sofa => Msg::NavSofa,
        View::Parity => Msg::NavParity,
        View::Funnels => Msg::NavFunnels,
        View::Mechanisms => Msg::NavMechanisms,
        View::Figures => Msg::NavFigures,
        View::Recommendations => Msg::NavRecommendations,
    }
}

/// The id of the page's content, the skip link's target (`route::parse` lets `#main` be).
pub const MAIN_ID: &str = "main";

/// The site header, the same while loading and once loaded (then with the language switch).
pub fn header(loc: Locale, switch: Html) -> Html {
    html! {
        <header class="site-header">
            { switch }
            <h1>{ t(loc, Msg::AppTitle) }</h1>
            <p class="tagline">{ t(loc, Msg::AppTagline) }</p>
        </header>
    }
}

/// Writes the page's language and direction on `<html>`, and its title (browser only).
pub fn set_document_language(loc: Locale) {
    let html = gloo::utils::document_element();
    let _ = html.set_attribute("lang", loc.tag());
    let _ = html.set_attribute("dir", loc.dir());
    gloo::utils::document().set_title(t(loc, Msg::AppTitle));
}

#[function_component]
pub fn Page(props: &PageProps) -> Html {
    let only = props.only;
    let state = &props.state;
    let route = &state.route;
    // The language the link asks for, once its texts are in (until then the page's own), in
    // the digits chosen: every view builds its model again when this changes (it is part of
    // each memo's key), and only then.
    let own = props.locale;
    let loc = state.locale(own);
    // (A library page keeps its own language, direction and title.)
    use_effect_with((loc, only), |(loc, only)| {
        if only.is_none() {
            set_document_language(*loc);
        }
    });
    // The views change the route through a callback that stays the same for the page's life.
    let dispatcher = use_memo((), {
        let dispatch = props.dispatch.clone();
        move |_| Dispatch(dispatch.reform(AppAction::Route))
    });
    let copied = use_state_eq(|| false);
    {
        let report = props.dispatch.reform(AppAction::Ignored);
        let routes = dispatcher.0.clone();
        use_address(route, routes, only.is_none(), report);
    }
    // The views out of the one acted on catch up once the answer is on screen (with the route
    // as it is then, however many actions came meanwhile).
    {
        let dispatch = props.dispatch.clone();
        use_effect_with(state.settled != *route, move |behind| {
            if *behind {
                after_paint(move || dispatch.emit(AppAction::Settle));
            }
        });
    }
    // Once the route is read, what the data file does not have is dropped and said.
    {
        let (dispatch, data) = (props.dispatch.clone(), props.file.data.clone());
        use_effect_with(route.clone(), move |r| {
            let (next, dropped) = route::reconcile(r, &data);
            if !dropped.is_empty() {
                dispatch.emit(AppAction::Reconciled(next, dropped));
            }
        });
    }
    // Embedded in another page (boot.js tells it our height).
    let embedded = route.embed;
    use_effect_with(embedded.is_some() && only.is_none(), move |embedded| {
        let html = gloo::utils::document_element();
        let _ = html.class_list().toggle_with_force("embedded", *embedded);
    });
    let data = &props.file.data;
    let ignored = &state.ignored;
    let recs = &state.recs;
    let section = |view: View| {
        let id = view.id();
        let shown = state.shown(view);
        let body = match view {
            View::Map => {
                // The sheet closes with the route itself (a link followed to another view).
                html! { <MapView data={data.clone()} {loc} basemap={state.basemap.clone()}
                closed={shown.closed} mission={shown.mission.clone()} sorts={shown.sorts_of(View::Map)}
                    profile_open={route.view.unwrap_or(View::Map) == View::Map} recs={recs.clone()} /> }
            }
            View::Sofa => {
                html! { <SofaView data={data.clone()} {loc} route={shown.read_by(view)} /> }
            }
            View::Parity => {
                html! { <ParityView data={data.clone()} {loc} route={shown.read_by(view)} /> }
            }
            View::Funnels => {
                html! { <FunnelsView data={data.clone()} {loc} route={shown.read_by(view)} /> }
            }
            View::Mechanisms => {
                html! { <MechanismsView data={data.clone()} {loc} route={shown.read_by(view)} /> }
            }
            View::Figures => {
                html! { <FiguresView data={data.clone()} {loc} route={shown.read_by(view)} /> }
            }
            View::Recommendations => {
                html! { <RecommendationsView data={data.clone()} recs={recs.clone()} {loc}
                filter={shown.rec.clone()} mission={shown.mission.clone()} para={shown.para} /> }
            }
        };
        html! {
            <section class="view" id={format!("view-{id}")} tabindex="-1" aria-labelledby={format!("title-{id}")}>
                // Prerendered only, for the page before (and without) the app: the targets of
                // the nav's `#view=<view>` (the browser scrolls to it) and of `#embed=<view>`
                // (the page's CSS then shows that view alone).
                if cfg!(not(target_arch = "wasm32")) {
                    <span class="view-target" id={format!("view={id}")}></span>
                    <span class="embed-target" id={format!("embed={id}")} hidden=true></span>
                }
                <div class="view-head">
                    <h2 id={format!("title-{id}")}>{ t(loc, title(view)) }</h2>
                    // No embed code from the offline copy: a file:// address serves no one else.
                    if embedded.is_none() && !props.file.source.offline {
                        <EmbedButton {view} title={t(loc, title(view))} {loc} options={shown.options_of(view)} />
                    }
                </div>
                { body }
            </section>
        }
    };
    let content = if let Some(view) = embedded {
        html! {
            <main class="embedded">
                // The page's heading, for screen readers: whose chart this is.
                <h1 class="visually-hidden">{ t(loc, Msg::AppTitle) }</h1>
                { section(view) }
                <p class="full-view">
                    if only.is_none() {
                        <a href={format!("./#{}", route::fragment(&Route { view: Some(view), lang: (loc.lang != Lang::En).then_some(loc.lang), ..route.options_of(view) }))}
                            target="_blank" rel="noopener">{ t(loc, Msg::OpenFullView) }</a>
                        { " · " }
                    }
                    { crate::view::export::data_as_of(data, loc) }
                </p>
            </main>
        }
    } else {
        let notice = (!ignored.is_empty()).then(|| {
            html! {
                <div class="notice" role="status">
                    <p>{ t(loc, Msg::IgnoredParams) }</p>
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
        // Past the header without changing the address (it holds the route): focus the content.
        let skip = Callback::from(|e: MouseEvent| {
            e.prevent_default();
            let main = gloo::utils::document().get_element_by_id(MAIN_ID);
            if let Some(main) =
                main.and_then(|m| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(m).ok())
            {
                let _ = main.focus();
                main.scroll_into_view();
            }
        });
        html! {
            <>
                <a class="skip-link" href={format!("#{MAIN_ID}")} onclick={skip}>{ t(loc, Msg::SkipToContent) }</a>
                { header(loc, html! {
                    <LanguageSwitch {loc} page={own.lang} route={route.clone()}
                        in_place={props.file.source.offline} />
                }) }
                <main id={MAIN_ID} tabindex="-1" aria-busy="false">
                    { notice }
                    <nav class="site-nav" aria-label={t(loc, Msg::NavLabel)}>
                        <ul>
                            { for View::ALL.iter().map(|v| html! {
                                <li><a href={route::link(*v, None)}>{ t(loc, title(*v)) }</a></li>
                            }) }
                        </ul>
                        <button type="button" class="toggle copy-link" onclick={copy_link}>{ t(loc, Msg::CopyLink) }</button>
                        <ThemeToggle {loc} theme={route.theme} />
                        <span class="copied" role="status">{ if *copied { t(loc, Msg::LinkCopied) } else { "" } }</span>
                    </nav>
                    // Said once: the data file's own words (titles, labels) are in its language.
                    if crate::components::data_lang(data, loc).is_some() {
                        <p class="data-lang-note">{ t(loc, Msg::DataLanguageNote) }</p>
                    }
                    { for View::ALL.into_iter().map(section) }
                </main>
                { footer(data, &props.file.source, loc) }
            </>
        }
    };
    html! {
        <ContextProvider<Dispatch> context={(*dispatcher).clone()}>
            { content }
        </ContextProvider<Dispatch>>
    }
}

/// The data file's date, address, hash and suggested citation, and the offline copy.
fn footer(data: &Dataset, source: &Source, loc: Locale) -> Html {
    let hash = source
        .sha256
        .clone()
        .unwrap_or_else(|| t(loc, Msg::NotReported).to_string());
    let citation = tf(
        loc,
        Msg::CiteAs,
        &[
            ("title", &data.meta.title),
            ("date", &crate::view::export::data_date(data, loc)),
            ("hash", &hash),
        ],
    );
    let copy_name = format!(
        "{}.html",
        crate::view::export::file_stem("un-peacekeeping-figures", data)
    );
    html! {
        <footer class="site-footer">
            <p>{ crate::view::export::data_as_of(data, loc) }</p>
            <p>{ tf(loc, Msg::DataFile, &[("path", &source.path)]) }</p>
            <p class="sha256">{ t(loc, Msg::Sha256Label) }{ crate::view::label_space(loc) }<code>{ &hash }</code></p>
            <p class="citation">{ citation }</p>
            if !source.offline {
                <p><a href="offline.html" download={copy_name} class="offline-copy">{ t(loc, Msg::OfflineCopy) }</a></p>
            }
        </footer>
    }
}

/// The page as HTML, rendered natively by the same components (the prerendered first view).
#[cfg(not(target_arch = "wasm32"))]
pub fn prerender(props: PageProps) -> String {
    let renderer = yew::LocalServerRenderer::<Page>::with_props(props).hydratable(false);
    futures::executor::block_on(renderer.render())
}
