//! The page's route (see `crate::route`; held in the app's state, `state`): views change it
//! only by dispatching an [`Action`] through a stable callback, and receive as props only the
//! parts they read, so a sort re-renders the one view whose table it sorts. [`use_address`]
//! keeps it in the address fragment: changes push a history entry; back/forward or an edited
//! address come back as [`Action::Replace`].

use crate::components::browser::scroll::scroll_to;
use crate::route::{self, Action, Route};
use yew::prelude::*;

/// The address fragment, without its `#`.
fn current_fragment() -> String {
    let hash = gloo::utils::window().location().hash().unwrap_or_default();
    hash.strip_prefix('#').unwrap_or(&hash).to_string()
}

/// Keeps `route` and the address fragment in step (browser only): reads the address at start
/// and on every `hashchange` (bringing the view it names into sight), reporting the parts it ignored to `ignored`, and writes each new
/// route as a history entry. `enabled` is false for a chart placed in another page.
#[hook]
pub fn use_address(
    route: &Route,
    dispatch: Callback<Action>,
    enabled: bool,
    ignored: Callback<Vec<String>>,
) {
    use_effect_with(enabled, move |enabled| {
        let listener = enabled.then(|| {
            let read = move || {
                let (next, bad) = route::parse(&current_fragment());
                // Bring the view the address names into sight (not a state the prerendered
                // page's own answer wrote: the visitor is looking at it).
                if let Some(v) = next
                    .view
                    .filter(|_| !crate::components::browser::prerendered::answered_by_page())
                {
                    scroll_to(format!("view-{}", v.id()));
                }
                dispatch.emit(Action::Replace(next));
                ignored.emit(bad);
            };
            read();
            let read = std::rc::Rc::new(read);
            // The prerendered page answered a touch by itself and wrote its address
            // (`www/boot.js`, `components::answers`): the app, still out of sight, follows.
            let answered = {
                let read = read.clone();
                gloo::events::EventListener::new(
                    &gloo::utils::window(),
                    "pkviz:answered",
                    move |_| read(),
                )
            };
            // A link followed within the page (the nav): focus moves to the view it names, so
            // the next Tab goes on from there, as it would after a plain anchor.
            let followed =
                gloo::events::EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                    read();
                    if let Some(v) = route::parse(&current_fragment()).0.view {
                        focus(format!("view-{}", v.id()));
                    }
                });
            (answered, followed)
        });
        move || drop(listener)
    });
    use_effect_with(route.clone(), move |route| {
        let fragment = route::fragment(route);
        let (shown, _) = route::parse(&current_fragment());
        // An address that already means this route (`#view-sofa`) is left as it is. Typing in
        // the search changes the entry in place: Back leaves the search, not each letter. While
        // the prerendered page shows its own answer, its address stands (the app follows it).
        if enabled
            && shown != *route
            && !crate::components::browser::prerendered::answered_by_page()
        {
            let typed = shown.query.is_some()
                && Route {
                    query: route.query.clone(),
                    ..shown
                } == *route;
            write_address(&fragment, typed);
        }
    });
}

/// Pushes `fragment` as a history entry, or puts it in place of the current one (`replace`); no
/// event fires for our own change.
fn write_address(fragment: &str, replace: bool) {
    let window = gloo::utils::window();
    let Ok(history) = window.history() else {
        return;
    };
    let url = if fragment.is_empty() {
        let location = window.location();
        location.pathname().unwrap_or_default() + &location.search().unwrap_or_default()
    } else {
        format!("#{fragment}")
    };
    let state = wasm_bindgen::JsValue::NULL;
    let _ = if replace {
        history.replace_state_with_url(&state, "", Some(&url))
    } else {
        history.push_state_with_url(&state, "", Some(&url))
    };
}

/// Moves focus to an element (focusable by `tabindex="-1"`) by its DOM id, after the current
/// render and the scroll that brings it into view.
fn focus(id: String) {
    gloo::timers::callback::Timeout::new(0, move || {
        let el = gloo::utils::document().get_element_by_id(&id);
        if let Some(el) =
            el.and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
        {
            let _ = el.focus();
        }
    })
    .forget();
}
