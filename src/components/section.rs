//! What every view shares: a view model built from its section of the data file (memoised on
//! the data, the language and the view's own options), the section's error panel in its place
//! when the section is bad, and a CSV built only when asked.

use super::notice::SectionError;
use super::Shared;
use crate::i18n::Locale;
use crate::model::{Dataset, Problem, Section};
use std::rc::Rc;
use yew::prelude::*;

/// A view model or the problems of the section it comes from.
pub type Built<V> = Result<Rc<V>, Vec<Problem>>;

/// Builds a view's model from `pick(data)` with `build`, again only when the data, the
/// language or `options` change.
#[hook]
pub fn use_section<T, V, O>(
    data: &Shared<Dataset>,
    loc: Locale,
    options: O,
    pick: fn(&Dataset) -> &Section<T>,
    build: fn(&Rc<Dataset>, &T, Locale, &O) -> V,
) -> Rc<Built<V>>
where
    T: 'static,
    V: 'static,
    O: PartialEq + 'static,
{
    use_memo((data.clone(), loc, options), move |(data, loc, options)| {
        pick(data)
            .as_ref()
            .map(|section| Rc::new(build(&data.0, section, *loc, options)))
            .map_err(Clone::clone)
    })
}

/// The error panel a view shows in place of itself.
pub fn problems(loc: Locale, problems: &[Problem]) -> Html {
    html! { <SectionError {loc} problems={problems.to_vec()} /> }
}

/// A CSV made by `make` from the data file when a person asks for it (empty if the section
/// it needs is bad).
pub fn csv(
    data: &Shared<Dataset>,
    make: impl Fn(&Dataset) -> Option<String> + 'static,
) -> Callback<(), String> {
    let data = data.clone();
    Callback::from(move |_| make(&data).unwrap_or_default())
}
