//! The SOFA/SOMA impact view: the table, or its section's error panel.

use super::data_table::DataTable;
use super::download::Downloads;
use super::section::{csv as csv_download, problems, use_section};
use super::Shared;
use crate::i18n::Locale;
use crate::model::Dataset;
use crate::route::View;
use crate::view;
use crate::view::csv;
use crate::view::export;
use crate::view::table::Sort;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SofaProps {
    pub data: Shared<Dataset>,
    pub loc: Locale,
    /// The table's sort, from the route.
    #[prop_or_default]
    pub sort: Option<Sort>,
    /// The mission whose row is marked (its profile is open).
    #[prop_or_default]
    pub mission: Option<String>,
}

#[function_component]
pub fn SofaView(props: &SofaProps) -> Html {
    let loc = props.loc;
    let table = use_section(
        &props.data,
        loc,
        (),
        |d| &d.sofa,
        |d, s, loc, _| view::sofa::table(d, s, loc),
    );
    let table = match &*table {
        Ok(table) => table.clone(),
        Err(p) => return problems(loc, p),
    };
    let csv = csv_download(&props.data, move |d| {
        Some(csv::csv(&csv::sofa_rows(d, d.sofa.as_ref().ok()?, loc)))
    });
    html! {
        <>
            <DataTable id="sofa" table={Shared(table)} {loc} current={props.mission.clone()}
                view={View::Sofa} sort={props.sort} />
            <Downloads stem={export::file_stem("sofa-impact", &props.data)} {csv} {loc} />
        </>
    }
}
