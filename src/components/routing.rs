//! The page's route (see `crate::route`) shared with every view through a context, kept in the
//! address fragment: changes push a history entry, and back/forward or an edited address come
//! back as a new route.

use crate::route::{Route, View};
use std::rc::Rc;
use yew::prelude::*;

/// The route and a way to change it.
#[derive(Clone, PartialEq)]
pub struct RouteCtx {
    pub route: Rc<Route>,
    pub set: Callback<Route>,
}

impl RouteCtx {
    /// Changes the route with `f`, noting `view` as the one the person is using.
    pub fn update(&self, view: View, f: impl FnOnce(&mut Route)) {
        let mut next = (*self.route).clone();
        f(&mut next);
        next.view = Some(view);
        self.set.emit(next);
    }
}

/// The route context; outside a provider (a lone component), a default route that never changes.
#[hook]
pub fn use_route() -> RouteCtx {
    use_context::<RouteCtx>().unwrap_or_else(|| RouteCtx {
        route: Rc::new(Route::default()),
        set: Callback::noop(),
    })
}

/// Brings an element into view by its DOM id, after the current render.
pub fn scroll_to(id: String) {
    gloo::timers::callback::Timeout::new(0, move || {
        if let Some(el) = gloo::utils::document().get_element_by_id(&id) {
            el.scroll_into_view();
        }
    })
    .forget();
}
