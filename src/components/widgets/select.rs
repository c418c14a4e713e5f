//! A labelled `<select>` for choosing what a view shows; with an `all` text, `None` is "all".
//! The choice is written as the options' `selected` attributes (for the prerendered page) and,
//! once drawn, as the element's value: Firefox keeps the old choice when only the attributes
//! change.

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
    let select = use_node_ref();
    {
        let select = select.clone();
        let shown = match (&props.selected, &props.all) {
            (Some(value), _) => Some(value.clone()),
            (None, Some(_)) => Some(String::new()),
            (None, None) => None,
        };
        use_effect_with(shown, move |shown| {
            if let (Some(element), Some(value)) = (select.cast::<HtmlSelectElement>(), shown) {
                element.set_value(value);
            }
        });
    }
    let onchange = props.onchange.reform(|e: Event| {
        let value = e.target_unchecked_into::<HtmlSelectElement>().value();
        (!value.is_empty()).then_some(value)
    });
    html! {
        <label for={props.id.clone()}>
            { &props.label }
            <select id={props.id.clone()} ref={select} {onchange}>
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
