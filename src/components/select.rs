//! A labelled `<select>` for choosing what a view shows; with an `all` text, `None` is "all".

use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FilterProps {
    /// A DOM id, unique in the page.
    pub id: AttrValue,
    pub label: AttrValue,
    /// The text of the "all" choice, if there is one.
    #[prop_or_default]
    pub all: Option<AttrValue>,
    /// `(value, text)` pairs.
    pub options: Vec<(String, String)>,
    pub selected: Option<String>,
    pub onchange: Callback<Option<String>>,
}

#[function_component]
pub fn Filter(props: &FilterProps) -> Html {
    let onchange = props.onchange.reform(|e: Event| {
        let value = e.target_unchecked_into::<HtmlSelectElement>().value();
        (!value.is_empty()).then_some(value)
    });
    html! {
        <label for={props.id.clone()}>
            { &props.label }
            <select id={props.id.clone()} {onchange}>
                if let Some(all) = &props.all {
                    <option value="" selected={props.selected.is_none()}>{ all }</option>
                }
                { for props.options.iter().map(|(value, text)| html! {
                    <option value={value.clone()} selected={props.selected.as_ref() == Some(value)}>{ text }</option>
                }) }
            </select>
        </label>
    }
}
