//! The language switch (the six UN languages by their own names; a language is ready once its
//! ready: its catalogue, read from the page (embedded by the build) or fetched once.
//!
//! On the site, each language has its own prerendered page (`ar.html`, `zh.html`, …;
//! English is `index.html`): the switch's links lead there, so a link works with scripts off.
//! Once the app runs, a choice changes the page in place (the address keeps it as `lang=`), and
//! the offline copy, one file with every catalogue in it, always switches in place.

use crate::components::hooks::dispatch::use_dispatch;
use crate::i18n::{t, Lang, Locale, Msg};
use crate::route::{self, Action, Route};
use yew::prelude::*;

/// The page file of `lang` on the site (English: the site's index).
pub fn page_file(lang: Lang) -> String {
    match lang {
        Lang::En => "./".to_string(),
        other => format!("{}.html", other.tag()),
    }
}

#[derive(Properties, PartialEq)]
pub struct LanguageSwitchProps {
    /// The language shown.
    pub loc: Locale,
    /// The page's own language (its file), which the address need not name.
    pub page: Lang,
    /// The route, for links that keep the rest of it.
    pub route: Route,
    /// One file for every language (the offline copy): links stay in the page.
    pub in_place: bool,
}

#[function_component]
pub fn LanguageSwitch(props: &LanguageSwitchProps) -> Html {
    let dispatch = use_dispatch();
    let links = Lang::ALL.into_iter().map(|l| {
        let wanted = (l != props.page).then_some(l);
        let route = Route {
            lang: wanted,
            ..props.route.clone()
        };
        // Natively (the prerendered pages) a link leads to the language's own page; in the
        // app, and in the offline copy, to the same page in that language.
        let href = if props.in_place || cfg!(target_arch = "wasm32") {
            format!("#{}", route::fragment(&route))
        } else {
            page_file(l)
        };
        let onclick = dispatch.reform(move |e: MouseEvent| {
            e.prevent_default();
            Action::Lang(wanted)
        });
        html! {
            <li>
                <a {href} lang={l.tag()} hreflang={l.tag()} dir={l.dir()}
                    aria-current={(l == props.loc.lang).then_some("true")} {onclick}>{ l.native_name() }</a>
            </li>
        }
    });
    // Arabic only: its digits (٠١٢…) instead of 0–9, kept in the address.
    let digits = (props.loc.lang == Lang::Ar).then(|| {
        let on = props.route.arabic_digits;
        let onclick = dispatch.reform(move |_: MouseEvent| Action::ArabicDigits(!on));
        html! {
            <button type="button" class="toggle digits-toggle" aria-pressed={on.to_string()} {onclick}>
                { t(props.loc, Msg::ArabicDigits) }
            </button>
        }
    });
    html! {
        <nav class="lang-switch" aria-label={t(props.loc, Msg::LanguageLabel)}>
            <ul>{ for links }</ul>
            { digits }
        </nav>
    }
}
