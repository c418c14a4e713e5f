//! What every view shares: its props (the data, the locale, the part of the route it reads), a
//! view model built from its section of the data file (memoised on the data, the locale and the
//! view's own options), the section's error panel in its place when the section is bad, and a
//! CSV built only when asked; and [`SectionView`], the whole view of one section, written once.

use crate::components::hooks::dispatch::use_dispatch;
use crate::components::widgets::download::{Downloads, Pictured};
use crate::components::widgets::notice::SectionError;
use crate::components::Shared;
use crate::i18n::Locale;
use crate::model::{Dataset, Problem, Section};
use crate::route::{Action, Route};
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

/// What a view of the page receives: the data, the locale and the parts of the route it reads
/// (`Route::read_by`), so a change elsewhere in the route does not render it again.
#[derive(Properties, PartialEq)]
pub struct ViewProps {
    pub data: Shared<Dataset>,
    pub loc: Locale,
    #[prop_or_default]
    pub route: Route,
}

/// One section's view, written once for every view that shows one section of the data file
/// ([`SectionView`]): the section it shows, the view model it builds, what it downloads, and how
/// the model is laid out in the page.
pub trait SectionSpec: 'static {
    type Section: 'static;
    type Vm: 'static;
    /// The parts of the route the view model depends on (the model is built again only when
    /// they, the data or the locale change).
    type Key: PartialEq + 'static;
    /// The file name of its downloads, before the data file's date.
    const STEM: &'static str;
    fn section(data: &Dataset) -> &Section<Self::Section>;
    fn key(route: &Route) -> Self::Key;
    fn build(data: &Dataset, section: &Self::Section, loc: Locale, key: &Self::Key) -> Self::Vm;
    /// The section's rows as CSV (every row, whatever the view shows).
    fn csv(data: &Dataset, section: &Self::Section, loc: Locale) -> Vec<Vec<String>>;
    /// Its chart and the chart's framing, for SVG and PNG downloads (tables have none).
    fn picture(_data: &Dataset, _vm: &Rc<Self::Vm>, _loc: Locale) -> Option<Pictured> {
        None
    }
    /// The view: its model, with the downloads to place.
    fn render(view: Shown<'_, Self>) -> Html;
}

/// What [`SectionSpec::render`] lays out.
pub struct Shown<'a, S: SectionSpec + ?Sized> {
    pub vm: &'a Rc<S::Vm>,
    pub section: &'a S::Section,
    pub props: &'a ViewProps,
    pub downloads: Html,
    /// Changes the route (a filter).
    pub dispatch: Callback<Action>,
}

/// The view of one section (see [`SectionSpec`]); its problems in its place when it is bad.
#[function_component]
pub fn SectionView<S: SectionSpec>(props: &ViewProps) -> Html {
    let loc = props.loc;
    let dispatch = use_dispatch();
    let built = use_section(
        &props.data,
        loc,
        S::key(&props.route),
        S::section,
        |d, s, l, k| S::build(d, s, l, k),
    );
    let picture = use_memo(
        (
            props.data.clone(),
            loc,
            (*built).as_ref().ok().map(|vm| Shared(vm.clone())),
        ),
        |(data, loc, vm)| vm.as_ref().and_then(|vm| S::picture(data, &vm.0, *loc)),
    );
    let (section, vm) = match (S::section(&props.data), &*built) {
        (Ok(section), Ok(vm)) => (section, vm),
        (_, Err(p)) | (Err(p), _) => return problems(loc, p),
    };
    let csv = csv(&props.data, move |d| {
        Some(crate::view::csv::csv(&S::csv(
            d,
            S::section(d).as_ref().ok()?,
            loc,
        )))
    });
    let stem = crate::view::export::file_stem(S::STEM, &props.data);
    let downloads = html! { <Downloads {stem} {csv} {loc} picture={(*picture).clone()} /> };
    S::render(Shown {
        vm,
        section,
        props,
        downloads,
        dispatch,
    })
}
