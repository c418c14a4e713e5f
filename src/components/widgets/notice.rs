//! Notices: the panels that say what failed and what a person can do about it.

use crate::i18n::{t, Locale, Msg};
use crate::model::Problem;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticeProps {
    pub title: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// Located details (`path: reason`), one per line.
    #[prop_or_default]
    pub details: Vec<String>,
    #[prop_or_default]
    pub children: Html,
}

/// An error panel, announced to screen readers.
#[function_component]
pub fn ErrorNotice(props: &NoticeProps) -> Html {
    html! {
        <div class="notice notice-error" role="alert">
            <h2>{ &props.title }</h2>
            if let Some(hint) = &props.hint { <p>{ hint }</p> }
            if !props.details.is_empty() {
                <ul class="problems">
                    { for props.details.iter().map(|d| html! { <li><code>{ d }</code></li> }) }
                </ul>
            }
            { props.children.clone() }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct SectionErrorProps {
    pub loc: Locale,
    pub problems: Vec<Problem>,
}

/// The panel a view shows in place of itself when its section of the data file is bad.
#[function_component]
pub fn SectionError(props: &SectionErrorProps) -> Html {
    html! {
        <ErrorNotice
            title={t(props.loc, Msg::SectionFailed)}
            details={props.problems.iter().map(Problem::to_string).collect::<Vec<_>>()}
        />
    }
}
