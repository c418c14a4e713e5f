//! The mission map view: the map (canvas with focusable missions), its legend, the closed-missions
//! switch, the missions as a table, and the UN map disclaimer, always visible.

use super::chart::{Chart, ChartFrame};
use super::download::Downloads;
use super::loader::load_basemap;
use super::notice::{ErrorNotice, SectionError};
use super::profile::Profile;
use super::routing::{scroll_to, use_route};
use crate::i18n::{t, Lang, Msg};
use crate::model::{Basemap, Dataset};
use crate::route::View;
use crate::view::export;
use crate::view::map;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MapProps {
    pub data: Rc<Dataset>,
    pub lang: Lang,
}

#[function_component]
pub fn MapView(props: &MapProps) -> Html {
    let lang = props.lang;
    let ctx = use_route();
    let show_closed = ctx.route.closed;
    let profile = ctx.route.mission.clone();
    // Opens a mission's profile (or closes it with `None`), remembered in the permalink.
    let open = {
        let ctx = ctx.clone();
        Callback::from(move |code: Option<String>| ctx.update(View::Map, |r| r.mission = code))
    };
    let basemap = use_state(|| None::<Result<Rc<Basemap>, String>>);
    {
        let basemap = basemap.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                basemap.set(Some(load_basemap().await.map(Rc::new)));
            });
        });
    }
    let vm = use_memo(
        (props.data.clone(), show_closed, lang),
        |(data, closed, lang)| map::map(data, *closed, *lang).map(Rc::new),
    );
    let disclaimer = html! {
        <div class="disclaimer" role="note">
            { for [Msg::DisclaimerMain, Msg::DisclaimerSudan, Msg::DisclaimerAbyei, Msg::DisclaimerKashmir]
                .iter().map(|m| html! { <p>{ t(lang, *m) }</p> }) }
        </div>
    };
    let vm = match &*vm {
        Err(problems) => {
            return html! { <><SectionError {lang} problems={problems.clone()} />{ disclaimer }</> }
        }
        Ok(vm) => vm.clone(),
    };
    let toggle = {
        let ctx = ctx.clone();
        Callback::from(move |e: Event| {
            let checked = e.target_unchecked_into::<HtmlInputElement>().checked();
            ctx.update(View::Map, |r| r.closed = checked)
        })
    };
    let body = match &*basemap {
        None => {
            html! { <p class="loading map-loading" role="status">{ t(lang, Msg::Loading) }</p> }
        }
        Some(Err(e)) => {
            html! { <ErrorNotice title={t(lang, Msg::MapLoadFailed)} details={vec![e.clone()]} /> }
        }
        Some(Ok(base)) => {
            let onactivate = {
                let (open, vm) = (open.clone(), vm.clone());
                Callback::from(move |i: usize| open.emit(vm.sites.get(i).map(|s| s.code.clone())))
            };
            let framing = Rc::new(export::map_framing(&props.data, &vm, lang));
            let csv = {
                let data = props.data.clone();
                Callback::from(move |_| export::csv(&export::mission_rows(&data)))
            };
            html! {
                <>
                    <ChartFrame id="map" chart={Chart::Map(vm.clone(), base.clone())} summary={vm.summary.clone()}
                        table={vm.table.clone()} {lang} view={View::Map} {onactivate} />
                    <Downloads stem={export::file_stem("mission-map", &props.data)} {csv} {lang}
                        picture={Some((Chart::Map(vm.clone(), base.clone()), framing))} />
                </>
            }
        }
    };
    // The same missions as a plain list, for keyboard and screen-reader users.
    let codes = crate::view::distinct(vm.sites.iter().map(|s| s.code.as_str()));
    let list = html! {
        <nav class="mission-list" aria-label={t(lang, Msg::MissionList)}>
            <ul>
                { for codes.iter().map(|code| {
                    let code = code.to_string();
                    let current = profile.as_deref() == Some(code.as_str());
                    let onclick = { let (open, code) = (open.clone(), code.clone()); Callback::from(move |_| open.emit(Some(code.clone()))) };
                    html! { <li><button type="button" aria-pressed={current.to_string()} {onclick}>{ code }</button></li> }
                }) }
            </ul>
        </nav>
    };
    let panel = profile.as_ref().map(|code| {
        let onclose = open.reform(|_| None);
        let onshow = {
            let ctx = ctx.clone();
            Callback::from(move |(view, code): (View, String)| {
                ctx.update(view, |r| r.mission = Some(code));
                scroll_to(format!("view-{}", view.id()));
            })
        };
        html! { <Profile data={props.data.clone()} code={code.clone()} {lang} {onclose} {onshow} /> }
    });
    html! {
        <>
            <h3 class="chart-title">{ &vm.title }</h3>
            <div class="filters">
                <label class="check">
                    <input type="checkbox" id="map-closed" checked={show_closed} onchange={toggle} />
                    { t(lang, Msg::MapShowClosed) }
                </label>
            </div>
            { body }
            { list }
            { panel }
            <ul class="legend">{ for vm.legend.iter().map(|l| html! { <li>{ l }</li> }) }</ul>
            { disclaimer }
            <p class="source">{ &vm.sources }</p>
        </>
    }
}
