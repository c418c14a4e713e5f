//! The app's one state, in the manner of yew's `function_todomvc`: the route, each file the page
//! loads (the data, the basemap, the recommendations matrix, the catalogues) and the parts of
//! the address it ignored; changed only by an [`AppAction`] through [`AppState`]'s reducer.
//! Effects only fetch, then dispatch; the page and its views receive their parts as props.

use crate::components::browser::loader::{BasemapFailure, Failure, RecFailure};
pub use crate::components::browser::loader::{DataFile, Source};
use crate::components::Shared;
use crate::i18n::{Catalogue, Catalogues, Digits, Lang, Locale};
use crate::model::{Basemap, Recommendations};
use crate::route::{Action, Route, View};
use std::rc::Rc;
use yew::prelude::*;

/// A file the page loads: not yet in, in, or failed (with what and where).
#[derive(Clone, Debug, PartialEq)]
pub enum Loadable<T, E> {
    Loading,
    Ready(T),
    Failed(E),
}

impl<T, E> Loadable<T, E> {
    pub fn ready(&self) -> Option<&T> {
        match self {
            Loadable::Ready(t) => Some(t),
            _ => None,
        }
    }
}

impl<T, E> From<Result<T, E>> for Loadable<T, E> {
    fn from(r: Result<T, E>) -> Self {
        match r {
            Ok(t) => Loadable::Ready(t),
            Err(e) => Loadable::Failed(e),
        }
    }
}

/// The recommendations matrix as the page has it.
pub type RecState = Loadable<Shared<Recommendations>, RecFailure>;
/// The basemap as the page has it.
pub type BasemapState = Loadable<Shared<Basemap>, BasemapFailure>;

/// Everything the app holds.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub route: Route,
    /// The route as the views other than the one acted on (`route.view`) show it: `route` a
    /// frame late ([`AppAction::Settle`]), so a click's answer is on screen before the views it
    /// does not touch (a tracker filtered to the mission chosen on the map) are brought up to date.
    pub settled: Route,
    pub data: Loadable<DataFile, Failure>,
    pub basemap: BasemapState,
    pub recs: RecState,
    /// The catalogues read so far (the page's own, those the page carries, those fetched).
    pub catalogues: Catalogues,
    /// Parts of the address that were not understood, or that the data file lacks: said once.
    pub ignored: Vec<String>,
}

/// What changes the state.
#[derive(Debug)]
pub enum AppAction {
    Route(Action),
    Data(Result<DataFile, Failure>),
    Basemap(Result<Shared<Basemap>, BasemapFailure>),
    Recs(Result<Shared<Recommendations>, RecFailure>),
    Catalogue(&'static Catalogue),
    /// The address was read: what it had that the app does not understand.
    Ignored(Vec<String>),
    /// The route with what the data file lacks dropped (`route::reconcile`), and what was.
    Reconciled(Route, Vec<String>),
    /// The views out of the one acted on catch up with the route (once its answer is painted).
    Settle,
}

impl AppState {
    /// The state an app starts in: nothing loaded, the route empty (`only`: a library page's
    /// one view, whose address is not read).
    pub fn new(only: Option<View>, catalogues: Catalogues) -> AppState {
        let route = Route {
            embed: only,
            ..Route::default()
        };
        AppState {
            settled: route.clone(),
            route,
            data: Loadable::Loading,
            basemap: Loadable::Loading,
            recs: Loadable::Loading,
            catalogues,
            ignored: Vec::new(),
        }
    }

    /// The route `view` shows: the route itself for the view acted on (and for every view
    /// while the page shows one), the settled route for the others.
    pub fn shown(&self, view: View) -> &Route {
        if self.route.view == Some(view) || self.route.embed.is_some() {
            &self.route
        } else {
            &self.settled
        }
    }

    /// The page's locale: the language the route asks for once its catalogue is in (until then
    /// `own`, the page's own), in the digits chosen, measuring text as `own` does.
    pub fn locale(&self, own: Locale) -> Locale {
        let wanted = self.route.lang.unwrap_or(own.lang);
        let ready =
            wanted == Lang::En || wanted == own.lang || self.catalogues.get(wanted).is_some();
        let lang = if ready { wanted } else { own.lang };
        let digits = if self.route.arabic_digits {
            Digits::ArabicIndic
        } else {
            Digits::Latin
        };
        let catalogue = self.catalogues.get(lang).or(own.catalogue());
        own.for_lang(lang, catalogue).with_digits(digits)
    }

    /// The language whose catalogue the page should fetch, if any.
    pub fn missing_catalogue(&self, own: Lang) -> Option<Lang> {
        let wanted = self.route.lang.unwrap_or(own);
        (wanted != Lang::En && self.catalogues.get(wanted).is_none()).then_some(wanted)
    }

