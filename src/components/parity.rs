//! The uniformed gender parity view: the small-multiples chart, its statements and notes.

use super::chart::ChartFrame;
use super::download::{Downloads, Pictured};
use super::section::{csv as csv_download, problems, use_section};
use super::Shared;
use crate::i18n::Locale;
use crate::model::Dataset;
use crate::route::View;
use crate::view::csv;
use crate::view::export;
use crate::view::parity::{self, ParityVm};
use crate::view::table::{Sort, TableVm};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ParityProps {
    pub data: Shared<Dataset>,
    pub loc: Locale,
    /// The sort of the chart's table, from the route.
    #[prop_or_default]
    pub sort: Option<Sort>,
}

#[function_component]
pub fn ParityView(props: &ParityProps) -> Html {
    let loc = props.loc;
    let built = use_section(
        &props.data,
        loc,
        (),
        |d| &d.parity,
        |d, p, loc, _| {
            let vm = Rc::new(parity::parity(d, p, loc));
            let table = Rc::new(parity::table(&vm, loc));
            (vm, table)
        },
    );
    let (vm, table): (Rc<ParityVm>, Rc<TableVm>) = match &*built {
        Ok(b) => (b.0.clone(), b.1.clone()),
        Err(p) => return problems(loc, p),
    };
    let picture = Pictured::new(vm.clone(), export::parity_framing(&props.data, &vm, loc));
    let csv = csv_download(&props.data, move |d| {
        Some(csv::csv(&csv::parity_rows(d, d.parity.as_ref().ok()?, loc)))
    });
    html! {
        <>
            <h3 class="chart-title">{ &vm.title }</h3>
            <ChartFrame<ParityVm> id="parity" chart={Shared(vm.clone())} summary={vm.summary.clone()}
                table={Shared(table)} {loc} view={View::Parity} sort={props.sort} />
            <Downloads stem={export::file_stem("gender-parity", &props.data)} {csv} {loc}
                picture={Some(picture)} />
            <ul class="chart-notes">
                { for vm.notes.iter().map(|n| html! { <li>{ n }</li> }) }
                { for vm.statements.iter().map(|s| html! { <li lang={super::data_lang(&props.data, loc)}>{ s }</li> }) }
            </ul>
            <p class="source">{ &vm.sources }</p>
        </>
    }
}
