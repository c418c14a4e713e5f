//! Every figure of the source documents, filterable by topic, and the charts whose numbers
//! were lost.

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
pub struct FiguresProps {
    pub data: Rc<Dataset>,
    pub lang: Lang,
}

#[function_component]
pub fn FiguresView(props: &FiguresProps) -> Html {
    let ctx = use_route();
    let topic = ctx.route.topic.clone();
    let lang = props.lang;
    let table = use_memo(
        (props.data.clone(), topic.clone(), lang),
        |(data, topic, lang)| {
            data.figures
                .as_ref()
                .map(|f| Rc::new(view::figures::table(data, f, topic.as_deref(), *lang)))
                .map_err(Clone::clone)
        },
    );
    let figures = match (&props.data.figures, &*table) {
        (Ok(f), Ok(table)) => {
            let options = view::figures::topics(f)
                .into_iter()
                .map(|k| (k.clone(), view::figures::topic_label(&k)))
                .collect::<Vec<_>>();
            let csv = {
                let (data, topic) = (props.data.clone(), topic.clone());
                Callback::from(move |_| export::csv(&export::figure_rows(&data, topic.as_deref())))
            };
            let stem = export::file_stem(
                &topic
                    .as_ref()
                    .map_or("figures".to_string(), |k| format!("figures-{k}")),
                &props.data,
            );
            let onchange = {
                let ctx = ctx.clone();
                Callback::from(move |v| ctx.update(View::Figures, |r| r.topic = v))
            };
            html! {
                <>
                    <p class="intro">{ t(lang, Msg::FiguresIntro) }</p>
                    <div class="filters">
                        <Filter id="figures-topic" label={t(lang, Msg::FilterTopic)}
                            all={AttrValue::from(t(lang, Msg::FilterAllTopics))} {options}
                            selected={topic.clone()} {onchange} />
                    </div>
                    <DataTable id="figures" table={table.clone()} {lang} view={View::Figures} />
                    <Downloads {stem} {csv} {lang} />
                </>
            }
        }
        (_, Err(problems)) | (Err(problems), _) => {
            html! { <SectionError {lang} problems={problems.clone()} /> }
        }
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
        Err(problems) => html! { <SectionError {lang} problems={problems.clone()} /> },
    };
    html! { <>{ figures }{ lost }</> }
}