    /// Whether the page needs the recommendations matrix (the tracker, the map's profiles), and
    /// whether it needs it now: where the address shows what it fills (the tracker, a
    /// paragraph, a mission's profile) or a page shows one view; else when the browser is idle,
    /// after the click that woke the app is answered.
    pub fn wants_recommendations(&self, only: Option<View>) -> (bool, bool) {
        let route = &self.route;
        let one = only.or(route.embed);
        let needed = one.is_none_or(|v| matches!(v, View::Recommendations | View::Map));
        let now = route.view == Some(View::Recommendations)
            || route.para.is_some()
            || route.mission.is_some()
            || one.is_some();
        (needed && self.recs == Loadable::Loading, now)
    }

    fn apply(&mut self, action: AppAction) {
        match action {
            AppAction::Route(a) => {
                // What is the whole page's (the address replaced, the language, digits, colours)
                // settles at once.
                let whole = matches!(
                    a,
                    Action::Replace(_)
                        | Action::Lang(_)
                        | Action::ArabicDigits(_)
                        | Action::Theme(_)
                );
                self.route = self.route.apply(a);
                if whole {
                    self.settled = self.route.clone();
                }
            }
            AppAction::Settle => self.settled = self.route.clone(),
            AppAction::Data(r) => self.data = r.into(),
            AppAction::Basemap(r) => self.basemap = r.into(),
            AppAction::Recs(r) => self.recs = r.into(),
            AppAction::Catalogue(c) => self.catalogues = self.catalogues.with(c),
            AppAction::Ignored(bad) => self.ignored = bad,
            AppAction::Reconciled(next, dropped) => {
                self.settled = next.clone();
                self.route = next;
                self.ignored.extend(dropped);
            }
        }
    }
}

impl Reducible for AppState {
    type Action = AppAction;
    fn reduce(self: Rc<Self>, action: AppAction) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action);
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_locale_waits_for_its_catalogue_and_keeps_the_digits() {
        let fr: &'static Catalogue = Box::leak(Box::new(
            crate::i18n::parse_catalogue(r#"{"lang": "fr", "messages": {}}"#).unwrap(),
        ));
        let mut state = AppState::new(None, Catalogues::default());
        state.apply(AppAction::Route(Action::Lang(Some(Lang::Fr))));
        assert_eq!(state.locale(Locale::ENGLISH).lang, Lang::En);
        assert_eq!(state.missing_catalogue(Lang::En), Some(Lang::Fr));
        state.apply(AppAction::Catalogue(fr));
        assert_eq!(state.locale(Locale::ENGLISH).lang, Lang::Fr);
        assert_eq!(state.missing_catalogue(Lang::En), None);
        state.apply(AppAction::Route(Action::Lang(Some(Lang::Ar))));
        state.apply(AppAction::Route(Action::ArabicDigits(true)));
        let own = Locale::bare(Lang::Ar);
        assert_eq!(state.locale(own).digits(), Digits::ArabicIndic);
    }

    #[test]
    fn the_views_not_acted_on_show_the_route_a_frame_late() {
        let mut state = AppState::new(None, Catalogues::default());
        state.apply(AppAction::Route(Action::Profile(Some("UNMISS".into()))));
        assert_eq!(state.shown(View::Map).mission.as_deref(), Some("UNMISS"));
        assert_eq!(state.shown(View::Recommendations).mission, None, "not yet");
        state.apply(AppAction::Settle);
        assert_eq!(
            state.shown(View::Recommendations).mission.as_deref(),
            Some("UNMISS")
        );
        // What is the whole page's settles at once.
        state.apply(AppAction::Route(Action::Profile(None)));
        state.apply(AppAction::Route(Action::Lang(Some(Lang::Fr))));
        assert_eq!(state.settled, state.route);
        // A page showing one view shows it as the route is.
        let mut one = AppState::new(Some(View::Mechanisms), Catalogues::default());
        one.apply(AppAction::Route(Action::Profile(Some("UNMISS".into()))));
        assert_eq!(
            one.shown(View::Mechanisms).mission.as_deref(),
            Some("UNMISS")
        );
    }

    #[test]
    fn the_matrix_is_wanted_at_once_only_where_the_address_shows_it() {
        let state = AppState::new(None, Catalogues::default());
        assert_eq!(state.wants_recommendations(None), (true, false));
        assert_eq!(state.wants_recommendations(Some(View::Map)), (true, true));
        assert!(!state.wants_recommendations(Some(View::Sofa)).0);
        let mut tracker = state.clone();
        tracker.apply(AppAction::Route(Action::Show(
            View::Recommendations,
            "X".into(),
        )));
        assert!(tracker.wants_recommendations(None).1);
        let mut failed = state;
        failed.apply(AppAction::Recs(Err(RecFailure::Read {
            path: "r.json".into(),
            reason: "no".into(),
        })));
        assert!(!failed.wants_recommendations(None).0, "not asked again");
    }
}
