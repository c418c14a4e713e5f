//! Zoom and pan for a chart that allows it (the map): buttons, keys (`Zoom::key`, tested
//! natively), drag with a mouse, pen or one finger, and Ctrl + wheel at the pointer.

use crate::i18n::{t, Locale, Msg};
use crate::view::chart::Zoom;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// A drag in progress: the last pointer position, and whether it moved (then it is no click).
type Drag = Rc<RefCell<Option<(f64, f64, bool)>>>;

/// The zoom of one chart and the handlers that change it.
#[derive(Clone)]
pub struct ZoomHandle {
    pub zoom: Zoom,
    state: UseStateHandle<Zoom>,
    drag: Drag,
    /// The chart's size in logical pixels.
    size: (f64, f64),
}

/// The zoom of a chart of `size` (reset when the size changes).
#[hook]
pub fn use_zoom(size: (f64, f64)) -> ZoomHandle {
    let state = use_state_eq(Zoom::default);
    let drag = use_mut_ref(|| None::<(f64, f64, bool)>);
    {
        let state = state.clone();
        let key = (size.0.to_bits(), size.1.to_bits());
        use_effect_with(key, move |_| state.set(Zoom::default()));
    }
    ZoomHandle {
        zoom: *state,
        state,
        drag,
        size,
    }
}

/// Chart pixels per screen pixel of the SVG an event happened in.
fn chart_per_screen(e: &MouseEvent, width: f64) -> (f64, Option<web_sys::DomRect>) {
    let el: web_sys::Element = e.target_unchecked_into();
    let rect = el
        .closest("svg")
        .ok()
        .flatten()
        .map(|s| s.get_bounding_client_rect());
    let k = rect.as_ref().map_or(1.0, |r| {
        if r.width() > 0.0 {
            width / r.width()
        } else {
            1.0
        }
    });
    (k, rect)
}

impl ZoomHandle {
    /// Whether the last pointer gesture was a drag (so the click that ends it opens nothing).
    pub fn dragged(&self) -> bool {
        self.drag.borrow().is_some_and(|(_, _, moved)| moved)
    }

    fn set_with(&self, f: impl Fn(Zoom, f64, f64) -> Zoom + 'static) -> Callback<MouseEvent> {
        let (state, (w, h)) = (self.state.clone(), self.size);
        Callback::from(move |_| state.set(f(*state, w, h)))
    }

    /// The zoom buttons.
    pub fn controls(&self, loc: Locale) -> Html {
        let centre = (self.size.0 / 2.0, self.size.1 / 2.0);
        html! {
            <div class="zoom-controls" role="group" aria-label={t(loc, Msg::ZoomControls)}>
                <button type="button" onclick={self.set_with(move |z, w, h| z.zoom_at(2.0, centre, w, h))}
                    aria-label={t(loc, Msg::ZoomIn)}>{ "+" }</button>
                <button type="button" onclick={self.set_with(move |z, w, h| z.zoom_at(0.5, centre, w, h))}
                    aria-label={t(loc, Msg::ZoomOut)}>{ "−" }</button>
                <button type="button" onclick={self.set_with(|_, _, _| Zoom::default())}>{ t(loc, Msg::ZoomReset) }</button>
            </div>
        }
    }

    /// Arrows pan, + and − zoom, 0 resets.
    pub fn onkeydown(&self) -> Callback<KeyboardEvent> {
        let (state, (w, h)) = (self.state.clone(), self.size);
        Callback::from(move |e: KeyboardEvent| {
            if let Some(next) = state.key(&e.key(), w, h) {
                e.prevent_default();
                state.set(next);
            }
        })
    }

    pub fn onpointerdown(&self) -> Callback<PointerEvent> {
        let drag = self.drag.clone();
        Callback::from(move |e: PointerEvent| {
            if e.is_primary() {
                *drag.borrow_mut() =
                    Some((f64::from(e.client_x()), f64::from(e.client_y()), false));
            }
        })
    }

    pub fn onpointermove(&self) -> Callback<PointerEvent> {
        let (drag, state, (w, h)) = (self.drag.clone(), self.state.clone(), self.size);
        Callback::from(move |e: PointerEvent| {
            let Some((x0, y0, moved)) = *drag.borrow() else {
                return;
            };
            let (x, y) = (f64::from(e.client_x()), f64::from(e.client_y()));
            let (dx, dy) = (x - x0, y - y0);
            if !moved && dx.abs() + dy.abs() < 4.0 {
                return;
            }
            let (k, _) = chart_per_screen(&e, w);
            *drag.borrow_mut() = Some((x, y, true));
            state.set(state.pan(dx * k, dy * k, w, h));
        })
    }

    pub fn onpointerup(&self) -> Callback<PointerEvent> {
        let drag = self.drag.clone();
        Callback::from(move |_: PointerEvent| {
            // Cleared after the click that may follow, so a drag is not taken for a click.
            let drag = drag.clone();
            gloo::timers::callback::Timeout::new(0, move || *drag.borrow_mut() = None).forget();
        })
    }

    pub fn onwheel(&self) -> Callback<WheelEvent> {
        let (state, (w, h)) = (self.state.clone(), self.size);
        Callback::from(move |e: WheelEvent| {
            if !(e.ctrl_key() || e.meta_key()) {
                return;
            }
            e.prevent_default();
            let (k, Some(r)) = chart_per_screen(&e, w) else {
                return;
            };
            let at = (
                (f64::from(e.client_x()) - r.left()) * k,
                (f64::from(e.client_y()) - r.top()) * k,
            );
            let factor = if e.delta_y() < 0.0 { 1.5 } else { 1.0 / 1.5 };
            state.set(state.zoom_at(factor, at, w, h));
        })
    }
}
