//! The funnels view: one series at a time, chosen from the data file's funnels.

use super::chart::ChartFrame;
use super::download::{Downloads, Pictured};
use super::routing::use_dispatch;
use super::section::{csv as csv_download, problems, use_section};
use super::select::Filter;
use super::Shared;
use crate::i18n::{t, Lang, Msg};
use crate::model::Dataset;
use crate::route::{Action, View};
use crate::view::csv;
use crate::view::export;
use crate::view::funnel::{self, FunnelVm};
use crate::view::table::Sort;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FunnelsProps {
    pub data: Shared<Dataset>,
    pub lang: Lang,
    /// The chosen series (the first when `None`).
    #[prop_or_default]
    pub funnel: Option<String>,
    /// The sort of the chart's table, from the route.
    #[prop_or_default]
    pub sort: Option<Sort>,
}

#[function_component]
pub fn FunnelsView(props: &FunnelsProps) -> Html {
    let lang = props.lang;
    let dispatch = use_dispatch();
    let vms = use_section(
        &props.data,
        lang,
        (),
        |d| &d.funnels,
        |d, f, lang, _| {
            funnel::funnels(d, f, lang)
                .into_iter()
                .map(Rc::new)
                .collect::<Vec<_>>()
        },
    );
    let vms = match &*vms {
        Err(p) => return problems(lang, p),
        Ok(vms) => vms.clone(),
    };
    let Some(first) = vms.first() else {
        return html! {};
    };
    let vm: Rc<FunnelVm> = props
        .funnel
        .as_ref()
        .and_then(|id| vms.iter().find(|v| &v.id == id))
        .unwrap_or(first)
        .clone();
    let table = Rc::new(funnel::table(&vm, lang));
    let picture = Pictured::new(vm.clone(), export::funnel_framing(&props.data, &vm, lang));
    let csv = {
        let id = vm.id.clone();
        csv_download(&props.data, move |d| {
            let f = d.funnels.as_ref().ok()?.iter().find(|f| f.id == id)?;
            Some(csv::csv(&csv::funnel_rows(d, f, lang)))
        })
    };
    let options = vms
        .iter()
        .map(|v| (v.id.clone(), v.title.clone()))
        .collect::<Vec<_>>();
    let onchange = dispatch.reform(Action::Funnel);
    html! {
        <>
            <div class="filters">
                <Filter id="funnel-series" label={t(lang, Msg::FilterFunnel)} {options}
                    selected={Some(vm.id.clone())} {onchange} />
            </div>
            <h3 class="chart-title">{ &vm.title }</h3>
            <p class="chart-subtitle">{ &vm.subtitle }</p>
            <ChartFrame<FunnelVm> id="funnel" chart={Shared(vm.clone())} summary={vm.summary.clone()}
                table={Shared(table)} {lang} view={View::Funnels} sort={props.sort} />
            <Downloads stem={export::file_stem(&vm.id, &props.data)} {csv} {lang} picture={Some(picture)} />
            if let Some(note) = &vm.note { <p class="chart-notes">{ note }</p> }
            <p class="source">{ &vm.sources }</p>
        </>
    }
}
