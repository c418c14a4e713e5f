//! The uniformed gender parity view: the small-multiples chart (with its table), its
//! statements and notes.

use super::section::{SectionSpec, SectionView, Shown};
use crate::components::widgets::chart::ChartFrame;
use crate::components::widgets::download::Pictured;
use crate::components::Shared;
use crate::i18n::Locale;
use crate::model::{Dataset, GenderParity, Section};
use crate::route::{Route, TableId};
use crate::view::parity::{self, ParityVm};
use crate::view::table::TableVm;
use crate::view::{csv, export};
use std::rc::Rc;
use yew::prelude::*;

pub struct Parity;

/// The view: `<ParityView data loc route />`.
pub type ParityView = SectionView<Parity>;

impl SectionSpec for Parity {
    type Section = GenderParity;
    /// The chart and its table form.
    type Vm = (Rc<ParityVm>, Rc<TableVm>);
    type Key = ();
    const STEM: &'static str = "gender-parity";
    fn section(data: &Dataset) -> &Section<GenderParity> {
        &data.parity
    }
    fn key(_: &Route) {}
    fn build(data: &Dataset, p: &GenderParity, loc: Locale, _: &()) -> Self::Vm {
        let vm = Rc::new(parity::parity(data, p, loc));
        let table = Rc::new(parity::table(&vm, loc));
        (vm, table)
    }
    fn csv(data: &Dataset, p: &GenderParity, loc: Locale) -> Vec<Vec<String>> {
        csv::parity_rows(data, p, loc)
    }
    fn picture(data: &Dataset, vm: &Rc<Self::Vm>, loc: Locale) -> Option<Pictured> {
        let chart = vm.0.clone();
        let framing = export::parity_framing(data, &chart, loc);
        Some(Pictured::new(chart, framing))
    }
    fn render(shown: Shown<'_, Self>) -> Html {
        let Shown { vm, props, .. } = &shown;
        let (chart, table) = (&vm.0, &vm.1);
        let loc = props.loc;
        html! {
            <>
                <h3 class="chart-title">{ &chart.title }</h3>
                <ChartFrame<ParityVm> id="parity" chart={Shared(chart.clone())} summary={chart.summary.clone()}
                    table={Shared(table.clone())} {loc} sorted={TableId::Parity} sort={props.route.sort(TableId::Parity)} />
                { shown.downloads.clone() }
                <ul class="chart-notes">
                    { for chart.notes.iter().map(|n| html! { <li>{ n }</li> }) }
                    { for chart.statements.iter().map(|s| html! { <li lang={crate::components::data_lang(&props.data, loc)}>{ s }</li> }) }
                </ul>
                <p class="source">{ &chart.sources }</p>
            </>
        }
    }
}
