//! A mission's profile: name, headquarters, host, status, its row of the SOFA/SOMA table and
//! its coordination mechanisms, with links to those views filtered to it.

use super::data_table::DataTable;
use crate::i18n::{fill, t, Lang, Msg};
use crate::model::{Dataset, MissionStatus};
use crate::route::View;
use crate::view;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProfileProps {
    pub data: Rc<Dataset>,
    pub code: AttrValue,
    pub lang: Lang,
    pub onclose: Callback<()>,
    /// Shows another view filtered to this mission.
    pub onshow: Callback<(View, String)>,
}

#[function_component]
pub fn Profile(props: &ProfileProps) -> Html {
    let lang = props.lang;
    let heading = use_node_ref();
    // Focus moves to the profile when it opens (browser-only, so in an effect).
    {
        let heading = heading.clone();
        use_effect_with(props.code.clone(), move |_| {
            if let Some(h) = heading.cast::<web_sys::HtmlElement>() {
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
    let status = match m.status {
        MissionStatus::Active => t(lang, Msg::Active).to_string(),
        MissionStatus::Closed { year: Some(y) } => fill(t(lang, Msg::ClosedIn), &[&y.to_string()]),
        MissionStatus::Closed { year: None } => t(lang, Msg::Closed).to_string(),
    };
    let hq =
        m.hq.iter()
            .map(|h| match &h.season {
                Some(s) => format!("{} ({s})", h.name),
                None => h.name.clone(),
            })
            .collect::<Vec<_>>()
            .join(", ");
    let code = m.code.clone();
    let show = |view: View| {
        let (onshow, code) = (props.onshow.clone(), code.clone());
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            onshow.emit((view, code.clone()))
        })
    };
    let sofa = data
        .sofa
        .as_ref()
        .ok()
        .map(|s| Rc::new(view::sofa::table(data, s, lang).only(&m.code)));
    let mechanisms = data.mechanisms.as_ref().ok().map(|mm| {
        let mut table = view::mechanisms::table(data, mm, Some(&m.code), lang);
        table.caption = format!("{}: {}", m.code, table.caption);
        Rc::new(table)
    });
    let onclose = props.onclose.reform(|_: MouseEvent| ());
    html! {
        <section class="profile" aria-labelledby="profile-title">
            <div class="profile-head">
                <h3 id="profile-title" tabindex="-1" ref={heading}>
                    { &m.code }
                    if let Some(name) = &m.name { <span class="profile-name">{ name }</span> }
                </h3>
                <button type="button" class="toggle" onclick={onclose}>{ t(lang, Msg::ProfileClose) }</button>
            </div>
            <dl class="profile-facts">
                <dt>{ t(lang, Msg::ColHeadquarters) }</dt><dd>{ hq }</dd>
                if let Some(host) = &m.host { <dt>{ t(lang, Msg::ColHost) }</dt><dd>{ host }</dd> }
                <dt>{ t(lang, Msg::ColStatus) }</dt><dd>{ status }</dd>
            </dl>
            <h4>{ t(lang, Msg::ProfileSofa) }</h4>
            { match sofa {
                Some(table) if !table.rows.is_empty() => html! {
                    <>
                        <DataTable id="profile-sofa" {table} {lang} view={View::Map} />
                        <p><a href={format!("#view=sofa&mission={}", m.code)} onclick={show(View::Sofa)}>{ t(lang, Msg::SeeInTable) }</a></p>
                    </>
                },
                _ => html! { <p>{ t(lang, Msg::ProfileNoSofa) }</p> },
            } }
            <h4>{ t(lang, Msg::ProfileMechanisms) }</h4>
            { match mechanisms {
                Some(table) if !table.rows.is_empty() => html! {
                    <>
                        <DataTable id="profile-mechanisms" {table} {lang} view={View::Map} />
                        <p><a href={format!("#view=mechanisms&mission={}", m.code)} onclick={show(View::Mechanisms)}>{ t(lang, Msg::SeeInTable) }</a></p>
                    </>
                },
                _ => html! { <p>{ t(lang, Msg::ProfileNoMechanisms) }</p> },
            } }
        </section>
    }
}
