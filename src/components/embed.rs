//! Embedding a view in another page: the "Embed" dialog with a copy-ready snippet (an iframe and
//! our small `embed.js`), and, inside the iframe, telling the parent page the content's height.

use crate::i18n::{t, Lang, Msg};
use crate::route::{embed_snippet, View};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The message an embedded page posts to its parent: `{type: "pkviz:height", height}`.
pub const MESSAGE_TYPE: &str = "pkviz:height";

/// Posts the document's height to the parent page now and whenever it changes; the returned
/// observer stops when dropped.
pub fn post_height() -> Option<HeightPoster> {
    let window = gloo::utils::window();
    let parent = window.parent().ok().flatten()?;
    let post = move || {
        // The content's own height (the document's scroll height never goes below the frame's).
        let height = gloo::utils::body()
            .get_bounding_client_rect()
            .height()
            .ceil();
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &MESSAGE_TYPE.into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
        // The height is not a secret: any parent may read it; embed.js checks who sent it.
        let _ = parent.post_message(&message, "*");
    };
    post();
    let closure = Closure::<dyn FnMut()>::new(post);
    let observer = web_sys::ResizeObserver::new(closure.as_ref().unchecked_ref()).ok()?;
    observer.observe(&gloo::utils::body());
    Some(HeightPoster {
        observer,
        _closure: closure,
    })
}

/// Keeps the resize observer (and its callback) alive.
pub struct HeightPoster {
    observer: web_sys::ResizeObserver,
    _closure: Closure<dyn FnMut()>,
}

impl Drop for HeightPoster {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

#[derive(Properties, PartialEq)]
pub struct EmbedButtonProps {
    pub view: View,
    pub title: AttrValue,
    pub lang: Lang,
}

#[function_component]
pub fn EmbedButton(props: &EmbedButtonProps) -> Html {
    let dialog = use_node_ref();
    let code = use_state(String::new);
    let lang = props.lang;
    let open = {
        let (dialog, code, view, title) = (
            dialog.clone(),
            code.clone(),
            props.view,
            props.title.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let location = gloo::utils::window().location();
            let base = format!(
                "{}{}{}",
                location.origin().unwrap_or_default(),
                location.pathname().unwrap_or_default(),
                location.search().unwrap_or_default()
            );
            code.set(embed_snippet(&base, view, &title));
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
            <button type="button" class="toggle embed-open" onclick={open}>{ t(lang, Msg::Embed) }</button>
            <dialog ref={dialog} class="embed-dialog" aria-labelledby={format!("{id}-title")}>
                <h3 id={format!("{id}-title")}>{ t(lang, Msg::EmbedTitle) }</h3>
                <p>{ t(lang, Msg::EmbedHint) }</p>
                <label for={format!("{id}-code")}>{ t(lang, Msg::EmbedCode) }</label>
                <textarea id={format!("{id}-code")} readonly=true rows="5" value={(*code).clone()} />
                <div class="dialog-actions">
                    <button type="button" class="toggle" onclick={copy}>{ t(lang, Msg::CopyCode) }</button>
                    <button type="button" class="toggle" onclick={close}>{ t(lang, Msg::ProfileClose) }</button>
                </div>
            </dialog>
        </>
    }
}
