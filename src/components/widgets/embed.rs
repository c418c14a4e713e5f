//! Embedding a view in another page: the "Embed" dialog with a copy-ready snippet (an iframe and
//! our small `embed.js`). Inside the iframe, `boot.js` tells the parent page the content's height
//! (before the app has started, too).

use crate::i18n::{t, Locale, Msg};
use crate::route::{embed_snippet, Route, View};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EmbedButtonProps {
    pub view: View,
    /// The view's options in the page's address (`Route::options_of`): the embed keeps them.
    pub options: Route,
    pub title: AttrValue,
    pub loc: Locale,
}

#[function_component]
pub fn EmbedButton(props: &EmbedButtonProps) -> Html {
    let dialog = use_node_ref();
    let code = use_state(String::new);
    let loc = props.loc;
    let open = {
        let (dialog, code, view, title, options) = (
            dialog.clone(),
            code.clone(),
            props.view,
            props.title.clone(),
            props.options.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let location = gloo::utils::window().location();
            let base = format!(
                "{}{}{}",
                location.origin().unwrap_or_default(),
                location.pathname().unwrap_or_default(),
                location.search().unwrap_or_default()
            );
            code.set(embed_snippet(&base, &options, view, &title));
            if let Some(d) = dialog.cast::<web_sys::HtmlDialogElement>() {
                let _ = d.show_modal();
            }
        })
    };
    let close = {
        let dialog = dialog.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(d) = dialog.cast::<web_sys::HtmlDialogElement>() {
                d.close();
            }
        })
    };
    let copy = {
        let code = code.clone();
        Callback::from(move |_: MouseEvent| {
            let _ = gloo::utils::window()
                .navigator()
                .clipboard()
                .write_text(&code);
        })
    };
    let id = format!("embed-{}", props.view.id());
    html! {
        <>
            <button type="button" class="toggle embed-open" onclick={open}>{ t(loc, Msg::Embed) }</button>
            <dialog ref={dialog} class="embed-dialog" aria-labelledby={format!("{id}-title")}>
                <h3 id={format!("{id}-title")}>{ t(loc, Msg::EmbedTitle) }</h3>
                <p>{ t(loc, Msg::EmbedHint) }</p>
                <label for={format!("{id}-code")}>{ t(loc, Msg::EmbedCode) }</label>
                <textarea id={format!("{id}-code")} readonly=true rows="5" value={(*code).clone()} />
                <div class="dialog-actions">
                    <button type="button" class="toggle" onclick={copy}>{ t(loc, Msg::CopyCode) }</button>
                    <button type="button" class="toggle" onclick={close}>{ t(loc, Msg::ProfileClose) }</button>
                </div>
            </dialog>
        </>
    }
}
