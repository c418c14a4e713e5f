//! The SOFA/SOMA impact view: the table (the row of the mission whose profile is open marked),
//! or its section's error panel.

use super::section::{SectionSpec, SectionView, Shown};
use crate::components::widgets::data_table::DataTable;
use crate::components::Shared;
use crate::i18n::Locale;
use crate::model::{Dataset, Section, SofaTable};
use crate::route::{Route, TableId};
use crate::view::table::TableVm;
use crate::view::{self, csv};
use std::rc::Rc;
use yew::prelude::*;

pub struct Sofa;

/// The view: `<SofaView data loc route />`.
pub type SofaView = SectionView<Sofa>;

impl SectionSpec for Sofa {
    type Section = SofaTable;
    type Vm = TableVm;
    type Key = ();
    const STEM: &'static str = "sofa-impact";
    fn section(data: &Dataset) -> &Section<SofaTable> {
        &data.sofa
    }
    fn key(_: &Route) {}
    fn build(data: &Dataset, table: &SofaTable, loc: Locale, _: &()) -> TableVm {
        view::sofa::table(data, table, loc)
    }
    fn csv(data: &Dataset, table: &SofaTable, loc: Locale) -> Vec<Vec<String>> {
        csv::sofa_rows(data, table, loc)
    }
    fn render(shown: Shown<'_, Self>) -> Html {
        let Shown { vm, props, .. } = &shown;
        html! {
            <>
                <DataTable id="sofa" table={Shared(Rc::clone(vm))} loc={props.loc}
                    current={props.route.mission.clone()} sorted={TableId::Sofa}
                    sort={props.route.sort(TableId::Sofa)} />
                { shown.downloads.clone() }
            </>
        }
    }
}
