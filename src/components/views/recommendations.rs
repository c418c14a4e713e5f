//! The recommendations tracker: the matrix of A/76/505/Add.1 (its own file, loaded when the app
//! runs), filtered and searched as you type, with the rows per section as a chart, a permalink
//! per paragraph and a CSV of what is shown.

use crate::components::hooks::dispatch::use_dispatch;
use crate::components::widgets::chart::ChartFrame;
use crate::components::widgets::download::{Downloads, Pictured};
use crate::components::widgets::select::Filter;
use crate::components::Shared;
use crate::i18n::{t, tf, Locale, Msg};
use crate::model::{Addressed, Dataset, Recommendations};
use crate::route::{self, Action, RecRoute, Route, View};
use crate::view::recommendations::{self as rec, RecFilter, SectionsVm};
use crate::view::{csv, export};
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

pub use crate::components::state::RecState;

#[derive(Properties, PartialEq)]
pub struct RecProps {
    pub data: Shared<Dataset>,
    pub recs: RecState,
    pub loc: Locale,
    pub filter: RecRoute,
    /// The mission filter (the page's mission).
    #[prop_or_default]
    pub mission: Option<String>,
    /// The paragraph the address names.
    #[prop_or_default]
    pub para: Option<u32>,
}

#[function_component]
pub fn RecommendationsView(props: &RecProps) -> Html {
    let loc = props.loc;
    // The intro always; then the tracker, or what stands in its place until it can be shown.
    let body = match &props.recs {
        RecState::Ready(recs) => html! {
            <Tracker data={props.data.clone()} recs={recs.clone()} {loc} filter={props.filter.clone()}
                mission={props.mission.clone()} para={props.para} />
        },
        RecState::Loading if cfg!(target_arch = "wasm32") => {
            html! { <p class="loading" role="status">{ t(loc, Msg::Loading) }</p> }
        }
        // The prerendered page: a control that brings the app, which reads the matrix.
        RecState::Loading => {
            html! { <p><button type="button" class="toggle rec-open">{ t(loc, Msg::RecOpen) }</button></p> }
        }
        RecState::Failed(e) => html! {
            <div class="notice notice-error" role="alert">
                <p><strong>{ t(loc, Msg::RecLoadFailed) }</strong></p><p>{ e.to_string() }</p>
            </div>
        },
    };
    html! { <><p class="intro">{ t(loc, Msg::RecIntro) }</p>{ body }</> }
}

/// Rows shown at a time.
const PAGE: usize = 50;

#[derive(Properties, PartialEq)]
struct TrackerProps {
    data: Shared<Dataset>,
    recs: Shared<Recommendations>,
    loc: Locale,
    filter: RecRoute,
    mission: Option<String>,
    para: Option<u32>,
}

