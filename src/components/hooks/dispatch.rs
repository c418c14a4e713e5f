//! How a view changes the route: the stable [`Dispatch`] callback the page provides once, and
//! [`use_dispatch`] to reach it.

use crate::route::Action;
use yew::prelude::*;

/// Changes the route. The same callback for the page's whole life, so it is provided once and
/// never causes a render.
#[derive(Clone, PartialEq)]
pub struct Dispatch(pub Callback<Action>);

/// The route's dispatcher; outside a page (a lone component), one that does nothing.
#[hook]
pub fn use_dispatch() -> Callback<Action> {
    use_context::<Dispatch>().map_or_else(Callback::noop, |d| d.0)
}
