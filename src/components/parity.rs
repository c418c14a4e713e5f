//! The uniformed gender parity view: the small-multiples chart, its statements and notes.

use super::chart::{Chart, ChartFrame};
use super::download::Downloads;
use super::notice::SectionError;
use crate::i18n::Lang;
use crate::model::Dataset;
use crate::route::View;
use crate::view::export;
use crate::view::parity;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ParityProps {
    pub data: Rc<Dataset>,
    pub lang: Lang,
}

#[function_component]
pub fn ParityView(props: &ParityProps) -> Html {
    let lang = props.lang;
    let vm = use_memo((props.data.clone(), lang), |(data, lang)| {
        data.parity
            .as_ref()
            .map(|p| {
                let vm = Rc::new(parity::parity(data, p, *lang));
                let table = Rc::new(parity::table(&vm, *lang));
                (vm, table)
            })
            .map_err(Clone::clone)
    });
    match &*vm {
        Err(problems) => html! { <SectionError {lang} problems={problems.clone()} /> },
        Ok((vm, table)) => {
            let data = props.data.clone();
            let framing = Rc::new(export::parity_framing(&data, vm, lang));
            let csv = Callback::from(move |_| match &data.parity {
                Ok(p) => export::csv(&export::parity_rows(&data, p)),
                Err(_) => String::new(),
            });
            html! {
            <>
                <h3 class="chart-title">{ &vm.title }</h3>
                <ChartFrame id="parity" chart={Chart::Parity(vm.clone())} summary={vm.summary.clone()}
                    table={table.clone()} {lang} view={View::Parity} />
                <Downloads stem={export::file_stem("gender-parity", &props.data)} {csv} {lang}
                    picture={Some((Chart::Parity(vm.clone()), framing))} />
                <ul class="chart-notes">
                    { for vm.notes.iter().map(|n| html! { <li>{ n }</li> }) }
                    { for vm.statements.iter().map(|s| html! { <li>{ s }</li> }) }
                </ul>
                <p class="source">{ &vm.sources }</p>
            </>
            }
        }
    }
}
