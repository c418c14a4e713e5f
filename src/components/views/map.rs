//! The mission map view: the map (canvas with focusable missions), its legend, the closed-missions
//! switch, the missions as a table, and the UN map disclaimer, always visible.

use super::profile::Profile;
use super::recommendations::RecState;
use super::section::{csv as csv_download, problems};
use crate::components::hooks::dispatch::use_dispatch;
use crate::components::widgets::chart::ChartFrame;
use crate::components::widgets::download::{Downloads, Pictured};
use crate::components::widgets::notice::ErrorNotice;
use crate::components::Shared;
use crate::i18n::{t, Locale, Msg};
use crate::model::Dataset;
use crate::route::{Action, TableId};
use crate::view::csv;
use crate::view::export;
use crate::view::map::{self, MapChart};
use crate::view::table::Sort;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

pub use crate::components::state::BasemapState;
use crate::components::state::Loadable;

#[derive(Properties, PartialEq)]
pub struct MapProps {
    pub data: Shared<Dataset>,
    pub loc: Locale,
    pub basemap: BasemapState,
    /// Closed missions shown.
    #[prop_or_default]
    pub closed: bool,
    /// The mission chosen (the address's, which other views' filters share).
    #[prop_or_default]
    pub mission: Option<String>,
    /// The chosen mission's profile is open: only when the address names the map. The profile
    /// is a sheet over the page (beside it, or from the bottom on a phone), so it opens with
    /// nothing moving; a mission chosen in another view's filter opens no sheet over that view
    /// (WCAG 3.2.2), and a link followed from the profile to another view closes it.
    #[prop_or_default]
    pub profile_open: bool,
    /// The sorts of the map's tables (its table and the profile's), from the route.
    #[prop_or_default]
    pub sorts: Vec<(TableId, Sort)>,
    /// The recommendations matrix, for the profile's paragraphs that name the mission.
    #[prop_or(RecState::Loading)]
    pub recs: RecState,
}

#[function_component]
pub fn MapView(props: &MapProps) -> Html {
    let loc = props.loc;
    let dispatch = use_dispatch();
    let sort = |id: TableId| props.sorts.iter().find(|(t, _)| *t == id).map(|(_, s)| *s);
    let vm = use_memo(
        (props.data.clone(), props.closed, loc),
        |(data, closed, loc)| map::map(data, *closed, *loc).map(Rc::new),
    );
    let disclaimer = html! {
        <div class="disclaimer" role="note">
            { for map::disclaimer_lines(loc).into_iter().map(|(p, l)| html! {
                <p lang={(l != loc.lang).then(|| l.tag())} dir={(l != loc.lang).then(|| l.dir())}
                    class={(l != loc.lang).then_some("disclaimer-official")}>{ p }</p>
            }) }
        </div>
    };
    // The map to draw: the same value until the missions or the basemap change, so a profile
    // opening (a new route) does not paint the map again.
    let chart = {
        let vm = vm.clone();
        use_memo(
            (props.data.clone(), props.closed, loc, props.basemap.clone()),
            move |(_, _, _, basemap)| match (&*vm, basemap) {
                (Ok(vm), Loadable::Ready(base)) => Some(Rc::new(MapChart {
                    vm: vm.clone(),
                    base: base.0.clone(),
                })),
                _ => None,
            },
        )
    };
    let vm = match &*vm {
        Err(p) => return html! { <>{ problems(loc, p) }{ disclaimer }</> },
        Ok(vm) => vm.clone(),
    };
    let toggle = dispatch
        .reform(|e: Event| Action::Closed(e.target_unchecked_into::<HtmlInputElement>().checked()));
    let open = dispatch.reform(Action::Profile);
    let body = match (&props.basemap, (*chart).clone()) {
        (Loadable::Loading, _) | (Loadable::Ready(_), None) => {
            html! { <p class="loading map-loading" role="status">{ t(loc, Msg::Loading) }</p> }
        }
        (Loadable::Failed(e), _) => {
            html! { <ErrorNotice title={t(loc, Msg::MapLoadFailed)} details={vec![e.to_string()]} /> }
        }
        (Loadable::Ready(_), Some(chart)) => {
            let onactivate = {
                let (open, vm) = (open.clone(), vm.clone());
                Callback::from(move |i: usize| open.emit(vm.sites.get(i).map(|s| s.code.clone())))
            };
            // Before the app is in, a marker opens its profile by itself (`answers`).
            let answers = if cfg!(not(target_arch = "wasm32")) {
                vm.sites
                    .iter()
                    .map(|s| crate::components::widgets::answer::profile(&s.code).into())
                    .collect()
            } else {
                Vec::new()
            };
            let picture = Pictured::new(chart.clone(), export::map_framing(&props.data, &vm, loc));
            let csv = csv_download(&props.data, move |d| {
                Some(csv::csv(&csv::mission_rows(d, loc)))
            });
            html! {
                <>
                    <ChartFrame<MapChart> id="map" chart={Shared(chart)} summary={vm.summary.clone()}
                        table={Shared(vm.table.clone())} {loc} sorted={TableId::Missions} sort={sort(TableId::Missions)} {onactivate} {answers} />
                    <Downloads stem={export::file_stem("mission-map", &props.data)} {csv} {loc}
                        picture={Some(picture)} />
                </>
            }
        }
    };
    // The same missions as a plain list, for keyboard and screen-reader users.
    let codes = crate::view::distinct(vm.sites.iter().map(|s| (s.code.as_str(), s.label.as_str())));
    let shown = props.mission.as_deref().filter(|_| props.profile_open);
    let list = html! {
        <nav class="mission-list" aria-label={t(loc, Msg::MissionList)}>
            <ul>
                { for codes.iter().map(|&(code, label)| {
                    let current = shown == Some(code);
                    let onclick = open.reform({ let code = code.to_string(); move |_| Some(code.clone()) });
                    let answer = cfg!(not(target_arch = "wasm32")).then(|| crate::components::widgets::answer::profile(code));
                    html! { <li><button type="button" aria-pressed={current.to_string()} data-answer={answer} {onclick}>{ label }</button></li> }
                }) }
            </ul>
        </nav>
    };
    let panel = shown.map(|code| {
        html! {
            <Profile data={props.data.clone()} code={code.to_string()} {loc}
                recs={props.recs.clone()}
                sofa_sort={sort(TableId::ProfileSofa)} mechanisms_sort={sort(TableId::ProfileMechanisms)} />
        }
    });
    html! {
        <>
            <h3 class="chart-title">{ &vm.title }</h3>
            <div class="filters">
                <label class="check">
                    <input type="checkbox" id="map-closed" checked={props.closed} onchange={toggle} />
                    { t(loc, Msg::MapShowClosed) }
                </label>
            </div>
            { body }
            { list }
            // One element whether or not a profile is open: the list before it keeps its DOM (and
            // the focus it holds) when the profile closes.
            <div class="profile-slot">{ panel }</div>
            <ul class="legend">{ for vm.legend.iter().map(|l| html! { <li>{ l }</li> }) }</ul>
            { disclaimer }
            <p class="source">{ &vm.sources }</p>
        </>
    }
}
