//! The page once the data file is in: header, navigation, every view (or the one embedded),
//! footer with the data file's date, hash and citation. It holds the route (a reducer kept in
//! the address) and hands each view only the parts of it that view reads.

use super::language::{use_catalogues, LanguageSwitch};
use super::routing::{use_address, Dispatch};
use super::theme::ThemeToggle;
use crate::components::views::figures::FiguresView;
use crate::components::views::funnels::FunnelsView;
use crate::components::views::map::{BasemapState, MapView};
use crate::components::views::mechanisms::MechanismsView;
use crate::components::views::parity::ParityView;
use crate::components::views::recommendations::{RecState, RecommendationsView};
use crate::components::views::sofa::SofaView;
use crate::components::widgets::embed::EmbedButton;
use crate::components::Shared;
use crate::i18n::{t, tf, Catalogues, Digits, Lang, Locale, Msg};
use crate::model::Dataset;
use crate::route::{self, Route, View};
use yew::prelude::*;

/// A loaded data file and where it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    pub path: String,
    /// The data file's SHA-256, in hex, when it is known.
    pub sha256: Option<String>,
    /// Whether this page is the offline copy (the data is embedded).
    pub offline: bool,
}

#[derive(Properties, PartialEq)]
pub struct PageProps {
    pub data: Shared<Dataset>,
    pub source: Source,
    pub basemap: BasemapState,
    /// Only this view, for a page that places one chart (the library's `render`); the page's
    /// address is then neither read nor written.
    #[prop_or_default]
    pub only: Option<View>,
    /// The page's own language (its file's; a library page's choice) with its catalogue and
    /// text measure; a link may ask for another (`lang=`).
    #[prop_or_default]
    pub locale: Locale,
    /// Every catalogue the page carries (the offline copy has all): languages it can switch to
    /// without a fetch.
    #[prop_or_default]
    pub catalogues: Catalogues,
    /// Where the other catalogues are fetched from, relative to the page.
    #[prop_or(AttrValue::Static(super::app::CATALOGUE_DIR))]
    pub catalogue_dir: AttrValue,
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
    let route = use_reducer_eq(|| Route {
        embed: only,
        ..Route::default()
    });
    // The language the link asks for, once its texts are in (until then the page's own), in
    // the digits chosen: every view builds its model again when this changes (it is part of
    // each memo's key), and only then.
    let own = props.locale;
    let wanted = route.lang.unwrap_or(own.lang);
    let catalogues = use_catalogues(wanted, &props.catalogues, &props.catalogue_dir);
    let ready = wanted == Lang::En || wanted == own.lang || catalogues.get(wanted).is_some();
    let lang = if ready { wanted } else { own.lang };
    let digits = if route.arabic_digits {
        Digits::ArabicIndic
    } else {
        Digits::Latin
    };
    let loc = own
        .for_lang(lang, catalogues.get(lang).or(own.catalogue()))
        .with_digits(digits);
    // (A library page keeps its own language, direction and title.)
    use_effect_with((loc, only), |(loc, only)| {
        if only.is_none() {
            set_document_language(*loc);
        }
    });
    // The recommendations matrix: its own file, read once the app runs (not in the first view):
    // at once where the address shows what it fills (the tracker, a paragraph, a mission's
    // profile), else when the browser is idle, after the click that woke the app is answered.
    let recs = use_state_eq(|| RecState::Loading);
    let needs_recs = match only.or(route.embed) {
        None => true,
        Some(v) => matches!(v, View::Recommendations | View::Map),
    };
    let recs_now = route.view == Some(View::Recommendations)
        || route.para.is_some()
        || route.mission.is_some()
        || only.or(route.embed).is_some();
    let recs_asked = use_mut_ref(|| false);
    {
        let recs = recs.clone();
        use_effect_with((needs_recs, recs_now), move |(needed, now)| {
            if !*needed || *recs != RecState::Loading {
                return;
            }
            let load = move || {
                if recs_asked.replace(true) {
                    return;
                }
                wasm_bindgen_futures::spawn_local(async move {
                    recs.set(
                        match crate::components::browser::loader::load_recommendations().await {
                            Ok(r) => RecState::Ready(Shared::new(r)),
                            Err(e) => RecState::Failed(e),
                        },
                    );
                });
            };
            if *now {
                load();
            } else {
                crate::components::browser::loader::when_idle(load);
            }
        });
    }
    let dispatcher = use_memo((), |_| Dispatch(route.dispatcher().to_callback()));
    // Parts of the address that were not understood (or that the data file lacks), said once.
    let ignored = use_state_eq(Vec::<String>::new);
    let copied = use_state_eq(|| false);
    {
        let ignored = ignored.clone();
        let report = Callback::from(move |bad: Vec<String>| ignored.set(bad));
        use_address(route.clone(), only.is_none(), report);
    }
    // Once the route is read, what the data file does not have is dropped and said.
    {
        let (route, ignored, data) = (route.clone(), ignored.clone(), props.data.clone());
        use_effect_with((*route).clone(), move |r| {
            let (next, dropped) = route::reconcile(r, &data);
            if !dropped.is_empty() {
                let mut all = (*ignored).clone();
                all.extend(dropped);
                ignored.set(all);
                route.dispatch(route::Action::Replace(next));
            }
        });
    }
    // Embedded in another page (boot.js tells it our height).
    let embedded = route.embed;
    use_effect_with(embedded.is_some() && only.is_none(), move |embedded| {
        let html = gloo::utils::document_element();
        let _ = html.class_list().toggle_with_force("embedded", *embedded);
    });
    let data = &props.data;
    let section = |view: View| {
        let id = view.id();
        let body = match view {
            View::Map => {
                html! { <MapView data={data.clone()} {loc} basemap={props.basemap.clone()}
                closed={route.closed} mission={route.mission.clone()} sorts={route.sorts_of(View::Map)}
                    focus_profile={route.view.unwrap_or(View::Map) == View::Map} recs={(*recs).clone()} /> }
            }
            View::Sofa => {
                html! { <SofaView data={data.clone()} {loc} route={route.read_by(view)} /> }
            }
            View::Parity => {
                html! { <ParityView data={data.clone()} {loc} route={route.read_by(view)} /> }
            }
            View::Funnels => {
                html! { <FunnelsView data={data.clone()} {loc} route={route.read_by(view)} /> }
            }
            View::Mechanisms => {
                html! { <MechanismsView data={data.clone()} {loc} route={route.read_by(view)} /> }
            }
            View::Figures => {
                html! { <FiguresView data={data.clone()} {loc} route={route.read_by(view)} /> }
            }
            View::Recommendations => {
                html! { <RecommendationsView data={data.clone()} recs={(*recs).clone()} {loc}
                filter={route.rec.clone()} mission={route.mission.clone()} para={route.para} /> }
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
                    if embedded.is_none() && !props.source.offline {
                        <EmbedButton {view} title={t(loc, title(view))} {loc} options={route.options_of(view)} />
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
                    <LanguageSwitch {loc} page={own.lang} route={(*route).clone()}
                        in_place={props.source.offline} />
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
                { footer(data, &props.source, loc) }
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
