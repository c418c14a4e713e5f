//! Bringing an element into view, after the render that makes it.

/// Brings an element into view by its DOM id, after the current render.
pub fn scroll_to(id: String) {
    gloo::timers::callback::Timeout::new(0, move || {
        if let Some(el) = gloo::utils::document().get_element_by_id(&id) {
            el.scroll_into_view();
        }
    })
    .forget();
}
