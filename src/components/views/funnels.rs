//! The crimes-against-peacekeepers view: one series at a time, chosen from the data file's
//! funnels (stages of one process) and snapshots (the same counts at several dates).

use super::section::{csv as csv_download, problems, use_section, ViewProps};
use crate::components::hooks::dispatch::use_dispatch;
use crate::components::widgets::chart::ChartFrame;
use crate::components::widgets::download::{Downloads, Pictured};
use crate::components::widgets::select::Filter;
use crate::components::Shared;
use crate::draw::Drawable;
use crate::i18n::{t, Msg};
use crate::route::{Action, TableId};
use crate::view::csv;
use crate::view::export::{self, Series};
use crate::view::funnel::{self, FunnelVm};
use crate::view::snapshots::{self, SnapshotsVm};
use crate::view::table::TableVm;
use std::rc::Rc;
use yew::prelude::*;

#[function_component]
pub fn FunnelsView(props: &ViewProps) -> Html {
    let loc = props.loc;
    let dispatch = use_dispatch();
    let funnels = use_section(
        &props.data,
        loc,
        (),
        |d| &d.funnels,
        |d, f, loc, _| {
            let vms = funnel::funnels(d, f, loc).into_iter();
            vms.map(|vm| (Rc::new(funnel::table(&vm, loc)), Rc::new(vm)))
                .collect::<Vec<_>>()
        },
    );
    let snaps = use_section(
        &props.data,
        loc,
        (),
        |d| &d.snapshots,
        |d, s, loc, _| {
            let vms = snapshots::snapshots(d, s, loc).into_iter();
            vms.map(|vm| (Rc::new(snapshots::table(&vm, loc)), Rc::new(vm)))
                .collect::<Vec<_>>()
        },
    );
    let bad: Html = [
        funnels.as_ref().as_ref().err(),
        snaps.as_ref().as_ref().err(),
    ]
    .into_iter()
    .flatten()
    .map(|p| problems(loc, p))
    .collect();
    // Each series with its table form, built once.
    let funnels: &[(Rc<TableVm>, Rc<FunnelVm>)] =
        funnels.as_ref().as_ref().map_or(&[], |v| v.as_slice());
    let snaps: &[(Rc<TableVm>, Rc<SnapshotsVm>)] =
        snaps.as_ref().as_ref().map_or(&[], |v| v.as_slice());
    let options: Vec<(String, String)> = funnels
        .iter()
        .map(|(_, v)| (v.id.clone(), v.title.clone()))
        .chain(snaps.iter().map(|(_, v)| (v.id.clone(), v.title.clone())))
        .collect();
    let Some(first) = options.first() else {
        return bad;
    };
    let id = props
        .route
        .funnel
        .as_ref()
        .filter(|id| options.iter().any(|(o, _)| o == *id))
        .unwrap_or(&first.0)
        .clone();
    let data = &props.data;
    let chart = if let Some((table, vm)) = funnels.iter().find(|(_, v)| v.id == id) {
        let chosen = id.clone();
        let csv = csv_download(data, move |d| {
            let f = d.funnels.as_ref().ok()?.iter().find(|f| f.id == chosen)?;
            Some(csv::csv(&csv::funnel_rows(d, f, loc)))
        });
        show(vm.clone(), &id, table.clone(), csv, props)
    } else if let Some((table, vm)) = snaps.iter().find(|(_, v)| v.id == id) {
        let chosen = id.clone();
        let csv = csv_download(data, move |d| {
            let s = d.snapshots.as_ref().ok()?.iter().find(|s| s.id == chosen)?;
            Some(csv::csv(&csv::snapshot_rows(d, s, loc)))
        });
        show(vm.clone(), &id, table.clone(), csv, props)
    } else {
        html! {}
    };
    let onchange = dispatch.reform(Action::Funnel);
    html! {
        <>
            { bad }
            <div class="filters">
                <Filter id="funnel-series" label={t(loc, Msg::FilterFunnel)} {options}
                    selected={Some(id)} {onchange} />
            </div>
            { chart }
        </>
    }
}

/// The chosen series: title, chart (with its table), downloads, notes and sources.
fn show<C: Drawable + Series + PartialEq + 'static>(
    vm: Rc<C>,
    id: &str,
    table: Rc<TableVm>,
    csv: Callback<(), String>,
    props: &ViewProps,
) -> Html {
    let loc = props.loc;
    let picture = Pictured::new(vm.clone(), export::series_framing(&props.data, &*vm, loc));
    let stem = export::file_stem(id, &props.data);
    html! {
        <>
            <h3 class="chart-title" lang={crate::components::data_lang(&props.data, loc)}>{ vm.title() }</h3>
            <p class="chart-subtitle">{ vm.subtitle() }</p>
            <ChartFrame<C> id="funnel" chart={Shared(vm.clone())} summary={vm.summary().to_string()}
                table={Shared(table)} {loc} sorted={TableId::Funnel} sort={props.route.sort(TableId::Funnel)} />
            <Downloads {stem} {csv} {loc} picture={Some(picture)} />
            if !vm.notes().is_empty() {
                <ul class="chart-notes">{ for vm.notes().iter().map(|n| html! { <li>{ n }</li> }) }</ul>
            }
            <p class="source">{ vm.sources() }</p>
        </>
    }
}