#[function_component]
fn Tracker(props: &TrackerProps) -> Html {
    let loc = props.loc;
    let dispatch = use_dispatch();
    let filter = RecFilter {
        section: props.filter.section.clone(),
        addressed: props.filter.addressed,
        mission: props.mission.clone(),
        cites: props.filter.cites.clone(),
        query: props.filter.query.clone(),
    };
    // Each row's text in lower case, once per matrix (the search reads it at every key).
    let lower = use_memo(props.recs.clone(), |recs| Rc::new(rec::index(recs)));
    // A page of rows at a time; a new filter starts again from the first page (the paragraph
    // the address names is always within it).
    let limit = use_state_eq(|| PAGE);
    {
        let limit = limit.clone();
        use_effect_with(filter.clone(), move |_| limit.set(PAGE));
    }
    let upto = |p: u32| {
        props
            .recs
            .paragraphs
            .iter()
            .position(|x| x.para == p)
            .map_or(0, |i| i + 1)
    };
    let wanted = (*limit).max(props.para.map_or(0, upto));
    let vm = use_memo(
        (
            props.data.clone(),
            props.recs.clone(),
            filter.clone(),
            wanted,
            loc,
        ),
        |(data, recs, filter, wanted, loc)| {
            Rc::new(rec::recommendations(
                data,
                recs,
                &(*lower).clone(),
                filter,
                *wanted,
                *loc,
            ))
        },
    );
    let vm: Rc<rec::RecVm> = (*vm).clone();
    let more = vm.matching.saturating_sub(vm.rows.len()).min(PAGE);
    let show_more = {
        let limit = limit.clone();
        let shown = vm.rows.len();
        Callback::from(move |_: MouseEvent| limit.set(shown + PAGE))
    };
    // The paragraph the address names comes into sight.
    use_effect_with(props.para, |para| {
        if let Some(p) = para {
            crate::components::browser::scroll::scroll_to(format!("para-{p}"));
        }
    });
    let set = {
        let (dispatch, current) = (dispatch.clone(), props.filter.clone());
        move |change: fn(&mut RecRoute, Option<String>)| {
            let current = current.clone();
            dispatch.reform(move |v: Option<String>| {
                let mut next = current.clone();
                change(&mut next, v);
                Action::Rec(next)
            })
        }
    };
    let oninput = set(|r, v| r.query = v.filter(|q| !q.trim().is_empty()));
    let oninput = Callback::from(move |e: InputEvent| {
        oninput.emit(Some(e.target_unchecked_into::<HtmlInputElement>().value()))
    });
    let state = props.filter.addressed.map(|a| a.id().to_string());
    let csv = {
        let (recs, filter, lower) = (props.recs.clone(), filter.clone(), lower.clone());
        Callback::from(move |_| csv::csv(&rec::csv_rows(&recs, &lower, &filter, loc)))
    };
    let picture = use_memo(vm.clone(), |vm| {
        Pictured::new(vm.chart.clone(), vm.framing.clone())
    });
    let base = Route {
        view: Some(View::Recommendations),
        ..Route::default()
    };
    let rows = vm.rows.iter().map(|p| {
        let link = route::fragment(&Route { para: Some(p.para), ..base.clone() });
        let current = props.para == Some(p.para);
        html! {
            <li id={format!("para-{}", p.para)} class="rec-para" tabindex="-1"
                aria-current={current.then_some("true")}>
                <h3 class="rec-head">
                    { tf(loc, Msg::RecPara, &[("para", &p.para.to_string())]) }
                    <span class="rec-section" lang={crate::components::data_lang(&props.data, loc)}>{ &p.section }</span>
                </h3>
                if let Some(state) = &p.state { <p class="rec-state">{ state }</p> }
                <blockquote class="rec-text" lang={crate::components::data_lang(&props.data, loc)}>
                    { for p.blocks.iter().map(|b| html! {
                        <p>{ for b.iter().map(|(s, hit)| if *hit { html! { <mark>{ s }</mark> } } else { html! { s } }) }</p>
                    }) }
                </blockquote>
                if !p.missions.is_empty() {
                    <p class="rec-meta">{ t(loc, Msg::RecMissions) }{ crate::view::label_space(loc) }
                        { for p.missions.iter().enumerate().map(|(i, (code, label))| html! {
                            <>{ if i > 0 { t(loc, Msg::ItemSep) } else { "" } }<a href={route::link(View::Map, Some(code))}>{ label }</a></>
                        }) }
                    </p>
                }
                if !p.cites.is_empty() { <p class="rec-meta">{ t(loc, Msg::RecCites) }{ crate::view::label_space(loc) }{ crate::view::items(loc, &p.cites) }</p> }
                if !p.figures.is_empty() { <p class="rec-meta">{ t(loc, Msg::RecFigures) }{ crate::view::label_space(loc) }{ crate::view::list(loc, &p.figures) }</p> }
                <p class="rec-cite"><span class="cite">{ &p.citation }</span>{ " · " }
                    <a href={format!("#{link}")}>{ t(loc, Msg::RecLink) }</a></p>
            </li>
        }
    });
    html! {
        <>
            <div class="filters">
                <label for="rec-search">
                    { t(loc, Msg::RecSearch) }
                    <input type="search" id="rec-search" value={props.filter.query.clone().unwrap_or_default()}
                        aria-describedby="rec-count" {oninput} />
                </label>
                <span id="rec-count" class="search-count" role="status">{ &vm.count }</span>
                <Filter id="rec-section" label={t(loc, Msg::RecFilterSection)} all={AttrValue::from(t(loc, Msg::RecAllSections))}
                    options={vm.sections.clone()} selected={props.filter.section.clone()} onchange={set(|r, v| r.section = v)} />
                <Filter id="rec-state" label={t(loc, Msg::RecFilterState)} all={AttrValue::from(t(loc, Msg::RecAllStates))}
                    options={vm.states.clone()} selected={state}
                    onchange={set(|r, v| r.addressed = v.as_deref().and_then(Addressed::parse))} />
                <Filter id="rec-mission" label={t(loc, Msg::FilterMission)} all={AttrValue::from(t(loc, Msg::FilterAllMissions))}
                    options={vm.missions.clone()} selected={props.mission.clone()} onchange={dispatch.reform(Action::RecommendationsMission)} />
                <Filter id="rec-cites" label={t(loc, Msg::RecFilterDocument)} all={AttrValue::from(t(loc, Msg::RecAllDocuments))}
                    options={vm.documents.clone()}
                    selected={props.filter.cites.clone()} onchange={set(|r, v| r.cites = v)} />
            </div>
            <h3 class="chart-title">{ t(loc, Msg::RecChartTitle) }</h3>
            <ChartFrame<SectionsVm> id="rec-sections" chart={Shared(vm.chart.clone())} summary={vm.count.clone()}
                table={Shared(vm.table.clone())} {loc} />
            <Downloads stem={export::file_stem("recommendations", &props.data)} {csv} {loc} picture={Some((*picture).clone())} />
            if vm.rows.is_empty() {
                <p class="empty">{ t(loc, Msg::EmptyFilter) }</p>
            }
            <ol class="rec-list">{ for rows }</ol>
            if more > 0 {
                <p><button type="button" class="toggle rec-more" onclick={show_more}>
                    { tf(loc, Msg::RecShowMore, &[("n", &more.to_string())]) }
                </button></p>
            }
            <p class="source">{ &vm.sources }</p>
            if let Some(note) = &vm.note {
                <ul class="chart-notes"><li>{ note }</li></ul>
            }
        </>
    }
}
