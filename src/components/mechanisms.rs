//! The host-country coordination mechanisms view: intro, mission filter, table.

use super::data_table::DataTable;
use super::download::Downloads;
use super::notice::SectionError;
use super::routing::use_route;
use super::select::Filter;
use crate::i18n::{t, Lang, Msg};
use crate::model::Dataset;
use crate::route::View;
use crate::view::export;
use crate::view::{self, short_citation};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MechanismsProps {
    pub data: Rc<Dataset>,
    pub lang: Lang,
}

#[function_component]
pub fn MechanismsView(props: &MechanismsProps) -> Html {
    let ctx = use_route();
    let mission = ctx.route.mission.clone();
    let lang = props.lang;
    let table = use_memo(
        (props.data.clone(), mission.clone(), lang),
        |(data, mission, lang)| {
            data.mechanisms
                .as_ref()
                .map(|m| Rc::new(view::mechanisms::table(data, m, mission.as_deref(), *lang)))
                .map_err(Clone::clone)
        },
    );
    let m = match (&props.data.mechanisms, &*table) {
        (Ok(m), Ok(table)) => (m, table.clone()),
        (_, Err(problems)) | (Err(problems), _) => {
            return html! { <SectionError {lang} problems={problems.clone()} /> }
        }
    };
    let (m, table) = m;
    let options = view::mechanisms::missions(m)
        .into_iter()
        .map(|code| (code.clone(), code))
        .collect::<Vec<_>>();
    let csv = {
        let data = props.data.clone();
        Callback::from(move |_| match &data.mechanisms {
            Ok(m) => export::csv(&export::mechanism_rows(&data, m)),
            Err(_) => String::new(),
        })
    };
    let onchange = {
        let ctx = ctx.clone();
        Callback::from(move |v| ctx.update(View::Mechanisms, |r| r.mission = v))
    };
    html! {
        <>
            <div class="intro">
                { for m.intro.iter().map(|s| html! {
                    <p>{ &s.text }{ " " }<span class="cite">{ "(" }{ short_citation(&props.data, &s.source, lang) }{ ")" }</span></p>
                }) }
            </div>
            <div class="filters">
                <Filter id="mechanisms-mission" label={t(lang, Msg::FilterMission)}
                    all={AttrValue::from(t(lang, Msg::FilterAllMissions))} {options}
                    selected={mission.clone()} {onchange} />
            </div>
            <DataTable id="mechanisms" {table} {lang} view={View::Mechanisms} />
            <Downloads stem={export::file_stem("coordination-mechanisms", &props.data)} {csv} {lang} />
        </>
    }
}
