//! The funnels view: one series at a time, chosen from the data file's funnels.

use super::chart::{Chart, ChartFrame};
use super::download::Downloads;
use super::notice::SectionError;
use super::routing::use_route;
use super::select::Filter;
use crate::i18n::{t, Lang, Msg};
use crate::model::Dataset;
use crate::route::View;
use crate::view::export;
use crate::view::funnel;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FunnelsProps {
    pub data: Rc<Dataset>,
    pub lang: Lang,
}

#[function_component]
pub fn FunnelsView(props: &FunnelsProps) -> Html {
    let lang = props.lang;
    let ctx = use_route();
    let chosen = ctx.route.funnel.clone();
    let vms = use_memo((props.data.clone(), lang), |(data, lang)| {
        data.funnels
            .as_ref()
            .map(|f| {
                funnel::funnels(data, f, *lang)
                    .into_iter()
                    .map(Rc::new)
                    .collect::<Vec<_>>()
            })
            .map_err(Clone::clone)
    });
    let vms = match &*vms {
        Err(problems) => return html! { <SectionError {lang} problems={problems.clone()} /> },
        Ok(vms) if vms.is_empty() => return html! {},
        Ok(vms) => vms,
    };
    let vm = chosen
        .as_ref()
        .and_then(|id| vms.iter().find(|v| &v.id == id))
        .unwrap_or(&vms[0])
        .clone();
    let table = Rc::new(funnel::table(&vm, lang));
    let framing = Rc::new(export::funnel_framing(&props.data, &vm, lang));
    let csv = {
        let (data, id) = (props.data.clone(), vm.id.clone());
        Callback::from(move |_| {
            let f = data.funnels.iter().flatten().find(|f| f.id == id);
            f.map(|f| export::csv(&export::funnel_rows(&data, f)))
                .unwrap_or_default()
        })
    };
    let stem = export::file_stem(&vm.id, &props.data);
    let options = vms
        .iter()
        .map(|v| (v.id.clone(), v.title.clone()))
        .collect::<Vec<_>>();
    let onchange = {
        let ctx = ctx.clone();
        Callback::from(move |v| ctx.update(View::Funnels, |r| r.funnel = v))
    };
    html! {
        <>
            <div class="filters">
                <Filter id="funnel-series" label={t(lang, Msg::FilterFunnel)} {options}
                    selected={Some(vm.id.clone())} {onchange} />
            </div>
            <h3 class="chart-title">{ &vm.title }</h3>
            <p class="chart-subtitle">{ &vm.subtitle }</p>
            <ChartFrame id="funnel" chart={Chart::Funnel(vm.clone())} summary={vm.summary.clone()} {table} {lang} view={View::Funnels} />
            <Downloads {stem} {csv} {lang} picture={Some((Chart::Funnel(vm.clone()), framing))} />
            if let Some(note) = &vm.note { <p class="chart-notes">{ note }</p> }
            <p class="source">{ &vm.sources }</p>
        </>
    }
}
