//! A mission's profile: name, headquarters, host, status, its row of the SOFA/SOMA table and
//! its coordination mechanisms, with links to those views filtered to it. A sheet over the page
//! (the stylesheet's `.profile-slot > .profile`): it takes the focus when it opens, and its
//! close button or Escape hands the focus back to the mission's button in the list.

use super::recommendations::RecState;
use crate::components::browser::frame::after_paint;
use crate::components::browser::scroll::scroll_to;
use crate::components::hooks::dispatch::use_dispatch;
use crate::components::widgets::data_table::DataTable;
use crate::components::Shared;
use crate::i18n::{t, tf, Locale, Msg};
use crate::model::Dataset;
use crate::route::{link, Action, TableId, View};
use crate::view;
use crate::view::table::Sort;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProfileProps {
    pub data: Shared<Dataset>,
    pub code: AttrValue,
    pub loc: Locale,
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
    // Focus moves to the profile when it opens (browser-only, so in an effect), once the profile
    // is on screen: moving it sooner lays the page out before the frame that shows the answer.
    {
        let heading = heading.clone();
        use_effect_with(props.code.clone(), move |_| {
            after_paint(move || {
                if let Some(h) = heading.cast::<web_sys::HtmlElement>() {
                    // The sheet is held in sight (sticky): focusing it scrolls nothing.
                    let options = web_sys::FocusOptions::new();
                    options.set_prevent_scroll(true);
                    let _ = h.focus_with_options(&options);
                }
            });
        });
    }
    let data = &props.data;
    let vm = use_memo(
        (data.clone(), props.code.clone(), loc, props.recs.clone()),
        |(data, code, loc, recs)| {
            let recs = match recs {
                RecState::Ready(r) => Some(&*r.0),
                _ => None,
            };
            view::profile::profile(data, code, recs, *loc)
        },
    );
    let Some(vm) = vm.as_ref() else {
        return html! {};
    };
    let show = |view: View| {
        let (dispatch, code) = (dispatch.clone(), vm.id.clone());
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            dispatch.emit(Action::Show(view, code.clone()));
            scroll_to(format!("view-{}", view.id()));
        })
    };
    // Closing hands the focus back to the mission's button in the list (it would fall to the
    // top of the page with the profile).
    let close = {
        let dispatch = dispatch.clone();
        move || {
            let chosen = gloo::utils::document()
                .query_selector(".mission-list button[aria-pressed=\"true\"]")
                .ok()
                .flatten()
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(button) = chosen {
                let _ = button.focus();
            }
            dispatch.emit(Action::Profile(None));
        }
    };
    let onclose = {
        let close = close.clone();
        Callback::from(move |_: MouseEvent| close())
    };
    let onkeydown = Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Escape" {
            e.prevent_default();
            close();
        }
    });
    // The acronym and name as the page's language writes them (else English, marked so).
    let english = |own: bool| (!own).then_some("en");
    let data_lang = crate::components::data_lang(data, loc);
    html! {
        <section class="profile" aria-labelledby="profile-title" {onkeydown}>
            <div class="profile-head">
                <h3 id="profile-title" tabindex="-1" ref={heading}>
                    <span lang={english(vm.code.1)}>{ &vm.code.0 }</span>
                    if let Some((name, own)) = &vm.name {
                        <span class="profile-name" lang={english(*own)}>{ name }</span>
                    }
                </h3>
                <button type="button" class="toggle" onclick={onclose}
                    data-answer={cfg!(not(target_arch = "wasm32")).then(crate::components::widgets::answer::closed)}>{ t(loc, Msg::ProfileClose) }</button>
            </div>
            <dl class="profile-facts">
                <dt>{ t(loc, Msg::ColHeadquarters) }</dt><dd>{ &vm.hq }</dd>
                if let Some(host) = &vm.host { <dt>{ t(loc, Msg::ColHost) }</dt><dd>{ host }</dd> }
                <dt>{ t(loc, Msg::ColStatus) }</dt><dd>{ &vm.status }</dd>
            </dl>
            <h4>{ t(loc, Msg::ProfileSofa) }</h4>
            { match &vm.sofa {
                Some(table) => html! {
                    <>
                        <DataTable id="profile-sofa" table={Shared(table.clone())} {loc} sorted={TableId::ProfileSofa} sort={props.sofa_sort} />
                        <p><a href={link(View::Sofa, Some(&vm.id))} onclick={show(View::Sofa)}>{ t(loc, Msg::SeeInTable) }</a></p>
                    </>
                },
                None => html! { <p>{ t(loc, Msg::ProfileNoSofa) }</p> },
            } }
            <h4>{ t(loc, Msg::ProfileMechanisms) }</h4>
            { match &vm.mechanisms {
                Some(table) => html! {
                    <>
                        <DataTable id="profile-mechanisms" table={Shared(table.clone())} {loc} sorted={TableId::ProfileMechanisms} sort={props.mechanisms_sort} />
                        <p><a href={link(View::Mechanisms, Some(&vm.id))} onclick={show(View::Mechanisms)}>{ t(loc, Msg::SeeInTable) }</a></p>
                    </>
                },
                None => html! { <p>{ t(loc, Msg::ProfileNoMechanisms) }</p> },
            } }
            // Everything else in the data that names the mission, each with its source.
            if !vm.figures.is_empty() {
                <h4>{ t(loc, Msg::ProfileFigures) }</h4>
                <ul class="profile-list">
                    { for vm.figures.iter().map(|(text, cite)| html! {
                        <li>{ text }{ " " }<span class="cite">{ "(" }{ cite }{ ")" }</span></li>
                    }) }
                </ul>
            }
            if !vm.tables.is_empty() {
                <h4>{ t(loc, Msg::ProfileTables) }</h4>
                <ul class="profile-list">
                    { for vm.tables.iter().map(|row| html! {
                        <li>
                            <span lang={data_lang}>{ &row.table }</span>
                            { for row.cells.iter().map(|(column, cell, words)| html! {
                                <>{ " · " }<span lang={data_lang}>{ column }</span>{ view::label_sep(loc) }
                                <span lang={words.then(|| data_lang).flatten()}>{ cell }</span></>
                            }) }
                            { for row.notes.iter().map(|n| html! { <>{ " · " }<span lang={data_lang}>{ n }</span></> }) }
                            { " " }<span class="cite">{ "(" }{ &row.citation }{ ")" }</span>
                        </li>
                    }) }
                </ul>
            }
            if !vm.paragraphs.is_empty() {
                <h4>{ t(loc, Msg::ProfileRecommendations) }</h4>
                <ul class="profile-list">
                    { for vm.paragraphs.iter().map(|(para, first)| html! {
                        <li>
                            <a href={format!("#{}", crate::route::fragment(&crate::route::Route {
                                view: Some(View::Recommendations), para: Some(*para), ..Default::default() }))}>
                                { tf(loc, Msg::RecPara, &[("para", &para.to_string())]) }
                            </a>
                            { view::label_sep(loc) }<span lang={data_lang}>{ first }</span>
                        </li>
                    }) }
                </ul>
            }
        </section>
    }
}
