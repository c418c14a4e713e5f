//! Charts on paper: a canvas is drawn at the screen's width and printed scaled down (text near
//! 5 pt on A4). Just before printing, each chart is drawn again as SVG at the paper's width into
//! a print-only slot, which the print stylesheet shows in the canvas's place; after printing,
//! the slot is emptied. (When no `beforeprint` comes, the canvas prints as before.)

use crate::components::Shared;
use crate::draw::{export, Drawable};
use yew::prelude::*;

/// The width charts are laid out at for paper, in CSS px: printed across A4 less its margins
/// (182 mm), their 11 px labels come out at about 9.5 pt.
pub const PAPER_WIDTH: f64 = 600.0;

/// Fills `slot` with `chart` as SVG at [`PAPER_WIDTH`] on `beforeprint`, and marks `area` as
/// printing (the stylesheet then hides the canvas); undoes both on `afterprint`.
#[hook]
pub fn use_print_svg<C: Drawable + 'static>(chart: Shared<C>, area: NodeRef, slot: NodeRef) {
    use_effect_with(chart, move |chart| {
        let window = gloo::utils::window();
        let (before_chart, before_area, before_slot) = (chart.clone(), area.clone(), slot.clone());
        let before = gloo::events::EventListener::new(&window, "beforeprint", move |_| {
            let (Some(slot), Some(area)) = (
                before_slot.cast::<web_sys::Element>(),
                before_area.cast::<web_sys::Element>(),
            ) else {
                return;
            };
            if let Ok(svg) = export::bare_svg(&*before_chart.0, PAPER_WIDTH) {
                slot.set_inner_html(&svg);
                let _ = area.class_list().add_1("printing");
            }
        });
        let after = gloo::events::EventListener::new(&window, "afterprint", move |_| {
            if let Some(slot) = slot.cast::<web_sys::Element>() {
                slot.set_inner_html("");
            }
            if let Some(area) = area.cast::<web_sys::Element>() {
                let _ = area.class_list().remove_1("printing");
            }
        });
        move || drop((before, after))
    });
}
