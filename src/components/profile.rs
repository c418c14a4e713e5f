//! A mission's profile: name, headquarters, host, status, its row of the SOFA/SOMA table and
//! its coordination mechanisms, with links to those views filtered to it.

use super::data_table::DataTable;
use super::recommendations::RecState;
use super::routing::{scroll_to, use_dispatch};
use super::Shared;
use crate::i18n::{t, tf, Locale, Msg};
use crate::model::Dataset;
use crate::route::{link, Action, View};
use crate::view;
use crate::view::table::Sort;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProfileProps {
    pub data: Shared<Dataset>,
    pub code: AttrValue,
    pub loc: Locale,
    /// Take the focus when it opens (see `MapProps::focus_profile`).
    #[prop_or_default]
    pub focus: bool,
    /// The sorts of the profile's two tables, from the route.
    #[prop_or_default]
    pub sofa_sort: Option<Sort>,
    #[prop_or_default]
    pub mechanisms_sort: Option<Sort>,
    /// The recommendations matrix, when the page has it.
    #[prop_or(RecState::Loading)]
    pub recs: RecState,
}

#[function_component]
pub fn Profile(props: &ProfileProps) -> Html {
    let loc = props.loc;
    let dispatch = use_dispatch();
    let heading = use_node_ref();
    // Focus moves to the profile when it opens (browser-only, so in an effect).
    {
        let heading = heading.clone();
        use_effect_with((props.code.clone(), props.focus), move |(_, focus)| {
            if let Some(h) = heading.cast::<web_sys::HtmlElement>().filter(|_| *focus) {
                let _ = h.focus();
            }
        });
    }
    let data = &props.data;
    let Some(m) = data
        .missions
        .as_ref()
        .ok()
        .and_then(|ms| ms.iter().find(|m| m.code == *props.code))
    else {
        return html! {};
    };
    let status = view::status_text(&m.status, loc);
    let hq = view::items(loc, m.hq.iter().map(|h| view::hq_text(h, loc)));
    let code = m.code.clone();
    let show = |view: View| {
        let (dispatch, code) = (dispatch.clone(), code.clone());
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            dispatch.emit(Action::Show(view, code.clone()));
            scroll_to(format!("view-{}", view.id()));
        })
    };
    let sofa = data
        .sofa
        .as_ref()
        .ok()
        .map(|s| Shared::new(view::sofa::table(data, s, loc).only(&m.code)));
    let mechanisms = data.mechanisms.as_ref().ok().map(|mm| {
        Shared::new(view::mechanisms::table(data, mm, Some(&m.code), loc).named(&m.code))
    });
    // Closing hands the focus back to the mission's button in the list (it would fall to the
    // top of the page with the profile).
    let onclose = dispatch.reform(|_: MouseEvent| {
        let chosen = gloo::utils::document()
            .query_selector(".mission-list button[aria-pressed=\"true\"]")
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(button) = chosen {
            let _ = button.focus();
        }
        Action::Profile(None)
    });
    let figures: Vec<(String, String)> = props
        .data
        .figures
        .as_ref()
        .map(|fs| {
            fs.iter()
                .filter(|f| f.mission.as_deref() == Some(m.code.as_str()))
                .map(|f| {
                    let value = view::figures::value_text(f, loc);
                    (
                        view::label_value(loc, &f.label, &value),
                        view::short_citation(data, &f.source, loc),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    let tables = view::mission_tables::of_mission(data, &m.code, loc);
    let paragraphs = match &props.recs {
        RecState::Ready(r) => view::recommendations::naming(r, &m.code),
        _ => Vec::new(),
    };
    // The acronym and name as the page's language writes them (else English, marked so).
    let (code, code_own) = m.code_in(loc.lang);
    let name = m.name_in(loc.lang);
    let english = |own: bool| (!own).then_some("en");
    html! {
        <section class="profile" aria-labelledby="profile-title">
            <div class="profile-head">
                <h3 id="profile-title" tabindex="-1" ref={heading}>
                    <span lang={english(code_own)}>{ code }</span>
                    if let Some((name, own)) = name {
                        <span class="profile-name" lang={english(own)}>{ name }</span>
                    }
                </h3>
                <button type="button" class="toggle" onclick={onclose}
                    data-answer={cfg!(not(target_arch = "wasm32")).then(super::answers::closed)}>{ t(loc, Msg::ProfileClose) }</button>
            </div>
            <dl class="profile-facts">
                <dt>{ t(loc, Msg::ColHeadquarters) }</dt><dd>{ hq }</dd>
                if let Some(host) = &m.host { <dt>{ t(loc, Msg::ColHost) }</dt><dd>{ host }</dd> }
                <dt>{ t(loc, Msg::ColStatus) }</dt><dd>{ status }</dd>
            </dl>
            <h4>{ t(loc, Msg::ProfileSofa) }</h4>
            { match sofa {
                Some(table) if !table.rows.is_empty() => html! {
                    <>
                        <DataTable id="profile-sofa" {table} {loc} view={View::Map} sort={props.sofa_sort} />
                        <p><a href={link(View::Sofa, Some(&m.code))} onclick={show(View::Sofa)}>{ t(loc, Msg::SeeInTable) }</a></p>
                    </>
                },
                _ => html! { <p>{ t(loc, Msg::ProfileNoSofa) }</p> },
            } }
            <h4>{ t(loc, Msg::ProfileMechanisms) }</h4>
            { match mechanisms {
                Some(table) if !table.rows.is_empty() => html! {
                    <>
                        <DataTable id="profile-mechanisms" {table} {loc} view={View::Map} sort={props.mechanisms_sort} />
                        <p><a href={link(View::Mechanisms, Some(&m.code))} onclick={show(View::Mechanisms)}>{ t(loc, Msg::SeeInTable) }</a></p>
                    </>
                },
                _ => html! { <p>{ t(loc, Msg::ProfileNoMechanisms) }</p> },
            } }
            // Everything else in the data that names the mission, each with its source.
            if !figures.is_empty() {
                <h4>{ t(loc, Msg::ProfileFigures) }</h4>
                <ul class="profile-list">
                    { for figures.iter().map(|(text, cite)| html! {
                        <li>{ text }{ " " }<span class="cite">{ "(" }{ cite }{ ")" }</span></li>
                    }) }
                </ul>
            }
            if !tables.is_empty() {
                <h4>{ t(loc, Msg::ProfileTables) }</h4>
                <ul class="profile-list">
                    { for tables.iter().map(|row| html! {
                        <li>
                            <span lang={super::data_lang(data, loc)}>{ &row.table }</span>
                            { for row.cells.iter().map(|(column, cell, words)| html! {
                                <>{ " · " }<span lang={super::data_lang(data, loc)}>{ column }</span>{ view::label_sep(loc) }
                                <span lang={words.then(|| super::data_lang(data, loc)).flatten()}>{ cell }</span></>
                            }) }
                            { for row.notes.iter().map(|n| html! { <>{ " · " }<span lang={super::data_lang(data, loc)}>{ n }</span></> }) }
                            { " " }<span class="cite">{ "(" }{ &row.citation }{ ")" }</span>
                        </li>
                    }) }
                </ul>
            }
            if !paragraphs.is_empty() {
                <h4>{ t(loc, Msg::ProfileRecommendations) }</h4>
                <ul class="profile-list">
                    { for paragraphs.iter().map(|(para, first)| html! {
                        <li>
                            <a href={format!("#{}", crate::route::fragment(&crate::route::Route {
                                view: Some(View::Recommendations), para: Some(*para), ..Default::default() }))}>
                                { tf(loc, Msg::RecPara, &[("para", &para.to_string())]) }
                            </a>
                            { view::label_sep(loc) }<span lang={super::data_lang(&props.data, loc)}>{ first }</span>
                        </li>
                    }) }
                </ul>
            }
        </section>
    }
}
