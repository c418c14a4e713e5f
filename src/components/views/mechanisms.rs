//! The host-country coordination mechanisms view: intro, mission filter, table.

use super::section::{SectionSpec, SectionView, Shown};
use crate::components::widgets::data_table::DataTable;
use crate::components::widgets::select::Filter;
use crate::components::Shared;
use crate::i18n::{t, Locale, Msg};
use crate::model::{Dataset, Mechanisms as MechanismsSection, Section};
use crate::route::{Action, Route, TableId};
use crate::view::table::TableVm;
use crate::view::{self, csv, short_citation};
use std::rc::Rc;
use yew::prelude::*;

pub struct Mechanisms;

/// The view: `<MechanismsView data loc route />` (the route's mission filters the table).
pub type MechanismsView = SectionView<Mechanisms>;

impl SectionSpec for Mechanisms {
    type Section = MechanismsSection;
    type Vm = TableVm;
    type Key = Option<String>;
    const STEM: &'static str = "coordination-mechanisms";
    fn section(data: &Dataset) -> &Section<MechanismsSection> {
        &data.mechanisms
    }
    fn key(route: &Route) -> Option<String> {
        route.mission.clone()
    }
    fn build(
        data: &Dataset,
        m: &MechanismsSection,
        loc: Locale,
        mission: &Option<String>,
    ) -> TableVm {
        view::mechanisms::table(data, m, mission.as_deref(), loc)
    }
    fn csv(data: &Dataset, m: &MechanismsSection, loc: Locale) -> Vec<Vec<String>> {
        csv::mechanism_rows(data, m, loc)
    }
    fn render(shown: Shown<'_, Self>) -> Html {
        let Shown { vm, props, .. } = &shown;
        let m = shown.section;
        let (data, loc) = (&props.data, props.loc);
        let options = view::mechanisms::missions(m)
            .into_iter()
            .map(|code| (code.clone(), code))
            .collect::<Vec<_>>();
        html! {
            <>
                <div class="intro">
                    { for m.intro.iter().map(|s| html! {
                        <p><q lang={crate::components::data_lang(data, loc)}>{ &s.text }</q>{ " " }<span class="cite">{ "(" }{ short_citation(data, &s.source, loc) }{ ")" }</span></p>
                    }) }
                </div>
                <div class="filters">
                    <Filter id="mechanisms-mission" label={t(loc, Msg::FilterMission)}
                        all={AttrValue::from(t(loc, Msg::FilterAllMissions))} {options}
                        selected={props.route.mission.clone()} onchange={shown.dispatch.reform(Action::MechanismsMission)} />
                </div>
                <DataTable id="mechanisms" table={Shared(Rc::clone(vm))} {loc} sorted={TableId::Mechanisms}
                    sort={props.route.sort(TableId::Mechanisms)} />
                { shown.downloads.clone() }
            </>
        }
    }
}
