//! The SOFA/SOMA impact view: the table, or its section's error panel.

use super::data_table::DataTable;
use super::download::Downloads;
use super::notice::SectionError;
use super::routing::use_route;
use crate::i18n::Lang;
use crate::model::Dataset;
use crate::route::View;
use crate::view;
use crate::view::export;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SofaProps {
    pub data: Rc<Dataset>,
    pub lang: Lang,
}

#[function_component]
pub fn SofaView(props: &SofaProps) -> Html {
    let ctx = use_route();
    let vm = use_memo((props.data.clone(), props.lang), |(data, lang)| {
        data.sofa
            .as_ref()
            .map(|t| Rc::new(view::sofa::table(data, t, *lang)))
            .map_err(Clone::clone)
    });
    match &*vm {
        Ok(table) => {
            let data = props.data.clone();
            let csv = Callback::from(move |_| match &data.sofa {
                Ok(s) => export::csv(&export::sofa_rows(&data, s)),
                Err(_) => String::new(),
            });
            html! {
                <>
                    <DataTable id="sofa" table={table.clone()} lang={props.lang} current={ctx.route.mission.clone()} view={View::Sofa} />
                    <Downloads stem={export::file_stem("sofa-impact", &props.data)} {csv} lang={props.lang} />
                </>
            }
        }
        Err(problems) => html! { <SectionError lang={props.lang} problems={problems.clone()} /> },
    }
}
