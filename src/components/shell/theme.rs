//! The page's colours: light or dark as the system is set, or as chosen with the toggle (kept in
//! the address as `theme=`, written to the page as `data-theme`, which the stylesheet reads).

use crate::components::hooks::dispatch::use_dispatch;
use crate::i18n::{t, Locale, Msg};
use crate::route::{Action, Theme};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ThemeToggleProps {
    pub loc: Locale,
    /// The colours chosen on the page (`None`: the system's).
    pub theme: Option<Theme>,
}

/// Whether the system asks for dark colours (browser only).
fn system_dark() -> bool {
    gloo::utils::window()
        .match_media("(prefers-color-scheme: dark)")
        .ok()
        .flatten()
        .is_some_and(|q| q.matches())
}

#[function_component]
pub fn ThemeToggle(props: &ThemeToggleProps) -> Html {
    let dispatch = use_dispatch();
    // Known once the page runs in a browser (the prerendered page follows the stylesheet alone).
    let system = use_state_eq(|| false);
    {
        let system = system.clone();
        use_effect_with(props.theme, move |theme| {
            system.set(system_dark());
            let root = gloo::utils::document_element();
            let _ = match theme {
                Some(theme) => root.set_attribute("data-theme", theme.id()),
                None => root.remove_attribute("data-theme"),
            };
        });
    }
    let dark = props.theme.map_or(*system, |t| t == Theme::Dark);
    let onclick = dispatch.reform(move |_: MouseEvent| {
        Action::Theme(Some(if dark { Theme::Light } else { Theme::Dark }))
    });
    html! {
        <button type="button" class="toggle theme-toggle" aria-pressed={dark.to_string()} {onclick}>
            { t(props.loc, Msg::DarkColours) }
        </button>
    }
}
