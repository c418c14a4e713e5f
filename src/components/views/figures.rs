//! Every figure of the source documents, filterable by topic and searchable as you type (the
//! words kept in the address), and the charts whose numbers were lost.

use super::section::{csv as csv_download, problems, use_section, ViewProps};
use crate::components::hooks::dispatch::use_dispatch;
use crate::components::widgets::data_table::DataTable;
use crate::components::widgets::download::Downloads;
use crate::components::widgets::select::Filter;
use crate::components::Shared;
use crate::i18n::{format_count, t, tf_count, Msg};
use crate::route::{Action, TableId};
use crate::view::csv;
use crate::view::export;
use crate::view::{self, short_citation};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[function_component]
pub fn FiguresView(props: &ViewProps) -> Html {
    let loc = props.loc;
    let dispatch = use_dispatch();
    let topic = props.route.topic.clone();
    let query = props.route.query.clone();
    let table = use_section(
        &props.data,
        loc,
        (topic.clone(), query.clone()),
        |d| &d.figures,
        |d, f, loc, (topic, query)| {
            view::figures::table(d, f, (topic.as_deref(), query.as_deref()), loc)
        },
    );
    let oninput = dispatch.reform(|e: InputEvent| {
        let text = e.target_unchecked_into::<HtmlInputElement>().value();
        Action::Query((!text.trim().is_empty()).then_some(text))
    });
    let figures = match (&props.data.figures, &*table) {
        (Ok(f), Ok(table)) => {
            let options = view::figures::topics(f)
                .into_iter()
                .map(|k| (k.clone(), view::figures::topic_label(&k)))
                .collect::<Vec<_>>();
            let csv = {
                let (topic, query) = (topic.clone(), query.clone());
                csv_download(&props.data, move |d| {
                    let filter = (topic.as_deref(), query.as_deref());
                    Some(csv::csv(&csv::figure_rows(d, filter, loc)))
                })
            };
            let all = match &topic {
                Some(k) => f.iter().filter(|x| &x.topic == k).count(),
                None => f.len(),
            };
            let count = tf_count(
                loc,
                Msg::SearchCount,
                all as f64,
                &[
                    ("shown", &format_count(table.rows.len() as u64, loc)),
                    ("total", &format_count(all as u64, loc)),
                ],
            );
            let stem = export::file_stem(
                &topic
                    .as_ref()
                    .map_or("figures".to_string(), |k| format!("figures-{k}")),
                &props.data,
            );
            html! {
                <>
                    <p class="intro">{ t(loc, Msg::FiguresIntro) }</p>
                    <div class="filters">
                        <Filter id="figures-topic" label={t(loc, Msg::FilterTopic)}
                            all={AttrValue::from(t(loc, Msg::FilterAllTopics))} {options}
                            selected={topic.clone()} onchange={dispatch.reform(Action::Topic)} />
                        <label for="figures-search">
                            { t(loc, Msg::SearchFigures) }
                            <input type="search" id="figures-search" value={query.clone().unwrap_or_default()}
                                aria-describedby="figures-count" {oninput} />
                        </label>
                        <span id="figures-count" class="search-count" role="status">{ count }</span>
                    </div>
                    <DataTable id="figures" table={Shared(table.clone())} {loc} sorted={TableId::Figures} sort={props.route.sort(TableId::Figures)} />
                    <Downloads {stem} {csv} {loc} />
                </>
            }
        }
        (_, Err(p)) | (Err(p), _) => problems(loc, p),
    };
    let lost = match &props.data.lost_figures {
        Ok(lost) if lost.is_empty() => html! {},
        Ok(lost) => html! {
            <section class="lost-figures" aria-labelledby="lost-figures-title">
                <h3 id="lost-figures-title">{ t(loc, Msg::LostFiguresTitle) }</h3>
                <p>{ t(loc, Msg::LostFiguresIntro) }</p>
                <ul>
                    { for lost.iter().map(|f| html! {
                        <li>{ &f.caption }{ " " }<span class="cite">{ "(" }{ short_citation(&props.data, &f.source, loc) }{ ")" }</span></li>
                    }) }
                </ul>
            </section>
        },
        Err(p) => problems(loc, p),
    };
    // The tables with a row per mission, built once per data file and locale.
    let mission_tables = use_memo((props.data.clone(), loc), |(data, loc)| {
        let tables = data.mission_tables.as_ref().map_or(&[][..], Vec::as_slice);
        let tables = tables.iter();
        tables
            .map(|t| {
                (
                    t.id.clone(),
                    Shared::new(view::mission_tables::table(data, t, *loc)),
                )
            })
            .collect::<Vec<_>>()
    });
    let tables = match &props.data.mission_tables {
        Ok(tables) if tables.is_empty() => html! {},
        Ok(_) => html! {
            <section class="mission-tables" aria-labelledby="mission-tables-title">
                <h3 id="mission-tables-title">{ t(loc, Msg::MissionTablesTitle) }</h3>
                <p>{ t(loc, Msg::MissionTablesIntro) }</p>
                { for mission_tables.iter().map(|(id, table)| html! {
                    <DataTable id={format!("mission-table-{id}")} {loc}
                        table={table.clone()} />
                }) }
            </section>
        },
        Err(p) => problems(loc, p),
    };
    html! { <>{ figures }{ tables }{ lost }</> }
}
