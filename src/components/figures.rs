//! Every figure of the source documents, filterable by topic, and the charts whose numbers
//! were lost.

use super::data_table::DataTable;
use super::download::Downloads;
use super::routing::use_dispatch;
use super::section::{csv as csv_download, problems, use_section};
use super::select::Filter;
use super::Shared;
use crate::i18n::{t, Lang, Msg};
use crate::model::Dataset;
use crate::route::{Action, View};
use crate::view::csv;
use crate::view::export;
use crate::view::table::Sort;
use crate::view::{self, short_citation};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FiguresProps {
    pub data: Shared<Dataset>,
    pub lang: Lang,
    /// The topic the table is filtered to.
    #[prop_or_default]
    pub topic: Option<String>,
    #[prop_or_default]
    pub sort: Option<Sort>,
}

#[function_component]
pub fn FiguresView(props: &FiguresProps) -> Html {
    let lang = props.lang;
    let dispatch = use_dispatch();
    let topic = props.topic.clone();
    let table = use_section(
        &props.data,
        lang,
        topic.clone(),
        |d| &d.figures,
        |d, f, lang, topic| view::figures::table(d, f, topic.as_deref(), lang),
    );
    let figures = match (&props.data.figures, &*table) {
        (Ok(f), Ok(table)) => {
            let options = view::figures::topics(f)
                .into_iter()
                .map(|k| (k.clone(), view::figures::topic_label(&k)))
                .collect::<Vec<_>>();
            let csv = {
                let topic = topic.clone();
                csv_download(&props.data, move |d| {
                    Some(csv::csv(&csv::figure_rows(d, topic.as_deref(), lang)))
                })
            };
            let stem = export::file_stem(
                &topic
                    .as_ref()
                    .map_or("figures".to_string(), |k| format!("figures-{k}")),
                &props.data,
            );
            html! {
                <>
                    <p class="intro">{ t(lang, Msg::FiguresIntro) }</p>
                    <div class="filters">
                        <Filter id="figures-topic" label={t(lang, Msg::FilterTopic)}
                            all={AttrValue::from(t(lang, Msg::FilterAllTopics))} {options}
                            selected={topic.clone()} onchange={dispatch.reform(Action::Topic)} />
                    </div>
                    <DataTable id="figures" table={Shared(table.clone())} {lang} view={View::Figures} sort={props.sort} />
                    <Downloads {stem} {csv} {lang} />
                </>
            }
        }
        (_, Err(p)) | (Err(p), _) => problems(lang, p),
    };
    let lost = match &props.data.lost_figures {
        Ok(lost) if lost.is_empty() => html! {},
        Ok(lost) => html! {
            <section class="lost-figures" aria-labelledby="lost-figures-title">
                <h3 id="lost-figures-title">{ t(lang, Msg::LostFiguresTitle) }</h3>
                <p>{ t(lang, Msg::LostFiguresIntro) }</p>
                <ul>
                    { for lost.iter().map(|f| html! {
                        <li>{ &f.caption }{ " " }<span class="cite">{ "(" }{ short_citation(&props.data, &f.source, lang) }{ ")" }</span></li>
                    }) }
                </ul>
            </section>
        },
        Err(p) => problems(lang, p),
    };
    html! { <>{ figures }{ lost }</> }
}
