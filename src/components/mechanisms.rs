//! The host-country coordination mechanisms view: intro, mission filter, table.

use super::data_table::DataTable;
use super::download::Downloads;
use super::routing::use_dispatch;
use super::section::{csv as csv_download, problems, use_section};
use super::select::Filter;
use super::Shared;
use crate::i18n::{t, Locale, Msg};
use crate::model::Dataset;
use crate::route::{Action, View};
use crate::view::csv;
use crate::view::export;
use crate::view::table::Sort;
use crate::view::{self, short_citation};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MechanismsProps {
    pub data: Shared<Dataset>,
    pub loc: Locale,
    /// The mission the table is filtered to.
    #[prop_or_default]
    pub mission: Option<String>,
    #[prop_or_default]
    pub sort: Option<Sort>,
}

#[function_component]
pub fn MechanismsView(props: &MechanismsProps) -> Html {
    let loc = props.loc;
    let dispatch = use_dispatch();
    let mission = props.mission.clone();
    let table = use_section(
        &props.data,
        loc,
        mission.clone(),
        |d| &d.mechanisms,
        |d, m, loc, mission| view::mechanisms::table(d, m, mission.as_deref(), loc),
    );
    let (m, table) = match (&props.data.mechanisms, &*table) {
        (Ok(m), Ok(table)) => (m, table.clone()),
        (_, Err(p)) | (Err(p), _) => return problems(loc, p),
    };
    let options = view::mechanisms::missions(m)
        .into_iter()
        .map(|code| (code.clone(), code))
        .collect::<Vec<_>>();
    let csv = csv_download(&props.data, move |d| {
        Some(csv::csv(&csv::mechanism_rows(
            d,
            d.mechanisms.as_ref().ok()?,
            loc,
        )))
    });
    html! {
        <>
            <div class="intro">
                { for m.intro.iter().map(|s| html! {
                    <p><q lang={super::data_lang(&props.data, loc)}>{ &s.text }</q>{ " " }<span class="cite">{ "(" }{ short_citation(&props.data, &s.source, loc) }{ ")" }</span></p>
                }) }
            </div>
            <div class="filters">
                <Filter id="mechanisms-mission" label={t(loc, Msg::FilterMission)}
                    all={AttrValue::from(t(loc, Msg::FilterAllMissions))} {options}
                    selected={mission} onchange={dispatch.reform(Action::MechanismsMission)} />
            </div>
            <DataTable id="mechanisms" table={Shared(table)} {loc} view={View::Mechanisms} sort={props.sort} />
            <Downloads stem={export::file_stem("coordination-mechanisms", &props.data)} {csv} {loc} />
        </>
    }
}
